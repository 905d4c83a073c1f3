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
from factarchive.site import pictures, urls
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
    article = _html(pages.files["articles/hostile.md"])
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
    data = article_jsonld(ARCHIVE[0], site_url="https://example.org/archive/")
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "30 Turkish military vehicles enter Idlib",
        "identifier": "convoy-march",
        "inLanguage": "en",
        "datePublished": "2020-03-01",
        "url": "https://example.org/archive/articles/convoy-march/",
        "publisher": {"@type": "Organization", "name": "CGTN"},
        "mentions": [{"@type": "Person", "name": "Recep Tayyip Erdogan", "identifier": "recep-tayyip-erdogan",
                      "url": "https://example.org/archive/entities/recep-tayyip-erdogan/"}],
        "contentLocation": [{"@type": "City", "name": "Idlib", "identifier": "idlib",
                             "url": "https://example.org/archive/entities/idlib/"}],
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
    pages = build_pages(gather(ARCHIVE), SiteOptions(redirects={"erdogan": "recep-tayyip-erdogan"}))
    assert pages.files["entities/erdogan.md"] == (
        "---\nredirect: entities/recep-tayyip-erdogan.md\nsearch:\n  exclude: true\n---\n\n# Moved\n\n"
        "The entity <code>erdogan</code> is now [Recep Tayyip Erdogan](recep-tayyip-erdogan.md).\n")
    assert json.loads(pages.files["entities/erdogan.json"]) == {
        "id": "erdogan", "redirect": "recep-tayyip-erdogan", "page": "entities/recep-tayyip-erdogan/",
        "json": "entities/recep-tayyip-erdogan.json"}
    assert json.loads(pages.files["entities.json"])["redirects"] == {"erdogan": "recep-tayyip-erdogan"}


# --------------------------------------------------------------------------- what the pages are made of


def test_entity_lookup_maps_every_name_and_alias():
    lookup = json.loads(build_pages(gather(ARCHIVE[:2])).files["entities.json"])
    erdogan = {"id": "recep-tayyip-erdogan", "name": "Recep Tayyip Erdogan", "kind": "person",
               "page": "entities/recep-tayyip-erdogan/", "json": "entities/recep-tayyip-erdogan.json"}
    assert lookup == {
        "names": {
            "Erdogan": [erdogan],
            "Idlib": [{"id": "idlib", "name": "Idlib", "kind": "city", "page": "entities/idlib/", "json": "entities/idlib.json"}],
            "Recep Tayyip Erdogan": [erdogan],
            "Vladimir Putin": [{"id": "vladimir-putin", "name": "Vladimir Putin", "kind": "person",
                                "page": "entities/vladimir-putin/", "json": "entities/vladimir-putin.json"}],
        },
        "redirects": {},
    }


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
    article = build_pages(catalog).files["articles/convoy-march.md"]
    assert "· [in 3 articles over time](../series/turkish-military-vehicles.md)" in article
    assert "- [45 Turkish military vehicles enter Idlib](convoy-may.md) (2020-05-10): 2 in common\n" in article


def test_timeline_has_one_bar_per_month_with_articles():
    svg = pictures.timeline({"2020-01": 1, "2020-03": 1, "2020-05": 2})
    assert re.findall(r'<a href="#(month-[\d-]+)"><rect[^>]*><title>([^<]*)</title>', svg) == [
        ("month-2020-01", "January 2020: 1 article"), ("month-2020-03", "March 2020: 1 article"),
        ("month-2020-05", "May 2020: 2 articles")]
    assert pictures.timeline({}) is None


def test_series_chart_plots_dated_points_only():
    catalog = gather(ARCHIVE)
    series = catalog.series["turkish-military-vehicles"]
    svg = pictures.series_chart(list(series.points), series.label, str)
    assert re.findall(r'<a href="#([^"]+)"><circle class="fa-point" cx="([\d.]+)" cy="([\d.]+)"', svg) == [
        ("point-convoy-march-f1", "70.0", "93.0"), ("point-convoy-may-f1", "790.0", "34.5")]
    assert "<text class=\"fa-label\" x=\"64.0\" y=\"19.0\" text-anchor=\"end\">50</text>" in svg  # the y axis tops at 50


def test_place_map_marks_places_with_coordinates():
    svg = pictures.place_map([("idlib", "Idlib <b>", 3, Coordinates(lat=35.93062, lon=36.63393)),
                              ("nowhere", "Nowhere", 1, None)])
    assert re.findall(r'<a href="#(map-[^"]+)"><circle[^>]*cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)"><title>([^<]*)<', svg) == [
        ("map-idlib", "216.63", "54.07", "1.0", "Idlib &lt;b&gt;: 3 articles")]
    assert 'viewBox="196.6 44.1 40 20"' in svg
    assert pictures.place_map([("nowhere", "Nowhere", 1, None)]) is None


def test_land_outline_is_natural_earth_110m_projected():
    path = pictures.land_path()
    assert path.count("M") == path.count("Z") == 126
    numbers = [float(n) for n in re.findall(r"-?[\d.]+", path)]
    xs, ys = numbers[0::2], numbers[1::2]
    assert (min(xs), max(xs), min(ys), max(ys)) == (0.0, 360.0, 6.4, 175.6)  # Antarctica stops at 85.6 S


def test_feed_lists_newest_articles_with_absolute_urls():
    feed = build_pages(gather(ARCHIVE[:3]), SiteOptions(site_url="https://example.org/archive/")).files["feed.xml"]
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(feed)
    assert root.find("a:updated", ns).text == "2020-05-10T00:00:00Z"
    assert [(e.find("a:id", ns).text, e.find("a:updated", ns).text) for e in root.findall("a:entry", ns)] == [
        ("https://example.org/archive/articles/convoy-may/", "2020-05-10T00:00:00Z"),
        ("https://example.org/archive/articles/convoy-march/", "2020-03-01T00:00:00Z"),
        ("https://example.org/archive/articles/convoy-undated/", "2000-01-01T00:00:00Z"),
    ]


def test_offline_options_change_only_machine_readable_urls():
    catalog = gather(ARCHIVE)
    online, offline = build_pages(catalog).files, build_pages(catalog, SiteOptions(directory_urls=False)).files
    differ = sorted(p for p in online if online[p] != offline[p])
    assert differ == ["entities.json", "entities/hostile-name.json", "entities/idlib.json",
                      "entities/recep-tayyip-erdogan.json", "entities/vladimir-putin.json", "feed.xml"]


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
    page = (built / "site" / "articles" / "hostile" / "index.html").read_text("utf-8")
    benign = (built / "site" / "articles" / "convoy-march" / "index.html").read_text("utf-8")
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1).strip()
    import html as html_mod

    assert html_mod.unescape(title) == re.sub(r"\s+", " ", HOSTILE_TITLE) + " - Fact archive"
    scripts = [(a.get("type"), a.get("src")) for t, a in _tags(page).tags if t == "script"]
    assert scripts == [(a.get("type"), a.get("src")) for t, a in _tags(benign).tags if t == "script"]


def test_built_page_head_carries_the_jsonld_whole(built):
    page = (built / "site" / "articles" / "hostile" / "index.html").read_text("utf-8")
    assert "<script>alert" not in page
    scripts = _tags(page).ldjson
    assert [json.loads(s) for s in scripts] == [article_jsonld(hostile(), "https://example.org/archive/")]
    entity = (built / "site" / "entities" / "idlib" / "index.html").read_text("utf-8")
    assert json.loads(_tags(entity).ldjson[0]) == {
        "@context": "https://schema.org", "@type": "City", "name": "Idlib", "identifier": "idlib",
        "url": "https://example.org/archive/entities/idlib/",
        "geo": {"@type": "GeoCoordinates", "latitude": 35.93062, "longitude": 36.63393}}


def test_redirect_page_refreshes_to_the_new_url_in_both_url_styles(built):
    online = (built / "site" / "entities" / "erdogan" / "index.html").read_text("utf-8")
    offline = (built / "site-offline" / "entities" / "erdogan.html").read_text("utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../recep-tayyip-erdogan/">' in online
    assert '<meta http-equiv="refresh" content="0; url=recep-tayyip-erdogan.html">' in offline
    assert '<a href="recep-tayyip-erdogan.html">Recep Tayyip Erdogan</a>' in offline


def test_built_pages_link_the_feed_and_sortable_table_script(built):
    page = (built / "site" / "figures" / "index.html").read_text("utf-8")
    assert '<link rel="alternate" type="application/atom+xml" title="Newest articles" href="../feed.xml">' in page
    assert '<script src="../assets/factarchive/tablesort.min.js"></script>' in page
    assert (built / "site" / "assets" / "factarchive" / "tablesort.min.js").read_bytes() == (
        ROOT / "factarchive" / "site" / "assets" / "tablesort" / "tablesort.min.js").read_bytes()


def test_sitemap_lists_every_page_at_the_site_url(built):
    """MkDocs writes the sitemap; it needs site_url (SITE_URL), which the published build sets."""
    root = ET.fromstring((built / "site" / "sitemap.xml").read_text("utf-8"))
    locs = sorted(e.text for e in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc"))
    base = "https://example.org/archive/"
    pages = ["", "articles/", "articles/convoy-march/", "articles/convoy-may/", "articles/convoy-undated/",
             "articles/hostile/", "captions/", "entities/erdogan/", "entities/hostile-name/", "entities/idlib/",
             "entities/recep-tayyip-erdogan/", "entities/vladimir-putin/", "figures/", "groups/", "organizations/",
             "people/", "places/", "schema/", "series/turkish-military-vehicles/"]
    assert locs == sorted(base + p for p in pages)
