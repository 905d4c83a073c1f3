"""Shares of a group (issue 11: "eight out of 10 voters" is no count of 8 voters), on invented sentences."""

from __future__ import annotations

import pytest

from .extraction_helpers import figures_of


@pytest.mark.parametrize("s, expected", [
    ("Eight out of 10 voters do not trust politicians.", [("Eight", 0.8, "voters", None), ("10", 10, None, None)]),
    ("One in five even admitted to getting up in the night.", [("One", 0.2, None, None), ("five", 5, None, None)]),
    ("Three in four adults now own a mobile phone.", [("Three", 0.75, "adults", None), ("four", 4, None, None)]),
    ("Almost one in six cars sold by the group was a Mini.", [("Almost one", 0.166667, "cars", "almost"), ("six", 6, None, None)]),
    ("One in 10 adult Americans owns a games console.", [("One", 0.1, "adult Americans", None), ("10", 10, None, None)]),
    ("The survey found four in ten business leaders were confident.",
     [("four", 0.4, "business leaders", None), ("ten", 10, None, None)]),
    ("Only one in every ten people has a licence.", [("Only one", 0.1, "people", None), ("ten", 10, None, None)]),
    ("The firm said fewer than one in 10,000 consoles had failed.",
     [("fewer than one", 0.0001, "consoles", "fewer than"), ("10,000", 10_000, None, None)]),
    ("Smartphones will make up 117 million out of 833 million handsets shipped globally.",
     [("117 million", 0.140456, "handsets", None), ("833 million", 833_000_000, None, None)]),
])
def test_a_share_of_a_group_is_its_fraction_of_what_it_counts_and_its_second_number_counts_nothing(nlp, s, expected):
    # the second number stays a number (the gold sets tag it), but it is not "10 voters"
    assert [(f.text, f.value, f.counts, f.qualifier) for f in figures_of(nlp, s)] == expected
    assert all(f.unit is None for f in figures_of(nlp, s))  # no unit and 0 < value < 1: a share (site/series.py)


@pytest.mark.parametrize("s, expected", [
    ("Sales rose to 917 in 1984 and fell to 600 in 1990.", [("917", 917), ("600", 600)]),  # "in" a year: when
    ("The firm sold 20 in 10 days.", [("20", 20)]),  # more than the second number: no share
    ("Sales reached 200 in 2005.", [("200", 200)]),  # a year, however the model tags it
    ("The 23-year-old has never been beyond round four in eight attempts at Melbourne Park.", [("four", 4), ("eight", 8)]),
])
def test_a_number_in_a_year_or_larger_than_what_follows_is_no_share(nlp, s, expected):
    assert [(f.text, f.value) for f in figures_of(nlp, s)] == expected
