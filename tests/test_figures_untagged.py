"""Numbers the model tagged as nothing: counts when a bound stands before them or they are a vague plural."""

from __future__ import annotations

from factarchive.extract import figures
from factarchive.model import Figure


def untagged(nlp, text):
    """Figures of one sentence in which the model tagged nothing."""
    doc = nlp(text)
    doc.ents = []
    return [f.figure for f in figures.find_figures(doc)]


def test_a_number_after_a_bound_is_a_count(nlp):
    s = "The state has the lowest score of the about 21 states that use the test."
    assert untagged(nlp, s) == [Figure(id="", value=21, text="about 21", counts="states", qualifier="about", evidence=(s,))]


def test_a_scale_word_after_a_bound_and_an_article_is_a_count(nlp):
    s = "The exchange can handle nearly a billion shares a day."
    assert untagged(nlp, s) == [
        Figure(id="", value=1_000_000_000, text="nearly a billion", counts="shares", qualifier="nearly", per="day",
                evidence=(s,))]


def test_a_vague_plural_on_its_own_is_a_lower_bound(nlp):
    s = "Insurers have billions to invest."
    assert untagged(nlp, s) == [Figure(id="", value=2_000_000_000, text="billions", qualifier="at least", evidence=(s,))]


def test_a_number_with_no_bound_or_scores_of_a_test_are_left_to_the_model(nlp):
    # a bare number is the model's to tag, unless the parse makes it the count of a plural after it
    # (figure_spans.counts_the_model_missed): "12 laps" is 12 laps
    assert [(f.text, f.counts) for f in untagged(nlp, "He ran 12 laps while test scores fell.")] == [("12", "laps")]
    assert untagged(nlp, "He ran fast while test scores fell, 12 in all.") == []
    assert untagged(nlp, "Scores of traders stood still.") == []
