"""The fact sheet contract between the two halves: its schema, its files, reading and writing one.

The JSON Schema in ``schema/factsheet.schema.json`` is the single source of the
contract: :mod:`factarchive.model` takes its kinds and version from it, and
``tests/test_contract.py`` fails when a dataclass, the YAML written here or the
README's field table drifts from it. Reading validates every sheet against it;
writing is deterministic (fields in schema order, no wrapping, UTF-8).

The extraction side's own bookkeeping (manifest, machine copies, ids) is in
:mod:`factarchive.store`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from fastjsonschema import JsonSchemaValueException

from . import yamlsafe
from .fsutil import inside, list_files
from .limits import MAX_EXCERPT_CHARS, excerpt, shorten
from .model import FactSheet, factsheet_from_data, factsheet_schema, to_data

# The archive folder: <id>.yaml sheets, the extractor's copies in .machine/, the editors' corrections.yaml.
SHEET_SUFFIX = ".yaml"
MACHINE_DIR = ".machine"  # archive/.machine/<id>.yaml: the extractor's last output, the base of a three-way merge
CORRECTIONS = "corrections.yaml"  # the editor's archive-wide corrections (factarchive.corrections), not a sheet
RESERVED_IDS = frozenset({CORRECTIONS[: -len(SHEET_SUFFIX)]})  # ids no article may take: their file is something else
ID_PATTERN = re.compile(factsheet_schema()["$defs"]["id"]["pattern"])

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


def schema() -> dict[str, Any]:
    """The fact-sheet JSON Schema."""
    return factsheet_schema()


def header_keys() -> tuple[str, ...]:
    """The top-level keys a sheet starts with, up to the extractor: who it is and what made it."""
    keys = list(schema()["properties"])
    return tuple(keys[: keys.index("extractor") + 1])


@lru_cache(maxsize=1)
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


@lru_cache(maxsize=1)
def _fast_validator():
    import copy

    import fastjsonschema

    # A copy: fastjsonschema rewrites every "$ref" of the dict it compiles into an absolute URI, and the
    # schema is also what the site publishes (a build that had validated a sheet published another text).
    return fastjsonschema.compile(copy.deepcopy(schema()))


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


def checked_id(sheet_id: str) -> str:
    """The id itself, when it is a slug; ids become file names, and anything else could point outside the archive."""
    if not isinstance(sheet_id, str) or not ID_PATTERN.match(sheet_id):
        raise ValueError(f"fact sheet id {sheet_id!r} is not a slug (expected {ID_PATTERN.pattern})")
    return sheet_id


def sheet_path(archive: Path, sheet_id: str) -> Path:
    """Where the fact sheet with this id lives."""
    return Path(archive) / f"{checked_id(sheet_id)}{SHEET_SUFFIX}"


def archive_of(path: Path) -> Path:
    """The archive folder a sheet or machine copy belongs to."""
    folder = Path(path).parent
    return folder.parent if folder.name == MACHINE_DIR else folder


def read_text(path: Path) -> str | None:
    """A file's text, or None when it is missing, unreadable, or a link leading outside its archive."""
    if not inside(path, archive_of(path)):
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
    if not inside(path, archive_of(path)):
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
