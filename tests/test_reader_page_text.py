"""A saved page's body stops at the site's own lines: prompts, notices, contact lines and boxes of other stories."""

from __future__ import annotations

import lxml.html
import pytest

from factarchive.readers import read_seed
from factarchive.readers.page_text import article_lines, linked_lines, site_line, without_closing_prompts

from .test_reader_html import BODY, PARAGRAPHS, page


@pytest.mark.parametrize("line", [
    "Sign up for our daily newsletter and get the top stories in your inbox.",
    "Want Weekly Recs on What to Watch? Sign Up for Our Weekend Letter",
    "Get the latest updates right in your inbox. Subscribe to the Gazette's newsletters.",
    "CLICK HERE TO GET THE GAZETTE APP",
    "Follow Gazette Sport on Facebook and Twitter for more news.",
    "© 2021 Valley News Network. All rights reserved.",
    "Copyright 2019 Hawaii Valley News. All rights reserved.",
    "copyright Valley Magazine 2019 - ISSN: 1234-5678",
    "Write to Ann Walker at ann.walker@valley.example",
    "ann.walker@valley.example",
    "(END)",
    "Comments",
    "Loading weather data ...",
    "Main image credit: Getty",
    "(Reporting by Ann Lee; Editing by Bo Chan)",
    "Additional reporting by Cy Diaz; Editing by Bo Chan and Di Ek",
    "Gazette writers Ann Lee and Bo Chan in Millbrook contributed to this report.",
    "Gazette's Ann Lee contributed to this report",
    "SOURCE: News agencies",
    "With Gazette wires",
    "-- By Ann Lee Follow @annlee",
    "Edited by Bo Chan in London",
    "Originally published on Valley Science.",
])
def test_site_lines(line):
    assert site_line(line)


@pytest.mark.parametrize("line", [
    "Sign up for the bundle with the same account and the price drops to $12.99 a month.",
    "Subscribers to the service rose by 10% last year, the company said.",
    "Copyright lawyers say the ruling will change how songs are licensed across the industry.",
    "The council said comments on the plan can be sent until Friday.",
    "The source said the council had not reported by Friday.",
    "Investors contributed $5 million to the fund, the report said.",
])
def test_article_sentences_are_not_site_lines(line):
    assert not site_line(line)


@pytest.mark.parametrize("line, kept", [
    ("Her book is out now. Follow her on Twitter @annlee. Follow us on Twitter @Gazette or Facebook.", "Her book is out now."),
    ("The council meets on Friday. Have a tip? Ann Lee may be reached at ann@valley.example. Follow her on Twitter @annlee.",
     "The council meets on Friday."),
    ("Email Ann Lee at ann@valley.example or follow her @annlee. Follow us on Twitter @Gazette.", ""),
    ("Interested in the bridge? Let us know down below in the comments or on our Twitter.", "Interested in the bridge?"),
    ("Fans followed the band on Twitter. The tour starts in May.", "Fans followed the band on Twitter. The tour starts in May."),
])
def test_prompts_closing_a_paragraph(line, kept):
    assert without_closing_prompts(line) == kept


def test_other_stories_box_ends_at_the_next_paragraph():
    lines = ["The band will tour next summer.", "You may also like...", "Who will headline the festival in 2020?",
             "Band takes over fan vote", "The tour opens in Cleveland on July 22, the promoter said, and tickets go on "
             "sale on Friday morning at ten o'clock local time."]
    assert article_lines(lines) == (
        ["The band will tour next summer.", lines[-1]],
        ["Who will headline the festival in 2020?", "Band takes over fan vote"])


def test_page_body_without_prompts_notices_and_other_stories(tmp_path):
    article = (BODY + "<p>Follow Valley News on Twitter for more updates.</p><p>Popular on Valley News</p>"
               "<p>Bridge reopens after repairs</p><p>School wins award</p>"
               "<p>Write to Ann Walker at ann.walker@valley.example</p><p>© 2021 Valley News. All rights reserved.</p>")
    path = tmp_path / "page.html"
    path.write_text(page(article=article), encoding="utf-8")
    a = read_seed(path, tmp_path)
    assert a.paragraphs == PARAGRAPHS
    assert a.related == ("Bridge reopens after repairs", "School wins award")


def test_a_line_that_is_one_link_to_another_page_is_a_teaser(tmp_path):
    """Other stories' headlines set between paragraphs ("SEAN SPICER ELIMINATED ..."); a sentence with a link stays."""
    article = (BODY[:BODY.index("<p>Forecasters")]
               + '<p><strong><a href="https://valley.example/bridge">BRIDGE REOPENS AFTER TEN YEARS OF REPAIRS</a></strong></p>'
               + BODY[BODY.index("<p>Forecasters"):]
               + '<p>Read the <a href="https://valley.example/report">council report</a> on the flood defences, '
               "published on Friday after a long delay.</p>")
    path = tmp_path / "page.html"
    path.write_text(page(article=article), encoding="utf-8")
    a = read_seed(path, tmp_path)
    assert a.paragraphs == PARAGRAPHS + ("Read the council report on the flood defences, published on Friday after a long delay.",)
    assert a.related == ("BRIDGE REOPENS AFTER TEN YEARS OF REPAIRS",)


def test_linked_lines_are_whole_links_to_other_pages():
    tree = lxml.html.fromstring('<html><body><ul><li><a href="https://valley.example/s"><u>School wins the county award</u></a>'
                                '</li><li><a href="#top">Back to the top</a></li></ul><p>Read the <a href="/r">council '
                                'report</a> today.</p><h3><a href="/x">Home</a></h3></body></html>')
    assert linked_lines(tree) == frozenset({"School wins the county award"})
