"""Bodies named like people or places: a verb in the plural ("Merrill Lynch are"), a noun for a firm before a name that
begins with a given name ("investment bank Merrill Lynch"), a firm the model tags a body at every mention, a body's word
before "of" ("Royal Bank of Scotland"), a newspaper ("Sunday Telegraph"). Issue 11, on invented sentences; the model's
tags given where the rule guards a mistake the model makes.
"""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mention, mentions_of, mentions_tagged, resolved


def test_a_name_with_a_verb_in_the_plural_is_a_body(nlp):
    assert gazetteer.given_name("Harvey") and gazetteer.surname("Lynch")
    tagged = mentions_tagged(nlp, ("Harvey Lynch are sole bookrunners for the sale.", [("Harvey Lynch", "PERSON")]),
                             ("Harvey Lynch were hired in May.", [("Harvey Lynch", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged] == [("Harvey Lynch", 2), ("Harvey Lynch", 2)]
    # tagged a body once: the verb decides against the given name (without it, one mention tagged a body is a person)
    once = mentions_tagged(nlp, ("Harvey Lynch are sole bookrunners for the sale.", [("Harvey Lynch", "ORG")]))
    assert resolved(once) == [("Harvey Lynch", "organization", ["Harvey Lynch"])]
    once = mentions_tagged(nlp, ("Harvey Lynch led the sale.", [("Harvey Lynch", "ORG")]))
    assert resolved(once) == [("Harvey Lynch", "person", ["Harvey Lynch"])]


def test_a_person_with_a_verb_in_the_singular_or_two_people_in_the_plural_are_people(nlp):
    tagged = mentions_tagged(nlp, ("Harvey Lynch is a banker.", [("Harvey Lynch", "PERSON")]),
                             ("Anna Berg and Tom Hale are friends.", [("Anna Berg", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged] == [("Harvey Lynch", 0), ("Anna Berg", 0), ("Tom Hale", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [
        ("Harvey Lynch", "person"), ("Anna Berg", "person"), ("Tom Hale", "person")]


def test_a_club_named_after_a_place_with_a_verb_in_the_plural_is_the_club(nlp):
    tagged = mentions_tagged(nlp, ("Carlisle are doing very well, he said.", [("Carlisle", "PERSON")]))
    assert [(m.text, m.club, m.institution) for m in tagged] == [("Carlisle", 3, 2)]
    assert resolved(tagged) == [("Carlisle", "organization", ["Carlisle"])]


def test_a_noun_for_a_firm_before_a_given_name_makes_a_body_and_other_nouns_do_not(nlp):
    tagged = mentions_tagged(nlp, ("Analysts at investment bank Harvey Lynch said sales fell.", [("Harvey Lynch", "PERSON")]),
                             ("Property developer Donald Hale said prices fell.", [("Donald Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged] == [("Harvey Lynch", 2), ("Donald Hale", 0)]


def test_a_name_the_model_tags_a_body_twice_is_a_firm_though_it_begins_with_a_given_name():
    firm = [mention("Harvey Lynch", "organization", 0, "ORG"), mention("Harvey Lynch", "organization", 10, "ORG")]
    assert resolved(firm) == [("Harvey Lynch", "organization", ["Harvey Lynch"])]
    # once, with a sentence that says it is a body ("chief economist at Harvey Lynch")
    said = [mention("Harvey Lynch", "organization", 0, "ORG", institution=1)]
    assert resolved(said) == [("Harvey Lynch", "organization", ["Harvey Lynch"])]
    # once, with nothing said: the model's slip as often as not, and the given name decides
    once = [mention("Harvey Lynch", "organization", 0, "ORG")]
    assert resolved(once) == [("Harvey Lynch", "person", ["Harvey Lynch"])]
    # a title read before it: a person
    titled = [mention("Harvey Lynch", "organization", 0, "ORG", titled=True), mention("Harvey Lynch", "organization", 10, "ORG")]
    assert resolved(titled) == [("Harvey Lynch", "person", ["Harvey Lynch"])]


def test_a_bodys_word_before_of_makes_a_body_whatever_the_model_and_a_given_name_say():
    ms = [mention("Royal Bank of Calder", "person", 0, "PERSON"), mention("Royal Bank of Calder", "person", 10, "PERSON"),
          mention("Grace College of Art", "person", 20, "PERSON")]
    assert resolved(ms) == [("Royal Bank of Calder", "organization", ["Royal Bank of Calder"]),
                            ("Grace College of Art", "organization", ["Grace College of Art"])]


def test_a_newspapers_last_word_makes_a_body():
    ms = [mention("Sunday Telegraph", "person", 0, "PERSON"), mention("Calder Herald", "place", 10, "GPE")]
    assert resolved(ms) == [("Sunday Telegraph", "organization", ["Sunday Telegraph"]),
                            ("Calder Herald", "organization", ["Calder Herald"])]


def test_a_weekday_begins_no_name_the_model_missed(nlp):
    """The census lists "Sunday" as a given name: "the Sunday Telegraph" the model left untagged is not a person
    "Telegraph" once the weekday is cut off."""
    assert gazetteer.given_name("Sunday")
    tagged = mentions_tagged(nlp, ("The Sunday Telegraph reported that Kelvar will sell the unit.", [("Kelvar", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Kelvar", "organization")]


def test_initials_in_capitals_tagged_a_person_in_a_sentence_in_lower_case_are_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Then KVR launched a series of consultations.", [("KVR", "PERSON")]),
                             ("GONZALEZ HOMERS TWICE AS RANGERS WIN", [("GONZALEZ", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("KVR", "organization"), ("GONZALEZ", "person")]


def test_a_weekday_tagged_a_date_before_a_bodys_last_word_is_a_newspaper(nlp):
    tagged = mentions_tagged(nlp, ("The Sunday Telegraph said the plan was dead.", [("Sunday", "DATE"), ("Telegraph", "PERSON")]),
                             ("On Monday Anna Berg said no.", [("Monday", "DATE"), ("Anna Berg", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Sunday Telegraph", "organization"), ("Anna Berg", "person")]


def test_a_bodys_last_word_after_a_places_first_word_is_a_body():
    ms = [mention("San Calder Chronicle", "place", 0, "GPE"), mention("San Calder", "place", 10, "GPE")]
    assert resolved(ms) == [("San Calder Chronicle", "organization", ["San Calder Chronicle"]),
                            ("San Calder", "place", ["San Calder"])]


def test_an_office_or_a_job_alone_names_no_one(nlp):
    tagged = mentions_tagged(nlp, ("The MSP had been a partner, Major said.", [("MSP", "ORG"), ("Major", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Major", "person")]


def test_a_project_is_no_person_though_its_name_begins_with_a_given_name():
    ms = [mention("Carol Witch Project", "organization", 0, "ORG")]
    assert resolved(ms) == [("Carol Witch Project", "organization", ["Carol Witch Project"])]


def test_the_seat_of_a_member_of_parliament_is_a_place(nlp):
    tagged = mentions_tagged(nlp, ("The Labour MP for Calderbridge asked why.", [("Labour", "ORG"), ("Calderbridge", "PERSON")]),
                             ("Tom Hale, the member for Dunmore, agreed.", [("Tom Hale", "PERSON"), ("Dunmore", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Labour", "organization"), ("Calderbridge", "place"), ("Tom Hale", "person"),
                                                   ("Dunmore", "place")]


def test_a_firm_named_for_a_person_is_the_firm_where_printed_short(nlp):
    """"Harmon Ridley & Co." then "Harmon Ridley" and "Harmon" (tagged people): a firm named for a person, printed whole
    in the article, is the firm where its name is printed short; "Tom Hale" beside "Hale Brothers Inc." stays a person."""
    found = mentions_tagged(nlp, ("Shares of Harmon Ridley & Co. fell on Monday.", [("Harmon Ridley & Co.", "ORG")]),
                            ("Analysts said Harmon Ridley had lost clients.", [("Harmon Ridley", "PERSON")]),
                            ("A spokesman for Harmon declined to comment.", [("Harmon", "PERSON")]),
                            ("Tom Hale sold his stake in Hale Brothers Inc. last year.", [("Tom Hale", "PERSON"), ("Hale Brothers Inc.", "ORG")]))
    assert sorted((name, cls, mentioned) for name, cls, mentioned in resolved(found)) == [
        ("Hale Brothers Inc.", "organization", ["Hale Brothers Inc."]),
        ("Harmon Ridley & Co.", "organization", ["Harmon", "Harmon Ridley", "Harmon Ridley & Co."]),
        ("Tom Hale", "person", ["Tom Hale"])]


def test_a_noun_for_a_firm_before_any_printing_of_the_name_in_the_sentence_counts(nlp):
    """"Zentrix Air staff said budget airline Zentrix Air ..." (both tagged people): the noun stands before the second
    printing, and the name is the airline's."""
    found = mentions_tagged(nlp, ("Zentrix Air staff said budget airline Zentrix Air would grow.",
                                  [("Zentrix Air", "PERSON"), ("Zentrix Air", "PERSON")]))
    assert resolved(found) == [("Zentrix Air", "organization", ["Zentrix Air"])]
