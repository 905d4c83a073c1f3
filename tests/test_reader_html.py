"""The HTML reader: trafilatura's text and metadata, captions with credits, boilerplate dropped."""

from __future__ import annotations

import gzip

import pytest

from factarchive.model import Dateline, RawCaption
from factarchive.readers import read_seed
from factarchive.readers.html_page import headline

from .conftest import CORPUS

BODY = (
    "<p>Heavy rain closed more than twenty roads across the valley on Thursday, the county council said, "
    "as rivers rose to their highest level in a decade.</p>"
    "<p>Emergency crews rescued four drivers whose cars were caught by rising water near Millbrook, and the "
    "council opened two rest centres for families who had to leave their homes overnight.</p>"
    "<p>Forecasters expect more rain over the weekend, and the Environment Agency has issued flood warnings "
    "for eleven villages along the river.</p>"
)
PARAGRAPHS = (
    "Heavy rain closed more than twenty roads across the valley on Thursday, the county council said, "
    "as rivers rose to their highest level in a decade.",
    "Emergency crews rescued four drivers whose cars were caught by rising water near Millbrook, and the "
    "council opened two rest centres for families who had to leave their homes overnight.",
    "Forecasters expect more rain over the weekend, and the Environment Agency has issued flood warnings "
    "for eleven villages along the river.",
)


def page(head: str = "", article: str = BODY, around: str = "") -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
            f"<title>Floods close roads across the valley | Valley News</title>"
            f'<meta property="og:site_name" content="Valley News">{head}</head><body>'
            f"<article><h1>Floods close roads across the valley</h1>{article}</article>{around}</body></html>")


def read_page(tmp_path, html: str, name: str = "page.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return read_seed(path, tmp_path)


def test_metadata_and_text(tmp_path):
    head = ('<link rel="canonical" href="https://valley.example/news/floods">'
            '<meta name="author" content="Ann Walker">'
            '<meta property="article:published_time" content="2021-03-04T09:00:00+00:00">')
    a = read_page(tmp_path, page(head))
    assert (a.title, a.outlet, a.url, a.byline, a.published) == (
        "Floods close roads across the valley", "Valley News", "https://valley.example/news/floods",
        "Ann Walker", "2021-03-04")
    assert a.paragraphs == PARAGRAPHS
    assert (a.language, a.encoding, a.reader, a.seed) == ("en", "utf-8", "html.v2", "page.html")
    assert (a.authors, a.published_source) == (("Ann Walker",), "meta")


def test_credit_authors_and_date_source_on_the_article(tmp_path):
    """Issue 17: the printed byline is the credit, its people the authors; the date's witness is recorded."""
    head = ('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-04T09:00:00Z", '
            '"author": [{"@type": "Person", "name": "Ann Walker"}, {"@type": "Person", "name": "Raj Patel"}]}</script>'
            '<meta name="author" content="Web Desk">')
    article = '<p class="byline">By Ann Walker and Raj Patel, Valley News</p>' + BODY
    a = read_page(tmp_path, page(head, article=article))
    assert (a.byline, a.authors, a.published, a.published_source) == (
        "By Ann Walker and Raj Patel, Valley News", ("Ann Walker", "Raj Patel"), "2021-03-04", "json-ld")
    assert a.paragraphs == PARAGRAPHS


def test_page_without_credit_or_date(tmp_path):
    a = read_page(tmp_path, page())
    assert (a.byline, a.authors, a.published, a.published_source) == (None, (), None, None)


def test_figcaption_credits(tmp_path):
    article = (
        '<figure><img src="a.jpg" alt="Flooded road"><figcaption>A car drives through flood water near Millbrook, '
        "March 4, 2021. REUTERS/John Doe</figcaption></figure>" + BODY +
        '<figure><img src="b.jpg"><figcaption>Volunteers fill sandbags in Eastham. <span class="credit">Photo: AFP'
        "</span></figcaption></figure>"
        '<figure><img src="c.jpg"><figcaption>The mayor visits a rest centre. (AP Photo/Jane Roe)</figcaption></figure>'
        '<figure><img src="d.jpg"><figcaption>Water pours over the weir, March 4, 2021. /AFP Photo</figcaption></figure>'
        '<figure><img src="e.jpg" alt="The river at dawn. Photo: Valley News"></figure>'
        '<figure><img src="f.jpg"><figcaption>Image caption Boats moored on the flooded green [Valley Rowing Club]'
        "</figcaption></figure>"
        '<figure><video src="v.mp4"></video><figcaption>Media caption Watch: the river bursts its banks</figcaption></figure>'
    )
    a = read_page(tmp_path, page(article=article))
    assert a.captions == (
        RawCaption("A car drives through flood water near Millbrook, March 4, 2021.", "REUTERS/John Doe"),
        RawCaption("Volunteers fill sandbags in Eastham.", "AFP"),
        RawCaption("The mayor visits a rest centre.", "AP Photo/Jane Roe"),
        RawCaption("Water pours over the weir, March 4, 2021.", "AFP"),
        RawCaption("The river at dawn.", "Valley News"),
        RawCaption("Boats moored on the flooded green", "Valley Rowing Club"),
    )
    assert a.paragraphs == PARAGRAPHS  # caption text is not body text


def test_og_image_alt_when_the_page_has_no_figure(tmp_path):
    head = '<meta property="og:image" content="x.jpg"><meta property="og:image:alt" content="Sandbags in Eastham. Photo: AFP">'
    assert read_page(tmp_path, page(head)).captions == (RawCaption("Sandbags in Eastham.", "AFP"),)


def test_date_in_json_ld_wins_over_meta_tag(tmp_path):
    head = ('<meta property="article:published_time" content="2021-03-04T09:00:00+00:00">'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "NewsArticle", '
            '"headline": "Floods close roads across the valley", "datePublished": "2021-03-05T08:00:00+01:00"}]}</script>')
    assert read_page(tmp_path, page(head)).published == "2021-03-05"


def test_date_from_meta_tag_alone(tmp_path):
    head = '<meta property="article:published_time" content="2021-03-04T23:30:00-05:00">'
    assert read_page(tmp_path, page(head)).published == "2021-03-04"  # the newsroom's own day, not UTC's


def test_boilerplate_dropped(tmp_path):
    around = (
        '<aside class="related-stories"><h2>Related stories</h2><figure><img src="c.jpg"><figcaption>Last year\'s '
        "drought on the farms. (AP Photo/Old Story)</figcaption></figure><ul><li><a href='/x'>Drought hits farms in "
        "the valley as reservoirs run dry</a></li></ul></aside>"
        '<section class="comments"><h3>Comments</h3><p>First! This council is useless and nobody cares about the '
        "roads anyway, they never fix anything.</p></section>"
        "<footer>Copyright Valley News 2021. All rights reserved. Terms and conditions apply.</footer>"
    )
    nav = ('<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>'
           '<div id="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>')
    html = page(around=around).replace("<body>", "<body>" + nav)
    a = read_page(tmp_path, html)
    assert a.paragraphs == PARAGRAPHS
    assert a.captions == ()


def test_read_more_lines_are_related_headlines_and_dateline_is_taken_off(tmp_path):
    article = ("<p>MILLBROOK, England (AP) — Heavy rain closed more than twenty roads across the valley on "
               "Thursday, the county council said.</p><p>Read more: Drought hits farms in the valley</p>" + BODY)
    a = read_page(tmp_path, page(article=article))
    assert a.dateline == Dateline("MILLBROOK, England")
    assert a.source == "AP"
    assert a.paragraphs[0] == "Heavy rain closed more than twenty roads across the valley on Thursday, the county council said."
    assert a.related == ("Drought hits farms in the valley",)


def test_gzipped_page_and_declared_legacy_charset(tmp_path):
    html = page(article="<p>Tickets cost \xa35 each, the council said.</p>" + BODY).replace("utf-8", "windows-1252")
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(html.encode("cp1252")))
    a = read_seed(path, tmp_path)
    assert a.paragraphs[0] == "Tickets cost £5 each, the council said."
    assert a.encoding == "cp1252"


def test_xhtml_page_with_xml_declaration(tmp_path):
    a = read_page(tmp_path, '<?xml version="1.0" encoding="utf-8"?>\n' + page(), "page.htm")
    assert (a.title, a.paragraphs) == ("Floods close roads across the valley", PARAGRAPHS)


@pytest.mark.parametrize("title, sitename, h1, expected", [
    ("Floods close roads | Valley News", "Valley News", None, "Floods close roads"),
    ("Analysis: Floods | CNN Politics", "CNN", None, "Analysis: Floods"),
    ("The Guardian view on floods: act now | Editorial", "the Guardian", None,
     "The Guardian view on floods: act now | Editorial"),  # the headline names the site: nothing is cut
    ("Sott.net news: Floods close the valley roads", "Sott.net", "Floods close the valley roads", "Floods close the valley roads"),
    ("September open thread - The GiveWell Blog", "The GiveWell Blog", "The GiveWell Blog", "September open thread"),
])
def test_headline(title, sitename, h1, expected):
    assert headline(title, sitename, h1) == expected


@pytest.mark.corpus
def test_cgtn_page_captions_by_class_and_read_more():
    """CGTN (the seed's outlet) marks captions <div class="imageCaption">, not <figure>."""
    page_path = CORPUS / "wire" / "cgtn" / "cgtn_2019-01-21_china-cambodia-cooperation.html"
    if not page_path.exists():
        pytest.skip(f"corpus absent: {page_path}")
    a = read_seed(page_path, page_path.parent)
    assert (a.title, a.published) == ("China, Cambodia to step up cooperation in trade, infrastructure", "2019-01-21")
    assert [(c.text[:40], c.credit) for c in a.captions] == [
        ("Chinese President Xi Jinping (1st R) mee", "Reuters"),
        ("The China-built Lower Sesan II hydroelec", "Xinhua"),
        ("Cambodian students visit a science and t", "Xinhua"),
    ]
    assert a.related == ("Cambodia's Hun Sen in China: Bilateral ties on all fronts continue to grow",)
    assert len(a.paragraphs) == 19  # the page's "Copyright © 2018 CGTN. ..." footer line is not the article's
    assert a.paragraphs[-1].startswith("The two countries aim to increase their annual trade volume")


def test_stray_control_character_does_not_cost_the_article(tmp_path):
    """Issue 17: one "\\x10" in the body made lxml hand trafilatura an empty tree."""
    article = BODY.replace("closed more", "closed\x10 more")
    a = read_page(tmp_path, page(article=article))
    assert a.paragraphs == PARAGRAPHS


def test_placeholder_publication_date_is_no_date(tmp_path):
    """Issue 11: a page dated 0001-01-01 gets no date (and does not crash extraction)."""
    head = '<meta property="article:published_time" content="0001-01-01T00:00:00Z">'
    assert read_page(tmp_path, page(head)).published is None


def test_htmldate_fallback_never_reads_comments_or_related_stories(tmp_path):
    """Issue 17: with no date in the article's metadata, htmldate reads the page without its comments and related stories."""
    around = ('<section class="comments"><div class="comment"><p>Great story!</p><span class="date">Posted May 1, 2021</span>'
              '<time datetime="2021-05-01T10:00">May 1, 2021</time></div></section>'
              '<div class="related-stories"><a href="/old">Old floods</a><span class="date">March 2, 2019</span></div>')
    a = read_page(tmp_path, page(around=around))
    assert (a.published, a.published_source) == (None, None)
    html = page(around=around).replace("<article>", '<article><p class="dateline">Published 4 March 2021</p>')
    a = read_page(tmp_path, html, "dated.html")
    assert (a.published, a.published_source) == ("2021-03-04", "printed")


def test_lead_picture_whose_alt_text_is_the_headline_has_no_caption(tmp_path):
    """A picture described only by the page's headline (WSJ, SlashGear) says nothing about what it shows."""
    figure = '<figure><img src="a.jpg" alt="Floods close roads across the valley"></figure>'
    a = read_page(tmp_path, page(article=figure + BODY))
    assert (a.captions, a.paragraphs) == ((), PARAGRAPHS)
