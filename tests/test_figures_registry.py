"""The figure rules in the rules registry: each registered once, named as its function, versioned from its source and
the tests it reads, run where its scope is run; turned off by name, it changes exactly what it decides."""

from __future__ import annotations

import inspect
import re
import shutil

import pytest

from factarchive.extract import figure_drops, figure_rates, figure_rules, figure_spans, rules, versions
from factarchive.model import Figure

from .conftest import ROOT
from .extraction_helpers import figures_of

FIGURE_SCOPES = {("find", "figure"): figure_spans, ("clean", "number"): figure_rules, ("clean", "figure"): figure_rules}


def test_every_figure_rule_is_registered_in_its_scope_named_as_its_function():
    for (step, scope), module in FIGURE_SCOPES.items():
        registered = rules.registered(step, scope)
        assert [r.func.__module__ for r in registered] == [module.__name__] * len(registered)
        assert [r.name for r in registered] == [r.func.__name__ for r in registered]
        # every function of the module that takes what the scope gives is registered: none runs as a plain call
        wrapped = {name for name, f in inspect.getmembers(module, inspect.isfunction)
                   if getattr(f, "rule", None) is not None and f.rule.scope == scope and f.__module__ == module.__name__}
        assert wrapped == {r.name for r in registered}
    assert len(rules.registered("find", "figure")) == 19
    assert len(rules.registered("clean", "number")) == 13
    assert len(rules.registered("clean", "figure")) == 48


def test_a_figure_rules_version_covers_the_tests_it_reads():
    rule = figure_rules.result_or_score.rule
    assert re.fullmatch(r"[0-9a-f]{8}", rule.version)
    assert rule.uses == (figure_drops.result,)
    assert rule.version == rules.source_version(rule.func, figure_drops.result) != rules.source_version(rule.func)
    assert figure_rules.rate_of_figure.rule.uses == (figure_rates.rate_per,)


def test_the_figures_stage_version_changes_with_any_figure_module(tmp_path, monkeypatch):
    copy = tmp_path / "factarchive"
    shutil.copytree(ROOT / "factarchive", copy, ignore=shutil.ignore_patterns("__pycache__", "models"))
    monkeypatch.setattr(versions, "PACKAGE", copy)
    stage = next((files, packages) for name, files, packages in versions.STAGE_SOURCES if name == "figures")
    assert {f for f in stage[0] if f.startswith("extract/figure")} == {
        f"extract/{p.name}" for p in (copy / "extract").glob("figure*.py")}
    before = versions.source_version(*stage)
    path = copy / "extract" / "figure_drops.py"
    path.write_bytes(path.read_bytes() + b"\n# a changed rule\n")
    assert versions.source_version(*stage) != before


@pytest.mark.parametrize("name, sentence, on, off", [
    ("result_or_score", "They won 3-1 at home on Sunday.", [], [("3", 3, None, None)]),
    ("one_as_article", "At one point, 30 people left.", [("30", 30, "people", None)],
     [("one", 1, "points", None), ("30", 30, "people", None)]),
    ("vote_counts", "The bill passed 271-147 in the vote.", [("271", 271, "votes", None), ("147", 147, "votes", None)], []),
    ("several_before_vague", "Many thousands of people marched.", [("Many thousands", 2000, "people", None)],
     [("thousands", 2000, "people", None)]),
    ("model_numbers", "About 21 states and 40 cities joined.", [("About 21", 21, "states", None), ("40", 40, "cities", None)],
     []),  # the untagged numbers' rule reads no number the model tagged, on or off
    ("rate_of_figure", "Nurses are paid $1,300 a week.", [("$1,300", 1300, None, "week")], [("$1,300", 1300, None, None)]),
    ("number_names_thing_before", "The council passed resolution 425 on Monday.", [], [("425", 425, None, None)]),
])
def test_a_figure_rule_turned_off_changes_what_it_decides_and_nothing_else(nlp, rules_off, name, sentence, on, off):
    def read():
        return [(f.text, f.value, f.counts, f.per) for f in figures_of(nlp, sentence)]

    assert read() == on
    rules_off(name)
    assert read() == off


def test_an_off_reading_rule_leaves_what_it_reads_unread(nlp, rules_off):
    s = "Nurses in Manila are paid 500 pesos a day."
    assert figures_of(nlp, s) == [Figure(id="", value=500, text="500 pesos", unit="PHP", per="day", evidence=(s,))]
    rules_off("country_currency")
    assert figures_of(nlp, s) == [Figure(id="", value=500, text="500 pesos", unit="MXN", per="day", evidence=(s,))]
