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
