"""A figure's text is the figure as printed: its edges, and a change "from X to Y" read as two figures.

The model's tags are set by hand where a rule is about what the model left outside its span, so that the
rule is tested whatever the shipped model says of the sentence today.
"""

from __future__ import annotations

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_tagged as tagged


def test_a_preposition_left_outside_is_the_qualifier_not_the_printed_figure(nlp):
    s = "The index fell below 50% in October."
    assert tagged(nlp, s, [("50%", "PERCENT"), ("October", "DATE")]) == [
        Figure(id="", value=50, text="50%", unit="%", qualifier="below", period="in October", evidence=(s,))]


def test_a_phrase_around_the_amount_is_recorded_but_not_printed(nlp):
    s = "The choir rang as many as 12 bells."
    assert tagged(nlp, s, [("12", "CARDINAL")]) == [
        Figure(id="", value=12, text="12", counts="bells", qualifier="as many as", evidence=(s,))]


def test_an_estimate_left_outside_is_recorded_as_about(nlp):
    s = "Turnout was an estimated 400,000 people."
    assert tagged(nlp, s, [("400,000", "CARDINAL")]) == [
        Figure(id="", value=400000, text="400,000", counts="people", qualifier="about", evidence=(s,))]


def test_a_bound_printed_with_the_number_stays_in_its_text(nlp):
    s = "The storm displaced nearly a million people."
    assert tagged(nlp, s, [("million", "CARDINAL")]) == [
        Figure(id="", value=1000000, text="nearly a million", counts="people", qualifier="nearly", evidence=(s,))]


def test_the_model_span_is_kept_as_printed(nlp):
    s = "The company raised between $4 billion and $6 billion."
    assert tagged(nlp, s, [("between $4 billion and $6 billion", "MONEY")]) == [
        Figure(id="", value=4000000000, text="between $4 billion and $6 billion", value_max=6000000000, unit="USD",
               evidence=(s,))]


def test_a_vote_that_falls_from_the_first_to_the_second_is_two_figures(nlp):
    s = "The union rejected the offer 59% to 41%."
    assert tagged(nlp, s, [("59% to 41%", "PERCENT")]) == [
        Figure(id="", value=59, text="59%", unit="%", evidence=(s,)),
        Figure(id="", value=41, text="41%", unit="%", evidence=(s,)),
    ]


def test_from_one_figure_to_another_is_a_change_not_a_range(nlp):
    s = "The bank cut its rate from 8% to 9% and then back."
    assert tagged(nlp, s, [("8% to 9%", "PERCENT")]) == [
        Figure(id="", value=8, text="8%", unit="%", evidence=(s,)),
        Figure(id="", value=9, text="9%", unit="%", evidence=(s,)),
    ]


def test_a_stated_range_stays_one_figure(nlp):
    s = "Sales grew 5% to 17% at the chain."
    assert tagged(nlp, s, [("5% to 17%", "PERCENT")]) == [
        Figure(id="", value=5, text="5% to 17%", value_max=17, unit="%", evidence=(s,))]


def test_ranged_from_is_a_range(nlp):
    s = "Home purchase plans ranged from 2.9% to 3.7% of respondents."
    assert tagged(nlp, s, [("2.9% to 3.7%", "PERCENT")]) == [
        Figure(id="", value=2.9, text="2.9% to 3.7%", value_max=3.7, unit="%", evidence=(s,))]


def test_a_percentage_after_a_name_is_no_part_of_the_name(nlp):
    s = "The Federal National Mortgage Association 9% notes rose."
    assert tagged(nlp, s, [("Federal National Mortgage Association", "ORG"), ("9%", "PERCENT")]) == [
        Figure(id="", value=9, text="9%", unit="%", evidence=(s,))]


def test_a_number_in_a_name_is_still_no_figure(nlp):
    s = "Members of Local 802 voted on Monday."
    assert tagged(nlp, s, [("Local", "ORG"), ("802", "CARDINAL")]) == []


def test_more_than_a_number_written_plus(nlp):
    s = "Fans filled the 49,000-plus seats of the stadium."
    assert tagged(nlp, s, [("49,000-plus", "CARDINAL")]) == [
        Figure(id="", value=49000, text="49,000-plus", counts="seats", qualifier="more than", evidence=(s,))]


def test_a_multibillion_dollar_project_is_at_least_two_billion(nlp):
    s = "Parliament halted a multibillion-dollar dam."
    assert tagged(nlp, s, [("multibillion-dollar", "MONEY")]) == [
        Figure(id="", value=2000000000, text="multibillion-dollar", unit="USD", qualifier="at least", evidence=(s,))]


def test_a_quarter_and_sevenths_are_fractions(nlp):
    s = "A quarter of the class baked with two-sevenths of the flour."
    assert tagged(nlp, s, [("quarter", "CARDINAL"), ("two-sevenths", "CARDINAL")]) == [
        Figure(id="", value=0.25, text="A quarter", counts="class", evidence=(s,)),  # a part of the class, its article printed
        Figure(id="", value=0.285714, text="two-sevenths", counts="flour", evidence=(s,)),
    ]


def test_parse_value_reads_plus_multibillion_and_fractions():
    assert figures.parse_value("49,000-plus") == figures.Value(49000, "more than", None, None)
    assert figures.parse_value("billion-dollar") == figures.Value(1000000000, None, "USD", None)
    assert figures.parse_value("three-sevenths") == figures.Value(0.428571, None, None, None)
    assert figures.parse_value("quarter") == figures.Value(0.25, None, None, None)


def test_one_in_every_ten_is_a_share_of_what_it_counts(nlp):
    s = "One in every ten people has a phone."
    assert tagged(nlp, s, [("One", "CARDINAL"), ("ten", "CARDINAL")]) == [
        Figure(id="", value=0.1, text="One", counts="people", evidence=(s,)),  # a share (test_figures_shares)
        Figure(id="", value=10, text="ten", evidence=(s,)),  # the share's second number: not ten people
    ]


def test_a_figure_and_the_same_number_with_a_bound_are_two_figures(nlp):
    s1, s2 = "Revenue was close to $2 billion.", "Hungary could seek $2 billion in damages."
    found = [f for s in (s1, s2) for f in figures.find_figures(nlp(s))]
    assert [(f.text, f.value, f.unit, f.qualifier, f.evidence) for f in figures.number_figures(found)] == [
        ("close to $2 billion", 2000000000, "USD", "close to", (s1,)),  # the model tagged the bound: kept as printed
        ("$2 billion", 2000000000, "USD", None, (s2,)),
    ]


def test_the_same_figure_twice_is_one_figure(nlp):
    s1, s2 = "Hungary could seek $2 billion.", "The claim of $2 billion stands."
    found = [f for s in (s1, s2) for f in figures.find_figures(nlp(s))]
    assert [(f.text, f.value, f.unit, f.evidence) for f in figures.number_figures(found)] == [
        ("$2 billion", 2000000000, "USD", (s1, s2))]


def test_a_percentage_tagged_as_money_after_a_name_is_a_percentage(nlp):
    s = "Malacca 40.80 per cent and Johor 41.77 per cent met the target."
    assert tagged(nlp, s, [("Malacca", "ORG"), ("40.80 per cent", "MONEY"), ("Johor", "ORG"), ("41.77 per cent", "MONEY")]) == [
        Figure(id="", value=40.8, text="40.80 per cent", unit="%", evidence=(s,)),
        Figure(id="", value=41.77, text="41.77 per cent", unit="%", evidence=(s,)),
    ]


def test_two_amounts_joined_by_and_are_two_figures(nlp):
    s = "The firm paid US$5 million and C$10 for it."
    assert tagged(nlp, s, [("US$5 million and C$10", "MONEY")]) == [
        Figure(id="", value=5000000, text="US$5 million", unit="USD", evidence=(s,)),
        Figure(id="", value=10, text="C$10", unit="CAD", evidence=(s,)),
    ]


def test_between_one_amount_and_another_is_a_range(nlp):
    s = "Payments will range between $9 billion and $12 billion."
    assert tagged(nlp, s, [("between $9 billion and $12 billion", "MONEY")]) == [
        Figure(id="", value=9000000000, text="between $9 billion and $12 billion", value_max=12000000000, unit="USD",
               evidence=(s,))]


def test_an_estimate_the_model_tagged_is_recorded_not_printed(nlp):
    s = "Dividends grew an estimated 11% this year."
    assert tagged(nlp, s, [("an estimated 11%", "PERCENT"), ("this year", "DATE")]) == [
        Figure(id="", value=11, text="11%", unit="%", qualifier="about", period="this year", evidence=(s,))]


def test_phrases_of_the_sentence_the_model_took_in_are_not_printed(nlp):
    s = "Sales rose to a mere 75 units and a total of 50 shops."
    assert [(f.text, f.value, f.qualifier) for f in tagged(nlp, s, [("a mere 75", "CARDINAL"), ("a total of 50", "CARDINAL")])] == [
        ("75", 75, None), ("50", 50, None)]
