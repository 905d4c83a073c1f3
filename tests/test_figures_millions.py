"""A suffix "m" that is millions of an audience, not metres (issue 11: "peaked at 11.9m" read as metres)."""

from __future__ import annotations

import pytest

from .extraction_helpers import figures_of


@pytest.mark.parametrize("s, expected", [
    ("The fourth series of the show peaked on Monday at 11.9m and 49.2% of the audience.", ("11.9m", 11_900_000, None)),
    ("Jungle TV show ratings drop by 4m", ("4m", 4_000_000, None)),
    ("The single sold 1.2m copies in its first week.", ("1.2m", 1_200_000, None)),
])
def test_millions_of_an_audience_or_of_sales_are_no_metres(nlp, s, expected):
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s) if f.text.endswith("m")] == [expected]


@pytest.mark.parametrize("s, expected", [
    ("She cleared 4.88m at the Grand Prix in Birmingham.", ("4.88m", 4.88, "m")),
    ("He won the 400m title in front of a record audience.", ("400m", 400, "m")),  # a title: a race
])
def test_a_length_stays_a_length(nlp, s, expected):
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s) if f.text.endswith("m")] == [expected]


@pytest.mark.parametrize("s, expected", [
    ("The show peaked at 11.9m viewers on Monday.", ("11.9m", 11_900_000, "viewers")),
    ("The final was watched by 8.5m people.", ("8.5m", 8_500_000, "people")),
    ("Banks run 1.4m cash machines.", ("1.4m", 1_400_000, "cash machines")),
])
def test_millions_count_the_plural_printed_after_the_suffix(nlp, s, expected):
    assert [(f.text, f.value, f.counts) for f in figures_of(nlp, s)] == [expected]


@pytest.mark.parametrize("s, expected", [
    ("The sport was rocked by news that 10,000m hope Cathal Lombard had tested positive.", ("10,000m", 10_000, "m", None)),
    ("The 28-year-old cleared 1.76m to win the high jump.", ("1.76m", 1.76, "m", None)),
    ("Taipei's tower is more than 50m taller than the Petronas Towers.", ("more than 50m", 50, "m", None)),
    ("Dirty Den's demise seen by 14m", ("14m", 14_000_000, None, None)),  # an audience: millions
])
def test_a_suffix_m_the_model_left_out_is_metres_unless_an_audience(nlp, s, expected):
    assert [(f.text, f.value, f.unit, f.counts) for f in figures_of(nlp, s)] == [expected]
