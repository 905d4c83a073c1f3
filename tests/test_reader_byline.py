"""Bylines of a saved page: real people, every author, never an e-mail, a date, a desk or a section."""

from __future__ import annotations

import lxml.html
import pytest

from factarchive.readers.html_page import page_authors, page_credit, person_names
from factarchive.readers.page_byline import Credit


def tree(head: str = "", body: str = ""):
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


@pytest.mark.parametrize("byline, expected", [
    ("By Ann Lee and Bo Chan, CNN", ["Ann Lee", "Bo Chan"]),
    ("Jane Smith; Tom Brown", ["Jane Smith", "Tom Brown"]),
    ("By Dana A. Ford and Maria van der Berg", ["Dana A. Ford", "Maria van der Berg"]),
    ("mcason@gazette.com", []),
    ("Dec", []),
    ("Wednesday January", []),
    ("Posted November Wednesday", []),
    ("By April Ryan and May Bulman", ["April Ryan", "May Bulman"]),
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


def test_nickname_in_quotes_is_part_of_the_name():
    assert person_names('By Amanda "Tania Mae" Tan') == ['Amanda "Tania Mae" Tan']


def test_authors_from_json_ld_graph_keep_their_order():
    head = ('<script type="application/ld+json">{"@graph": [{"@type": "WebSite", "name": "Gazette"}, '
            '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Bo Chan"}, "Ann Lee", '
            '{"@type": "Person", "name": "Cy Diaz"}]}]}</script>')
    assert page_credit(tree(head)) == Credit(byline="Bo Chan, Ann Lee, Cy Diaz", authors=("Bo Chan", "Ann Lee", "Cy Diaz"))


def test_printed_byline_is_the_credit_and_its_people_the_authors():
    body = ('<article><h1>Council approves the bridge</h1>'
            '<p class="byline">By Ann Lee and Bo Chan, Gazette | Updated 10:40 March 4, 2021</p><p>Text.</p></article>')
    assert page_credit(tree(body=body), sitename="Gazette") == Credit(
        byline="By Ann Lee and Bo Chan, Gazette", authors=("Ann Lee", "Bo Chan"))


def test_reading_time_after_the_name_is_not_part_of_the_credit():
    body = '<article><div class="author-line">By Jill Moss 4 Min Read</div><p>Text.</p></article>'
    assert page_credit(tree(body=body)) == Credit(byline="By Jill Moss", authors=("Jill Moss",))


def test_agency_credit_names_nobody():
    body = ('<article><div class="ArticlePage-byline" itemprop="author"><div itemprop="name">'
            '<span>By:</span> CNN Wire</div></div><p>Text.</p></article>')
    assert page_credit(tree(body=body)) == Credit(byline="By: CNN Wire", authors=())


def test_photographers_are_not_authors():
    body = ('<article><div class="contributors--author">By Mia Holt</div>'
            '<div class="art-img__cont"><img src="a.jpg"><div class="art-img__cont__author">Photograph by Ed Marsh, '
            'Island Restoration Programme</div></div>'
            '<figure><img src="b.jpg"><span class="author">Kit Lamb</span></figure><p>Text.</p></article>')
    assert page_credit(tree(body=body)) == Credit(byline="By Mia Holt", authors=("Mia Holt",))


def test_organisation_author_in_json_ld_gives_way_to_the_printed_byline():
    head = ('<meta property="og:site_name" content="Gazette">'
            '<script type="application/ld+json">{"@type": "Article", "author": {"@type": "Organization", '
            '"name": "Gazette"}}</script>')
    body = '<article><div class="byline">By Mia Holt</div><p>Text.</p></article>'
    assert page_credit(tree(head, body), sitename="Gazette") == Credit(byline="By Mia Holt", authors=("Mia Holt",))


def test_no_credit_at_all():
    assert page_credit(tree(body="<article><p>Text.</p></article>")) == Credit(byline=None, authors=())


def test_printed_byline_names_every_author_where_the_tag_names_the_first():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ann Lee"}}</script>'
    body = '<article><p class="byline">By Ann Lee, Bo Chan and Cy Diaz on Monday, March 4, 2021</p><p>Text.</p></article>'
    assert page_credit(tree(head, body)) == Credit(byline="By Ann Lee, Bo Chan and Cy Diaz",
                                                   authors=("Ann Lee", "Bo Chan", "Cy Diaz"))


def test_names_in_capitals_are_written_as_the_credit_prints_them():
    head = '<meta name="author" content="ANN LEE, BO MCCHAN">'
    body = '<article><div class="byline">Ann Lee and Bo McChan, Associated Press</div><p>Text.</p></article>'
    assert page_credit(tree(head, body)) == Credit(byline="Ann Lee and Bo McChan, Associated Press",
                                                   authors=("Ann Lee", "Bo McChan"))
    assert page_authors(tree('<meta name="author" content="MARY CLARE JONES">')) == ["Mary Clare Jones"]


def test_unmarked_by_line_in_the_article():
    body = ('<article><h1>Council approves the bridge</h1><div>By <a href="/staff/ann-lee">Ann Lee</a>, '
            '<a href="/staff/bo-chan">Bo Chan</a> on Tuesday, November 19th, 2019</div><p>Text.</p></article>')
    assert page_credit(tree(body=body)) == Credit(byline="By Ann Lee , Bo Chan", authors=("Ann Lee", "Bo Chan"))


def test_only_the_first_byline_box_is_read_not_the_biography_or_gear_box():
    body = ('<article><p class="byline author">Ann Lee</p><p>Text.</p>'
            '<div class="author-bio">Ann Lee @annlee Ann covers the council. Full Bio</div>'
            '<div class="author-gear">Ann Lee\'s favorite gear Sony RX100 Beats Powerbeats Pro</div></article>')
    assert page_credit(tree(body=body)) == Credit(byline="Ann Lee", authors=("Ann Lee",))


@pytest.mark.parametrize("credit, expected", [
    ("Analysis by Chris Hale, Gazette Editor-at-large", ["Chris Hale"]),
    ("By Ann Lee @annlee", ["Ann Lee"]),
    ("Multiple Sources", []),
    ("The Russian and Syrian defense ministries", []),
    ("Ann Lee Share", []),
])
def test_credit_boilerplate(credit, expected):
    assert person_names(credit) == expected


def test_wire_story_reporters_when_nothing_else_credits_a_person():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Reuters"}}</script>'
    body = ('<article><p>The company said on Monday it would cut jobs.</p>'
            '<p>(Reporting by Ann Lee and Bo Chan in New York; Additional reporting by Cy Diaz; Editing by Di Evans)</p></article>')
    assert page_credit(tree(head, body)) == Credit(byline="Ann Lee, Bo Chan, Cy Diaz", authors=("Ann Lee", "Bo Chan", "Cy Diaz"))


def test_json_ld_author_with_character_references():
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Lindsey O&#039;Hara"}}</script>'
    assert page_authors(tree(head)) == ["Lindsey O'Hara"]


def test_names_in_capitals_with_apostrophes_and_hyphens():
    assert page_authors(tree('<meta name="author" content="LYNNE O\'HARA-SMITH">')) == ["Lynne O'Hara-Smith"]


def test_agency_in_the_byline_block_is_the_credit_and_no_author():
    body = ('<article><div class="entry-details byline">Reuters Updated: January 16, 2020</div><p>Text.</p></article>')
    assert page_credit(tree(body=body)) == Credit(byline="Reuters", authors=())


def test_consent_text_starting_with_by_is_no_credit():
    body = ("<div>By using this site you agree that we and our partners use cookies.</div>"
            "<article><p>Text.</p></article>")
    assert page_credit(tree(body=body)) == Credit(byline=None, authors=())


@pytest.mark.parametrize("block, credit", [
    ("By Ann Lee Ann Lee The Valley Gazette Biography Ann Lee", "By Ann Lee"),
    ("By Ann Lee Ann Lee Reporter Ann Lee's Most Recent Stories Floods close the valley road", "By Ann Lee"),
    ("By Ann Lee Senior Contributor Opinions expressed by Gazette Contributors are their own.", "By Ann Lee Senior Contributor"),
])
def test_printed_byline_stops_where_the_author_box_begins(block, credit):
    """The name printed again, a biography link, "Most Recent Stories", a contributors' disclaimer: the author's box."""
    head = '<meta name="author" content="Ann Lee">'
    body = f'<article><div class="byline">{block}</div><p>Text.</p></article>'
    assert page_credit(tree(head, body)) == Credit(credit, ("Ann Lee",))


def test_outlet_after_a_co_author_is_not_part_of_the_name():
    head = '<meta name="author" content="Ann Lee">'
    body = '<article><div class="byline">Ann Lee and Bo Chan USA GAZETTE</div><p>Text.</p></article>'
    assert page_credit(tree(head, body), sitename="USA Gazette") == Credit("Ann Lee and Bo Chan USA GAZETTE", ("Ann Lee", "Bo Chan"))
    assert person_names("Cy Diaz III and Bo Chan GAZETTE") == ["Cy Diaz III", "Bo Chan"]


def test_a_sports_desk_is_no_author():
    assert person_names("Gazette Sport") == []
