"""Dates: relative dates resolve only against a publication date; unresolved ones are kept as stated."""

from __future__ import annotations

import pytest

from factarchive.extract import dates


@pytest.mark.parametrize("text, published, expected", [
    ("February 27, 2020", None, "2020-02-27"),
    ("March 5, 2020", "2021-01-01", "2020-03-05"),
    ("January 30", None, None),
    ("January 30", "2020-03-08", "2020-01-30"),
    ("on Sunday", None, None),
    ("on Sunday", "2020-03-11", "2020-03-08"),
    ("on Sunday", "2020-03-08", "2020-03-08"),
    ("two months ago", None, None),
    ("two months ago", "2020-03-08", "2020-01"),
    ("last year", "1998-03-14", "1997"),
    ("yesterday", "1998-03-14", "1998-03-13"),
    ("since March 5", "2020-03-08", "2020-03-05"),
    ("three months", "2020-03-08", None),
    ("recent weeks", "2020-03-08", None),
])
def test_relative_dates_resolve_only_against_a_publication_date(text, published, expected):
    assert dates.resolve_date(text, published) == expected


def test_unresolved_dates_are_kept_as_stated():
    assert dates.normalise_date("January 30") == "January 30"
    assert dates.normalise_date("on Sunday") == "on Sunday"
    assert dates.normalise_date("on Sunday", "2020-03-11") == "2020-03-08"
