"""A saved page's publication date: 1800 to tomorrow from every witness, and the URL's date when the page states none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from factarchive.readers.html_page import parse_html, url_date

TODAY = date(2026, 11, 30)
TITLE = "Council agrees how to pay for the new bridge"
BODY = ("<p>The river council met on Monday to decide how the new bridge over the valley will be paid for this year.</p>"
        "<p>Its members agreed that the town and the county will share the cost of the work in equal parts.</p>")
STORY = "https://news.example.com/{}/bridge-deal"


def dated(head: str = "", in_article: str = "", url: str | None = None) -> tuple[str | None, str | None]:
    link = f'<link rel="canonical" href="{url}">' if url else ""
    html = (f"<html><head><title>{TITLE}</title>{link}{head}</head><body><article><h1>{TITLE}</h1>{in_article}{BODY}"
            "</article></body></html>")
    result = parse_html(Path("page.html"), html, today=TODAY)
    return result["published"], result["published_source"]


META = '<meta property="article:published_time" content="{}">'
JSON_LD = '<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "{}"}}</script>'
MICRODATA = '<span itemprop="datePublished" content="{}"></span>'
TIME = '<time datetime="{}">published</time>'


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00Z", "1799-12-31", "2026-12-02", "2026-12-05T10:00:00Z", "2999-01-01"])
@pytest.mark.parametrize("where", ["meta", "json-ld", "microdata", "time"])
def test_a_date_outside_1800_to_tomorrow_is_no_date_whatever_states_it(where, value):
    head = {"meta": META, "json-ld": JSON_LD}.get(where, "").format(value)
    in_article = {"microdata": MICRODATA, "time": TIME}.get(where, "").format(value)
    assert dated(head, in_article) == (None, None)


@pytest.mark.parametrize("where, source", [("meta", "meta"), ("json-ld", "json-ld"), ("microdata", "microdata"), ("time", "time")])
@pytest.mark.parametrize("value", ["1800-01-01", "2026-12-01"])
def test_the_first_and_last_days_that_can_be_publication_dates(where, source, value):
    head = {"meta": META, "json-ld": JSON_LD}.get(where, "").format(value)
    in_article = {"microdata": MICRODATA, "time": TIME}.get(where, "").format(value)
    assert dated(head, in_article) == (value, source)


def test_a_printed_date_line_outside_the_range_is_no_date():
    assert dated(in_article='<div class="date">March 3, 1650</div>') == (None, None)
    assert dated(in_article='<div class="date">March 3, 1850</div>') == ("1850-03-03", "printed")


@pytest.mark.parametrize("path, expected", [
    ("2019/03/14", ("2019-03-14", "url")),
    ("1985/3/4", ("1985-03-04", "url")),  # older than htmldate's URL years (1990-2039) and its earliest date (1995)
    ("0001/01/01", (None, None)),
    ("1799/12/31", (None, None)),
    ("2026/12/05", (None, None)),
    ("2019/13/45", (None, None)),
])
def test_the_url_states_the_date_when_the_page_does_not(path, expected):
    assert dated(url=STORY.format(path)) == expected


def test_the_og_url_counts_as_the_pages_url():
    assert dated('<meta property="og:url" content="https://news.example.com/2019-03-14-bridge-deal">') == ("2019-03-14", "url")


def test_the_pages_own_date_outranks_the_url_and_a_placeholder_does_not():
    assert dated(META.format("2019-03-15"), url=STORY.format("2019/03/14")) == ("2019-03-15", "meta")
    assert dated(META.format("0001-01-01T00:00:00Z"), url=STORY.format("2019/03/14")) == ("2019-03-14", "url")


def test_a_page_dated_after_tomorrow_is_not_handed_to_htmldate():
    # htmldate reads "2026-12-05" as December 2026 and answers "2026-12-01", a day the page never states.
    assert dated(META.format("2026-12-05")) == (None, None)


@pytest.mark.parametrize("url, expected", [
    ("https://news.example.com/2019/11/19/20970600/browns-snap-counts", "2019-11-19"),
    ("https://news.example.com/politics/2019_03_14_bridge.html", "2019-03-14"),
    ("https://news.example.com/story/bridge?date=2019/03/14", None),  # the query is not the story's path
    ("https://news.example.com/2019/03/bridge-deal", None),  # a month is no date
    ("https://news.example.com/id/20190314/bridge", None),
    ("https://news.example.com/2010/10/1000-bridges", None),
    ("http://[::1", None),  # not a URL
    (None, None),
])
def test_url_date(url, expected):
    assert url_date(url, TODAY) == expected
