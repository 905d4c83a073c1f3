"""A change "by X to Y" is two figures; a fraction "of" an amount is one figure, the product of both."""

from __future__ import annotations

from factarchive.extract import figures
from factarchive.model import Figure

from .test_figures_edges import tagged


def test_a_rise_by_an_amount_to_a_level_is_two_figures(nlp):
    s = "The spot gold price rose $4 to $367.30 an ounce."
    assert tagged(nlp, s, [("$4 to $367.30", "MONEY")]) == [
        Figure(id="", value=4, text="$4", unit="USD", evidence=(s,)),
        Figure(id="", value=367.3, text="$367.30", unit="USD", per="ounce", evidence=(s,)),  # a rate: per ounce
    ]


def test_a_gain_of_cents_to_a_price_is_two_figures(nlp):
    s = "The May contract ended with a gain of 0.54 cent to 14.26 cents."
    assert tagged(nlp, s, [("0.54 cent to 14.26 cents", "MONEY")]) == [
        Figure(id="", value=0.0054, text="0.54 cent", unit="USD", evidence=(s,)),
        Figure(id="", value=0.1426, text="14.26 cents", unit="USD", evidence=(s,)),
    ]


def test_a_rise_of_a_stated_range_stays_one_range(nlp):
    # The two ends are close: a range of how much, not an amount and the level it reached.
    s = "Corporate bonds were up about 1/2 to 3/4 point."
    assert tagged(nlp, s, [("about 1/2 to 3/4", "CARDINAL")]) == [
        Figure(id="", value=0.5, value_max=0.75, text="about 1/2 to 3/4", counts="points", qualifier="about", evidence=(s,))]


def test_a_cut_by_a_range_stays_one_range(nlp):
    s = "The company cut prices by 5% to 17%."
    assert tagged(nlp, s, [("5% to 17%", "PERCENT")]) == [
        Figure(id="", value=5, value_max=17, text="5% to 17%", unit="%", evidence=(s,))]


def test_a_fraction_of_a_percent_is_one_figure(nlp):
    s = "Hours worked declined by seven-tenths of 1 percent."
    assert tagged(nlp, s, [("seven-tenths", "CARDINAL"), ("1 percent", "PERCENT")]) == [
        Figure(id="", value=0.7, text="seven-tenths of 1 percent", unit="%", evidence=(s,))]
    assert figures.parse_value("one-tenth of 1 percent") == figures.Value(0.1, unit="%")
    assert figures.parse_value("a third of $9 million") == figures.Value(3_000_000, unit="USD")
    assert figures.parse_value("a third of the 9 million") is None  # not an amount the sentence states
