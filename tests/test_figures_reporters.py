"""Figures: who reports them. A reporter is someone or something that can report (a person, a body, a document such as
"the report"), never the subject the figure measures (a passive's subject, a subject that is a measure, the subject of
"put", "add" or "show" used for what a thing did)."""

from __future__ import annotations

import pytest

from factarchive.extract import figures


def _reported(nlp, text):
    return [(f.figure.text, f.figure.reported_by) for f in figures.find_figures(nlp(text))]


@pytest.mark.parametrize("text, expected", [
    # a passive's subject is what was reported on; the agent, when named, reported it
    ("The debt was put at $5m.", [("$5m", None)]),
    ("The cost was estimated at $3m by analysts.", [("$3m", "analysts")]),
    ("The debt was put at $5m, the paper said.", [("$5m", "the paper")]),
    # "put X at Y" is a report
    ("The company put the cost at $640m.", [("$640m", "The company")]),
    # a subject that is a measure is what the figure measures
    ("Some 82% said they would vote.", [("Some 82%", None)]),
    ("Two thirds of those asked said they paid $5 more.", [("Two thirds", None), ("$5", None)]),
    # a whole number of a group named after "of" counts who speaks
    ("One of the men said the seven protesters would plead not guilty.",
     [("seven", "One of the men")]),
    # "add" and "show" report only with a clause, or "show" with a document as subject
    ("Total revenues added 4% to 142bn euros.", [("4%", None), ("142bn euros", None)]),
    ("Analysts added that sales fell 5%.", [("5%", "Analysts")]),
    ("The North East showed the highest rate of inflation at 26.2%.", [("26.2%", None)]),
    ("Figures showed that the economy grew by 9.5% in 2004.", [("9.5%", "Figures")]),
    ("The affair showed that 12 ministers had lied.", [("12", None)]),
    # an amount in an aside on the subject does not make it a measure
    ("Minutes of the meeting which pushed rates up to 2.25% showed that 9 members were worried.",
     [("up to 2.25%", "Minutes of the meeting which pushed rates up to 2.25%"),
      ("9", "Minutes of the meeting which pushed rates up to 2.25%")]),
    # the seed's attribution stays
    ("A war monitor said 30 Turkish military vehicles entered Idlib.", [("30", "A war monitor")]),
])
def test_reporter_is_who_can_report(nlp, text, expected):
    assert _reported(nlp, text) == expected


def test_subject_counting_who_speaks_reports(nlp):
    # "their two leaders" count who speaks, and are who reports (the seed's sentence)
    assert _reported(nlp, "The deal held, their two leaders said.") == [("two", "their two leaders")]


@pytest.mark.parametrize("text, expected", [
    # a capitalised number word alone as the subject of a reporting verb names who reports (a TV channel)
    ("Five said it had received 300 letters.", [("300", "Five")]),
    ("Nine has confirmed it paid £4m for the series.", [("£4m", "Nine")]),
    # a count of people stays one: no reporting verb, a plural verb, "they" in what is said, a group after "of"
    ("Five were hurt when 300 fans ran onto the pitch.", [("Five", None), ("300", None)]),
    ("Five have confirmed they will bid £4m.", [("Five", None), ("£4m", None)]),
    ("Five said they had been held for 12 hours by 300 guards.", [("300", None)]),
])
def test_a_number_word_naming_who_reports_is_no_figure(nlp, text, expected):
    assert _reported(nlp, text) == expected
