"""Photo captions on saved pages (issue 17 with 11): banners and slideshow counters are not captions; a credit-only caption keeps the picture's description."""

from __future__ import annotations

import lxml.html

from factarchive.model import RawCaption
from factarchive.readers.html_page import page_captions

ARTICLE_TEXT = "<p>The council approved the new bridge on Tuesday after ten years of argument about its cost.</p>"


def captions(body: str) -> list[RawCaption]:
    return page_captions(lxml.html.fromstring(f"<html><body>{body}</body></html>"))


def test_breaking_news_banner_outside_the_article_is_not_a_caption():
    body = ('<figure class="breaking-news"><img src="live.jpg"><figcaption><a class="wrapper"><p>Live Watch Gazette TV '
            "now</p></a></figcaption></figure>"
            f'<article>{ARTICLE_TEXT}<figure><img src="a.jpg"><figcaption>The old bridge at dawn. (AP Photo/Jane Roe)'
            "</figcaption></figure></article>")
    assert captions(body) == [RawCaption("The old bridge at dawn.", "AP Photo/Jane Roe")]


def test_slideshow_counter_is_not_part_of_the_caption():
    body = (f"<article>{ARTICLE_TEXT}<div class='gallery'>"
            "<figure><img src='1.jpg'><figcaption><span>1 of 2</span>Workers lift the first span into place.</figcaption></figure>"
            "<figure><img src='2.jpg'><figcaption><span>2of2</span>The mayor opens the bridge.</figcaption></figure></div></article>")
    assert captions(body) == [RawCaption("Workers lift the first span into place."), RawCaption("The mayor opens the bridge.")]


def test_credit_only_figcaption_takes_the_picture_description_from_its_alt_text():
    body = (f'<article>{ARTICLE_TEXT}<figure><img src="a.jpg" alt="Workers on the old bridge at dawn">'
            "<figcaption>Photograph: Jane Roe/Getty Images</figcaption></figure>"
            '<figure><img src="b.jpg" alt="bridge"><figcaption>Photo: Ann Lee</figcaption></figure></article>')
    assert captions(body) == [RawCaption("Workers on the old bridge at dawn", "Jane Roe/Getty Images")]
