"""The search builder holds nothing that grows with the archive (issue #14), and gives the same files for it.

A unit's lines are read a block at a time and its postings kept best-first per term (BestPostings); the last
build's documents are looked up in SQLite (documents.db), not loaded; the numbering keeps its keys in arrays.
Each is checked against what it replaced, on small invented inputs.
"""

from __future__ import annotations

import random
import sqlite3
from array import array
from pathlib import Path

from factarchive.site import search, search_numbers, search_tables
from factarchive.site.catalog import gather
from factarchive.site.render import Pages

from .test_search_incremental import STORY, _search_files
from .test_search_index import ARCHIVE


def _in_rank_order(entries, sections, cap, weights):
    """What the builder did before: every (value, terms) sorted by rank, then Postings."""
    postings = search_numbers.Postings(sections, cap, weights)
    for value, terms in sorted(entries, key=lambda e: search_numbers.rank(e[0], sections, weights)):
        postings.add(terms, value >> 1, value & 1)
    return postings.encoded()


def test_best_postings_in_any_order_equal_postings_in_rank_order():
    sections, cap = [10, 50, 80], 3
    weights = {0: 4, 1: 9, 2: 4, 3: 1, 5: 7}
    terms = ["ab", "abc", "abd"]
    entries = [(doc * 2 + field, [t for t in terms if (doc + len(t) + field) % 3])
               for doc in (*range(6), *range(10, 30), *range(50, 60), *range(80, 95)) for field in (0, 1)
               if not (doc < 10 and field)]
    entries = [(value, found) for value, found in entries if found]
    expected = _in_rank_order(entries, sections, cap, weights)
    for seed in range(5):
        shuffled = entries[:]
        random.Random(seed).shuffle(shuffled)
        best = search_numbers.BestPostings(sections, cap, weights)
        for value, found in shuffled:
            best.add(found, value >> 1, value & 1)
        assert best.encoded() == expected
    assert search_numbers.BestPostings(sections, cap, weights).empty()


def test_lines_read_a_few_bytes_at_a_time_give_the_same_files(tmp_path, monkeypatch):
    monkeypatch.setattr(search, "SHARD_BYTES", 90)
    monkeypatch.setattr(search, "PAIR_SHARD_BYTES", 90)
    sheets = [*ARCHIVE, *STORY]
    whole = search.build_index(gather(sheets))
    monkeypatch.setattr(search_tables, "LINE_BLOCK", 16)
    assert search.build_index(gather(sheets)) == whole
    # And in a docs folder, with a story removed and one added back: its older lines dropped block by block.
    docs = tmp_path / "docs"
    for archive in (sheets, sheets[:-2], sheets):
        pages = Pages(docs=docs)
        search.add_files(pages, gather(archive), None)
        assert _search_files(pages) == search.build_index(gather(archive))


def test_the_last_builds_documents_are_a_sqlite_table_not_a_loaded_file(tmp_path):
    docs = tmp_path / "docs"
    sheets = [*ARCHIVE, *STORY]
    pages = Pages(docs=docs)
    search.add_files(pages, gather(sheets), None)
    folder = docs / search_tables.FOLDER
    assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["documents.db", "state"]
    with sqlite3.connect(folder / "documents.db") as db:
        documents = db.execute("SELECT count(*) FROM docs").fetchone()[0]
        memos = db.execute("SELECT count(*) FROM memo").fetchone()[0]
    _, meta = search.read_script((docs / "search" / "meta.js").read_text("utf-8"))
    records = 0
    for path in (docs / "search" / "d").iterdir():
        _, chunk = search.read_script(path.read_text("utf-8"))
        records += sum(1 for r in chunk if r)
    assert documents == records
    assert memos == 0  # sheets gathered whole: nothing to remember by a sheet's digest
    # A documents.db gone (the state's other half): the next build starts from nothing, same files.
    (folder / "documents.db").unlink()
    pages = Pages(docs=docs)
    search.add_files(pages, gather(sheets), None)
    assert _search_files(pages) == search.build_index(gather(sheets))


def _place_by_tuples(docs, members, at, size, got):
    """The numbering's placement as it was, a tuple a member: home, then digest."""
    homes = sorted((int.from_bytes(docs[i][1][:8], "big") % size, docs[i][1], i) for i in members)
    taken = bytearray(size)
    for home, _, i in homes:
        slot = home
        while taken[slot]:
            slot = (slot + 1) % size
        taken[slot] = 1
        got[i] = at + slot


def test_numbering_from_arrays_equals_numbering_from_tuples(monkeypatch):
    rng = random.Random(7)
    sections = [[(rng.choice([0, 0, 738000, 738001, 738005]), rng.randbytes(12)) for _ in range(n)]
                for n in (40, 300, 5, 0)]
    keyed = []
    for docs in sections:
        compact = search_numbers.Keyed()
        compact.extend(docs)
        assert list(compact) == docs and len(compact) == len(docs)
        keyed.append(compact)
    got, starts, end = search_numbers.number(keyed)
    assert (got, starts, end) == search_numbers.number(sections)
    monkeypatch.setattr(search_numbers, "_place", _place_by_tuples)
    assert (got, starts, end) == search_numbers.number(sections)
    # Each section's numbers are distinct, inside its range, in a table of its own bucket.
    for numbers, first, last in zip(got, [0, *starts], [*starts, end]):
        assert isinstance(numbers, array) and len(set(numbers)) == len(numbers)
        assert all(first <= n < last for n in numbers)


def test_a_key_taken_is_refused_before_it_has_any_effect():
    store, scratch = search_tables.temporary_store("salt")
    try:
        calls = []

        def fields():
            calls.append(1)
            return (), [(0, ({"mobile"}, set()))]

        assert store.document("article a", b"t" * 16, fields, 4) == ()
        try:
            store.document("article a", b"u" * 16, fields, 6)
        except search_tables.Taken:
            pass
        else:
            raise AssertionError("a second document of one key was taken")
        assert calls == [1] and store.seen == 1 and list(store.numbers) == [4]
        assert store.taken("article a") and not store.taken("article b")
    finally:
        store.db.close()
        scratch.cleanup()


def test_shards_packed_a_unit_at_a_time_equal_shards_of_the_whole_table():
    from itertools import groupby

    from factarchive.site import search_shards

    rng = random.Random(3)
    letters = "abcé"
    for limit in (40, 90, 400):
        table = {}
        for _ in range(300):
            term = "".join(rng.choice(letters) for _ in range(rng.randint(1, 5)))
            table[term] = [rng.randint(0, 99) for _ in range(rng.randint(1, 6))]
        ordered = sorted(table, key=search_shards.order)
        units = [(unit, {t: table[t] for t in group})
                 for unit, group in groupby(ordered, key=lambda t: t[:search_shards.PREFIX])]
        assert dict(search_shards.packed(units, limit)) == search_shards.shards(table, limit)
        assert list(dict(search_shards.packed(units, limit))) == list(search_shards.shards(table, limit))
