"""One name decided over all its sentences (issue 11, BBC): a coined word a sentence calls a body, a given name alone
beside the one person it begins; invented sentences, the model's tags given by hand."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_a_coined_word_a_sentence_calls_a_body_is_the_body_everywhere(nlp):
    tagged = mentions_tagged(
        nlp,
        ("Could Zorvex survive?", [("Zorvex", "PERSON")]),
        ("Regulators criticised the handling of oil company Zorvex.", [("Zorvex", "PERSON")]),
        ("Zorvex said it would appeal, and Zorvex shares fell.", [("Zorvex", "PERSON"), ("Zorvex", "PERSON")]),
    )
    assert [(m.text, m.institution) for m in tagged] == [("Zorvex", 0), ("Zorvex", 2), ("Zorvex", 0), ("Zorvex", 0)]
    assert resolved(tagged) == [("Zorvex", "organization", ["Zorvex"])]


def test_a_coined_word_a_sentence_calls_a_work_is_no_body(nlp):
    tagged = mentions_tagged(nlp, ("There is no new series of hit comedy Zorvex, which ended in 1989.", [("Zorvex", "PERSON")]))
    assert [(m.text, m.institution, m.work) for m in tagged] == [("Zorvex", 1, 2)]
    assert resolved(tagged) == []


def test_a_surname_with_a_body_cue_stays_a_person(nlp):
    # "Hale" is a surname: the rule leaves personal names to the other votes
    tagged = mentions_tagged(nlp, ("Hale said it was over.", [("Hale", "PERSON")]), ("Hale, which nobody expected, won.", [("Hale", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Hale", "person")]


def test_a_given_name_alone_is_the_one_person_it_begins(nlp):
    tagged = mentions_tagged(nlp, ("Home Secretary David Blunkett resigned.", [("David Blunkett", "PERSON")]),
                             ('"I know David very well," Mr Hale said.', [("David", "PERSON"), ("Hale", "PERSON")]))
    assert resolved(tagged) == [("David Blunkett", "person", ["David", "David Blunkett"]), ("Hale", "person", ["Hale"])]
    # two people share it: the name alone stays apart
    tagged = mentions_tagged(nlp, ("David Blunkett met David Marsh.", [("David Blunkett", "PERSON"), ("David Marsh", "PERSON")]),
                             ('"David knows," an aide said.', [("David", "PERSON")]))
    assert [name for name, _, _ in resolved(tagged)] == ["David Blunkett", "David Marsh", "David"]


def test_the_last_word_of_a_firm_named_like_a_person_is_no_surname_in_other_names(nlp):
    """"Tom Daly of Michael Fooderies" (tagged a person) and "Ray Moss of First Choice Fooderies; Ann Hale of Basic Fooderies":
    "Fooderies" ends other names there (capitalised words run into it), not a person's surname the model missed."""
    tagged = mentions_tagged(nlp, ("Among them are Tom Daly of Michael Fooderies and Ray Moss of First Choice Fooderies.",
                                   [("Tom Daly", "PERSON"), ("Michael Fooderies", "PERSON"), ("Ray Moss", "PERSON")]))
    assert [m.text for m in tagged] == ["Tom Daly", "Michael Fooderies", "Ray Moss"]


def test_a_word_a_bodys_name_ends_in_is_no_surname_anywhere(nlp):
    """"Michael Foods" (tagged a person) does not make "Foods" alone a surname: no one is named for a trade."""
    tagged = mentions_tagged(nlp, ("Tom Daly of Michael Foods was charged.", [("Tom Daly", "PERSON"), ("Michael Foods", "PERSON")]),
                             ("The charges against Foods were dropped.", []))
    assert [m.text for m in tagged] == ["Tom Daly", "Michael Foods"]


def test_an_initial_and_a_surname_is_the_one_person_with_that_surname_and_letter(nlp):
    """"C Hale" in the line-up is Chris Hale of the report, and "Hale" alone with him; "D Marsh" beside David and Daniel
    Marsh is neither. (The model tags a sheet's names a body as often as a person, and keeps the initial then.)"""
    tagged = mentions_tagged(
        nlp,
        ("Chris Hale kicked three penalties for Norland on Saturday.", [("Chris Hale", "PERSON"), ("Norland", "GPE"), ("Saturday", "DATE")]),
        ("Hale added a drop goal before David Marsh and Daniel Marsh went over.", [("Hale", "PERSON"), ("David Marsh", "PERSON"), ("Daniel Marsh", "PERSON")]),
        ("C Hale; D Marsh, T Brook, A Wren, S Lyle; M Pike, R Dunn.", [("C Hale", "ORG"), ("D Marsh", "ORG"), ("T Brook", "PERSON"), ("A Wren", "PERSON"), ("S Lyle", "PERSON"),
                                                                     ("M Pike", "PERSON"), ("R Dunn", "PERSON")]),
    )
    assert [(m.text, m.label) for m in tagged][5:7] == [("C Hale", "person"), ("D Marsh", "person")]
    assert [e for e in sorted(resolved(tagged)) if "Hale" in e[0] or "Marsh" in e[0]] == [
        ("Chris Hale", "person", ["C Hale", "Chris Hale", "Hale"]), ("D Marsh", "person", ["D Marsh"]),
        ("Daniel Marsh", "person", ["Daniel Marsh"]), ("David Marsh", "person", ["David Marsh"])]
