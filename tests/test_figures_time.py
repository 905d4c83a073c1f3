"""Lengths of time: the length of something that happens is a figure; ages and terms are not."""

from __future__ import annotations

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_of


def test_an_age_is_not_a_figure(nlp):
    s = "Hamilton, a 43-year-old teacher, ran 12 miles."
    assert figures_of(nlp, s) == [Figure(id="", value=12, text="12 miles", unit="mi", evidence=(s,))]


def test_the_term_of_a_bond_is_not_a_figure(nlp):
    s = "The Treasury sold $10 billion of 30-year bonds."
    assert figures_of(nlp, s) == [Figure(id="", value=10_000_000_000, text="$10 billion", unit="USD", evidence=(s,))]


def test_a_span_of_time_itself_is_not_a_figure(nlp):
    assert figures_of(nlp, "The yield fell to a four-month low.") == []


def test_the_length_of_something_that_happens_is_a_figure(nlp):
    s = "Workers ended a 23-day strike."
    assert figures_of(nlp, s) == [Figure(id="", value=23, text="23-day", counts="strike", unit="days", evidence=(s,))]


def test_the_period_of_a_change_is_not_a_length_of_anything(nlp):
    # "the deepest one-day dive", "record one-month purchases": an amount per day or month, like "a four-month low".
    s = "Stocks took the deepest one-day dive since 1987."
    doc = nlp(s)
    doc.ents = [doc.char_span(s.index("one-day"), s.index("one-day") + 7, label="DATE")]
    assert [f.figure for f in figures.find_figures(doc)] == []
