"""Lengths of time printed with hyphens that the model cut after their first number are no counts."""

from __future__ import annotations

import pytest

from .extraction_helpers import figures_tagged


@pytest.mark.parametrize("sentence, number", [
    ("The peso fell to a six-and-a-half-year low on Monday.", "six"),
    ("Nurses rejected a new three-and-a-half-year contract.", "three"),
])
def test_the_first_number_of_a_hyphenated_length_of_time_is_no_figure(nlp, sentence, number):
    assert figures_tagged(nlp, sentence, [(number, "CARDINAL")]) == []


def test_a_count_before_a_hyphenated_noun_that_is_no_time_stays(nlp):
    s = "Builders finished the six-story tower in May."
    assert [(f.text, f.value) for f in figures_tagged(nlp, s, [("six", "CARDINAL")])] == [("six", 6)]


@pytest.mark.parametrize("sentence, spans", [
    ("The bridge could open in two to three years.", [("two", "CARDINAL"), ("three years", "DATE")]),
    ("The repairs may take a year or two longer.", [("year", "DATE"), ("two", "CARDINAL")]),
    ("Waiting times fell to 4.5 weeks from 6.1.", [("4.5 weeks", "DATE"), ("6.1", "CARDINAL")]),
])
def test_a_bare_number_joined_to_a_length_of_time_is_no_figure(nlp, sentence, spans):
    assert figures_tagged(nlp, sentence, spans) == []


def test_a_count_beside_a_date_stays(nlp):
    s = "Sales rose to 7 from 5 in two years."
    found = figures_tagged(nlp, s, [("7", "CARDINAL"), ("5", "CARDINAL"), ("two years", "DATE")])
    assert [f.text for f in found] == ["7", "5"]


@pytest.mark.parametrize("sentence, spans, number", [
    ("The index rose to 58.6 last month from 57.8 in May.", [("58.6", "CARDINAL"), ("last month", "DATE"), ("57.8", "CARDINAL")], "57.8"),
    ("Subscribers doubled in a year to 13 million.", [("a year", "DATE"), ("13 million", "CARDINAL")], "13 million"),
    ("Loans fell 25% year-on-year to 85,000.", [("25%", "PERCENT"), ("85,000", "CARDINAL")], "85,000"),
    # a count the sentence gives after a length of time, not the length's other end (no length is 12,000 or 450)
    ("Membership has grown in five years to 12,000.", [("five years", "DATE"), ("12,000", "CARDINAL")], "12,000"),
    ("Sales fell in the six months to 450.", [("the six months", "DATE"), ("450", "CARDINAL")], "450"),
    ("The firm took three years and 2,000 staff took part.", [("three years", "DATE"), ("2,000", "CARDINAL")], "2,000"),
])
def test_a_number_after_a_date_or_a_rate_of_time_stays(nlp, sentence, spans, number):
    assert number in [f.text for f in figures_tagged(nlp, sentence, spans)]
