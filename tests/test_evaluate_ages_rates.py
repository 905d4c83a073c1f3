"""The scorer's conventions for ages and rates (benchmarks/evaluate.py): IE-ER tags an age as a MEASURE and a rate as
one MEASURE with its period; OntoNotes tags an age as a DATE (not scored) and a rate's amount alone; on invented
documents and hand-built fact sheets."""

from __future__ import annotations

import sys
from types import SimpleNamespace

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import evaluate  # noqa: E402
from evaluate import CONVENTIONS, Scope, Score  # noqa: E402
from evaluate_gold import GoldDoc, Span  # noqa: E402

from factarchive.model import Actor, Figure  # noqa: E402

S1 = "Jane Doe, 63, met the 29-year-old John Roe."
S2 = "Nurses are paid $1,300 a week, or 39,298 million litres per day."
DOC = GoldDoc(
    docid="d1",
    blocks=("Headline", S1, S2),
    spans=(Span("PERSON", 1, 0, 8, "Jane Doe"), Span("QUANTITY", 1, 10, 12, "63"), Span("QUANTITY", 1, 22, 29, "29-year"),
           Span("PERSON", 1, 34, 42, "John Roe"), Span("QUANTITY", 2, 16, 29, "$1,300 a week"),
           Span("QUANTITY", 2, 34, 63, "39,298 million litres per day")),
    title_scored=False,
)
SCOPE = Scope(DOC)
CLASSES = ("CARDINAL", "MONEY", "QUANTITY", "FIGURES")


def _sheet(actors=(), figures=()):
    return SimpleNamespace(actors=tuple(actors), locations=(), figures=tuple(figures))


def _person(name: str, age: int | None) -> Actor:
    return Actor(id=name.lower().replace(" ", "-"), name=name, kind="person", age=age, mentions=1, evidence=(S1,))


def _counts(pred, ages: bool) -> dict:
    score = Score()
    evaluate.score_doc(score, DOC, pred, SCOPE, ages=ages)
    return {level: [score.counts(level, c) for c in CLASSES] for level in ("article", "mention")}


def test_gold_ages_read_as_their_number_only_where_an_age_is_printed():
    assert [evaluate.age_key(t, after) for t, after in [
        ("29-year", "-old man"), ("15 years", " old and"), ("aged 40", ""), ("63-year-old", ""), ("three-year", "-old berok"),
        ("20-year", " term"), ("8 years", " of age"), ("26", ""), ("1998-year", "-old")]] == [
        "29", "15", "40", "63", "3", None, None, None, None]
    assert [evaluate.gold_figure_key(DOC, s, ages) for s in DOC.spans[1:3] for ages in (True, False)] == [
        "63", "63", "29", "29-year"]


def test_age_spans_find_the_printed_age_not_another_number():
    sentence = "Jane Doe, 63, said the 63-year-old, aged 63, (63) who is 63, met 63 people and 163 others."
    assert [sentence[a:b] for a, b in evaluate.age_spans(sentence, 63)] == ["63", "63-year-old", "aged 63", "63", "63"]
    assert evaluate.age_spans("said Kwan, who is 17 and lives in Lake Arrowhead, and 17 more", 17) == [(18, 20)]


def test_rate_text_runs_from_amount_to_period_as_printed():
    assert [(lambda w: w and S2[w[0]:w[1]])(evaluate.rate_text(S2, text, per)) for text, per in [
        ("$1,300", "week"), ("39,298 million litres", "day"), ("$1,300", "month")]] == [
        "$1,300 a week", "39,298 million litres per day", None]
    assert evaluate.rate_text("He found a $100-a-month job.", "$100", "month") == (11, 23)
    assert evaluate.rate_text("It cost $5, a day later $6.", "$5", "day") is None  # a comma between: no rate


def test_ieer_scores_each_person_age_as_a_quantity_at_both_levels():
    sheet = _sheet(actors=[_person("Jane Doe", 63), _person("John Roe", 29)])
    pred = evaluate.from_sheet(DOC, sheet, SCOPE, CONVENTIONS["ieer"])
    assert pred.figure_names == {("QUANTITY", "63"), ("QUANTITY", "29")}
    assert sorted((s.block, s.start, s.end, s.text) for s in pred.figures) == [(1, 10, 12, "63"), (1, 22, 33, "29-year-old")]
    # Gold: "63", "29-year" (ages) and the two rates; no rate predicted.
    assert _counts(pred, ages=True) == {"article": [(0, 0, 0), (0, 0, 0), (2, 0, 2), (2, 0, 2)],
                                        "mention": [(0, 0, 0), (0, 0, 0), (2, 0, 2), (2, 0, 2)]}


def test_a_wrong_age_is_a_false_positive_and_no_age_a_miss():
    sheet = _sheet(actors=[_person("Jane Doe", 64), _person("John Roe", None)])
    pred = evaluate.from_sheet(DOC, sheet, SCOPE, CONVENTIONS["ieer"])
    assert pred.figure_names == {("QUANTITY", "64")}
    assert pred.figures == []  # "64" is printed nowhere in her sentences
    assert _counts(pred, ages=True)["article"] == [(0, 0, 0), (0, 0, 0), (0, 1, 4), (0, 1, 4)]


def test_ontonotes_and_conll_score_no_ages():
    sheet = _sheet(actors=[_person("Jane Doe", 63)])
    for name in ("ontonotes", "conll"):
        pred = evaluate.from_sheet(DOC, sheet, SCOPE, CONVENTIONS[name])
        assert (pred.figure_names, pred.figures) == (set(), [])


def _rates():
    return [Figure(id="f-1", value=1300, text="$1,300", unit="USD", per="week", evidence=(S2,)),
            Figure(id="f-2", value=39298000000, text="39,298 million litres", unit="litre", per="day", evidence=(S2,))]


def test_ieer_scores_a_rate_as_one_quantity_with_its_period():
    pred = evaluate.from_sheet(DOC, _sheet(figures=_rates()), SCOPE, CONVENTIONS["ieer"])
    assert pred.figure_names == {("QUANTITY", "1,300 a week"), ("QUANTITY", "39,298 million litres per day")}
    assert sorted((s.cls, s.block, s.start, s.end) for s in pred.figures) == [("QUANTITY", 2, 16, 29), ("QUANTITY", 2, 34, 63)]
    assert _counts(pred, ages=True)["article"] == [(0, 0, 0), (0, 0, 0), (2, 0, 2), (2, 0, 2)]


def test_ontonotes_scores_a_rate_by_its_unit_and_its_own_text():
    pred = evaluate.from_sheet(DOC, _sheet(figures=_rates()), SCOPE, CONVENTIONS["ontonotes"])
    assert pred.figure_names == {("MONEY", "1,300"), ("QUANTITY", "39,298 million litres")}
    assert sorted((s.cls, s.text) for s in pred.figures) == [("MONEY", "$1,300"), ("QUANTITY", "39,298 million litres")]


def test_a_rate_whose_sentence_is_lost_is_its_amount_and_period_at_article_level():
    lost = Figure(id="f-3", value=26, text="$26", unit="USD", per="week", evidence=("A sentence the story lacks.",))
    pred = evaluate.from_sheet(DOC, _sheet(figures=[lost]), SCOPE, CONVENTIONS["ieer"])
    assert (pred.figure_names, pred.figures) == ({("QUANTITY", "26 a week")}, [])


def test_a_rate_whose_text_has_its_period_already_is_that_text():
    assert evaluate.rate_text(S2, "$1,300 a week", "week") == (16, 29)
    whole = Figure(id="f-4", value=1300, text="$1,300 a week", unit="USD", per="week", evidence=("Gone.",))
    pred = evaluate.from_sheet(DOC, _sheet(figures=[whole]), SCOPE, CONVENTIONS["ieer"])
    assert pred.figure_names == {("QUANTITY", "1,300 a week")}


def test_age_spans_find_an_age_told_by_a_verb():
    sentence = "Ida Pell, who turned 50 in May, and Lo Pell, now 44, say Bo Pell will be 60 when 60 more join."
    assert [sentence[a:b] for a, b in evaluate.age_spans(sentence, 50)] == ["50"]
    assert evaluate.age_spans(sentence, 44) == [(sentence.index("44"), sentence.index("44") + 2)]
    assert evaluate.age_spans(sentence, 60) == [(sentence.index("60"), sentence.index("60") + 2)]
    assert evaluate.age_spans("Sales turned 50% higher.", 50) == []
