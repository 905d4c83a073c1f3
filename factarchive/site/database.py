"""The archive in SQLite, published with the site: ``archive.db``, ``figures.csv`` and ``entities.csv``.

The published database (``archive.db`` beside ``figures.csv`` and
``entities.csv`` at the root of the site) holds the facts as the site shows
them: after cross-article resolution and the editors' corrections. ``datasette
site/archive.db`` serves it with no other setup (SQL, a JSON API, full-text
search boxes). Same archive, byte-identical file, however it came to be: a
build replaces only the rows of the articles that changed since the last one
(and of the entities and series they touch), in a scratch copy, then writes
the file anew with ``VACUUM INTO`` (:func:`build_database`); it replaces the
old one only when its bytes differ.

Tables (each ``page`` is the page's path in the site, directory URLs; ``mentions.age``: a person's age in years as
that article states it, so one person has an age per article, never one for the entity; ``figures.per``: what one
value of a rate is per, "week" of "$1,300 a week", so that ``value`` is never read as a total):

| table | one row per | columns |
|---|---|---|
| ``articles`` | article | id, title, published, outlet, source, byline, url, dateline, language, seed, reviewed, page |
| ``entities`` | person, organisation, place, group | id, name, kind, country, lat, lon, articles, aliases (JSON list), roles (JSON list), page |
| ``mentions`` | entity named in an article | article, entity, name, role, age, mentions |
| ``sentences`` | sentence showing a mention | article, entity, position, sentence |
| ``figures`` | figure | article, id, value, value_max, text, unit, per, counts, qualifier, reported_by, period, period_date, evidence, series |
| ``captions`` | photo caption | article, id, caption, credit, agency, date, place |
| ``pictured`` | person named in a caption | article, caption, position, name, entity, placement |
| ``*_fts`` | (FTS5 over articles, entities, sentences, figures, captions) | the text columns of their table |

The catalog kept beside the archive (sheets re-read only when their bytes change) is
:mod:`factarchive.site.sheetstore`.
"""

from __future__ import annotations

import csv
import filecmp
import hashlib
import io
import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Optional, Sequence

from ..fsutil import write_atomic
from ..model import FactSheet

if TYPE_CHECKING:
    from .catalog import Catalog

PUBLISHED_DB = "archive.db"
FIGURES_CSV = "figures.csv"
ENTITIES_CSV = "entities.csv"
PUBLISHED_FILES = (PUBLISHED_DB, FIGURES_CSV, ENTITIES_CSV)
PUBLISHED_KEY = ".factarchive-db"  # beside them: hashes of the sheets and the database they made (a dot-name: never published)
STATE_FORMAT = 1
SCHEMA_COOKIE = 1000  # archive.db's schema cookie, less one (build_database)


_SCHEMA = """
CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, published TEXT, outlet TEXT, source TEXT,
  byline TEXT, url TEXT, dateline TEXT, language TEXT, seed TEXT, reviewed INTEGER, page TEXT NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, lat REAL, lon REAL,
  articles INTEGER NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, page TEXT NOT NULL);
CREATE TABLE mentions (article TEXT NOT NULL REFERENCES articles(id), entity TEXT NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL, role TEXT, age INTEGER, mentions INTEGER NOT NULL, PRIMARY KEY (article, entity));
CREATE TABLE sentences (article TEXT NOT NULL REFERENCES articles(id), entity TEXT NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL, sentence TEXT NOT NULL, PRIMARY KEY (article, entity, position));
CREATE TABLE figures (article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, value NUMERIC NOT NULL,
  value_max NUMERIC, text TEXT NOT NULL, unit TEXT, per TEXT, counts TEXT, qualifier TEXT, reported_by TEXT,
  period TEXT, period_date TEXT, evidence TEXT, series TEXT, PRIMARY KEY (article, id));
CREATE TABLE captions (article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, caption TEXT NOT NULL,
  credit TEXT, agency TEXT, date TEXT, place TEXT, PRIMARY KEY (article, id));
CREATE TABLE pictured (article TEXT NOT NULL REFERENCES articles(id), caption TEXT NOT NULL, position INTEGER NOT NULL,
  name TEXT NOT NULL, entity TEXT, placement TEXT, PRIMARY KEY (article, caption, position));
CREATE INDEX mentions_entity ON mentions (entity);
CREATE INDEX figures_series ON figures (series);
"""
# Full-text search: external-content FTS5 tables, named and declared the way Datasette detects them
# (content="table"), so every table below gets a search box and ?_search= in the JSON API.
_FTS = {
    "articles": ("title", "byline", "outlet", "source"),
    "entities": ("name", "aliases", "roles"),
    "sentences": ("sentence",),
    "figures": ("text", "counts", "evidence", "reported_by"),
    "captions": ("caption", "credit", "agency"),
}


def _home(entity) -> str:
    """Where an entity lives, as a directory-URL path: its page, or its row on the one article naming it."""
    from . import urls

    path, anchor = urls.entity_home(entity)
    return urls.page_url(path, True, anchor)


def _page(path_md: str) -> str:
    """A docs path ``articles/x.md`` as the page's path in a directory-URL site (``articles/x/``)."""
    from . import urls

    return urls.page_url(path_md, True)


def _number(value):
    """A figure's value as SQLite stores it: an integer past SQLite's 64 bits ("$4.5bn trillion") as a REAL."""
    if isinstance(value, int) and not -(2 ** 63) <= value < 2 ** 63:
        return float(value)
    return value


def _json_list(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


# Tables in the order they are created, each with how many leading columns make its primary key, and the column
# that names the article a row belongs to (every table but entities).
_TABLES = {"articles": (1, "id"), "entities": (1, None), "mentions": (2, "article"), "sentences": (3, "article"),
           "figures": (2, "article"), "captions": (2, "article"), "pictured": (3, "article")}
_OF_ARTICLE = ("articles", "mentions", "sentences", "figures", "captions", "pictured")


def _rowid(table: str, row: tuple) -> int:
    """A row's rowid: a hash of its table and primary key, so that it is the same however the rows came to be.

    SQLite stores a table's rows in rowid order (and the FTS5 tables refer to them by rowid): rowids given in
    order of insertion would make a row's place depend on the history of the file, and an incremental update
    could never give a clean build's bytes. 63 bits: two of the archive's keys sharing one would make the
    insert fail loudly (a UNIQUE constraint), about once in 10^8 archives of a million rows.
    """
    key = "\0".join([table, *map(str, row[:_TABLES[table][0]])]).encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(key, digest_size=8).digest(), "big") >> 1


def _article_rows(s: FactSheet, figure_series: dict[tuple[str, str], str]) -> dict[str, list[tuple]]:
    """Every row one (corrected) article gives, table by table (entities aside: they gather several articles)."""
    from . import urls

    s = s.whole() if hasattr(type(s), "whole") else s  # a head (lazysheet): decoded once, not per field asked
    facts = sorted((*s.actors, *s.locations), key=lambda f: f.id)
    captions = sorted(s.images, key=lambda c: c.id)
    return {
        "articles": [(s.id, s.title, s.published, s.outlet, s.source, s.byline, s.url,
                      s.dateline.place if s.dateline else None, s.language, s.seed,
                      None if s.reviewed is None else int(s.reviewed), _page(urls.article(s.id)))],
        "mentions": [(s.id, f.id, f.name, getattr(f, "role", None), getattr(f, "age", None), f.mentions)
                     for f in facts],  # a place has no role or age
        "sentences": [(s.id, f.id, n, sentence) for f in facts for n, sentence in enumerate(f.evidence, 1)],
        "figures": [(s.id, g.id, _number(g.value), _number(g.value_max), g.text, g.unit, g.per, g.counts, g.qualifier,
                     g.reported_by, g.period, g.period_date, " ".join(g.evidence) or None, figure_series.get((s.id, g.id)))
                    for g in sorted(s.figures, key=lambda g: g.id)],
        "captions": [(s.id, c.id, c.caption, c.credit, c.agency, c.date, c.place) for c in captions],
        "pictured": [(s.id, c.id, n, p.name, p.actor, p.position) for c in captions for n, p in enumerate(c.people, 1)],
    }


def _entity_row(e, home: Optional[tuple[str, str]] = None) -> tuple:
    """An entity's row; ``home``: where it lives (docs path, anchor) if known, else urls.entity_home finds it."""
    from . import urls

    return (e.id, e.name, e.kind, e.country, e.coordinates.lat if e.coordinates else None,
            e.coordinates.lon if e.coordinates else None, e.article_count, _json_list(e.aliases),
            _json_list(e.roles), urls.page_url(home[0], True, home[1]) if home is not None else _home(e))


def _homes(catalog: "Catalog", ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Where these entities of the catalog live, found as the pages find them (templating.entity_homes)."""
    from .templating import entity_homes
    from .views import _cooccurrence

    wanted = {i: catalog.entities[i] for i in ids if i in catalog.entities}
    return entity_homes(wanted, {s.id: s for s in catalog.articles}, getattr(_cooccurrence(catalog), "naming", None))


def _insert(conn: sqlite3.Connection, table: str, rows: Iterable[tuple]) -> None:
    rows = [(_rowid(table, row), *row) for row in rows]
    if rows:
        marks = ",".join("?" * len(rows[0]))
        conn.executemany(f"INSERT INTO {table} (rowid, {_COLUMNS[table]}) VALUES ({marks})", rows)


_COLUMNS = {"articles": "id, title, published, outlet, source, byline, url, dateline, language, seed, reviewed, page",
            "entities": "id, name, kind, country, lat, lon, articles, aliases, roles, page",
            "mentions": "article, entity, name, role, age, mentions",
            "sentences": "article, entity, position, sentence",
            "figures": "article, id, value, value_max, text, unit, per, counts, qualifier, reported_by, period, "
                       "period_date, evidence, series",
            "captions": "article, id, caption, credit, agency, date, place",
            "pictured": "article, caption, position, name, entity, placement"}


def _create(conn: sqlite3.Connection) -> None:
    for statement in filter(str.strip, _SCHEMA.split(";")):  # not executescript: it would commit the caller's transaction
        conn.execute(statement)
    for table, columns in _FTS.items():
        conn.execute(f'CREATE VIRTUAL TABLE "{table}_fts" USING fts5({", ".join(columns)}, content="{table}")')


INSERT_EVERY = 20_000  # rows of one table inserted at a time


def update(conn: sqlite3.Connection, catalog: "Catalog", changed: Iterable[str], removed: Iterable[str] = (),
           fresh: bool = False) -> set[str]:
    """Bring the published tables up to date for these articles; returns the tables whose rows changed.

    ``changed``: ids of articles added or changed since the database was made, ``removed``: ids gone from the
    archive. Their rows are compared with those in the database and replaced where they differ; so are the rows of
    the entities they name (before or after: an entity's row gathers every article naming it, and only those), and
    the series column of any figure whose series changed (a series needs two articles: a changed article can make
    or end one for the figures of others). ``fresh``: the database is empty (every row is new).
    """
    by_id = {s.id: s for s in catalog.articles}
    touched: set[str] = set()
    entities: set[str] = set()
    pending: dict[str, list[tuple]] = {table: [] for table in _OF_ARTICLE}  # inserted after the deletes, a table at once
    for article_id in sorted(set(changed) | set(removed)):
        new = _article_rows(by_id[article_id], catalog.figure_series) if article_id in by_id else {}
        for table in _OF_ARTICLE:
            rows = new.get(table, [])
            column = _TABLES[table][1]
            old = [] if fresh else conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (article_id,)).fetchall()
            if table == "mentions":
                entities.update(row[1] for row in (*old, *rows))
            if set(old) == set(rows):
                continue
            if old:
                conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (article_id,))
            pending[table].extend(rows)
            touched.add(table)
            if len(pending[table]) >= INSERT_EVERY:
                # Rows are keyed by their article: inserting them now cannot meet a later article's delete, and a
                # fresh database (every article new) never holds every row in memory at once (issue 14).
                _insert(conn, table, pending[table])
                pending[table] = []
    for table, rows in pending.items():
        _insert(conn, table, rows)
    gone, rows = [], []
    homes = _homes(catalog, entities)
    for entity_id in sorted(entities):
        record = catalog.entities.get(entity_id)
        row = _entity_row(record, homes[entity_id]) if record is not None else None
        old = None if fresh else conn.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if old != row:
            if old is not None:
                gone.append((entity_id,))
            if row is not None:
                rows.append(row)
    if gone or rows:
        conn.executemany("DELETE FROM entities WHERE id = ?", gone)
        _insert(conn, "entities", rows)
        touched.add("entities")
    if not fresh:
        held = {(a, f): s for a, f, s in conn.execute("SELECT article, id, series FROM figures WHERE series IS NOT NULL")}
        wanted = catalog.figure_series
        moved = [(wanted.get(key), *key) for key in held.keys() | wanted.keys() if held.get(key) != wanted.get(key)]
        if moved:
            conn.executemany("UPDATE figures SET series = ? WHERE article = ? AND id = ?", sorted(moved, key=repr))
            touched.add("figures")
    for table in _FTS:
        if fresh or table in touched:
            # An FTS5 index keeps the history of its writes (segments, a write counter): rebuilt whole from its
            # table, its bytes depend on the rows alone. Only the indexes of tables that changed.
            conn.execute(f'INSERT INTO "{table}_fts" ("{table}_fts") VALUES (\'rebuild\')')
    return touched


def fill(conn: sqlite3.Connection, sheets: Iterable[FactSheet], catalog: Optional["Catalog"] = None) -> None:
    """Create the published tables in an empty database and fill them from these (corrected) sheets.

    ``catalog``: these sheets already gathered (a build gathers once, for the pages and for this).
    """
    from .catalog import gather

    catalog = catalog if catalog is not None else gather(list(sheets))
    _create(conn)
    update(conn, catalog, [s.id for s in catalog.articles], fresh=True)


_CSV_QUERIES = (
    (FIGURES_CSV, "SELECT f.article, a.title AS article_title, a.published, f.id AS figure, f.value, f.value_max,"
                  " f.unit, f.per, f.counts, f.text, f.qualifier, f.reported_by, f.period, f.period_date, f.evidence,"
                  " f.series, a.page FROM figures f JOIN articles a ON a.id = f.article ORDER BY f.article, f.id"),
    (ENTITIES_CSV, "SELECT id, name, kind, country, lat, lon, articles, aliases, roles, page FROM entities"
                   " ORDER BY id"),
)


_CSV_TABLES = {FIGURES_CSV: {"figures", "articles"}, ENTITIES_CSV: {"entities"}}  # the tables each query reads


def _write_csv(out, cursor: sqlite3.Cursor) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(tuple(d[0] for d in cursor.description))
    writer.writerows(cursor)  # row by row from SQLite: never every row, nor the whole text, in memory


def csv_files(db: Path) -> dict[str, str]:
    """``figures.csv`` and ``entities.csv`` from a published ``archive.db``: the same data, one row per figure or entity."""
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    try:
        out = {}
        for name, sql in _CSV_QUERIES:
            text = io.StringIO()
            _write_csv(text, conn.execute(sql))
            out[name] = text.getvalue()
        return out
    finally:
        conn.close()


def write_csv_files(db: Path, folder: Path, names: Optional[Iterable[str]] = None) -> int:
    """Write :func:`csv_files` into ``folder`` as they are read (streamed: issue 14); returns how many changed.

    Each goes to a temporary file beside its target and replaces it only when the bytes differ, so an unchanged
    file keeps its mtime (as :func:`factarchive.fsutil.write_atomic` does for texts held in memory).
    """
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    changed = 0
    try:
        for name, sql in _CSV_QUERIES:
            if names is not None and name not in names:
                continue
            target = Path(folder) / name
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            try:
                with open(fd, "w", encoding="utf-8", newline="") as out:
                    _write_csv(out, conn.execute(sql))
                if target.is_file() and not target.is_symlink() and filecmp.cmp(tmp, target, shallow=False):
                    continue
                os.chmod(tmp, 0o644)
                os.replace(tmp, target)
                changed += 1
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
    finally:
        conn.close()
    return changed


def sheet_digests(sheets: Iterable[FactSheet]) -> dict[str, str]:
    """Article id -> a hash of its (corrected) sheet: its repr, which is exact and ordered; one sheet at a time."""
    return {sheet.id: hashlib.blake2b(repr(sheet).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
            for sheet in sheets}


def _code() -> str:
    """The code the rows are made by: the site package (this module, urls, the catalog...) and installed packages
    (source.code_fingerprint). Rows are kept from one build to the next only under the same code."""
    from .source import code_fingerprint

    return code_fingerprint()


def published_key(sheets: Sequence[FactSheet], digests: Optional[dict[str, str]] = None) -> str:
    """A hash of what the published files are made from: the sheets (in any order) and the code (:func:`_code`)."""
    digests = digests if digests is not None else sheet_digests(sheets)
    return hashlib.sha256(json.dumps([_code(), sorted(digests.items())]).encode()).hexdigest()


def _file_hash(path: Path) -> Optional[str]:
    try:
        with open(path, "rb") as fh:
            # In chunks: never the whole file in memory. SHA-1 tells the file the last publish wrote from any other
            # (an edit, a copy of another): twice as fast here as BLAKE2b, hashed twice by a build that changes an
            # article (BBC: 43 MB, 0.03 s CPU against 0.055 s each).
            return hashlib.file_digest(fh, "sha1").hexdigest()
    except OSError:
        return None


def _state(folder: Path) -> dict:
    """What the last :func:`publish` left in ``folder`` (PUBLISHED_KEY): {} when missing, unreadable or of other code."""
    try:
        state = json.loads((Path(folder) / PUBLISHED_KEY).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(state, dict) or state.get("format") != STATE_FORMAT or state.get("code") != _code():
        return {}
    return state


def build_database(sheets: Iterable[FactSheet], target: Path, catalog: Optional["Catalog"] = None,
                   since: Optional[tuple[Iterable[str], Iterable[str]]] = None) -> bool:
    """Write ``archive.db`` for these sheets to ``target``; True when its bytes changed (see :func:`_build`)."""
    return _build(sheets, target, catalog, since)[0]


def _build(sheets: Iterable[FactSheet], target: Path, catalog: Optional["Catalog"],
           since: Optional[tuple[Iterable[str], Iterable[str]]]) -> tuple[bool, set[str]]:
    """Write ``archive.db`` for these sheets to ``target``: (True when its bytes changed, the tables whose rows did).

    ``since``: (ids of articles added or changed, ids removed) since ``target`` was written by this function
    (the caller checks it is that file, unedited): only their rows and those depending on them are replaced, in a
    scratch copy of ``target`` (SQLite's backup, page by page). Either way the scratch database is then written
    to a new file by ``VACUUM INTO``, which lays out rows in rowid order and indexes in key order, with no free
    page: its bytes depend on the rows alone (rowids are hashes of the keys, :func:`_rowid`), so an updated
    database and one filled from nothing are the same file. That file is written whole: SQLite packs rows into
    pages in key order, so one changed row moves the bytes of every page after it (BBC: 29 MB, 0.17 s).
    """
    from .catalog import gather

    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    catalog = catalog if catalog is not None else gather(list(sheets))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    fd, scratch = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".scratch", dir=target.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(scratch, isolation_level=None)
        try:
            if since is not None:
                published = sqlite3.connect(f"file:{target.resolve()}?mode=ro", uri=True)
                try:
                    published.backup(conn)
                finally:
                    published.close()
            # A fixed page size and no journal: the file is scratch, and the bytes VACUUM INTO writes depend only
            # on the data.
            conn.executescript("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            conn.execute("BEGIN")
            if since is None:
                _create(conn)
                touched = update(conn, catalog, [s.id for s in catalog.articles], fresh=True)
            else:
                touched = update(conn, catalog, *since)
            # VACUUM INTO gives the new file this cookie plus one: the same whether the scratch was made now or is
            # a copy of a file VACUUM INTO wrote (which would otherwise count one more each build).
            conn.execute(f"PRAGMA schema_version = {SCHEMA_COOKIE}")
            conn.execute("COMMIT")
            if not touched and since is not None:
                return False, touched  # no row changed: the published file is already this database
            conn.execute("VACUUM INTO ?", (tmp,))
        finally:
            conn.close()
        # Compared in chunks (filecmp), not read whole: the two files were twice the database in memory (issue 14).
        if target.is_file() and not target.is_symlink() and filecmp.cmp(tmp, target, shallow=False):
            return False, touched
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        return True, touched
    finally:
        for path in (tmp, scratch):
            if os.path.exists(path):
                os.unlink(path)


def publish(sheets: Sequence[FactSheet], folder: Path,
            catalog: "Optional[Catalog | Callable[[], Catalog]]" = None) -> int:
    """Write ``archive.db``, ``figures.csv`` and ``entities.csv`` into ``folder``; returns how many files changed.

    Skipped when the sheets are those of the last run and the files are still there. Otherwise, when
    ``archive.db`` is the file the last run wrote (its hash, kept in PUBLISHED_KEY with a hash of each sheet),
    only the rows of the articles that changed are replaced (:func:`build_database`); else it is made from
    nothing. ``catalog``: the sheets gathered, or a function that gathers them (called only if needed).
    """
    folder = Path(folder)
    digests = sheet_digests(sheets)
    key = published_key(sheets, digests)
    state = _state(folder)
    if state.get("key") == key and all((folder / name).is_file() for name in PUBLISHED_FILES):
        return 0
    if callable(catalog):
        catalog = catalog()
    target = folder / PUBLISHED_DB
    since = None
    before = state.get("articles")
    if isinstance(before, dict) and state.get("db") and _file_hash(target) == state["db"]:
        since = (sorted(i for i, d in digests.items() if before.get(i) != d), sorted(before.keys() - digests.keys()))
    made, touched = _build(sheets, target, catalog, since)
    # Each CSV is written again only when a table it reads changed (or it is missing); compared before replacing.
    names = [name for name, tables in _CSV_TABLES.items()
             if since is None or touched & tables or not (folder / name).is_file()]
    changed = int(made) + write_csv_files(target, folder, names)
    write_atomic(folder / PUBLISHED_KEY, json.dumps(
        {"format": STATE_FORMAT, "code": _code(), "key": key,
         "db": state["db"] if since is not None and not made else _file_hash(target),
         "articles": dict(sorted(digests.items()))}, ensure_ascii=False, separators=(",", ":")), durable=False)
    return changed
