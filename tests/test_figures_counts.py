"""What a figure counts: things counted one by one are counted, not units; vague plurals count what follows "of"."""

from __future__ import annotations

import pytest

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_of


def test_seats_are_counted_not_a_unit(nlp):
    s = "The coalition controls 62 seats in parliament."
    assert figures_of(nlp, s) == [Figure(id="", value=62, text="62", counts="seats", evidence=(s,))]


def test_points_are_counted_not_a_unit(nlp):
    s = "The Dow fell 190 points on Friday."
    assert figures_of(nlp, s) == [Figure(id="", value=190, text="190", counts="points", period="on Friday", evidence=(s,))]


@pytest.mark.parametrize("sentence, value, counts", [
    ("The 190-point plunge rattled investors.", 190, "points"),
    ("They built a 76-storey tower.", 76, "storeys"),
])
def test_a_counted_noun_joined_by_a_hyphen_is_what_is_counted(nlp, sentence, value, counts):
    assert figures_of(nlp, sentence) == [Figure(id="", value=value, text=str(value), counts=counts, evidence=(sentence,))]


def test_strokes_are_counted(nlp):
    s = "The golfer finished three strokes behind the leader."
    assert figures_of(nlp, s) == [Figure(id="", value=3, text="three", counts="strokes", evidence=(s,))]


def test_parse_value_reads_a_counted_noun_as_what_is_counted():
    assert figures.parse_value("190-point") == figures.Value(190, None, None, None, "points")
    assert figures.parse_value("12 seats") == figures.Value(12, None, None, None, "seats")
    assert figures.parse_value("76-storey") == figures.Value(76, None, None, None, "storeys")


def test_units_of_measure_stay_units():
    assert figures.parse_value("12 miles") == figures.Value(12, None, "mi", None)
    assert figures.parse_value("3,000-meter") == figures.Value(3000, None, "m", None)
    assert figures.parse_value("5 tonnes") == figures.Value(5, None, "t", None)


def test_a_vague_plural_counts_what_follows_of_and_is_not_a_year(nlp):
    s = "Thousands of workers marched through the city."
    assert figures_of(nlp, s) == [Figure(id="", value=2000, text="Thousands", counts="workers", qualifier="at least",
                                         evidence=(s,))]


def test_a_before_a_counting_word_belongs_to_the_figure(nlp):
    s = "The report contains at least a dozen errors."
    assert figures_of(nlp, s) == [Figure(id="", value=12, text="at least a dozen", counts="errors", qualifier="at least",
                                         evidence=(s,))]


def test_half_a_million_is_half_of_it(nlp):
    """"Half a million" is 500,000, not "a million"; in money too."""
    assert [(f.value, f.text, f.counts, f.qualifier, f.unit) for f in figures_of(nlp, "About half a million people fled.")] == [
        (500000, "About half a million", "people", "about", None)]
    assert [(f.value, f.unit) for f in figures_of(nlp, "The fund holds half a billion dollars.")] == [(500000000, "USD")]
    assert [f.value for f in figures_of(nlp, "A million people marched.")] == [1000000]
