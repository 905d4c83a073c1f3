"""The article's own publication date on a saved page: every spelling of it, the page's locale, never a comment's."""

from __future__ import annotations

from datetime import date

import lxml.html
import pytest

from factarchive.readers.html_page import dated_by, page_date

TODAY = date(2024, 6, 1)


def tree(head: str = "", body: str = "", lang: str = "en"):
    return lxml.html.fromstring(f'<html lang="{lang}"><head>{head}</head><body>{body}</body></html>')


def test_itemprop_with_two_names_is_read():
    page = tree(body='<article><span itemprop="datePublished dateCreated" content="2016-10-04T10:00:00-04:00">Oct 4</span>'
                     "<p>The council met.</p></article>")
    assert page_date(page, "https://news.example/2016/10/05/story", TODAY) == "2016-10-04"


def test_json_ld_date_on_a_nested_article_and_date_created():
    head = ('<script type="application/ld+json">{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", '
            '"dateCreated": "2021-03-05T08:00:00+01:00"}}</script>')
    assert page_date(tree(head), None, TODAY) == "2021-03-05"


def test_related_stories_in_json_ld_do_not_count():
    head = ('<script type="application/ld+json">{"@type": "ItemList", "itemListElement": [{"@type": "NewsArticle", '
            '"datePublished": "2020-01-01"}]}</script><meta property="article:published_time" content="2021-03-04">')
    assert page_date(tree(head), None, TODAY) == "2021-03-04"


@pytest.mark.parametrize("lang, url, expected", [
    ("en-US", None, "2016-10-04"),
    ("en-GB", None, "2016-04-10"),
    ("en", "https://www.gazette.co.uk/news/story", "2016-04-10"),
    ("en", "https://www.gazette.com/news/story", "2016-10-04"),
])
def test_locale_decides_day_and_month_order(lang, url, expected):
    page = tree(body='<article><header><time>10/04/16</time></header><p>The council met.</p></article>', lang=lang)
    assert page_date(page, url, TODAY) == expected


def test_comment_and_related_story_dates_never_count():
    body = ('<article><p>The council met.</p></article>'
            '<section class="comments"><time datetime="2016-10-07">Oct 7</time></section>'
            '<div class="related-stories"><time datetime="2016-04-01">Apr 1</time></div>'
            '<footer><time datetime="2016-12-31">2016</time></footer>')
    assert page_date(tree(body=body), None, TODAY) is None


@pytest.mark.parametrize("value", ["0001-01-01T00:00:00Z", "1799-12-31", "2024-06-03", "2024-13-45"])
def test_impossible_publication_dates_are_no_dates(value):
    assert page_date(tree(f'<meta property="article:published_time" content="{value}">'), None, TODAY) is None


def test_tomorrow_is_still_a_date():
    assert page_date(tree('<meta property="article:published_time" content="2024-06-02T01:00:00+10:00">'), None, TODAY) == "2024-06-02"


@pytest.mark.parametrize("head, body, expected", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-04T09:00:00Z"}</script>'
     '<meta property="article:published_time" content="2021-03-01">', "", ("2021-03-04", "json-ld")),
    ("", '<article><meta itemprop="datePublished" content="2021-03-04"><p>The council met.</p></article>',
     ("2021-03-04", "microdata")),
    ('<meta name="parsely-pub-date" content="2021-03-04T09:00:00Z">', "", ("2021-03-04", "meta")),
    ("", '<article><header><time datetime="2021-03-04T09:00">March 4</time></header><p>The council met.</p></article>',
     ("2021-03-04", "time")),
    ("", "<article><p>The council met.</p></article>", (None, None)),
])
def test_the_witness_of_the_date_is_recorded(head, body, expected):
    assert dated_by(tree(head, body), None, TODAY) == expected


def test_printed_date_in_the_header_is_read_in_the_page_locale():
    page = tree(body='<article><header><span class="byline">By Ann Lee</span><time>4 March 2021, 10:40</time></header>'
                     "<p>The council met.</p></article>", lang="en-GB")
    assert dated_by(page, None, TODAY) == ("2021-03-04", "time")


@pytest.mark.parametrize("lang, line, expected", [
    ("en-US", '<div class="byline">By <a href="/ann">Ann Lee</a> on Monday, November 18th, 2019 at 3:50 p.m.</div>', "2019-11-18"),
    ("en-GB", '<p class="article-date">Published 4 March 2021, 10:40 GMT</p>', "2021-03-04"),
    ("en-GB", '<span class="date">04/03/2021</span>', "2021-03-04"),
    ("en-US", '<span class="date">04/03/2021</span>', "2021-04-03"),
])
def test_date_printed_in_the_byline_or_date_line(lang, line, expected):
    page = tree(body=f"<article><h1>The council met</h1>{line}<p>The council met.</p>"
                     '<div class="comments"><span class="date">January 2, 2020</span></div></article>', lang=lang)
    assert dated_by(page, None, TODAY) == (expected, "printed")


def test_printed_dates_of_related_stories_never_count():
    page = tree(body='<article><p>The council met.</p></article><div class="related"><span class="date">May 3, 2019</span></div>')
    assert dated_by(page, None, TODAY) == (None, None)


def test_date_of_a_quoted_statement_is_not_the_article_date():
    page = tree(body='<article><p class="statement__meta">— Jo Doe on Sunday, October 13th, 2019 in a newspaper</p>'
                     '<p class="article__meta">By Ann Lee on Monday, November 18th, 2019</p><p>The council met.</p></article>')
    assert dated_by(page, None, TODAY) == ("2019-11-18", "printed")
