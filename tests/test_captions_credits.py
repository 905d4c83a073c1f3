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
