"""Names that are junk become no entity, or the real names in them (issue 11), on invented sentences."""

from __future__ import annotations

from factarchive.extract import filters

from .extraction_helpers import mentions_of, resolved


def test_a_wire_slug_is_not_a_place(nlp):
    found = mentions_of(nlp, "Seoul says N. Korea fired a missile (2nd LD)")
    assert [name for name, _, _ in resolved(found)] == ["Seoul", "North Korea"]


def test_a_company_form_alone_is_not_an_organisation(nlp):
    found = mentions_of(nlp, "Shares in Deutsche Bank AG rose, and AG said more.")
    assert resolved(found) == [("Deutsche Bank AG", "organization", ["Deutsche Bank AG"])]


def test_a_given_name_in_brackets_before_a_surname_is_one_person(nlp):
    found = mentions_of(nlp, "We did not need to change things because of the way (Dietmar) Hamann performed.")
    assert resolved(found) == [("Dietmar Hamann", "person", ["Dietmar Hamann"])]


def test_a_character_reference_never_becomes_part_of_a_name():
    assert [filters.clean_name(t) for t in ("Blair&#191;s", "Blair&#191;", "(Dietmar)  Hamann", "AT&T")] == \
        ["Blair", "Blair", "Dietmar Hamann", "AT&T"]


def test_a_followers_adjective_is_not_part_of_the_name(nlp):
    found = mentions_of(nlp, "The row deepened as Blairite Alan Milburn returned.")
    assert resolved(found) == [("Alan Milburn", "person", ["Alan Milburn"])]


def test_two_surnames_joined_by_a_hyphen_are_the_two_people(nlp):
    found = mentions_of(nlp, "Tony Blair and Gordon Brown met.", "The Blair-Brown feud deepens.")
    assert resolved(found) == [("Tony Blair", "person", ["Blair", "Tony Blair"]), ("Gordon Brown", "person", ["Brown", "Gordon Brown"])]


def test_a_surname_with_a_stray_s_is_the_person(nlp):
    found = mentions_of(nlp, "Tony Blair spoke in Leeds.", "The Blairs were at home.")
    assert [(name, cls) for name, cls, _ in resolved(found)] == [("Tony Blair", "person"), ("Leeds", "place")]
