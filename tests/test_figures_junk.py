"""Numbers that are not figures: "one" as an article, results and scores (issue 11, "Junk figures")."""

from __future__ import annotations

import pytest

from factarchive.model import Figure

from .extraction_helpers import figures_of, figures_tagged


@pytest.mark.parametrize("sentence", [
    "At one point he walked out of the studio.",
    "He gave one particularly long monologue.",
    "It was one of the best films of the year.",
])
def test_one_used_as_an_article_is_not_a_figure(nlp, sentence):
    assert figures_of(nlp, sentence) == []


def test_one_that_counts_something_is_a_figure(nlp):
    s = "One person died in the fire."
    assert figures_of(nlp, s) == [Figure(id="", value=1, text="One", counts="person", evidence=(s,))]


@pytest.mark.parametrize("sentence", [
    "Chelsea sealed a 1-0 win at home.",
    "Arsenal won 3-1 on Sunday.",
    "Federer won 6-4 6-2 in the final.",
    "They won the match 3-1 in a vote of confidence.",
])
def test_results_and_scores_are_not_figures(nlp, sentence):
    assert figures_of(nlp, sentence) == []


def test_a_range_going_up_is_still_a_figure(nlp):
    s = "The team hired 20-30 extra staff."
    assert [(f.text, f.value, f.value_max) for f in figures_of(nlp, s)] == [("20-30", 20, 30)]


def test_every_figure_has_its_sentence(nlp):
    s = "The council will spend £3.5 billion on 40 new schools."
    found = figures_of(nlp, s)
    assert [(f.text, f.value, f.unit, f.counts, f.evidence) for f in found] == [
        ("£3.5 billion", 3_500_000_000, "GBP", None, (s,)), ("40", 40, None, "new schools", (s,))]


def test_number_as_a_verb_is_no_rank(nlp):
    s = "The library's holdings number more than 17 million volumes."
    assert [(f.text, f.value, f.counts) for f in figures_of(nlp, s)] == [("more than 17 million", 17_000_000, "volumes")]


@pytest.mark.parametrize("sentence, spans", [
    ("Part two will follow on Monday.", [("two", "CARDINAL")]),
    ("The council voted down resolution 425.", [("425", "CARDINAL")]),
    ("She flew home on Flight 800.", [("800", "CARDINAL")]),
])
def test_a_number_that_names_the_thing_before_it_is_not_a_figure(nlp, sentence, spans):
    assert figures_tagged(nlp, sentence, spans) == []


@pytest.mark.parametrize("sentence, number", [
    ("The council passed 425 resolutions.", "425"),
    ("The spot index closed at 129.25, up 0.28.", "129.25"),  # a level, not a label
    ("A record 39 Israeli troops were killed.", "39"),  # a noun after it: a count
])
def test_a_number_that_is_no_label_stays(nlp, sentence, number):
    assert [f.text for f in figures_tagged(nlp, sentence, [(number, "CARDINAL")])] == [number]


def test_a_number_after_a_split_no_is_left_to_the_rank_rule(nlp):
    from factarchive.extract import figure_drops
    from .extraction_helpers import doc_tagged

    doc = doc_tagged(nlp, "No. 9 and a dock in berth No. 10 were built.", [("9", "CARDINAL"), ("10", "CARDINAL")])
    assert [figure_drops.names_thing_before(doc, e.start, e.end) for e in doc.ents] == [False, False]


@pytest.mark.parametrize("s", [
    "The hosts failed to ignite in the second half and lost.",
    "Barkley missed as the first half drew to a close.",
    "Maloney replaced Sutton at half time.",
])
def test_a_half_named_by_its_rank_or_use_is_no_figure(nlp, s):
    assert figures_of(nlp, s) == []


def test_half_before_a_determiner_counts_its_noun(nlp):
    s = "Half the population live below the poverty line."
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == [("Half", "population")]


@pytest.mark.parametrize("sentence", [
    "Bookmakers offered odds of 10/1 for the record.",
    "He is the 6/4 favourite to win the prize.",
    "Odds on her victory have been slashed from 4/6 to 1/2.",
    "He was player of the season in 2001/2.",
    "Opera is set to release its version 7.60 by the end of the year.",
    "Rates fell soon after the 9/11 attacks.",
    "Nadal won 6-7 (6/8) 6-2.",
])
def test_odds_seasons_tie_breaks_days_and_versions_are_no_figures(nlp, sentence):
    assert figures_of(nlp, sentence) == []


def test_a_fraction_printed_with_a_slash_outside_betting_stays_a_fraction(nlp):
    assert [(f.text, f.value) for f in figures_of(nlp, "The stock rose 3/4 to 22 1/4.")] == [("3/4", 0.75), ("22 1/4", 22.25)]
    assert [(f.text, f.value) for f in figures_of(nlp, "Add 1/2 cup of sugar.")] == [("1/2 cup", 0.5)]
