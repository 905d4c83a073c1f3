"""Amounts and counts printed with a magnitude suffix ("38m", "6.3bn") and no currency (issue 11, item 1): the currency
of a parallel amount with the same suffix, millions of a plural or of a unit of measure, never metres."""

from __future__ import annotations

import pytest

from factarchive.extract.quantities import parse_value
from factarchive.model import Figure

from .extraction_helpers import figures_of


def _figure(s: str, value, text: str, **fields) -> Figure:
    return Figure(id="", value=value, text=text, evidence=(s,), **fields)


def test_up_from_takes_the_currency_of_the_parallel_amount_not_of_the_amounts_in_brackets(nlp):
    s = "Profits were 77m euros (£53m; $100m), up from 38m a year earlier."
    assert figures_of(nlp, s) == [
        _figure(s, 77_000_000, "77m euros", unit="EUR", period="a year earlier"),
        _figure(s, 53_000_000, "£53m", unit="GBP", period="a year earlier"),
        _figure(s, 100_000_000, "$100m", unit="USD", period="a year earlier"),
        _figure(s, 38_000_000, "38m", unit="EUR", period="a year earlier"),
    ]


def test_from_to_and_against_carry_the_currency_to_an_amount_the_model_did_not_tag(nlp):
    s = "The budget fell from £20m to 15m."
    assert figures_of(nlp, s) == [_figure(s, 20_000_000, "£20m", unit="GBP"), _figure(s, 15_000_000, "15m", unit="GBP")]
    s = "Sales were 9.5bn kronor against 6.3bn last year."
    assert figures_of(nlp, s) == [_figure(s, 9_500_000_000, "9.5bn kronor", unit="SEK", period="last year"),
                                  _figure(s, 6_300_000_000, "6.3bn", unit="SEK", period="last year")]


@pytest.mark.parametrize("s, value, text, unit", [
    # another suffix: the parallel amount says nothing of this one's magnitude or currency
    ("Revenue was 1.3bn rupees compared with 874.2m a year earlier.", 874.2, "874.2m", "m"),
    # no currency on the parallel amount: races stay races
    ("He won the 400m, up from 200m in 2003.", 200, "200m", "m"),
])
def test_no_currency_is_carried_from_an_amount_with_another_suffix_or_none(nlp, s, value, text, unit):
    last = figures_of(nlp, s)[-1]
    assert (last.value, last.text, last.unit) == (value, text, unit)


def test_a_suffix_m_before_a_unit_of_measure_that_is_not_a_length_is_millions_of_it(nlp):
    s = "The firm holds about 113.5m ounces of gold."
    assert figures_of(nlp, s) == [_figure(s, 113_500_000, "about 113.5m ounces", unit="oz", qualifier="about")]


def test_a_suffix_m_before_of_and_a_plural_counts_that_plural(nlp):
    s = "Approximately 1.1m of the country's 1.6m Muslims are of voting age."
    assert figures_of(nlp, s) == [_figure(s, 1_100_000, "Approximately 1.1m", counts="Muslims", qualifier="approximately")]


def test_a_currency_name_after_an_amount_printed_with_its_sign_is_another_word(nlp):
    s = "Sales passed the £1.5bn mark."
    assert figures_of(nlp, s) == [_figure(s, 1_500_000_000, "£1.5bn", unit="GBP")]


def test_a_span_run_past_the_full_stop_on_a_suffix_ends_there_and_keeps_its_unit(nlp):
    s = "Holmes runs in the 1000m. Swedish champion Carolina Kluft will contest the 60m hurdles."
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s)] == [("1000m", 1000, "m"), ("60m", 60, "m")]
    s = "Lagat could not maintain the pace over the final 400m. Ireland's Smith won."
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s)] == [("400m", 400, "m")]


@pytest.mark.parametrize("text, value, value_max, unit", [
    ("$1.3 to $1.5bn", 1_300_000_000, 1_500_000_000, "USD"),  # the suffix on the upper amount only is the lower's too
    ("20 to 30bn euros", 20_000_000_000, 30_000_000_000, "EUR"),
    ("$5-10m", 5_000_000, 10_000_000, "USD"),
    ("1.5m to 2m", 1.5, 2, "m"),  # no money: a length in metres at both ends
    ("£2m to £30", 2_000_000, 30, "GBP"),  # the lower prints its own suffix: the upper's is not lent
])
def test_a_range_lends_the_suffix_of_its_upper_amount_to_its_lower(text, value, value_max, unit):
    parsed = parse_value(text)
    assert (parsed.value, parsed.value_max, parsed.unit) == (value, value_max, unit)
