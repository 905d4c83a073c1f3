"""Peoples ("Kosovo Serbs", "Kosovo Albanians") are groups, not persons or organisations."""

from __future__ import annotations


from .extraction_helpers import mentions_of, resolved


def test_a_people_tagged_as_a_person_is_a_group(nlp):
    assert [(m.text, m.label) for m in mentions_of(nlp, "Kosovo Serbs voted on Sunday.")] == [("Kosovo Serbs", "group")]


def test_a_people_named_with_a_place_is_a_group_not_an_organisation(nlp):
    found = mentions_of(nlp, "The Kosovo Albanians marched in Pristina on Sunday.")
    assert resolved(found) == [("Kosovo Albanians", "group", ["Kosovo Albanians"]), ("Pristina", "place", ["Pristina"])]
