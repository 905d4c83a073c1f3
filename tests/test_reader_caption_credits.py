"""Captions of saved pages as a reader sees them: the credit apart from the text, never a file name, a video or a prompt."""

from __future__ import annotations

import lxml.html
import pytest

from factarchive.model import RawCaption
from factarchive.readers.common import split_credit
from factarchive.readers.html_page import outlet_name, page_captions
from factarchive.readers.page_captions import clean_credit

ARTICLE_TEXT = "<p>The council approved the new bridge on Tuesday after ten years of argument about its cost.</p>"


def captions(article: str) -> list[RawCaption]:
    return page_captions(lxml.html.fromstring(f"<html><body><article>{ARTICLE_TEXT}{article}</article></body></html>"))


@pytest.mark.parametrize("printed, expected", [
    ("The old bridge at dawn (Image: GETTY )", RawCaption("The old bridge at dawn", "Image: GETTY")),
    ("Workers on the bridge (Credit: iStock)", RawCaption("Workers on the bridge", "Credit: iStock")),
    ("The mayor at the opening. (The Associated Press)", RawCaption("The mayor at the opening.", "The Associated Press")),
    ("Ann Lee Submitted photo", RawCaption("Ann Lee", "Submitted photo")),
    ("The bridge in Millbrook, Ohio. Jane Roe / Reuters file", RawCaption("The bridge in Millbrook, Ohio.", "Jane Roe / Reuters file")),
    ("The council plans to cut costs by 2030. Bo Chan/Reuters files", RawCaption("The council plans to cut costs by 2030.", "Bo Chan/Reuters files")),
    ("A man in Millbrook (L) waves", RawCaption("A man in Millbrook (L) waves")),
    ("Advice column sig. Photo illustration by Ann Lee, Gazette", RawCaption("Advice column sig.", "Photo illustration by Ann Lee, Gazette")),
])
def test_credit_printed_in_the_caption(printed, expected):
    assert split_credit(printed) == expected


@pytest.mark.parametrize("credit, expected", [
    ("(Image credit: Valley Collaboration)", "Valley Collaboration"),
    ("( JANE ROE/SCIENCE PHOTO LIBRARY)", "JANE ROE/SCIENCE PHOTO LIBRARY"),
    ("Photo by Jane Roe/Getty Images", "Jane Roe/Getty Images"),
    ("Photograph by Bo Chan/AFP", "Bo Chan/AFP"),
    ("© Ann Lee", "Ann Lee"),
    ("AP Photo/Jane Roe", "AP Photo/Jane Roe"),
    ("Photo illustration by Ann Lee", "Ann Lee"),
    ("Photo illustration by Gazette. Photo by Ann Lee.", "Photo illustration by Gazette. Photo by Ann Lee"),
])
def test_credit_without_label_and_brackets(credit, expected):
    assert clean_credit(credit) == expected


def test_credit_elements_and_labels_for_screen_readers():
    article = ('<figure><img src="a.jpg"><figcaption><span class="visually-hidden">Image:</span>'
               '<span class="caption-text">The mayor cuts the ribbon</span></figcaption></figure>'
               '<figure><img src="b.jpg"><figcaption><p>Cars queue at the toll (Photo: Getty Images)</p><small>Getty</small>'
               '</figcaption></figure>'
               '<div class="image-caption"><span class="tiny">&#169; Ann Lee</span><br><span class="caption">Rowers on the river'
               '</span></div>'
               '<span class="newsCaption">Crowds on the new bridge <span class="caption">(Image: GETTY )</span></span>')
    assert captions(article) == [RawCaption("The mayor cuts the ribbon"), RawCaption("Cars queue at the toll", "Getty"),
                                 RawCaption("Rowers on the river", "Ann Lee"), RawCaption("Crowds on the new bridge", "GETTY")]


def test_a_credit_line_alone_is_no_caption():
    article = ('<figure><img src="a.jpg" alt=""><figcaption class="image__credit">Getty Images/Sipa USA</figcaption></figure>'
               '<figure><img src="b.jpg"><figcaption class="attribution">Image via <a href="https://img.example">Getty Images</a>'
               '</figcaption></figure>'
               '<span class="caption"><span class="attribution">&#169; Amazon</span></span>')
    assert captions(article) == []


def test_file_names_and_slugs_are_not_descriptions():
    article = ('<figure><img src="a.jpg" alt="bridge-opening-2.jpg"><figcaption><span class="credit">Jane Roe/Gazette'
               '</span></figcaption></figure>'
               '<figure><img src="b.jpg" alt="111819 Bridge Opening"></figure>'
               '<figure><img src="c.jpg" alt="The new bridge lit up at night"></figure>')
    assert captions(article) == [RawCaption("The new bridge lit up at night")]


def test_slideshow_repeat_of_the_lead_photo_is_one_photo():
    lead = "The mayor opens the new bridge in Millbrook on Tuesday, Nov. 19, 2019."
    article = (f'<figure><img src="a.jpg"><figcaption>{lead}<span class="credit">Jane Roe, AP</span></figcaption></figure>'
               f'<div class="slideshow"><figure><img src="a.jpg"><figcaption>Image 1 of 5 {lead} less {lead[:40]} ... more'
               '<span class="credit">Jane Roe, AP</span></figcaption></figure></div>'
               '<figure><img src="b.jpg"><figcaption>The mayor</figcaption></figure>')
    assert captions(article) == [RawCaption(lead, "Jane Roe, AP"), RawCaption("The mayor")]


def test_videos_and_subscription_prompts_are_not_photo_captions():
    article = ('<figure class="embed is-video"><iframe src="https://video.example/1"></iframe>'
               '<figcaption>Council leader on the bridge costs</figcaption></figure>'
               '<div class="featured-video"><div class="info"><div class="caption"><h4><a href="https://video.example/2">'
               'Bridge opening highlights</a></h4><p>Watch the mayor open the bridge.</p></div></div></div>'
               '<figure><img src="c.jpg"><figcaption><a href="https://shop.example/sub">Need more bridges? Subscribe to our '
               'sister magazine</a><span class="credit">(Image credit: Bridges Monthly)</span></figcaption></figure>'
               '<figure><img src="d.jpg"><figcaption>Engineers check the cables'
               '<span class="credit">(Image credit: Valley Council)</span></figcaption></figure>')
    assert captions(article) == [RawCaption("Engineers check the cables", "Valley Council")]


def test_a_headline_inside_a_caption_block_is_not_caption_text():
    article = ('<div class="wp-caption"><h1>Bridge opens after ten years</h1><img src="a.jpg">'
               '<p>The mayor cuts the ribbon. (Jane Roe/AP)</p></div>')
    assert captions(article) == [RawCaption("The mayor cuts the ribbon.", "Jane Roe/AP")]


@pytest.mark.parametrize("sitename, expected", [
    ("Valley News | The valley's favourite news platform", "Valley News"),
    ("https://www.valleynews.example", "valleynews.example"),
    ("Valley News", "Valley News"),
    (None, None),
])
def test_outlet_name(sitename, expected):
    assert outlet_name(sitename) == expected


def test_alt_label_video_label_and_a_credit_wrapper():
    article = ('<figure><picture><img src="a.jpg" alt="Image: The house in which the mayor was born"></picture></figure>'
               '<figure><img src="b.jpg"><figcaption>Video: The mayor on the bridge costs</figcaption></figure>'
               '<figure><img src="c.jpg"><figcaption><div class="_pattribution-w-auto"><div class="caption"><p>Cells in the '
               'river water under a microscope.</p></div><p>Courtesy of Ann Lee</p></div></figcaption></figure>')
    assert captions(article) == [RawCaption("The house in which the mayor was born"),
                                 RawCaption("Cells in the river water under a microscope.", "Courtesy of Ann Lee")]
