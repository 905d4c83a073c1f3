"""The extraction side's bookkeeping in the archive folder: what the extractor wrote, and permanent ids.

The archive remembers the digest of what the extractor last wrote for each
sheet (``.extracted.json``) and keeps that output in ``.machine/``, so a sheet
an editor has changed is never silently overwritten by a re-extraction: it is
merged (:mod:`factarchive.merge`). Sheets are read and written through
:mod:`factarchive.contract`; nothing on the site side uses this module.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import yaml

from . import yamlsafe
from .contract import (MACHINE_DIR, RESERVED_IDS, SHEET_SUFFIX, checked_id, dump, header_keys, read_text, schema,
                       sheet_files, sheet_path)
from .fsutil import inside, write_atomic
from .model import Article, FactSheet
from .slug import short_hash, slug

MANIFEST = ".extracted.json"
MAX_ID_LENGTH = 60


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def machine_path(archive: Path, sheet_id: str) -> Path:
    """Where the extractor's last output for this sheet is kept (the base for merging a person's edits)."""
    return Path(archive) / MACHINE_DIR / f"{checked_id(sheet_id)}{SHEET_SUFFIX}"


def read_manifest(archive: Path) -> dict[str, str]:
    """Sheet id -> digest of the YAML the extractor last wrote for it."""
    path = Path(archive) / MANIFEST
    if not inside(path, archive):
        return {}  # a link leading elsewhere: start afresh, and the write replaces the link
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}


def flush_to_disk() -> None:
    """Make every sheet written so far durable, with one sync instead of an fsync per file.

    Each write is already atomic against a killed process (temporary file, then
    rename); this makes the run's writes survive a power cut too. Called once
    at the end of an extraction, before the manifest that records them.
    """
    os.sync()


def write_manifest(archive: Path, manifest: dict[str, str]) -> None:
    """Save the extractor's digests (sorted keys: byte-identical for equal content)."""
    write_atomic(Path(archive) / MANIFEST, json.dumps(manifest, sort_keys=True, indent=1) + "\n")


def hand_edited(archive: Path, sheet_id: str, manifest: dict[str, str]) -> bool:
    """True when the sheet on disk is not what the extractor last wrote: a person changed it.

    The machine copy in ``.machine/`` is the authority; archives made before it
    existed fall back to the digest in the manifest.
    """
    on_disk = read_text(sheet_path(archive, sheet_id))
    if on_disk is None:
        return False
    machine = read_text(machine_path(archive, sheet_id))
    if machine is not None:
        return on_disk != machine
    return manifest.get(sheet_id) != _digest(on_disk)


def record_machine(archive: Path, sheet_id: str, manifest: dict[str, str]) -> None:
    """Make the manifest agree with the machine copy on disk (a killed run wrote one but not the other)."""
    text = read_text(machine_path(archive, sheet_id))
    if text is not None:
        manifest[sheet_id] = _digest(text)


def write_machine(archive: Path, sheet_id: str, text: str, manifest: dict[str, str]) -> None:
    """Record ``text`` as the extractor's last output for this sheet."""
    write_atomic(machine_path(archive, sheet_id), text, durable=False, root=archive)  # durable: flush_to_disk()
    manifest[sheet_id] = _digest(text)


def write_sheet(archive: Path, sheet: FactSheet, manifest: dict[str, str], *, machine: str | None = None,
                text: str | None = None) -> bool:
    """Write a fact sheet atomically, then the machine copy; True when the sheet's file changed.

    ``machine`` is the extractor's output when the sheet written is a merge of
    it with a person's edits; by default the sheet itself is the machine output.
    The sheet is written before the machine copy, so a run killed in between
    leaves a sheet that merges cleanly with its next extraction.
    """
    text = dump(sheet) if text is None else text  # the caller may have dumped it already: YAML is the slow part
    changed = write_atomic(sheet_path(archive, sheet.id), text, durable=False, root=archive)  # durable: flush_to_disk()
    write_machine(archive, sheet.id, text if machine is None else machine, manifest)
    return changed


# --------------------------------------------------------------------------- ids


@dataclass(frozen=True)
class KnownSheet:
    """What the archive already holds for one seed: enough to keep its id and skip work."""

    id: str
    seed: str
    content_hash: str
    stages: tuple[tuple[str, str], ...]
    model: str


@lru_cache(maxsize=1)
def _fact_keys() -> re.Pattern:
    """Where a sheet's head ends: the first top-level key after the extractor's, as the schema orders them."""
    later = [key for key in schema()["properties"] if key not in header_keys()]
    return re.compile(r"^(?:" + "|".join(map(re.escape, later)) + r"):", re.M)


def _header(text: str) -> dict:
    """The fields before the facts (id, seed, content_hash, extractor), parsed without the rest.

    A no-change rebuild reads every sheet for these; parsing only the head of
    the file makes that several times cheaper. A sheet whose keys a person has
    reordered is parsed whole.
    """
    cut = _fact_keys().search(text)
    if cut:
        head = yamlsafe.load(text[: cut.start()])
        if isinstance(head, dict) and {"id", "seed", "content_hash", "extractor"} <= head.keys():
            return head
    return yamlsafe.load(text)


def known_sheets(archive: Path) -> list[KnownSheet]:
    """The id, seed and versions of every readable sheet in ``archive`` (or in its ``.machine`` folder)."""
    found = []
    for path in sheet_files(archive):
        try:
            data = _header(path.read_text("utf-8"))
            ext = data["extractor"]
            if data["id"] != path.stem:  # an id is its file name, never a path from inside a file
                continue
            found.append(KnownSheet(id=data["id"], seed=data["seed"], content_hash=data["content_hash"],
                                    stages=tuple(ext["stages"].items()), model=ext["model"]))
        except (OSError, UnicodeDecodeError, yaml.YAMLError, KeyError, TypeError, AttributeError):
            continue  # `check` reports it; extraction must not trip over it
    return found


def assign_ids(articles: Iterable[Article], known: Iterable[KnownSheet]) -> dict[str, str]:
    """A permanent id for every article (seed path -> id).

    An article keeps the id it was first published under: matched by seed path,
    then by content (a renamed seed file). A new article gets the slug of its
    headline, with a short hash of its seed path where that slug is taken.
    """
    known = list(known)
    by_seed = {k.seed: k.id for k in known}
    by_hash = {k.content_hash: k.id for k in known}
    taken = {k.id for k in known} | RESERVED_IDS
    ids: dict[str, str] = {}
    given: set[str] = set()
    fresh = []
    for article in articles:
        existing = by_seed.get(article.seed) or by_hash.get(article.content_hash)
        if existing and existing not in given:
            ids[article.seed] = existing
            given.add(existing)
        else:
            fresh.append(article)
    taken |= set(ids.values())
    for article in sorted(fresh, key=lambda a: a.seed):  # sorted: ids do not depend on walk order
        candidate = slug(article.title, max_length=MAX_ID_LENGTH)
        if candidate in taken:
            candidate = f"{candidate}-{short_hash(article.seed)}"
        ids[article.seed] = candidate
        taken.add(candidate)
    return ids
