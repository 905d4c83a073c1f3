"""A plain count the model did not tag is still a figure ("has 800 titles"); words that are no counts stay out."""

from __future__ import annotations

from .extraction_helpers import figures_tagged


def test_an_untagged_number_before_the_plural_it_counts_is_a_figure(nlp):
    s = "The little museum now owns 800 rare and ordinary stamps."
    assert [(f.text, f.value) for f in figures_tagged(nlp, s, [])] == [("800", 800)]


def test_an_untagged_one_or_a_hyphenated_number_is_left_alone(nlp):
    assert figures_tagged(nlp, "They bought two six-packs for the party.", []) == []
    assert figures_tagged(nlp, "It was the one thing they wanted.", []) == []


def test_an_untagged_number_that_is_a_time_a_name_or_a_magnitude_is_left_alone(nlp):
    assert figures_tagged(nlp, "She finished one minute 53 secs ahead.", []) == []
    assert figures_tagged(nlp, "The song hit the top of the Hot 100 singles chart.", []) == []
    assert figures_tagged(nlp, "The firm served 10 million mobile subscribers.", [("10", "CARDINAL")])[0].text == "10 million"
