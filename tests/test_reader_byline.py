"""Bylines of a saved page: real people, every author, never an e-mail, a date, a desk or a section."""

from __future__ import annotations

import lxml.html
import pytest

from factarchive.readers.html_page import page_authors, person_names


def tree(head: str = "", body: str = ""):
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


@pytest.mark.parametrize("byline, expected", [
    ("By Ann Lee and Bo Chan, CNN", ["Ann Lee", "Bo Chan"]),
    ("Jane Smith; Tom Brown", ["Jane Smith", "Tom Brown"]),
    ("By Dana A. Ford and Maria van der Berg", ["Dana A. Ford", "Maria van der Berg"]),
    ("mcason@gazette.com", []),
    ("Dec", []),
    ("Wednesday January", []),
    ("Staff Reporter", []),
    ("Jo Reed is a reporter for the Gazette", []),
    ("Gazette", []),
])
def test_person_names(byline, expected):
    assert person_names(byline, sitename="Gazette") == expected


def test_json_ld_authors_are_all_kept():
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ann Lee"}, '
            '{"@type": "Person", "name": "Bo Chan"}]}</script><meta name="author" content="Gazette Staff">')
    assert page_authors(tree(head)) == ["Ann Lee", "Bo Chan"]


def test_byline_block_in_the_article_not_the_related_story():
    body = ('<article><div class="byline">By <a rel="author" href="/ann">Ann Lee</a></div><p>Text.</p></article>'
            '<aside class="related"><span class="byline">By Carl Other</span></aside>')
    assert page_authors(tree(body=body)) == ["Ann Lee"]


def test_section_name_in_the_author_slot_is_not_a_person():
    body = ('<nav><a href="/food-science">Food Science</a></nav>'
            '<article><span class="author">Food Science</span><p>Text.</p></article>')
    assert page_authors(tree('<meta name="author" content="Bo Chan">', body)) == ["Bo Chan"]


def test_publisher_in_the_author_tag_is_not_a_person():
    head = '<meta name="author" content="Example Media Group"><meta name="copyright" content="(c) Example Media Group 2024">'
    assert page_authors(tree(head), extracted="Example Media Group; Ann Lee") == ["Ann Lee"]
