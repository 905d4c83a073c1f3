"""A person's age where the article states it (stage ``ages``, ``Actor.age``), on invented sentences."""

from __future__ import annotations

import pytest

from factarchive.extract import ages
from factarchive.model import Actor, Article


def _sheet(*paragraphs: str, title: str = "Council meets on the budget"):
    from factarchive.extract.pipeline import extract

    article = Article(seed="story.txt", content_hash="0" * 64, title=title, paragraphs=paragraphs)
    return next(extract([(article, "story")]))


def _people(*paragraphs: str) -> list[tuple[str, int | None]]:
    return [(a.name, a.age) for a in _sheet(*paragraphs).actors if a.kind == "person"]


def test_the_person_of_an_apposition_gets_the_whole_actor_with_age(nlp):
    sheet = _sheet("Jane Doe, 63, said the plan would fail.")
    assert sheet.actors == (Actor(id="jane-doe", name="Jane Doe", kind="person", basis="lexicon", age=63, mentions=1,
                                  evidence=("Jane Doe, 63, said the plan would fail.",)),)


@pytest.mark.parametrize("sentence, expected", [
    ("Jane Doe, 63, said the plan would fail.", [("Jane Doe", 63)]),
    ("The 63-year-old Jane Doe said the plan would fail.", [("Jane Doe", 63)]),
    ("Jane Doe, aged 63, said the plan would fail.", [("Jane Doe", 63)]),
    ("Jane Doe (63) said the plan would fail.", [("Jane Doe", 63)]),
    ("The 40-year-old Mr. Murakami resigned on Tuesday.", [("Murakami", 40)]),
    ("Jane Doe, who is 63, said the plan would fail.", [("Jane Doe", 63)]),
    ("Michelle Kwan, who is 17 and lives in Lake Arrowhead, won.", [("Michelle Kwan", 17)]),
    ("Ernie Els, who is 3 under par, leads.", [("Ernie Els", None)]),
    ("Jane Doe, a 63-year-old teacher, said it was wrong.", [("Jane Doe", 63)]),
    ("A 63-year-old teacher, Jane Doe, said it was wrong.", [("Jane Doe", 63)]),
    ("Jane Doe is 63 years old.", [("Jane Doe", 63)]),
    ("Pierre Vinken, 61 years old, will join the board.", [("Pierre Vinken", 61)]),
    ("John Smith, 52, and Mary Jones, 48, were arrested.", [("John Smith", 52), ("Mary Jones", 48)]),
    ("His 33-year-old grandson, Chip Caray, now calls the games.", [("Chip Caray", 33)]),
    ("The sixty-three-year-old Jane Doe said the plan would fail.", [("Jane Doe", 63)]),
    ("Jane Doe, sixty-three, said the plan would fail.", [("Jane Doe", 63)]),  # in words, tagged CARDINAL
    ("Mary Smith, forty, is a teacher.", [("Mary Smith", 40)]),  # in words, tagged nothing
])
def test_an_age_the_sentence_states_of_a_person(nlp, sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Jane Doe's 10-year-old son was hurt.", [("Jane Doe", None)]),  # the son's age, not hers
    ("Bill Clinton, 1998, was a good year.", [("Bill Clinton", None)]),  # a year, not an age
    ("Bob Dole won 52, to Bill Clinton's 48.", [("Bill Clinton", None), ("Bob Dole", None)]),  # votes
    ("Pete Sampras (1) beat Andre Agassi 6-3, 6-4.", [("Andre Agassi", None), ("Pete Sampras", None)]),  # seed, score
    ("Jane Doe, who died at 83, was mourned.", [("Jane Doe", None)]),  # an age at an earlier time
    ("Sergei Kiriyenko was just 28 when he began.", [("Sergei Kiriyenko", None)]),  # past: not today's age
    ("A 12-year-old boy met Jane Doe in Leeds.", [("Jane Doe", None)]),  # the boy names no one
    ("Penalties: Henry Honiball (2), Andre Joubert (3).", [("Andre Joubert", None), ("Henry Honiball", None)]),  # goals
    ("Chris Adams, 123, and Tim Gorman, 109, took Derbyshire to 471.", [("Chris Adams", None), ("Tim Gorman", None)]),  # runs
    ("7 - Andre Venter (Wayne Fyvie, 75), 6 - Ruben Kruger.", [("Andre Venter", None), ("Ruben Kruger", None),
                                                               ("Wayne Fyvie", None)]),  # a substitute's minute
])
def test_a_number_that_is_no_persons_age_gives_none(nlp, sentence, expected):
    assert _people(sentence) == expected


def test_two_different_ages_of_one_person_give_none(nlp):
    assert _people("Jane Doe, 63, said the plan would fail.", "Doe, 64, added that she was tired.") == [("Jane Doe", None)]
    assert _people("Jane Doe, 63, said the plan would fail.", "The 63-year-old Doe added that she was tired.") == [
        ("Jane Doe", 63)]


def test_an_organisation_in_apposition_to_a_number_gets_no_age(nlp):
    sheet = _sheet("Acme Corporation, 63, said the plan would fail.")
    assert [(a.name, a.kind, a.age) for a in sheet.actors] == [("Acme Corporation", "organization", None)]


def test_age_phrases_give_value_printed_span_and_the_word_described(nlp):
    doc = nlp("Jane Doe, 63, met the 40-year-old Mr. Murakami.")
    assert [(p.value, doc.text[p.start_char:p.end_char], doc[p.holder].text) for p in ages.age_phrases(doc)] == [
        (63, "63", "Doe"), (40, "40-year-old", "Murakami")]


def test_number_value_reads_digits_and_words_within_an_age_range(nlp):
    doc = nlp("1998 0 63 121 five sixty-three")
    assert [ages.number_value(t) for t in doc] == [None, None, 63, None, 5, 60, None, 63]


def test_a_surname_the_model_missed_is_the_one_person_of_that_surname(nlp):
    assert _people("Hilary Swank praised co-star Clint Eastwood.", '"I bow down to you," Swank said to the 74-year-old Eastwood.') == [
        ("Hilary Swank", None), ("Clint Eastwood", 74)]


def test_a_surname_two_people_share_gets_no_age_from_a_lone_mention(nlp):
    found = ages.person_ages([], [("a", "Ann Eastwood", ()), ("b", "Bob Eastwood", ())])
    assert found == {}


@pytest.mark.parametrize("sentence, expected", [
    # A person named after "The N-year-old" that the parser misread is not the one of that age.
    ("The 22-year-old pipped Maurice Greene on the last leg of the relay.", [("Maurice Greene", None)]),
    ("The 32-year-old will race alongside Olympic finalist Jo Pavey in March.", [("Jo Pavey", None)]),
    # The age after two names joined by "and" is the second's.
    ("Those charged included Bryan Ferry and Luke Tomlinson, 27, a friend of the princes.",
     [("Bryan Ferry", None), ("Luke Tomlinson", 27)]),
])
def test_an_age_goes_only_to_the_person_it_is_printed_with(nlp, sentence, expected):
    assert _people(sentence) == expected


def test_a_nationality_in_apposition_carries_the_age_to_the_person(nlp):
    assert _people("The museum ended its contract with Douglas Cardinal, a prominent 64-year-old Canadian, on Friday.") == [
        ("Douglas Cardinal", 64)]


def test_the_n_year_old_as_subject_is_the_one_person_named_just_before(nlp):
    assert _people("Kelly Holmes stormed to the 1,000m title in Birmingham.", "The 34-year-old made a cautious start.") == [
        ("Kelly Holmes", 34)]
    assert _people("Kelly Holmes won the race. The 34-year-old made a cautious start.") == [("Kelly Holmes", 34)]


def test_the_n_year_old_after_two_people_or_none_is_no_ones(nlp):
    assert _people("Kelly Holmes beat Jane Doe in Birmingham. The 34-year-old made a cautious start.") == [
        ("Jane Doe", None), ("Kelly Holmes", None)]
    assert _people("Kelly Holmes won in Birmingham.", "The race was slow.", "The 34-year-old made a cautious start.") == [
        ("Kelly Holmes", None)]
    assert _people("Kelly Holmes won. The 15-year-old ban was lifted.") == [("Kelly Holmes", None)]  # a ban's age


def test_the_n_year_old_is_not_the_person_named_only_as_an_object(nlp):
    assert _people("She overhauled rival Maria Mutola to win the 800m.", "Five days later, the 34-year-old made it double gold.") == [
        ("Maria Mutola", None)]
    assert _people("Michelle Collins' ban is a result of the inquiry. The 33-year-old was found guilty.") == [("Michelle Collins", 33)]


@pytest.mark.parametrize("sentence", [
    "Michelle Kwan, who is 17 and lives in Lake Arrowhead, won.",
    "Jane Doe, sixty-three, said the plan would fail.",
    "John Smith, 52, and Mary Jones, 48, were arrested.",
])
def test_an_age_set_off_after_a_name_is_no_figure(nlp, sentence):
    from .extraction_helpers import figures_of

    assert figures_of(nlp, sentence) == []


def test_a_number_after_who_is_that_is_no_age_stays_a_figure(nlp):
    from .extraction_helpers import figures_of

    s = "Ernie Els, who is 3 under par, leads."
    assert [(f.value, f.text) for f in figures_of(nlp, s)] == [(3, "3")]


@pytest.mark.parametrize("sentence, expected", [
    ("Police questioned a 19-year-old driver named Tom Baker on Friday.", [("Tom Baker", 19)]),
    ("The club hired a 42-year-old coach called Anna Berg.", [("Anna Berg", 42)]),
])
def test_the_age_of_a_noun_the_persons_name_names(nlp, sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The 30-year-old man called Anna Berg on Monday to complain.", [("Anna Berg", None)]),
    ("Police said a 19-year-old man called Tom Baker a liar.", [("Tom Baker", None)]),
])
def test_a_call_is_no_naming_and_gives_the_called_no_age(nlp, sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The mayor praised Jane Doe, who turned 50 while he was away.", [("Jane Doe", 50)]),
    ("Jane Doe turns 60 on Friday.", [("Jane Doe", 60)]),
    ("Jane Doe, who will be 60 next month, plans to retire.", [("Jane Doe", 60)]),
    ("Jane Doe, now 45, runs the shop.", [("Jane Doe", 45)]),
    ("Jane Doe, who would have turned 70 today, died last year.", [("Jane Doe", None)]),
])
def test_an_age_reached_or_now_is_the_persons_age(nlp, sentence, expected):
    assert _people(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Jane Doe, who turned 50 last week, opened the shop.", [("Jane Doe", 50)]),
    ("Tom Hale turned 25 on Tuesday and scored twice.", [("Tom Hale", 25)]),
    ("Jane Doe, who turned 50 earlier this month, retired.", [("Jane Doe", 50)]),
    ("Tom Hale will be 19 on Sunday.", [("Tom Hale", 19)]),
    ("Tom Hale turned in 33 and came home in 35.", [("Tom Hale", None)]),  # a round of golf
    ("When Tom Hale turned 16 he left school.", [("Tom Hale", None)]),  # an age at a past event
    ("Born in 1950, Tom Hale turned 18 in the year of the moon landing.", [("Tom Hale", None)]),
    ("Tom Hale will be 55 at the time of the next election.", [("Tom Hale", None)]),  # an age at a future event
    ("Jane Doe, who turns 80 next year, will attend.", [("Jane Doe", None)]),  # not soon
])
def test_an_age_reached_is_todays_only_in_a_recent_past_or_a_near_future(nlp, sentence, expected):
    assert _people(sentence) == expected


def test_a_pronoun_reaching_an_age_gives_it_to_no_one(nlp):
    assert _people("Jane Doe said: \"By then I will be 35 and still playing.\"") == [("Jane Doe", None)]
