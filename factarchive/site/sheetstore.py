"""The catalog kept beside the archive: fact sheets re-read only when their bytes change.

The catalog (``archive/.factarchive/catalog.db``) remembers, for every fact
sheet, the sha256 of its bytes and its validated data as JSON. A build re-reads
and re-validates (YAML, JSON Schema) only the sheets whose bytes changed, drops
the rows of sheets that are gone, and rebuilds every other ``FactSheet`` from
its JSON with the model's own loader (:func:`factarchive.model.factsheet_from_data`).
``archive/`` stays the record: deleting the catalog is always safe (the next
build recreates it), and any catalog that cannot be used (locked, corrupt, a
read-only archive) is bypassed with a plain :func:`factarchive.archive.load_archive`.
Its version is derived: a hash of the fact-sheet schema and of the code that
reads sheets and this module, so a changed contract rebuilds it.

The published database (``archive.db``) is :mod:`factarchive.site.database`.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import sqlite3
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Callable, Optional

from .. import archive as archive_mod
from .. import model
from ..archive import ArchiveProblem, load_archive
from ..model import FactSheet, factsheet_from_data, to_data

CATALOG_DIR = ".factarchive"  # hidden: archive listings skip dot-names (archive.sheet_listing), .machine/ is the extractor's
CATALOG_FILE = "catalog.db"


@lru_cache(maxsize=1)
def catalog_version() -> str:
    """A short hash of what decides a sheet's stored data: the schema, the sheet reader, the model, this module."""
    digest = hashlib.sha256()
    digest.update(resources.files("factarchive").joinpath("schema/factsheet.schema.json").read_bytes())
    # The module that defines the reader (archive.py today; wherever the contract moves, it follows it).
    for obj in (archive_mod.load, model.factsheet_from_data):
        digest.update(Path(inspect.getsourcefile(obj)).read_bytes())
    digest.update(Path(__file__).read_bytes())
    return digest.hexdigest()[:16]


def catalog_path(archive: Path) -> Path:
    """Where the catalog of ``archive`` lives."""
    return Path(archive) / CATALOG_DIR / CATALOG_FILE


def _open_catalog(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(exist_ok=True)
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    if row is None or row[0] != catalog_version():
        # Another contract: start afresh, in one transaction so a concurrent build sees one or the other.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE IF EXISTS sheets")
        conn.execute("CREATE TABLE sheets (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, data TEXT NOT NULL)")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (catalog_version(),))
        conn.execute("COMMIT")
    return conn


def load_sheets(archive: Path, progress: Optional[Callable[[], None]] = None) -> tuple[list[FactSheet], list[ArchiveProblem]]:
    """What :func:`factarchive.archive.load_archive` returns, reading only the sheets changed since the last build.

    Falls back to reading every sheet when the catalog cannot be used; a
    corrupt catalog is deleted first, so the next build starts a fresh one.
    ``progress`` is called once per sheet file looked at.
    """
    path = catalog_path(archive)
    for attempt in range(2):
        try:
            conn = _open_catalog(path)
            try:
                return _load_through(conn, Path(archive), progress or (lambda: None))
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            corrupt = not isinstance(exc, sqlite3.OperationalError)  # "file is not a database", malformed image
            if corrupt and attempt == 0:
                _remove(path)
                continue
            break
        except OSError:
            break  # a read-only archive, a file where the folder should be: read the sheets directly
    return load_archive(Path(archive))


def _remove(path: Path) -> None:
    for name in (path, path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
        try:
            name.unlink()
        except FileNotFoundError:
            pass


STORE_EVERY = 200  # sheets read from YAML are stored in batches: their JSON is never all in memory at once


def _load_through(conn: sqlite3.Connection, archive: Path,
                  progress: Callable[[], None]) -> tuple[list[FactSheet], list[ArchiveProblem]]:
    files, outside = archive_mod.sheet_listing(archive)
    problems: list[ArchiveProblem] = []
    for path in outside:  # archive.load words the problem exactly as load_archive does
        try:
            archive_mod.load(path)
        except archive_mod.ArchiveError as exc:
            problems.extend(exc.problems)
    stored = dict(conn.execute("SELECT name, sha256 FROM sheets"))
    pending: list[tuple[str, str, str]] = []  # (name, sha256, data) of sheets read now, not yet stored
    written: set[str] = set()  # names stored by this build
    keep: dict[str, str] = {}  # name -> sha256 of sheets the catalog holds as they are
    sheets: list[FactSheet] = []

    def store() -> None:
        # Each row is whole on its own (the hash of the bytes it was read from), so batches need no common transaction.
        if pending:
            written.update(name for name, _, _ in pending)
            _write(conn, lambda: conn.executemany("INSERT OR REPLACE INTO sheets VALUES (?, ?, ?)", pending))
            pending.clear()

    def read(path: Path, digest: str) -> None:
        try:
            sheet = archive_mod.load(path)  # hashed before reading: a sheet changed in between is read again next time
        except archive_mod.ArchiveError as exc:
            problems.extend(exc.problems)  # an invalid sheet is not stored: it is read (and reported) every build
            return
        sheets.append(sheet)
        # No sort_keys: key order is data here (the extractor's stages are listed in run order).
        pending.append((path.name, digest, json.dumps(to_data(sheet), ensure_ascii=False)))
        if len(pending) >= STORE_EVERY:
            store()

    for path in files:
        progress()
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = ""
        if digest and stored.get(path.name) == digest:
            keep[path.name] = digest
        else:
            read(path, digest)
    store()
    gone = [(n,) for n in sorted(stored.keys() - keep.keys() - written)]  # removed, or no longer valid
    if gone:
        _write(conn, lambda: conn.executemany("DELETE FROM sheets WHERE name = ?", gone))
    # The kept sheets, one row at a time (never every sheet's JSON at once), in one read transaction: one
    # state of the table. A row another build replaced since it was looked up no longer has the same hash.
    found: set[str] = set()
    conn.execute("BEGIN")
    try:
        for name, digest in keep.items():
            row = conn.execute("SELECT data FROM sheets WHERE name = ? AND sha256 = ?", (name, digest)).fetchone()
            if row is not None:
                sheets.append(factsheet_from_data(json.loads(row[0])))
                found.add(name)
    finally:
        conn.execute("COMMIT")
    for path in files:
        if path.name in keep and path.name not in found:
            read(path, keep[path.name])  # stored again
    store()
    return sorted(sheets, key=lambda s: s.id), problems


def _write(conn: sqlite3.Connection, change: Callable[[], object]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        change()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
