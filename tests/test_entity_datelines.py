"""Wire datelines and agency credits: the dateline's city is a place, the agency is provenance, "Moscow (ITAR-Tass)" is
no party and seat.
"""

from __future__ import annotations

from factarchive.extract import candidates

from .extraction_helpers import mentions_of, mentions_tagged, resolved


def test_agencies_are_provenance_not_actors(nlp):
    ms = mentions_of(nlp, "NAIROBI, Kenya (AP) _ Thousands of laborers protested.", "Turkish forces entered Syria, Reuters reported.")
    assert [(m.text, m.provenance) for m in ms] == [("NAIROBI", False), ("Kenya", False), ("AP", True),
                                                    ("Syria", False), ("Reuters", True)]
    assert resolved(ms) == [("Nairobi", "place", ["NAIROBI"]), ("Kenya", "place", ["Kenya"]), ("Syria", "place", ["Syria"])]


def test_an_agency_credit_after_a_place_is_not_a_party_and_seat(nlp):
    """"Moscow (ITAR-Tass)" credits the agency; it names no party and no seat."""
    doc = nlp("The launch failed, officials in Moscow (ITAR-Tass) said.")
    assert candidates.party_affiliations(doc, doc.text) == []
    assert [(m.text, m.label) for m in mentions_of(nlp, doc.text)] == [("Moscow", "place"), ("ITAR-Tass", "organization")]


def test_the_dateline_city_is_a_place_and_types_the_body_mentions(nlp):
    """The model misses "COPENHAGEN" in the dateline and tags "Copenhagen" in the body an organisation."""
    ms = mentions_tagged(nlp, ("COPENHAGEN, Denmark (AP) _ Traffic was halted on Friday.", [("Denmark", "GPE"), ("AP", "ORG")]),
                         ("Copenhagen is the main air transport hub for the Nordic region.", [("Copenhagen", "ORG")]))
    assert [(m.text, m.label, m.spacy_label) for m in ms] == [
        ("COPENHAGEN", "place", "GPE"), ("Denmark", "place", "GPE"), ("AP", "organization", "ORG"),
        ("Copenhagen", "organization", "ORG")]
    assert resolved(ms) == [("Copenhagen", "place", ["COPENHAGEN", "Copenhagen"]), ("Denmark", "place", ["Denmark"])]


def test_a_dateline_with_a_dash_is_a_place(nlp):
    found = mentions_of(nlp, "LIMA (AP) - Peru's president resigned on Monday.")
    assert resolved(found) == [("Lima", "place", ["LIMA"]), ("Peru", "place", ["Peru"])]


def test_a_city_alone_with_a_date_on_a_line_of_its_own_is_the_dateline_place(nlp):
    """Reuters prints "DUBLIN 1996-08-31" as a line of its own; the model tags the city a body there."""
    tagged = mentions_tagged(nlp, ("DUBLIN 1996-08-31", [("DUBLIN", "ORG")]), ("Ireland beat Wales.", [("Ireland", "GPE"), ("Wales", "GPE")]))
    assert [(m.text, m.label, m.spacy_label) for m in tagged][:1] == [("DUBLIN", "place", "GPE")]
    assert resolved(tagged)[0] == ("Dublin", "place", ["DUBLIN"])
    doc = nlp("LEEDS 2 Hull 1")
    assert candidates.dateline_place(doc) == []
