"""Numbers that are an hour of the clock, a code or the round of a contest are no figures, on invented sentences."""

from __future__ import annotations

import pytest

from .extraction_helpers import figures_of


@pytest.mark.parametrize("s", [
    "The bars may stay open until three or four in the morning.",
    "The club stays open until 2 or 3 in the morning.",
    "The library is open from 0800 to 1900GMT on weekdays.",
    "The regulator named 041 as the new dialling code.",
    "United earned a quarter-final trip to Leeds.",
])
def test_an_hour_a_code_or_a_round_is_no_figure(nlp, s):
    assert figures_of(nlp, s) == []


@pytest.mark.parametrize("s, expected", [
    ("Some 3 or 4 people came in the morning.", [("Some 3", "people"), ("4", "people")]),  # a count before "came"
    ("A quarter of the staff left in the morning.", []),
    ("The firm sold 40 cars.", [("40", "cars")]),
])
def test_a_count_beside_such_words_stays(nlp, s, expected):
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == expected


@pytest.mark.parametrize("s", [
    "The bar stays open till 2 in the morning.",
    "The shop opens at 9 in the morning.",
    "The first bus left at six o'clock.",
    "The blast came at 11 pm.",
])
def test_an_hour_after_a_preposition_of_time_or_with_the_clocks_words_is_no_figure(nlp, s):
    assert figures_of(nlp, s) == []


@pytest.mark.parametrize("s, expected", [
    ("Temperatures in the city fell to 5 at night.", [("5", 5, "°")]),  # a level reached, not an hour
    ("The Dow Jones was up 11 in the afternoon.", [("11", 11, None)]),  # a change after a verb of level
])
def test_a_level_or_a_change_before_a_part_of_the_day_stays(nlp, s, expected):
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s)] == expected
