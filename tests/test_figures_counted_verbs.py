"""Figures: what a number counts ends before a verb of change that the tagger took for a noun ("its 161-strong
majority cut to just 14"): a singular after a number above one, a noun before it, "to", "from" or "by" after it."""

from __future__ import annotations

import pytest

from factarchive.extract import figures


def _counts(nlp, text):
    return [(f.figure.text, f.figure.counts) for f in figures.find_figures(nlp(text))]


@pytest.mark.parametrize("text, expected", [
    ("The government saw its 161-strong majority cut to just 14.", [("161", "majority"), ("14", None)]),
    ("The club saw its 10-point lead shrink to two.", [("10", "points"), ("two", None)]),
    ("Issues at the five-day conference range from trade to debt.", [("five-day", "conference")]),
    # a noun that is no verb of change stays whole
    ("Fuller sold his 19 Entertainment company to a US firm.", [("19", "Entertainment company")]),
    # a plural is the counted noun's own form
    ("Its 300 job cuts came in March.", [("300", "job cuts")]),
])
def test_counted_thing_ends_before_a_verb_of_change(nlp, text, expected):
    assert _counts(nlp, text) == expected
