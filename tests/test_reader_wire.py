"""The wire-story reader: headline, outlet, captions once, related headlines, wire source."""

from __future__ import annotations

from factarchive.model import RawCaption
from factarchive.readers import read_seed
from factarchive.readers.wire import parse_wire, story_date


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
    assert a.encoding == "utf-8" and a.reader == "wire.v3"


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


# --------------------------------------------------------------------------- agency archive formats, datelines

from factarchive.model import Dateline  # noqa: E402
from factarchive.readers import read_seed  # noqa: E402
from factarchive.readers.dateline import split_dateline  # noqa: E402

import pytest  # noqa: E402

from .conftest import CORPUS  # noqa: E402


def test_reuters_archive_format():
    text = ("BAHIA COCOA REVIEW\n26-FEB-1987 15:01:01.79\n\n"
            "SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone.\n"
            "    The dry period means the temporao will be late this year.\n"
            "    Arrivals for the week were 155,221 bags.\n Reuter\n")
    parts = parse_wire(text)
    assert (parts["title"], parts["published"], parts["outlet"], parts["source"]) == (
        "BAHIA COCOA REVIEW", "1987-02-26", None, "Reuters")
    assert parts["published_source"] == "story header"
    assert parts["dateline"] == Dateline("SALVADOR", "1987-02-26")
    assert parts["paragraphs"] == ("Showers continued throughout the week in the Bahia cocoa zone.",
                                   "The dry period means the temporao will be late this year.",
                                   "Arrivals for the week were 155,221 bags.")


def test_ap_archive_format():
    text = ("Kenyans protest tax hikes\n(03/14/1998 10:36:00)\n\n"
            "NAIROBI, Kenya (AP) _ Thousands of laborers protested tax hikes.\n\nSecond paragraph.")
    parts = parse_wire(text)
    assert (parts["published"], parts["outlet"], parts["source"], parts["dateline"]) == (
        "1998-03-14", None, "AP", Dateline("NAIROBI, Kenya"))
    assert parts["paragraphs"] == ("Thousands of laborers protested tax hikes.", "Second paragraph.")


@pytest.mark.parametrize("paragraph, published, dateline, agency, rest", [
    ("SALVADOR, Feb 26 - Showers continued.", None, Dateline("SALVADOR", "Feb 26"), None, "Showers continued."),
    ("WASHINGTON, March 5 (Reuters) - The Senate voted.", "2020-03-05", Dateline("WASHINGTON", "2020-03-05"),
     "Reuters", "The Senate voted."),
    ("LONDON, Dec. 31 (Reuters) - Markets closed.", "2021-01-01", Dateline("LONDON", "2020-12-31"), "Reuters",
     "Markets closed."),  # filed the day before a new year
    ("VATICAN CITY (AP) — More than 10 years later.", None, Dateline("VATICAN CITY"), "AP", "More than 10 years later."),
    ("CAMBRIDGE, Mass. _ In the Media Laboratory.", None, Dateline("CAMBRIDGE, Mass."), None, "In the Media Laboratory."),
    ("LITTLE ROCK, Ark. _ The official position.", None, Dateline("LITTLE ROCK, Ark."), None, "The official position."),
])
def test_datelines(paragraph, published, dateline, agency, rest):
    assert split_dateline(paragraph, published) == (dateline, agency, rest)


@pytest.mark.parametrize("paragraph", [
    "Chelsea have sacked Adrian Mutu - the club confirmed.",  # a sentence, not a place in capitals
    "US - China trade talks resumed.",  # too short to be a place
    "The UN - which met today - agreed.",
])
def test_not_datelines(paragraph):
    assert split_dateline(paragraph) == (None, None, paragraph)


def test_legacy_encoding_is_decoded_and_recorded(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Chelsea sack Mutu\n\nMutu, a \xa315.8m signing from Parma, may face a ban.\n".encode("latin-1"))
    a = read_seed(path, tmp_path)
    assert a.paragraphs == ("Mutu, a £15.8m signing from Parma, may face a ban.",)
    assert a.encoding == "cp1252"


@pytest.mark.corpus
def test_bbc_latin1_file_keeps_its_pound_signs():
    path = CORPUS / "bbc" / "sport" / "199.txt"
    if not path.exists():
        pytest.skip(f"corpus absent: {path}")
    a = read_seed(path, path.parent)
    assert (a.title, a.encoding) == ("Chelsea sack Mutu", "cp1252")
    assert "a £15.8m signing from Parma" in a.paragraphs[1]
    assert "\ufffd" not in " ".join(a.paragraphs) and "Â" not in " ".join(a.paragraphs)


@pytest.mark.corpus
def test_every_agency_archive_story_has_its_dateline():
    folder = CORPUS / "wire" / "reuters21578"
    if not folder.is_dir():
        pytest.skip(f"corpus absent: {folder}")
    articles = [read_seed(p, folder) for p in sorted(folder.glob("*.txt"))[:20]]
    assert [a.dateline.place for a in articles][:5] == ["SALVADOR", "CLEVELAND", "HOUSTON", "LOS ANGELES", "WASHINGTON"]
    assert sum(a.dateline is not None for a in articles) == 20
    assert {a.published for a in articles} == {"1987-02-26"}


def test_dateline_survives_the_fact_sheet_round_trip(seed_sheet):
    """The dateline a reader records reaches the YAML fact sheet, passes the schema and reads back the same."""
    from dataclasses import replace

    from factarchive import archive

    sheet = replace(seed_sheet, dateline=Dateline("NAIROBI, Kenya", "1998-03-14"))
    text = archive.dump(sheet)
    assert "dateline:\n  place: NAIROBI, Kenya\n  date: '1998-03-14'\n" in text
    assert archive.parse(text, "x.yaml") == sheet


def test_character_references_are_decoded():
    """Issue 11: BBC files carry "&#163;" for "£", and "&#191;" where an apostrophe was mis-encoded."""
    parts = parse_wire("&#163;1.8m indecency fine for Viacom\n\nMr Blair&#191;s office said AT&amp;T paid &#x20AC;5m.\n")
    assert (parts["title"], parts["paragraphs"]) == ("\u00a31.8m indecency fine for Viacom", ("Mr Blair's office said AT&T paid \u20ac5m.",))


def test_character_references_are_decoded_when_read(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("&#163;1.8m fine for Viacom\n\nThe regulator fined the broadcaster &#163;1.8m over Blair&#191;s interview on Tuesday.\n")
    article = read_seed(path, tmp_path)
    assert (article.title, article.paragraphs) == (
        "\u00a31.8m fine for Viacom", ("The regulator fined the broadcaster \u00a31.8m over Blair's interview on Tuesday.",))


def test_story_date_before_1800_is_no_date():
    assert story_date("01-JAN-0001 00:00:00.00") is None
    assert story_date("26-FEB-1987 15:01:01.79") == "1987-02-26"
