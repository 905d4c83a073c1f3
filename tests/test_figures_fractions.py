"""A fraction in words of an amount, a magnitude or a unit is one figure: "a quarter of a million" is 250,000."""

from __future__ import annotations

import pytest

from factarchive.extract.figures import parse_value

from .extraction_helpers import figures_tagged


@pytest.mark.parametrize("text, value, unit", [
    ("a quarter of a million", 250_000, None),
    ("a tenth of an inch", 0.1, "in"),
    ("three-quarters of a mile", 0.75, "mi"),
    ("a quarter of a percentage point", 0.25, "%"),
    ("two-thirds of the members", 0.666667, None),
])
def test_a_fraction_of_a_magnitude_or_a_unit(text, value, unit):
    parsed = parse_value(text)
    assert (parsed.value, parsed.unit) == (value, unit)


def test_a_fraction_of_a_million_tagged_apart_is_one_count(nlp):
    s = "Planners expect a quarter of a million pupils to enrol."
    found = figures_tagged(nlp, s, [("a quarter", "CARDINAL"), ("million", "CARDINAL")])
    assert [(f.text, f.value, f.counts) for f in found] == [("a quarter of a million", 250_000, "pupils")]


def test_a_fraction_of_an_untagged_magnitude_is_one_count(nlp):
    s = "Almost a quarter of a million shoppers complained."
    found = figures_tagged(nlp, s, [("Almost a quarter", "CARDINAL")])
    assert [(f.text, f.value, f.qualifier) for f in found] == [("Almost a quarter of a million", 250_000, "almost")]


def test_a_fraction_of_a_percentage_point_is_a_percentage(nlp):
    s = "Rates will rise by a quarter of a percentage point to 4.75%."
    found = figures_tagged(nlp, s, [("a quarter", "CARDINAL"), ("4.75%", "PERCENT")])
    assert [(f.text, f.value, f.unit) for f in found] == [("a quarter of a percentage point", 0.25, "%"), ("4.75%", 4.75, "%")]


def test_a_half_million_the_model_took_for_a_date_is_half_a_million(nlp):
    s = "Floods displaced up to a half million villagers."
    found = figures_tagged(nlp, s, [("up to a half million", "DATE")])
    assert [(f.text, f.value, f.counts) for f in found] == [("half million", 500_000, "villagers")]
