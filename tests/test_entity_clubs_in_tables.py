"""Results tables: a place named in a line of scores is its club (CoNLL-2003's standings and results)."""

from __future__ import annotations

from factarchive.extract.cues import score_line

from .extraction_helpers import mentions_of, resolved


def test_lines_of_results_tables_and_fixture_lists():
    lines = ["Stoke 4 3 1 0 7 4 10", "Bradford 1 Tranmere 0", "NEW YORK 74 59 .556 -", "BOSTON 69 65 .515 5 1/2",
             "Queens Park Rangers 3 2 1 0 5 3 7", "Birmingham v Barnsley"]
    assert [score_line(line) for line in lines] == [True] * 6
    # A dateline, a venue ("at"), a sentence, a table's heading: no scores.
    others = ["LONDON 1996-08-30", "CLEVELAND AT TEXAS", "He scored 3 goals in 2 games.", "W L PCT GB", "Division one"]
    assert [score_line(line) for line in others] == [False] * 5


def test_a_city_in_a_line_of_scores_is_its_club(nlp):
    found = mentions_of(nlp, "Leeds 2 Hull 1")
    assert [(m.text, m.table, m.club) for m in found] == [("Leeds", True, 3), ("Hull", True, 3)]
    assert resolved(found) == [("Leeds", "organization", ["Leeds"]), ("Hull", "organization", ["Hull"])]


def test_the_city_named_elsewhere_and_its_club_in_a_table_are_two_entities(nlp):
    found = mentions_of(nlp, "Rain fell across Leeds, England on Saturday.", "Leeds 2 Hull 1")
    assert resolved(found) == [("Leeds", "place", ["Leeds"]), ("England", "place", ["England"]),
                               ("Leeds", "organization", ["Leeds"]), ("Hull", "organization", ["Hull"])]


def test_a_country_in_a_line_of_scores_stays_the_country(nlp):
    found = mentions_of(nlp, "Germany 3 Italy 1")
    assert resolved(found) == [("Germany", "place", ["Germany"]), ("Italy", "place", ["Italy"])]
