"""Photo captions on saved pages: the article's figures always, teasers for other stories never."""

from __future__ import annotations

import lxml.html

from factarchive.model import RawCaption
from factarchive.readers.html_page import page_captions

ARTICLE_TEXT = "<p>The council approved the new bridge on Tuesday after ten years of argument about its cost.</p>"


def captions(body: str) -> list[RawCaption]:
    return page_captions(lxml.html.fromstring(f"<html><body>{body}</body></html>"))


def test_figcaption_in_the_article_is_kept_even_in_a_share_block():
    body = (f'<article>{ARTICLE_TEXT}<div class="share-tools"><figure><img src="a.jpg">'
            "<figcaption>The old bridge at dawn. (AP Photo/Jane Roe)</figcaption></figure></div></article>")
    assert captions(body) == [RawCaption("The old bridge at dawn.", "AP Photo/Jane Roe")]


def test_figcaption_outside_a_figure_is_a_caption():
    body = (f'<section><div class="hero"><figure><img src="a.jpg"></figure>'
            '<figcaption class="caption__x"><span>Workers on the old bridge.</span></figcaption></div></section>'
            f"<article>{ARTICLE_TEXT}</article>")
    assert captions(body) == [RawCaption("Workers on the old bridge.")]


def test_teasers_are_not_captions():
    body = (f"<article>{ARTICLE_TEXT}</article>"
            '<ul><li><article><a href="/news/other-story"><figure><img src="b.jpg" alt="Mayor opens the new library">'
            "</figure></a></article></li></ul>"
            '<div><figure><a href="/news/third-story"><img src="c.jpg" alt="Rail fares rise again"></a></figure></div>'
            '<div><figure><img src="d.jpg"><figcaption>Floods close the ring road 3 hours ago</figcaption></figure></div>'
            '<div><figure><img src="e.jpg"><figcaption>Related: the bridge that never was</figcaption></figure></div>'
            '<div><figure><img src="f.jpg"><figcaption>Follow us on every platform</figcaption></figure></div>'
            '<div class="grid"><figure><img src="g.jpg"><figcaption><a href="/news/x">Council tax to rise by 5%</a>'
            "</figcaption></figure></div>")
    assert captions(body) == []


def test_figure_linking_to_its_own_picture_is_a_caption():
    body = (f'<article>{ARTICLE_TEXT}</article><div><figure><a href="/img/bridge-large.jpg"><img src="a.jpg"></a>'
            "<figcaption>The bridge from the river. Photo: Valley News</figcaption></figure></div>")
    assert captions(body) == [RawCaption("The bridge from the river.", "Valley News")]
