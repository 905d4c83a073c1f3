"""Figures: number words, qualifiers, units, ranges, counted nouns, attribution and period; ordinals, ranks and list
markers are not figures.
"""

from __future__ import annotations

import pytest

from factarchive.extract import figures


@pytest.mark.parametrize("text, value, value_max, qualifier, unit", [
    ("2,980", 2980, None, None, None),
    ("a million", 1000000, None, None, None),
    ("nearly a million", 1000000, None, "nearly", None),
    ("nine-year", 9, None, None, "years"),
    ("43-year-old", 43, None, None, "years"),
    ("hundreds of thousands", 200000, None, "at least", None),
    ("millions", 2000000, None, "at least", None),
    ("several hundred", 300, None, "at least", None),
    ("a dozen", 12, None, None, None),
    ("two-thirds", 0.666667, None, None, None),
    ("half", 0.5, None, None, None),
    ("$40 million", 40000000, None, None, "USD"),
    ("at more than $40 million", 40000000, None, "more than", "USD"),
    ("$30 million to $40 million", 30000000, 40000000, None, "USD"),
    ("30 to 40 million", 30000000, 40000000, None, None),
    ("between 5 and 10", 5, 10, None, None),
    ("$2-million", 2000000, None, None, "USD"),
    ("RM1 million", 1000000, None, None, "MYR"),
    ("28 cents", 0.28, None, None, "USD"),
    ("up to 20%", 20, None, "up to", "%"),
    ("40.80 per cent", 40.8, None, None, "%"),
    ("about 5,000", 5000, None, "about", None),
    ("3,000-meter", 3000, None, None, "m"),
    ("12 miles", 12, None, None, "mi"),
    ("47km", 47, None, None, "km"),
    ("104 23/32", 104.71875, None, None, None),
])
def test_number_words_qualifiers_units_and_ranges(text, value, value_max, qualifier, unit):
    assert figures.parse_value(text) == figures.Value(value, qualifier, unit, value_max)


def _figures(nlp, text):
    return [(f.figure.text, f.figure.value, f.figure.value_max, f.figure.unit, f.figure.counts, f.figure.qualifier,
             f.figure.reported_by, f.figure.period) for f in figures.find_figures(nlp(text))]


def test_figure_counts_attribution_and_period(nlp):
    assert _figures(nlp, "A convoy of 30 Turkish military vehicles entered Idlib on Sunday, a war monitor reported.") == [
        ("30", 30, None, None, "Turkish military vehicles", None, "a war monitor", "on Sunday")]
    assert _figures(nlp, "The war has killed more than 2,000 people since March, according to the United Nations.") == [
        ("more than 2,000", 2000, None, None, "people", "more than", "the United Nations", "since March")]


def test_figure_range_of_money(nlp):
    # "Billings" is what was estimated, not who estimated it (tests/test_figures_reporters.py)
    assert _figures(nlp, "Billings were estimated at $30 million to $40 million.") == [
        ("$30 million to $40 million", 30000000, 40000000, "USD", None, None, None, None)]


def test_measures_are_figures_but_periods_and_years_are_not(nlp):
    assert _figures(nlp, "The man ran 12 miles.") == [("12 miles", 12, None, "mi", None, None, None, None)]
    assert _figures(nlp, "He said inflation rose to 3.5 percent in 1997.") == [
        ("3.5 percent", 3.5, None, "%", None, None, None, "in 1997")]


def test_ordinals_are_not_figures(nlp):
    assert _figures(nlp, "Turkey has the second largest army in NATO.") == []


def test_period_is_dated_only_against_a_publication_date(nlp):
    found = figures.find_figures(nlp("A convoy of 30 vehicles entered Idlib on Sunday, a war monitor reported."))
    assert [f.period_date for f in figures.number_figures(found)] == [None]
    assert [f.period_date for f in figures.number_figures(found, "2020-03-11")] == ["2020-03-08"]


def test_ranks_and_list_markers_are_not_figures(nlp):
    assert _figures(nlp, "The album is at No. 1 this week.") == []
    assert _figures(nlp, "1. Preheat the oven.") == []


def test_currency_the_model_left_outside_the_number(nlp):
    assert [(f[0], f[1], f[3]) for f in _figures(nlp, "The shirts cost dlrs 25 each.")] == [("dlrs 25", 25, "USD")]


def test_unit_from_the_counted_noun(nlp):
    assert [(f[0], f[1], f[3], f[4]) for f in _figures(nlp, "Add 2 tablespoons of sugar.")] == [("2 tablespoons", 2, "tablespoons", None)]
