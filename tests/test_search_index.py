"""The sharded search index (factarchive/site/search.py) on a small invented archive, and the script that reads it.

The query tests run the shipped assets/search.js under Node (skipped where `node` is missing; the browser tests in
test_browser.py run the same script in Chromium).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from importlib import resources

import pytest

from factarchive.model import Actor, Caption, Extractor, FactSheet, Figure, Location
from factarchive.site import search, search_tables
from factarchive.site.catalog import gather

EXTRACTOR = Extractor(version="test", model="none", stages=(("test", "1"),))
ERDOGAN = Actor(id="recep-tayyip-erdogan", name="Recep Tayyip Erdoğan", kind="person", aliases=("Erdoğan",),
                role="President of Turkey", mentions=2, evidence=("President Recep Tayyip Erdoğan met Vladimir Putin.",))
PUTIN = Actor(id="vladimir-putin", name="Vladimir Putin", kind="person", mentions=1,
              evidence=("President Recep Tayyip Erdoğan met Vladimir Putin.",))
RUSSIA = Actor(id="russia", name="Russia", kind="country", country_code="RU", mentions=1, evidence=("Russia sent troops.",))
OFCOM = Actor(id="ofcom", name="Ofcom", kind="organization", mentions=1, evidence=("Ofcom said mobile phones distract pupils.",))
HOSTILE = '</script><script>alert("x")</script> \u2028 & "quotes"'


def sheet(sheet_id: str, title: str, published: str, **facts) -> FactSheet:
    return FactSheet(id=sheet_id, title=title, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
                     outlet="Wire", published=published, **facts)


ARCHIVE = [
    sheet("talks", "Erdoğan meets Putin in Moscow", "2024-03-02", actors=(ERDOGAN, PUTIN, RUSSIA),
          locations=(Location(id="moscow", name="Moscow", kind="city", country="RU", mentions=1,
                              evidence=("The talks were held in Moscow.",)),),
          figures=(Figure(id="f1", value=30, text="30", counts="military vehicles",
                          evidence=("A convoy of 30 military vehicles entered Idlib.",)),),
          images=(Caption(id="c1", caption="Erdoğan and Putin shake hands", credit="AFP"),)),
    sheet("phones", "Mobile phones banned in schools", "2024-03-01", actors=(OFCOM,)),
    sheet("network", "Phones for mobile workers", "2024-02-01",
          actors=(Actor(id="erdogan-holdings", name="Erdogan Holdings", kind="organization", mentions=1,
                        evidence=("Phones mobile network is down.",)),)),
    sheet("hostile", HOSTILE, "2024-01-01", actors=(RUSSIA,)),
]


@pytest.fixture(scope="module")
def files():
    return search.build_index(gather(ARCHIVE))


def _read(files, name):
    return search.read_script(files[f"search/{name}.js"])[1]


def _shard(files, folder, term):
    """The shard of ``folder`` (w, p, e) that holds ``term``, found as the script finds it."""
    key = search.shard_key(_read(files, "meta")[folder], term)
    return _read(files, f"{folder}/{search.shard_file(key)}")


def test_folding_drops_case_and_diacritics_and_keeps_numbers_whole():
    assert search.fold("Erdoğan İSTANBUL Straße") == "erdogan istanbul strasse"
    assert search.words("Erdoğan's 2,980 Gears, 1,5 km_h") == ("erdogan", "s", "2980", "gears", "1", "5", "km", "h")


def _records(files):
    """(d/ file, index in it, type, path) of every record, in number order (a free slot is 0)."""
    return [(name[len("search/d/"):-3], i, r[0], r[1]) for name in sorted(files) if name.startswith("search/d/")
            for i, r in enumerate(search.read_script(files[name])[1]) if r]


def _day(iso: str, slot: int, first: int = 32) -> int:
    """The number of an article's document in a section starting at ``first`` whose days have 2 slots each."""
    return first + 2 * date.fromisoformat(iso).toordinal() + slot


def test_documents_are_numbered_by_their_keys_in_sections_and_days(files):
    # Six entities by tier (the bit length of their count of articles), numbered from their keys' digests (the
    # slot a digest names, or the next free one): five named in one article (tier 1: 8 slots from 8), Russia in
    # two (tier 2: 2 slots from 16). Then the articles from 32, each day with two slots (its busiest day has
    # one article) at 32 + 2 * the day (days since year 1): the newest has the highest number. Figures and
    # captions the same way, each section from the next power of two.
    assert (_day("2024-01-01", 0), _day("2024-02-01", 1), _day("2024-03-01", 1), _day("2024-03-02", 0)) == (
        1477804, 1477867, 1477925, 1477926)
    assert _read(files, "meta")["sections"] == [32, 32 + 2**21, 32 + 2**21 + 2**21]
    assert _read(files, "meta")["docs"] == 32 + 3 * 2**21
    # Records in files of each section's slots (entities 512, articles 256, figures and captions 1024 a file):
    # an article's file is d/a<(number - 32) // 256>, a free slot 0.
    assert _records(files) == [
        ("a5772", 140, 4, "articles/8d/hostile"),  # 1477804 - 32 = 5772 * 256 + 140
        ("a5772", 203, 4, "articles/c5/network"),
        ("a5773", 5, 4, "articles/54/phones"),
        ("a5773", 6, 4, "articles/74/talks"),  # the newest: the highest number
        ("c1443", 262, 6, "articles/74/talks#c1"),
        ("e0", 8, 1, "articles/c5/network#actor-erdogan-holdings"), ("e0", 9, 2, "articles/74/talks#place-moscow"),
        ("e0", 10, 1, "articles/54/phones#actor-ofcom"), ("e0", 11, 0, "articles/74/talks#actor-recep-tayyip-erdogan"),
        ("e0", 12, 0, "articles/74/talks#actor-vladimir-putin"), ("e0", 17, 2, "entities/2c/russia"),
        ("f1443", 263, 5, "articles/74/talks#f1"),
    ]
    assert _read(files, "d/e0")[11] == [0, "articles/74/talks#actor-recep-tayyip-erdogan", "Recep Tayyip Erdoğan",
                                        "President of Turkey · 1 article", ["person", ["President of Turkey"], None, 1]]
    assert _read(files, "d/a5772")[140:142] == [
        [4, "articles/8d/hostile", '</script><script>alert("x")</script> & "quotes"', "Russia sent troops.",
         "2024-01-01"], 0]
    assert _read(files, "d/f1443")[263] == [5, "articles/74/talks#f1", "30 military vehicles",
                                            "A convoy of 30 military vehicles entered Idlib.", "2024-03-02"]
    assert len(_read(files, "d/f1443")) == 264  # no free slot after the last record


def test_postings_are_delta_encoded_doc_and_field_and_an_entity_carries_its_count(files):
    shard = _shard(files, "w", "erdogan")
    talks, network, phones, hostile = (_day("2024-03-02", 0), _day("2024-02-01", 1), _day("2024-03-01", 1),
                                       _day("2024-01-01", 0))
    caption = 32 + 2**22 + 2 * date(2024, 3, 2).toordinal()
    # "erdogan": Erdogan Holdings (8) and Erdoğan (11) by name, each named in one article; the talks' headline;
    # the caption; not the network article, whose entity is named Erdogan but whose text never is. Deltas of
    # doc * 2 + field, as text, each entity's followed by its count (1).
    assert shard["erdogan"] == search_tables.encode_numbers([16, 1, 6, 1, talks * 2 - 22, (caption - talks) * 2])
    assert search.decode_postings(shard["erdogan"], 32) == [(8, 0, 1), (11, 0, 1), (talks, 0), (caption, 0)]
    assert search.decode_postings(_shard(files, "w", "phones")["phones"], 32) == [(network, 0), (phones, 0)]
    assert search.decode_postings(_shard(files, "w", "distract")["distract"], 32) == [(phones, 1)]
    assert search.decode_postings(_shard(files, "w", "russia")["russia"], 32) == [(17, 0, 2), (hostile, 1), (talks, 1)]
    assert _read(files, "meta")["e"] == ["er"]  # small enough for one shard of names
    assert _read(files, "e/er") == {"erdogan": [11], "erdogan holdings": [8], "moscow": [9], "ofcom": [10],
                                    "recep tayyip erdogan": [11], "russia": [17], "vladimir putin": [12]}
    assert search.decode_postings(_shard(files, "p", "mobile phones")["mobile phones"], 32) == [(phones, 0)]


def test_meta_lists_every_shard_and_each_file_calls_back_with_its_own_name(files):
    meta = _read(files, "meta")
    for folder in ("w", "p", "e"):
        assert sorted(f"search/{folder}/{search.shard_file(k)}.js" for k in meta[folder]) == \
            sorted(p for p in files if p.startswith(f"search/{folder}/"))
    for path, text in files.items():
        assert search.read_script(text)[0] == path[len("search/"):-len(".js")]
    assert {k: v for k, v in meta.items() if k not in "wpe"} == {
        "v": 2, "types": ["person", "organisation", "place", "group", "article", "figure", "caption"],
        "docs": 32 + 3 * 2**21, "chunks": [512, 256, 1024, 1024], "cap": search.POSTINGS_CAP,
        "sections": [32, 32 + 2**21, 32 + 2**22]}


def test_shard_file_names_are_lowercase_ascii():
    assert search.shard_file("ab") == "ab"
    assert search.shard_file("a b") == "a_20_b"
    assert search.shard_file("σα") == "_3c3__3b1_"


def test_hostile_headline_is_a_json_string_in_its_script(files):
    text = files["search/d/a5772.js"]
    assert '"</script><script>alert(\\"x\\")</script> & \\"quotes\\""' in text  # the line break folded to a space
    assert search.read_script(text)[1][140][2] == '</script><script>alert("x")</script> & "quotes"'


def test_same_catalog_same_bytes():
    assert search.build_index(gather(ARCHIVE)) == search.build_index(gather(list(reversed(ARCHIVE))))


def test_common_words_keep_only_the_best_ranked_postings(monkeypatch):
    monkeypatch.setattr(search, "POSTINGS_CAP", 3)
    sheets = [sheet(f"a{n}", f"Story {n}", f"2024-01-{n + 1:02d}",
                    actors=(Actor(id=f"p{n}", name=f"Person {n}", kind="person", mentions=1,
                                  evidence=(f"The story said {n}.",)),)) for n in range(6)]
    sheets.append(sheet("b", "Person 0 again", "2023-01-01", actors=sheets[0].actors))  # p0: two articles
    files = search.build_index(gather(sheets))
    first = _read(files, "meta")["sections"][0]
    # Entity names beat headlines; of the six, p0 (two articles) first, then the lowest numbers: three kept.
    assert first == 32
    assert search.decode_postings(_shard(files, "w", "person")["person"], first) == [(8, 0, 1), (12, 0, 1), (17, 0, 2)]
    assert [r[3] for r in _records(files) if r[0] == "e0"] == [
        "articles/3a/a2#actor-p2", "articles/a7/a1#actor-p1",  # 8, 12: kept
        "articles/5b/a5#actor-p5", "articles/c8/a4#actor-p4", "articles/cd/a3#actor-p3",  # 13, 14, 15: left out
        "entities/0d/p0"]  # 17 (tier 2): kept
    # Headline matches beat body matches; among headlines, the newest articles (the highest numbers: a5, a4, a3).
    assert search.decode_postings(_shard(files, "w", "story")["story"], first) == [
        (_day("2024-01-04", 1), 0), (_day("2024-01-05", 0), 0), (_day("2024-01-06", 0), 0)]
    assert [r[3] for r in _records(files) if r[0].startswith("a")] == [
        "articles/e5/b", "articles/14/a0", "articles/a7/a1", "articles/3a/a2", "articles/cd/a3", "articles/c8/a4",
        "articles/5b/a5"]


def test_records_of_each_section_sit_in_files_of_that_sections_size():
    meta = {"docs": 1000, "sections": [300, 400, 900], "chunks": [256, 128, 512, 512]}
    assert [search.record_file(meta, d) for d in (0, 255, 256, 299, 300, 399, 400, 899, 900, 999)] == [
        ("e0", 0), ("e0", 255), ("e1", 0), ("e1", 43), ("a0", 0), ("a0", 99), ("f0", 0), ("f0", 499), ("c0", 0),
        ("c0", 99)]


def test_big_shards_are_cut_by_one_more_character_and_small_pieces_packed_again():
    table = {"ab": [1], "abc": [1] * 10, "abd": [2] * 10, "abe": [3], "abf": [4], "b": [5], "ba": [6]}
    shards = search.shards(table, limit=60)
    # "ab"'s run is too big (sizes 13, 41, 41, 14, 14): cut by the third character, "ab" packs with "abc",
    # "abd" with "abe", "abf" is left alone; "b" and "ba" (one run each) fit in one shard.
    assert shards == {"ab": {"ab": [1], "abc": [1] * 10}, "abd": {"abd": [2] * 10, "abe": [3]},
                      "abf": {"abf": [4]}, "b": {"b": [5], "ba": [6]}}
    keys = list(shards)
    assert [search.shard_key(keys, t) for t in ("a", "ab", "abcde", "abd", "abez", "abf", "b", "bz", "zz")] == [
        None, "ab", "ab", "abd", "abd", "abf", "b", "b", "b"]


def test_lookup_turns_a_folded_name_into_the_entity(tmp_path, files):
    for path, text in files.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, "utf-8")
    assert search.lookup(tmp_path, "ERDOGAN") == [
        {"name": "Recep Tayyip Erdoğan", "type": "person", "kind": "person", "roles": ["President of Turkey"],
         "country": None, "articles": 1, "url": "articles/74/talks/#actor-recep-tayyip-erdogan",
         "json": "articles/74/talks.json"}]
    assert [e["url"] for e in search.lookup(tmp_path, "Erdogan Holdings", directory_urls=False)] == \
        ["articles/c5/network.html#actor-erdogan-holdings"]
    assert [(e["url"], e["json"]) for e in search.lookup(tmp_path, "russia")] == \
        [("entities/2c/russia/", "entities/2c/russia.json")]
    assert search.lookup(tmp_path, "Nobody") == []


# --------------------------------------------------------------------------- the script, under Node

HARNESS = r"""
const fs = require("fs"), vm = require("vm");
const [site, ...queries] = process.argv.slice(2);
const run = file => vm.runInThisContext(fs.readFileSync(file, "utf8"), { filename: file });
global.window = global;
global.location = { protocol: "http:", search: "" };
global.document = {
  currentScript: { src: "file://" + site + "/assets/factarchive/search.js" }, readyState: "complete",
  querySelector: () => null, createElement: () => ({}),
  head: { appendChild: tag => setImmediate(() => {
    const file = tag.src.slice("file://".length);
    if (fs.existsSync(file)) run(file); else tag.onerror();
  }) },
};
run(site + "/assets/factarchive/search.js");
(async () => {
  const out = {};
  for (const q of queries) out[q] = (await factarchiveSearch.results(q, 20)).map(r => r.type + " " + r.url);
  out.lookup = await factarchiveSearch.lookup("erdoğan");
  console.log(JSON.stringify(out));
})();
"""


@pytest.fixture(scope="module")
def query(tmp_path_factory, files):
    node = shutil.which("node")
    if node is None:
        pytest.skip("node is not installed (the browser tests run the same script)")
    site = tmp_path_factory.mktemp("site")
    for path, text in files.items():
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        (site / path).write_text(text, "utf-8")
    (site / "assets/factarchive").mkdir(parents=True)
    (site / search.SCRIPT).write_text(resources.files("factarchive.site").joinpath("assets/search.js").read_text("utf-8"))
    (site / "harness.js").write_text(HARNESS, "utf-8")

    def run(*queries: str) -> dict:
        done = subprocess.run([node, str(site / "harness.js"), str(site), *queries], capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    return run


def test_script_folds_ranks_and_matches_prefixes_and_phrases(query):
    got = query("erdogan", "ERDOĞAN", "erd", "mobile phones", '"mobile phones"', "putin moscow", "nothing", "talks moscow")
    # The entity called Erdoğan (an alias) first, then the one whose name begins with it; the headline; the caption.
    assert got["erdogan"] == ["person articles/74/talks/#actor-recep-tayyip-erdogan",
                              "organisation articles/c5/network/#actor-erdogan-holdings",
                              "article articles/74/talks/", "caption articles/74/talks/#c1"]
    assert got["ERDOĞAN"] == got["erdogan"]
    # A prefix as you type: both names begin with it, so the one in more articles, then by number, goes first.
    assert got["erd"] == ["organisation articles/c5/network/#actor-erdogan-holdings",
                          "person articles/74/talks/#actor-recep-tayyip-erdogan",
                          "article articles/74/talks/", "caption articles/74/talks/#c1"]
    # Both words anywhere: the headline that holds both, then the one that holds them in another order.
    assert got["mobile phones"] == ["article articles/54/phones/", "article articles/c5/network/"]
    assert got['"mobile phones"'] == ["article articles/54/phones/"]
    assert got["putin moscow"] == ["article articles/74/talks/"]  # headline before body; no entity holds both words
    assert got["nothing"] == []
    # "talks" is only in a body sentence, "moscow" in the headline: the article, as a body match.
    assert got["talks moscow"] == ["article articles/74/talks/"]
    assert got["lookup"] == [{"name": "Recep Tayyip Erdoğan", "type": "person", "kind": "person",
                              "roles": ["President of Turkey"], "country": None, "articles": 1,
                              "url": "articles/74/talks/#actor-recep-tayyip-erdogan",
                              "json": "articles/74/talks.json"}]


def test_script_puts_an_entity_whose_whole_name_begins_the_query_first(query):
    # "erdogan h" begins the name "Erdogan Holdings" (a one-letter word narrows nothing yet);
    # "vladimir" matches Putin's name and the talks' body.
    got = query("erdogan h", "vladimir", "russia")
    assert got["erdogan h"] == ["organisation articles/c5/network/#actor-erdogan-holdings",
                                "person articles/74/talks/#actor-recep-tayyip-erdogan",
                                "article articles/74/talks/", "caption articles/74/talks/#c1"]
    assert got["vladimir"] == ["person articles/74/talks/#actor-vladimir-putin", "article articles/74/talks/"]
    assert got["russia"] == ["place entities/2c/russia/", "article articles/74/talks/", "article articles/8d/hostile/"]


def test_an_empty_archive_has_only_the_list_of_shards():
    assert search.build_index(gather([])) == {"search/meta.js": (
        'factarchiveSearch.load("meta",{"cap":600,"chunks":[512,256,1024,1024],"docs":0,"e":[],"p":[],'
        '"sections":[0,0,0],"types":["person","organisation","place","group","article","figure","caption"],'
        '"v":2,"w":[]});\n')}


def test_a_figure_title_shows_its_unit_once():
    """"45%" is already a percentage; "$80m" is shown with its currency code."""
    figures = (Figure(id="f1", value=45, text="45%", unit="%", counts="of users", evidence=("45% of users agreed.",)),
               Figure(id="f2", value=80000000, text="$80m", unit="USD", evidence=("It cost $80m.",)))
    files = search.build_index(gather([sheet("poll", "A poll", "2024-03-02", figures=figures)]))
    records = [r for name in sorted(files) if name.startswith("search/d/") for r in search.read_script(files[name])[1]]
    assert sorted(r[2] for r in records if r and r[0] == 5) == ["$80m USD", "45% of users"]


def test_shards_packed_unit_by_unit_are_those_of_the_whole_table(monkeypatch):
    """The kept tables (search_tables.IndexStore) pack shards a unit (terms of one two-character key) at a time,
    from each unit's size, its lines appended a document at a time: the shards are those that search.shards
    makes of the whole table at once."""
    sheets = [*ARCHIVE, *(sheet(f"a{n}", f"Story {n} of mobile phones", f"2024-01-{n + 1:02d}",
                                actors=(Actor(id=f"p{n}", name=f"Person {n}", kind="person", mentions=1,
                                              evidence=(f"The mobile story said {n} phones move.",)),)) for n in range(12))]
    monkeypatch.setattr(search_tables._Spill, "FLUSH", 1)
    for folder, setting in (("w", "SHARD_BYTES"), ("p", "PAIR_SHARD_BYTES")):
        monkeypatch.setattr(search, setting, 40)  # small shards: units cut and packed together
    files = search.build_index(gather(sheets))
    meta = _read(files, "meta")
    for folder in ("w", "p"):
        table = {t: v for key in meta[folder] for t, v in _read(files, f"{folder}/{search.shard_file(key)}").items()}
        whole = search.shards(table, 40)
        assert list(whole) == meta[folder]
        assert whole == {key: _read(files, f"{folder}/{search.shard_file(key)}") for key in meta[folder]}
    assert len(meta["w"]) > 5 and any(len(k) > 2 for k in meta["w"])  # some units were cut, some packed
    assert any(len(_read(files, f"w/{search.shard_file(k)}")) > 1 for k in meta["w"])
