"""Extract a folder of seeds into the archive: read all, extract what changed, write.

A sheet a person has edited is never overwritten: the new extraction is merged
into it (:mod:`factarchive.merge`) against the machine copy the edit started
from, and every conflict is reported with the file and the field.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from .. import archive as archive_mod
from ..archive import KnownSheet
from ..fsutil import remove_stale_temps
from ..merge import MergeError, merge_sheet
from ..model import FactSheet, factsheet_from_data, to_data
from ..limits import MAX_FACTS_PER_KIND, MAX_SEED_BYTES
from ..readers import SeedError, list_seeds, read_seed, unsupported_message
from ..readers.common import content_hash
from . import versions
from .duplicates import SeenArticles

log = logging.getLogger("factarchive.extract")


@dataclass(frozen=True)
class ArticleLine:
    """One line of the report: what happened to one article's fact sheet."""

    what: str  # "new", "updated", "merged", "conflict", "kept"
    sheet: str  # the fact sheet's path
    seed: str  # the seed's path
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.what}: {self.sheet} (from {self.seed})" + (f": {self.detail}" if self.detail else "")


@dataclass
class ExtractReport:
    """What an extraction run did; ``errors`` non-empty means exit status 1.

    Every seed lands in one of the id lists (or in ``errors``), so the counts
    add up to the seeds read. ``lines`` says, one line each, what happened to
    the articles something happened to; ``notices`` name the seeds set aside
    (skip list, duplicates, files that are no seeds): nothing to act on.
    """

    written: list[str] = field(default_factory=list)  # ids whose sheet was written (new or changed), no hand edit
    merged: list[str] = field(default_factory=list)  # hand-edited sheets the new extraction was merged into
    conflicts: list[str] = field(default_factory=list)  # of those and the unchanged, the ones with a conflict
    unchanged: list[str] = field(default_factory=list)  # re-extracted, nothing changed on disk
    up_to_date: list[str] = field(default_factory=list)  # seed and extractor unchanged: not re-extracted
    kept: list[str] = field(default_factory=list)  # hand-edited sheets left as they are without the new extraction
    set_aside: list[str] = field(default_factory=list)  # seeds on the skip list (paths)
    duplicates: list[str] = field(default_factory=list)  # seeds holding an article another seed holds (paths)
    unsupported: list[str] = field(default_factory=list)  # files no reader takes (paths)
    lines: list[ArticleLine] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def skipped(self) -> list[str]:
        """The up-to-date ids (this list's former name, still read by benchmarks/run.py)."""
        return self.up_to_date


def _bytes_hash(path: Path) -> Optional[str]:
    """The hash of a seed's bytes, or None where the reader will report it (too big, unreadable)."""
    try:
        if path.stat().st_size > MAX_SEED_BYTES:
            return None
        return content_hash(path.read_bytes())
    except OSError:
        return None


def _skip_list(archive: Path, report: ExtractReport) -> tuple:
    """The editors' skip list from corrections.yaml; a file that cannot be used is reported (exit 1) and skips nothing."""
    from ..corrections import CorrectionsError, load_corrections

    try:
        corrections = load_corrections(archive)
    except CorrectionsError as exc:
        report.errors.extend(f"{problem} (its skip list was not used)" for problem in exc.problems)
        return "", ()
    return corrections.path, corrections.skip


def _read_articles(seeds: Path, archive: Path, report: ExtractReport,
                   up_to_date: Callable[[Path, str], Optional[KnownSheet]],
                   known_seeds: frozenset = frozenset()) -> tuple[list, list]:
    """Every readable seed as an Article, except those already up to date in the archive.

    Returns (articles, up-to-date sheets). An up-to-date seed is recognised by
    its bytes' hash alone, without parsing it: a no-change rebuild costs a read
    and a hash per seed. Seeds on the skip list, copies of an article already
    taken (one with a sheet first, else the first in seed order) and files
    that are no seeds are notices, one line each; unreadable seeds are errors.
    """
    from ..corrections import skip_entry_for

    articles, current, pending = [], [], []
    seen = SeenArticles(seeds, archive)
    listing = list_seeds(seeds)
    report.errors.extend(str(exc) for exc in listing.refused)  # links leading outside seeds/: named, never read
    skip_file, skip = _skip_list(archive, report)
    used: set = set()

    def set_aside(path: Path) -> bool:
        entry = skip_entry_for(path.relative_to(seeds).as_posix(), skip) if skip else None
        if entry is None:
            return False
        used.add(entry)
        why = f": {entry.reason}" if entry.reason else ""
        report.notices.append(f"{path}: skipped: on the skip list ({skip_file}, line {entry.line}{why})")
        report.set_aside.append(str(path))
        return True

    for path in listing.unsupported:
        if not set_aside(path):
            report.notices.append(f"{path}: {unsupported_message()}")
            report.unsupported.append(str(path))
    for path in listing.seeds:
        if set_aside(path):
            continue
        prior = up_to_date(path, path.relative_to(seeds).as_posix())
        if prior is not None:
            seen.add_prior(prior)
            current.append(prior)
        else:
            pending.append(path)
    # Of two copies, the one that has a sheet already is kept (its id and its edits stay), whatever sorts first.
    pending.sort(key=lambda path: (path.relative_to(seeds).as_posix() not in known_seeds, path))
    for path in pending:
        # Bytes seen already: a copy, told without parsing it (the BBC corpus holds 98 of them).
        if (other := seen.by_hash.get(_bytes_hash(path) or "")) is not None:
            report.notices.append(f"{path}: same bytes as {seeds / other}; extracted once, from {seeds / other}")
            report.duplicates.append(str(path))
            continue
        try:
            article = read_seed(path, seeds)
        except SeedError as exc:
            report.errors.append(str(exc))
            continue
        except OSError as exc:  # vanished or became unreadable between listing and reading
            report.errors.append(f"{path}: cannot be read ({exc.strerror or exc})")
            continue
        notice = seen.same_as(article)
        if notice is not None:
            report.notices.append(notice)
            report.duplicates.append(str(path))
            continue
        seen.add(article)
        articles.append(article)
    order = {path: n for n, path in enumerate(listing.seeds)}
    articles.sort(key=lambda article: order[seeds / article.seed])  # back in listing order, as extracted before
    for entry in skip:
        if entry not in used:
            report.warnings.append(f"{skip_file}: line {entry.line}: skip entry {entry.pattern!r} matches no file in "
                                   f"{seeds}/; it does nothing (correct the path or remove the entry)")
    return articles, current


def extract_seeds(seeds: Path, archive: Path, *, force: bool = False, progress: bool = False, jobs: int = 1,
                  scheduler: str | None = None) -> ExtractReport:
    """Read every seed in ``seeds`` and write its fact sheet to ``archive``.

    One bad seed is reported and the rest still build; nothing already in the
    archive is deleted. A seed whose bytes and extractor versions match its
    machine copy is not re-extracted unless ``force``. With ``jobs`` > 1 or a
    ``scheduler`` address the articles are extracted on a Dask cluster
    (:mod:`factarchive.extract.cluster`), started only when there is work.
    """
    seeds, archive = Path(seeds), Path(archive)
    report = ExtractReport()
    if not seeds.is_dir():
        report.errors.append(f"{seeds}: seeds folder does not exist")
        return report
    archive.mkdir(parents=True, exist_ok=True)
    for folder in (archive, archive / archive_mod.MACHINE_DIR):
        if folder.is_dir():
            remove_stale_temps(folder)  # left by a killed run; never a sheet

    known = archive_mod.known_sheets(archive)
    readable = {k.id for k in known}
    machine = {k.id: k for k in archive_mod.known_sheets(archive / archive_mod.MACHINE_DIR)}
    info = versions.extractor_info()  # from the files alone: a run with nothing to extract never imports spaCy
    # The extractor's own last output, per seed, where it was made by these very stage and model versions.
    current_by_seed = {k.seed: k for k in machine.values() if k.stages == info.stages and k.model == info.model and k.id in readable}

    def up_to_date(path: Path, seed: str) -> Optional[KnownSheet]:
        prior = None if force else current_by_seed.get(seed)
        if prior is None:
            return None
        try:
            return prior if content_hash(path.read_bytes()) == prior.content_hash else None
        except OSError:
            return None  # read_seed will report it

    articles, current = _read_articles(seeds, archive, report, up_to_date, frozenset(k.seed for k in known))
    ids = archive_mod.assign_ids(articles, known)
    unusable = {p.stem for p in archive_mod.sheet_files(archive)} - readable
    manifest = archive_mod.read_manifest(archive)

    for prior in current:
        report.up_to_date.append(prior.id)
        archive_mod.record_machine(archive, prior.id, manifest)

    todo = []
    for article in articles:
        sheet_id = ids[article.seed]
        if sheet_id in unusable:
            report.errors.append(
                f"{archive_mod.sheet_path(archive, sheet_id)}: not a readable fact sheet (see `python build.py check`), "
                f"so seed {article.seed}, whose id it is, was not extracted over it")
            continue
        todo.append((article, sheet_id))

    if todo:
        _extract_todo(todo, seeds, archive, manifest, report, progress=progress, jobs=jobs, scheduler=scheduler,
                      info=info)
        archive_mod.flush_to_disk()
    archive_mod.write_manifest(archive, manifest)
    report.notices.sort()  # each starts with its seed's path: seed order, whatever found it
    return report


def _extract_todo(todo: list, seeds: Path, archive: Path, manifest: dict[str, str], report: ExtractReport, *,
                  progress: bool, jobs: int, scheduler: str | None, info) -> None:
    """Extract ``todo`` in this process or on a cluster, saving each sheet as it arrives."""
    from .pipeline import ExtractionFailure, extract  # imports spaCy: only when there is work

    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="article", desc="extract")
    failures = []
    client = None
    try:
        if jobs > 1 or scheduler:
            from . import cluster

            try:
                client = cluster.connect(scheduler, jobs)
                expected = (info.version, info.model, info.stages)
                stream = cluster.extract_on_cluster(todo, client, expected=expected, progress=bar)
            except cluster.ClusterError as exc:
                report.errors.append(f"{exc}; nothing was extracted")
                return
        else:
            stream = extract(todo)
        for sheet in stream:
            if isinstance(sheet, ExtractionFailure):
                failures.append(f"{seeds / sheet.seed}: {sheet.message}")
            else:
                sheet, over = cap_facts(sheet)
                report.warnings.extend(f"{seeds / sheet.seed}: {problem}" for problem in over)
                try:
                    save_extraction(archive, sheet, manifest, report)
                except OSError as exc:  # e.g. archive/.machine is a link that leads outside the archive
                    failures.append(f"{archive_mod.sheet_path(archive, sheet.id)}: cannot be written "
                                    f"({exc.strerror or exc}); seed {seeds / sheet.seed} was not saved")
            if bar is not None and client is None:
                bar.update(1)
    finally:
        if client is not None:
            cluster.close(client)
        if bar is not None:
            bar.close()
    report.errors.extend(sorted(failures))  # results arrive in completion order on a cluster: report in seed order


def cap_facts(sheet: FactSheet, limit: int | None = None) -> tuple[FactSheet, list[str]]:
    """The sheet with at most ``limit`` facts of each kind (the first, in article order), and what was cut.

    ``limit`` defaults to MAX_FACTS_PER_KIND. A caption's place or person that
    pointed at a cut fact keeps its text and loses the link, so the sheet stays valid.
    """
    from dataclasses import replace

    limit = MAX_FACTS_PER_KIND if limit is None else limit
    over = []
    cut = {}
    for kind, label in (("actors", "actors"), ("locations", "locations"), ("figures", "figures"), ("images", "captions")):
        facts = getattr(sheet, kind)
        if len(facts) > limit:
            over.append(f"{len(facts):,} {label}, over the limit of {limit:,} per article (MAX_FACTS_PER_KIND); "
                        f"kept the first {limit:,}")
            cut[kind] = facts[:limit]
    if not cut:
        return sheet, over
    sheet = replace(sheet, **cut)
    kept = {f.id for f in (*sheet.actors, *sheet.locations)}
    images = tuple(
        replace(c, place=c.place if c.place in kept else None,
                people=tuple(p if p.actor is None or p.actor in kept else replace(p, actor=None) for p in c.people))
        for c in sheet.images)
    return replace(sheet, images=images), over


def save_extraction(archive: Path, sheet: FactSheet, manifest: dict[str, str], report: ExtractReport) -> None:
    """Write a new extraction; where a person edited the sheet, merge into their edit instead."""
    path = archive_mod.sheet_path(archive, sheet.id)
    new_text = archive_mod.dump(sheet)
    on_disk = archive_mod.read_text(path)

    def line(what: str, detail: str = "") -> None:
        report.lines.append(ArticleLine(what, str(path), sheet.seed, detail))

    if on_disk is None or on_disk == new_text or not archive_mod.hand_edited(archive, sheet.id, manifest):
        changed = archive_mod.write_sheet(archive, sheet, manifest, text=new_text)
        (report.written if changed else report.unchanged).append(sheet.id)
        if changed:
            line("new" if on_disk is None else "updated")
        return

    base_path = archive_mod.machine_path(archive, sheet.id)
    base_text = archive_mod.read_text(base_path)
    if base_text is None:
        report.kept.append(sheet.id)
        line("kept", "edited by hand and left as it is; the new extraction was not merged (see the warning)")
        report.warnings.append(
            f"{path}: edited by hand, and there is no machine copy ({base_path}) to merge the new extraction "
            f"against, so the sheet was left as it is; to take the new extraction, delete the sheet and extract again")
        return
    try:
        edited = archive_mod.parse(on_disk, str(path))
        base = archive_mod.parse(base_text, str(base_path))
        result = merge_sheet(to_data(base), to_data(edited), to_data(sheet))
    except archive_mod.ArchiveError as exc:
        report.errors.append(f"{exc.problems[0]}; the new extraction was not merged into it, the sheet is left as it is")
        return
    except MergeError as exc:
        report.errors.append(f"{path}: {exc}; the new extraction was not merged into it, the sheet is left as it is")
        return
    problems = archive_mod.validate(result.data, str(path))
    if problems:  # e.g. a fact the person kept refers to a field the new schema dropped
        report.errors.append(f"{problems[0]} after merging the new extraction; the sheet is left as it is")
        return

    for conflict in result.conflicts:
        report.warnings.append(f"{path}: {conflict}")
    merged = factsheet_from_data(result.data)
    if merged.reviewed and result.machine_changes:
        report.warnings.append(
            f"{path}: marked reviewed, and the new extraction changed {', '.join(result.machine_changes)}; "
            f"check those and keep or remove 'reviewed: true'")
    if merged == edited:
        # Nothing to take from the machine: the person's file stays byte for byte (comments, layout).
        archive_mod.write_machine(archive, sheet.id, new_text, manifest)
        changed = False
    else:
        changed = archive_mod.write_sheet(archive, merged, manifest, machine=new_text)
    (report.merged if changed else report.unchanged).append(sheet.id)
    if result.conflicts:
        report.conflicts.append(sheet.id)
        n = len(result.conflicts)
        line("conflict", f"edited by hand; {n} {'field' if n == 1 else 'fields'} where the new extraction "
                         f"disagrees with the edit kept the edit (listed in the warnings)")
    elif changed:
        line("merged", "edited by hand; the edit is kept and the new extraction merged into it")
