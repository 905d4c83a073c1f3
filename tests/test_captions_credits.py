"""Captions: duplicates dropped, credits split from the caption and named."""

from __future__ import annotations

from factarchive.extract import captions
from factarchive.model import RawCaption


def test_captions_are_deduplicated_and_credits_split():
    raw = [
        RawCaption("Damaged shops in Saraqib, February 27, 2020.", "AFP"),
        RawCaption("Damaged  shops in Saraqib, February 27, 2020.", "AFP"),
        RawCaption("Erdogan (L) and Putin (R) in Moscow. (Photo: Reuters)"),
        RawCaption("Syrians in Ariha, January 30. /AP Photo"),
        RawCaption("Protesters in Nairobi. AFP/Getty Images"),
    ]
    assert captions.unique_captions(raw) == (
        RawCaption("Damaged shops in Saraqib, February 27, 2020.", "AFP"),
        RawCaption("Erdogan (L) and Putin (R) in Moscow.", "Reuters"),
        RawCaption("Syrians in Ariha, January 30.", "AP"),
        RawCaption("Protesters in Nairobi.", "AFP/Getty Images"),
    )
    assert [captions.agency_name(c) for c in ("AFP", "Reuters", "AP", "AFP/Getty Images", "Staff")] == [
        "Agence France-Presse", "Reuters", "Associated Press", "Agence France-Presse", None]


def test_agency_is_the_first_credit_part_that_names_one():
    assert [captions.agency_name(c) for c in ("Jane Roe, AP", "Ann Lee/The Union via AP", "AP Photo/Bo Chan, File",
                                              "Bo Chan/AFP/Getty Images", "Getty - Contributor", "Jane Roe/Gazette",
                                              "Bo Chan/Reuters files", "File: Reuters")] == [
        "Associated Press", "Associated Press", "Associated Press", "Agence France-Presse", "Getty Images", None,
        "Reuters", "Reuters"]


def test_caption_date_is_a_calendar_date_not_a_span_or_an_age():
    class Ent:
        def __init__(self, text):
            self.text, self.label_ = text, "DATE"

    class Doc:
        def __init__(self, *dates):
            self.ents = [Ent(d) for d in dates]

    raw = RawCaption("A photo.")
    dated = [captions.build_caption(1, raw, Doc(*dates), [], [], "2020-03-06").date
             for dates in (("25 days", "March 5, 2020"), ("8-year-old",), ("the 14th century", "January 30"), ("third-quarter",))]
    assert dated == ["2020-03-05", None, "2020-01-30", None]
    assert captions.build_caption(1, raw, Doc("January 30"), [], []).date == "January 30"
