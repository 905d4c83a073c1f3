"""Ranges written "between X and Y" and mixed numbers ("two and a half"), on invented sentences."""

from __future__ import annotations

import pytest

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_of


# "Between X and Y": one figure, the range whole with its scale and what it counts. Keeps its lower end where the model
# tags the upper only; the model took "3 and 4 million" for a date; the parser hangs "Between" on the verb.
RANGES = [
    ("Between 15,000 and 20,000 couples were married.", 15_000, 20_000, "Between 15,000 and 20,000", "couples"),
    ("Between 3 and 4 million people live in the city.", 3_000_000, 4_000_000, "Between 3 and 4 million", "people"),
    ("Between 1.1 and 1.5 million people, mainly Jews, were killed at the camp.", 1_100_000, 1_500_000,
     "Between 1.1 and 1.5 million", "people"),
]


@pytest.mark.parametrize("sentence, low, high, text, counts", RANGES)
def test_a_range_between_two_numbers_is_one_figure_with_its_scale_and_what_it_counts(nlp, sentence, low, high, text,
                                                                                      counts):
    assert figures_of(nlp, sentence) == [Figure(id="", value=low, text=text, value_max=high, counts=counts,
                                                evidence=(sentence,))]


def test_years_times_days_ages_and_lengths_of_time_between_two_numbers_are_no_range_of_amounts(nlp):
    assert figures_of(nlp, "The bridge took between 1990 and 1995 to build.") == []
    assert figures_of(nlp, "The meeting lasted between three and four hours.") == []
    assert figures_of(nlp, "A curfew between 2200 and 0700 was set.") == []
    assert figures_of(nlp, "He chose which records to play between 6 and 12 December.") == []
    s = "In the survey, 14% of people aged between 18 and 34 said they never voted."
    assert [f.text for f in figures_of(nlp, s)] == ["14%"]


def test_and_a_half_is_part_of_the_number_before_it_not_a_figure_of_its_own(nlp):
    s = "The new tower is more than two and a half times taller."
    assert figures_of(nlp, s) == [Figure(id="", value=2.5, text="more than two and a half", counts="times",
                                         qualifier="more than", evidence=(s,))]
    assert figures_of(nlp, "Talks lasted more than two and a half years.") == []  # a length of time on its own


def test_a_mixed_number_with_a_unit_after_it_is_the_whole_and_half_of_one_unit():
    assert figures.parse_value("more than two and a half years") == figures.Value(2.5, "more than", "years")
    assert figures.parse_value("three-and-a-half-hour") == figures.Value(3.5, None, "hours")
    assert figures.parse_value("two and a half million years") == figures.Value(2_500_000, None, "years")
    assert figures.parse_value("two and a half cents") == figures.Value(0.025, None, "USD")


@pytest.mark.parametrize("text, low, high", [
    ("five or six hundred thousand", 500_000, 600_000),
    ("one or two hundred thousand", 100_000, 200_000),
    ("two to three hundred", 200, 300),
    ("two or three dozen", 24, 36),
    ("2 to 3 crore", 20_000_000, 30_000_000),
    ("fifty to three hundred", 50, 300),  # the scale would put the lower end above the upper: its own
    ("30 to 40 million", 30_000_000, 40_000_000),
    # The lower end printed with the upper's first magnitude words takes the words after them.
    ("five hundred to six hundred thousand", 500_000, 600_000),
    ("two hundred to three hundred million", 200_000_000, 300_000_000),
    ("five million to six billion", 5_000_000, 6_000_000_000),
    ("nine hundred to one hundred thousand", 900, 100_000),  # 900,000 would be above the upper end: its own
])
def test_the_lower_end_of_a_range_takes_the_upper_ends_whole_scale(text, low, high):
    from factarchive.extract.quantities import parse_value

    value = parse_value(text)
    assert (value.value, value.value_max) == (low, high)


@pytest.mark.parametrize("text, low, high, unit", [
    ("30 to 40 million dollars", 30_000_000, 40_000_000, "USD"),  # was 30 to 40,000,000: the unit hid the scale
    ("two hundred to three hundred million dollars", 200_000_000, 300_000_000, "USD"),
    ("between 5 and 6 billion euros", 5_000_000_000, 6_000_000_000, "EUR"),
    ("ten to 20 million tonnes", 10_000_000, 20_000_000, "t"),
    ("5 to 10 per cent", 5, 10, "%"),  # a unit with no scale before it
])
def test_the_upper_ends_scale_before_its_unit_is_the_lower_ends_too(text, low, high, unit):
    from factarchive.extract.quantities import parse_value

    value = parse_value(text)
    assert (value.value, value.value_max, value.unit) == (low, high, unit)


@pytest.mark.parametrize("text, value, high", [
    ("two hundred and fifty", 250, None),  # the British "and" inside a number: one number (was a range 200 to 50)
    ("one hundred and twenty thousand", 120_000, None),  # (was 100 to 20,000)
    ("one thousand and one", 1001, None),
    ("one thousand to two million", 1000, 2_000_000),  # the "and" of "thousand" joins nothing (was 2,000,000 alone)
    ("between two thousand and three thousand", 2000, 3000),
    ("between 30 and 40", 30, 40),
    ("between £5,001and £10,000", 5001, 10_000),  # glued to a digit (a typing slip in a BBC article): still a range
])
def test_and_joins_a_range_only_where_the_words_are_no_one_number(text, value, high):
    from factarchive.extract.quantities import parse_value

    found = parse_value(text)
    assert (found.value, found.value_max) == (value, high)


@pytest.mark.parametrize("sentence, text, low, high, counts", [
    ("The plant will hire two or three hundred staff.", "two or three hundred", 200, 300, "staff"),
    ("Two or three hundred people gathered outside the court on Monday.", "Two or three hundred", 200, 300, "people"),
    ("Officials said five hundred to six hundred thousand people had fled the region.",
     "five hundred to six hundred thousand", 500_000, 600_000, "people"),
])
def test_a_count_or_a_scaled_count_is_one_range(nlp, sentence, text, low, high, counts):
    assert [(f.text, f.value, f.value_max, f.counts) for f in figures_of(nlp, sentence)] == [(text, low, high, counts)]


def test_a_measure_between_two_numbers_joined_by_or_is_one_range_per_its_period(nlp):
    found = figures_of(nlp, "The line offers five or six megabits per second to homes.")
    assert [(f.text, f.value, f.value_max, f.unit, f.per) for f in found] == [
        ("five or six megabits per second", 5, 6, "Mbit", "second")]


@pytest.mark.parametrize("sentence, text, low, high, unit", [
    # The model tags "10" and "15 centimetres" apart: the lower end takes the upper's unit (was 10 counting
    # "centimetres" and a second figure, 15 cm).
    ("The storm dumped 10 to 15 centimetres of snow on the town.", "10 to 15 centimetres", 10, 15, "cm"),
    ("The fish weighed 3 to 4 kilogrammes when caught.", "3 to 4 kilogrammes", 3, 4, "kg"),
    # A rise of 5 to 10 per cent: a range (the model tags "5" alone, a rule "10 per cent").
    ("Prices rose 5 to 10 per cent last year.", "5 to 10 per cent", 5, 10, "%"),
])
def test_a_bare_number_and_a_measure_tagged_apart_are_one_range_with_the_measures_unit(nlp, sentence, text, low, high,
                                                                                       unit):
    assert [(f.text, f.value, f.value_max, f.unit) for f in figures_of(nlp, sentence)] == [(text, low, high, unit)]


def test_a_change_from_one_number_to_a_measure_stays_two_figures(nlp):
    # "from": a change, each end its own; a rise far smaller than the level it reaches: by how much, then to what level.
    assert [(f.text, f.value, f.value_max) for f in figures_of(nlp, "Turnout fell from 50 to 10 per cent.")] == [
        ("50", 50, None), ("10 per cent", 10, None)]
    assert [(f.text, f.value, f.value_max) for f in figures_of(nlp, "Prices rose 2 to 9 per cent.")] == [
        ("2", 2, None), ("9 per cent", 9, None)]


@pytest.mark.parametrize("sentence, text, value, counts", [
    ("Officials said two hundred and fifty homes were destroyed.", "two hundred and fifty", 250, "homes"),
    ("The charity fed one hundred and twenty thousand refugees.", "one hundred and twenty thousand", 120_000,
     "refugees"),
])
def test_a_number_written_with_the_british_and_is_one_figure_in_a_sentence(nlp, sentence, text, value, counts):
    # The model tags the number whole; the rule that splits "X and Y" into two amounts read it as 200 and 50.
    assert [(f.text, f.value, f.value_max, f.counts) for f in figures_of(nlp, sentence)] == [(text, value, None, counts)]


def test_two_amounts_joined_by_and_stay_two_figures(nlp):
    found = figures_of(nlp, "The fund lent US$5 million and C$10 million.")
    assert [(f.text, f.value, f.unit) for f in found] == [("US$5 million", 5_000_000, "USD"), ("C$10 million", 10_000_000, "CAD")]
