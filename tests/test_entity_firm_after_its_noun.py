"""A firm whose name looks like a person's, no given name first, printed right after a noun for a body in one sentence
("car maker Aston Martin"): the body in every sentence. Invented sentences; the model's tags given by hand."""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mentions_tagged, resolved


def test_a_name_after_a_noun_for_a_body_is_the_body_in_every_sentence(nlp):
    assert not gazetteer.given_name("Kavo") and gazetteer.surname("Martin")
    tagged = mentions_tagged(nlp, ("British car maker Kavo Martin has gone head-to-head with Porsche.", [("Kavo Martin", "PERSON"), ("Porsche", "ORG")]),
                             ("This would make Kavo Martin visible, he said.", [("Kavo Martin", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged] == [("Kavo Martin", 2), ("Porsche", 0), ("Kavo Martin", 0)]
    assert resolved(tagged) == [("Kavo Martin", "organization", ["Kavo Martin"]), ("Porsche", "organization", ["Porsche"])]


def test_a_title_a_given_name_first_or_a_noun_after_the_name_leaves_a_person(nlp):
    tagged = mentions_tagged(nlp, ("Mr Kavo Martin, the car maker, spoke.", [("Kavo Martin", "PERSON")]),
                             ("Tom Hale, a farmer and store operator, said prices fell.", [("Tom Hale", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Kavo Martin", "person"), ("Tom Hale", "person")]


def test_a_film_makers_name_after_maker_stays_a_person(nlp):
    # "film maker" is a person's job ("car maker" a firm's): the name after it keeps the model's person
    assert not gazetteer.given_name("Kavo")
    tagged = mentions_tagged(nlp, ("Film maker Kavo Martin won the award.", [("Kavo Martin", "PERSON")]),
                             ("Kavo Martin thanked the jury.", [("Kavo Martin", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Kavo Martin", "person")]
