"""A plain count the model did not tag is still a figure ("has 800 titles"); words that are no counts stay out."""

from __future__ import annotations

from .extraction_helpers import figures_tagged


def test_an_untagged_number_before_the_plural_it_counts_is_a_figure(nlp):
    s = "The little museum now owns 800 rare and ordinary stamps."
    assert [(f.text, f.value) for f in figures_tagged(nlp, s, [])] == [("800", 800)]


def test_an_untagged_one_or_a_hyphenated_number_is_left_alone(nlp):
    assert [f.text for f in figures_tagged(nlp, "They bought two six-packs for the party.", [])] == ["two"]
    assert figures_tagged(nlp, "It was the one thing they wanted.", []) == []
