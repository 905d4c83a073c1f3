"""The demo site in a real browser: home page, search, every link, and the offline build from file://.

Debian's /usr/bin/chromium driven by Playwright (`make test` installs it as root: scripts/ensure-chromium).
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections import deque
from urllib.parse import urldefrag, urlparse

import pytest

from factarchive.site import urls

from .conftest import CHROMIUM, ROOT

ARTICLE = "30-turkish-military-vehicles-enter-syrias-idlib"
ART = urls.page_url(urls.article(ARTICLE))  # articles/<bb>/<id>/
ART_HTML = urls.page_url(urls.article(ARTICLE), False)  # the offline build's articles/<bb>/<id>.html
# The demo's one article names everyone once: Erdogan lives on its page, at his fact's row.
ERDOGAN = "#actor-recep-tayyip-erdogan"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not at /usr/bin/chromium (make browser)"),
]


@pytest.fixture
def page(browser):
    context = browser.new_context()
    tab = context.new_page()
    yield tab
    context.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture(scope="module")
def http_site(demo_build):
    """The demo site served over http on 127.0.0.1 at a free port; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(demo_build / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def offline_site(demo_build, tmp_path_factory):
    """The demo archive built with --offline (own docs folder, so the demo's stays as it is)."""
    from factarchive.cli import main

    out = tmp_path_factory.mktemp("offline")
    status = main(["site", "--archive", str(demo_build / "archive"), "--docs-dir", str(out / "docs"),
                   "--site-dir", str(out / "site"), "--config", str(ROOT / "mkdocs.yml"), "--offline"])
    assert status == 0
    return out / "site"


def _search(page, query: str) -> list[str]:
    """Type ``query`` into the header's search box (key `s` focuses it); the result links, in order."""
    if not page.evaluate("document.activeElement.classList.contains('md-search__input')"):
        page.keyboard.press("s")
    page.keyboard.press("Control+A")
    page.keyboard.type(query)
    # The script marks the list with the query it shows once every shown result is in it.
    page.wait_for_function("q => document.querySelector('.md-search-result').dataset.query === q", arg=query,
                           timeout=20_000)
    return page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")


def _site_path(url: str, root: str) -> str:
    """A result's URL relative to the site root, in the directory-URL style: the same result in both builds."""
    path, _, anchor = url[len(root):].partition("#")
    path = path.split("?")[0]
    path = path[:-len(".html")] + "/" if path.endswith(".html") else path
    return path + (f"#{anchor}" if anchor else "")


def _heading(page) -> str:
    return page.locator("article h1").inner_text().removesuffix("¶")  # the permalink sign of the toc extension


def _path(url: str) -> str:
    return urlparse(url).path


def test_home_page_loads(page, http_site):
    response = page.goto(http_site)
    assert response.status == 200
    assert page.title() == "Fact archive"
    assert _heading(page) == "Fact archive"
    assert page.locator(f'article a[href="{ART}"]').count() == 1  # under "Latest articles"


def test_search_for_an_actor_returns_where_he_lives_first(page, http_site):
    """Named in one article: the first result is his row on that article's page."""
    page.goto(http_site)
    results = _search(page, "Erdogan")
    assert results[0] == http_site + ART + "?h=erdogan" + ERDOGAN


def test_on_a_phone_tapping_the_search_icon_then_typing_searches(browser, http_site):
    """At 390 px the box is hidden behind the header's search icon: a tap on it, then typing, gives results."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True, is_mobile=True)
    tab = context.new_page()
    try:
        tab.goto(http_site)
        tab.locator('label.md-header__button[for="__search"]').tap()
        assert tab.evaluate("document.activeElement.classList.contains('md-search__input')") is True
        tab.keyboard.type("Erdogan")
        tab.wait_for_function("() => document.querySelector('.md-search-result').dataset.query === 'Erdogan'",
                              timeout=20_000)
        results = tab.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.href)")
        assert results[0] == http_site + ART + "?h=erdogan" + ERDOGAN
        assert tab.locator(".md-search-result__item").first.is_visible() is True
        assert tab.locator(".md-search-result__meta").inner_text() == "3 results"
        # The back arrow closes the box and leaves it.
        tab.locator('.md-search__icon[for="__search"]').tap()
        assert tab.evaluate("document.getElementById('__search').checked") is False
        assert tab.evaluate("document.activeElement.classList.contains('md-search__input')") is False
    finally:
        context.close()


def test_search_for_a_figures_noun_finds_the_article(page, http_site):
    page.goto(http_site)
    results = _search(page, "vehicles")
    assert "/" + ART in [_path(r) for r in results]


def test_every_internal_link_on_every_page_resolves(page, http_site, demo_build):
    """Crawl from the home page: every page and file a link points to answers 200, and so does every request."""
    failed: list[str] = []
    page.on("response", lambda r: r.status >= 400 and failed.append(f"{r.status} {r.url}"))
    seen, queue, pages = {http_site}, deque([http_site]), []
    while queue:
        url = queue.popleft()
        if not url.endswith("/") and not url.endswith(".html"):
            response = page.request.get(url)  # JSON twins, the feed, entities.json
            if response.status != 200:
                failed.append(f"{response.status} {url}")
            continue
        response = page.goto(url)
        if response.status != 200:
            failed.append(f"{response.status} {url} (page)")
            continue
        pages.append(_path(url))
        # getAttribute, not .href: the map's and charts' links are SVG <a> elements.
        for href in page.locator("a[href]").evaluate_all(
                "els => els.map(e => new URL(e.getAttribute('href'), document.baseURI).href)"):
            target = urldefrag(href).url.split("?")[0]
            if target.startswith(http_site) and target not in seen:
                seen.add(target)
                queue.append(target)
    assert failed == []
    # Every page of the site is reached (home, indexes, the article, ...); the 404 page is linked
    # from nowhere. (Counted from the built site, so that a new kind of page needs no edit here.)
    site = demo_build / "site"
    built = {"/" + p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html")}
    assert sorted(pages) == sorted(p.replace("/./", "/") for p in built)
    assert [p for p in pages if p.startswith("/entities/")] == []  # each of the 18 is named in the one article
    assert {"/", "/articles/", "/" + ART, "/places/"} <= set(pages)


def test_offline_build_searches_and_navigates_from_file_without_any_outside_request(page, offline_site):
    """Opened from file://: search finds the entity, links work, and no request leaves the site's folder."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    root = offline_site.as_uri() + "/"
    page.goto(root + "index.html")
    results = _search(page, "Erdogan")
    assert results[0] == root + ART_HTML + "?h=erdogan" + ERDOGAN
    page.goto(results[0])
    assert _heading(page) == "30 Turkish military vehicles enter Syria's Idlib"
    # The word searched for is marked on the page opened, as material's search.highlight did.
    assert page.locator("article mark[data-md-highlight]").first.inner_text() == "Erdogan"
    page.locator("nav.md-nav--primary a", has_text="People").first.click()
    page.wait_for_load_state()
    assert page.url == root + "people.html"
    page.locator("article a", has_text="Recep Tayyip Erdogan").first.click()
    page.wait_for_load_state()
    assert page.url == root + ART_HTML + ERDOGAN
    outside = sorted({r for r in requests if not r.startswith(root)})
    assert outside == []
    inside = {urlparse(r).path[len(urlparse(root).path):] for r in requests}
    # The search loaded its script files with <script> tags: the list of shards, the shards of the word as it was
    # typed ("e", then "er" on: two word shards, their borders set by keys: search_tables.starts_shard) and of
    # names, and the records of the results shown (entities' d/e<n>.js, articles' d/a<n>.js).
    assert {"assets/factarchive/search.js", "search/meta.js", "index.html", ART_HTML, "people.html"} <= inside
    assert any(p.startswith("search/d/e") for p in inside)
    assert sorted({p.split("/")[1] for p in inside if p.startswith("search/") and not p.startswith("search/d/")}) == [
        "e", "meta.js", "w"]
    assert not any(p.startswith("search/search_index") or "iframe-worker" in p for p in inside)


QUERIES = ("Erdogan", "erdo", "turkish vehicles", '"military vehicles"', "idlib", "Ankara", '"vehicles military"')


def test_both_builds_give_the_same_results_and_stay_inside_the_site(page, http_site, offline_site):
    """Over http and from file://: the same results for the same queries, and no request outside the site."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    found = {}
    for root, start in ((http_site, http_site), (offline_site.as_uri() + "/", offline_site.as_uri() + "/index.html")):
        page.goto(start)
        found[root] = [[_site_path(r, root) for r in _search(page, q)] for q in QUERIES]
        assert sorted({r for r in requests if not r.startswith(root)}) == []
        requests.clear()
    online, offline = found.values()
    assert online == offline
    assert online[0][0] == ART + ERDOGAN
    assert online[3] == [ART, f"{ART}#{online[3][1].split('#')[1]}"]  # article, figure
    assert online[5] == online[6] == []  # a word the archive does not have; a phrase in the wrong order


def test_nothing_loads_before_the_first_keystroke(page, http_site):
    """Opening a page and pressing `s` loads no index file; typing loads only what the query needs."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(urlparse(r.url).path))
    page.goto(http_site)
    page.keyboard.press("s")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')") is True
    page.wait_for_timeout(300)
    assert [r for r in requests if r.startswith("/search/")] == []
    _search(page, "Erdogan")
    loaded = sorted(r for r in requests if r.startswith("/search/"))
    # As "Erdogan" is typed: the list of shards, the word shards of the prefixes on the way (two: their borders
    # are set by keys, search_tables.starts_shard), the shard of names, and the records of the results shown for
    # each prefix ("e" alone looks nothing up); no file twice.
    assert [r.split("/")[2] for r in loaded if not r.startswith("/search/d/")] == ["e", "meta.js", "w", "w"]
    assert len(loaded) == len(set(loaded))


def test_type_filter_shows_only_that_type(page, http_site):
    page.goto(http_site)
    _search(page, "Erdogan")
    page.locator(".factarchive-search__filters button", has_text="Articles").click()
    page.wait_for_load_state("networkidle")
    links = page.locator(".md-search-result__item > a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert [_site_path(u, http_site) for u in links] == [ART]


def test_hostile_headline_runs_no_script_on_its_page_or_in_search(page, tmp_path):
    """A headline of </title><script>alert(...)... shown on its page and in search results stays text."""
    from factarchive.site.catalog import gather
    from factarchive.site.mkdocs_build import run_mkdocs
    from factarchive.site.render import SiteOptions, build_pages, write_pages

    from .test_site_render import ARCHIVE, HOSTILE_TITLE

    write_pages(build_pages(gather(ARCHIVE), SiteOptions(directory_urls=False)), tmp_path / "docs")
    result = run_mkdocs(ROOT / "mkdocs.yml", tmp_path / "docs", tmp_path / "site", offline=True)
    assert result.ok, result.output
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    root = (tmp_path / "site").as_uri() + "/"
    page.goto(root + urls.page_url(urls.article("hostile"), False))
    assert _heading(page) == " ".join(HOSTILE_TITLE.split())
    assert page.title() == " ".join(HOSTILE_TITLE.split()) + " - Fact archive"
    # "bold" is a word of the headline ("*bold*"); the result shows the whole headline as text.
    results = _search(page, "bold")
    assert [r.split("?")[0] for r in results] == [root + urls.page_url(urls.article("hostile"), False)]
    title = page.locator(".md-search-result__item h1").first
    assert title.inner_text() == " ".join(HOSTILE_TITLE.split())
    assert title.locator("script").count() == 0
    page.goto(results[0])  # and the page opened with ?h=bold marks the word without running anything
    assert page.locator("article h1 mark").first.inner_text() == "bold"
    page.wait_for_timeout(500)  # give a smuggled script the chance to run
    assert dialogs == []


def test_figures_table_sorts_by_value_on_a_click(page, http_site):
    """The vendored tablesort (number extension) orders "2,980" and "1,000,000" as numbers, not as text."""
    page.goto(http_site + "browse/figures/no-unit/")  # the figures with no unit, one table; the years are their own
    column = "els => els.map(e => e.innerText)"
    cells = page.locator("article table tbody tr td:first-child")
    assert cells.evaluate_all(column) == ["2,000,000", "1,000,000", "200,000", "2,980", "30", "2"]  # largest first
    page.locator("article table th", has_text="Value").click()
    assert cells.evaluate_all(column) == ["2", "30", "2,980", "200,000", "1,000,000", "2,000,000"]
    page.locator("article table th", has_text="Value").click()
    assert cells.evaluate_all(column) == ["2,000,000", "1,000,000", "200,000", "2,980", "30", "2"]


# --------------------------------------------------------------------------- the page shell (overrides/partials/shell.js)

# Headings as Markdown's toc extension nests them: inline markup and entities, a skipped level, a level back up,
# a repeated title (its id gets a suffix).
HEADINGS = ('# Title &amp; <b>co</b>\n\nx\n\n## One *em* `code`\n\ny\n\n### One.a\n\n#### Deep\n\n## Two\n\n'
            '#### Skipped\n\n### Back\n\n## Two\n\n## Q&A "quotes"\n\n' + "Filler.\n\n" * 80)


@pytest.fixture(scope="module")
def shell_sites(tmp_path_factory):
    """test_page_shell's pages and one of many headings, built online (served over http) and offline (file://)."""
    from factarchive.site.mkdocs_build import run_mkdocs

    from .test_page_shell import _docs

    from factarchive.site.render import ASSETS

    out = tmp_path_factory.mktemp("shell-browser")
    _docs(out / "docs")
    package = ROOT / "factarchive" / "site"
    (out / "docs" / urls.ASSETS).mkdir(parents=True)
    for source, name in [*ASSETS.items(), ("assets/search.js", "search.js"), ("assets/search.css", "search.css")]:
        (out / "docs" / urls.ASSETS / name).write_bytes((package / source).read_bytes())
    (out / "docs" / "articles" / "headings.md").write_text(HEADINGS, "utf-8")
    for name, offline in (("site", False), ("site-offline", True)):
        result = run_mkdocs(ROOT / "mkdocs.yml", out / "docs", out / name, strict=False, incremental=False,
                            offline=offline)
        assert result.ok, result.output
    handler = functools.partial(_QuietHandler, directory=str(out / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield {"http": (f"http://127.0.0.1:{server.server_address[1]}/", "articles/headings/", "people/"),
           "file": ((out / "site-offline").as_uri() + "/", "articles/headings.html", "people.html")}
    server.shutdown()
    server.server_close()


TOC = """() => { const walk = ul => [...ul.children].map(li => [li.querySelector('a').getAttribute('href'),
    li.querySelector('a').textContent, li.querySelector('ul') ? walk(li.querySelector('ul')) : []]);
    const list = document.querySelector('.md-sidebar--secondary .md-nav--secondary > ul[data-md-component=toc]');
    return list ? walk(list) : null; }"""


def _expected_toc(markdown_text: str) -> list:
    """The table of contents MkDocs gives material's toc.html (page.toc), from Markdown's own toc extension."""
    import html

    import markdown

    md = markdown.Markdown(extensions=["toc", "attr_list"], extension_configs={"toc": {"permalink": True}})
    md.convert(markdown_text)
    tokens = md.toc_tokens
    if tokens and tokens[0]["level"] == 1:
        tokens = tokens[0]["children"]
    walk = lambda ts: [["#" + t["id"], html.unescape(t["name"]), walk(t["children"])] for t in ts]
    return walk(tokens)


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("how", ["http", "file"])
def test_shell_builds_header_nav_and_table_of_contents_with_no_console_error(browser, shell_sites, how, width):
    root, headings, people = shell_sites[how]
    context = browser.new_context(viewport={"width": width, "height": 800})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("console", lambda m: m.type == "error" and errors.append(m.text))
    tab.on("pageerror", lambda e: errors.append(str(e)))
    # (A request the next navigation cuts short, the favicon say, is aborted, not failed.)
    tab.on("requestfailed", lambda r: r.failure != "net::ERR_ABORTED" and errors.append(f"failed {r.url} {r.failure}"))
    tab.on("response", lambda r: r.status >= 400 and errors.append(f"{r.status} {r.url}"))
    try:
        tab.goto(root + headings)
        expected = _expected_toc(HEADINGS)
        assert expected[0][:2] == ["#one-em-code", "One em code"] and expected[-1][:2] == ["#qa-quotes", 'Q&A "quotes"']
        assert tab.evaluate(TOC) == expected
        # The header: the site's name, the page's name as its topic, the menu and search buttons, our search box.
        assert tab.locator(".md-header__topic").all_inner_texts()[0] == "Fact archive"
        assert tab.locator("[data-md-component=header-topic]").text_content() == "Title & co"
        assert tab.locator(".md-header .md-search__input").count() == 1
        assert tab.locator("a.md-logo").evaluate_all("els => els.map(e => e.href)") == [
            root + ("" if how == "http" else "index.html")] * 2
        assert tab.locator("nav.md-nav--primary a.md-nav__link").all_text_contents() == [
            "Home", "Articles", "People", "Organisations", "Places", "Groups", "Figures", "Captions", "Review",
            "Schema"]
        if width == 1280:
            assert tab.locator(".md-sidebar--secondary").is_visible() and tab.locator(".md-sidebar--primary").is_visible()
            # An entry leads to its heading, and material's scroll spy marks it.
            tab.locator(".md-nav--secondary a", has_text="Back").click()
            tab.wait_for_function("location.hash === '#back'")
            tab.wait_for_selector('.md-nav--secondary a.md-nav__link--active[href="#back"]', timeout=5_000)
            assert 0 <= tab.locator("h3#back").bounding_box()["y"] < 200
        else:
            tab.locator('label.md-header__button[for="__drawer"]').click()
            tab.wait_for_timeout(400)  # the drawer slides in
            assert tab.locator("nav.md-nav--primary a", has_text="People").is_visible()
            tab.locator("nav.md-nav--primary a", has_text="People").click()
            tab.wait_for_load_state()
            assert tab.url == root + people
        # A page with no heading under its title: material's empty <nav>, no list.
        tab.goto(root + people)
        assert tab.evaluate(TOC) is None
        assert tab.locator(".md-sidebar--secondary nav.md-nav--secondary").count() == 1
        assert tab.locator("nav.md-nav--primary .md-nav__link--active").all_text_contents() == ["People"]
        assert tab.locator("[data-md-component=header-topic]").text_content() == "People"  # its nav entry's title
        assert errors == []
    finally:
        context.close()


def test_shell_js_builds_the_404_page_from_the_site_root(browser, shell_sites):
    """The 404 page is served for a missing path at any depth; its links start at the site's root."""
    root, _, _ = shell_sites["http"]
    tab = browser.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    try:
        response = tab.goto(root + "404.html")
        assert response.status == 200
        assert tab.locator("a.md-logo").evaluate_all("els => els.map(e => e.href)") == [root] * 2
        assert tab.locator("nav.md-nav--primary a", has_text="People").get_attribute("href") == "/people/"
        assert errors == []
    finally:
        tab.close()
