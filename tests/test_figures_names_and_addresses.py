"""Numbers in a street address or a name are no figures ("601 Riverview Dr.", "Local 802"); a count beside them stays."""

from __future__ import annotations

import pytest

from .extraction_helpers import figures_of, figures_tagged


@pytest.mark.parametrize("sentence, number", [
    ("They built a new home at 601 Riverview Dr. in Florence.", "601"),
    ("The cinema, 209 West Houston St., opens on Friday.", "209"),
    ("She lives at 12 Elm Street, the police said.", "12"),
    ("Local 802 of the musicians union called off the strike.", "802"),
])
def test_a_house_number_or_a_union_local_is_no_figure(nlp, sentence, number):
    assert figures_tagged(nlp, sentence, [(number, "CARDINAL")]) == []


@pytest.mark.parametrize("sentence, number, counts", [
    ("The 40 Oxford Street shops closed.", "40", "Oxford Street shops"),
    ("Some 40 Wall Street Journal reporters were laid off.", "40", "Wall Street Journal reporters"),
    ("Local officials said 30 people were hurt.", "30", "people"),
])
def test_a_count_near_a_street_or_a_local_stays(nlp, sentence, number, counts):
    assert [(f.text, f.counts) for f in figures_tagged(nlp, sentence, [(number, "CARDINAL")])] == [(number, counts)]


def test_the_count_in_a_sentence_with_an_address_stays(nlp):
    s = "Police said 30 people gathered outside 10 Downing Street."
    assert [(f.text, f.value, f.counts) for f in figures_of(nlp, s)] == [("30", 30, "people")]


@pytest.mark.parametrize("sentence, number", [
    ("Wales won their Six Nations opener at home.", "Six"),
    ("The quiz moves to BBC Four in the spring.", "Four"),
    ("The drama also runs on Nine every Sunday.", "Nine"),
    ("A Seven spokesman declined to comment.", "Seven"),
])
def test_a_number_word_with_a_capital_inside_a_sentence_is_a_name(nlp, sentence, number):
    assert figures_tagged(nlp, sentence, [(number, "CARDINAL")]) == []


@pytest.mark.parametrize("sentence, number", [
    ("Three were hurt in the crash.", "Three"),
    ('The guard said: "Three were hurt."', "Three"),
    ("Police said - Three men were held.", "Three"),
    ("THREE HURT IN CRASH ON RING ROAD", "THREE"),
    ("Blast On Ring Road Kills Three Drivers", "Three"),
])
def test_a_number_word_that_starts_a_sentence_or_a_quotation_stays_a_count(nlp, sentence, number):
    assert [f.value for f in figures_tagged(nlp, sentence, [(number, "CARDINAL")])] == [3]


def test_a_count_before_a_name_with_a_number_word_is_not_dropped(nlp):
    s = "The hosts lost three Six Nations games in a row."
    assert [f.value for f in figures_tagged(nlp, s, [("three Six Nations", "CARDINAL")])] != []


@pytest.mark.parametrize("sentence, expected", [
    ("The group said the EU 25 members agreed.", [("25", 25, "members")]),
    ("The FBI 300 agents were sent to the town.", [("300", 300, "agents")]),
    ("The CAC 40 index fell and the FTSE 100 closed 12 points higher.", [("12", 12, "points")]),
    ("The S&P 500 futures slipped.", []),
])
def test_a_number_after_a_name_in_capitals_counts_the_plural_noun_after_it_unless_a_markets(nlp, sentence, expected):
    assert [(f.text, f.value, f.counts) for f in figures_of(nlp, sentence)] == expected
