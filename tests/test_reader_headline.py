"""The printed headline of a saved page: the <h1> checked against og:title, JSON-LD and <title>; furniture never wins."""

from __future__ import annotations

import lxml.html
import pytest

from factarchive.readers.html_page import is_furniture, page_headline


def tree(head: str, body: str):
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_printed_h1_wins_over_a_reworded_og_title():
    page = tree('<title>Council approves the Wear bridge | Gazette</title>'
                '<meta property="og:title" content="Wear bridge approved by council">',
                "<article><h1>Council approves new bridge over the Wear after ten years</h1></article>")
    assert page_headline(page, None, "Gazette") == "Council approves new bridge over the Wear after ten years"


@pytest.mark.parametrize("furniture", ["Most Popular", "See Also", "Get the Gazette in your inbox.", "Share Your Thoughts",
                                       "Got Feedback? Click Here to Join the Discussion", "Join the Discussion Cancel reply"])
def test_furniture_heading_is_never_the_headline(furniture):
    page = tree('<title>Council approves new bridge over the Wear | Gazette</title>'
                '<meta property="og:title" content="Council approves new bridge over the Wear">',
                f'<div class="box"><h1 class="entry-title">{furniture}</h1></div><p>The council met on Tuesday.</p>')
    assert is_furniture(furniture)
    assert page_headline(page, None, "Gazette") == "Council approves new bridge over the Wear"


def test_logo_h1_and_section_name_lose_to_the_declared_headline():
    page = tree('<title>Flood warnings for eleven villages - Valley News</title>'
                '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Flood warnings for eleven villages"}</script>',
                '<header><nav><a href="/">Home</a></nav><h1>Valley News</h1></header><h1>Weather</h1>')
    assert page_headline(page, None, "Valley News") == "Flood warnings for eleven villages"


def test_h1_in_comment_form_is_skipped_and_the_article_h1_is_kept():
    page = tree('<title>Farmers count the cost of the drought | Gazette</title>',
                '<article><h1>Farmers count the cost of the drought</h1></article>'
                '<div id="comments"><h1>Leave a Reply</h1></div>')
    assert page_headline(page, None, "Gazette") == "Farmers count the cost of the drought"


def test_longer_printed_headline_is_kept_when_the_declared_one_is_cut_short():
    page = tree('<meta property="og:title" content="Lust for Youth">',
                "<article><h1>Lust for Youth: the band that played every night for a year</h1></article>")
    assert page_headline(page, None, None) == "Lust for Youth: the band that played every night for a year"


def test_section_name_after_the_declared_headline_is_cut_where_another_witness_has_it_without():
    page = tree('<title>All-new hatchback is what we want - Auto News</title>'
                '<meta property="og:title" content="All-new hatchback is what we want - Auto News">'
                '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "All-new hatchback is what we want"}</script>',
                '<div class="sidebar"><h1>All-new hatchback is what we want</h1></div><p>Text.</p>')
    assert page_headline(page, None, "Motoring Daily") == "All-new hatchback is what we want"


def test_headline_with_a_colon_is_not_cut():
    page = tree('<title>Floods: the valley counts the cost</title>'
                '<meta property="og:title" content="Floods: the valley counts the cost">', "<p>Text.</p>")
    assert page_headline(page, None, None) == "Floods: the valley counts the cost"
