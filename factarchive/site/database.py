"""The archive in SQLite, published with the site: ``archive.db``, ``figures.csv`` and ``entities.csv``.

The published database (``archive.db`` beside ``figures.csv`` and
``entities.csv`` at the root of the site) holds the facts as the site shows
them: after cross-article resolution and the editors' corrections. ``datasette
site/archive.db`` serves it with no other setup (SQL, a JSON API, full-text
search boxes). Same archive, byte-identical file: it is built into a new file in
a fixed order and VACUUMed, and replaces the old one only when its bytes differ.

Tables (each ``page`` is the page's path in the site, directory URLs):

| table | one row per | columns |
|---|---|---|
| ``articles`` | article | id, title, published, outlet, source, byline, url, dateline, language, seed, reviewed, page |
| ``entities`` | person, organisation, place, group | id, name, kind, country, lat, lon, articles, aliases (JSON list), roles (JSON list), page |
| ``mentions`` | entity named in an article | article, entity, name, role, mentions |
| ``sentences`` | sentence showing a mention | article, entity, position, sentence |
| ``figures`` | figure | article, id, value, value_max, text, unit, counts, qualifier, reported_by, period, period_date, evidence, series |
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
from ..model import FactSheet, factsheet_from_data, to_data

if TYPE_CHECKING:
    from .catalog import Catalog

PUBLISHED_DB = "archive.db"
FIGURES_CSV = "figures.csv"
ENTITIES_CSV = "entities.csv"
PUBLISHED_FILES = (PUBLISHED_DB, FIGURES_CSV, ENTITIES_CSV)
PUBLISHED_KEY = ".factarchive-db"  # beside them: a hash of the sheets they were made from (a dot-name: never published)


_SCHEMA = """
CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT NOT NULL, published TEXT, outlet TEXT, source TEXT,
  byline TEXT, url TEXT, dateline TEXT, language TEXT, seed TEXT, reviewed INTEGER, page TEXT NOT NULL);
CREATE TABLE entities (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT, lat REAL, lon REAL,
  articles INTEGER NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, page TEXT NOT NULL);
CREATE TABLE mentions (article TEXT NOT NULL REFERENCES articles(id), entity TEXT NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL, role TEXT, mentions INTEGER NOT NULL, PRIMARY KEY (article, entity));
CREATE TABLE sentences (article TEXT NOT NULL REFERENCES articles(id), entity TEXT NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL, sentence TEXT NOT NULL, PRIMARY KEY (article, entity, position));
CREATE TABLE figures (article TEXT NOT NULL REFERENCES articles(id), id TEXT NOT NULL, value NUMERIC NOT NULL,
  value_max NUMERIC, text TEXT NOT NULL, unit TEXT, counts TEXT, qualifier TEXT, reported_by TEXT, period TEXT,
  period_date TEXT, evidence TEXT, series TEXT, PRIMARY KEY (article, id));
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


def fill(conn: sqlite3.Connection, sheets: Iterable[FactSheet], catalog: Optional["Catalog"] = None) -> None:
    """Create the published tables in an empty database and fill them from these (corrected) sheets.

    ``catalog``: these sheets already gathered (a build gathers once, for the pages and for this).
    """
    from . import urls
    from .catalog import gather

    catalog = catalog if catalog is not None else gather(list(sheets))
    for statement in filter(str.strip, _SCHEMA.split(";")):  # not executescript: it would commit the caller's transaction
        conn.execute(statement)
    articles = sorted(catalog.articles, key=lambda s: s.id)
    conn.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
        (s.id, s.title, s.published, s.outlet, s.source, s.byline, s.url,
         s.dateline.place if s.dateline else None, s.language, s.seed,
         None if s.reviewed is None else int(s.reviewed), _page(urls.article(s.id))) for s in articles])
    conn.executemany("INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)", [
        (e.id, e.name, e.kind, e.country, e.coordinates.lat if e.coordinates else None,
         e.coordinates.lon if e.coordinates else None, e.article_count, _json_list(e.aliases),
         _json_list(e.roles), _home(e)) for e in catalog.entities.values()])
    for s in articles:
        facts = sorted((*s.actors, *s.locations), key=lambda f: f.id)
        conn.executemany("INSERT INTO mentions VALUES (?,?,?,?,?)", [
            (s.id, f.id, f.name, getattr(f, "role", None), f.mentions) for f in facts])
        conn.executemany("INSERT INTO sentences VALUES (?,?,?,?)", [
            (s.id, f.id, n, sentence) for f in facts for n, sentence in enumerate(f.evidence, 1)])
        conn.executemany("INSERT INTO figures VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", [
            (s.id, g.id, _number(g.value), _number(g.value_max), g.text, g.unit, g.counts, g.qualifier, g.reported_by, g.period,
             g.period_date, " ".join(g.evidence) or None, catalog.figure_series.get((s.id, g.id)))
            for g in sorted(s.figures, key=lambda g: g.id)])
        captions = sorted(s.images, key=lambda c: c.id)
        conn.executemany("INSERT INTO captions VALUES (?,?,?,?,?,?,?)", [
            (s.id, c.id, c.caption, c.credit, c.agency, c.date, c.place) for c in captions])
        conn.executemany("INSERT INTO pictured VALUES (?,?,?,?,?,?)", [
            (s.id, c.id, n, p.name, p.actor, p.position) for c in captions for n, p in enumerate(c.people, 1)])
    for table, columns in _FTS.items():
        conn.execute(f'CREATE VIRTUAL TABLE "{table}_fts" USING fts5({", ".join(columns)}, content="{table}")')
        conn.execute(f'INSERT INTO "{table}_fts" ("{table}_fts") VALUES (\'rebuild\')')


def build_database(sheets: Iterable[FactSheet], target: Path, catalog: Optional["Catalog"] = None) -> bool:
    """Write ``archive.db`` for these sheets to ``target``; True when its bytes changed (else the file is untouched)."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            # A fixed page size and no journal: the file is scratch until renamed, and its bytes depend only on the data.
            conn.executescript("PRAGMA page_size = 4096; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;")
            conn.execute("BEGIN")
            fill(conn, sheets, catalog)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
        finally:
            conn.close()
        # Compared in chunks (filecmp), not read whole: the two files were twice the database in memory (issue 14).
        if target.is_file() and not target.is_symlink() and filecmp.cmp(tmp, target, shallow=False):
            return False
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        return True
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


_CSV_QUERIES = (
    (FIGURES_CSV, "SELECT f.article, a.title AS article_title, a.published, f.id AS figure, f.value, f.value_max,"
                  " f.unit, f.counts, f.text, f.qualifier, f.reported_by, f.period, f.period_date, f.evidence,"
                  " f.series, a.page FROM figures f JOIN articles a ON a.id = f.article ORDER BY f.article, f.id"),
    (ENTITIES_CSV, "SELECT id, name, kind, country, lat, lon, articles, aliases, roles, page FROM entities"
                   " ORDER BY id"),
)


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


def write_csv_files(db: Path, folder: Path) -> int:
    """Write :func:`csv_files` into ``folder`` as they are read (streamed: issue 14); returns how many changed.

    Each goes to a temporary file beside its target and replaces it only when the bytes differ, so an unchanged
    file keeps its mtime (as :func:`factarchive.fsutil.write_atomic` does for texts held in memory).
    """
    conn = sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True)
    changed = 0
    try:
        for name, sql in _CSV_QUERIES:
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


def published_key(sheets: Sequence[FactSheet]) -> str:
    """A hash of what the published files are made from: the sheets (their repr is exact and ordered) and this module."""
    digest = hashlib.sha256(Path(__file__).read_bytes())
    for sheet in sheets:  # one at a time: the repr of the whole archive at once doubled the memory of the build
        digest.update(repr(sheet).encode("utf-8", "surrogatepass") + b"\0")  # repr escapes NUL: a safe separator
    return digest.hexdigest()


def published_up_to_date(sheets: Sequence[FactSheet], folder: Path) -> bool:
    """True when ``folder`` holds the published files of exactly these sheets (see :func:`publish`)."""
    folder = Path(folder)
    try:
        return ((folder / PUBLISHED_KEY).read_text("utf-8") == published_key(sheets)
                and all((folder / name).is_file() for name in PUBLISHED_FILES))
    except OSError:
        return False


def publish(sheets: Sequence[FactSheet], folder: Path, catalog: Optional["Catalog"] = None) -> int:
    """Write ``archive.db``, ``figures.csv`` and ``entities.csv`` into ``folder``; returns how many files changed.

    Skipped when the sheets are those of the last run and the files are still
    there: the database takes seconds to build at newsroom scale.
    """
    folder = Path(folder)
    if published_up_to_date(sheets, folder):
        return 0
    changed = int(build_database(sheets, folder / PUBLISHED_DB, catalog))
    changed += write_csv_files(folder / PUBLISHED_DB, folder)
    write_atomic(folder / PUBLISHED_KEY, published_key(sheets), durable=False)
    return changed
