"""The site half on inline fact sheets: escaping, JSON-LD, redirects, series, pictures, feed, lookup file."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import markdown
import pytest
from mkdocs.utils.meta import get_data

from factarchive.model import Actor, Caption, Coordinates, Extractor, FactSheet, Figure, Location
from factarchive.site import urls
from factarchive.site.catalog import gather
from factarchive.site.jsonld import article_jsonld, front_matter_value, script_json
from factarchive.site.render import SiteOptions, build_pages, resolve_redirects, write_pages

from .conftest import ROOT

EXTRACTOR = Extractor(version="test", model="none", stages=(("test", "1"),))
HOSTILE_TITLE = '</title></script><script>alert("x")</script> *bold* [x](javascript:alert(1)) {{ 7*7 }} & <!-- \'q\''
HOSTILE_NAME = "<img src=x onerror=alert(1)> _it_ {% raw %}"


def sheet(sheet_id: str, title: str, published: str | None = None, **facts) -> FactSheet:
    return FactSheet(id=sheet_id, title=title, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
                     outlet="CGTN", published=published, **facts)


def convoy(sheet_id: str, published: str | None, vehicles: int, *extra: Actor) -> FactSheet:
    """A small wire story: Erdogan, Idlib and a count of vehicles."""
    return sheet(
        sheet_id, f"{vehicles} Turkish military vehicles enter Idlib", published,
        actors=(Actor(id="recep-tayyip-erdogan", name="Recep Tayyip Erdogan", kind="person", aliases=("Erdogan",),
                      role="President of Turkey", mentions=1, evidence=("Erdogan spoke.",)), *extra),
        locations=(Location(id="idlib", name="Idlib", kind="city", country="SY",
                            coordinates=Coordinates(lat=35.93062, lon=36.63393), mentions=1,
                            evidence=(f"{vehicles} vehicles entered Idlib.",)),),
        figures=(Figure(id="f1", value=vehicles, text=str(vehicles), counts="Turkish military vehicles",
                        reported_by="a war monitor", evidence=(f"{vehicles} vehicles entered Idlib.",)),),
    )


def hostile() -> FactSheet:
    return sheet(
        "hostile", HOSTILE_TITLE, "2020-01-02",
        actors=(Actor(id="hostile-name", name=HOSTILE_NAME, kind="organization", mentions=1,
                      evidence=("- a list?\n# a heading? <b>bold</b>",)),),
        figures=(Figure(id="f1", value=3, text="3", counts="**people**", reported_by="[x](javascript:alert(1))",
                        evidence=("3 **people** `code`",)),),
        images=(Caption(id="c1", caption="![img](data:text/html,<script>alert(1)</script>)", credit="<AFP>"),),
    )


ARCHIVE = [
    convoy("convoy-march", "2020-03-01", 30),
    convoy("convoy-may", "2020-05-10", 45,
           Actor(id="vladimir-putin", name="Vladimir Putin", kind="person", mentions=1, evidence=("Putin spoke.",))),
    convoy("convoy-undated", None, 12),
    hostile(),
]


def _html(page: str) -> str:
    """A generated page through Python-Markdown with mkdocs.yml's extensions (front matter removed)."""
    body, _ = get_data(page)
    return markdown.markdown(body, extensions=["tables", "attr_list", "toc"])


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.ldjson: list[str] = []
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_ld = tag == "script" and dict(attrs).get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            self.ldjson.append(data)


def _tags(html: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(html)
    return parser


# --------------------------------------------------------------------------- escaping


def test_hostile_strings_are_inert_on_every_generated_page():
    """A title or name of <script>, *, [x](javascript:...) and {{ }} is shown as text, never run or linked."""
    pages = build_pages(gather(ARCHIVE))
    for path, content in sorted(pages.files.items()):
        if not path.endswith(".md"):
            continue
        tags = _tags(_html(content)).tags
        assert [t for t, _ in tags if t in ("script", "img", "em", "b")] == [], path
        assert [t for t, _ in tags].count("h1") == 1, path  # "# a heading?" in a sentence made none
        assert [a for _, a in tags if "javascript:" in a.get("href", "")] == [], path
    article = _html(pages.files["articles/8d/hostile.md"])
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", article).group(1)
    import html as html_mod

    assert html_mod.unescape(h1) == HOSTILE_TITLE
    assert "{{ 7*7 }}" in html_mod.unescape(article)
    assert "3 **people** `code`" in html_mod.unescape(article)


def test_jsonld_in_front_matter_cannot_end_its_script_element():
    """Regression: the JSON-LD is printed unescaped in <script>; a title with </script> must not close it."""
    value = front_matter_value({"headline": HOSTILE_TITLE + " \u2028 😀 \u00e9"})
    _, meta = get_data(f"---\njsonld: {value}\n---\n\n# x\n")
    assert re.search(r"[<>&]", meta["jsonld"]) is None
    assert meta["jsonld"].isascii()
    assert json.loads(meta["jsonld"]) == {"headline": HOSTILE_TITLE + " \u2028 😀 \u00e9"}
    assert script_json({"a": "</script>"}) == '{"a":"\\u003c/script\\u003e"}'


def test_article_jsonld_is_a_whole_news_article():
    """Entities link where they live: Erdogan and Idlib (named in three articles) their pages, Putin his fact."""
    catalog = gather(ARCHIVE)
    homes = {e.id: urls.entity_home(e) for e in catalog.entities.values()}
    assert article_jsonld(ARCHIVE[1], site_url="https://example.org/archive/", homes=homes)["mentions"][1] == {
        "@type": "Person", "name": "Vladimir Putin", "identifier": "vladimir-putin",
        "url": "https://example.org/archive/articles/7f/convoy-may/#actor-vladimir-putin"}
    data = article_jsonld(ARCHIVE[0], site_url="https://example.org/archive/", homes=homes)
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "30 Turkish military vehicles enter Idlib",
        "identifier": "convoy-march",
        "inLanguage": "en",
        "datePublished": "2020-03-01",
        "url": "https://example.org/archive/articles/b9/convoy-march/",
        "publisher": {"@type": "Organization", "name": "CGTN"},
        "mentions": [{"@type": "Person", "name": "Recep Tayyip Erdogan", "identifier": "recep-tayyip-erdogan",
                      "url": "https://example.org/archive/entities/ea/recep-tayyip-erdogan/"}],
        "contentLocation": [{"@type": "City", "name": "Idlib", "identifier": "idlib",
                             "url": "https://example.org/archive/entities/0f/idlib/"}],
    }


# --------------------------------------------------------------------------- URLs and redirects


@pytest.mark.parametrize("path, directory, offline", [
    ("index.md", "", "index.html"),
    ("articles/index.md", "articles/", "articles/index.html"),
    ("articles/x.md", "articles/x/", "articles/x.html"),
    ("people.md", "people/", "people.html"),
    ("entities/x.json", "entities/x.json", "entities/x.json"),
])
def test_page_url_in_both_url_styles(path, directory, offline):
    assert (urls.page_url(path, True), urls.page_url(path, False)) == (directory, offline)


@pytest.mark.parametrize("folder, target, link", [
    ("", "entities/x.md", "entities/x.md"),
    ("articles", "entities/x.md", "../entities/x.md"),
    ("entities", "entities/x.md", "x.md"),
    ("entities", "entities/x.json", "x.json"),
    ("series", "figures.md", "../figures.md"),
    ("a/b", "a/c/d.md", "../c/d.md"),
    ("articles", "articles", "."),
    ("articles", "./entities//x.md", "../entities/x.md"),  # not a plain path: posixpath's answer
    ("entities", "../outside.md", "../../outside.md"),
])
def test_relative_links_are_what_posixpath_relpath_gives(folder, target, link):
    import posixpath

    assert urls.relative_from(folder, target) == link == posixpath.relpath(target, folder or ".")


def test_redirects_follow_chains():
    entities = gather(ARCHIVE).entities
    assert resolve_redirects({"erdogan": "r-t-erdogan", "r-t-erdogan": "recep-tayyip-erdogan"}, entities) == {
        "erdogan": "recep-tayyip-erdogan", "r-t-erdogan": "recep-tayyip-erdogan"}


@pytest.mark.parametrize("redirects, message", [
    ({"idlib": "recep-tayyip-erdogan"}, "redirects: 'idlib' is still an entity of the archive; expected an id no longer in use"),
    ({"a": "b", "b": "a"}, "redirects: cycle a -> b -> a"),
    ({"a": "nobody"}, "redirects: 'a' -> 'nobody', but the archive has no entity 'nobody'"),
])
def test_bad_redirects_are_refused_with_what_is_wrong(redirects, message):
    with pytest.raises(ValueError) as err:
        resolve_redirects(redirects, gather(ARCHIVE).entities)
    assert str(err.value) == message


def test_redirect_page_and_json_twin():
    pages = build_pages(gather(ARCHIVE), SiteOptions(redirects={"erdogan": "recep-tayyip-erdogan", "putin": "vladimir-putin"}))
    assert pages.files["entities/73/erdogan.md"] == (
        "---\nredirect: entities/ea/recep-tayyip-erdogan.md\nsearch:\n  exclude: true\n---\n\n# Moved\n\n"
        "The entity <code>erdogan</code> is now [Recep Tayyip Erdogan](../../entities/ea/recep-tayyip-erdogan.md).\n")
    assert json.loads(pages.files["entities/73/erdogan.json"]) == {
        "id": "erdogan", "redirect": "recep-tayyip-erdogan", "page": "entities/ea/recep-tayyip-erdogan/",
        "json": "entities/ea/recep-tayyip-erdogan.json"}
    # Putin is named in one article: his old id leads to his fact on it.
    assert pages.files[urls.entity("putin")].split("---\n", 2)[1] == (
        "redirect: articles/7f/convoy-may.md#actor-vladimir-putin\nsearch:\n  exclude: true\n")
    assert json.loads(pages.files[urls.entity_json("putin")]) == {
        "id": "putin", "redirect": "vladimir-putin", "page": "articles/7f/convoy-may/#actor-vladimir-putin",
        "json": "articles/7f/convoy-may.json"}
    assert _lookup(pages.files)["redirects"] == {"erdogan": "recep-tayyip-erdogan", "putin": "vladimir-putin"}
    # Each old id in the shard of its bucket.
    assert json.loads(pages.files["lookup/73.json"])["redirects"] == {"erdogan": "recep-tayyip-erdogan"}


# --------------------------------------------------------------------------- what the pages are made of


def _lookup(files: dict[str, str]) -> dict:
    """The whole entity lookup from generated files: entities.json (format 3) and every shard it names."""
    index = json.loads(files["entities.json"])
    whole: dict = {"entities": {}, "names": {}, "redirects": {}}
    for b in index["buckets"]:
        for part, items in json.loads(files[index["shard"].format(bucket=b)]).items():
            if part != "bucket":
                whole[part].update(items)
    return whole


def test_entity_lookup_maps_every_name_and_alias():
    """entities.json, format 3: the index of the shards, lookup/<bb>.json; an id in its bucket's, a name in its own."""
    files = build_pages(gather(ARCHIVE[:2])).files
    assert json.loads(files["entities.json"]) == {
        "format": 3, "shard": "lookup/{bucket}.json", "bucket_of": "fnv1a32-low-byte-hex",
        "buckets": ["0f", "13", "60", "af", "b8", "e1", "ea"], "entities": 3, "names": 4, "redirects": 0}
    shards = {path: json.loads(text) for path, text in files.items() if path.startswith("lookup/")}
    assert shards == {
        "lookup/0f.json": {"bucket": "0f", "entities": {"idlib": ["Idlib", "city", "entities/0f/idlib/"]},
                           "names": {}, "redirects": {}},
        "lookup/13.json": {"bucket": "13", "entities": {}, "names": {"Erdogan": ["recep-tayyip-erdogan"]},
                           "redirects": {}},
        "lookup/60.json": {"bucket": "60", "entities": {},
                           "names": {"Recep Tayyip Erdogan": ["recep-tayyip-erdogan"]}, "redirects": {}},
        "lookup/af.json": {"bucket": "af", "entities": {}, "names": {"Idlib": ["idlib"]}, "redirects": {}},
        # named in one article: no page of its own, its fact on that article's page (its JSON: that article's twin)
        "lookup/b8.json": {"bucket": "b8", "entities": {
            "vladimir-putin": ["Vladimir Putin", "person", "articles/7f/convoy-may/#actor-vladimir-putin"]},
            "names": {}, "redirects": {}},
        "lookup/e1.json": {"bucket": "e1", "entities": {}, "names": {"Vladimir Putin": ["vladimir-putin"]},
                           "redirects": {}},
        "lookup/ea.json": {"bucket": "ea", "entities": {"recep-tayyip-erdogan": [
            "Recep Tayyip Erdogan", "person", "entities/ea/recep-tayyip-erdogan/"]}, "names": {}, "redirects": {}},
    }
    # A shard is the bucket of its keys: an id's for entities and redirects, the name's own for names.
    for path, shard in shards.items():
        assert {urls.bucket(key) for part in ("entities", "names", "redirects") for key in shard[part]} == {
            shard["bucket"]} and path == urls.lookup_shard(shard["bucket"])


ALIAS_ORDER_SCRIPT = """
from factarchive.model import Actor
from tests.test_site_render import sheet
from factarchive.site.catalog import gather
uk = [Actor(id="united-kingdom", name=n, kind="country", aliases=a, mentions=1, evidence=("x",))
      for n, a in (("United Kingdom", ("UK", "Uk", "U.K.")), ("United Kingdom", ("uk", "Britain")))]
catalog = gather([sheet("one", "One", actors=(uk[0],)), sheet("two", "Two", actors=(uk[1],))])
print("|".join(catalog.entities["united-kingdom"].aliases))
"""


def test_aliases_equal_but_for_case_come_out_in_one_order_whatever_the_hash_seed():
    """Regression: "UK"/"Uk" were sorted by casefold alone, so the set's (hash-seeded) order broke the tie
    and an unchanged rebuild rewrote entity pages (united-kingdom, labour-party, cebit on the BBC archive)."""
    import subprocess
    import sys

    orders = set()
    for seed in ("1", "2", "3", "4", "5", "6"):
        result = subprocess.run([sys.executable, "-c", ALIAS_ORDER_SCRIPT], capture_output=True, text=True, cwd=ROOT,
                                env={**os.environ, "PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        orders.add(result.stdout.strip())
    assert orders == {"Britain|U.K.|UK|Uk|uk"}


def test_cooccurring_entities_most_shared_first_then_by_id():
    entities = gather(ARCHIVE).entities
    assert {e: entities[e].cooccurring for e in entities} == {
        "hostile-name": (),
        "idlib": (("recep-tayyip-erdogan", 3), ("vladimir-putin", 1)),
        "recep-tayyip-erdogan": (("idlib", 3), ("vladimir-putin", 1)),
        "vladimir-putin": (("idlib", 1), ("recep-tayyip-erdogan", 1)),  # named in one article: its fast path
    }

    def person(entity_id):
        return Actor(id=entity_id, name=entity_id.title(), kind="person", mentions=1, evidence=("x",))

    ties = gather([sheet("a", "A", actors=(person("zed"), person("amy"), person("bob"))),
                   sheet("b", "B", actors=(person("bob"), person("zed"), person("amy"))),
                   sheet("c", "C", actors=(person("amy"), person("cy")))]).entities
    assert ties["amy"].cooccurring == (("bob", 2), ("zed", 2), ("cy", 1))
    assert ties["cy"].cooccurring == (("amy", 1),)


def test_series_and_related_articles():
    catalog = gather(ARCHIVE)
    assert sorted(catalog.series) == ["turkish-military-vehicles"]
    series = catalog.series["turkish-military-vehicles"]
    assert [(s.id, f.value) for s, f in series.points] == [("convoy-march", 30), ("convoy-may", 45), ("convoy-undated", 12)]
    assert (series.label, series.article_count, series.dated_count) == ("Turkish military vehicles", 3, 2)
    assert catalog.figure_series == {("convoy-march", "f1"): "turkish-military-vehicles",
                                     ("convoy-may", "f1"): "turkish-military-vehicles",
                                     ("convoy-undated", "f1"): "turkish-military-vehicles"}
    # Newer first among equals: May shares two entities with March, as does the undated one.
    assert [(s.id, n) for s, n in catalog.related["convoy-march"]] == [("convoy-may", 2), ("convoy-undated", 2)]
    assert catalog.related["hostile"] == ()
    article = build_pages(catalog).files["articles/b9/convoy-march.md"]
    assert ("| <a id=\"f1\"></a>**30** | Turkish military vehicles ([in 3 articles over time]"
            "(../../series/5d/turkish-military-vehicles.md)) | 30 | a war monitor | 30 vehicles entered Idlib. |\n") in article
    assert "- [45 Turkish military vehicles enter Idlib](../../articles/7f/convoy-may.md) (2020-05-10): 2 in common\n" in article


def test_feed_lists_newest_dated_articles_with_absolute_urls():
    """Issue #15: an undated article (or one dated 0001-01-01) is left out, never given an invented date."""
    impossible = convoy("convoy-ancient", "0001-01-01", 7)
    feed = build_pages(gather(ARCHIVE[:3] + [impossible]),
                       SiteOptions(site_url="https://example.org/archive/")).files["feed.xml"]
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(feed)
    assert root.find("a:updated", ns).text == "2020-05-10T00:00:00Z"
    assert [(e.find("a:id", ns).text, e.find("a:updated", ns).text) for e in root.findall("a:entry", ns)] == [
        ("https://example.org/archive/articles/7f/convoy-may/", "2020-05-10T00:00:00Z"),
        ("https://example.org/archive/articles/b9/convoy-march/", "2020-03-01T00:00:00Z"),
    ]
    assert "2000-01-01" not in feed


def test_feed_of_undated_articles_has_no_entries_and_no_date():
    root = ET.fromstring(build_pages(gather([ARCHIVE[2]])).files["feed.xml"])
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert (root.findall("a:entry", ns), root.find("a:updated", ns)) == ([], None)


def test_home_page_names_the_sitemap_only_when_there_is_a_site_url():
    """MkDocs writes a meaningful sitemap.xml only with site_url (SITE_URL)."""
    row = "| Every page | <code>sitemap.xml</code> |\n"
    assert row not in build_pages(gather(ARCHIVE)).files["index.md"]
    assert row in build_pages(gather(ARCHIVE), SiteOptions(site_url="https://example.org/")).files["index.md"]


def test_offline_options_change_only_machine_readable_urls():
    catalog = gather(ARCHIVE)
    online, offline = build_pages(catalog).files, build_pages(catalog, SiteOptions(directory_urls=False)).files
    differ = sorted(p for p in online if online[p] != offline[p])
    # Only entities named in two or more articles have a page and a twin (hostile-name and Putin live on theirs).
    # The lookup: the shards of the entities' ids (the index only counts them).
    assert differ == ["entities/0f/idlib.json", "entities/ea/recep-tayyip-erdogan.json", "feed.xml", "lookup/0f.json",
                      "lookup/63.json", "lookup/b8.json", "lookup/ea.json"]


# --------------------------------------------------------------------------- pages that scale (issue #15)


def person(entity_id: str, name: str | None = None, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id=entity_id, name=name or entity_id.title(), kind="person", aliases=aliases, mentions=1,
                 evidence=(f"{name or entity_id.title()} spoke.",))


def test_aliases_are_shown_once_whatever_their_case_or_apostrophe():
    """Issue #15: "Trump's; Trump’s" was shown as two aliases; entities.json still maps every spelling."""
    trump = [person("trump", "Donald Trump", ("Trump\u2019s", "trump's")), person("trump", "Donald Trump", ("Trump's", "DONALD TRUMP"))]
    catalog = gather([sheet("a", "A", "2020-01-01", actors=(trump[0],)), sheet("b", "B", "2020-01-02", actors=(trump[1],))])
    entity = catalog.entities["trump"]
    assert entity.aliases == ("DONALD TRUMP", "Trump's", "trump's", "Trump\u2019s")
    assert entity.shown_aliases == ("Trump's",)  # "DONALD TRUMP" is the name; one spelling of the rest
    page = build_pages(catalog).files["entities/77/trump.md"]
    assert "**Also named:** Trump&#39;s  \n" in page
    assert sorted(_lookup(build_pages(catalog).files)["names"]) == [
        "DONALD TRUMP", "Donald Trump", "Trump's", "Trump\u2019s", "trump's"]


@pytest.mark.parametrize("text, day", [
    ("2020-03-05", "2020-03-05"), ("2020-03-05T10:00:00+01:00", "2020-03-05"), ("0001-01-01", None),
    ("1799-12-31", None), ("1800-01-01", "1800-01-01"), ("2026-01-02", "2026-01-02"), ("2026-01-03", None),
    ("2020-02-30", None), ("2020-03", None), ("", None), (None, None)])
def test_plausible_dates_are_real_dates_from_1800_to_tomorrow(text, day):
    import datetime as dt

    from factarchive.site.catalog import plausible_date

    found = plausible_date(text, today=dt.date(2026, 1, 1))
    assert (found.isoformat() if found else None) == day


def test_group_index_is_paged_by_count_and_a_to_z(monkeypatch):
    """Issue #15: a long index is pages of INDEX_PAGE rows (people.md first) and A-Z pages; one page needs neither."""
    from factarchive.site import render

    monkeypatch.setattr(render, "INDEX_PAGE", 2)
    names = ["Amy Ash", "Émile Zola", "Bob Bell", "Ann Arch", "50 Cent"]
    sheets = [sheet(f"s{n}", f"S{n}", f"2020-01-{n + 1:02d}", actors=tuple(person(slug_of(x), x) for x in names[:n + 1]))
              for n in range(len(names))]
    files = build_pages(gather(sheets)).files
    paged = sorted(p for p in files if p.startswith("browse/people/"))
    assert paged == ["browse/people/a.md", "browse/people/b.md", "browse/people/count-2.md",
                     "browse/people/e.md", "browse/people/other.md"]
    first = files["people.md"]
    # Issue #14: pages by count stop at those named in two articles or more; the A-Z pages list every name.
    assert ("5 in the archive. Sorted by number of articles, most first; the 1 named in one article each are on the "
            "A–Z pages. The names below can be filtered as you type.\n") in first
    assert ("**By number of articles:** **most first** · **A–Z:** [A](browse/people/a.md) [B](browse/people/b.md) "
            "[E](browse/people/e.md) [other](browse/people/other.md)\n{: .fa-letters }\n") in first
    assert "**Pages:** **1** · [2](browse/people/count-2.md)\n{: .fa-pager }\n" in first
    # People are all people: no Kind column (a group of several kinds, places, has one).
    assert "| Name | Articles |\n|---|---|\n" in first
    rows = re.findall(r"^\| (\[[^]]+\]\([^)]+\)) \| (\d+) \|$", first, re.M)
    assert rows == [("[Amy Ash](entities/3b/amy-ash.md)", "5"), ("[Émile Zola](entities/ec/emile-zola.md)", "4")]
    assert re.findall(r"^\| (\[[^]]+\]\([^)]+\)) \| (\d+) \|$", files["browse/people/count-2.md"], re.M) == [
        ("[Bob Bell](../../entities/ea/bob-bell.md)", "3"), ("[Ann Arch](../../entities/3b/ann-arch.md)", "2")]
    # Named in one article (s4, the last): no page; the A-Z page links to the fact on that article.
    assert re.findall(r"^\| (\[[^]]+\]\([^)]+\)) \| (\d+) \|$", files["browse/people/other.md"], re.M) == [
        ("[50 Cent](../../articles/82/s4.md#actor-50-cent)", "1")]
    assert re.findall(r"^\| (\[[^]]+\])", files["browse/people/a.md"], re.M) == ["[Amy Ash]", "[Ann Arch]"]
    assert "# People: A\n" in files["browse/people/a.md"]
    assert '<input type="search" class="fa-filter"' in files["browse/people/count-2.md"]
    # One page of organisations: no page links and no A-Z pages (the table sorts A-Z in the browser).
    assert not [p for p in files if p.startswith("browse/organizations/")]
    assert "**Pages:**" not in files["organizations.md"]


def slug_of(name: str) -> str:
    from factarchive.slug import slug

    return slug(name)


@pytest.mark.parametrize("name, letter", [("Amy", "a"), ("émile", "e"), ("Øresund", "other"), ("50 Cent", "other"),
                                          ("'Ndrangheta", "n"), ("", "other")])
def test_a_to_z_initial(name, letter):
    from factarchive.site.render import initial

    assert initial(name) == letter


def test_pager_shows_first_last_and_a_window():
    from factarchive.site.render import pager

    paths = [f"p{n}.md" for n in range(1, 11)]
    assert pager(paths, 5) == [(1, "p1.md", False), ("…", None, False), (3, "p3.md", False), (4, "p4.md", False),
                               (5, "p5.md", True), (6, "p6.md", False), (7, "p7.md", False), ("…", None, False),
                               (10, "p10.md", False)]
    assert pager(["only.md"], 1) == [(1, "only.md", True)]


def test_entity_articles_newest_first_and_paged(monkeypatch):
    """Issue #15: the entity page shows a summary and its newest articles; older ones are further pages."""
    from factarchive.site import render

    monkeypatch.setattr(render, "ENTITY_FIRST_ARTICLES", 2)
    monkeypatch.setattr(render, "ENTITY_MORE_ARTICLES", 2)
    sheets = [convoy(f"c{n}", f"2020-0{n}-01", n) for n in range(1, 6)] + [convoy("c-undated", None, 9)]
    files = build_pages(gather(sheets)).files
    page = files["entities/ea/recep-tayyip-erdogan.md"]
    assert ("**Person** · **Role:** President of Turkey  \n**Articles:** 6 · **First:** 2020-01-01 · "
            "**Last:** 2020-05-01 · 1 with no date  \n**Also named:** Erdogan  \n") in page
    items = re.findall(r"^- \*\*\[[^]]+\]\(\.\./\.\./articles/\w\w/([^)]+)\.md\)\*\* · ([^·]+) ·", page, re.M)
    items = [(a, d.strip()) for a, d in items]
    assert items == [("c5", "2020-05-01"), ("c4", "2020-04-01")]
    assert ("- **[5 Turkish military vehicles enter Idlib](../../articles/25/c5.md)** · 2020-05-01 · CGTN · President of Turkey "
            '<details class="fa-sentences"><summary>1 sentence</summary>Erdogan spoke.</details>\n') in page
    assert ("**Pages of articles:** **1** · [2](../../browse/entities/ea/recep-tayyip-erdogan/articles-2.md) · "
            "[3](../../browse/entities/ea/recep-tayyip-erdogan/articles-3.md)\n") in page
    last = files["browse/entities/ea/recep-tayyip-erdogan/articles-3.md"]
    assert re.findall(r"^- \*\*\[[^]]+\]\(\.\./\.\./\.\./\.\./articles/\w\w/([^)]+)\.md\)", last, re.M) == [
        "c1", "c-undated"]
    assert "# Recep Tayyip Erdogan: articles, page 3\n" in last
    assert "search:\n  exclude: true\n" in last and "jsonld:" not in last
    assert "## Appears with" not in last


def test_every_entity_named_alongside_is_reachable(monkeypatch):
    """Issue #15: no "... and 629 more, every one in the JSON twin": the first shown, the rest folded, then pages."""
    from factarchive.site import render

    monkeypatch.setattr(render, "WITH_SHOWN", 2)
    monkeypatch.setattr(render, "WITH_ON_PAGE", 3)
    monkeypatch.setattr(render, "WITH_PAGE", 2)
    crowd = tuple(person(f"p{n}") for n in range(6))
    files = build_pages(gather([sheet("a", "A", "2020-01-01", actors=crowd), sheet("b", "B", "2020-01-02", actors=crowd)])).files
    page = files["entities/0d/p0.md"]
    assert ("- [P1](../../entities/7a/p1.md) (2) · [P2](../../entities/e7/p2.md) (2) <details class=\"fa-more\"><summary>1 more</summary>"
            "[P3](../../entities/54/p3.md) (2)</details>\n") in page
    assert "**Pages of entities:** **1** · [2](../../browse/entities/0d/p0/with-2.md)\n" in page
    assert ("- [P4](../../../../entities/c1/p4.md) (2) · [P5](../../../../entities/2e/p5.md) (2)\n"
            in files["browse/entities/0d/p0/with-2.md"])


def test_entities_named_alongside_are_the_ones_sharing_two_articles_or_more():
    """Issue #14 (site size): one shared article says only that both are named in it, and its page lists them all.

    An entity named in one article (no page of its own) can never share two: it is on its article's row only.
    """
    files = build_pages(gather([sheet("a", "A", "2020-01-01", actors=(person("p0"), person("p1"), person("p2"))),
                                sheet("b", "B", "2020-01-02", actors=(person("p0"), person("p1"))),
                                sheet("c", "C", "2020-01-03", actors=(person("p0"), person("p3"))),
                                sheet("d", "D", "2020-01-04", actors=(person("p3"),))])).files
    assert sorted(p for p in files if p.startswith("entities/") and p.endswith(".md")) == [
        "entities/0d/p0.md", "entities/54/p3.md", "entities/7a/p1.md"]
    page = files["entities/0d/p0.md"]
    assert page[page.index("## Appears with"):] == (
        "## Appears with\n\n3 other entities named in its articles; here the ones named in two or more of them, most "
        "shared first (the number: articles shared). Each article's page lists all its own.\n\n- [P1](../../entities/7a/p1.md) (2)\n")
    page = files["entities/54/p3.md"]
    assert page[page.index("## Appears with"):] == (
        "## Appears with\n\n1 other entity is named in its articles, none in more than one of them: each article's "
        "page lists its own.\n\n")
    assert ("| <a id=\"actor-p0\"></a>[P0](../../entities/0d/p0.md) | person |  | 1 |\n"
            "| <a id=\"actor-p1\"></a>[P1](../../entities/7a/p1.md) | person |  | 1 |\n"
            "| <a id=\"actor-p2\"></a>**P2** | person |  | 1 |\n") in files["articles/2c/a.md"]


def test_entity_twin_references_its_articles_facts():
    """Issue #14: the twin lists each article by id, date, role, its fact's URL, its twin and its figures' ids;
    titles and sentences are in the article twin. Named alongside: [id, articles shared], two or more."""
    talks = sheet("b", "B", "2020-01-02", actors=(person("recep-tayyip-erdogan", "Recep Tayyip Erdogan"),),
                  figures=(Figure(id="f2", value=3, text="three", counts="talks",
                                  evidence=("Recep Tayyip Erdogan spoke.",)),))
    files = build_pages(gather([convoy("c1", "2020-01-01", 5), talks])).files
    assert json.loads(files["entities/ea/recep-tayyip-erdogan.json"]) == {
        "id": "recep-tayyip-erdogan", "name": "Recep Tayyip Erdogan", "kind": "person", "aliases": ["Erdogan"],
        "roles": ["President of Turkey"], "country": None, "coordinates": None,
        "page": "entities/ea/recep-tayyip-erdogan/", "json": "entities/ea/recep-tayyip-erdogan.json",
        "articles": [
            {"id": "b", "published": "2020-01-02", "role": None, "page": "articles/e5/b/#actor-recep-tayyip-erdogan",
             "json": "articles/e5/b.json", "figures": ["f2"]},
            {"id": "c1", "published": "2020-01-01", "role": "President of Turkey",
             "page": "articles/d9/c1/#actor-recep-tayyip-erdogan", "json": "articles/d9/c1.json", "figures": []}],
        "article_count": 2, "articles_pages": 1, "articles_next": None,
        "cooccurring": [], "cooccurring_count": 1, "cooccurring_pages": 1, "cooccurring_next": None}


def test_article_page_puts_facts_first_and_folds_sentences():
    """Issue #15: actors, places, figures and captions as tables; each fact's sentences in a folded <details>."""
    page = build_pages(gather(ARCHIVE)).files["articles/7f/convoy-may.md"]
    assert ("| Actor | Kind | Role | Mentions |\n|---|---|---|---|\n"
            "| <a id=\"actor-recep-tayyip-erdogan\"></a>[Recep Tayyip Erdogan](../../entities/ea/recep-tayyip-erdogan.md) "
            "(also Erdogan) | person | President of Turkey | 1 |\n"
            "| <a id=\"actor-vladimir-putin\"></a>**Vladimir Putin** | person |  | 1 |\n") in page
    assert ("| <a id=\"place-idlib\"></a>[Idlib](../../entities/0f/idlib.md) | city | SY | 1 |\n") in page
    assert ('<details class="fa-evidence"><summary>3 sentences naming its actors and places</summary><ol>'
            "<li>Erdogan spoke. <small>Recep Tayyip Erdogan</small></li><li>Putin spoke. <small>Vladimir Putin</small></li>"
            "<li>45 vehicles entered Idlib. <small>Idlib</small></li></ol></details>\n") in page
    assert page.index("## Actors") < page.index("## Places") < page.index("## Figures") < page.index("## Sentences")
    # What the article does not give is one line, not a section each (a heading and a contents entry).
    assert "[JSON](../../articles/7f/convoy-may.json)\n\nNo photo captions found.\n\n## Actors\n" in page
    assert "## Photo captions" not in page
    empty = build_pages(gather([sheet("empty", "E", "2020-01-01")])).files[urls.article("empty")]
    assert empty.endswith("[JSON](../../articles/ee/empty.json)\n\nNo actors, places below country level, figures or photo captions found.\n\n")


def test_a_sentence_naming_several_facts_is_listed_once_with_their_names():
    """Issue #14 (site size): once per article, not once per fact it names; in the order the facts give them."""
    met = "Erdogan met Putin in Idlib."
    sheets = [sheet("talks", "Talks", "2020-01-01",
                    actors=(Actor(id="erdogan", name="Erdogan", kind="person", mentions=2, evidence=(met, "Erdogan left.")),
                            Actor(id="putin", name="Putin <b>", kind="person", mentions=1, evidence=(met,))),
                    locations=(Location(id="idlib", name="Idlib", kind="city", mentions=1, evidence=(met,)),))]
    page = build_pages(gather(sheets)).files[urls.article("talks")]
    assert page[page.index("## Sentences"):] == (
        "## Sentences\n\n"
        '<details class="fa-evidence"><summary>2 sentences naming its actors and places</summary><ol>'
        "<li>Erdogan met Putin in Idlib. <small>Erdogan · Putin &#60;b&#62; · Idlib</small></li>"
        "<li>Erdogan left. <small>Erdogan</small></li></ol></details>\n\n")


def test_read_more_headlines_link_to_articles_the_archive_holds():
    story = sheet("story", "Story", "2020-06-01", related=("45 turkish military vehicles enter Idlib", "Not archived"))
    page = build_pages(gather([*ARCHIVE[:2], story])).files["articles/b2/story.md"]
    assert "## Read more\n\n- [45 Turkish military vehicles enter Idlib](../../articles/7f/convoy-may.md)\n- Not archived\n" in page


def toll(sheet_id: str, published: str | None, value: int, period_date: str | None = None, **more) -> FactSheet:
    return sheet(sheet_id, f"Toll {sheet_id}", published, figures=(
        Figure(id="f1", value=value, text=str(value), counts="people killed", period_date=period_date,
               evidence=(f"{value} people were killed.",), **more),))


def test_figures_that_disagree_on_one_day_are_found_and_shown_side_by_side():
    """Issue #15 item 5: same thing, same day (stated period, else publication day), values that cannot both hold."""
    from .test_site_disagreement_stories import toll  # reports of one story: their sentences name Idlib

    sheets = [toll("police", "2020-03-02", 12, "2020-03-01", reported_by="police"),
              toll("hospital", "2020-03-01", 15),  # no period: its publication day
              toll("range", "2020-03-01", 10, value_max=14),  # 10-14 overlaps 12, not 15: still a disagreement
              toll("later", "2020-03-05", 40),  # a later day: the toll grew, no disagreement
              toll("undated", None, 99)]  # no day at all: not compared
    catalog = gather(sheets)
    (clash,) = catalog.disagreements["people-killed"]
    assert (clash.series, clash.date, [(s.id, f.value) for s, f in clash.points]) == (
        "people-killed", "2020-03-01", [("range", 10), ("police", 12), ("hospital", 15)])
    assert sorted(catalog.figure_disagreement) == [("hospital", "f1"), ("police", "f1"), ("range", "f1")]
    files = build_pages(catalog).files
    table = ("| 10–14 | 10 | | CGTN | 2020-03-01 | the day of publication | [Toll range](../../articles/d2/range.md#f1) |\n"
             "| 12 | 12 | police | CGTN | 2020-03-02 | 2020-03-01 | [Toll police](../../articles/fb/police.md#f1) |\n"
             "| 15 | 15 | | CGTN | 2020-03-01 | the day of publication | [Toll hospital](../../articles/b3/hospital.md#f1) |\n")
    assert table.replace("| |", "|  |") in files["series/f4/people-killed.md"]
    assert ('<a id="disagree-2020-03-01-idlib"></a>**people killed, 2020-03-01, about Idlib:** 3 reports, values from 10 to 15\n'
            in files["series/f4/people-killed.md"])
    article = files["articles/fb/police.md"]
    assert "**[other articles disagree](../../series/f4/people-killed.md#disagree-2020-03-01-idlib)**" in article
    assert "## Figures other articles report differently" in article
    assert "## Figures other articles report differently" not in files["articles/a9/later.md"]
    assert "- [people killed](series/f4/people-killed.md#disagree-2020-03-01-idlib): 2020-03-01 (Idlib)\n" in files["figures.md"]


def test_agreeing_reports_are_no_disagreement():
    catalog = gather([toll("a", "2020-03-01", 12), toll("b", "2020-03-01", 12), toll("c", "2020-03-01", 10, value_max=20)])
    assert (catalog.disagreements, catalog.figure_disagreement) == ({}, {})


def test_figures_are_grouped_by_unit_and_sorted_by_value_within_it(monkeypatch):
    from factarchive.site import render

    monkeypatch.setattr(render, "INDEX_PAGE", 2)
    figures = (Figure(id="f1", value=5, text="5", counts="people"), Figure(id="f2", value=2.5, text="2.5%", unit="%"),
               Figure(id="f3", value=900, text="900", counts="homes"), Figure(id="f4", value=40, text="40", counts="cars"),
               Figure(id="f5", value=3_000_000, text="$3m", unit="USD"))
    files = build_pages(gather([sheet("a", "A", "2020-01-01", figures=figures)])).files
    assert sorted(p for p in files if p.startswith("browse/figures/")) == [
        "browse/figures/no-unit-2.md", "browse/figures/no-unit.md", "browse/figures/percent.md", "browse/figures/unit-usd.md"]
    assert ("| [Counts](browse/figures/no-unit.md) | 3 | 900 |\n| [Percentages](browse/figures/percent.md) | 1 | 2.5 |\n"
            "| [USD](browse/figures/unit-usd.md) | 1 | 3,000,000 |\n") in files["figures.md"]
    assert re.findall(r"^\| ([\d,.]+) \| (\w*) \|", files["browse/figures/no-unit.md"], re.M) == [("900", "homes"), ("40", "cars")]
    assert re.findall(r"^\| ([\d,.]+) \| (\w*) \|", files["browse/figures/no-unit-2.md"], re.M) == [("5", "people")]


def test_articles_index_counts_impossible_dates_with_the_undated():
    files = build_pages(gather([convoy("ok", "2020-03-01", 1), convoy("bad", "0001-01-01", 2), convoy("none", None, 3)])).files
    index = files["articles/index.md"]
    assert 'Not drawn: 2 articles with no date, or an impossible one (counted under "Date not stated" below).' in index
    assert ("3 articles, newest first. 2 state no date (or an impossible one): they come last, "
            'and under "Date not stated" by month.\n') in index
    assert ("| Month | Articles |\n|---|---|\n| <a id=\"month-2020-03\"></a>[March 2020](../browse/articles/2020-03.md) | 1 |\n"
            "| <a id=\"month-undated\"></a>[Date not stated, or impossible](../browse/articles/undated.md) | 2 |\n") in index
    assert re.findall(r"^\| ([\d-]*) \| \[[^]]+\]\(([^)]+)\)", files["browse/articles/undated.md"], re.M) == [
        ("0001-01-01", "../../articles/78/bad.md"), ("", "../../articles/db/none.md")]


def test_articles_index_is_paged_newest_first_and_by_month(monkeypatch):
    from factarchive.site import render

    monkeypatch.setattr(render, "INDEX_PAGE", 2)
    files = build_pages(gather([convoy(f"c{n}", f"2020-03-0{n}", n) for n in range(1, 6)])).files
    assert sorted(p for p in files if p.startswith("browse/articles/")) == [
        "browse/articles/2020-03-2.md", "browse/articles/2020-03-3.md", "browse/articles/2020-03.md",
        "browse/articles/newest-2.md", "browse/articles/newest-3.md"]
    assert re.findall(r"\]\(\.\./articles/\w\w/c(\d)\.md\)", files["articles/index.md"]) == ["5", "4"]
    assert re.findall(r"\]\(\.\./\.\./articles/\w\w/c(\d)\.md\)", files["browse/articles/newest-3.md"]) == ["1"]
    assert "# Articles: March 2020, page 2\n" in files["browse/articles/2020-03-2.md"]


def test_places_index_map_pins_link_to_place_pages():
    page = build_pages(gather(ARCHIVE)).files["places.md"]
    assert ('[Idlib &#40;3&#41;](entities/0f/idlib.md){ .fa-pin .fa-pin-4 style="left:50.0%;top:50.0%" }\n'
            "{: .fa-pins }\n") in page


# --------------------------------------------------------------------------- through MkDocs


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The inline archive built by MkDocs twice: online (with a site_url) and offline, both with a redirect."""
    from factarchive.site.mkdocs_build import run_mkdocs

    out = tmp_path_factory.mktemp("render")
    catalog = gather(ARCHIVE)
    redirects = {"erdogan": "recep-tayyip-erdogan"}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SITE_URL", "https://example.org/archive/")
        write_pages(build_pages(catalog, SiteOptions("https://example.org/archive/", True, redirects)), out / "docs")
        online = run_mkdocs(ROOT / "mkdocs.yml", out / "docs", out / "site")
    write_pages(build_pages(catalog, SiteOptions("", False, redirects)), out / "docs-offline")
    offline = run_mkdocs(ROOT / "mkdocs.yml", out / "docs-offline", out / "site-offline", offline=True)
    assert online.ok, online.output
    assert offline.ok, offline.output
    assert os.environ.get("FACTARCHIVE_OFFLINE") is None  # the subprocess's setting did not leak
    return out


def test_hostile_title_stays_text_in_the_html_title(built):
    """Regression: material's `page.title | striptags` un-escaped a headline into live markup in <title>."""
    page = (built / "site" / "articles" / "8d" / "hostile" / "index.html").read_text("utf-8")
    benign = (built / "site" / "articles" / "b9" / "convoy-march" / "index.html").read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip()
    import html as html_mod

    assert html_mod.unescape(title) == re.sub(r"\s+", " ", HOSTILE_TITLE) + " - Fact archive"
    scripts = [(a.get("type"), a.get("src")) for t, a in _tags(page).tags if t == "script"]
    assert scripts == [(a.get("type"), a.get("src")) for t, a in _tags(benign).tags if t == "script"]


def test_built_page_head_carries_the_jsonld_whole(built):
    page = (built / "site" / "articles" / "8d" / "hostile" / "index.html").read_text("utf-8")
    assert "<script>alert" not in page
    scripts = _tags(page).ldjson
    homes = {"hostile-name": ("articles/8d/hostile.md", "actor-hostile-name")}
    assert [json.loads(s) for s in scripts] == [article_jsonld(hostile(), "https://example.org/archive/", homes=homes)]
    assert json.loads(scripts[0])["mentions"][0]["url"] == "https://example.org/archive/articles/8d/hostile/#actor-hostile-name"
    entity = (built / "site" / "entities" / "0f" / "idlib" / "index.html").read_text("utf-8")
    assert json.loads(_tags(entity).ldjson[0]) == {
        "@context": "https://schema.org", "@type": "City", "name": "Idlib", "identifier": "idlib",
        "url": "https://example.org/archive/entities/0f/idlib/",
        "geo": {"@type": "GeoCoordinates", "latitude": 35.93062, "longitude": 36.63393}}


def test_redirect_page_refreshes_to_the_new_url_in_both_url_styles(built):
    online = (built / "site" / "entities" / "73" / "erdogan" / "index.html").read_text("utf-8")
    offline = (built / "site-offline" / "entities" / "73" / "erdogan.html").read_text("utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../../ea/recep-tayyip-erdogan/">' in online
    assert '<meta http-equiv="refresh" content="0; url=../ea/recep-tayyip-erdogan.html">' in offline
    assert '<a href="../ea/recep-tayyip-erdogan.html">Recep Tayyip Erdogan</a>' in offline


def test_built_pages_link_the_feed_and_sortable_table_script(built):
    page = (built / "site" / "figures" / "index.html").read_text("utf-8")
    assert '<link rel="alternate" type="application/atom+xml" title="Newest articles" href="../feed.xml">' in page
    # The page's one script is the site's shell, which loads mkdocs.yml's extra_javascript (tablesort) in order.
    assert '<script src="../partials/shell.js"></script>' in page
    shell = (built / "site" / "partials" / "shell.js").read_text("utf-8")
    assert ('["assets/factarchive/tablesort.min.js", "assets/factarchive/tablesort.number.min.js", '
            '"assets/factarchive/tablesort-init.js", ') in shell
    assert (built / "site" / "assets" / "factarchive" / "tablesort.min.js").read_bytes() == (
        ROOT / "factarchive" / "site" / "assets" / "tablesort" / "tablesort.min.js").read_bytes()


def test_sitemap_lists_every_page_at_the_site_url(built):
    """MkDocs writes the sitemap; it needs site_url (SITE_URL), which the published build sets."""
    root = ET.fromstring((built / "site" / "sitemap.xml").read_text("utf-8"))
    locs = sorted(e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"))
    base = "https://example.org/archive/"
    pages = ["", "articles/", "articles/b9/convoy-march/", "articles/7f/convoy-may/", "articles/b3/convoy-undated/",
             "articles/8d/hostile/", "browse/articles/2020-01/", "browse/articles/2020-03/", "browse/articles/2020-05/",
             "browse/articles/undated/", "browse/figures/no-unit/", "captions/", "entities/73/erdogan/",
             "entities/0f/idlib/", "entities/ea/recep-tayyip-erdogan/", "figures/", "groups/", "organizations/",
             "people/", "places/", "review/", "schema/", "series/5d/turkish-military-vehicles/"]
    assert locs == sorted(base + p for p in pages)


def test_captions_index_is_paged(monkeypatch):
    from factarchive.site import render

    monkeypatch.setattr(render, "INDEX_PAGE", 2)
    images = tuple(Caption(id=f"c{n}", caption=f"Photo {n}", credit="AFP") for n in range(1, 4))
    files = build_pages(gather([sheet("a", "A", "2020-01-01", images=images)])).files
    assert "**Pages:** **1** · [2](browse/captions/2.md)\n" in files["captions.md"]
    assert re.findall(r"^\| (Photo \d) \|", files["captions.md"], re.M) == ["Photo 1", "Photo 2"]
    assert re.findall(r"^\| (Photo \d) \|", files["browse/captions/2.md"], re.M) == ["Photo 3"]
    assert "# Photo captions: page 2\n" in files["browse/captions/2.md"]


def test_hostile_place_name_on_a_map_pin_stays_text():
    place = Location(id="bad-place", name=HOSTILE_NAME + ' { .x onclick="alert(1)" }', kind="city",
                     coordinates=Coordinates(lat=1.0, lon=2.0), mentions=1, evidence=("x",))
    html = _html(build_pages(gather([sheet("a", "A", "2020-01-01", locations=(place,))])).files["places.md"])
    pins = [a for t, a in _tags(html).tags if t == "a" and "fa-pin" in a.get("class", "")]
    # Too long to label beside its dot (quiet), and its braces did not become attributes.
    assert pins == [{"href": "articles/2c/a.md#place-bad-place", "class": "fa-pin fa-pin-4 fa-pin-quiet", "style": "left:50.0%;top:50.0%"}]
    assert [t for t, _ in _tags(html).tags if t in ("img", "script", "em")] == []


@pytest.mark.parametrize("value, shown", [(2980, "2,980"), (1.5, "1.5"), (1 / 3, "0.333"), (2 / 3, "0.667"),
                                          (1234.56789, "1,234.568"), (0.000123456, "0.000123"), (-0.5, "-0.5"),
                                          (3.0, "3"), (12.3456, "12.346")])
def test_figures_show_at_most_three_decimals(value, shown):
    """A figure of 1/3 read "0.333333" on entity pages: three decimals (or significant digits below 1) are enough."""
    from factarchive.site.render import format_number

    assert format_number(value) == shown


def test_home_page_counts_have_thousands_separators():
    files = build_pages(gather([convoy(f"c{n}", "2020-03-01", n) for n in range(1000)])).files
    assert files["index.md"].startswith("# Fact archive\n\n1,000 articles, ")
    assert " 1,000 figures and " in files["index.md"]


def test_entity_homes_from_the_cooccurrence_index_are_those_of_urls_entity_home():
    """render.entity_homes finds an entity's one article through the catalog's index of who names whom: the same
    (path, anchor) urls.entity_home finds through its mentions, for actors, places and entities with a page."""
    from dataclasses import replace

    from factarchive.site import render, urls
    from factarchive.site.catalog import gather
    from tests.sheet_helpers import article

    from factarchive.model import Actor, Location

    a = replace(article("a", "Vehicles cross"), actors=(*article("a", "x").actors,
                Actor(id="bo-ray", name="Bo Ray", kind="person", mentions=1, evidence=("Bo Ray spoke.",))))
    b = replace(article("b", "Talks begin", published="2020-03-04"),
                locations=(Location(id="afrin", name="Afrin", kind="city", mentions=1, evidence=("In Afrin.",)),))
    catalog = gather([a, b])
    naming = render._cooccurrence(catalog).naming
    found = render.entity_homes(catalog.entities, {s.id: s for s in catalog.articles}, naming)
    assert found == {e: urls.entity_home(record) for e, record in catalog.entities.items()}
    assert found["bo-ray"] == (urls.article("a"), "actor-bo-ray") and found["afrin"] == (urls.article("b"), "place-afrin")
    assert found["syria"] == (urls.entity("syria"), "")


def test_schema_page_documents_the_lookup_and_its_bucket_function():
    """The Schema page's bucket function, run as printed, gives the buckets the lookup's shards are named by."""
    page = build_pages(gather(ARCHIVE[:2])).files[urls.SCHEMA]
    code = page.split("## The entity lookup", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    scope: dict = {}
    exec(code, scope)
    keys = ["recep-tayyip-erdogan", "Erdogan", "Émile Zola", "北京", ""]
    assert [scope["bucket"](k) for k in keys] == [urls.bucket(k) for k in keys] == ["ea", "13", "c8", "81", "c5"]
    assert "[entities.json](entities.json) is the index (format 3)" in page
