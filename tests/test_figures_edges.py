"""Where a figure as printed starts and ends inside the model's span: words of the sentence are not the figure's.

The model's tags are set by hand, so that each rule is tested whatever the shipped model says of the sentence.
"""

from __future__ import annotations

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_tagged as tagged


def test_a_determiner_inside_the_span_is_not_printed(nlp):
    s = "The publisher printed and sold all 126,000 copies of the first issue."
    assert tagged(nlp, s, [("all 126,000", "CARDINAL")]) == [
        Figure(id="", value=126000, text="126,000", counts="copies", evidence=(s,))]


def test_a_preposition_before_the_number_inside_the_span_is_not_printed(nlp):
    s = "Trading volume rose only to 162 million shares."
    assert tagged(nlp, s, [("only to 162 million", "CARDINAL")]) == [
        Figure(id="", value=162_000_000, text="162 million", counts="shares", evidence=(s,))]


def test_below_inside_the_span_is_the_qualifier_not_the_printed_figure(nlp):
    s = "The index of factory activity remains below 50%."
    assert tagged(nlp, s, [("below 50%", "PERCENT")]) == [
        Figure(id="", value=50, text="50%", unit="%", qualifier="below", evidence=(s,))]


def test_words_that_say_something_of_the_amount_stay_as_printed(nlp):
    s = "Payments slipped from a record $16.7 billion and the agency asked for an additional $120 million."
    assert tagged(nlp, s, [("a record $16.7 billion", "MONEY"), ("an additional $120 million", "MONEY")]) == [
        Figure(id="", value=16_700_000_000, text="a record $16.7 billion", unit="USD", evidence=(s,)),
        Figure(id="", value=120_000_000, text="an additional $120 million", unit="USD", evidence=(s,)),
    ]


def test_a_number_written_with_hyphens_and_and_is_one_number(nlp):
    s = "The team held a three-and-a-half-game lead."
    assert tagged(nlp, s, [("three-and-a-half", "QUANTITY")]) == [
        Figure(id="", value=3.5, text="three-and-a-half", counts="game", evidence=(s,))]


def test_half_a_dozen_is_six(nlp):
    s = "The bank bought pages in half a dozen newspapers."
    assert tagged(nlp, s, [("half a dozen", "CARDINAL")]) == [
        Figure(id="", value=6, text="half a dozen", counts="newspapers", evidence=(s,))]
    assert figures.parse_value("half a dozen") == figures.Value(6)
    assert figures.parse_value("two and a half million") == figures.Value(2_500_000)


def test_a_half_dozen_is_six_not_a_range_up_to_a_dozen(nlp):
    s = "She fell a half-dozen times in the final."
    assert tagged(nlp, s, [("a half-dozen", "CARDINAL")]) == [
        Figure(id="", value=6, text="a half-dozen", counts="times", evidence=(s,))]
    assert figures.parse_value("a half-dozen") == figures.Value(6)
    assert figures.parse_value("five to six dozen") == figures.Value(60, value_max=72)  # the dozen applies to both ends


def test_as_much_as_left_outside_a_split_amount_is_printed_with_it(nlp):
    # The model cut "as much as $" from "8.70": the currency and the bound before it are the amount's.
    s = "The October contract rose as much as $8.70 on Friday."
    assert tagged(nlp, s, [("as much as $", "MONEY"), ("8.70", "MONEY"), ("Friday", "DATE")]) == [
        Figure(id="", value=8.7, text="as much as $8.70", unit="USD", qualifier="as much as", period="on Friday",
               evidence=(s,))]


def test_a_bound_the_model_cut_in_two_is_printed_with_the_amount(nlp):
    # The model took "to" of "up to" into its span and left "up" out: the bound is the figure's, whole.
    s = "The storm left up to half a million homes dark."
    assert tagged(nlp, s, [("to half a million", "CARDINAL")]) == [
        Figure(id="", value=500_000, text="up to half a million", counts="homes", qualifier="up to", evidence=(s,))]
    s = "The bell rang as many as 40 times."
    assert [(f.text, f.qualifier) for f in tagged(nlp, s, [("as 40", "CARDINAL")])] == [("40", "as many as")]


def test_a_share_owned_printed_as_one_word_is_the_percentage(nlp):
    s = "Shearson is 62%-owned by American Express Co."
    assert tagged(nlp, s, [("62%-owned", "CARDINAL"), ("American Express Co.", "ORG")]) == [
        Figure(id="", value=62, text="62%", unit="%", evidence=(s,))]
