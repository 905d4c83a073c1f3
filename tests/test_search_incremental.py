"""The search index built again in a docs folder (search_tables' kept tables) equals one built from nothing.

Each step changes a small invented archive (a title changed, an article added, a fact corrected, an article
removed), builds the index into the same docs folder, and compares every search file with a build from
nothing of the same archive; it also checks that a step touched only what changed.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

import pytest

from factarchive.model import Actor
from factarchive.site import search, search_tables
from factarchive.site.catalog import gather
from factarchive.site.lazysheet import SheetSource, lazy_sheet
from factarchive.site.render import Pages

from .test_search_index import ARCHIVE, ERDOGAN, sheet

STORY = [sheet(f"s{n}", f"Story {n} about mobile phones", f"2023-0{n % 9 + 1}-01",
               actors=(Actor(id=f"p{n}", name=f"Person {n}", kind="person", mentions=1,
                             evidence=(f"Person {n} said the mobile network moved {n} phones.",)),))
         for n in range(8)]


def _build(docs: Path, sheets, reuse: bool = True) -> Pages:
    pages = Pages(docs=docs)
    search.add_files(pages, gather(sheets), None, reuse=reuse)
    return pages


def _search_files(pages: Pages) -> dict[str, str]:
    return {p: (pages.docs / p).read_text("utf-8") for p in sorted(pages.paths) if p.startswith(search.ROOT)}


def _assert_as_from_nothing(docs: Path, sheets) -> Pages:
    pages = _build(docs, sheets)
    assert _search_files(pages) == search.build_index(gather(sheets))
    return pages


@pytest.fixture
def docs(tmp_path, monkeypatch):
    # Small shards: a change moves the packing of units, cuts a unit or packs it again.
    monkeypatch.setattr(search, "SHARD_BYTES", 90)
    monkeypatch.setattr(search, "PAIR_SHARD_BYTES", 90)
    return tmp_path / "docs"


def test_changes_give_the_files_of_a_build_from_nothing(docs):
    sheets = [*ARCHIVE, *STORY]
    first = _assert_as_from_nothing(docs, sheets)
    assert first.written == len(_search_files(first)) + 2  # and the script and its style
    assert (docs / ".factarchive-search" / "state").is_file()

    same = _assert_as_from_nothing(docs, sheets)
    assert same.written == 0

    sheets[5] = replace(sheets[5], title="Story 1 about mobile phones in Moscow (updated)")  # a title changed
    _assert_as_from_nothing(docs, sheets)
    sheets.append(sheet("new", "Newest story about Erdoğan", "2025-01-01", actors=(ERDOGAN,)))  # added, newest
    _assert_as_from_nothing(docs, sheets)
    sheets.append(sheet("old", "Oldest phones", "2000-01-01"))  # added, oldest: a day of its own
    _assert_as_from_nothing(docs, sheets)
    # Corrected: an actor renamed in one article (what corrections.yaml's rename gives that sheet).
    talks = sheets[0]
    sheets[0] = replace(talks, actors=(replace(talks.actors[0], name="Recep Erdoğan", aliases=()), *talks.actors[1:]))
    _assert_as_from_nothing(docs, sheets)
    del sheets[2]  # removed
    _assert_as_from_nothing(docs, sheets)
    del sheets[-1]
    _assert_as_from_nothing(docs, sheets)
    _assert_as_from_nothing(docs, [])  # everything removed: only meta.js is left
    _assert_as_from_nothing(docs, [*ARCHIVE, *STORY])


def test_a_changed_title_touches_one_document_and_writes_only_its_shards(docs, monkeypatch):
    sheets = [*ARCHIVE, *STORY]
    before = _search_files(_build(docs, sheets))
    sheets[6] = replace(sheets[6], title="Story 2 about mobile phones and zebras")
    touched = []
    save = search_tables.IndexStore.save
    monkeypatch.setattr(search_tables.IndexStore, "save", lambda store: (touched.append(store.touched), save(store)))
    pages = _assert_as_from_nothing(docs, sheets)
    assert touched == [1]  # only the changed article was read into words again
    changed = sorted(p for p, text in _search_files(pages).items() if before.get(p) != text)
    # Its record, the list of shards, and the shards of its new words and pairs ("and", "zebras", "phones and",
    # "and zebras"), with their neighbours where a shard grew past the limit and the packing moved (up to the
    # next unit that begins a shard of its own: search_tables.starts_shard).
    assert changed == ["search/d/a5770.js", "search/meta.js", "search/p/an.js", "search/p/di.js",
                       "search/p/phones_20_a.js", "search/w/an.js", "search/w/we.js"]
    assert pages.written == len(changed)


def test_an_edited_or_deleted_file_is_made_again(docs):
    sheets = [*ARCHIVE, *STORY]
    files = _search_files(_build(docs, sheets))
    shard = next(p for p in files if p.startswith("search/w/"))
    (docs / shard).write_text("edited by hand", "utf-8")
    later = os.stat(docs / ".factarchive-search" / "state").st_mtime_ns + 1_000_000_000
    os.utime(docs / shard, ns=(later, later))  # edited after the build (mtimes are coarse on some disks)
    record = next(p for p in files if p.startswith("search/d/"))
    (docs / record).unlink()
    pages = _assert_as_from_nothing(docs, sheets)
    assert pages.written == 2


def test_a_lost_or_foreign_state_builds_from_nothing(docs, monkeypatch):
    sheets = [*ARCHIVE, *STORY]
    _build(docs, sheets)
    (docs / ".factarchive-search" / "state").unlink()  # an interrupted build leaves none
    (docs / ".factarchive-search" / "w" / "zz").write_text("99\tzzz\n", "utf-8")  # and whatever it left is ignored
    _assert_as_from_nothing(docs, sheets[:5])
    monkeypatch.setattr(search, "POSTINGS_CAP", 2)  # other settings: the kept tables are not used
    _assert_as_from_nothing(docs, sheets)
    (docs / ".factarchive-search" / "state").write_bytes(b"not marshal")
    _assert_as_from_nothing(docs, sheets[1:])


def test_reuse_false_makes_every_file(docs):
    sheets = [*ARCHIVE, *STORY]
    first = _build(docs, sheets)
    again = _build(docs, sheets, reuse=False)
    assert again.written == 0  # every file made again, none of them different (so none rewritten)
    assert _search_files(again) == _search_files(first)


def test_an_unchanged_lazy_sheet_is_not_decoded(docs):
    """Articles from the catalog come as LazySheet heads (site/lazysheet.py): the search decodes only the sheets
    whose digest (in their repr) changed since its last build in that folder, and its files are as from nothing."""
    wholes = {s.id: s for s in [*ARCHIVE, *STORY]}
    source = SheetSource(lambda key: wholes[key])

    def heads():
        return [lazy_sheet(source, s.id, hashlib.sha256(repr(s).encode()).hexdigest(), s.id, s.title, s.published,
                           s.outlet, tuple(f.period_date for f in s.figures), tuple(a.id for a in s.actors),
                           places=len(s.locations))
                for s in wholes.values()]

    def build() -> tuple[int, dict[str, str]]:
        catalog = gather(heads())
        source.forget()  # gathering read every sheet; count what the search reads
        before = source.decoded
        pages = Pages(docs=docs)
        search.add_files(pages, catalog, None)
        decoded = source.decoded - before
        assert _search_files(pages) == search.build_index(gather(heads()))
        return decoded, _search_files(pages)

    assert build()[0] == len(wholes)
    assert build()[0] == 0
    wholes["s3"] = replace(wholes["s3"], title="Story 3 about zebras")
    assert build()[0] == 1
