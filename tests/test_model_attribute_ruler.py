"""The attribute ruler, indexed (factarchive.extract.nlp.index_attribute_ruler): the same matches, in the same order,
as spaCy's Matcher over the same patterns, and their attributes set once per token, so every token gets the same POS,
morphology and lemma."""

from __future__ import annotations

import pytest
import spacy
from spacy.symbols import AUX, POS, VERB

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
        del ruler.match, ruler.set_annotations  # the class's own methods again


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
        del ruler.match, ruler.set_annotations


def test_several_matches_on_one_token_set_what_the_last_rule_says(parsed):
    """ "ai" of "ain't" is matched by three rules: its tag's (POS VERB and a morphology), the two-token rule of "ai n't"
    (lemma "be") and a later rule for auxiliaries (POS AUX). spaCy sets them one match after another; merged once per
    token, the last rule's POS still wins and the others' attributes stay."""
    ruler, docs = parsed
    matches = [m for m in ruler.match(docs[0]) if m[2] == 1]
    assert [(m[2], m[3]) for m in matches] == [(1, 2), (1, 3), (1, 2)] and matches[0][0] < matches[1][0] < matches[2][0]
    assert (ruler.attrs[matches[0][0]][POS], ruler.attrs[matches[2][0]][POS], POS in ruler.attrs[matches[1][0]]) == (VERB, AUX, False)
    assert index_attribute_ruler(ruler)
    try:
        doc = ruler(spacy.tokens.Doc(docs[0].vocab).from_bytes(docs[0].to_bytes()))
        assert (doc[1].text, doc[1].pos_, doc[1].lemma_, str(doc[1].morph)) == ("ai", "AUX", "be", "Tense=Pres|VerbForm=Fin")
    finally:
        del ruler.match, ruler.set_annotations


def test_a_pattern_the_index_cannot_read_leaves_the_ruler_as_it_is():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert not index_attribute_ruler(ruler)
    assert "match" not in vars(ruler) and "set_annotations" not in vars(ruler)
