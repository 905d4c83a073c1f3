"""Figures read as a newsroom reads them: two counts joined by "or", a temperature's level, seconds as a length of
time, a count the model took into a date, and a number that completes an index's name."""

from __future__ import annotations

from factarchive.extract import figures
from factarchive.extract.quantities import Value, parse_value
from tests.extraction_helpers import figures_tagged


def _read(found):
    return [(f.text, f.value, f.value_max, f.unit, f.counts) for f in found]


def test_numbers_joined_by_or_are_a_range_not_the_second_alone():
    assert parse_value("two or three") == Value(2, None, None, 3)
    assert parse_value("four or five million") == Value(4000000, None, None, 5000000)
    assert parse_value("7% or 8%") == Value(7, None, "%", 8)
    assert parse_value("5,000 or so") == Value(5000)


def test_two_counts_joined_by_or_in_one_span_are_two_figures(nlp):
    found = figures_tagged(nlp, "The club plays two or three friendlies a season.", [("two or three", "CARDINAL")])
    assert _read(found) == [("two", 2, None, None, "friendlies"), ("three", 3, None, None, "friendlies")]


def test_counts_joined_by_or_with_one_magnitude_or_a_unit_stay_one_range(nlp):
    found = figures_tagged(nlp, "The album sold four or five million copies.", [("four or five million", "CARDINAL")])
    assert _read(found) == [("four or five million", 4000000, 5000000, None, "copies")]
    found = figures_tagged(nlp, "Returns of perhaps 6% or 7% are likely.", [("6% or 7%", "PERCENT")])
    assert _read(found) == [("6% or 7%", 6, 7, "%", None)]


def test_level_a_temperature_reaches_is_in_degrees(nlp):
    found = figures_tagged(nlp, "By noon temperatures climbed to 85 across the valley.", [("85", "CARDINAL")])
    assert _read(found) == [("85", 85, None, "°", None)]
    found = figures_tagged(nlp, "By noon arrivals climbed to 85 across the valley.", [("85", "CARDINAL")])
    assert [f.unit for f in found] == [None]


def test_seconds_counted_are_a_length_of_time(nlp):
    assert figures_tagged(nlp, "The campaign bought 30-second television spots.", [("30-second", "QUANTITY")]) == []


def test_count_the_model_took_into_a_date_counts_a_plural_name_of_a_people(nlp):
    found = figures_tagged(nlp, "Critics recall the expulsion of up to a half million Burundian Tutsis by the militia.",
                           [("up to a half million", "DATE"), ("Burundian Tutsis", "PERSON")])
    assert _read(found) == [("up to a half million", 500000, None, None, "Burundian Tutsis")]


def test_number_completing_an_index_name_is_no_figure(nlp):
    found = figures_tagged(nlp, "The FTSE 100 index closed 12 points higher.", [("FTSE", "ORG"), ("100", "CARDINAL"),
                                                                                ("12", "CARDINAL")])
    assert _read(found) == [("12", 12, None, None, "points")]
    found = figures_tagged(nlp, "The UN sent 4,000 troops.", [("UN", "ORG"), ("4,000", "CARDINAL")])
    assert _read(found) == [("4,000", 4000, None, None, "troops")]
