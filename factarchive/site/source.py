"""What the site is built from: the archive's fact sheets, resolved across articles and corrected by editors.

Order matters and is fixed:

1. the fact sheets, as extracted (and as edited in place by people), read
   through the catalog beside the archive (:mod:`factarchive.site.sheetstore`);
2. cross-article resolution (:mod:`factarchive.resolve`): machine merges such as
   "blair" -> "tony-blair", each with a reason and the articles it covers (a surname
   is decided article by article: "keane" is Roy Keane in the match reports, the
   band elsewhere), applied in those articles only, and only to entities that
   ``corrections.yaml`` does not mention;
3. the editors' ``archive/corrections.yaml`` (:mod:`factarchive.corrections`),
   last, so a person always has the final word.

Every id that stops having a page on the way gets a redirect to where it went (not one an article keeps).

The sheets are not all held at once (issue 14): resolution and the corrections' checks are queries of the
catalog's fact rows (:class:`factarchive.factindex.FactIndex`, written beside each sheet as it is read); only
the sheets a correction or a machine merge touches are read, one outline at a time, and corrected; and
the source's sheets are heads (:class:`factarchive.site.lazysheet.LazySheet`, made from a small packed head
per sheet) that decode the whole sheet from the catalog, and correct it, when a page asks for more than its
id, title, date and outlet. Before, every sheet's outline was held at once, with its resolved and corrected
copies (1,050 MB of a nothing-changed build at 100,000 synthetic articles).
"""

from __future__ import annotations

import hashlib
import inspect
import os
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from ..archive import ArchiveProblem
from ..archive import load_archive
from ..corrections import Corrections, apply_corrections, check_corrections, check_corrections_in, load_corrections
from ..corrections import CorrectionPlan, correct_sheet  # one sheet at a time, as apply_corrections corrects each
from ..corrections import plan_redirects, redirect_candidates
from ..fsutil import write_atomic
from ..model import FactSheet
from ..resolve import Link, links, links_in
from .lazysheet import SheetSource, lazy_sheet
from .sheetstore import StoredSheets, open_sheets


@dataclass(frozen=True)
class SiteSource:
    """The sheets the pages show, and what happened on the way."""

    sheets: tuple[FactSheet, ...]
    redirects: dict[str, str]  # old entity id -> the id whose page replaces it
    links: tuple[Link, ...]  # the machine merges applied, for review
    problems: tuple[ArchiveProblem, ...]  # sheets left out (invalid)
    warnings: tuple[str, ...]  # corrections that no longer match anything


def _mentioned(c: Corrections) -> set[str]:
    ids = set(c.reject) | {old for old, _ in c.split} | {p.id for _, parts in c.split for p in parts}
    ids |= {old for old, _ in c.merge} | {new for _, new in c.merge} | {old for old, _ in c.rename}
    ids |= {entity for entity, _ in c.set}  # a machine merge must not move an id the editor sets fields on
    return ids


def load_site_source(archive: Path, progress: Optional[Callable[[], None]] = None) -> SiteSource:
    """Load, resolve and correct the archive; raises CorrectionsError when corrections.yaml is invalid.

    Sheets come through the catalog (:func:`factarchive.site.sheetstore.open_sheets`): only those whose
    bytes changed since the last build are read again; ``progress`` is called once per sheet file. The
    sheets are :class:`LazySheet` heads; where the catalog cannot be used, whole sheets read from YAML.
    """
    corrections = load_corrections(Path(archive))
    stored = open_sheets(Path(archive), progress)
    if stored is None:
        sheets, problems = load_archive(Path(archive))
        return _resolved(sheets, corrections, problems)
    return _streamed(stored, corrections)


def _resolved(sheets: list[FactSheet], corrections: Corrections, problems: list[ArchiveProblem]) -> SiteSource:
    """Resolution and corrections applied to whole sheets (where the catalog cannot be used)."""
    warnings = check_corrections(sheets, corrections)
    editor_says = _mentioned(corrections)
    applied = tuple(link for link in links(sheets) if link.source not in editor_says and link.target not in editor_says)
    machine = machine_corrections(applied)
    resolved, machine_redirects = apply_corrections(sheets, machine)
    corrected, editor_redirects = apply_corrections(resolved, corrections)
    live = {f.id for s in corrected for f in (*s.actors, *s.locations)}
    redirects = _final({**machine_redirects, **editor_redirects}, live)
    return SiteSource(tuple(corrected), redirects, applied, tuple(problems), tuple(warnings))


def machine_corrections(applied: tuple[Link, ...]) -> Corrections:
    """The machine's links as corrections: each merge made in the articles its link covers (a surname's in
    those whose evidence points to the person, the others keep it), so it takes an id only where no article
    keeps it (a redirect is made only then)."""
    return Corrections(path="cross-article resolution",
                       merge_in=tuple((l.source, l.target, l.articles) for l in applied))


def _streamed(stored: StoredSheets, corrections: Corrections) -> SiteSource:
    """What :func:`_resolved` decides, asked of the catalog: a head per sheet, and no sheet held.

    Resolution and the corrections' checks are queries of the catalog's fact rows
    (:class:`factarchive.factindex.FactIndex`). The plans are made as
    :func:`factarchive.corrections.apply_corrections` makes them; the editor's reads, for the names of merge
    targets, only the sheets that name them (machine-merged first). Only the sheets the plans touch (those
    naming an id either plan changes, or that correcting changes anyway: ``odd`` in
    :func:`factarchive.site.sheetstore.unpack_head`) are read, one outline at a time, and corrected: every
    other sheet is as stored. An id is live after a plan where a touched sheet's corrected facts have it, or an
    untouched sheet names it.
    """
    index = stored.index()
    try:
        warnings = check_corrections_in(index, corrections)
        editor_says = _mentioned(corrections)
        applied = tuple(l for l in links_in(index) if l.source not in editor_says and l.target not in editor_says)
        machine_plan = CorrectionPlan(machine_corrections(applied), [])  # they keep each article's names: none read
        pre_images = defaultdict(set)
        for source_id, target_id in machine_plan.merge_pairs():
            pre_images[target_id].add(source_id)

        def with_machine(ids: set[str]) -> set[str]:
            return ids | {s for i in ids for s in pre_images.get(i, ())}

        # The editor's plan, from the machine-merged sheets that name a merge target (or an id split into one).
        probe = CorrectionPlan(corrections, [])
        naming = index.sheets_with(with_machine(probe._target_sheets_ids()))
        names = stored.names_of(naming)
        editor_plan = CorrectionPlan(corrections, (correct_sheet(stored.outline(names[i]), machine_plan)
                                                   for i in naming if i in names))
        touched_ids = machine_plan.changes() | with_machine(editor_plan.changes())
        touched = set(index.sheets_with(touched_ids)) if machine_plan or editor_plan else set()
        # The ids whose liveness decides a redirect (candidates' both ends), and where each lives.
        asked = {i for plan in (machine_plan, editor_plan) for pair in redirect_candidates(plan).items() for i in pair}
        outside = {i for i in asked if any(s not in touched for s in index.articles(i))}
    finally:
        index.close()
    any_plan = bool(machine_plan or editor_plan)
    live_machine, live_editor = set(outside), set(outside)
    source = SheetSource(_decoder(stored, machine_plan, editor_plan), stored.derived())
    heads = []
    for name, digest, (sheet_id, title, published, outlet, dates, actor_ids, places, odd) in stored.heads():
        key = (name, False)
        if any_plan and (sheet_id in touched or odd):
            outline = stored.outline(name)
            resolved = correct_sheet(outline, machine_plan)
            corrected = correct_sheet(resolved, editor_plan)
            live_machine.update(i for i in (f.id for f in (*resolved.actors, *resolved.locations)) if i in asked)
            live_editor.update(i for i in (f.id for f in (*corrected.actors, *corrected.locations)) if i in asked)
            if corrected != outline:
                decided = repr((_decisions(machine_plan, outline), _decisions(editor_plan, resolved)))
                digest = "corrected:" + hashlib.sha256(f"{digest}\0{_CORRECTING}\0{decided}".encode()).hexdigest()
                key = (name, True)
                actor_ids, places = tuple(a.id for a in corrected.actors), len(corrected.locations)
        heads.append(lazy_sheet(source, key, digest, sys.intern(sheet_id), title, _interned(published),
                                _interned(outlet), dates, tuple(map(sys.intern, actor_ids)), places))
    redirects = _final({**plan_redirects(machine_plan, live_machine), **plan_redirects(editor_plan, live_editor)},
                       live_editor)
    return SiteSource(tuple(heads), redirects, applied, tuple(stored.problems), tuple(warnings))


def _decoder(stored: StoredSheets, machine_plan: CorrectionPlan,
             editor_plan: CorrectionPlan) -> Callable[[tuple[str, bool]], FactSheet]:
    """A head's key -> its whole sheet: as stored, or corrected by both plans.

    A sheet whose outline the corrections leave as it was is the sheet in the catalog (corrections change
    only a sheet's facts and captions, which its outline holds). One they change is decoded and corrected when
    asked (by a page of it, or by gathering when the catalog holds nothing gathered from it yet), and its
    digest is that of what decides its content: the stored sheet's sha256 and every decision of the two plans
    about its facts (:func:`_decisions`). Correcting every such sheet on every build (493 of the 2,126 BBC
    sheets, most by the machine's merges) was the largest part of loading with one article changed.
    """
    def decode(key: tuple[str, bool]) -> FactSheet:
        name, is_corrected = key
        sheet = stored.fetch(name)
        return correct_sheet(correct_sheet(sheet, machine_plan), editor_plan) if is_corrected else sheet

    return decode


def _interned(text: Optional[str]) -> Optional[str]:
    return sys.intern(text) if text is not None else None


def _decisions(plan: CorrectionPlan, sheet: FactSheet) -> tuple:
    """What :func:`factarchive.corrections.correct_sheet` reads of ``plan`` about this sheet's facts, in order.

    With the sheet itself, this decides the corrected sheet: a fact's id after rejection, split, merge and
    rename, the split part and fields set that edit it, the name it is given, and whether it was merged away
    (a pooled fact is led by one that was not). ``_CORRECTING`` covers a change in how they are applied.
    """
    if not plan:
        return ()
    out = []
    for fact in (*sheet.actors, *sheet.locations):
        if fact.id in plan.reject:
            out.append((fact.id, None))
            continue
        entity_id, part = plan.after_split(fact, sheet.id)
        new_id, pinned = plan.final(entity_id, sheet.id)
        out.append((fact.id, entity_id, repr(part), new_id, pinned, repr(plan.set.get(new_id)),
                    plan.target_names.get(plan.merged(entity_id, sheet.id) or ""),
                    plan.merged(fact.id, sheet.id) is not None))
    return tuple(out)


# How corrections are applied: a corrected sheet's digest names it (and so does what gathering keeps of it).
_CORRECTING = hashlib.sha256(Path(inspect.getsourcefile(correct_sheet)).read_bytes()).hexdigest()[:16]


OUTSIDE_DOCS = "is a link that leads outside the docs folder; MkDocs would publish what it points at"


def docs_links_outside(docs: Path) -> list[str]:
    """One problem line per link in ``docs`` that leads outside it (MkDocs follows links when it reads docs/).

    The archive half of the rule is in :func:`factarchive.archive.load_archive`
    and :func:`factarchive.corrections.load_corrections`; this is the docs half,
    for the build to report before it runs MkDocs. Asked of the folder listings alone
    (:func:`factarchive.site.mkdocs_build.links_outside`: a stat of every file of a large docs/ cost 0.13 s).
    """
    from .mkdocs_build import links_outside

    return [f"{path}: {OUTSIDE_DOCS}" for path in links_outside(Path(docs))]


def _final(redirects: dict[str, str], live: set[str]) -> dict[str, str]:
    """Each old id straight to the live id its chain ends at; ids whose chain ends nowhere live are dropped."""
    out = {}
    for old in sorted(redirects):
        seen, new = {old}, redirects[old]
        while new in redirects and new not in seen:
            seen.add(new)
            new = redirects[new]
        if old not in live and new in live:
            out[old] = new
    return out


# --------------------------------------------------------------------------- pages already generated

PAGES_KEY = ".factarchive-pages"  # in docs/: the fingerprint of the inputs of the pages generated last (a dot-name)
_PAGE_CODE = ("site", "schema")  # the parts of the package that page generation runs or reads, beside the top modules


def code_fingerprint() -> str:
    """A hash of the code page generation runs and reads: the package's own code, templates and assets (not
    extraction's), and the installed packages (computed once per process)."""
    global _CODE
    if _CODE is None:
        import importlib.metadata

        package = Path(__file__).resolve().parent.parent
        digest = hashlib.sha256()
        code = sorted(package.glob("*.py")) + sorted(p for part in _PAGE_CODE for p in (package / part).rglob("*")
                                                     if p.is_file() and "__pycache__" not in p.parts)
        for path in code:
            digest.update(f"{path.relative_to(package).as_posix()}\0".encode())
            digest.update(path.read_bytes())
        digest.update("\n".join(sorted(f"{d.metadata['Name']}=={d.version}"
                                       for d in importlib.metadata.distributions())).encode())
        _CODE = digest.hexdigest()
    return _CODE


_CODE: Optional[str] = None


def pages_fingerprint(source: SiteSource, options: Any) -> str:
    """A hash of everything page generation reads: this source (repr is exact and ordered), the site options, and
    :func:`code_fingerprint`; hashed a sheet at a time."""
    from .catalog import beyond_tomorrow

    digest = hashlib.sha256()
    # The repr of each sheet in turn, not of the whole source at once: that string (and its bytes) was twice the
    # loaded archive, the largest moment of page generation at 20,000 articles (issue 14). repr never holds a
    # raw NUL (it escapes one), so NUL separates the parts unambiguously.
    for part in (*source.sheets, "|", source.redirects, source.links, source.problems, source.warnings, options):
        digest.update(repr(part).encode("utf-8", "surrogatepass") + b"\0")
    digest.update(code_fingerprint().encode())
    digest.update(" ".join(beyond_tomorrow(source.sheets)).encode())  # the build day decides which dates are impossible
    return digest.hexdigest()


def pages_up_to_date(docs: Path, fingerprint: str) -> bool:
    """True when ``docs`` holds the pages of these inputs, as the last generation wrote them.

    Every generated file must still be there and none may be newer than the
    record (a page edited by hand is generated again).
    """
    from .render import GENERATED_LIST  # render.write_pages' list of the files it wrote

    key = Path(docs) / PAGES_KEY
    try:
        if key.read_text("utf-8") != fingerprint:
            return False
        recorded = key.stat().st_mtime_ns
        # A line at a time: the list names every generated file (8 MB at 20,000 synthetic articles).
        with open(Path(docs) / GENERATED_LIST, encoding="utf-8", newline="\n") as listed:
            return all(os.stat(Path(docs) / path).st_mtime_ns <= recorded
                       for path in (line.rstrip("\n") for line in listed) if path)
    except OSError:
        return False


def forget_pages(docs: Path) -> None:
    """Before generating: until it succeeds, docs/ holds no record of whose pages it holds."""
    try:
        (Path(docs) / PAGES_KEY).unlink()
    except FileNotFoundError:
        pass


def record_pages(docs: Path, fingerprint: str) -> None:
    """After generating: docs/ holds the pages of these inputs."""
    write_atomic(Path(docs) / PAGES_KEY, fingerprint, durable=False)
