"""A web service or a firm the model tags a person ("Twitter" in "said on Twitter", "Twitter CEO Jack Dorsey"): the
sentence says it is a body. Invented sentences, the model's tags given by hand."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_a_statement_made_on_a_service_and_its_users_make_it_a_body(nlp):
    tagged = mentions_tagged(nlp, ("The union said on Quipster that the contract was unfair.", [("Quipster", "PERSON")]),
                             ("Many users on Quipster pointed it out.", [("Quipster", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Quipster", "organization")]


def test_a_name_before_who_runs_or_founded_it_and_that_persons_name_is_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Quipster CEO Jack Dorn has spoken out about it.", [("Quipster", "PERSON"), ("Jack Dorn", "PERSON")]),
                             ("Dorn met Zentro co-founder Ann Bell and Larkin chief executive Tom Hale.",
                              [("Dorn", "PERSON"), ("Zentro", "PERSON"), ("Ann Bell", "PERSON"), ("Larkin", "PERSON"),
                               ("Tom Hale", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Quipster", "organization"), ("Jack Dorn", "person"),
                                                                   ("Zentro", "organization"), ("Ann Bell", "person"),
                                                                   ("Larkin", "organization"), ("Tom Hale", "person")]


def test_someone_counted_on_or_a_spokesman_leaves_a_person(nlp):
    tagged = mentions_tagged(nlp, ("Voters can count on Tom Hale, said Hale spokesman Ann Bell.",
                                   [("Tom Hale", "PERSON"), ("Hale", "PERSON"), ("Ann Bell", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Tom Hale", "person"), ("Ann Bell", "person")]


def test_a_journal_named_in_apposition_is_a_body(nlp):
    tagged = mentions_tagged(nlp, ("The study was published in the journal Zentro Astronomy on Monday.",
                                   [("Zentro Astronomy", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Zentro Astronomy", "organization")]


def test_a_service_one_sentence_shows_is_a_body_in_every_sentence(nlp):
    tagged = mentions_tagged(nlp, ("The party renamed its Quipster account on Monday.", [("Quipster", "PERSON")]),
                             ("Quipster seemed confused by the change.", [("Quipster", "PERSON")]),
                             ("Quipster can make a joke of it.", [("Quipster", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Quipster", "organization")]
