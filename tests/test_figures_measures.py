"""Measures: the unit printed after a number is part of the figure; units the model missed; pounds of weight;
basis points; the term of a contract or a penalty is not the length of something that happened."""

from __future__ import annotations

import pytest

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_of, figures_tagged
from .test_figures_printed import tagged


def test_a_unit_printed_after_the_number_belongs_to_the_figure(nlp):
    s = "The station has a capacity of 16 kilowatts."
    assert tagged(nlp, s, [("16", "CARDINAL")]) == [Figure(id="", value=16, text="16 kilowatts", unit="kW", evidence=(s,))]


def test_a_recipe_measure_prints_its_unit(nlp):
    s = "Stir in 2 tablespoons olive oil."
    assert tagged(nlp, s, [("2", "CARDINAL")]) == [
        Figure(id="", value=2, text="2 tablespoons", unit="tablespoons", evidence=(s,))]


def test_a_measure_the_model_did_not_tag_is_found(nlp):
    s = "The runner won the 3,000 meters in Oslo."
    assert tagged(nlp, s, [("Oslo", "GPE")]) == [Figure(id="", value=3000, text="3,000 meters", unit="m", evidence=(s,))]


def test_a_measure_tagged_as_a_time_is_a_measure(nlp):
    s = "The land frontier is more than 230 kilometers long."
    assert tagged(nlp, s, [("more than 230 kilometers", "TIME")]) == [
        Figure(id="", value=230, text="more than 230 kilometers", unit="km", qualifier="more than", evidence=(s,))]


def test_a_length_of_time_the_model_did_not_tag_is_no_measure(nlp):
    s = "The talks lasted 3 days in Geneva."
    assert tagged(nlp, s, [("Geneva", "GPE")]) == []


def test_units_of_memory_and_power(nlp):
    s = "The computer has 512 kilobytes of memory and a 40-megabyte disk."
    assert tagged(nlp, s, [("512", "CARDINAL"), ("40-megabyte", "QUANTITY")]) == [
        Figure(id="", value=512, text="512 kilobytes", unit="KB", evidence=(s,)),
        Figure(id="", value=40, text="40-megabyte", counts="disk", unit="MB", evidence=(s,)),
    ]


def test_units_of_computing_printed_on_the_number_or_glued_to_it(nlp):
    s = "The player has 6GB of storage, a 1.8GHz chip and a 1.3 megapixel camera, and works on 8Mbps lines."
    assert [(f.text, f.value, f.unit, f.counts) for f in figures_of(nlp, s)] == [
        ("6GB", 6, "GB", None), ("1.8GHz", 1.8, "GHz", "chip"), ("1.3 megapixel", 1.3, "MP", None),
        ("8Mbps", 8, "Mbit/s", "lines")]


def test_bits_are_printed_with_a_small_b_and_bytes_with_a_capital_or_in_lower_case(nlp):
    s = "It sells 2Mb broadband, and a player with 512MB of memory."
    assert [(f.text, f.value, f.unit) for f in figures_of(nlp, s)] == [("2Mb", 2, "Mbit"), ("512MB", 512, "MB")]


def test_a_unit_of_two_letters_between_the_number_and_its_noun_is_the_unit(nlp):
    s = "The iPod mini has a 6 GB drive."
    assert [(f.text, f.value, f.unit, f.counts) for f in figures_of(nlp, s)] == [("6 GB", 6, "GB", None)]
    s = "A 512MB card will store about 30 minutes of video."
    assert [(f.text, f.value, f.unit, f.counts) for f in figures_of(nlp, s)][0] == ("512MB", 512, "MB", None)


def test_a_time_glued_to_its_number_and_letters_after_no_number_are_no_unit(nlp):
    assert figures_of(nlp, "Team GB left Athens at 10am.") == []


def test_pounds_weighed_are_a_weight(nlp):
    s = "The rule applies to trucks weighing 10,000 pounds or less."
    assert tagged(nlp, s, [("10,000 pounds", "MONEY")]) == [
        Figure(id="", value=10000, text="10,000 pounds", unit="lb", evidence=(s,))]


def test_pounds_of_a_thing_are_a_weight(nlp):
    s = "The mine produces 700,000 pounds of uranium."
    assert tagged(nlp, s, [("700,000 pounds", "MONEY")]) == [
        Figure(id="", value=700000, text="700,000 pounds", unit="lb", evidence=(s,))]


def test_pounds_paid_are_money(nlp):
    s = "The club paid 700,000 pounds for the striker."
    assert tagged(nlp, s, [("700,000 pounds", "MONEY")]) == [
        Figure(id="", value=700000, text="700,000 pounds", unit="GBP", evidence=(s,))]


def test_basis_points_are_hundredths_of_a_percentage_point(nlp):
    s = "The notes yield 362 basis points over Treasury bonds."
    assert tagged(nlp, s, [("362", "CARDINAL")]) == [
        Figure(id="", value=3.62, text="362 basis points", unit="%", evidence=(s,))]
    assert figures.parse_value("350 basis points") == figures.Value(3.5, None, "%", None)


def test_the_term_of_a_penalty_or_a_contract_is_no_figure(nlp):
    s = "Brokers were given 30-day suspensions and a three-year contract."
    assert tagged(nlp, s, [("30-day", "DATE"), ("three-year", "DATE")]) == []


def test_the_length_of_an_event_is_still_a_figure(nlp):
    s = "Workers ended their 19-day occupation of the plant."
    assert figures_of(nlp, s) == [Figure(id="", value=19, text="19-day", counts="occupation", unit="days", evidence=(s,))]


def test_the_term_of_a_contract_named_by_a_compound_is_no_figure(nlp):
    s = "The union rejected a three-year contract offer."
    assert tagged(nlp, s, [("three-year", "DATE")]) == []


def test_a_measure_with_a_magnitude_the_model_did_not_tag(nlp):
    s = "Reserves grew by over 40 million tons."
    assert tagged(nlp, s, []) == [Figure(id="", value=40000000, text="40 million tons", unit="t", evidence=(s,))]


def test_a_unit_glued_to_the_number_is_printed_with_it(nlp):
    s = "He had nothing to go for in the 50K, finishing 20th."
    assert tagged(nlp, s, [("50", "CARDINAL"), ("20th", "ORDINAL")]) == [Figure(id="", value=50, text="50K", unit="km", evidence=(s,))]


def test_a_date_after_the_number_is_not_what_it_counts(nlp):
    s = "Imports actually rose by 3,000 last month."
    assert tagged(nlp, s, [("3,000", "CARDINAL"), ("last month", "DATE")]) == [
        Figure(id="", value=3000, text="3,000", period="last month", evidence=(s,))]


def test_a_measure_ends_at_its_unit_not_at_the_adjective_after_it(nlp):
    s = "A 34-foot-tall statue was completed."
    assert tagged(nlp, s, [("34-foot-tall", "QUANTITY")]) == [Figure(id="", value=34, text="34-foot", unit="ft", evidence=(s,))]


def test_a_count_of_months_tagged_as_a_number_is_a_period(nlp):
    s = "The yield stayed below 3% for at least two consecutive months."
    assert [f.text for f in tagged(nlp, s, [("3%", "PERCENT"), ("at least two consecutive months", "CARDINAL")])] == ["3%"]


def test_a_magnitude_after_a_hyphen_is_no_upper_end_of_a_range():
    assert figures.parse_value("seven-million-ton") == figures.Value(7000000, None, "t")
    assert figures.parse_value("20-30") == figures.Value(20, None, None, 30)


def test_a_line_opening_with_pounds_of_what_it_names_is_a_weight(nlp):
    s = "2 pounds sweet potatoes or yams"
    assert [(f.text, f.value, f.unit) for f in tagged(nlp, s, [("2 pounds", "QUANTITY")])] == [("2 pounds", 2, "lb")]
    s = "The fine was 2 pounds and costs."
    assert [(f.text, f.value, f.unit) for f in tagged(nlp, s, [("2 pounds", "MONEY")])] == [("2 pounds", 2, "GBP")]


@pytest.mark.parametrize("sentence, number, text, value", [
    ("The November 9% issue ended higher.", "9", "9%", 9),
    ("Johor reached 41.77 per cent of its target.", "41.77", "41.77 per cent", 41.77),
])
def test_a_percentage_the_model_cut_after_its_number_is_a_percentage(nlp, sentence, number, text, value):
    assert [(f.text, f.value, f.unit, f.counts) for f in figures_tagged(nlp, sentence, [(number, "CARDINAL")])] == [
        (text, value, "%", None)]
