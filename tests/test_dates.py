"""Publication dates outside 1800 .. tomorrow are not dates, and resolving against them never crashes."""

from __future__ import annotations

from datetime import date

import pytest

from factarchive.extract.dates import resolve_date
from factarchive.readers.common import publication_date


@pytest.mark.parametrize("value, expected", [
    ("2020-02-27", "2020-02-27"),
    ("2020-02-27T23:30:00-05:00", "2020-02-27"),
    ("1800-01-01", "1800-01-01"),
    ("2024-06-02", "2024-06-02"),  # tomorrow: a newsroom ahead of UTC
    ("2024-06-03", None),
    ("1799-12-31", None),
    ("0001-01-01", None),
    ("2020-02-30", None),
    ("February 27, 2020", None),
    ("", None),
    (None, None),
])
def test_publication_date(value, expected):
    assert publication_date(value, today=date(2024, 6, 1)) == expected


@pytest.mark.parametrize("phrase", ["on Sunday", "two months ago", "January 30", "last year"])
def test_nothing_is_resolved_against_a_placeholder_date(phrase):
    assert resolve_date(phrase, "0001-01-01") is None


def test_full_dates_still_resolve_without_a_usable_publication_date():
    assert resolve_date("February 27, 2020", "0001-01-01") == "2020-02-27"


def test_resolving_far_back_from_an_early_date_does_not_crash():
    assert resolve_date("on Sunday", "1800-01-01") == "1799-12-29"
