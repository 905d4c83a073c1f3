"""Tests that keep the README honest: every command-line option and every fact-sheet field is documented."""

from __future__ import annotations

import argparse
import re

from factarchive.archive import schema
from factarchive.cli import parser

from .conftest import ROOT

README = (ROOT / "README.md").read_text("utf-8")


def _options(p: argparse.ArgumentParser) -> set[str]:
    found = set()
    for action in p._actions:
        found |= {o for o in action.option_strings if o.startswith("--") and o != "--help"}
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                found |= _options(sub)
    return found


def test_every_cli_option_is_in_the_readme():
    assert sorted(o for o in _options(parser()) if not re.search(rf"{re.escape(o)}(?![\w-])", README)) == []


def test_every_command_is_in_the_readme():
    commands = next(a for a in parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
    assert sorted(c for c in commands if f"python build.py {c}" not in README) == []


def test_every_fact_sheet_field_is_in_the_readme():
    s = schema()
    fields = set(s["properties"])
    for part in ("actor", "location", "figure", "caption"):
        fields |= set(s["$defs"][part]["properties"])
    assert sorted(f for f in fields if not re.search(rf"`{re.escape(f)}(\[\])?`", README)) == []


def test_readme_shows_the_two_commands():
    assert "make site" in README and "make test" in README
