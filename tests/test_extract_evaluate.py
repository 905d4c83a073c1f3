"""The IE-ER evaluation script: gold parsing and scoring on inline text, and a clean skip without the corpus."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import ROOT

SPEC = importlib.util.spec_from_file_location("evaluate_ieer", ROOT / "benchmarks" / "evaluate_ieer.py")
evaluate_ieer = importlib.util.module_from_spec(SPEC)
sys.modules["evaluate_ieer"] = evaluate_ieer  # dataclasses look their module up by name
SPEC.loader.exec_module(evaluate_ieer)
Span = evaluate_ieer.Span

STORY = """<DOC>
<DOCNO> APW19980314.0391 </DOCNO>
<DATE_TIME> 03/14/1998 10:36:00 </DATE_TIME>
<BODY><TEXT>
\t   <b_enamex type="LOCATION">NAIROBI<e_enamex>, <b_enamex type="LOCATION">Kenya<e_enamex> (<b_enamex type="ORGANIZATION">AP<e_enamex>) _ <b_numex type="CARDINAL">Thousands<e_numex> of
laborers protested on <b_timex type="DATE">Saturday<e_timex>.
\t   <b_enamex type="ORGANIZATION" status="opt">Finance<e_enamex> Minister <b_enamex type="PERSON">Simeon Nyachae<e_enamex> of <b_enamex type="ORGANIZATION">Barnes &amp; Noble<e_enamex> said.
<ANNOTATION>
\t   (STORY CAN END HERE)
</ANNOTATION>
</TEXT></BODY>
</DOC>
"""


def test_gold_spans_are_read_with_offsets_datelines_and_optional_tags(tmp_path):
    path = tmp_path / "APW_19980314"
    path.write_text(STORY, encoding="latin-1")
    (story,) = evaluate_ieer.read_stories(path)
    assert story.docno == "APW19980314.0391"
    assert story.published == "1998-03-14"
    assert story.paragraphs == (
        "NAIROBI, Kenya (AP) _ Thousands of laborers protested on Saturday.",
        "Finance Minister Simeon Nyachae of Barnes & Noble said.",
    )
    # The dateline ("NAIROBI, Kenya (AP) _") is provenance, left out; dates are not scored.
    assert story.gold == (
        Span("CARDINAL", 1, 22, 31, "Thousands"),
        Span("ORGANIZATION", 2, 0, 7, "Finance", optional=True),
        Span("PERSON", 2, 17, 31, "Simeon Nyachae"),
        Span("ORGANIZATION", 2, 35, 49, "Barnes & Noble"),
    )


def test_scores_count_exact_mentions_unique_names_and_overlapping_figures():
    gold = [Span("PERSON", 1, 0, 10, "Tony Blair"), Span("PERSON", 2, 0, 5, "Blair"), Span("PERSON", 3, 0, 5, "Blair"),
            Span("ORGANIZATION", 1, 20, 27, "Finance", optional=True)]
    predicted = [Span("PERSON", 1, 0, 10, "Tony Blair"), Span("PERSON", 2, 0, 8, "Mr Blair"),
                 Span("ORGANIZATION", 1, 20, 27, "Finance")]
    names, articles = evaluate_ieer.Score(), evaluate_ieer.Score()
    evaluate_ieer.score_exact(names, "d", gold, predicted, ("PERSON", "ORGANIZATION"))
    evaluate_ieer.score_names(articles, "d", gold, predicted, ("PERSON", "ORGANIZATION"))
    assert (names.tp["PERSON"], names.fp["PERSON"], names.fn["PERSON"]) == (1, 1, 2)
    assert (names.tp["ORGANIZATION"], names.fp["ORGANIZATION"]) == (0, 0)  # an optional tag counts neither way
    assert (articles.tp["PERSON"], articles.fp["PERSON"], articles.fn["PERSON"]) == (1, 1, 1)
    figures = evaluate_ieer.Score()
    evaluate_ieer.score_overlap(figures, "d", [Span("MONEY", 1, 10, 21, "$40 million")],
                                [Span("MONEY", 1, 0, 21, "more than $40 million"), Span("CARDINAL", 1, 30, 31, "2")], None)
    assert (figures.tp["MONEY"], figures.fp["CARDINAL"], figures.prf("MONEY")) == (1, 1, (1.0, 1.0, 1.0))


def test_skips_cleanly_without_the_corpus(tmp_path, capsys):
    assert evaluate_ieer.main(["--corpus", str(tmp_path / "absent")]) == 0
    assert capsys.readouterr().out == f"skipped: no IE-ER gold corpus at {tmp_path / 'absent'}\n"
