"""Where pages live: buckets of ids (Python and the browser agree), entity homes, and old addresses led on by 404.html."""

from __future__ import annotations

import http.server
import json
import threading
from pathlib import Path

import pytest

from factarchive.model import Actor, Location
from factarchive.site import urls
from factarchive.site.catalog import gather
from factarchive.site.render import SiteOptions, build_pages, moved_map, write_pages

from .conftest import ROOT
from .test_site_render import ARCHIVE, convoy, sheet

MOVED_JS = ROOT / "factarchive" / "site" / "assets" / "moved.js"
# Ids of every shape a bucket must take: ASCII slugs, the synthetic "entity-NNN", and UTF-8 of 2, 3 and 4 bytes.
IDS = ["", "a", "foobar", "recep-tayyip-erdogan", "entity-0", "entity-1", "entity-99999", "article-00010",
       "erdoğan", "東京", "emoji-😀", "x" * 300]


@pytest.mark.parametrize("page_id, expected", [
    ("", "c5"),  # FNV-1a's offset basis 0x811c9dc5 itself
    ("a", "2c"),  # 0xe40c292c
    ("foobar", "68"),  # 0xbf9cf968, the reference test vector
])
def test_bucket_is_the_low_byte_of_fnv1a_32(page_id, expected):
    assert urls.bucket(page_id) == expected


def test_buckets_spread_synthetic_ids_over_every_folder():
    """"entity-0" .. "entity-99999" share a prefix; a hash still fills all 256 folders, none far over its share."""
    counts: dict[str, int] = {}
    for n in range(100_000):
        b = urls.bucket(f"entity-{n}")
        counts[b] = counts.get(b, 0) + 1
    assert len(counts) == 256
    assert max(counts.values()) < 2 * 100_000 / 256


def test_paths_and_homes():
    catalog = gather(ARCHIVE)
    assert (urls.article("convoy-may"), urls.article_json("convoy-may")) == (
        "articles/7f/convoy-may.md", "articles/7f/convoy-may.json")
    assert (urls.entity("idlib"), urls.entity_json("idlib")) == ("entities/0f/idlib.md", "entities/0f/idlib.json")
    assert urls.series("turkish-military-vehicles") == "series/5d/turkish-military-vehicles.md"
    assert urls.entity_home(catalog.entities["idlib"]) == ("entities/0f/idlib.md", "")  # three articles
    assert urls.entity_home(catalog.entities["vladimir-putin"]) == ("articles/7f/convoy-may.md", "actor-vladimir-putin")
    assert urls.entity_home_json(catalog.entities["vladimir-putin"]) == "articles/7f/convoy-may.json"
    assert urls.page_url("articles/7f/convoy-may.md", False, "actor-vladimir-putin") == (
        "articles/7f/convoy-may.html#actor-vladimir-putin")


def test_paged_json_files_keep_their_first_page_at_the_old_address():
    """An entity's twin and review.json page as their pages do; page 1 stays where tools read it before."""
    assert [urls.entity_articles_json("idlib", n) for n in (1, 2)] == [
        "entities/0f/idlib.json", "browse/entities/0f/idlib/articles-2.json"]
    assert [urls.entity_with_json("idlib", n) for n in (1, 3)] == [
        "entities/0f/idlib.json", "browse/entities/0f/idlib/with-3.json"]
    assert [urls.review_json(n) for n in (1, 2)] == ["review.json", "browse/review/items-2.json"]
    assert [urls.SITEMAP, urls.SITEMAP_PART.format(n=2), urls.SITEMAP_URLS] == ["sitemap.xml", "sitemaps/2.xml", 50_000]


def test_a_place_named_in_one_article_lives_at_its_place_row():
    lone = Location(id="lone-town", name="Lone Town", kind="city", mentions=1, evidence=("x",))
    catalog = gather([sheet("a", "A", "2020-01-01", locations=(lone,))])
    assert urls.entity_home(catalog.entities["lone-town"]) == ("articles/2c/a.md", "place-lone-town")


def test_moved_map_lists_every_entity_and_redirected_id_by_bucket():
    catalog = gather(ARCHIVE)
    homes = {e.id: urls.entity_home(e) for e in catalog.entities.values()}
    maps = moved_map(homes, {"erdogan": "recep-tayyip-erdogan", "putin": "vladimir-putin"})
    assert maps == {
        "0f": {"idlib": "entities/0f/idlib"},
        "63": {"hostile-name": "articles/8d/hostile#actor-hostile-name"},
        "73": {"erdogan": "entities/ea/recep-tayyip-erdogan"},
        "b8": {"vladimir-putin": "articles/7f/convoy-may#actor-vladimir-putin"},
        "ea": {"recep-tayyip-erdogan": "entities/ea/recep-tayyip-erdogan"},
        urls.bucket("putin"): {"putin": "articles/7f/convoy-may#actor-vladimir-putin"},
    }
    files = build_pages(catalog, SiteOptions(redirects={"erdogan": "recep-tayyip-erdogan"})).files
    assert files["moved/0f.js"] == 'factarchiveMoved.load("0f",{"idlib":"entities/0f/idlib"});\n'
    assert sorted(p for p in files if p.startswith("moved/")) == ["moved/0f.js", "moved/63.js", "moved/73.js",
                                                                   "moved/b8.js", "moved/ea.js"]


def test_no_folder_holds_more_than_its_share_of_pages():
    """Every article and entity page sits in a bucket folder: a folder holds two entries (page, twin) per id in it."""
    sheets = [convoy(f"story-{n}", "2020-03-01", n, Actor(id=f"person-{n % 300}", name=f"Person {n % 300}",
                                                           kind="person", mentions=1, evidence=("x",)))
              for n in range(600)]
    files = build_pages(gather(sheets)).files
    folders: dict[str, int] = {}
    for path in files:
        folder = path.rsplit("/", 1)[0] if "/" in path else ""
        folders[folder] = folders.get(folder, 0) + 1
    assert folders["articles"] == 1  # articles/index.md; the pages are in articles/<bb>/
    assert "entities" not in folders and "series" not in folders
    assert max(n for f, n in folders.items() if f.startswith(("articles/", "entities/"))) < 40


# --------------------------------------------------------------------------- in Chromium


def test_the_browser_computes_the_same_buckets(browser):
    page = browser.new_page()
    try:
        page.set_content("<!doctype html><title>buckets</title>")
        page.add_script_tag(path=str(MOVED_JS))
        assert page.evaluate("ids => ids.map(factarchiveMoved.bucket)", IDS) == [urls.bucket(i) for i in IDS]
    finally:
        page.close()


class _Host(http.server.SimpleHTTPRequestHandler):
    """A static host as GitHub Pages is one: a missing path gets the site's 404.html, with status 404."""

    def log_message(self, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@pytest.fixture(scope="module")
def hosted(tmp_path_factory):
    """The inline archive (with one merged id) built by MkDocs and served over http with a 404 page."""
    options = SiteOptions(redirects={"erdogan": "recep-tayyip-erdogan", "putin": "vladimir-putin"})
    yield from _serve(tmp_path_factory.mktemp("hosted"), options, _Host, "")


def _serve(out, options, host, path):
    """Build the inline archive with ``options`` by MkDocs (SITE_URL as the options say) and serve it with ``host``."""
    from factarchive.site.mkdocs_build import run_mkdocs

    write_pages(build_pages(gather(ARCHIVE), options), out / "docs")
    with pytest.MonkeyPatch.context() as mp:
        if options.site_url:
            mp.setenv("SITE_URL", options.site_url)
        else:
            mp.delenv("SITE_URL", raising=False)
        result = run_mkdocs(ROOT / "mkdocs.yml", out / "docs", out / "site")
    assert result.ok, result.output
    handler = lambda *a, **k: host(*a, directory=str(out / "site"), **k)  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/{path}"
    server.shutdown()


@pytest.mark.parametrize("old, new", [
    ("articles/convoy-may/", "articles/7f/convoy-may/"),
    ("articles/convoy-may/index.html", "articles/7f/convoy-may/"),
    ("articles/convoy-may.html", "articles/7f/convoy-may/"),  # the offline form, on a site of directory URLs
    ("articles/convoy-may/#f1", "articles/7f/convoy-may/#f1"),  # an anchor of the old address is kept
    ("entities/idlib/", "entities/0f/idlib/"),
    ("entities/idlib.html", "entities/0f/idlib/"),
    ("entities/vladimir-putin/", "articles/7f/convoy-may/#actor-vladimir-putin"),  # named in one article
    ("entities/b8/vladimir-putin/", "articles/7f/convoy-may/#actor-vladimir-putin"),  # a page it had, then lost
    ("entities/erdogan/", "entities/ea/recep-tayyip-erdogan/"),  # merged by a correction
    ("entities/putin/", "articles/7f/convoy-may/#actor-vladimir-putin"),  # merged into a one-article entity
    ("series/turkish-military-vehicles/", "series/5d/turkish-military-vehicles/"),
])
def test_an_old_address_leads_to_the_page_that_holds_it_now(browser, hosted, old, new):
    page = browser.new_page()
    try:
        page.goto(hosted + old)
        page.wait_for_url(hosted + new)
        assert page.url == hosted + new
        assert page.title() != "Fact archive"  # the page itself, not the 404 page
    finally:
        page.close()


@pytest.mark.parametrize("old, new", [
    ("articles/convoy-may.json", "articles/7f/convoy-may.json"),
    ("entities/idlib.json", "entities/0f/idlib.json"),
    ("entities/vladimir-putin.json", "articles/7f/convoy-may.json"),  # its facts are its article's
])
def test_an_old_json_address_leads_to_the_json_that_holds_it(browser, hosted, old, new):
    page = browser.new_page()
    try:
        page.goto(hosted + old)
        page.wait_for_url(hosted + new)
        assert json.loads(page.locator("body").inner_text())["id"] in {"convoy-may", "idlib"}
    finally:
        page.close()


@pytest.mark.parametrize("missing", ["entities/nobody/", "articles/7f/no-such-story/", "nothing/here/",
                                     "entities/0f/nobody/", "entities/ea/idlib/"])
def test_an_unknown_address_shows_the_404_page(browser, hosted, missing):
    """No map names it (or it names a bucket the id is not in): the normal 404 text stays, with no loop."""
    page = browser.new_page()
    try:
        response = page.goto(hosted + missing)
        assert response is not None and response.status == 404
        page.wait_for_load_state("networkidle")
        assert page.url == hosted + missing
        assert page.locator("h1").first.inner_text() == "404 - Not found"
    finally:
        page.close()


class _ProjectHost(_Host):
    """GitHub Pages' project site: the site is served under /news/, and a missing path gets its 404.html."""

    def translate_path(self, path):
        return super().translate_path(path[len("/news"):] if path.startswith("/news/") else "/missing/" + path)


@pytest.fixture(scope="module")
def hosted_under_a_path(tmp_path_factory):
    """The inline archive built with SITE_URL under a path (https://example.org/news/), served at /news/."""
    yield from _serve(tmp_path_factory.mktemp("project"), SiteOptions(site_url="https://example.org/news/"),
                      _ProjectHost, "news/")


@pytest.mark.parametrize("old, new", [
    ("entities/idlib/", "entities/0f/idlib/"),
    ("entities/vladimir-putin/", "articles/7f/convoy-may/#actor-vladimir-putin"),
    ("articles/convoy-may/", "articles/7f/convoy-may/"),
    ("entities/nobody/", None),
])
def test_old_addresses_lead_on_under_a_project_sites_path(browser, hosted_under_a_path, old, new):
    """404.html links from site_url's path (/news/), so its script and the maps load at any depth."""
    page = browser.new_page()
    try:
        page.goto(hosted_under_a_path + old)
        if new is None:
            page.wait_for_load_state("networkidle")
            assert page.locator("h1").first.inner_text() == "404 - Not found"
            assert page.url == hosted_under_a_path + old
        else:
            page.wait_for_url(hosted_under_a_path + new)
    finally:
        page.close()
