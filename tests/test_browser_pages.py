"""Every page type in a real browser at desktop (1280 px) and phone (390 px) width, on 300 generated articles.

Issue #15 item 8: no horizontal page scroll, no element wider than the viewport (a wide table scrolls inside
its own box), paging and the filter box work, the map and the timeline render, and no page logs a console
error. The archive is ``benchmarks/site_pages.py``'s ``varied_archive``: undated articles and an impossible
date, figures in three units, a disagreement, a cluster of places and one across the 180° meridian.

A second small site pages the disagreements (issue 14: a series's days, the figures index's things), pages of one.

Set FACTARCHIVE_SHOTS=/tmp/shots to keep a screenshot of every page at both widths.
"""

from __future__ import annotations

from dataclasses import replace

import functools
import http.server
import os
import sys
import threading
from pathlib import Path

import pytest

from factarchive.site import urls

from .conftest import CHROMIUM, ROOT

WIDTHS = (1280, 390)
ARTICLES = 300

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not at /usr/bin/chromium (make browser)"),
]

# One page of every type: (name for the screenshot, path under the site).
PAGES = [
    ("home", ""),
    ("articles", "articles/"),
    ("articles-month", "browse/articles/2004-06/"),
    ("articles-undated", "browse/articles/undated/"),
    ("article", urls.page_url(urls.article("article-00010"))),  # a figure others disagree with, "Read more" links
    ("article-long-title", urls.page_url(urls.article("article-00007"))),
    ("entity", urls.page_url(urls.entity("entity-0"))),
    ("entity-articles-2", urls.page_url(urls.entity_articles("entity-0", 2))),
    ("entity-aliases", urls.page_url(urls.entity("trump"))),
    ("people", "people/"),
    ("places-page-2", "browse/places/count-2/"),
    ("people-a-z", "browse/people/e/"),
    ("organisations", "organizations/"),
    ("groups", "groups/"),
    ("places", "places/"),
    ("figures", "figures/"),
    ("figures-counts", "browse/figures/no-unit/"),
    ("figures-usd", "browse/figures/unit-usd/"),
    ("series-disagreement", urls.page_url(urls.series("people-killed"))),
    ("captions", "captions/"),
    ("captions-page-2", "browse/captions/2/"),
    ("schema", "schema/"),
]

# Elements wider than the window that are not on the page: material's search overlay and the drawer.
TOO_WIDE = """() => [...document.querySelectorAll('.md-main *')].filter(e => {
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.right <= window.innerWidth + 0.5) return false;
    if (e.closest('.md-typeset__scrollwrap') || e.closest('.md-sidebar')) return false;
    return getComputedStyle(e).visibility !== 'hidden';
}).slice(0, 5).map(e => e.tagName.toLowerCase() + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right))"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The generated archive built by MkDocs, served over http on 127.0.0.1; yields its base URL."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from site_pages import varied_archive

    from factarchive.site.catalog import gather
    from factarchive.site.render import build_pages, write_pages

    out = tmp_path_factory.mktemp("pages")
    write_pages(build_pages(gather(varied_archive(ARTICLES))), out / "docs")
    yield from _built_and_served(out)


def _built_and_served(out: Path):
    """Build ``out/docs`` with MkDocs into ``out/site``, serve it on 127.0.0.1 and yield its base URL."""
    from factarchive.site.mkdocs_build import run_mkdocs

    result = run_mkdocs(ROOT / "mkdocs.yml", out / "docs", out / "site")
    assert result.ok, result.output[-3000:]
    handler = functools.partial(_QuietHandler, directory=str(out / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def tab(browser, request):
    """A page at one width, collecting console errors and failed requests."""
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    page = context.new_page()
    page.errors = []
    page.on("console", lambda m: m.type == "error" and page.errors.append(m.text))
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    page.on("response", lambda r: r.status >= 400 and page.errors.append(f"{r.status} {r.url}"))
    page.width = request.param
    yield page
    context.close()


def _fits_the_window(tab, url: str, name: str) -> None:
    """The page at ``url`` loads, scrolls only down, nothing sticks out of the window, no console error or failed
    request; with FACTARCHIVE_SHOTS=DIR a full-page screenshot goes to DIR."""
    response = tab.goto(url)
    assert response.status == 200
    shots = os.environ.get("FACTARCHIVE_SHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=f"{shots}/{name}-{tab.width}.png", full_page=True)
    assert tab.evaluate("document.documentElement.scrollWidth") == tab.width  # no horizontal page scroll
    assert tab.evaluate(TOO_WIDE) == []
    assert tab.errors == []


@pytest.mark.parametrize("name, path", PAGES, ids=[n for n, _ in PAGES])
def test_page_fits_the_window_with_no_console_error(tab, site, name, path):
    _fits_the_window(tab, site + path, name)


def test_index_pages_lead_to_the_next_page_and_to_a_letter(tab, site):
    # Places: 267 of the 338 are named in two articles or more (Idlib, the toll's place, in three), two pages by count
    # (the others only A-Z).
    tab.goto(site + "places/")
    rows = tab.locator("article table tbody tr")
    assert rows.count() == 200
    tab.locator("article p.fa-pager").first.get_by_role("link", name="2", exact=True).click()
    tab.wait_for_load_state()
    assert tab.url == site + "browse/places/count-2/"
    assert tab.locator("article h1").inner_text().removesuffix("¶") == "Places: page 2"
    assert rows.count() == 67
    tab.locator("article p.fa-letters").get_by_role("link", name="E", exact=True).click()
    tab.wait_for_load_state()
    assert tab.url == site + "browse/places/e/"
    names = tab.locator("article table tbody tr td:first-child").evaluate_all("els => els.map(e => e.innerText)")
    assert names and all(n.startswith("E") for n in names)
    assert tab.errors == []


def test_filter_box_keeps_only_the_rows_that_match(tab, site):
    tab.goto(site + "people/")
    rows = tab.locator("article table tbody tr")
    tab.locator("input.fa-filter").fill("trump")
    assert rows.evaluate_all("els => els.filter(e => !e.hidden).map(e => e.cells[0].innerText)") == ["Donald Trump"]
    assert tab.locator(".fa-filter-status").inner_text() == "1 of 185 shown"  # the people in two articles or more
    tab.locator("input.fa-filter").fill("")
    assert rows.evaluate_all("els => els.filter(e => !e.hidden).length") == 185
    assert tab.errors == []


def test_columns_of_numbers_are_right_aligned_by_the_script(tab, site):
    """Issue #14 (site size): no style attribute on every numeric cell; tablesort-init.js marks the column."""
    tab.goto(site + "people/")
    row = tab.locator("article table tbody tr").first
    align = "e => getComputedStyle(e).textAlign"
    assert [row.locator("td").nth(n).evaluate(align) for n in (0, 1)] == ["left", "right"]
    assert tab.locator("article table th").nth(1).evaluate(align) == "right"
    assert tab.locator("article table [style]").count() == 0
    tab.goto(site + "browse/figures/no-unit/")  # values are numbers; the article column is not
    heads = tab.locator("article table th").evaluate_all("els => els.map(e => e.className.includes('fa-num'))")
    texts = tab.locator("article table th").evaluate_all("els => els.map(e => e.innerText)")
    assert dict(zip(texts, heads))["Value"] is True and dict(zip(texts, heads))["Article"] is False
    assert tab.errors == []


def test_map_fills_the_column_and_its_pins_lead_to_place_pages(tab, site):
    tab.goto(site + "places/")
    svg = tab.locator("figure.fa-map svg").bounding_box()
    column = tab.locator("article").bounding_box()
    assert svg["width"] >= column["width"] - 40  # the text column's width, less its padding
    assert abs(svg["height"] - svg["width"] / 2) < 2
    pins = tab.locator("p.fa-pins a.fa-pin")
    assert pins.count() > 20
    box = tab.locator("p.fa-pins").bounding_box()
    assert (round(box["y"]), round(box["height"])) == (round(svg["y"]), round(svg["height"]))  # laid over the map
    biggest = pins.first
    name = biggest.inner_text().split(" (")[0].split(" +")[0]
    biggest.click()
    tab.wait_for_load_state()
    assert tab.url.startswith(site + "entities/")
    assert tab.locator("article h1").inner_text().removesuffix("¶") == name
    assert tab.errors == []


def test_timeline_and_charts_render(tab, site):
    tab.goto(site + "articles/")
    bars = tab.locator("article figure svg rect.fa-bar")
    assert bars.count() == 24  # two years of months; the undated and the 0001-01-01 article are counted apart
    assert "with no date, or an impossible one" in tab.locator("article figure figcaption").first.inner_text()
    tab.goto(site + urls.page_url(urls.series("people-killed")))
    assert tab.locator("article figure svg circle.fa-point").count() == 2  # the third report has no date
    assert tab.locator("article h2", has_text="Reports that disagree").count() == 1
    assert tab.errors == []


def test_sentences_are_folded_until_asked_for(tab, site):
    tab.goto(site + urls.page_url(urls.article("article-00010")))
    evidence = tab.locator("details.fa-evidence").first
    assert evidence.evaluate("e => e.open") is False
    evidence.locator("summary").click()
    assert evidence.evaluate("e => e.open") is True
    assert evidence.locator("li").first.is_visible()
    assert tab.errors == []


# Paged disagreements (issue 14): three days of disagreement over two things, with a page size of one, so that
# each list the archive grows (a series' days, the figures index's things) has further pages.
PAGED = [
    ("figures-disagreements", "figures/"),
    ("figures-disagreements-2", "browse/figures/disagreements-2/"),
    ("series-many-days", urls.page_url(urls.series("people-killed"))),
    ("series-disagreements-3", "browse/series/f4/people-killed/disagreements-3/"),
]


@pytest.fixture(scope="module")
def paged_site(tmp_path_factory):
    """A small archive of disagreements built with pages of one (figure_pages' sizes set for the build), served over http."""
    from factarchive.model import Figure
    from factarchive.site import figure_pages, render
    from factarchive.site.catalog import gather

    from .test_site_disagreement_stories import toll

    hurt = [toll(i, "2020-04-01", v, place="Leeds") for i, v in (("h1", 5), ("h2", 8))]
    hurt = [replace(h, figures=(replace(h.figures[0], counts="people injured"),)) for h in hurt]
    sheets = [toll(f"{day}{n}", f"2020-03-0{day}", 10 * day + n) for day in (1, 2, 3) for n in (0, 1)] + hurt
    out = tmp_path_factory.mktemp("paged")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("SERIES_CLASHES_PAGE", "FIGURES_DISAGREEMENTS_PAGE", "CLASH_DATES_SHOWN"):
            patch.setattr(figure_pages, name, 1)
        render.write_pages(render.build_pages(gather(sheets)), out / "docs")
    yield from _built_and_served(out)


@pytest.mark.parametrize("name, path", PAGED, ids=[n for n, _ in PAGED])
def test_paged_disagreements_fit_the_window_with_no_console_error(tab, paged_site, name, path):
    _fits_the_window(tab, paged_site + path, name)


def test_an_old_day_of_disagreement_is_one_click_from_its_article_and_from_the_series(tab, paged_site):
    # Article 10 reports the oldest day, on the series' first page of disagreements (numbered from the oldest: 2).
    tab.goto(paged_site + urls.page_url(urls.article("10")))
    tab.get_by_role("link", name="other articles disagree").click()
    tab.wait_for_load_state()
    assert tab.url == paged_site + "browse/series/f4/people-killed/disagreements-2/#disagree-2020-03-01-idlib"
    assert tab.locator("#disagree-2020-03-01-idlib").count() == 1
    # The series page counts its older days and pages them.
    tab.goto(paged_site + urls.page_url(urls.series("people-killed")))
    assert "2 older days on which they disagree" in tab.locator("article").inner_text()
    tab.locator("article p.fa-pager").get_by_role("link", name="2020-03-01", exact=True).click()
    tab.wait_for_load_state()
    assert tab.url == paged_site + "browse/series/f4/people-killed/disagreements-2/"
    # The figures index leads to its second page of disagreements.
    tab.goto(paged_site + "figures/")
    tab.locator("article p.fa-pager").get_by_role("link", name="2", exact=True).click()
    tab.wait_for_load_state()
    assert tab.url == paged_site + "browse/figures/disagreements-2/"
    assert tab.get_by_role("link", name="people injured").count() == 1
    assert tab.errors == []
