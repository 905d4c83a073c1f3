"""Pipeline-level bad input: reported in one line naming the file, the rest still built, nothing in archive/ damaged.

Reader-level bad input (encodings, binary, huge files, missing headlines) is
tested with the readers; here: duplicates, seeds that vanish mid-run, hostile
seed names and titles, sheets already in the archive, and `check`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from factarchive.cli import main
from factarchive.extract import run
from factarchive.site import urls

ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def _story(title: str, body: str = "Officials in Ankara said 12 people attended the meeting on Monday.") -> str:
    return f"{title}\n\n{body}\n"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out = capsys.readouterr()
    return status, out.out, out.err


def test_same_article_under_two_names_is_extracted_once_and_reported(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    (seeds / "copy of a.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    status, out, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(tmp_path / "archive"))
    assert status == 0  # a copy is a notice, not something an editor must act on
    assert err == f"notice: {seeds / 'copy of a.txt'}: same bytes as {seeds / 'a.txt'}; extracted once, from {seeds / 'a.txt'}\n"
    assert sorted(_tree(tmp_path / "archive")) == [".extracted.json", ".machine/storm-hits-ankara.yaml", "storm-hits-ankara.yaml"]
    assert yaml.safe_load((tmp_path / "archive" / "storm-hits-ankara.yaml").read_text("utf-8"))["seed"] == "a.txt"


def test_seed_that_vanishes_or_turns_unreadable_mid_run_is_reported_and_the_rest_built(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (seeds / name).write_text(_story(f"Story {name[0]} from Ankara"), "utf-8")
    real_read = run.read_seed

    def read_while_files_change(path, root):
        if path.name == "b.txt":  # deleted after the folder was listed
            path.unlink()
        if path.name == "c.txt":  # replaced by something that cannot be read as a file
            path.unlink()
            path.mkdir()
        return real_read(path, root)

    monkeypatch.setattr(run, "read_seed", read_while_files_change)
    report = run.extract_seeds(seeds, tmp_path / "archive")
    assert report.errors == [f"{seeds / 'b.txt'}: cannot be read (No such file or directory)",
                             f"{seeds / 'c.txt'}: cannot be read (Is a directory)"]
    assert (report.written, report.ok) == (["story-a-from-ankara"], False)


def test_hostile_seed_names_and_titles_stay_inside_archive_and_docs(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    (seeds / "sub" / "dir").mkdir(parents=True)
    long_title = ("Turkish convoy report " * 14)[:300]
    stories = {
        "escape ..%2F..%2F.txt": "../../../etc/passwd",
        "🔥 breaking 🔥.txt": "🔥🔥🔥",
        "windows ..\\..\\.txt": "Report from a/b/c",
        ("n" * 246) + ".txt": long_title,
        "sub/dir/café .. news.txt": "Café ../ 🔥 news",
    }
    for name, title in stories.items():
        (seeds / name).write_text(_story(title), "utf-8")
    (seeds / "nul.txt").write_bytes(b"Title with \x00 NUL\n\nOfficials in Ankara said 12 people came.\n")
    status, _, err = _run(capsys, "--seeds", str(seeds), "--archive", str(tmp_path / "archive"),
                          "--docs-dir", str(tmp_path / "docs"), "--no-build")
    assert status == 1
    assert err == f"error: {seeds / 'nul.txt'}: file is binary (contains NUL bytes), not text\n"
    sheets = {p.stem: yaml.safe_load(p.read_text("utf-8")) for p in sorted((tmp_path / "archive").glob("*.yaml"))}
    assert {sheet_id: data["seed"] for sheet_id, data in sheets.items()} == {
        "etc-passwd": "escape ..%2F..%2F.txt",
        "x-8fb2174030": "🔥 breaking 🔥.txt",
        "report-from-a-b-c": "windows ..\\..\\.txt",
        "turkish-convoy-report-turkish-convoy-report-turkish-convoy": ("n" * 246) + ".txt",
        "cafe-news": "sub/dir/café .. news.txt",
    }
    assert all(ID.match(i) and len(i) <= 60 and sheets[i]["id"] == i for i in sheets)
    # Everything written is under archive/ or docs/, and every path resolves inside them.
    written = [p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(seeds)]
    outside = [p for p in written if not any(p.resolve().is_relative_to((tmp_path / d).resolve()) for d in ("archive", "docs"))]
    assert outside == []
    # Each article's page at its bucketed path (urls.article), nothing else under articles/ but the index.
    articles = tmp_path / "docs" / "articles"
    assert sorted(p.relative_to(tmp_path / "docs").as_posix() for p in articles.rglob("*.md")) == sorted(
        [urls.ARTICLE_INDEX] + [urls.article(i) for i in sheets])
    assert all(len(Path(urls.article(i)).parts) == 3 for i in sheets)  # articles/<bb>/<id>.md: no id made a folder


def test_id_inside_an_existing_sheet_never_becomes_a_path(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    archive = tmp_path / "archive"
    archive.mkdir()
    evil = ("schema_version: 1\nid: ../../outside\ntitle: x\nseed: a.txt\ncontent_hash: " + "0" * 64 +
            "\nextractor: {version: '0', model: m, stages: {}}\n")
    (archive / "evil.yaml").write_text(evil, "utf-8")
    status, _, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive))
    assert (status, err) == (0, "")
    assert (archive / "evil.yaml").read_text("utf-8") == evil
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.yaml")) == [
        "archive/.machine/storm-hits-ankara.yaml", "archive/evil.yaml", "archive/storm-hits-ankara.yaml"]


def test_bad_run_leaves_every_existing_sheet_byte_identical(tmp_path, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    archive = tmp_path / "archive"
    assert _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive))[0] == 0
    # An editor's sheet, a sheet whose seed has gone, an invalid sheet, corrections: all must survive.
    edited = (archive / "storm-hits-ankara.yaml").read_text("utf-8").replace("title: Storm hits Ankara", "title: Storm hits Ankara hard")
    (archive / "storm-hits-ankara.yaml").write_text(edited, "utf-8")
    (archive / "retired.yaml").write_text(edited.replace("id: storm-hits-ankara", "id: retired").replace("seed: a.txt", "seed: gone.txt"), "utf-8")
    (archive / "broken.yaml").write_text("id: [unclosed\n", "utf-8")
    (archive / "corrections.yaml").write_text("reject: [ankara]\n", "utf-8")
    os.chmod(archive / "retired.yaml", 0o644)
    before = _tree(archive)
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (seeds / "dup.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    (seeds / "broken.txt").write_text(_story("Broken"), "utf-8")  # its id is taken by the invalid sheet
    (seeds / "corrections.txt").write_text(_story("Corrections"), "utf-8")  # its id is reserved
    status, out, err = _run(capsys, "extract", "--seeds", str(seeds), "--archive", str(archive), "--force")
    assert status == 1
    assert err.splitlines()[:3] == [
        f"error: {seeds / 'empty.txt'}: file is empty",
        f"error: {seeds / 'photo.txt'}: file is binary (contains NUL bytes), not text",
        f"error: {archive / 'broken.yaml'}: not a readable fact sheet (see `python build.py check`), "
        "so seed broken.txt, whose id it is, was not extracted over it",
    ]
    assert err.splitlines()[3:] == [
        f"notice: {seeds / 'dup.txt'}: same bytes as {seeds / 'a.txt'}; extracted once, from {seeds / 'a.txt'}"]
    assert re.sub(r"\(\d+\.\d s\)", "(T s)", out).splitlines() == [
        f"new: {archive / 'corrections-732b99.yaml'} (from corrections.txt)",
        "extract: 1 sheet written, 1 re-extracted with no change, 1 duplicate not extracted; "
        f"to check, listed above: 3 errors (T s) -> {archive}/"]
    after = _tree(archive)
    del before[".extracted.json"]  # the extractor's own record of what it wrote: it grows
    assert {name: after[name] for name in before} == before
    assert sorted(set(after) - set(before)) == [".extracted.json", ".machine/corrections-732b99.yaml", "corrections-732b99.yaml"]


def test_check_reports_every_bad_sheet_with_file_and_field(tmp_path, seed_sheet):
    from factarchive.archive import dump

    from .conftest import run_cli

    archive = tmp_path / "archive"
    archive.mkdir()
    good = dump(seed_sheet).replace("id: seed\n", "id: good\n", 1)
    (archive / "good.yaml").write_text(good, "utf-8")
    (archive / "renamed.yaml").write_text(good, "utf-8")  # id does not match its file name
    (archive / "list.yaml").write_text("- just\n- a list\n", "utf-8")
    (archive / "tagged.yaml").write_text("id: !!python/object/apply:os.system ['touch pwned']\n", "utf-8")
    (archive / "extra.yaml").write_text(good.replace("id: good\n", "id: extra\nfavourite: yes\n", 1).replace(
        "reviewed", "x"), "utf-8")
    (archive / "latin1.yaml").write_bytes(good.replace("id: good\n", "id: latin1\n", 1).encode("utf-8") + b"# caf\xe9\n")
    result = run_cli("check", "--archive", str(archive))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {archive / 'extra.yaml'}: Additional properties are not allowed ('favourite' was unexpected)",
        f"error: {archive / 'latin1.yaml'}: cannot be read ('utf-8' codec can't decode byte 0xe9 in position "
        f"{len(good.encode('utf-8')) + 7}: invalid continuation byte)",
        f"error: {archive / 'list.yaml'}: expected a mapping of fields, got list",
        f"error: {archive / 'renamed.yaml'}: field 'id' expected the file name's id 'renamed', got 'good'",
        f"error: {archive / 'tagged.yaml'}: is not valid YAML at line 1, column 5: could not determine a constructor "
        "for the tag 'tag:yaml.org,2002:python/object/apply:os.system'",
    ]
    assert result.stdout == f"check: 1 fact sheets valid, 5 invalid in {archive}/\n"
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()
