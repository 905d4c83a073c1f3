"""Extract a folder of seeds into the archive: read all, extract what changed, write."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .. import archive as archive_mod
from ..readers import SeedError, read_seed, seed_files
from .nlp import model_version
from .pipeline import STAGES, ExtractionFailure, extract

log = logging.getLogger("factarchive.extract")


@dataclass
class ExtractReport:
    """What an extraction run did; ``errors`` non-empty means exit status 1."""

    written: list[str] = field(default_factory=list)  # ids whose sheet changed on disk
    unchanged: list[str] = field(default_factory=list)  # re-extracted, same bytes
    skipped: list[str] = field(default_factory=list)  # seed and extractor unchanged: not re-extracted
    kept: list[str] = field(default_factory=list)  # hand-edited sheets left as they are
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def extract_seeds(seeds: Path, archive: Path, *, force: bool = False, progress: bool = False) -> ExtractReport:
    """Read every seed in ``seeds`` and write its fact sheet to ``archive``.

    One bad seed is reported and the rest still build; nothing already in the
    archive is deleted. A seed whose bytes and extractor versions match its
    sheet is not re-extracted unless ``force``.
    """
    seeds, archive = Path(seeds), Path(archive)
    report = ExtractReport()
    if not seeds.is_dir():
        report.errors.append(f"{seeds}: seeds folder does not exist")
        return report
    archive.mkdir(parents=True, exist_ok=True)

    articles = []
    by_hash: dict[str, str] = {}
    for path in seed_files(seeds):
        try:
            article = read_seed(path, seeds)
        except SeedError as exc:
            report.errors.append(str(exc))
            continue
        if article.content_hash in by_hash:
            report.errors.append(f"{path}: same content as {by_hash[article.content_hash]}; skipped as a duplicate")
            continue
        by_hash[article.content_hash] = article.seed
        articles.append(article)

    known = archive_mod.known_sheets(archive)
    known_by_id = {k.id: k for k in known}
    ids = archive_mod.assign_ids(articles, known)
    manifest = archive_mod.read_manifest(archive)
    model = model_version()

    todo = []
    for article in articles:
        sheet_id = ids[article.seed]
        prior = known_by_id.get(sheet_id)
        if archive_mod.hand_edited(archive, sheet_id, manifest) and archive_mod.sheet_path(archive, sheet_id).exists():
            report.kept.append(sheet_id)
            if prior is None or prior.content_hash != article.content_hash:
                report.warnings.append(
                    f"{archive_mod.sheet_path(archive, sheet_id)}: edited by hand, so not re-extracted, "
                    f"but its seed {article.seed} has changed since; review the seed against the sheet")
            continue
        if not force and prior and prior.seed == article.seed and prior.content_hash == article.content_hash \
                and prior.stages == STAGES and prior.model == model:
            report.skipped.append(sheet_id)
            continue
        todo.append((article, sheet_id))

    if todo:
        stream = extract(todo)
        if progress:
            from tqdm import tqdm

            stream = tqdm(stream, total=len(todo), unit="article", desc="extract")
        for sheet in stream:
            if isinstance(sheet, ExtractionFailure):
                report.errors.append(f"{seeds / sheet.seed}: {sheet.message}")
                continue
            changed = archive_mod.write_sheet(archive, sheet, manifest)
            (report.written if changed else report.unchanged).append(sheet.id)
        archive_mod.write_manifest(archive, manifest)
    return report
