"""A firm's initials the model tags a place ("director of corporate responsibility at BT"): a name printed only as two
to four capitals that the gazetteer knows as no place of its own is a body; "UK", "LA" stay places. Invented sentences,
the model's tags given by hand."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_initials_the_gazetteer_knows_as_no_place_are_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Prices rose, said Tom Hale, director of strategy at QX.", [("Tom Hale", "PERSON"), ("QX", "GPE")]),
                             ("QX set out to cut its costs.", [("QX", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Tom Hale", "person"), ("QX", "organization")]


def test_initials_of_a_place_the_gazetteer_knows_stay_a_place(nlp):
    tagged = mentions_tagged(nlp, ("Prices rose in the UK and in LA last year.", [("UK", "GPE"), ("LA", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("United Kingdom", "place"), ("LA", "place")]
