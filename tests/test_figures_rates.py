"""Rates: ``Figure.per`` says what one value is per ("$1,300 a week": per week); the amount, its unit and what it
counts stay as they were. Not a rate: no amount, a time that says when, a period of the verb."""

from __future__ import annotations

import pytest

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_of


def _figure(s: str, value, text: str, **fields) -> Figure:
    return Figure(id="", value=value, text=text, evidence=(s,), **fields)


@pytest.mark.parametrize("s, value, text, fields", [
    ("Nurses are paid $1,300 a week.", 1300, "$1,300", {"unit": "USD", "per": "week"}),
    ("Workers earn RM120 per day.", 120, "RM120", {"unit": "MYR", "per": "day"}),
    ("Tickets cost $40 a head.", 40, "$40", {"unit": "USD", "per": "head"}),
    ("Income is $30,000 per capita.", 30000, "$30,000", {"unit": "USD", "per": "capita"}),
    ("The company earned $1.50 a share.", 1.5, "$1.50", {"unit": "USD", "per": "share"}),
    ("Wheat sold at $200 per tonne.", 200, "$200", {"unit": "USD", "per": "tonne"}),
    ("They were paid $4.25 an hour.", 4.25, "$4.25", {"unit": "USD", "per": "hour"}),
    ("The fee is £9m a year.", 9_000_000, "£9m", {"unit": "GBP", "per": "year"}),
])
def test_an_amount_of_money_per_something(nlp, s, value, text, fields):
    assert figures_of(nlp, s) == [_figure(s, value, text, **fields)]


def test_a_rate_phrase_followed_by_more_of_the_sentence(nlp):
    s = "Despite a fall of more than $12 a barrel from the record highs, the price rose."
    assert figures_of(nlp, s) == [_figure(s, 12, "more than $12", unit="USD", qualifier="more than", per="barrel")]
    s = "Consumers may save a few hundred dollars a year on fuel."
    assert figures_of(nlp, s) == [
        _figure(s, 200, "a few hundred dollars", unit="USD", qualifier="at least", per="year")]
    s = "They put an offer of 530 pence per LSE share on the table."
    assert figures_of(nlp, s) == [_figure(s, 5.3, "530 pence", unit="GBP", per="LSE share")]


def test_a_measure_per_day_keeps_its_unit(nlp):
    s = "The plant produces 11,000 barrels a day."
    assert figures_of(nlp, s) == [_figure(s, 11000, "11,000 barrels", unit="barrels", per="day")]


def test_a_measure_of_something_per_day_and_a_rate_per_two_things(nlp):
    s = "Iraq pumps 2 million barrels of oil a day."
    assert figures_of(nlp, s) == [_figure(s, 2_000_000, "2 million barrels", unit="barrels", per="day")]
    s = "Athletes get RM120 per day per athlete."
    assert figures_of(nlp, s) == [_figure(s, 120, "RM120", unit="MYR", per="day per athlete")]


def test_a_count_per_day_keeps_what_it_counts(nlp):
    s = "About 300 people a day cross the border."
    assert figures_of(nlp, s) == [_figure(s, 300, "About 300", counts="people", qualifier="about", per="day")]
    s = "Smoking kills 100,000 people every year."
    assert figures_of(nlp, s) == [_figure(s, 100000, "100,000", counts="people", per="year", period="every year")]


def test_a_percentage_a_year_is_a_rate_per_year(nlp):
    s = "Inflation ran at 20% a year."
    assert figures_of(nlp, s) == [_figure(s, 20, "20%", unit="%", per="year")]
    s = "The fund pays 4.25 percent per annum."
    assert figures_of(nlp, s) == [_figure(s, 4.25, "4.25 percent", unit="%", per="annum")]


def test_a_speed_is_a_distance_per_hour_or_one_unit_of_speed_as_printed(nlp):
    s = "The car was doing 50 miles an hour."
    assert figures_of(nlp, s) == [_figure(s, 50, "50 miles an hour", unit="mi", per="hour")]
    s = "He drove at 100 km/h on the road."
    assert figures_of(nlp, s) == [_figure(s, 100, "100 km/h", unit="km/h")]
    s = "Trains run at 300km/h to Lyon."
    assert figures_of(nlp, s) == [_figure(s, 300, "300km/h", unit="km/h")]
    assert figures.parse_value("60 kph") == figures.Value(60, None, "km/h")


@pytest.mark.parametrize("s, expected", [
    ("He met her once a week.", []),  # no amount
    ("Sales rose 5% a year ago.", [(5, "5%", {"unit": "%", "period": "a year ago"})]),
    ("Profits were $5m a year earlier.", [(5_000_000, "$5m", {"unit": "USD", "period": "a year earlier"})]),
    ("Prices rose 3% in a year.", [(3, "3%", {"unit": "%", "period": "in a year"})]),
    ("Prices fell 5% a year on.", [(5, "5%", {"unit": "%"})]),
    ("He sold 5 tonnes of the rice he grew a year ago.", [(5, "5 tonnes", {"unit": "t"})]),
    ("Sales will be $5m a year from now.", [(5_000_000, "$5m", {"unit": "USD"})]),
    ("Rates of 5 per cent were charged.", [(5, "5 per cent", {"unit": "%"})]),  # "per cent" is the unit
    ("Every four years, 200 athletes compete.", [(200, "200", {"counts": "athletes", "period": "four years"})]),
])
def test_not_a_rate(nlp, s, expected):
    assert figures_of(nlp, s) == [_figure(s, value, text, **fields) for value, text, fields in expected]


def test_a_rate_and_the_same_amount_without_it_are_two_figures(nlp):
    s1, s2 = "Nurses are paid $1,300 a week.", "A bonus of $1,300 was paid."
    found = [f for s in (s1, s2) for f in figures.find_figures(nlp(s))]
    assert [(f.text, f.per, f.evidence) for f in figures.number_figures(found)] == [
        ("$1,300", "week", (s1,)), ("$1,300", None, (s2,))]


def test_a_rate_after_the_same_amount_in_brackets_is_the_rate_of_both(nlp):
    s = "The wage is 76.40 kroner (dlrs 10.6) an hour."
    assert figures_of(nlp, s) == [_figure(s, 76.4, "76.40 kroner", unit="NOK", per="hour"),
                                  _figure(s, 10.6, "dlrs 10.6", unit="USD", per="hour")]


def test_a_rate_after_or_so(nlp):
    s = "A pace of 125,000 new jobs or so a month would keep the rate steady."
    assert figures_of(nlp, s) == [_figure(s, 125_000, "125,000", counts="new jobs", per="month")]


@pytest.mark.parametrize("s, value, text, unit, per", [
    ("She took a $100-a-month job at a bakery.", 100, "$100", "USD", "month"),
    ("He turned down a £90,000-a-year post.", 90000, "£90,000", "GBP", "year"),
    ("Refiners paid the $40-a-barrel price.", 40, "$40", "USD", "barrel"),
])
def test_a_rate_printed_with_hyphens_on_the_amount(nlp, s, value, text, unit, per):
    assert [(f.value, f.text, f.unit, f.per) for f in figures_of(nlp, s)] == [(value, text, unit, per)]
