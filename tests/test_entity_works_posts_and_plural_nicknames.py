"""A name before a noun for a work is no copied product ("copies of the Zentrix single"), a product's name before a band
member's noun is no band ("Zentrix frontman Tom Hale"), and a plural tagged a person stays a person inside a title in
title case or after "the" where no body acts ("win the Lanterns", "from the Lanterns"). Invented sentences; the
model's tags given by hand."""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mentions_tagged, resolved


def test_a_copy_of_a_name_followed_by_a_noun_for_a_work_is_no_product(nlp):
    tagged = mentions_tagged(nlp, ("Fans bought copies of the Zentrix single in Leeds.", [("Zentrix", "ORG"), ("Leeds", "GPE")]),
                             ("Fans bought copies of Zentrix in May.", [("Zentrix", "ORG")]))
    assert [(m.text, m.product) for m in tagged] == [("Zentrix", 0), ("Leeds", 0), ("Zentrix", 1)]


def test_a_products_name_before_a_band_members_noun_is_no_band(nlp):
    tagged = mentions_tagged(nlp, ("Kavobox frontman Tom Hale said the console was fast.", [("Kavobox", "ORG"), ("Tom Hale", "PERSON")]),
                             ("Kavotek will ship the next version of Kavobox in May.", [("Kavotek", "ORG"), ("Kavobox", "ORG")]))
    assert [(m.text, m.band, m.product) for m in tagged] == [("Kavobox", 2, 0), ("Tom Hale", 0, 0), ("Kavotek", 0, 0), ("Kavobox", 0, 1)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Tom Hale", "person"), ("Kavotek", "organization")]


def test_a_band_before_a_members_noun_with_no_product_stays_a_band(nlp):
    tagged = mentions_tagged(nlp, ("Kavobox frontman Tom Hale said the tour was sold out.", [("Kavobox", "ORG"), ("Tom Hale", "PERSON")]),
                             ("Fans saw Kavobox play in Leeds.", [("Kavobox", "PERSON"), ("Leeds", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Kavobox", "organization"), ("Tom Hale", "person"), ("Leeds", "place")]


def test_a_plural_in_a_title_in_title_case_is_dropped(nlp):
    assert not gazetteer.surname("Lanterns") and not gazetteer.given_name("Lanterns")
    tagged = mentions_tagged(nlp, ("The hit singles were Hysteria and Lanterns And Ladders.", [("Lanterns", "PERSON")]),
                             ("And last week Only Lanterns and Ladders star Tom Hale spoke.", [("Lanterns", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [m.text for m in tagged] == ["Tom Hale"]


def test_a_plural_won_or_come_from_after_the_stays_a_person(nlp):
    tagged = mentions_tagged(nlp, ("England have failed to win the Lanterns since 1970.", [("England", "GPE"), ("Lanterns", "PERSON")]),
                             ("Hot air was drifting up from the Lanterns.", [("Lanterns", "PERSON")]))
    assert [(m.text, m.label) for m in tagged if m.text == "Lanterns"] == [("Lanterns", "person")] * 2


def test_a_plural_after_the_as_a_subject_or_after_a_nouns_preposition_is_a_body(nlp):
    tagged = mentions_tagged(nlp, ("The papers say the Lanterns are interested in him.", [("Lanterns", "PERSON")]),
                             ("He spoke of his exclusion from the Lanterns since July.", [("Lanterns", "PERSON")]),
                             ("Nothing matched anything by The Lanterns last year.", [("Lanterns", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Lanterns", "organization")] * 3


def test_two_plurals_joined_by_and_the_are_a_body(nlp):
    tagged = mentions_tagged(nlp, ("She worked with Tom Hale and the Lanterns and the Ladders in 1965.",
                                   [("Tom Hale", "PERSON"), ("Lanterns", "PERSON"), ("Ladders", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Tom Hale", "person"), ("Lanterns", "organization"), ("Ladders", "organization")]
