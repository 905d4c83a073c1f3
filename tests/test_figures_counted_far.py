"""What a number counts when the noun is further away than the words after it: the noun its word before it and the
number both modify ("Some 350 films"), the group it is the size of ("a workforce of 6,500"), and the noun a relative
clause of a part is about ("farm workers, thousands of whom ..."). Other pronouns ("two of them") and a total ("a total
of 30 billion") say nothing of what is counted: nothing is read."""

from __future__ import annotations

import pytest

from factarchive.extract import figures


def _counts(nlp, text):
    return [(f.figure.text, f.figure.counts) for f in figures.find_figures(nlp(text))]


@pytest.mark.parametrize("text, expected", [
    ("The fund will pay for some 4,200 nurses next year.", [("some 4,200", "nurses")]),
    ("The network will add an additional three radio stations.", [("an additional three", "radio stations")]),
])
def test_number_after_a_determiner_counts_the_noun(nlp, text, expected):
    assert _counts(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The carmaker plans to cut its workforce of 8,400 by a fifth.", [("8,400", "workforce")]),
    ("The island has a population of 45,000.", [("45,000", "population")]),
    # a total or a majority is no group: what it counts is not said
    ("The party won a majority of 93.", [("93", None)]),
])
def test_size_of_a_group(nlp, text, expected):
    assert [c for c in _counts(nlp, text) if c[0] != "a fifth"] == expected


@pytest.mark.parametrize("text, expected", [
    ("The strike angered dock workers, hundreds of whom marched through the city on Monday.",
     [("hundreds", "dock workers")]),
    ("The shop sells handmade candles, of which there are 64.", [("64", "handmade candles")]),
    # another pronoun's noun is not read
    ("Nine of them stayed at home.", [("Nine", None)]),
])
def test_counted_by_its_antecedent(nlp, text, expected):
    assert _counts(nlp, text) == expected
