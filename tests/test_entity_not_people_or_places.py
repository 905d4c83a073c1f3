"""Words the model tags a person or a place that are neither: a thing after "the" ("the Moon"), a slogan's word
("Meth. We're on it."), and a headline's place and plural ("The Hong Kong Protests"), on invented sentences."""

from __future__ import annotations

from factarchive.extract import entities

from .extraction_helpers import mentions_of, mentions_tagged, resolved


def test_one_word_after_the_is_no_person(nlp):
    found = mentions_tagged(nlp, ("Rockets will carry the crew to the Moon quickly, said Lena Ortmann.",
                                  [("Moon", "PERSON"), ("Lena Ortmann", "PERSON")]))
    assert resolved(found) == [("Lena Ortmann", "person", ["Lena Ortmann"])]


def test_a_person_named_before_a_noun_after_the_keeps_the_name(nlp):
    found = mentions_tagged(nlp, ("The Harlowe administration fell.", [("Harlowe", "PERSON")]))
    assert [m.text for m in found] == ["Harlowe"]


def test_a_slogans_one_word_sentence_is_no_person(nlp):
    found = mentions_tagged(nlp, ("Kelp. We're on it.", [("Kelp", "PERSON")]))
    assert found == []


def test_a_quoted_word_ending_with_a_full_stop_is_no_person(nlp):
    found = mentions_tagged(nlp, ("The state ran its viral \u201cKelp. We\u2019re on it.\u201d campaign.", [("Kelp", "PERSON")]))
    assert found == []


def test_a_quoted_word_ending_with_a_full_stop_is_no_place_unless_the_gazetteer_knows_it(nlp):
    found = mentions_tagged(nlp, ("While the \u201cKelp. We\u2019re on it.\u201d ads ran, \u201cParis. Always.\u201d ran too.",
                                  [("Kelp", "GPE"), ("Paris", "GPE")]))
    assert [m.text for m in found] == ["Paris"]


def test_a_given_name_alone_in_a_sentence_is_still_a_person(nlp):
    found = mentions_tagged(nlp, ("Julia. She was there.", [("Julia", "PERSON")]))
    assert [m.text for m in found] == ["Julia"]


def test_a_place_of_two_words_begins_no_person(nlp):
    assert resolved(mentions_of(nlp, "The Hong Kong Marches - how they happened")) == []


def test_a_word_after_the_takes_the_type_of_its_other_mentions(nlp):
    found = mentions_tagged(nlp, ("The Courier closed on Friday.", [("Courier", "ORG")]),
                            ("Readers will miss the Courier, a paper of many talents.", [("Courier", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Courier", "organization"), ("Courier", "thing")]
    assert [(e.name, e.cls, len(e.mentions)) for e in entities.resolve_entities(found)] == [("Courier", "organization", 2)]
