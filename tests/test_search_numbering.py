"""Search document numbers that are not positions (issue #14): a change renumbers no other document.

search_tables.number gives each document a slot from its key's digest in a table of its section (for articles,
figures and captions, of its article's day), so that adding, removing or changing an article leaves the other
documents' numbers, and so their postings and records, as they were; the script ranks from the numbers and
the entities' counts carried in the postings. Postings are written as text (search_tables.encode_numbers).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from importlib import resources

import pytest

from factarchive.model import Actor
from factarchive.site import search, search_tables
from factarchive.site.catalog import gather
from factarchive.site.search_tables import capacity, decode_numbers, encode_numbers, number, starts_shard

from .test_search_index import ARCHIVE, ERDOGAN, HARNESS, sheet


def _digest(home: int, tag: int = 0) -> bytes:
    """A key digest whose first eight bytes point at ``home`` (tables here are small powers of two)."""
    return home.to_bytes(8, "big") + bytes([tag, 0, 0, 0])


def test_a_bucket_has_a_power_of_two_slots_at_least_half_as_many_again_as_documents():
    assert [capacity(n) for n in (0, 1, 2, 3, 5, 6, 10, 11, 21, 22, 2126, 2730, 2731)] == [
        2, 2, 4, 8, 8, 16, 16, 32, 32, 64, 4096, 4096, 8192]


def test_a_document_takes_its_home_slot_or_the_next_free_one():
    # Five documents in 8 slots: homes 3, 3, 5, 7, 7 (ties by digest); 7's second wraps round to 0.
    docs = [(0, _digest(3, 2)), (0, _digest(7, 1)), (0, _digest(3, 1)), (0, _digest(5)), (0, _digest(7, 2))]
    assert number([docs]) == ([search_tables.array("q", [4, 7, 3, 5, 0])], [], 8)


def test_a_document_added_or_removed_moves_only_those_after_it_in_its_run():
    docs = [(0, _digest(h, t)) for h, t in ((1, 0), (3, 1), (3, 2), (4, 0), (6, 0))]  # 5 in 8 slots
    before = list(number([docs])[0][0])
    assert before == [1, 3, 4, 5, 6]
    assert list(number([[*docs, (0, _digest(0))]])[0][0]) == [*before, 0]  # added in a free slot: none moves
    # The first of home 3 removed: the second takes its slot, 4 (home 4) moves back to its home; 1 and 6 stay.
    assert list(number([[docs[0], *docs[2:]]])[0][0]) == [1, 3, 4, 6]


def test_each_day_has_its_own_slots_and_sections_start_at_a_power_of_two():
    entities = [(0, _digest(n)) for n in range(3)]  # 3 in 8 slots: 0-7
    # Days 10 and 12 (days since year 1, here small): the busiest has two documents, so day d's table is at
    # 8 + 4 * d, of the capacity of its own documents: 48-51 and 56-57. Articles end at 60 (the width of the
    # last day), so figures start at 8 + 64.
    articles = [(12, _digest(1)), (10, _digest(0)), (10, _digest(1))]
    figures = [(0, _digest(1))]  # undated: a table of 2 slots before the days (none here)
    got, starts, end = number([entities, articles, figures, []])
    assert [list(g) for g in got] == [[0, 1, 2], [57, 48, 49], [73], []]
    assert (starts, end) == ([8, 72, 74], 74)
    # A day added before, between or after the others moves no document of another day.
    more = [*articles, (11, _digest(3)), (2, _digest(2)), (700, _digest(0))]
    assert list(number([entities, more, figures, []])[0][1]) == [57, 48, 49, 53, 16, 2808]


@pytest.mark.parametrize("values", [[0, 1, 44, 45, 2069, 2070, 95219, 95220, 10**12], list(range(3000))])
def test_numbers_as_text_read_back(values):
    assert decode_numbers(encode_numbers(values)) == values


def test_numbers_as_text_use_one_character_below_45_and_two_below_2070():
    assert encode_numbers([0, 44, 45, 2069, 2070]) == "#O" + "Q#" + "~O" + "QP#"
    assert search_tables.DIGITS[0] == "#" and "\\" not in search_tables.DIGITS and '"' not in search_tables.DIGITS
    assert len(search_tables.DIGITS) == 91


def test_a_run_of_terms_begins_a_shard_by_its_key_alone():
    keys = [a + b for a in "abcdefghijklmnopqrstuvwxyz" for b in "abcdefghijklmnopqrstuvwxyz"]
    chosen = [k for k in keys if starts_shard(k)]
    assert len(chosen) == 16  # about one in BOUNDARY (32) of 676
    table = {k: "x" * 3 for k in keys}
    shards = search_tables.shards(table, 60)
    assert set(chosen) <= set(shards)
    # A run grown past what fits moves the borders after it only up to the next key that begins a shard.
    grown = search_tables.shards({**table, "ca": "x" * 30}, 60)
    after = next(k for k in chosen if k > "ca")
    assert {k: v for k, v in grown.items() if k >= after} == {k: v for k, v in shards.items() if k >= after}
    held = search.shard_key(list(shards), "ca")  # and not before the shard that held it
    assert {k: v for k, v in grown.items() if k < held} == {k: v for k, v in shards.items() if k < held}
    assert grown != shards


def _places(files: dict[str, str]) -> dict[str, tuple[str, int]]:
    """Each record's path -> (its d/ file, index): where its number puts it."""
    return {r[1]: (name, i) for name in files if name.startswith("search/d/")
            for i, r in enumerate(search.read_script(files[name])[1]) if r}


STORIES = [sheet(f"s{n}", f"Story {n} about mobile phones", f"2023-0{n % 9 + 1}-01" if n % 3 else None,
                 actors=(Actor(id=f"p{n}", name=f"Person {n}", kind="person", mentions=1,
                               evidence=(f"Person {n} said the mobile network moved {n} phones.",)),))
           for n in range(12)]


@pytest.mark.parametrize("change", ["newest added", "undated added", "old added", "removed", "title changed"])
def test_a_change_leaves_every_other_document_where_it_was(change):
    sheets = [*ARCHIVE, *STORIES]
    before = _places(search.build_index(gather(sheets)))
    if change == "newest added":
        sheets.append(sheet("new", "Newest story about Erdoğan", "2025-01-01", actors=(ERDOGAN,)))
    elif change == "undated added":
        sheets.append(sheet("undated", "A story of no date", None))
    elif change == "old added":
        sheets.append(sheet("old", "Oldest phones", "2000-01-01"))
    elif change == "removed":
        del sheets[1]  # the phones article, alone on its day, and its entity (Ofcom), named nowhere else
    else:
        sheets[6] = replace(sheets[6], title="Story 2 about mobile phones and zebras")
    after = _places(search.build_index(gather(sheets)))
    assert {p: after[p] for p in before if p in after} == {p: before[p] for p in before if p in after}
    # The newest names Erdoğan, named before in one article: now in two, he has a page of his own (a new path).
    assert len(after) - len(before) == {"newest added": 1, "undated added": 1, "old added": 1, "removed": -2,
                                        "title changed": 0}[change]


@pytest.fixture(scope="module")
def node():
    found = shutil.which("node")
    if found is None:
        pytest.skip("node is not installed (the browser tests run the same script)")
    return found


def test_script_ranks_an_entity_in_more_articles_first_whatever_its_number(node, tmp_path):
    people = [sheet(f"a{n}", f"Story {n}", f"2024-01-{n + 1:02d}",
                    actors=(Actor(id=f"p{n}", name=f"Person {n}", kind="person", mentions=1,
                                  evidence=(f"The story said {n}.",)),)) for n in range(6)]
    people.append(sheet("b", "Person 0 again", "2023-01-01", actors=people[0].actors))
    files = search.build_index(gather(people))
    places = _places(files)
    # p0, in two articles, has the highest number of the six (e0 17, tier 2): it still goes first; then by number.
    assert sorted((i, path) for path, (name, i) in places.items() if name == "search/d/e0.js") == [
        (8, "articles/3a/a2#actor-p2"), (12, "articles/a7/a1#actor-p1"), (13, "articles/5b/a5#actor-p5"),
        (14, "articles/c8/a4#actor-p4"), (15, "articles/cd/a3#actor-p3"), (17, "entities/0d/p0")]
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, "utf-8")
    (tmp_path / search.SCRIPT).parent.mkdir(parents=True)
    (tmp_path / search.SCRIPT).write_text(resources.files("factarchive.site").joinpath("assets/search.js").read_text("utf-8"))
    (tmp_path / "harness.js").write_text(HARNESS, "utf-8")
    done = subprocess.run([node, str(tmp_path / "harness.js"), str(tmp_path), "person", "story"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert got["person"] == ["person entities/0d/p0/", "person articles/3a/a2/#actor-p2",
                             "person articles/a7/a1/#actor-p1", "person articles/5b/a5/#actor-p5",
                             "person articles/c8/a4/#actor-p4", "person articles/cd/a3/#actor-p3",
                             "article articles/e5/b/"]  # and the headline "Person 0 again"
    # Headlines, newest first (the highest numbers), then the body of the undated-less oldest.
    assert got["story"][:6] == [f"article articles/{p}/" for p in ("5b/a5", "c8/a4", "cd/a3", "3a/a2", "a7/a1", "14/a0")]
