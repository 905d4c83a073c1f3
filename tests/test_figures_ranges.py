"""Ranges written "between X and Y" and mixed numbers ("two and a half"), on invented sentences."""

from __future__ import annotations

from factarchive.extract import figures
from factarchive.model import Figure

from .extraction_helpers import figures_of


def test_a_range_between_two_numbers_keeps_its_lower_end_when_the_model_tags_the_upper_only(nlp):
    s = "Between 15,000 and 20,000 couples were married."
    assert figures_of(nlp, s) == [Figure(id="", value=15_000, text="Between 15,000 and 20,000", value_max=20_000,
                                         counts="couples", evidence=(s,))]


def test_a_range_the_model_took_for_a_date_is_a_range_with_the_scale_of_its_upper_end(nlp):
    s = "Between 3 and 4 million people live in the city."
    assert figures_of(nlp, s) == [Figure(id="", value=3_000_000, text="Between 3 and 4 million", value_max=4_000_000,
                                         counts="people", evidence=(s,))]


def test_years_times_days_ages_and_lengths_of_time_between_two_numbers_are_no_range_of_amounts(nlp):
    assert figures_of(nlp, "The bridge took between 1990 and 1995 to build.") == []
    assert figures_of(nlp, "The meeting lasted between three and four hours.") == []
    assert figures_of(nlp, "A curfew between 2200 and 0700 was set.") == []
    assert figures_of(nlp, "He chose which records to play between 6 and 12 December.") == []
    s = "In the survey, 14% of people aged between 18 and 34 said they never voted."
    assert [f.text for f in figures_of(nlp, s)] == ["14%"]


def test_a_range_whose_between_the_parser_hangs_on_the_verb_still_counts_its_noun(nlp):
    s = "Between 1.1 and 1.5 million people, mainly Jews, were killed at the camp."
    assert figures_of(nlp, s) == [Figure(id="", value=1_100_000, text="Between 1.1 and 1.5 million", value_max=1_500_000,
                                         counts="people", evidence=(s,))]


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
