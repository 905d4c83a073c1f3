"""The attribute ruler, indexed (factarchive.extract.nlp.index_attribute_ruler): the same matches, in the same order,
as spaCy's Matcher over the same patterns, so every token gets the same POS, morphology and lemma."""

from __future__ import annotations

import pytest
import spacy

from factarchive.extract.nlp import DISABLED, MODEL_NAME, index_attribute_ruler

SENTENCES = [
    "I ain't gonna say it, but you know it was him.",  # two-token patterns ("ai" + "n't", "gon" + "na"), nsubj pronouns
    "But the deal, which Kenya's Treasury signed in 2019, cost £9m.",
    "They 're   here ; \n\n she said : `` no ''",  # whitespace tokens, quotes
    "GONNA WIN",
    "x",
    "",
]


@pytest.fixture(scope="module")
def parsed():
    """sm without the ruler run, and the ruler itself: each sentence tagged and parsed, its ruler matches to come."""
    nlp = spacy.load(MODEL_NAME, disable=list(DISABLED) + ["ner"])
    ruler = nlp.get_pipe("attribute_ruler")
    with nlp.select_pipes(disable=["attribute_ruler"]):
        docs = list(nlp.pipe(SENTENCES))
    return ruler, docs


def test_the_index_finds_every_match_the_matcher_finds_in_its_order(parsed):
    ruler, docs = parsed
    stock = [ruler.match(doc) for doc in docs]
    assert index_attribute_ruler(ruler)
    try:
        assert [ruler.match(doc) for doc in docs] == stock
        # Two-token patterns: "ai n't" (1, 3) and "gon na" (3, 5), twice (two rules); 30 matches on 15 tokens.
        assert ([(s, e) for _, _, s, e in stock[0] if e - s > 1], len(stock[0]), len(docs[0])) == ([(1, 3), (3, 5), (3, 5)], 30, 15)
    finally:
        del ruler.match  # the class's own method again


def test_the_tokens_get_the_same_attributes(parsed):
    ruler, docs = parsed
    attrs = lambda doc: [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_) for t in doc]  # noqa: E731
    stock = [attrs(ruler(spacy.tokens.Doc(doc.vocab).from_bytes(doc.to_bytes()))) for doc in docs]
    assert index_attribute_ruler(ruler)
    try:
        assert [attrs(ruler(spacy.tokens.Doc(doc.vocab).from_bytes(doc.to_bytes()))) for doc in docs] == stock
        assert [t[:3] for t in stock[0][:5]] == [("PRON", "Case=Nom|Number=Sing|Person=1|PronType=Prs", "I"),
                                                 ("AUX", "Tense=Pres|VerbForm=Fin", "be"), ("PART", "Polarity=Neg", "not"),
                                                 ("VERB", "Aspect=Prog|Tense=Pres|VerbForm=Part", "go"), ("PART", "", "to")]
    finally:
        del ruler.match


def test_a_pattern_the_index_cannot_read_leaves_the_ruler_as_it_is():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert not index_attribute_ruler(ruler)
    assert "match" not in vars(ruler)
