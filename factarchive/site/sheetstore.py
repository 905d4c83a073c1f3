"""The catalog kept beside the archive: fact sheets re-read only when their bytes change.

The catalog (``archive/.factarchive/catalog.db``) remembers, for every fact
sheet, the sha256 of its bytes and its validated sheet, packed (:func:`pack`:
its fields in order, as ``marshal`` data). A build re-reads and re-validates
(YAML, JSON Schema) only the sheets whose bytes changed, drops the rows of
sheets that are gone, and rebuilds every other ``FactSheet`` from its row.

Two ways to read it: :func:`load_sheets` returns every sheet as objects;
:func:`open_sheets` keeps the catalog open on one state of its table and
decodes a sheet when asked for it (:meth:`StoredSheets.fetch`), so a build
holds the archive one sheet at a time (issue 14).
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
import marshal
import sqlite3
import sys
import types
import typing
from dataclasses import fields, is_dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

from .. import archive as archive_mod
from .. import model
from ..archive import ArchiveProblem, load_archive
from ..factindex import FactIndex, create_tables, fact_rows
from ..model import Actor, Extractor, FactSheet, Figure, Location

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
    # marshal's format may change between Python versions (its documentation says so): another Python, another catalog.
    digest.update(f"marshal {marshal.version} python {sys.version_info[0]}.{sys.version_info[1]}".encode())
    return digest.hexdigest()[:16]


def catalog_path(archive: Path) -> Path:
    """Where the catalog of ``archive`` lives."""
    return Path(archive) / CATALOG_DIR / CATALOG_FILE


def _open_catalog(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(exist_ok=True)
    conn = sqlite3.connect(path, timeout=10, isolation_level=None)
    # Write-ahead log: a build reads the catalog through one open transaction for as long as it runs
    # (open_sheets), and another build, or a second source in one process, must still be able to write it.
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
    if row is None or row[0] != catalog_version():
        # Another contract: start afresh, in one transaction so a concurrent build sees one or the other.
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DROP TABLE IF EXISTS sheets")
        conn.execute("DROP TABLE IF EXISTS facts")
        conn.execute("DROP TABLE IF EXISTS aliases")
        conn.execute("CREATE TABLE sheets (name TEXT PRIMARY KEY, sha256 TEXT NOT NULL, packed BLOB NOT NULL, "
                     "outline BLOB NOT NULL, sheet TEXT NOT NULL, head BLOB NOT NULL)")
        conn.execute("CREATE INDEX sheets_sheet ON sheets (sheet)")
        # Every fact as a row (factarchive.factindex): resolution and the corrections' checks query them.
        create_tables(conn, "facts", "aliases", keyed=True)
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (catalog_version(),))
        conn.execute("COMMIT")
    row = conn.execute("SELECT value FROM meta WHERE key = 'derived'").fetchone()
    if row is None or row[0] != derived_version():
        conn.execute("BEGIN IMMEDIATE")
        for table in ("derived", "mentions", "entity_fields"):
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute("CREATE TABLE derived (digest TEXT PRIMARY KEY, idx BLOB NOT NULL)")
        conn.execute("CREATE TABLE mentions (digest TEXT NOT NULL, n INTEGER NOT NULL, entity TEXT NOT NULL, "
                     "row BLOB NOT NULL, evidence BLOB NOT NULL)")
        conn.execute("CREATE INDEX mentions_entity ON mentions (entity)")
        conn.execute("CREATE INDEX mentions_digest ON mentions (digest)")
        conn.execute("CREATE TABLE entity_fields (key BLOB PRIMARY KEY, packed BLOB NOT NULL)")
        conn.execute("INSERT OR REPLACE INTO meta VALUES ('derived', ?)", (derived_version(),))
        conn.execute("COMMIT")
    return conn


@lru_cache(maxsize=1)
def derived_version() -> str:
    """A short hash of what decides the rows derived from a sheet (:class:`Derived`): the code that derives them
    (catalog.py's gathering, facts.py's rows and series.py's keys, source.py's corrected digests), the corrections, and the sheets' own version."""
    digest = hashlib.sha256(catalog_version().encode())
    here = Path(__file__).resolve().parent
    for path in (here / "catalog.py", here / "facts.py", here / "series.py", here / "source.py",
                 here.parent / "corrections.py"):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --------------------------------------------------------------------------- packing a sheet
# A sheet is stored as its fields in order (a dataclass as a list of its field values, a tuple as a tuple), in
# ``marshal``'s format, and rebuilt by calling each class with those values. Written here rather than JSON and
# model.factsheet_from_data because a build now decodes a sheet several times (once per pass that reads whole
# sheets: gathering, the article pages, search, the database), and this decodes in a fifth of the time.


def _plain(value: Any) -> Any:
    if is_dataclass(value):
        return [_plain(getattr(value, f.name)) for f in fields(value)]
    if type(value) is tuple:
        return tuple(_plain(v) for v in value)
    return value


def pack(sheet: FactSheet) -> bytes:
    """A sheet as the catalog stores it (see :func:`unpack`); equal sheets pack to equal bytes."""
    return marshal.dumps(_plain(sheet), 2)  # version 2: no references between objects, so the bytes are the content


@lru_cache(maxsize=256)
def _extractor(version: str, model_name: str, stages: tuple) -> Extractor:
    """One Extractor per distinct value: every sheet of an extraction run records the same versions."""
    return Extractor(version, model_name, stages)


def _texts(value: tuple) -> tuple:
    return tuple(map(sys.intern, value))


def _decoder(hint: Any, intern: bool = True) -> Optional[Callable[[Any], Any]]:
    """Packed value -> a value of this type (None: as it is); texts interned, as model.factsheet_from_data does,
    unless ``intern`` is False."""
    if hint is Extractor:
        return lambda v: _extractor(sys.intern(v[0]), sys.intern(v[1]), tuple((sys.intern(a), sys.intern(b))
                                                                              for a, b in v[2]))
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):  # Optional[X], float | int
        inner = [a for a in args if a is not type(None)]
        return _decoder(inner[0], intern) if len(inner) == 1 else None
    if origin is tuple:
        if is_dataclass(args[0]):
            item = _class_decoder(args[0], intern)
            return lambda v: tuple(map(item, v))
        return _texts if args[0] is str and intern else None
    if is_dataclass(hint):
        return _class_decoder(hint, intern)
    return sys.intern if hint is str and intern else None


@lru_cache(maxsize=None)
def _class_decoder(cls: type, intern: bool = True) -> Callable[[list], Any]:
    hints = typing.get_type_hints(cls)
    decoders = [_decoder(hints[f.name], intern) for f in fields(cls)]
    if not any(decoders):
        return lambda values: cls(*values)

    def decode(values: list) -> Any:
        return cls(*[v if d is None or v is None else d(v) for d, v in zip(decoders, values)])

    return decode


def unpack(packed: bytes) -> FactSheet:
    """The sheet :func:`pack` stored, equal field for field."""
    return _class_decoder(FactSheet)(marshal.loads(packed))


_FIELDS = {cls: [f.name for f in fields(cls)] for cls in (FactSheet, Actor, Location, Figure)}
assert _FIELDS[Actor][-1] == _FIELDS[Location][-1] == "evidence"  # unpack_outline leaves the last field out


def unpack_outline(packed: bytes) -> tuple[FactSheet, tuple[Optional[str], ...]]:
    """The sheet without its sentences and figures (what resolution and corrections read), and its figures' dates.

    A whole sheet is 22 KB in memory at 20,000 synthetic articles, its outline a tenth of that: resolution
    across the archive reads every sheet's actors and places at once.
    """
    return _from_outline(pack_outline(packed))


def pack_outline(packed: bytes) -> bytes:
    """The outline of a packed sheet, packed (kept beside the sheet: a build reads every outline, and reading
    the whole sheet for it was most of that time, its sentences being most of its bytes)."""
    values = marshal.loads(packed)
    at = _FIELDS[FactSheet].index
    figures = values[at("figures")]
    dates = tuple(f[_FIELDS[Figure].index("period_date")] for f in figures)
    values[at("figures")] = ()
    for name in ("actors", "locations"):
        values[at(name)] = tuple(fact[:-1] for fact in values[at(name)])
    return marshal.dumps((values, dates), 2)


def pack_head(sheet: FactSheet) -> bytes:
    """What a site build holds of a sheet it does not decode (:func:`unpack_head`), packed."""
    dates = tuple(f.period_date for f in sheet.figures)
    return marshal.dumps((sheet.id, sheet.title, sheet.published, sheet.outlet, dates,
                          tuple(a.id for a in sheet.actors), len(sheet.locations), _odd(sheet)), 2)


def unpack_head(packed: bytes) -> tuple:
    """(id, title, published, outlet, its figures' dates, its actors' ids, its number of places, odd): ``odd``
    is True when correcting the sheet would change it even where no correction names one of its facts."""
    return marshal.loads(packed)


def _odd(sheet: FactSheet) -> bool:
    """Whether :func:`factarchive.corrections.correct_sheet` changes this sheet under a plan that names none of
    its facts: when two of its facts share an id (they are pooled), or a caption links a place to an actor that
    is not a country, or a pictured person to a place (the link is dropped). Asked of every stored sheet so that
    a build corrects only the sheets the corrections name (tests/test_site_source.py checks it against
    correct_sheet)."""
    ids = [f.id for f in (*sheet.actors, *sheet.locations)]
    if len(ids) != len(set(ids)):
        return True
    people = {a.id for a in sheet.actors}
    places = {f.id for f in sheet.locations} | {a.id for a in sheet.actors if a.kind == "country"}
    return any((c.place in people and c.place not in places) or any(p.actor in places and p.actor not in people
                                                                    for p in c.people) for c in sheet.images)


def _from_outline(outline: bytes) -> tuple[FactSheet, tuple[Optional[str], ...]]:
    values, dates = marshal.loads(outline)
    # Texts interned: every outline is held at once while the archive is resolved, and ids, kinds and names
    # repeat across sheets (not interning them saved 0.03 s CPU on BBC and cost 20 MB at 5,000 synthetic).
    return _class_decoder(FactSheet)(values), dates


# --------------------------------------------------------------------------- reading through the catalog


def load_sheets(archive: Path, progress: Optional[Callable[[], None]] = None) -> tuple[list[FactSheet], list[ArchiveProblem]]:
    """What :func:`factarchive.archive.load_archive` returns, reading only the sheets changed since the last build.

    Falls back to reading every sheet when the catalog cannot be used; a
    corrupt catalog is deleted first, so the next build starts a fresh one.
    ``progress`` is called once per sheet file looked at.
    """
    found = _through_catalog(Path(archive), progress, _load_all)
    return found if found is not None else load_archive(Path(archive))


def open_sheets(archive: Path, progress: Optional[Callable[[], None]] = None) -> Optional["StoredSheets"]:
    """The catalog brought up to date and kept open on one state of it, to decode sheets from when asked.

    None when the catalog cannot be used (read with :func:`factarchive.archive.load_archive` instead).
    While it is open, another build of the same archive may write the catalog (it is a write-ahead log):
    this one goes on reading the state it opened.
    """
    return _through_catalog(Path(archive), progress, _open_all)


def _through_catalog(archive: Path, progress: Optional[Callable[[], None]], use: Callable) -> Any:
    path = catalog_path(archive)
    for attempt in range(2):
        try:
            conn = _open_catalog(path)
            keep_open = False
            try:
                found = use(conn, archive, progress or (lambda: None))
                keep_open = isinstance(found, StoredSheets)
                return found
            finally:
                if not keep_open:
                    conn.close()
        except sqlite3.DatabaseError as exc:
            corrupt = not isinstance(exc, sqlite3.OperationalError)  # "file is not a database", malformed image
            if corrupt and attempt == 0:
                _remove(path)
                continue
            break
        except OSError:
            break  # a read-only archive, a file where the folder should be: read the sheets directly
    return None


def _remove(path: Path) -> None:
    for name in (path, *(path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm"))):
        try:
            name.unlink()
        except FileNotFoundError:
            pass


STORE_EVERY = 200  # sheets read from YAML are stored in batches: never all packed in memory at once


def _sync(conn: sqlite3.Connection, archive: Path, progress: Callable[[], None],
          on_read: Callable[[str, FactSheet], None]) -> tuple[dict[str, str], list[ArchiveProblem]]:
    """Bring the catalog up to date with the archive: (file name -> sha256 of each valid sheet listed, problems).

    A sheet whose bytes changed (or that the catalog lacks) is read, validated, given to ``on_read`` and
    stored; the rows of sheets gone or no longer valid are removed.
    """
    files, outside = archive_mod.sheet_listing(archive)
    problems: list[ArchiveProblem] = []
    for path in outside:  # archive.load words the problem exactly as load_archive does
        try:
            archive_mod.load(path)
        except archive_mod.ArchiveError as exc:
            problems.extend(exc.problems)
    stored = dict(conn.execute("SELECT name, sha256 FROM sheets"))
    pending: list[tuple[str, str, bytes, bytes, str, bytes]] = []  # the rows of sheets read now, not yet stored
    pending_facts: list[tuple] = []
    pending_aliases: list[tuple] = []
    valid: dict[str, str] = {}

    def store() -> None:
        # Each row is whole on its own (the hash of the bytes it was read from), so batches need no common transaction.
        if pending:
            def change() -> None:
                names = [(row[0],) for row in pending]
                conn.executemany("DELETE FROM facts WHERE name = ?", names)
                conn.executemany("DELETE FROM aliases WHERE name = ?", names)
                conn.executemany("INSERT OR REPLACE INTO sheets VALUES (?, ?, ?, ?, ?, ?)", pending)
                conn.executemany(f"INSERT INTO facts VALUES ({', '.join('?' * 12)})", pending_facts)
                conn.executemany("INSERT INTO aliases VALUES (?, ?, ?, ?)", pending_aliases)

            _write(conn, change)
            pending.clear()
            pending_facts.clear()
            pending_aliases.clear()

    for path in files:
        progress()
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            digest = ""
        if digest and stored.get(path.name) == digest:
            valid[path.name] = digest
            continue
        try:
            sheet = archive_mod.load(path)  # hashed before reading: a sheet changed in between is read again next time
        except archive_mod.ArchiveError as exc:
            problems.extend(exc.problems)  # an invalid sheet is not stored: it is read (and reported) every build
            continue
        valid[path.name] = digest
        on_read(path.name, sheet)
        packed = pack(sheet)
        pending.append((path.name, digest, packed, pack_outline(packed), sheet.id, pack_head(sheet)))
        facts, aliases = fact_rows(sheet)
        pending_facts.extend((path.name, *row) for row in facts)
        pending_aliases.extend((path.name, *row) for row in aliases)
        if len(pending) >= STORE_EVERY:
            store()
    store()
    gone = [(n,) for n in sorted(stored.keys() - valid.keys())]  # removed, or no longer valid
    if gone:
        def remove() -> None:
            for table in ("sheets", "facts", "aliases"):
                conn.executemany(f"DELETE FROM {table} WHERE name = ?", gone)

        _write(conn, remove)
    return valid, problems


def _load_all(conn: sqlite3.Connection, archive: Path,
              progress: Callable[[], None]) -> tuple[list[FactSheet], list[ArchiveProblem]]:
    read_now: dict[str, FactSheet] = {}
    valid, problems = _sync(conn, archive, progress, read_now.__setitem__)
    sheets = list(read_now.values())
    # The others one row at a time (never every sheet packed at once), in one read transaction: one state of
    # the table. A row another build replaced since it was looked up no longer has the same hash: read again.
    again = []
    conn.execute("BEGIN")
    try:
        for name, digest in valid.items():
            if name in read_now:
                continue
            row = conn.execute("SELECT packed FROM sheets WHERE name = ? AND sha256 = ?", (name, digest)).fetchone()
            if row is not None:
                sheets.append(unpack(row[0]))
            else:
                again.append(name)
    finally:
        conn.execute("COMMIT")
    for name in again:
        try:
            sheets.append(archive_mod.load(archive / name))
        except archive_mod.ArchiveError as exc:
            problems.extend(exc.problems)
    return sorted(sheets, key=lambda s: s.id), problems


class StoredSheets:
    """The catalog open on one state of its table (a read transaction): every valid sheet, decoded when asked."""

    def __init__(self, conn: sqlite3.Connection, valid: dict[str, str], problems: list[ArchiveProblem],
                 path: Optional[Path] = None):
        self._conn = conn
        self._path = path  # the catalog's file, for writing beside the read transaction (Derived)
        self.valid = valid  # file name -> sha256 of its bytes, for every valid sheet, in listing order
        self.problems = problems

    def rows(self) -> Iterator[tuple[str, str, bytes]]:
        """(file name, sha256, packed sheet) of every valid sheet, one row at a time."""
        for name, digest, packed in self._conn.execute("SELECT name, sha256, packed FROM sheets ORDER BY name"):
            if self.valid.get(name) == digest:
                yield name, digest, packed

    def outlines(self) -> Iterator[tuple[str, str, FactSheet, tuple[Optional[str], ...]]]:
        """(file name, sha256, outline, its figures' dates: :func:`unpack_outline`) of every valid sheet."""
        for name, digest, outline in self._conn.execute("SELECT name, sha256, outline FROM sheets ORDER BY name"):
            if self.valid.get(name) == digest:
                yield (name, digest, *_from_outline(outline))

    def heads(self) -> Iterator[tuple[str, str, tuple]]:
        """(file name, sha256, :func:`unpack_head`) of every valid sheet, sorted by sheet id."""
        for name, digest, head in self._conn.execute("SELECT name, sha256, head FROM sheets ORDER BY sheet, name"):
            if self.valid.get(name) == digest:
                yield name, digest, unpack_head(head)

    def outline(self, name: str) -> FactSheet:
        """The outline of the sheet stored under this file name (:func:`unpack_outline`)."""
        return _from_outline(self._conn.execute("SELECT outline FROM sheets WHERE name = ?", (name,)).fetchone()[0])[0]

    def names_of(self, sheet_ids: Iterable[str]) -> dict[str, str]:
        """Sheet id -> its file name, for these ids."""
        out = {}
        for sheet_id in sheet_ids:
            for name, digest in self._conn.execute("SELECT name, sha256 FROM sheets WHERE sheet = ?", (sheet_id,)):
                if self.valid.get(name) == digest:
                    out[sheet_id] = name
        return out

    def index(self) -> FactIndex:
        """The facts of the valid sheets as a :class:`factarchive.factindex.FactIndex`, read in this state.

        The catalog's own tables when they hold the valid sheets and no other (the rule; another build may
        have stored a sheet this one did not list), else a copy of the valid sheets' rows in temporary tables.
        """
        (count,), = self._conn.execute("SELECT count(*) FROM sheets")
        if count == len(self.valid):  # every valid name is stored with its digest (_open_all checked): no other
            return FactIndex(self._conn, len(self.valid), "main.facts", "main.aliases", "main.sheets")
        self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS valid_names (name TEXT PRIMARY KEY)")
        self._conn.execute("DELETE FROM temp.valid_names")
        self._conn.executemany("INSERT INTO temp.valid_names VALUES (?)", ((n,) for n in self.valid))
        create_tables(self._conn, "temp.valid_facts", "temp.valid_aliases", keyed=True)
        for table in ("facts", "aliases"):
            self._conn.execute(f"DELETE FROM temp.valid_{table}")
            self._conn.execute(f"INSERT INTO temp.valid_{table} SELECT * FROM main.{table} "
                               "WHERE name IN (SELECT name FROM temp.valid_names)")
        self._conn.execute("CREATE TEMP VIEW IF NOT EXISTS valid_sheets AS SELECT sheet FROM main.sheets "
                           "WHERE name IN (SELECT name FROM temp.valid_names)")
        return FactIndex(self._conn, len(self.valid), "temp.valid_facts", "temp.valid_aliases", "temp.valid_sheets")

    def fetch(self, name: str) -> FactSheet:
        """The whole sheet stored under this file name."""
        return unpack(self._conn.execute("SELECT packed FROM sheets WHERE name = ?", (name,)).fetchone()[0])

    def derived(self) -> Optional["Derived"]:
        """What was derived from each sheet, kept in this catalog by the sheet's digest (see :class:`Derived`)."""
        if self._path is None:
            return None
        try:
            return Derived(self._path)
        except sqlite3.Error:
            return None

    def close(self) -> None:
        self._conn.close()


def _open_all(conn: sqlite3.Connection, archive: Path, progress: Callable[[], None]) -> Optional[StoredSheets]:
    for attempt in range(3):
        valid, problems = _sync(conn, archive, progress if attempt == 0 else (lambda: None), lambda name, sheet: None)
        conn.execute("BEGIN")
        stored = dict(conn.execute("SELECT name, sha256 FROM sheets"))  # the transaction now holds this state
        if all(stored.get(name) == digest for name, digest in valid.items()):
            return StoredSheets(conn, valid, problems, catalog_path(archive))
        conn.execute("COMMIT")  # another build changed a row in between: bring it up to date again
    return None


def _write(conn: sqlite3.Connection, change: Callable[[], object]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        change()
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class Derived:
    """What a build derives from each sheet (:func:`factarchive.site.catalog.gather`), kept in the catalog so that
    a sheet whose bytes did not change is never decoded to gather it: its index (the entities it names, its
    figures and captions), a row per fact (``mentions``: entity, name, role, kind, ..., its sentences apart),
    read back one entity at a time by a query; and each entity's fields, so that an entity whose articles did
    not change is not computed again.

    Rows are content-addressed: a sheet's by its digest, an entity's by a digest of its id and the digests of
    the articles naming it (``derived_version`` names the code that derived them), so a row another build wrote
    is as good as one this build would write, and this reads the catalog's latest state through a connection
    of its own (not the build's read transaction). Rows are written in batches as they come and, at the end
    (:meth:`finish`), the rows of digests this build does not have are dropped. A cache only: a row that
    cannot be read is derived again, and an error while writing leaves the catalog as it was.
    """

    BATCH = 200

    def __init__(self, path: Path):
        self._conn = sqlite3.connect(path, timeout=10, isolation_level=None)
        # A cache: a write lost in a crash is derived again (the log keeps the file whole), so commits need no fsync.
        self._conn.execute("PRAGMA synchronous = NORMAL")
        self._sheets: dict[str, tuple[bytes, list[tuple]]] = {}  # written at the next flush; read from here till then
        self._fields: dict[bytes, bytes] = {}

    def index(self, digest: str) -> Optional[bytes]:
        pending = self._sheets.get(digest)
        return pending[0] if pending else self._one("SELECT idx FROM derived WHERE digest = ?", digest)

    def all_fields(self) -> dict[bytes, bytes]:
        """Every entity's fields as kept (one query: a lookup each was most of the time of gathering them)."""
        try:
            found = dict(self._conn.execute("SELECT key, packed FROM entity_fields"))
        except sqlite3.Error:
            found = {}
        return found | self._fields

    def fields(self, key: bytes) -> Optional[bytes]:
        return self._fields.get(key) or self._one("SELECT packed FROM entity_fields WHERE key = ?", key)

    def _one(self, query: str, key: Any) -> Optional[bytes]:
        try:
            row = self._conn.execute(query, (key,)).fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row is not None else None

    def put(self, digest: str, index: bytes, facts: list[tuple[str, bytes, bytes]]) -> None:
        """A sheet's index and its facts, each (entity id, row, sentences) in the sheet's order."""
        self._sheets[digest] = (index, [(digest, n, *fact) for n, fact in enumerate(facts)])
        if len(self._sheets) >= self.BATCH:
            self.flush()

    def put_fields(self, key: bytes, packed: bytes) -> None:
        self._fields[key] = packed
        if len(self._fields) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if not (self._sheets or self._fields):
            return
        sheets = [(d, i) for d, (i, _) in self._sheets.items()]
        facts = [fact for _, found in self._sheets.values() for fact in found]
        fields_ = list(self._fields.items())
        self._sheets, self._fields = {}, {}

        def write(conn: sqlite3.Connection) -> None:
            conn.executemany("DELETE FROM mentions WHERE digest = ?", ((d,) for d, _ in sheets))  # never twice
            conn.executemany("INSERT OR REPLACE INTO derived VALUES (?, ?)", sheets)
            conn.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?)", facts)
            conn.executemany("INSERT OR REPLACE INTO entity_fields VALUES (?, ?)", fields_)

        self._write(write)

    def articles(self, digests: list[str]) -> None:
        """This build's articles, by digest, in article order: what :meth:`mentions` orders by (written first)."""
        self.flush()
        try:
            self._conn.execute("CREATE TEMP TABLE IF NOT EXISTS build (digest TEXT PRIMARY KEY, seq INTEGER)")
            self._conn.execute("DELETE FROM build")
            self._conn.executemany("INSERT OR IGNORE INTO build VALUES (?, ?)", ((d, n) for n, d in enumerate(digests)))
        except sqlite3.Error:
            pass

    def mentions(self, entity_id: str, sentences: bool = True) -> list[tuple]:
        """(article's place in :meth:`articles`, fact's place in its sheet, row, sentences or None) of each fact
        naming the entity in this build's articles, in that order."""
        if self._sheets:  # facts not written yet are written first (entity fields wait for their batch)
            self.flush()
        try:
            return self._conn.execute(
                f"SELECT b.seq, m.n, m.row, {'m.evidence' if sentences else 'NULL'} FROM mentions m "
                "JOIN temp.build b ON b.digest = m.digest WHERE m.entity = ? ORDER BY b.seq, m.n", (entity_id,)).fetchall()
        except sqlite3.Error:
            return []

    def finish(self, keys: Iterable[bytes]) -> None:
        """Write what is pending, then drop every row of a sheet not among this build's articles, and of an
        entity whose key is not among these."""
        self.flush()
        keys = list(keys)
        try:
            (sheets, live), = self._conn.execute("SELECT (SELECT count(*) FROM derived), (SELECT count(*) FROM temp.build)")
            (entities,), = self._conn.execute("SELECT count(*) FROM entity_fields")
        except sqlite3.Error:
            return
        if sheets == live and entities == len(set(keys)):
            return  # every row is this build's (each of its articles and entities has one): nothing to drop

        def drop(conn: sqlite3.Connection) -> None:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS live_entities (key BLOB PRIMARY KEY)")
            conn.execute("DELETE FROM live_entities")
            conn.executemany("INSERT OR IGNORE INTO live_entities VALUES (?)", ((k,) for k in keys))
            # The sheets' rows gone from the archive by their digest (an index each): not a scan of every fact.
            gone = conn.execute("SELECT digest FROM derived WHERE digest NOT IN (SELECT digest FROM temp.build)").fetchall()
            conn.executemany("DELETE FROM mentions WHERE digest = ?", gone)
            conn.executemany("DELETE FROM derived WHERE digest = ?", gone)
            conn.execute("DELETE FROM entity_fields WHERE key NOT IN (SELECT key FROM live_entities)")
            conn.execute("DELETE FROM live_entities")

        self._write(drop)

    def _write(self, change: Callable[[sqlite3.Connection], object]) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error:
            return
        try:
            change(self._conn)
            self._conn.execute("COMMIT")
        except sqlite3.Error:
            try:
                self._conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass


def plain(value: Any) -> Any:
    """A dataclass value as :func:`pack` stores it (its fields in order); :func:`decoder` makes it again."""
    return _plain(value)


def decoder(cls: type, intern: bool = True) -> Callable[[list], Any]:
    """Values stored by :func:`plain` -> an instance of ``cls`` (texts interned, unless ``intern`` is False)."""
    return _class_decoder(cls, intern)
