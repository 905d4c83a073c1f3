"""Ages printed as ages are no counts (figures.py: an age describes who is meant), on invented sentences."""

from __future__ import annotations

import pytest

from .extraction_helpers import figures_of, figures_tagged


@pytest.mark.parametrize("s", [
    "The singer has died of heart failure aged 70.",
    "He died of a drug overdose in 1970 at the age of 27.",
    "Fewer children over the age of 10 attend ballet classes.",
    "The teacher showed the boy, who was 13 at the time, the website.",
    "He was 28 when he left the club.",
])
def test_an_age_in_the_past_or_of_a_group_is_no_figure(nlp, s):
    assert figures_of(nlp, s) == []


@pytest.mark.parametrize("s, expected", [
    ("Its 17 members were 17 short of a majority.", [("17", "members"), ("17", None)]),  # not a person's: a count
    ("He was one of four Britons released in January.", [("one", None)]),  # "was one of": kept as before
    ("She was 2 points behind the leader.", [("2", "points")]),  # a noun follows: a count
])
def test_a_number_after_was_that_is_not_a_persons_age_stays(nlp, s, expected):
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == expected


@pytest.mark.parametrize("sentence, spans", [
    ("The camp takes unskilled 16-to 17-year-olds.", [("16", "CARDINAL"), ("17-year-olds", "DATE")]),
    ("The prize went to 9 and 10-year-old pupils.", [("9", "CARDINAL"), ("10-year-old", "DATE")]),
])
def test_the_first_end_of_a_range_of_ages_is_no_figure(nlp, sentence, spans):
    assert figures_tagged(nlp, sentence, spans) == []


@pytest.mark.parametrize("s", [
    "The mayor teased Councillor Jane Doe, who turned 50 while he was away.",
    "Jane Doe turns 60 on Friday.",
    "The old bandleader Jim Hale dies at 82",
    "The painter Tom Reed has died in Lisbon at 71.",
    "When she was just 15, she won a place at the academy.",
    "Most 16 to 24-year-olds own a phone.",
])
def test_an_age_reached_at_death_or_of_a_range_is_no_figure(nlp, s):
    assert figures_of(nlp, s) == []


@pytest.mark.parametrize("s, expected", [
    ("The club turned 50 pages of records over to the police.", [("50", "pages")]),  # a noun follows: a count
    ("The death toll stood at 62 on Friday.", [("62", None)]),  # a level, not an age at death
    ("Sales were just 15.", [("15", None)]),  # no person: not an age
])
def test_a_number_after_turned_or_at_that_is_no_age_stays(nlp, s, expected):
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == expected
