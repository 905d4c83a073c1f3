"""The command line: exit codes, one bad seed among good ones, check's messages."""

from __future__ import annotations

import re
import shutil

import yaml

from factarchive.cli import parser

from .conftest import SEED, run_cli


def test_usage_error_exits_2():
    result = run_cli("extract", "--no-such-option")
    assert result.returncode == 2, result.stderr
    assert "unrecognized arguments: --no-such-option" in result.stderr


def test_every_command_has_help_with_an_example():
    for command in ("extract", "site", "check"):
        result = run_cli(command, "--help")
        assert result.returncode == 0, result.stderr
        assert "example:" in result.stdout
        assert f"python build.py {command}" in result.stdout


def test_bad_seed_reported_good_seed_still_extracted(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = run_cli("extract", "--seeds", str(seeds), "--archive", str(tmp_path / "archive"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"error: {seeds / 'empty.txt'}: file is empty" in result.stderr
    assert f"error: {seeds / 'photo.txt'}: file is binary (contains NUL bytes), not text" in result.stderr
    assert [p.name for p in (tmp_path / "archive").glob("*.yaml")] == ["30-turkish-military-vehicles-enter-syrias-idlib.yaml"]
    assert result.stdout.splitlines()[0] == f"new: {tmp_path / 'archive' / '30-turkish-military-vehicles-enter-syrias-idlib.yaml'} (from {SEED.name})"
    assert result.stdout.splitlines()[1].startswith("extract: 1 sheet written; to check, listed above: 2 errors (")


def test_check_names_file_and_field(tmp_path, seed_sheet):
    from factarchive.archive import dump

    archive = tmp_path / "archive"
    archive.mkdir()
    data = yaml.safe_load(dump(seed_sheet))
    data["actors"][0]["kind"] = "politician"
    del data["figures"][1]["value"]
    (archive / "seed.yaml").write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    (archive / "broken.yaml").write_text("id: [unclosed\n", "utf-8")
    result = run_cli("check", "--archive", str(archive))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {archive / 'broken.yaml'}: is not valid YAML at line 2, column 1: did not find expected ',' or ']'",
        f"error: {archive / 'seed.yaml'}: field 'actors.0.kind' 'politician' is not one of ['person', 'organization', 'country', 'group']",
        f"error: {archive / 'seed.yaml'}: field 'figures.1' 'value' is a required property",
    ]
    assert result.stdout == f"check: 0 fact sheets valid, 2 invalid in {archive}/\n"


def test_rerun_is_incremental_and_keeps_ids(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    archive = tmp_path / "archive"
    first = run_cli("extract", "--seeds", str(seeds), "--archive", str(archive))
    assert first.returncode == 0, first.stderr
    before = (archive / "30-turkish-military-vehicles-enter-syrias-idlib.yaml").read_bytes()
    # Renamed seed: same content, same id.
    (seeds / SEED.name).rename(seeds / "renamed.txt")
    second = run_cli("extract", "--seeds", str(seeds), "--archive", str(archive))
    assert second.returncode == 0, second.stderr
    assert sorted(p.name for p in archive.glob("*.yaml")) == ["30-turkish-military-vehicles-enter-syrias-idlib.yaml"]
    after = (archive / "30-turkish-military-vehicles-enter-syrias-idlib.yaml").read_bytes()
    assert after == before.replace(b"seed: 000_75226d2b7b98da07.txt", b"seed: renamed.txt")
    third = run_cli("extract", "--seeds", str(seeds), "--archive", str(archive))
    assert third.stdout.startswith("extract: 1 already up to date; nothing to check (")


def test_hand_edited_sheet_is_not_overwritten(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(SEED, seeds / SEED.name)
    archive = tmp_path / "archive"
    assert run_cli("extract", "--seeds", str(seeds), "--archive", str(archive)).returncode == 0
    sheet = archive / "30-turkish-military-vehicles-enter-syrias-idlib.yaml"
    edited = sheet.read_text("utf-8").replace("role: President of Turkey", "role: President of the Republic of Turkey")
    sheet.write_text(edited, "utf-8")
    result = run_cli("extract", "--seeds", str(seeds), "--archive", str(archive), "--force")
    assert result.returncode == 0, result.stderr
    # Issue 12: this was "0 written, 1 unchanged, 0 up to date, 1 hand-edited kept, 0 failed" for one article.
    assert result.stdout.startswith("extract: 1 re-extracted with no change; nothing to check (")
    assert sheet.read_text("utf-8") == edited


def test_one_article_failing_in_a_stage_is_reported_not_fatal(tmp_path, seed_article, monkeypatch):
    """A bug hit by one article (here: a stage raising) costs that article only."""
    from factarchive.extract import pipeline
    from factarchive.extract.pipeline import ExtractionFailure, extract

    real = pipeline.facts_from_docs

    def flaky(article, article_id, parsed, extractor):
        if article_id == "bad":
            raise ValueError("could not convert string to float: '3.817.69'")
        return real(article, article_id, parsed, extractor)

    monkeypatch.setattr(pipeline, "facts_from_docs", flaky)
    out = list(extract([(seed_article, "bad"), (seed_article, "good")]))
    assert out[0] == ExtractionFailure(seed_article.seed, "extraction failed (ValueError: could not convert string to float: '3.817.69')")
    assert out[1].id == "good" and len(out[1].actors) == 13


def test_summary_counts_each_seed_once_and_says_what_needs_a_person():
    from factarchive.cli import extract_summary
    from factarchive.extract.run import ExtractReport

    report = ExtractReport(written=["a", "b"], merged=["c"], conflicts=["c"], unchanged=["d"], up_to_date=["e", "f", "g"],
                           kept=["h"], set_aside=["fr/x.html"], duplicates=["copy.txt"], unsupported=["image.png"],
                           warnings=["x", "y"], errors=["z"])
    assert extract_summary(report) == (
        "extract: 2 sheets written, 1 hand-edited sheet updated (edit kept), 1 re-extracted with no change, "
        "3 already up to date, 1 hand-edited sheet left as it was, 1 skipped (skip list), 1 duplicate not extracted, "
        "1 file that is not an article; to check, listed above: 1 sheet with conflicts, 2 warnings, 1 error")
    assert extract_summary(ExtractReport()) == "extract: nothing extracted; nothing to check"


def test_each_article_something_happened_to_has_one_line(tmp_path, seed_sheet):
    """Written, merged into a hand edit, in conflict with one: a line each, naming the sheet and the seed."""
    from dataclasses import replace

    from factarchive import archive as archive_mod
    from factarchive.extract.run import ArticleLine, ExtractReport, save_extraction

    archive = tmp_path / "archive"
    archive.mkdir()
    manifest: dict[str, str] = {}
    report = ExtractReport()
    save_extraction(archive, seed_sheet, manifest, report)
    path = archive_mod.sheet_path(archive, seed_sheet.id)
    save_extraction(archive, replace(seed_sheet, title="30 Turkish vehicles enter Idlib"), manifest, report)
    # A person edits the title; the next extraction changes the outlet: merged into the edit.
    path.write_text(path.read_text("utf-8").replace("title: 30 Turkish vehicles enter Idlib", "title: Edited by hand"), "utf-8")
    save_extraction(archive, replace(seed_sheet, title="30 Turkish vehicles enter Idlib", outlet="CGTN Europe"), manifest, report)
    # The extraction then changes the title too: a conflict, the edit kept.
    save_extraction(archive, replace(seed_sheet, title="Turkish vehicles in Idlib", outlet="CGTN Europe"), manifest, report)
    sheet, seed = str(path), seed_sheet.seed
    assert report.lines == [
        ArticleLine("new", sheet, seed),
        ArticleLine("updated", sheet, seed),
        ArticleLine("merged", sheet, seed, "edited by hand; the edit is kept and the new extraction merged into it"),
        ArticleLine("conflict", sheet, seed, "edited by hand; 1 field where the new extraction disagrees with the edit "
                                             "kept the edit (listed in the warnings)"),
    ]
    assert str(report.lines[2]) == (f"merged: {sheet} (from {seed}): edited by hand; the edit is kept and the new "
                                    "extraction merged into it")
    assert (report.written, report.merged, report.unchanged, report.conflicts) == (
        [seed_sheet.id] * 2, [seed_sheet.id], [seed_sheet.id], [seed_sheet.id])
    assert report.warnings == [f"{path}: field 'title': kept the edited value 'Edited by hand'; "
                               "the new extraction has 'Turkish vehicles in Idlib'"]


def _one_article_archive(folder):
    from factarchive.archive import write_sheet

    from .sheet_helpers import article

    write_sheet(folder, article("a", "Vehicles cross"), {})
    return folder


def test_progress_by_default_only_on_a_terminal_and_not_under_ci(monkeypatch):
    import sys

    from factarchive.cli import parser, show_progress

    monkeypatch.delenv("CI", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
    assert [show_progress(parser().parse_args(a)) for a in (["site"], ["site", "--no-progress"], ["extract"])] == \
        [True, False, True]
    monkeypatch.setenv("CI", "true")
    assert [show_progress(parser().parse_args(a)) for a in (["site"], ["site", "--progress"])] == [False, True]
    monkeypatch.delenv("CI")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False, raising=False)
    assert [show_progress(parser().parse_args(a)) for a in ([], ["--progress"])] == [False, True]


def test_site_prints_one_summary_line_per_step(tmp_path, capsys):

    from factarchive.cli import main

    archive = _one_article_archive(tmp_path / "archive")
    docs = tmp_path / "docs"
    assert main(["site", "--archive", str(archive), "--docs-dir", str(docs), "--no-build", "--no-progress"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    lines = [re.sub(r"\(\d+\.\d s\)", "(T s)", line) for line in out.splitlines()]
    assert lines[0] == f"load: 1 fact sheet, 0 left out (T s) <- {archive}/"
    assert re.fullmatch(rf"pages: 1 articles, \d+ files written, 0 stale removed \(T s\) -> {re.escape(str(docs))}/",
                        lines[1]), lines[1]
    assert lines[2:] == [f"database: archive.db, figures.csv, entities.csv, 3 written (T s) -> {docs}/"]
    assert sorted(p.name for p in docs.glob("*.*") if p.suffix in (".db", ".csv")) == [
        "archive.db", "entities.csv", "figures.csv"]


def test_progress_bars_go_to_stderr_and_leave_the_summaries(tmp_path, capsys):
    from factarchive.cli import main

    archive = _one_article_archive(tmp_path / "archive")
    assert main(["site", "--archive", str(archive), "--docs-dir", str(tmp_path / "docs"), "--no-build",
                 "--progress"]) == 0
    out, err = capsys.readouterr()
    assert [line.split(":")[0] for line in out.splitlines()] == ["load", "pages", "database"]
    assert "load:   0%|          | 0/1 [" in err  # tqdm's bar; gone once the step is done (leave=False)
    assert "pages: 0file [" in err  # page generation counts the files it writes (no total: known at the end)


def test_options_before_the_command_are_the_commands_options():
    """'build.py --archive A extract' extracts into A: argparse copies a subcommand's defaults over what was
    given before it, which once sent a run into ./archive."""
    def parsed(*argv):
        args = vars(parser().parse_args(argv))
        args.pop("func")
        return args

    extract_defaults = {"command": "extract", "archive": "archive", "seeds": "seeds", "force": False, "jobs": 1,
                        "scheduler": None, "progress": None, "docs_dir": "docs", "site_dir": "site",
                        "config": "mkdocs.yml", "no_build": False, "no_strict": False, "clean": False,
                        "offline": False}
    assert parsed("extract") == extract_defaults
    assert parsed("--archive", "A", "--seeds", "S", "--jobs", "2", "--no-progress", "extract") == {
        **extract_defaults, "archive": "A", "seeds": "S", "jobs": 2, "progress": False}
    assert parsed("--archive", "A", "extract", "--archive", "B") == {**extract_defaults, "archive": "B"}
    assert parsed("--archive", "A", "--no-build", "--offline", "site") == {
        **extract_defaults, "command": "site", "archive": "A", "no_build": True, "offline": True}
    assert parsed("--archive", "A", "check") == {**extract_defaults, "command": "check", "archive": "A"}
    assert parsed() == {**extract_defaults, "command": None}
