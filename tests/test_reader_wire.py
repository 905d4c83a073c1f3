"""The wire-story reader: headline, outlet, captions once, related headlines, wire source."""

from __future__ import annotations

from factarchive.model import RawCaption
from factarchive.readers.wire import parse_wire


def test_seed_parts(seed_article):
    a = seed_article
    assert a.title == "30 Turkish military vehicles enter Syria's Idlib"
    assert a.outlet == "CGTN"
    assert a.source == "Xinhua News Agency"
    assert a.related == (
        "Russia, Turkey agree ceasefire deal for Syria's Idlib",
        "Turkey says it has largely agreed on Idlib ceasefire details with Russia",
    )
    assert [c.credit for c in a.captions] == ["AFP", "Reuters", "AP"]
    assert a.captions[1].text.startswith("President of Turkey Recep Tayyip Erdogan (L) makes a speech")
    assert a.captions[1].text.endswith("in Moscow, Russia, March 5, 2020.")
    assert len(a.paragraphs) == 12
    assert a.paragraphs[0] == ("A convoy of 30 Turkish military vehicles entered Syria's northern Idlib province on Sunday, "
                               "a war monitor reported.")
    assert a.paragraphs[-1].startswith("Apart from Idlib")
    body = " ".join(a.paragraphs)
    for leaked in ("Photo", "Read more", "Source(s)", "Xinhua", "CGTN"):
        assert leaked not in body
    assert a.encoding == "utf-8" and a.reader == "wire.v1"


def test_caption_printed_twice_is_kept_once():
    text = "Headline here\nOutlet\nA man waves in Paris, May 1, 2020. /AFP Photo\n\nA man waves in Paris, May 1, 2020. /AFP Photo\n\nBody text."
    parts = parse_wire(text)
    assert parts["captions"] == (RawCaption("A man waves in Paris, May 1, 2020.", "AFP"),)
    assert parts["paragraphs"] == ("Body text.",)


def test_headline_blank_line_paragraphs_without_outlet():
    parts = parse_wire("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant\nTimeWarner jumped 76%.\n\nSecond paragraph.")
    assert parts["title"] == "Ad sales boost Time Warner profit"
    assert parts["outlet"] is None
    assert parts["paragraphs"] == ("Quarterly profits at US media giant TimeWarner jumped 76%.", "Second paragraph.")


def test_sentence_ending_line_two_is_not_an_outlet():
    parts = parse_wire("Headline\nThe first line of the story runs on.\n\nMore.")
    assert parts["outlet"] is None
    assert parts["paragraphs"][0] == "The first line of the story runs on."
