"""What a figure counts: things counted one by one are counted, not units; vague plurals count what follows "of"."""

from __future__ import annotations

import pytest

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_of, figures_tagged


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


def test_two_numbers_the_model_ran_into_one_span_are_two_figures(nlp):
    s = "Unitholders will receive two additional 55 cents payments."
    assert [(f.text, f.value, f.unit, f.counts) for f in figures_tagged(nlp, s, [("two additional 55 cents", "MONEY")])] == [
        ("two", 2, None, "payments"), ("55 cents", 0.55, "USD", None)]


def test_numbers_joined_by_a_range_or_a_magnitude_stay_one_figure(nlp):
    s = "They hired between 20 and 30 workers and two hundred more."
    assert [(f.text, f.value, f.value_max) for f in figures_tagged(nlp, s, [("between 20 and 30", "CARDINAL"), ("two hundred", "CARDINAL")])] == [
        ("between 20 and 30", 20, 30), ("two hundred", 200, None)]


def test_how_many_before_a_vague_plural_is_printed_with_it(nlp):
    s = "The rise will cost many thousands of jobs."
    assert figures_tagged(nlp, s, [("thousands", "CARDINAL")]) == [
        Figure(id="", value=2000, text="many thousands", counts="jobs", qualifier="at least", evidence=(s,))]


def test_a_count_the_model_took_into_a_date_counts_its_noun(nlp):
    s = "He has made 18 earlier acquisitions."
    assert [(f.text, f.value, f.counts) for f in figures_tagged(nlp, s, [("18 earlier", "DATE")])] == [
        ("18", 18, "earlier acquisitions")]
    for s, tag in (("In the past 10 years he grew.", "the past 10 years"), ("The 1990 elections were close.", "1990")):
        assert figures_tagged(nlp, s, [(tag, "DATE")]) == []


def test_the_first_of_two_numbers_joined_by_or_is_a_figure_too(nlp):
    s = "It happens in one case in every five or six."
    assert [f.text for f in figures_tagged(nlp, s, [("six", "CARDINAL")])] == ["five", "six"]


def test_one_right_after_its_verb_counts(nlp):
    s = "The scale awards one point for each answer."
    assert [(f.text, f.value, f.counts) for f in figures_tagged(nlp, s, [("one", "CARDINAL")])] == [("one", 1, "points")]
    assert figures_tagged(nlp, "At one point, the chairman left.", [("one", "CARDINAL")]) == []


def test_a_fraction_in_words_the_model_cut_after_its_numerator(nlp):
    s = "Add two-sevenths and three-sevenths."
    assert [(f.text, f.value) for f in figures_tagged(nlp, s, [("two-sevenths", "CARDINAL"), ("three", "CARDINAL")])] == [
        ("two-sevenths", 0.285714), ("three-sevenths", 0.428571)]


def test_a_number_the_model_took_for_a_date_is_a_count(nlp):
    s = "The blast killed nine people and injured 45."
    assert [(f.text, f.value) for f in figures_tagged(nlp, s, [("nine", "CARDINAL"), ("45", "DATE")])] == [("nine", 9), ("45", 45)]
    for s, tag in (("He was born in 1945.", "1945"), ("Sales in 45 were weak.", "45"), ("They met on 5 March.", "5 March"),
                   ("John Smith, 63, retired.", "63")):
        assert figures_tagged(nlp, s, [(tag, "DATE")]) == []


def test_fractions_written_with_an_ordinal_are_no_date(nlp):
    s = "It cuts the chances down to 1/70th to 1/80th of the original ratio."
    assert [(f.text, f.value, f.value_max) for f in figures_tagged(nlp, s, [("1/70th to 1/80th", "DATE")])] == [
        ("1/70th", 0.014286, None), ("1/80th", 0.0125, None)]
    assert figures.parse_value("1/100th") == figures.Value(0.01)
    assert figures_tagged(nlp, "He was born on 3/4/1990.", [("3/4/1990", "DATE")]) == []
    assert figures.parse_value("1/10th of one cent") == figures.Value(0.001, None, "USD")


@pytest.mark.parametrize("s, counts", [
    ("The minister wrote to two of the British men freed last week.", [("two", "British men")]),
    ("Almost half of all phones now run games.", [("Almost half", "phones")]),
    ("Nearly a third of e-mail users have clicked on spam.", [("Nearly a third", "e-mail users")]),
    ("He has won five of their seven previous meetings.", [("five", "previous meetings"), ("seven", "previous meetings")]),
    ("Eight out of 10 voters do not trust politicians.", [("Eight", "voters"), ("10", None)]),  # a share (test_figures_shares)
    ("Taxes would rise under all three of the main parties.", [("three", "main parties")]),
])
def test_a_number_of_a_group_counts_the_group_read_from_the_parse(nlp, s, counts):
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == counts


@pytest.mark.parametrize("s, texts", [
    ("Half of 2004 was lost to the strike.", []),  # a date: nothing counted, and no figure
    ("Two of the 11 were freed.", [("Two", None), ("11", None)]),  # a number: what is counted is not said
    ("Thousands of them, thousands of whom marched, came.", [("Thousands", None), ("thousands", None)]),
    ("It is one of the biggest firms in Europe.", []),  # "one of the": a pronoun, no figure
])
def test_a_number_of_a_date_a_number_or_a_pronoun_counts_nothing(nlp, s, texts):
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == texts


def test_a_part_of_a_measure_counts_nothing_and_words_joined_to_a_number_are_not_counted(nlp):
    s = "Rates rose by a quarter of a percentage point to 2%."
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == [("a quarter of a percentage point", None), ("2%", None)]
    s = "He had served half of a nine-year sentence for fraud."
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == [("half", "sentence")]


@pytest.mark.parametrize("s, expected", [
    ("The group plays four or five shows a year.", [("four", "shows"), ("five", "shows")]),
    ("It sold 300 to 400 new homes.", [("300", "new homes"), ("400", "new homes")]),
    ("The pension age rose from 60 to 65.", [("60", None), ("65", None)]),  # nothing counted after the pair
])
def test_both_numbers_of_a_pair_count_what_the_pair_counts(nlp, s, expected):
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == expected


@pytest.mark.parametrize("s, expected", [
    ("They praised their very decisive eight to one majority.", [("eight", None), ("one", "majority")]),  # a ratio
    ("Crude stockpiles had fallen 1m barrels to 294.3m. On top of that, prices rose.", [("1m barrels", None)]),  # "m."
])
def test_a_ratio_is_no_pair_counting_the_noun(nlp, s, expected):
    assert [(f.text, f.counts) for f in figures_of(nlp, s)] == expected


def test_a_group_printed_with_how_many_it_has_counts_the_group(nlp):
    s = "A 40-strong troupe arrived in London."
    assert [(f.value, f.text, f.counts) for f in figures_of(nlp, s)] == [(40, "40", "troupe")]
    s = "A 12-strong dance troupe performed."
    assert [(f.value, f.text, f.counts) for f in figures_of(nlp, s)] == [(12, "12", "dance troupe")]
    s = "It is performed by a 40-strong music and theatre troupe in their debut film."
    assert [(f.value, f.text, f.counts) for f in figures_of(nlp, s)] == [(40, "40", "music and theatre troupe")]


@pytest.mark.parametrize("sentence, text, value, counts, qualifier", [
    ("About three million Britons have a hand tremor.", "About three million", 3_000_000, "Britons", "about"),
    ("By the autumn, five million Britons had signed up.", "five million", 5_000_000, "Britons", None),
])
def test_a_span_run_on_into_what_it_counts_counts_it(nlp, sentence, text, value, counts, qualifier):
    assert [(f.text, f.value, f.counts, f.qualifier) for f in figures_of(nlp, sentence)] == [(text, value, counts, qualifier)]


@pytest.mark.parametrize("sentence, text, value", [
    ("Two thirds of the patients waited.", "Two thirds", 0.666667),
    ("The Pro-Shift saves at least 20 seconds per lap.", "at least 20 seconds", 20),
])
def test_a_fraction_or_a_unit_at_the_end_of_the_span_is_not_counted_apart(nlp, sentence, text, value):
    assert [(f.text, f.value) for f in figures_of(nlp, sentence)] == [(text, value)]
