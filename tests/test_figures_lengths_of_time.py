"""Lengths of time printed with hyphens that the model cut after their first number are no counts."""

from __future__ import annotations

import pytest

from .extraction_helpers import figures_tagged


@pytest.mark.parametrize("sentence, number", [
    ("The peso fell to a six-and-a-half-year low on Monday.", "six"),
    ("Nurses rejected a new three-and-a-half-year contract.", "three"),
])
def test_the_first_number_of_a_hyphenated_length_of_time_is_no_figure(nlp, sentence, number):
    assert figures_tagged(nlp, sentence, [(number, "CARDINAL")]) == []


def test_a_count_before_a_hyphenated_noun_that_is_no_time_stays(nlp):
    s = "Builders finished the six-story tower in May."
    assert [(f.text, f.value) for f in figures_tagged(nlp, s, [("six", "CARDINAL")])] == [("six", 6)]
