"""The search index's term tables, kept between builds so that a change costs what it touches (issue #14).

:mod:`factarchive.site.search` says what the index holds; this module numbers its documents
(:func:`number`: by their keys, not by rank, so that a change renumbers no other document), makes its
``w/`` (words) and ``p/`` (word pairs) shards, and keeps, in ``docs/.factarchive-search/`` (a dot-name: MkDocs never publishes it),
what the next build needs to redo only the part that changed:

- ``documents.db`` (SQLite), table ``docs``: for each document (keyed by a digest of its type and path) a
  stable id, the digest of the texts it is found by, and the *units* its terms fall in (a unit is the terms
  sharing their first ``PREFIX`` characters, the runs :func:`shards` groups at its top level) with the digest
  of its lines in each; table ``memo``: the caller's memo (search.py keeps an article's digest and record
  under its sheet's digest, so that an unchanged sheet is not decoded). Looked up a document at a time and
  written as the documents come (a new file, replacing the last build's when the build ends), never loaded.
- ``state``: each unit's digest, size and cuts; each search file's digest; each document's number and
  weight (an entity's count of articles) in the last build. Written last: without it, ``documents.db`` is not read.
- ``w/<unit>``, ``p/<unit>``: a unit's postings, uncapped, one line per document and field,
  ``value<TAB>term<TAB>term...`` with ``value = id * 2 + field`` (stable ids: a document keeps its id
  while its texts stay the same, whatever its rank).
- ``we/<unit>``, ``pe/<unit>``: a unit's encoded table (term -> capped, delta-encoded postings by
  document *number*, as text: :func:`encode_numbers`), marshalled.

A build reads every document (cheap: no tokenizing for a document whose digest is unchanged), marks *dirty*
the units of every document added, changed, removed, renumbered or reweighted, and recomputes only those
units; shards are then packed from every unit's size as :func:`shards` packs the whole table (borders
set by some units' keys alone, :func:`starts_shard`, so that a unit grown moves only the borders near
it), and a shard's file is written only when a unit in it changed (else the page cache's way: kept, when
the file is still there and not edited since). The files are byte-identical to those of a build from
nothing; a changed title touches a few units, a new article the units of its terms.

The state is removed when a build starts and written when it ends: an interrupted build leaves none, and
the next starts from nothing. Deleting the folder is always safe. A build without a docs folder uses a
temporary one (TMPDIR). Memory holds one block of a unit's lines, a unit's best postings (at most twice
the cap per term and field), one pack of shards and, per document, its id, number and weight in arrays (8
bytes each); never a whole table, and no lines or dicts that grow with the archive (issue #14: at 20,000
synthetic articles the word pairs beginning "co" were 23 MB of lines, held whole with their entries about
100 MB, the search step's peak; and the last build's documents, loaded into a dict, 65 MB).

Why our own: no library keeps an inverted index whose output files must equal a clean build's byte for
byte; SQLite could hold the postings, but every build would then sort millions of rows to find the few
that changed: the lines stay plain files, read in blocks, and ``marshal`` (same Python: the salt holds its
version); the documents, looked up by key, are SQLite's.

The numbering and postings are :mod:`factarchive.site.search_numbers`, the shards
:mod:`factarchive.site.search_shards`; their names are exported here too. This module keeps the tables
between builds (:class:`IndexStore`).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
import sqlite3
import tempfile
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .search_numbers import (DIGITS, LAST_DIGITS, BestPostings, Postings, capacity, decode_numbers, digest,  # noqa: F401
                             encode_numbers, number, rank)
from .search_shards import BOUNDARY, PREFIX, entry_size, order, shard_file, shards, starts_shard  # noqa: F401

FOLDER = ".factarchive-search"  # under docs/: a dot-name, never published
FORMAT = 7
TABLES = ("w", "p")
LINE_BLOCK = 1 << 20  # bytes of a unit's lines read at a time
UNIT_HASH = 8  # bytes of the digest of a document's lines in one unit


def _unit_hashes(kept: Any) -> dict[str, bytes]:
    """unit -> digest of a document's lines in it, from what the state keeps of the document (:func:`_pack`)."""
    blob = _blob(kept)
    count = int.from_bytes(blob[21:24], "big")
    if not count:
        return {}
    units = blob[24 + count * UNIT_HASH:].decode("utf-8").split("\t")
    return {unit: blob[24 + i * UNIT_HASH:24 + (i + 1) * UNIT_HASH] for i, unit in enumerate(units)}


def _cut(unit: str, size: int, terms: int, limit: int) -> bool:
    """Whether a unit is cut by one more character (:func:`shards`' test for a top-level run)."""
    return size > limit and len(unit) == PREFIX and terms > 1


class _Spill:
    """Lines of new postings, buffered and appended to their unit's file."""

    FLUSH = 1_000_000  # bytes buffered before they are appended to their files

    def __init__(self, folder: Path):
        self.folder = folder
        self.buffers: dict[str, list[str]] = defaultdict(list)
        self.buffered = 0
        self.start: dict[str, int] = {}  # unit -> bytes its file had before this build's lines (older lines)

    def add_lines(self, unit: str, lines: Iterable[str]) -> None:
        for line in lines:
            self.buffers[unit].append(line)
            self.buffered += len(line)
        if self.buffered > self.FLUSH:
            self.flush()

    def flush(self) -> None:
        for unit, lines in self.buffers.items():
            with open(self.folder / shard_file(unit), "a", encoding="utf-8") as out:
                if unit not in self.start:
                    self.start[unit] = os.fstat(out.fileno()).st_size  # the end of the older lines
                out.writelines(lines)
        self.buffers.clear()
        self.buffered = 0


class IndexStore:
    """The kept tables of one docs folder (or of a temporary folder, from nothing): see the module docstring."""

    def __init__(self, folder: Path, salt: str, reuse: bool = True, docs: Optional[Path] = None):
        self.folder, self.docs = Path(folder), docs
        state_path = self.folder / "state"
        state, self.stamp = None, 0
        if reuse:
            try:
                self.stamp = state_path.stat().st_mtime_ns
                state = _read_state(state_path, salt)
            except (OSError, ValueError, EOFError, TypeError, AttributeError, KeyError):
                state = None
        if state is None:
            shutil.rmtree(self.folder, ignore_errors=True)
            state = {"ids": b"", "numbers": b"", "weights": b"", "next": 0, "units": {t: {} for t in TABLES},
                     "files": {}}
        else:
            state_path.unlink()  # written again at the end: an interrupted build leaves none
        for name in (*TABLES, *(t + "e" for t in TABLES)):
            (self.folder / name).mkdir(parents=True, exist_ok=True)
        self.salt = salt
        # Per document (keyed by a digest of its key): _pack's bytes, and (for an entity) its folded names; and the
        # caller's memo. In SQLite, the last build's (main) and this build's (attached as "now"), looked up a
        # document at a time: held in dicts they grew with the archive (issue #14: 65 MB at 20,000 synthetic
        # articles, 208,000 documents), as did the set of keys seen, which this build's table's key now is.
        self.db = _documents_db(self.folder / DOCUMENTS if "ids" in state and state["next"] else None,
                                self.folder / (DOCUMENTS + ".tmp"))
        self.old_number = array("q", [-1]) * state["next"]  # id -> its number in the last build (-1: none)
        self.old_weight = array("q", [0]) * state["next"]  # id -> its weight (an entity's count of articles)
        for doc_id, n, weight in zip(*(array("q", state[name]) for name in ("ids", "numbers", "weights"))):
            self.old_number[doc_id], self.old_weight[doc_id] = n, weight
        self.old_units: dict[str, dict[str, tuple]] = state["units"]
        self.old_files: dict[str, bytes] = state["files"]
        self.next_id: int = state["next"]
        self.seen = 0  # documents of this build so far
        self.rows: list[tuple] = []  # this build's documents not yet written (at most ROWS)
        # This build's documents as they come: id, number, weight.
        self.ids, self.numbers, self.weights_now = array("q"), array("q"), array("q")
        self.units_now: dict[str, dict[str, tuple]] = {t: {} for t in TABLES}
        self.files_now: dict[str, bytes] = {}
        self.dirty: set[str] = set()  # units to compute again (in both tables)
        self.drop: dict[str, set[int]] = defaultdict(set)  # unit -> ids whose lines in it are to go
        self.spills = {t: _Spill(self.folder / t) for t in TABLES}
        self.touched = 0  # documents tokenized this build (for tests and benchmarks)

    # ----------------------------------------------------------------------------------- documents

    def document(self, key: str, texts_digest: bytes, fields: Any, n: int, weight: int = 0) -> tuple:
        """Document number ``n`` (:func:`number`), keyed ``key``, ranked by ``weight``: returns the ``extra`` kept for it.

        ``fields()`` is called only for a new document or one whose texts changed (``texts_digest``): it gives
        ``(extra, [(field, (words, pairs))...])``, extra being a small value kept for the caller (an entity's
        folded names). Of a changed document only the units whose lines changed are dirty (a new title touches
        the units of its words, not those of every word of the article); of a renumbered or reweighted one (an
        entity named in one more article ranks higher: its postings carry its weight), all of its units.
        """
        key_digest = _key(key)
        try:  # first, so that a key taken has no effect: the caller tells it apart and comes again
            self.db.execute("INSERT INTO now.keys VALUES (?)", (key_digest,))
        except sqlite3.IntegrityError:
            raise Taken(f"two search documents share the key {key!r}") from None
        row = self.db.execute("SELECT v, e FROM main.docs WHERE k = ?", (key_digest,)).fetchone()
        old = None if row is None else _unrow(row)
        if old is not None and _texts(old) == texts_digest:
            kept = old
        else:
            extra, found = fields()
            doc_id = _id(old) if old is not None else self.next_id
            self.next_id += old is None
            lines: dict[str, dict[str, list[str]]] = {table: defaultdict(list) for table in TABLES}
            for field, terms_of in found:
                for table, terms in zip(TABLES, terms_of):
                    by_unit: dict[str, list[str]] = defaultdict(list)
                    for term in terms:
                        by_unit[term[:PREFIX]].append(term)
                    for unit, group in by_unit.items():
                        group.sort()  # a set's order changes from run to run; a line's digest must not
                        lines[table][unit].append(f"{doc_id * 2 + field}\t" + "\t".join(group) + "\n")
            units = sorted(lines["w"].keys() | lines["p"].keys())
            hashes = [hashlib.blake2b("\0".join("".join(lines[table].get(unit, ())) for table in TABLES).encode(),
                                      digest_size=UNIT_HASH).digest() for unit in units]
            kept = _pack(texts_digest, doc_id, units, hashes, extra)
            before, after = (_unit_hashes(old) if old is not None else {}), dict(zip(units, hashes))
            for unit in before.keys() | after.keys():
                if before.get(unit) == after.get(unit):
                    continue  # its lines are as they were
                self.dirty.add(unit)
                if unit in before:
                    self.drop[unit].add(doc_id)
                for table in TABLES:
                    self.spills[table].add_lines(unit, lines[table].get(unit, ()))
            self.touched += 1
        doc_id = _id(kept)
        if old is not None and (self.old_number[doc_id], self.old_weight[doc_id]) != (n, weight):
            self.dirty.update(_unit_hashes(old), _unit_hashes(kept))
        self.rows.append((key_digest, *_row(kept)))
        if len(self.rows) >= ROWS:
            self._write_rows()
        self.seen += 1
        self.ids.append(doc_id)
        self.numbers.append(n)
        self.weights_now.append(weight)
        return _extra(kept)

    def taken(self, key: str) -> bool:
        """Whether a document of this build already has this key."""
        return self.db.execute("SELECT 1 FROM now.keys WHERE k = ?", (_key(key),)).fetchone() is not None

    def _write_rows(self) -> None:
        """This build's documents so far, appended in one statement (one each was most of their cost)."""
        self.db.executemany("INSERT INTO now.docs VALUES (?, ?, ?)", self.rows)
        self.rows = []

    def _documents_done(self) -> None:
        """After the last document: those of the last build not seen now are removed; the lines go to disk."""
        self._write_rows()
        for row in self.db.execute("SELECT v, e FROM main.docs WHERE k NOT IN (SELECT k FROM now.keys)"):
            old = _unrow(row)
            for unit in _unit_hashes(old):
                self.drop[unit].add(_id(old))
                self.dirty.add(unit)
        for spill in self.spills.values():
            spill.flush()
        self.number = array("q", [-1]) * self.next_id  # id -> its number now
        self.weights: dict[int, int] = {}  # number -> weight, where there is one (entities)
        for doc_id, n, weight in zip(self.ids, self.numbers, self.weights_now):
            self.number[doc_id] = n
            if weight:
                self.weights[n] = weight

    def memo(self, key: str) -> Any:
        """What :meth:`remember` kept under ``key`` in the last build (kept again for the next), or None."""
        row = self.db.execute("SELECT v FROM main.memo WHERE k = ?", (_key(key),)).fetchone()
        if row is None:
            return None
        self.db.execute("INSERT OR REPLACE INTO now.memo VALUES (?, ?)", (_key(key), row[0]))
        return marshal.loads(row[0])

    def remember(self, key: str, value: Any) -> None:
        """Keep a plain value for the next build (what a caller derived from a source whose ``key`` says its content)."""
        self.db.execute("INSERT OR REPLACE INTO now.memo VALUES (?, ?)", (_key(key), marshal.dumps(value)))

    # ----------------------------------------------------------------------------------- files

    def fresh(self, path: str, ident: bytes) -> bool:
        """Whether ``path`` (docs path) is as the last build wrote it from the same content (``ident``)."""
        self.files_now[path] = ident
        if self.docs is None or self.old_files.get(path) != ident:
            return False
        try:
            return os.stat(os.path.join(self.docs, path)).st_mtime_ns <= self.stamp
        except OSError:
            return False

    # ----------------------------------------------------------------------------------- tables

    def _compute(self, table: str, unit: str, sections: list[int], cap: int) -> Optional[dict[str, list[int]]]:
        """A dirty unit's encoded table from its lines (None when it has no terms left); its files updated.

        The lines are streamed (:meth:`_lines`), never held: a unit's lines grow with the archive (the word pairs
        beginning "co" were 23 MB at 20,000 synthetic articles, about 100 MB in memory as lines and entries, the
        peak of the search step), while what is kept per term and field is at most twice the cap
        (:class:`BestPostings`), the same postings a sort of every line in rank order gave.
        """
        number = self.number
        postings = BestPostings(sections, cap, self.weights)
        for line in self._lines(table, unit):
            value, _, terms = line.rstrip("\n").partition("\t")
            v = int(value)
            postings.add(terms.split("\t"), number[v >> 1], v & 1)
        encoded_path = self.folder / (table + "e") / shard_file(unit)
        if postings.empty():
            encoded_path.unlink(missing_ok=True)
            return None
        encoded = postings.encoded()
        encoded_path.write_bytes(marshal.dumps(encoded))
        return encoded

    def _lines(self, table: str, unit: str) -> Iterator[str]:
        """A unit's lines, read a block at a time: the older ones (before this build's) without those of documents
        removed or changed in this unit (the file written again without them), then this build's."""
        lines_path = self.folder / table / shard_file(unit)
        try:
            source = open(lines_path, "rb")
        except FileNotFoundError:
            return
        older = self.spills[table].start.get(unit)
        dropped = self.drop.get(unit)
        out, removed, count = None, 0, 0
        with source:
            if dropped:
                out = open(lines_path.with_name(lines_path.name + ".tmp"), "wb")
            at = 0
            while block := source.readlines(LINE_BLOCK):
                for raw in block:
                    at += len(raw)
                    if dropped and (older is None or at <= older) and (int(raw.partition(b"\t")[0]) >> 1) in dropped:
                        removed += 1
                        continue
                    count += 1
                    if out is not None:
                        out.write(raw)
                    yield raw.decode("utf-8")
        if out is not None:
            out.close()
            if removed:
                os.replace(out.name, lines_path)
            else:
                os.unlink(out.name)
        if not count:
            lines_path.unlink(missing_ok=True)

    def _load(self, table: str, unit: str) -> dict[str, list[int]]:
        return marshal.loads((self.folder / (table + "e") / shard_file(unit)).read_bytes())

    def table(self, table: str, sections: list[int], cap: int, limit: int) -> Iterator[tuple[str, Optional[dict]]]:
        """(shard key, terms) of one table in key order; terms None where the shard's file is fresh (unchanged)."""
        if not hasattr(self, "number"):
            self._documents_done()
        old_units = self.old_units[table]
        candidates = set(old_units) | self.dirty
        pack: list[tuple[str, bytes]] = []  # (unit, digest) of the shard being packed
        pack_size = 0
        held: dict[str, dict[str, list[int]]] = {}  # tables computed this build, until their pack is out

        def emit_pack() -> Iterator[tuple[str, Optional[dict]]]:
            key = pack[0][0]
            path = f"search/{table}/{shard_file(key)}.js"
            if self.fresh(path, digest(("pack", pack))):
                yield key, None
            else:
                content: dict[str, list[int]] = {}
                for unit, _ in pack:
                    content.update(held.pop(unit) if unit in held else self._load(table, unit))
                yield key, content
            held.clear()

        for unit in sorted(candidates, key=order):
            if unit in self.dirty:
                encoded = self._compute(table, unit, sections, cap)
                if encoded is None:
                    continue
                size = sum(entry_size(t, v) for t, v in encoded.items())
                cut = _cut(unit, size, len(encoded), limit)
                pieces = shards(encoded, limit) if cut else {}
                info = (digest(sorted(encoded.items())), size, cut, [(k, digest(sorted(p.items()))) for k, p in pieces.items()])
            else:
                info, encoded, pieces = old_units[unit], None, None
            self.units_now[table][unit] = info
            unit_digest, size, cut, piece_digests = info
            if cut:
                if pack:
                    yield from emit_pack()
                    pack, pack_size = [], 0
                for key, piece_digest in piece_digests:
                    if self.fresh(f"search/{table}/{shard_file(key)}.js", digest(("piece", piece_digest))):
                        yield key, None
                    else:
                        if pieces is None:
                            pieces = shards(self._load(table, unit), limit)
                        yield key, pieces[key]
                continue
            if pack and pack_size + size <= limit and not starts_shard(unit):
                pack.append((unit, unit_digest))
                pack_size += size
            else:
                if pack:
                    yield from emit_pack()
                pack, pack_size = [(unit, unit_digest)], size
            if encoded is not None:
                held[unit] = encoded
        if pack:
            yield from emit_pack()

    def save(self) -> None:
        """After every search file is written: the state the next build starts from."""
        if not hasattr(self, "number"):
            self._documents_done()
        self.db.execute("CREATE INDEX now.docs_by_key ON docs (k)")  # once, sorted: cheaper than row by row
        self.db.execute("DROP TABLE now.keys")
        self.db.commit()
        self.db.close()
        os.replace(self.folder / (DOCUMENTS + ".tmp"), self.folder / DOCUMENTS)
        temp = self.folder / "state.tmp"
        temp.write_bytes(marshal.dumps({"format": FORMAT, "salt": self.salt, "ids": self.ids.tobytes(),
                                        "numbers": self.numbers.tobytes(), "weights": self.weights_now.tobytes(),
                                        "next": self.next_id, "units": self.units_now, "files": self.files_now}))
        os.replace(temp, self.folder / "state")  # last: the state is whole when this file is there


def _read_state(path: Path, salt: str) -> Optional[dict[str, Any]]:
    """What :meth:`IndexStore.save` wrote (``state``; the documents beside it, in ``DOCUMENTS``), if made with this salt."""
    head = marshal.loads(path.read_bytes())
    if head.get("format") != FORMAT or head.get("salt") != salt or not (path.parent / DOCUMENTS).is_file():
        return None
    return head


DOCUMENTS = "documents.db"  # the documents and memo of the last build (SQLite: looked up, never all loaded)


def _documents_db(old: Optional[Path], new: Path) -> sqlite3.Connection:
    """The last build's documents (``old``, or none) as ``main``, this build's (a new file) attached as ``now``."""
    new.unlink(missing_ok=True)
    db = sqlite3.connect(old if old is not None else ":memory:", isolation_level=None)
    db.execute("ATTACH DATABASE ? AS now", (str(new),))
    # Documents are appended as they come, in number order (a table keyed by them took each in a random place),
    # and indexed by key when the build is saved; this build's keys, kept apart, tell a key already taken.
    for schema in ("now", *(() if old is not None else ("main",))):
        db.execute(f"CREATE TABLE {schema}.docs (k BLOB, v BLOB, e BLOB)")
        db.execute(f"CREATE TABLE {schema}.memo (k BLOB PRIMARY KEY, v BLOB) WITHOUT ROWID")
    db.execute("CREATE TABLE now.keys (k BLOB PRIMARY KEY) WITHOUT ROWID")
    if old is None:
        db.execute("CREATE INDEX main.docs_by_key ON docs (k)")
    # One transaction for the build; not durable until saved (an interrupted build leaves no state: see above).
    db.execute("PRAGMA now.journal_mode = OFF")
    db.execute("PRAGMA now.synchronous = OFF")
    db.execute("BEGIN")
    return db


class Taken(ValueError):
    """A document's key is another's of this build (:meth:`IndexStore.document`)."""


ROWS = 10_000  # documents written to documents.db at a time


def _row(kept: Any) -> tuple[bytes, Optional[bytes]]:
    return (kept, None) if isinstance(kept, bytes) else (kept[0], marshal.dumps(kept[1]))


def _unrow(row: tuple[bytes, Optional[bytes]]) -> Any:
    return row[0] if row[1] is None else (row[0], marshal.loads(row[1]))


def _key(key: str) -> bytes:
    """A document's or memo's key as the state keeps it: a digest (a path is 40 to 80 characters; 12 bytes do)."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=12).digest()


def _pack(texts: bytes, doc_id: int, units: list[str], hashes: list[bytes], extra: tuple) -> Any:
    """What the state keeps of a document, as one bytes (a tuple of five small objects was 200 bytes more a document):
    its texts' digest (16 bytes), id (5), count of units (3), each unit's digest, its units; and the extra, if any."""
    packed = b"".join((texts, doc_id.to_bytes(5, "big"), len(units).to_bytes(3, "big"), *hashes,
                       "\t".join(units).encode("utf-8")))
    return (packed, extra) if extra else packed


def _blob(kept: Any) -> bytes:
    return kept if isinstance(kept, bytes) else kept[0]


def _texts(kept: Any) -> bytes:
    return _blob(kept)[:16]


def _id(kept: Any) -> int:
    return int.from_bytes(_blob(kept)[16:21], "big")


def _extra(kept: Any) -> tuple:
    return () if isinstance(kept, bytes) else kept[1]


def temporary_store(salt: str) -> tuple[IndexStore, tempfile.TemporaryDirectory]:
    """A store in a new temporary folder (TMPDIR): a build from nothing, for an index kept in memory."""
    scratch = tempfile.TemporaryDirectory(prefix="factarchive-search-")
    return IndexStore(Path(scratch.name) / "store", salt, reuse=False), scratch
