"""A common word capitalised only because it begins a sentence or a headline ("House prices fell") is no name where
the article prints it in lower case elsewhere and never with a capital inside a sentence. Invented sentences."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_a_common_word_capitalised_only_at_sentence_starts_is_no_name(nlp):
    tagged = mentions_tagged(nlp, ("House prices fell in November, the Zentro Institute found.",
                                   [("House", "ORG"), ("Zentro Institute", "ORG")]),
                             ("Average house prices rose by 1% in the year.", []))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Zentro Institute", "organization")]


def test_the_word_capitalised_inside_a_sentence_stays_a_name(nlp):
    tagged = mentions_tagged(nlp, ("House members voted on Monday.", [("House", "ORG")]),
                             ("He told the House that house prices rose.", [("House", "ORG")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("House", "organization")]


def test_a_firm_never_printed_in_lower_case_stays_a_name(nlp):
    tagged = mentions_tagged(nlp, ("Zentro shares rose on Monday.", [("Zentro", "ORG")]), ("Its rivals fell.", []))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Zentro", "organization")]
