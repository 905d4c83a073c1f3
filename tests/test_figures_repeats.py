"""Repeats of one figure are one fact; equal numbers that count nothing are one only when printed alike."""

from __future__ import annotations

from factarchive.extract import figures


def _merged(nlp, *sentences):
    found = [f for s in sentences for f in figures.find_figures(nlp(s))]
    return [(f.text, f.value, f.unit, f.counts, f.evidence) for f in figures.number_figures(found)]


def test_equal_values_counting_nothing_printed_differently_are_two_figures(nlp):
    s1, s2 = "Germany's prime rate was 8.50%.", "Deposits paid 8 1/2% for one month."
    assert _merged(nlp, s1, s2) == [("8.50%", 8.5, "%", None, (s1,)), ("8 1/2%", 8.5, "%", None, (s2,))]


def test_the_same_figure_printed_alike_twice_is_one_figure(nlp):
    s1, s2 = "Rates rose to 8.50%.", "At 8.50%, loans are dear."
    assert _merged(nlp, s1, s2) == [("8.50%", 8.5, "%", None, (s1, s2))]


def test_equal_counts_of_one_thing_are_one_figure_however_printed(nlp):
    s1, s2 = "Two analysts disagreed.", "The 2 analysts left early."
    assert _merged(nlp, s1, s2) == [("Two", 2, None, "analysts", (s1, s2))]
