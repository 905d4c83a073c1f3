"""Which generated pages in docs/ are already what their inputs would render: one digest per group of pages.

Page generation renders a page only when what its template reads changed (issue #14 item 3). Pages come in
groups rendered together: an article's page and its JSON twin, an entity's pages (articles, "named
alongside") and its twin, a series page, a redirect page and its twin. For each group :mod:`render` makes a
*view*: a plain tuple of exactly what the group's templates read (an article page: its corrected sheet, its
related articles' ids and titles, its series and disagreements; an entity page: the entity's record, the
titles and dates of the articles naming it, the names of the entities named alongside...). The digest of that
view, next to the paths the group wrote, is kept in ``docs/.factarchive-page-digests``; a group whose digest is
unchanged, whose files are all still there and none edited since (newer than the record), is not rendered.

The record also holds a *salt*: the site code, templates, installed packages and site options. Another salt
(or ``--clean``) means every page is rendered. The record is removed before generating and written after the
last page, so an interrupted run leaves none and the next run renders everything: deleting it is always safe.

Why our own: what to compare is what the templates read, which only this project knows; the rest is a
table in an SQLite file (:class:`PageCache`).
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any, Optional


CACHE_FILE = ".factarchive-page-digests"  # a dot-name: MkDocs does not publish it
FORMAT = 2  # 2: an SQLite file (1 was JSON)


def digest(view: Any) -> str:
    """A short hash of a view: tuples of str, int, float, bool and None (a dataclass goes in as its ``repr``).

    ``marshal`` writes those exactly, in C: a view of the BBC archive's most named entity lists thousands of
    others, and ``repr`` was 7 times slower. Format 2, not the default: later formats write a back-reference
    for an object met twice, so the bytes would depend on which equal strings happen to be one object. The
    Python version is in the salt (:func:`salt`). Anything else in a view is refused (ValueError), not guessed.
    """
    return hashlib.blake2b(marshal.dumps(view, 2), digest_size=16).hexdigest()


def salt(*parts: Any) -> str:
    """The digest of what every page shares (the site code's fingerprint, site options), with the Python version."""
    return digest((sys.version, *parts))


class _Groups:
    """The groups of one record, in its SQLite file: read one key at a time, or written in batches."""

    BATCH = 1000

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._pending: list[tuple[str, str, str]] = []

    def get(self, key: str) -> Optional[list]:
        """[view digest, paths] of a group, or None."""
        row = self._conn.execute("SELECT digest, paths FROM groups WHERE key = ?", (key,)).fetchone()
        return None if row is None else [row[0], row[1].split("\n") if row[1] else []]

    def __bool__(self) -> bool:
        return self._conn.execute("SELECT 1 FROM groups LIMIT 1").fetchone() is not None  # as a dict's

    def put(self, key: str, value: list) -> None:
        self._pending.append((key, value[0], "\n".join(value[1])))
        if len(self._pending) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        if self._pending:
            self._conn.executemany("INSERT OR REPLACE INTO groups VALUES (?, ?, ?)", self._pending)
            self._pending.clear()

    def close(self) -> None:
        self._conn.close()


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = OFF")  # a record is whole only once renamed into place (save)
    conn.execute("PRAGMA synchronous = OFF")
    return conn


class PageCache:
    """The digests of the last run and those of this run (written by :meth:`save`).

    Both are in SQLite files, not in memory (issue 14: a group per article, entity and series was a dict of
    100,000s of entries, twice): the last run's record is moved aside when opened and read a key at a time;
    this run's groups go to a new file, in batches, renamed into the record's place by :meth:`save`. The
    notes (what the renderer noted besides the digests) are one JSON value in the record.
    """

    def __init__(self, docs: Path, salt: str, previous: Any = None, stamp_ns: int = 0,
                 previous_notes: Optional[dict[str, Any]] = None):
        self.docs, self.salt = Path(docs), salt
        self.previous = previous if previous is not None else {}
        self.stamp_ns = stamp_ns  # the record's mtime: a file newer than this was edited after it was generated
        self.kept = 0  # groups not rendered
        # What the renderer noted of the last run's inputs besides the digests (render._EntityPlan): None when the
        # record was not reused.
        self.previous_notes = previous_notes if previous is not None else None
        self.notes: dict[str, Any] = {}
        self._new = self.docs / (CACHE_FILE + ".new")
        self.docs.mkdir(parents=True, exist_ok=True)
        _remove(self._new)
        conn = _connect(self._new)
        conn.execute("CREATE TABLE groups (key TEXT PRIMARY KEY, digest TEXT NOT NULL, paths TEXT NOT NULL)")
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("BEGIN")
        self.current = _Groups(conn)

    @classmethod
    def open(cls, docs: Path, salt: str, reuse: bool = True) -> "PageCache":
        """The last run's record, if it was made with this salt (and ``reuse``); it is moved aside now (and
        removed when this run's record is saved), so an interrupted run leaves none."""
        path = Path(docs) / CACHE_FILE
        old = Path(docs) / (CACHE_FILE + ".old")
        _remove(old)
        previous, stamp, notes = None, 0, None
        try:
            if reuse:
                stamp = path.stat().st_mtime_ns
                os.replace(path, old)
                conn = sqlite3.connect(f"file:{old}?mode=ro", uri=True, isolation_level=None)
                try:
                    meta = dict(conn.execute("SELECT key, value FROM meta"))
                    if meta.get("format") == str(FORMAT) and meta.get("salt") == salt:
                        previous, notes = _Groups(conn), json.loads(meta.get("notes", "null"))
                finally:
                    if previous is None:
                        conn.close()
            else:
                path.unlink()
        except (OSError, ValueError, sqlite3.Error):
            previous = None
            _remove(path)
        return cls(docs, salt, previous, stamp, notes if isinstance(notes, dict) else None)

    def fresh(self, key: str, view_digest: str) -> Optional[list[str]]:
        """The paths of group ``key`` if they need no rendering (same digest, files there, none edited); else None.

        Either way the group's new digest is recorded; the caller then renders it or keeps its paths.
        """
        old = self.previous.get(key)
        if old is None or old[0] != view_digest:
            return None
        paths = old[1]
        for path in paths:
            try:
                if os.stat(os.path.join(self.docs, path)).st_mtime_ns > self.stamp_ns:
                    return None
            except OSError:
                return None
        self.current.put(key, old)
        self.kept += 1
        return paths

    def unchanged(self, key: str) -> Optional[list[str]]:
        """The paths of group ``key`` as the last run made them, when its inputs are known not to have changed
        (the caller knows, without making its view), and its files are all there, none edited; else None."""
        old = self.previous.get(key)
        return None if old is None else self.fresh(key, old[0])

    def record(self, key: str, view_digest: str, paths: list[str]) -> None:
        """Group ``key`` was rendered from a view with this digest into these paths."""
        self.current.put(key, [view_digest, paths])

    def save(self) -> None:
        """After every page is written: the record the next run compares against."""
        self.current.flush()
        conn = self.current._conn
        notes = json.dumps(self.notes, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        conn.executemany("INSERT INTO meta VALUES (?, ?)", (("format", str(FORMAT)), ("salt", self.salt),
                                                             ("notes", notes)))
        conn.execute("COMMIT")
        conn.close()
        if isinstance(self.previous, _Groups):
            self.previous.close()
        os.replace(self._new, self.docs / CACHE_FILE)
        _remove(self.docs / (CACHE_FILE + ".old"))


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
