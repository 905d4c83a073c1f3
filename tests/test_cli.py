"""The command line: exit codes, one bad seed among good ones, check's messages."""

from __future__ import annotations

import shutil

import yaml

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
    assert "1 written" in result.stdout and "2 failed" in result.stdout


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
    assert "0 written, 0 unchanged, 1 up to date" in third.stdout


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
    assert "1 hand-edited kept" in result.stdout
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
