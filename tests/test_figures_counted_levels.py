"""Figures with nothing counted next to them count what the sentence says grew, fell or reached them ("the number of
blogs has exceeded 4.8 million", "users grew by 1.4 million"), and a multiplier counts times ("10 times faster");
amounts ("sales", "prices") and levels of an index count nothing; a bare number that stands for a noun counts what the
number before it counts ("sold 750,000 copies in its first week and 3.5 million in total")."""

from __future__ import annotations

import pytest

from factarchive.extract import figures


def _counts(nlp, text):
    return [(f.figure.text, f.figure.counts) for f in figures.find_figures(nlp(text))]


@pytest.mark.parametrize("text, expected", [
    ("The number of people out of work rose 32,000 to 1.41 million.", [("32,000", "people"), ("1.41 million", "people")]),
    ("The number of blogs has exceeded 4.8 million.", [("4.8 million", "blogs")]),
    ("That brought to 49 the number of banks that the firm has sued.", [("49", "banks")]),
    ("In October, mobile phone users grew by 1.4 million to 44.9 million.",
     [("1.4 million", "mobile phone users"), ("44.9 million", "mobile phone users")]),
    ("The plan would increase the number of specialist sport colleges from 350 to 400.",
     [("350", "specialist sport colleges"), ("400", "specialist sport colleges")]),
    # amounts, currencies and index levels count nothing; nor does when, nor the whole of a share
    ("Vehicle sales rose to 4.7 million.", [("4.7 million", None)]),
    ("The yen dropped to 141.60 per euro.", [("141.60", None)]),
    ("Its businesses gained share in three out of four regions.", [("three", "regions"), ("four", None)]),
    ("The index rose to 67.4 from 61.5.", [("67.4", None), ("61.5", None)]),
])
def test_counted_by_what_reached_the_level(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The new chip is 10 times faster than the old one.", [("10", "times")]),
    ("It is almost four times as fast as its rival.", [("almost four", "times")]),
])
def test_multiplier_counts_times(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The book sold 750,000 copies in its first week and 3.5 million in total.",
     [("750,000", "copies"), ("3.5 million", "copies")]),
    ("Checks were carried out on 175,000 people at Heathrow Airport and 10,000 at Gatwick.",
     [("175,000", "people"), ("10,000", "people")]),
    ("Million Dollar Baby has seven nominations while The Aviator has 11.", [("seven", "nominations"), ("11", "nominations")]),
    # nothing counted before: not said
    ("The attack, which killed five, was the first.", [("five", None)]),
    # not a vague amount (of money, often), nor odds, nor a chart's top, nor the base of a rate
    ("The two men could face 200 claims and a bill running into millions.",
     [("two", "men"), ("200", "claims"), ("millions", None)]),
    ("Two new films debuted outside the top 10.", [("Two", "new films"), ("10", None)]),
    # nor an age or a chart's place after "at", nor a multiplier's "times"
    ("He won the title six times, having left school at 14.", [("six", "times"), ("14", None)]),
    ("It had 7.5 connections per 100 people, compared to 6.7 in Germany.",
     [("7.5", "connections"), ("100", "people"), ("6.7", "connections")]),
])
def test_bare_number_counts_what_the_number_before_counts(nlp, text, expected):
    assert _counts(nlp, text) == expected


def test_a_year_of_accounts_is_no_figure(nlp):
    assert _counts(nlp, "In 1998/99, for example, contributions rose by 4.7% and in 2002/03 by 8.6%.") == [
        ("4.7%", None), ("8.6%", None)]
