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
    assert [(f.text, f.value, f.counts, f.qualifier) for f in found] == [("up to a half million", 500_000, "villagers", "up to")]


def test_the_article_and_bound_before_a_half_million_are_the_figures(nlp):
    s = "The storm left nearly a half million homes dark."
    found = figures_tagged(nlp, s, [("half million", "CARDINAL")])
    assert [(f.text, f.value, f.counts, f.qualifier) for f in found] == [("nearly a half million", 500_000, "homes", "nearly")]


def test_a_fraction_of_a_unit_the_model_tagged_alone_is_one_measure(nlp):
    s = "The new pier runs for about a third of a mile into the bay."
    found = figures_tagged(nlp, s, [("about a third", "CARDINAL"), ("mile", "QUANTITY")])
    assert [(f.text, f.value, f.unit, f.qualifier) for f in found] == [("about a third of a mile", 0.333333, "mi", "about")]


def test_an_untagged_fraction_of_a_unit_after_a_bound_is_one_measure(nlp):
    s = "The marchers walked around a quarter of a mile before the rain."
    found = figures_tagged(nlp, s, [])
    assert [(f.text, f.value, f.unit, f.qualifier) for f in found] == [("around a quarter of a mile", 0.25, "mi", "around")]


def test_the_bound_and_article_before_a_fraction_the_model_cut_are_the_figures(nlp):
    s = "Lenders raised rates by around a quarter of a percentage point."
    found = figures_tagged(nlp, s, [("quarter", "CARDINAL")])
    assert [(f.text, f.value, f.unit, f.qualifier) for f in found] == [("around a quarter of a percentage point", 0.25, "%", "around")]


def test_an_untagged_fraction_of_no_amount_is_no_figure(nlp):
    s = "She owns a quarter of the firm and half of a farm."
    assert figures_tagged(nlp, s, []) == []
