"""A product named with its model's word ("MacBook Pro", "Nintendo Switch Lite", "Chromecast Ultra") is a product, not
an actor, whatever the model tagged it; unless a sentence says it is a body. Invented sentences, tags given by hand."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_a_name_ending_in_a_model_word_is_a_product(nlp):
    tagged = mentions_tagged(nlp, ("The Zentrobook Pro has a better keyboard than the Gamebox Lite.",
                                   [("Zentrobook Pro", "ORG"), ("Gamebox Lite", "PERSON")]),
                             ("Reviewers liked the Zentrobook Pro.", [("Zentrobook Pro", "ORG")]))
    assert resolved(tagged) == []


def test_a_model_word_name_that_speaks_stays_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Trade Pro said its profits rose.", [("Trade Pro", "ORG")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Trade Pro", "organization")]
