"""The review page (issue 12 item 4): facts worth a human look, ranked by the article pages they reach, each with its fix."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from factarchive.model import Actor, Extractor, FactSheet, Figure, Location
from factarchive.site import render, review
from factarchive.site.catalog import gather
from factarchive.site.review import ReviewItem, page_context, review_items, review_twins

EXTRACTOR = Extractor(version="1", model="m", stages=(("s", "1"),))


def _sheet(sheet_id, actors=(), locations=(), figures=()):
    return FactSheet(id=sheet_id, title=sheet_id.title(), seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
                     actors=tuple(actors), locations=tuple(locations), figures=tuple(figures))


def _person(entity_id, name, role=None):
    return Actor(id=entity_id, name=name, kind="person", role=role, mentions=1, evidence=("S.",))


IDLIB_ORG = Actor(id="idlib", name="Idlib", kind="organization", mentions=1, evidence=("S.",))
IDLIB_CITY = Location(id="idlib", name="Idlib", kind="city", mentions=2, evidence=("S.",))
ANN = _person("ann-lee", "Ann Lee")
VEHICLES = Figure(id="f-0123abcd", value=30, text="30", counts="vehicles", evidence=("30 vehicles entered.",))
BARE = Figure(id="f-89abcdef", value=2980, text="2,980", evidence=("2,980 entered Idlib since March.",))


def _archive():
    return gather([
        _sheet("a", actors=[IDLIB_ORG, ANN, _person("bo-chen", "Bo Chen", role="Mayor")], figures=[VEHICLES, BARE]),
        _sheet("b", actors=[ANN, _person("bo-chen", "Bo Chen")], locations=[IDLIB_CITY]),
        _sheet("c", actors=[ANN, _person("bo-chen", "Bo Chen"), _person("cy-diaz", "Cy Diaz")]),
        _sheet("d", actors=[_person("cy-diaz", "Cy Diaz")], locations=[IDLIB_CITY]),
    ])


ANN_ITEM = ReviewItem(reason="no-role", name="Ann Lee", detail="named in 3 articles, none gives a role", articles=3,
                      page="entities/23/ann-lee.md", anchor="", file="corrections.yaml",
                      fix="set:\n  ann-lee: {role: …}  # the office, as the articles give it\n", entity="ann-lee", stake=3.0)
IDLIB_ITEM = ReviewItem(reason="kind-disputed", name="Idlib", detail="city in 2 articles, 2 by the model alone; organization in 1 article, 1 by the model alone", articles=3,
                        page="entities/0f/idlib.md", anchor="", file="corrections.yaml",
                        fix="set:\n  idlib: {kind: city}  # the articles also say: organization\n", entity="idlib", closeness=0.25,
                        stake=0.75)
BARE_ITEM = ReviewItem(reason="nothing-counted", name="2,980", detail="2,980 entered Idlib since March.", articles=1,
                       page="articles/2c/a.md", anchor="f-89abcdef", file="a.yaml",
                       fix="figures:  # the figure with this id, as the sheet has it, with one line more\n"
                           "- id: f-89abcdef\n  counts: …  # what the number counts, in the sentence's words\n",
                       article="a", figure="f-89abcdef", stake=1.0)


def test_review_items_rank_by_what_is_at_stake_and_carry_their_fix():
    # Bo Chen has a role in one article: no item. Cy Diaz is in two articles only: no item. VEHICLES counts something.
    # Idlib reaches 3 articles but is a city by 4 weights to 1: less in doubt than one figure with nothing counted.
    assert review_items(_archive()) == (ANN_ITEM, BARE_ITEM, IDLIB_ITEM)


def test_of_equal_reach_the_closer_vote_goes_first():
    close = [Actor(id="x", name="X", kind="person", mentions=1, evidence=("S.",)),
             Actor(id="x", name="X", kind="organization", mentions=1, evidence=("S.",))]
    far = [Actor(id="w", name="W", kind="person", mentions=5, evidence=("S.",)),
           Actor(id="w", name="W", kind="group", mentions=1, evidence=("S.",))]
    catalog = gather([_sheet("a", actors=[close[0], far[0]]), _sheet("b", actors=[close[1], far[1]])])
    assert [(i.entity, i.detail, i.closeness, i.stake) for i in review_items(catalog)] == [
        ("x", "person in 1 article, 1 by the model alone; organization in 1 article, 1 by the model alone", 1.0, 2.0),
        ("w", "person in 1 article, 1 by the model alone; group in 1 article, 1 by the model alone", 0.2, 0.4),
    ]


def test_the_json_twin_holds_every_item_and_the_counts():
    assert review_twins((IDLIB_ITEM, BARE_ITEM)) == [("review.json", {
        "counts": {"kind-disputed": 1, "no-role": 0, "nothing-counted": 1}, "merge_count": 0, "page": 1, "pages": 1,
        "next": None, "merges": [],
        "items": [
            {"reason": "kind-disputed", "name": "Idlib", "detail": "city in 2 articles, 2 by the model alone; organization in 1 article, 1 by the model alone",
             "articles": 3, "page": "entities/0f/idlib.md", "anchor": "", "file": "corrections.yaml",
             "fix": "set:\n  idlib: {kind: city}  # the articles also say: organization\n",
             "entity": "idlib", "article": None, "figure": None, "closeness": 0.25, "stake": 0.75},
            {"reason": "nothing-counted", "name": "2,980", "detail": "2,980 entered Idlib since March.", "articles": 1,
             "page": "articles/2c/a.md", "anchor": "f-89abcdef", "file": "a.yaml", "fix": BARE_ITEM.fix,
             "entity": None, "article": "a", "figure": "f-89abcdef", "closeness": 0.0, "stake": 1.0},
        ],
    })]


def _page(items) -> str:
    # As render.py's renderer does for a page at the top of docs/: `link` bound to the folder "".
    return render.environment().get_template("review.md.j2").render(**page_context(items), link=render._linker(""), page="review.md")


HEAD = "---\nsearch:\n  exclude: true\n---\n\n# To review\n\n"
HOWTO = ("Each comes with the YAML that would fix it: fill in the `…`, put the lines in the file named (in `archive/`: under "
         "its one `set:` section, or into the figure with that id), and rebuild. A fix in `corrections.yaml` applies to "
         "every article; one in a fact sheet, to that article only.\n\n")


def test_the_page_lists_each_item_with_its_link_and_fix():
    assert _page(review_items(_archive())) == HEAD + (
        "3 facts worth a human look, most at stake first (the article pages that show it; for a kind, how close the "
        "articles' votes were): 1 kind disputed, 1 no role, 1 nothing counted.\n\n"
        + HOWTO +
        "1. **[Ann Lee](entities/23/ann-lee.md)**: no role, 3 articles: named in 3 articles, none gives a role\n\n"
        "        # archive/corrections.yaml\n        set:\n          ann-lee: {role: …}  # the office, as the articles give it\n\n"
        "2. **[2,980](articles/2c/a.md#f-89abcdef)**: nothing counted, 1 article: 2,980 entered Idlib since March.\n\n"
        "        # archive/a.yaml\n        figures:  # the figure with this id, as the sheet has it, with one line more\n"
        "        - id: f-89abcdef\n          counts: …  # what the number counts, in the sentence's words\n\n"
        "3. **[Idlib](entities/0f/idlib.md)**: kind disputed, 3 articles: city in 2 articles, 2 by the model alone; organization in 1 article, 1 by the model alone\n\n"
        "        # archive/corrections.yaml\n        set:\n          idlib: {kind: city}  # the articles also say: organization\n\n"
    )


def test_each_fix_is_a_code_block_of_its_list_item_in_the_built_page():
    """With the Markdown extensions of mkdocs.yml (which has no fenced code): the fix is printed as YAML, inside its item."""
    import re

    import markdown

    text = (Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text("utf-8")
    block = text.split("\nmarkdown_extensions:\n", 1)[1]
    extensions = re.findall(r"^  - ([a-z_.]+)", block.split("\n\n", 1)[0], re.M)
    html = markdown.markdown(_page((ANN_ITEM, BARE_ITEM)).split("---\n", 2)[2], extensions=extensions)
    assert ('<li>\n<p><strong><a href="entities/23/ann-lee.md">Ann Lee</a></strong>: no role, 3 articles: named in 3 articles, '
            'none gives a role</p>\n<pre><code># archive/corrections.yaml\nset:\n  ann-lee: {role: …}  # the office, as the '
            'articles give it\n</code></pre>\n</li>') in html


def test_a_long_list_shows_its_top_and_points_to_the_json(monkeypatch):
    monkeypatch.setattr(review, "SHOWN", 1)
    page = _page(review_items(_archive()))
    assert page.count("# archive/") == 1
    assert page.endswith("The first 1 are shown here and in [review.json](review.json), which names the next of the "
                         "2 files that list all 3.\n")


def test_article_text_is_escaped_and_never_reaches_a_fix():
    hostile = Figure(id="f-00000001", value=1, text="<script>x</script>", evidence=("*Bold* [link](javascript:x) | cell",))
    (item,) = review_items(gather([_sheet("a", figures=[hostile])]))
    page = _page((item,))
    assert ("1. **[&#60;script&#62;x&#60;/script&#62;](articles/2c/a.md#f-00000001)**: nothing counted, 1 article: "
            "&#42;Bold&#42; &#91;link&#93;&#40;javascript:x&#41; &#124; cell\n") in page
    assert "<script>" not in page and "script" not in item.fix


def test_nothing_to_review():
    catalog = gather([_sheet("a", actors=[_person("ann-lee", "Ann Lee", role="Mayor")], figures=[VEHICLES])])
    assert review_items(catalog) == ()
    assert _page(()) == HEAD + ("Nothing to review: every entity's articles agree on its kind, every person named often has a role, "
                                "and every figure says what it counts.\n")


def test_the_json_is_paged_the_first_file_holding_what_the_page_shows(monkeypatch):
    """review.json: the items the page shows (SHOWN); then files of JSON_PAGE items, each naming the next (issue #14:
    one file of every item was 4.4 MB on the BBC archive)."""
    monkeypatch.setattr(review, "SHOWN", 1)
    monkeypatch.setattr(review, "JSON_PAGE", 1)
    items = review_items(_archive())
    twins = review.review_twins(items)
    counts = {"kind-disputed": 1, "no-role": 1, "nothing-counted": 1}
    assert [(path, {k: v for k, v in data.items() if k != "items"}, [i["name"] for i in data["items"]])
            for path, data in twins] == [
        ("review.json", {"counts": counts, "merge_count": 0, "page": 1, "pages": 3,
                         "next": "browse/review/items-2.json", "merges": []}, ["Ann Lee"]),
        ("browse/review/items-2.json", {"counts": counts, "merge_count": 0, "page": 2, "pages": 3,
                                        "next": "browse/review/items-3.json", "merges": []}, ["2,980"]),
        ("browse/review/items-3.json", {"counts": counts, "merge_count": 0, "page": 3, "pages": 3, "next": None,
                                        "merges": []}, ["Idlib"]),
    ]
    assert [item for _, data in twins for item in data["items"]] == [asdict(item) for item in items]
    page = render.environment().get_template("review.md.j2").render(
        **page_context(items), link=render._linker(""), page="review.md")
    assert page.endswith("The first 1 are shown here and in [review.json](review.json), which names the next of the "
                         "3 files that list all 3.\n")


def test_the_json_of_nothing_to_review_is_one_file():
    assert review.review_twins(()) == [("review.json", {
        "counts": {"kind-disputed": 0, "no-role": 0, "nothing-counted": 0}, "merge_count": 0, "page": 1, "pages": 1,
        "next": None, "items": [], "merges": []})]


def test_review_memo_gives_the_same_items_and_reads_only_what_changed(monkeypatch):
    """With the last run's notes (ReviewMemo, through JSON as the page cache keeps them), an article whose digest is
    the same has its figures' items without its figures being read, an entity its items without its decisions; a
    changed article is read again, and the items are those made from nothing."""
    import json
    from dataclasses import replace

    from factarchive.site.catalog import EntityRecord
    from factarchive.site.sheetitems import SheetItems
    from factarchive.site.templating import entity_homes

    sheets = [
        _sheet("a", actors=[IDLIB_ORG, ANN, _person("bo-chen", "Bo Chen", role="Mayor")], figures=[VEHICLES, BARE]),
        _sheet("b", actors=[ANN, _person("bo-chen", "Bo Chen")], locations=[IDLIB_CITY]),
        _sheet("c", actors=[ANN, _person("bo-chen", "Bo Chen"), _person("cy-diaz", "Cy Diaz")]),
        _sheet("d", actors=[_person("cy-diaz", "Cy Diaz")], locations=[IDLIB_CITY]),
    ]
    catalog = gather(sheets)
    first = review.ReviewMemo(None)
    assert review_items(catalog, first, entity_homes(catalog.entities)) == (ANN_ITEM, BARE_ITEM, IDLIB_ITEM)
    notes = json.loads(json.dumps(first.now))
    assert notes["articles"] == {
        "a": [notes["articles"]["a"][0], [["f-89abcdef", "2,980", "2,980 entered Idlib since March."]]]}
    read: list[str] = []
    real_of = SheetItems.of
    monkeypatch.setattr(SheetItems, "of", lambda self, sheet: read.append(sheet.id) or real_of(self, sheet))
    decided: list[str] = []
    real_decisions = EntityRecord.decisions
    monkeypatch.setattr(EntityRecord, "decisions",
                        property(lambda self: decided.append(self.id) or real_decisions.fget(self)))
    again = review.ReviewMemo(notes)
    assert review_items(catalog, again, entity_homes(catalog.entities)) == (ANN_ITEM, BARE_ITEM, IDLIB_ITEM)
    assert again.now == notes
    assert sorted(notes["entities"]) == ["ann-lee", "bo-chen", "cy-diaz", "idlib"]
    assert (read, decided) == ([], [])
    # Article a's figure now counts something: a is read again, and its item is gone.
    sheets[0] = replace(sheets[0], figures=(VEHICLES, replace(BARE, counts="people")))
    changed = gather(sheets)
    memo = review.ReviewMemo(notes)
    assert review_items(changed, memo, entity_homes(changed.entities)) == review_items(changed) == (
        ANN_ITEM, IDLIB_ITEM)
    assert read.count("a") >= 1 and set(read) == {"a"}


def test_the_machines_merges_are_listed_with_the_articles_each_covers():
    """"Farrow" is Jed Farrow in one match report; an album review keeps "farrow" (the band): the row says so,
    links both ends where they live, and escapes what the articles wrote."""
    from factarchive.resolve import Link
    from factarchive.site import urls

    jed, c, un = urls.entity("jed-farrow"), urls.article("c"), urls.entity("united-nations")
    catalog = gather([
        _sheet("a", actors=[_person("jed-farrow", "Jed Farrow")]), _sheet("b", actors=[_person("jed-farrow", "Farrow")]),
        _sheet("c", actors=[_person("farrow", "Farrow")]),
        _sheet("d", actors=[_person("un", "UN"), _person("united-nations", "United Nations")]),
        _sheet("e", actors=[_person("united-nations", "United Nations")]),
    ])
    links = (Link("un", "united-nations", "organization", "alias", '"UN" is written for "United Nations" in d', ("e",)),
             Link("farrow", "jed-farrow", "person", "surname", 'both are "no_1 *striker*"', ("b",), ("c",)))
    rows = review.merge_rows(links, catalog.entities)
    assert [(r.source, r.name, r.target, r.articles, r.kept, r.target_page, r.page, r.anchor) for r in rows] == [
        ("farrow", "Farrow", "jed-farrow", 1, 1, jed, c, "actor-farrow"), ("un", "", "united-nations", 1, 0, un, "", "")]
    context = page_context((), merges=rows)
    page = render.environment().get_template("review.md.j2").render(**context, link=render._linker(""),
                                                                     page="review.md")
    assert page.endswith(
        "## Merges across articles\n\nCross-article resolution made 2 merges of 2 names into another entity (a fuller name, "
        "an alias an article wrote, or a surname: one surname may be two people in different articles), most articles first. A surname is decided article by article, on that article's own roles and "
        "company: 1 of these are merged only in some of the articles naming them, and the others keep their own "
        "entity. An id that `corrections.yaml` names (`rename:`, `set:`, `split:` or `merge:`) is never merged by the "
        "machine.\n\n"
        f"1. [Farrow]({c}#actor-farrow) (`farrow`) → **[Jed Farrow]({jed})** (`jed-farrow`): surname, "
        "in 1 article (1 other keeps `farrow`): both are &#34;no&#95;1 &#42;striker&#42;&#34;\n"
        f"2. `un` → **[United Nations]({un})** (`united-nations`): alias, in 1 article: "
        "&#34;UN&#34; is written for &#34;United Nations&#34; in d\n")
    assert review_twins((), rows) == [("review.json", {
        "counts": {"kind-disputed": 0, "no-role": 0, "nothing-counted": 0}, "merge_count": 2, "page": 1, "pages": 1,
        "next": None, "items": [], "merges": [asdict(r) for r in rows]})]


def _merge(n: int) -> "review.MergeRow":
    return review.MergeRow(f"m{n}", "", f"target-{n}", f"Target {n}", "alias", f'"M{n}" is written for it in a', 1, 0)


def test_the_merges_are_paged_like_the_items_the_page_showing_the_first(monkeypatch):
    """Tens of thousands of merges at 100,000 articles: review.json has the SHOWN the page lists, each further file
    JSON_PAGE more; the files are as many as the longer list needs (here the merges: 2 items, 7 merges)."""
    monkeypatch.setattr(review, "SHOWN", 2)
    monkeypatch.setattr(review, "JSON_PAGE", 3)
    items = review_items(_archive())[:2]
    merges = tuple(_merge(n) for n in range(7))
    twins = review.review_twins(items, merges)
    assert [(path, data["page"], data["pages"], data["next"], data["merge_count"], [i["name"] for i in data["items"]],
             [m["source"] for m in data["merges"]]) for path, data in twins] == [
        ("review.json", 1, 3, "browse/review/items-2.json", 7, ["Ann Lee", "2,980"], ["m0", "m1"]),
        ("browse/review/items-2.json", 2, 3, "browse/review/items-3.json", 7, [], ["m2", "m3", "m4"]),
        ("browse/review/items-3.json", 3, 3, None, 7, [], ["m5", "m6"]),
    ]
    page = render.environment().get_template("review.md.j2").render(
        **page_context(items, merges=merges), link=render._linker(""), page="review.md")
    rows = [line for line in page.splitlines() if "→" in line]
    assert rows == ['1. `m0` → **Target 0** (`target-0`): alias, in 1 article: &#34;M0&#34; is written for it in a',
                    '2. `m1` → **Target 1** (`target-1`): alias, in 1 article: &#34;M1&#34; is written for it in a']
    assert page.endswith("The first 2 are shown here and under `merges` in [review.json](review.json), which names the "
                         "next of the 3 files that list all 7.\n")


def test_the_review_page_shows_at_most_shown_merges_whatever_their_number(monkeypatch):
    """The page's Markdown is bounded: SHOWN rows, each with an evidence of at most 3 articles (resolve)."""
    monkeypatch.setattr(review, "SHOWN", 5)
    merges = tuple(_merge(n) for n in range(2000))
    page = render.environment().get_template("review.md.j2").render(
        **page_context((), merges=merges), link=render._linker(""), page="review.md")
    assert sum(1 for line in page.splitlines() if "→" in line) == 5
    assert len(review.review_twins((), merges)) == 3  # 5, then 1,000 and 995


def test_a_merges_source_is_linked_where_its_page_lives_and_ids_show_bare():
    """"Quill" is kept in two articles (its own page) and merged in a third; "bo-2" is merged everywhere (its page is
    a redirect now: not linked). Ids in backticks are shown as they are, without escapes. The target goes by the
    name its page has ("Quill": one article of two calls her so), so its id is shown beside it."""
    from factarchive.resolve import Link
    from factarchive.site import urls

    catalog = gather([
        _sheet("a", actors=[_person("ada-quill-2", "Ada Quill 2nd")]), _sheet("b", actors=[_person("quill", "Quill")]),
        _sheet("c", actors=[_person("quill", "Quill")]), _sheet("d", actors=[_person("ada-quill-2", "Quill")]),
        _sheet("e", actors=[_person("bo-2-renn", "Bo 2 Renn")]),
    ])
    links = (Link("quill", "ada-quill-2", "person", "surname", "named beside x_y in both", ("d",), ("b", "c")),
             Link("bo-2", "bo-2-renn", "person", "fuller name", '"Bo 2" is "Bo 2 Renn" without a middle name', ("e",)))
    rows = review.merge_rows(links, catalog.entities)
    page = render.environment().get_template("review.md.j2").render(
        **page_context((), merges=rows), link=render._linker(""), page="review.md")
    assert [line for line in page.splitlines() if "→" in line] == [
        f"1. `bo-2` → **[Bo 2 Renn]({urls.article('e')}#actor-bo-2-renn)** (`bo-2-renn`): fuller name, in 1 article: "
        "&#34;Bo 2&#34; is &#34;Bo 2 Renn&#34; without a middle name",
        f"2. [Quill]({urls.entity('quill')}) (`quill`) → **[Quill]({urls.entity('ada-quill-2')})** "
        "(`ada-quill-2`): surname, in 1 article (2 others keep `quill`): named beside x&#95;y in both"]
    assert "\\" not in page
