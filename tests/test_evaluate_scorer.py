"""The scorer of benchmarks/evaluate.py on invented documents: names, mentions, figures, neutral spans, scope."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import evaluate  # noqa: E402
from evaluate import Prediction, Scope, Score  # noqa: E402
from evaluate_gold import GoldDoc, Span  # noqa: E402

from factarchive.model import Actor, Figure, Location  # noqa: E402

DOC = GoldDoc(
    docid="d1",
    blocks=("Blair visits Paris", "PARIS (AP) _ Tony Blair met the Greens in Paris.", "Blair's party paid $40 million, about 3,000 more."),
    spans=(Span("PERSON", 0, 0, 5, "Blair"), Span("LOC", 0, 13, 18, "Paris"), Span("LOC", 1, 0, 5, "PARIS"),
           Span("ORG", 1, 6, 8, "AP"), Span("PERSON", 1, 13, 23, "Tony Blair"), Span("ORG", 1, 28, 38, "the Greens", optional=True),
           Span("LOC", 1, 42, 47, "Paris"), Span("PERSON", 2, 0, 5, "Blair"), Span("MONEY", 2, 19, 30, "$40 million"),
           Span("CARDINAL", 2, 38, 43, "3,000")),
    title_scored=False,
)
SCOPE = Scope(DOC, dateline_chars=13)  # "PARIS (AP) _ " is the dateline the reader took off


def test_names_are_case_folded_without_the_and_possessive():
    assert [evaluate.norm_name(t) for t in ("The  United Nations", "Blair's", "Blairs'", "workers’ union")] == [
        "united nations", "blair", "blairs", "workers’ union"]
    # a final full stop is left out: the gold gives a sentence-final "Corp." its full stop as the sentence's
    assert [evaluate.norm_name(t) for t in ("Kavotek Corp.", "Kavotek Corp", "U.S.", "Calif.")] == [
        "kavotek corp", "kavotek corp", "u.s", "calif"]
    assert [evaluate.norm_figure(t) for t in ("about 3,000", "More than $40 million", "US$ 5", "£9m", "some")] == [
        "3,000", "40 million", "5", "9m", "some"]
    assert [evaluate.figure_class(u) for u in (None, "%", "USD", "GBP", "km", "years")] == [
        "CARDINAL", "PERCENT", "MONEY", "MONEY", "QUANTITY", "QUANTITY"]


def test_scope_leaves_out_an_unannotated_headline_and_the_dateline():
    assert [SCOPE(0, 0), SCOPE(1, 12), SCOPE(1, 13), SCOPE(2, 0)] == [False, False, True, True]


def test_article_and_mention_counts_with_neutral_names():
    pred = Prediction(
        names={("PERSON", "tony blair"), ("PERSON", "blair"), ("ORG", "greens"), ("ORG", "labour"), ("LOC", "paris")},
        mentions={(1, "tony blair", "PERSON"), (2, "blair", "PERSON"), (1, "greens", "ORG"), (2, "labour", "ORG"),
                  (1, "paris", "LOC"), (2, "paris", "LOC")},
    )
    score = Score()
    evaluate.score_doc(score, DOC, pred, SCOPE, figures=False)
    # Gold in scope: PERSON {tony blair, blair}, LOC {paris}; "the Greens" counts neither way; "AP" and
    # "PARIS" are in the dateline, "Blair" and "Paris" of the headline are not annotated.
    assert [score.counts("article", c) for c in ("PERSON", "ORG", "LOC", "ALL")] == [(2, 0, 0), (0, 1, 0), (1, 0, 0), (3, 1, 0)]
    assert [score.counts("mention", c) for c in ("PERSON", "ORG", "LOC", "ALL")] == [(2, 0, 0), (0, 1, 0), (1, 1, 0), (3, 2, 0)]
    assert score.prf("article", "ALL") == (0.75, 1.0, 6 / 7)
    assert score.prf("mention", "ORG") == (0.0, 0.0, 0.0)
    assert [e for e in score.errors if e[2] == "FP"] == [("article", "ORG", "FP", "d1", "labour"),
                                                         ("mention", "ORG", "FP", "d1", "[2] labour"),
                                                         ("mention", "LOC", "FP", "d1", "[2] paris")]


def test_figures_match_by_text_per_article_and_one_to_one_by_overlap():
    pred = Prediction(
        figure_names={("MONEY", "40 million"), ("CARDINAL", "3,000"), ("CARDINAL", "2")},
        figures=[Span("MONEY", 2, 14, 30, "paid $40 million"), Span("QUANTITY", 2, 38, 48, "3,000 more"),
                 Span("CARDINAL", 2, 39, 40, ",")],
    )
    score = Score()
    evaluate.score_doc(score, DOC, pred, SCOPE)
    assert [score.counts("article", c) for c in ("MONEY", "CARDINAL", "QUANTITY", "FIGURES")] == [
        (1, 0, 0), (1, 1, 0), (0, 0, 0), (2, 1, 0)]
    # Mention level: "3,000" is overlapped twice; per class the CARDINAL span takes it, pooled the first
    # span in text order does and the other is a false positive.
    assert [score.counts("mention", c) for c in ("MONEY", "CARDINAL", "QUANTITY", "FIGURES")] == [
        (1, 0, 0), (1, 0, 0), (0, 1, 0), (2, 1, 0)]
    assert score.prf("mention", "FIGURES") == (2 / 3, 1.0, 0.8)


def test_two_figures_read_from_one_printed_number_are_one_mention():
    # "half" that counts something and "half" that counts nothing, both in one sentence: each figure finds the printed
    # span, which is one mention (a true positive), not a true and a false one.
    pred = Prediction(figure_names={("CARDINAL", "3,000")},
                      figures=[Span("CARDINAL", 2, 38, 43, "3,000"), Span("CARDINAL", 2, 38, 43, "3,000"),
                               Span("MONEY", 2, 19, 30, "$40 million"), Span("CARDINAL", 2, 19, 30, "$40 million")])
    score = Score()
    evaluate.score_doc(score, DOC, pred, SCOPE)
    assert [score.counts("mention", c) for c in ("MONEY", "CARDINAL", "FIGURES")] == [(1, 0, 0), (1, 1, 0), (2, 0, 0)]


def test_a_fact_sheet_is_scored_from_its_names_aliases_and_evidence_sentences():
    sheet = SimpleNamespace(
        actors=(Actor(id="tony-blair", name="Tony Blair", kind="person", aliases=("Blair",),
                      evidence=("Blair visits Paris", "Tony Blair met the Greens in Paris.", "Blair's party paid $40 million, about 3,000 more.")),
                Actor(id="greens", name="Greens", kind="group", evidence=("Tony Blair met the Greens in Paris.",)),
                Actor(id="france", name="France", kind="country", evidence=("France is not in the text.",))),
        locations=(Location(id="paris", name="Paris", kind="city", evidence=("Blair visits Paris",)),),
        figures=(Figure(id="f1", value=40000000, text="$40 million", unit="USD",
                        evidence=("Blair's party paid $40 million, about 3,000 more.",)),
                 Figure(id="f2", value=3000, text="about 3,000", evidence=("Blair's party paid $40 million, about 3,000 more.",))),
    )
    pred = evaluate.from_sheet(DOC, sheet, SCOPE)
    # Paris is named only in the unannotated headline: not counted; France's evidence is nowhere in the text: counted.
    assert pred.names == {("PERSON", "tony blair"), ("PERSON", "blair"), ("LOC", "france")}
    assert pred.mentions == {(1, "tony blair", "PERSON"), (2, "blair", "PERSON")}
    assert pred.figure_names == {("MONEY", "40 million"), ("CARDINAL", "3,000")}
    assert pred.figures == [Span("MONEY", 2, 19, 30, "$40 million"), Span("CARDINAL", 2, 32, 43, "about 3,000")]


def test_spacy_entities_are_mapped_to_the_classes_and_kept_to_the_scope():
    import spacy

    nlp = spacy.blank("en")
    parsed = [nlp(b) for b in DOC.blocks]
    parsed[0].ents = [parsed[0].char_span(0, 5, label="PERSON")]
    parsed[1].ents = [parsed[1].char_span(0, 5, label="GPE"), parsed[1].char_span(13, 23, label="PERSON"),
                      parsed[1].char_span(42, 47, label="FAC"), parsed[1].char_span(28, 38, label="NORP")]
    parsed[2].ents = [parsed[2].char_span(19, 30, label="MONEY"), parsed[2].char_span(32, 43, label="CARDINAL")]
    pred = evaluate.from_spacy(DOC, parsed, SCOPE)
    assert pred == Prediction(names={("PERSON", "tony blair"), ("LOC", "paris")},
                              mentions={(1, "tony blair", "PERSON"), (1, "paris", "LOC")},
                              figure_names={("MONEY", "40 million"), ("CARDINAL", "3,000")},
                              figures=[Span("MONEY", 2, 19, 30, "$40 million"), Span("CARDINAL", 2, 32, 43, "about 3,000")])


def test_a_canonical_name_the_article_never_prints_is_not_scored():
    doc = GoldDoc("d2", ("Talks", "U.S. officials met in Rome."), (Span("LOC", 1, 0, 4, "U.S."), Span("LOC", 1, 21, 25, "Rome")),
                  title_scored=False)
    sheet = SimpleNamespace(
        actors=(Actor(id="united-states", name="United States", kind="country", aliases=("U.S.",),
                      evidence=("U.S. officials met in Rome.",)),),
        locations=(Location(id="rome", name="Rome", kind="city", evidence=("U.S. officials met in Rome.",)),),
        figures=(),
    )
    pred = evaluate.from_sheet(doc, sheet, Scope(doc))
    assert pred.names == {("LOC", "u.s"), ("LOC", "rome")}
    score = Score()
    evaluate.score_doc(score, doc, pred, Scope(doc), figures=False)
    assert (score.counts("article", "LOC"), score.counts("mention", "LOC")) == ((2, 0, 0), (2, 0, 0))


RANGE_DOC = GoldDoc(
    docid="r1",
    blocks=("Prices", "Dell cut prices by 5% to 17% and rates fell from 9% to 8%."),
    spans=(Span("PERCENT", 1, 19, 21, "5%"), Span("PERCENT", 1, 25, 28, "17%"), Span("PERCENT", 1, 44, 57, "from 9% to 8%")),
    title_scored=False,
)


def test_a_range_is_compared_as_its_two_ends_on_every_side():
    assert [(t, evaluate.range_ends(t)) for t in ("5% to 17%", "between $4 billion and $6 billion", "30 to 40 million", "5-10",
                                                  "nine-year", "three-and-a-half", "7% or 8%", "40")] == [
        ("5% to 17%", [(0, 2), (6, 9)]), ("between $4 billion and $6 billion", [(8, 18), (23, 33)]),
        ("30 to 40 million", [(0, 2), (6, 16)]), ("5-10", [(0, 1), (2, 4)]),
        ("nine-year", None), ("three-and-a-half", None), ("7% or 8%", None), ("40", None)]
    assert evaluate.figure_parts(Span("PERCENT", 1, 44, 57, "from 9% to 8%")) == [
        Span("PERCENT", 1, 49, 51, "9%"), Span("PERCENT", 1, 55, 57, "8%")]
    # The fact sheet keeps the range as one figure and the change as two; the gold marks the range as two spans
    # and the change as one: compared by their ends, all four match, at both levels.
    sheet = SimpleNamespace(actors=(), locations=(), figures=(
        Figure(id="f1", value=5, value_max=17, text="5% to 17%", unit="%", evidence=(RANGE_DOC.blocks[1],)),
        Figure(id="f2", value=9, text="9%", unit="%", evidence=(RANGE_DOC.blocks[1],)),
        Figure(id="f3", value=8, text="8%", unit="%", evidence=(RANGE_DOC.blocks[1],))))
    scope = Scope(RANGE_DOC)
    pred = evaluate.from_sheet(RANGE_DOC, sheet, scope)
    assert pred.figure_names == {("PERCENT", "5%"), ("PERCENT", "17%"), ("PERCENT", "9%"), ("PERCENT", "8%")}
    assert pred.figures == [Span("PERCENT", 1, 19, 21, "5%"), Span("PERCENT", 1, 25, 28, "17%"),
                            Span("PERCENT", 1, 49, 51, "9%"), Span("PERCENT", 1, 55, 57, "8%")]
    score = Score()
    evaluate.score_doc(score, RANGE_DOC, pred, scope)
    assert [score.counts(level, "PERCENT") for level in ("article", "mention")] == [(4, 0, 0), (4, 0, 0)]


def test_ranges_read_whole_with_the_old_reading(monkeypatch):
    monkeypatch.setattr(evaluate, "RANGE_ENDS", False)
    assert evaluate.figure_parts(Span("PERCENT", 1, 19, 28, "5% to 17%")) == [Span("PERCENT", 1, 19, 28, "5% to 17%")]


def test_every_leading_approximator_is_left_out():
    assert [evaluate.norm_figure(t) for t in ("just under 5%", "just over 9%", "about 3,000")] == ["5%", "9%", "3,000"]


def test_a_leading_article_an_estimate_or_an_addition_is_left_out_like_an_approximator():
    # "a dozen" and "dozen" are one number (IE-ER leaves the article out, OntoNotes keeps it); "an" before a
    # vowel; "as many as" is a bound, as "up to" is; a number that begins with "a" is kept whole
    assert [evaluate.norm_figure(t) for t in ("a dozen", "an estimated 300", "as many as 1,000", "as much as $4m",
                                              "a 23-day", "about a million", "A$4.17", "15 acres", "another $50 million",
                                              "an additional 30", "a further 25%")] == [
        "dozen", "300", "1,000", "4m", "23-day", "million", "4.17", "15 acres", "50 million", "30", "25%"]
