"""The archive: one YAML fact sheet per article, the contract between the two halves.

Reading validates against the JSON Schema in ``schema/factsheet.schema.json``;
writing is atomic and deterministic. The archive also remembers the digest of
what the extractor last wrote for each sheet (``.extracted.json``), so a sheet
an editor has changed is never silently overwritten by a re-extraction.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

import yaml
from fastjsonschema import JsonSchemaValueException

from . import yamlsafe
from .fsutil import inside, list_files, write_atomic
from .limits import MAX_EXCERPT_CHARS, excerpt, shorten
from .model import Article, FactSheet, factsheet_from_data, to_data
from .slug import short_hash, slug

SHEET_SUFFIX = ".yaml"
MANIFEST = ".extracted.json"
MACHINE_DIR = ".machine"  # archive/.machine/<id>.yaml: the extractor's last output, the base of a three-way merge
CORRECTIONS = "corrections.yaml"  # the editor's archive-wide corrections (factarchive.corrections), not a sheet
RESERVED_IDS = frozenset({CORRECTIONS[: -len(SHEET_SUFFIX)]})  # ids no article may take: their file is something else
MAX_ID_LENGTH = 60
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")  # as the schema's $defs/id

try:  # libyaml is ~10x faster; loading goes through factarchive.yamlsafe (safe tags, no anchors)
    from yaml import CSafeDumper as SafeDumper
except ImportError:  # pragma: no cover - libyaml is in the pinned wheel
    from yaml import SafeDumper  # type: ignore[assignment]

OUTSIDE_ARCHIVE = "is a link that leads outside the archive folder; not read"


@dataclass(frozen=True)
class ArchiveProblem:
    """A fact sheet that does not match the schema: file, field, what is wrong."""

    path: str
    field: str
    message: str
    line: int = 0  # 1-based line of the field in the file, where known

    def __str__(self) -> str:
        where = f" field '{self.field}'" if self.field else ""
        line = f" line {self.line}:" if self.line else ""
        return f"{self.path}:{line}{where} {self.message}"


class ArchiveError(Exception):
    """A fact sheet that cannot be used; carries every problem found in it."""

    def __init__(self, problems: list[ArchiveProblem]):
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


# --------------------------------------------------------------------------- schema


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The fact-sheet JSON Schema."""
    text = resources.files("factarchive").joinpath("schema/factsheet.schema.json").read_text("utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


@lru_cache(maxsize=1)
def _fast_validator():
    import fastjsonschema

    return fastjsonschema.compile(schema())


def validate(data: Any, path: str) -> list[ArchiveProblem]:
    """Every way ``data`` breaks the schema, as problems naming the file and field."""
    if not isinstance(data, dict):
        return [ArchiveProblem(path, "", f"expected a mapping of fields, got {type(data).__name__}")]
    try:
        _fast_validator()(data)
        return []  # the common case, ~25x faster than walking every error
    except JsonSchemaValueException:
        pass  # invalid: let jsonschema list every problem with its field
    problems = []
    for error in sorted(_validator().iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        field = ".".join(str(p) for p in error.absolute_path)
        # jsonschema's messages already say what was got and what was expected:
        # "'politician' is not one of ['person', 'organization', 'country', 'group']".
        problems.append(ArchiveProblem(path, field, schema_message(error)))
    return problems


def schema_message(error) -> str:
    """A jsonschema error's message with the offending value cut to a short, escaped excerpt."""
    message = error.message
    if len(message) > MAX_EXCERPT_CHARS:
        # jsonschema quotes the whole value (a 1 MB string, a list of thousands): quote an excerpt instead.
        # The full repr is only built for a message already that long, so its cost is the message's own.
        quoted = repr(error.instance)
        if len(quoted) > MAX_EXCERPT_CHARS:
            message = message.replace(quoted, excerpt(error.instance))
    return shorten(message)  # and any other long quote in it (an unexpected key) cut with the rest


# --------------------------------------------------------------------------- read / write


def dump(sheet: FactSheet) -> str:
    """A fact sheet as YAML text: fields in schema order, no line wrapping, UTF-8."""
    return yaml.dump(to_data(sheet), Dumper=SafeDumper, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False)


def load_yaml(text: str, path: str, error: type[ArchiveError] = ArchiveError) -> Any:
    """YAML text as data (:mod:`factarchive.yamlsafe`: safe tags, no anchors or aliases); a problem raises
    ``error`` naming the file, line and column."""
    try:
        return yamlsafe.load(text)
    except yaml.YAMLError as exc:
        raise error([ArchiveProblem(path, "", yamlsafe.describe(exc))]) from exc


def parse(text: str, path: str) -> FactSheet:
    """Parse and validate fact-sheet YAML; raise ArchiveError naming the file and field."""
    data = load_yaml(text, path)
    problems = validate(data, path)
    if problems:
        raise ArchiveError(problems)
    return factsheet_from_data(data)


def _checked_id(sheet_id: str) -> str:
    # Ids become file names: anything but a slug could point outside the archive.
    if not isinstance(sheet_id, str) or not ID_PATTERN.match(sheet_id):
        raise ValueError(f"fact sheet id {sheet_id!r} is not a slug (expected {ID_PATTERN.pattern})")
    return sheet_id


def sheet_path(archive: Path, sheet_id: str) -> Path:
    """Where the fact sheet with this id lives."""
    return Path(archive) / f"{_checked_id(sheet_id)}{SHEET_SUFFIX}"


def machine_path(archive: Path, sheet_id: str) -> Path:
    """Where the extractor's last output for this sheet is kept (the base for merging a person's edits)."""
    return Path(archive) / MACHINE_DIR / f"{_checked_id(sheet_id)}{SHEET_SUFFIX}"


def _archive_of(path: Path) -> Path:
    """The archive folder a sheet or machine copy belongs to."""
    folder = Path(path).parent
    return folder.parent if folder.name == MACHINE_DIR else folder


def read_text(path: Path) -> str | None:
    """A file's text, or None when it is missing, unreadable, or a link leading outside its archive."""
    if not inside(path, _archive_of(path)):
        return None
    try:
        return Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def sheet_listing(archive: Path) -> tuple[list[Path], list[Path]]:
    """(every fact-sheet file in the archive, links named like one that lead outside it), each sorted by name."""
    files, outside = list_files(archive, f"*{SHEET_SUFFIX}", recursive=False)
    keep = lambda p: not p.name.startswith(".") and p.name != CORRECTIONS  # noqa: E731
    return [p for p in files if keep(p)], [p for p in outside if keep(p)]


def sheet_files(archive: Path) -> list[Path]:
    """Every fact-sheet file in the archive, sorted by name (never a link leading outside it)."""
    return sheet_listing(archive)[0]


def load(path: Path) -> FactSheet:
    """Read one fact sheet."""
    if not inside(path, _archive_of(path)):
        raise ArchiveError([ArchiveProblem(str(path), "", OUTSIDE_ARCHIVE)])
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ArchiveError([ArchiveProblem(str(path), "", f"cannot be read ({exc})")]) from exc
    sheet = parse(text, str(path))
    if sheet.id != Path(path).name[: -len(SHEET_SUFFIX)]:
        raise ArchiveError([ArchiveProblem(str(path), "id", f"expected the file name's id {excerpt(Path(path).stem)}, "
                                                            f"got {excerpt(sheet.id)}")])
    return sheet


def load_archive(archive: Path) -> tuple[list[FactSheet], list[ArchiveProblem]]:
    """Every valid fact sheet (sorted by id) and every problem with the others (links leading outside: not read)."""
    files, outside = sheet_listing(archive)
    sheets, problems = [], [ArchiveProblem(str(path), "", OUTSIDE_ARCHIVE) for path in outside]
    for path in files:
        try:
            sheets.append(load(path))
        except ArchiveError as exc:
            problems.extend(exc.problems)
    return sorted(sheets, key=lambda s: s.id), problems


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


# A sheet's provenance fields come first; the facts start at the first of these top-level keys.
_FACT_KEYS = re.compile(r"^(?:outlet|source|published|published_source|url|byline|authors|language|encoding|dateline|related|reviewed"
                        r"|actors|locations|figures|images):", re.M)


def _header(text: str) -> dict:
    """The fields before the facts (id, seed, content_hash, extractor), parsed without the rest.

    A no-change rebuild reads every sheet for these; parsing only the head of
    the file makes that several times cheaper. A sheet whose keys a person has
    reordered is parsed whole.
    """
    cut = _FACT_KEYS.search(text)
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
