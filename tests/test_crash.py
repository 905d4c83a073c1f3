"""Crashes and determinism: `kill -9` mid-extraction and mid-page-generation, then byte-identical rebuilds.

A real `build.py` subprocess works on a folder of varied seeds (templated from
small inline texts) and is killed with SIGKILL once it has written part of its
output. Every fact sheet left behind must parse, validate and be either the
old or the new version; the next run must finish the job exactly as an
uninterrupted run would have.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factarchive.archive import load

from .conftest import ROOT

PEOPLE = ["Recep Tayyip Erdogan", "Vladimir Putin", "Angela Merkel", "Emmanuel Macron", "Joe Biden", "Xi Jinping"]
PLACES = ["Ankara", "Moscow", "Berlin", "Paris", "Washington", "Beijing", "Istanbul", "Idlib"]
ORGS = ["the United Nations", "NATO", "the European Union", "the World Bank"]
TOPICS = ["trade talks", "a ceasefire", "energy prices", "a new bridge", "refugee aid", "grain exports"]


def seed_text(n: int, version: int = 1) -> str:
    """A small, varied wire story; ``version`` changes its figures, so a re-extraction rewrites the sheet."""
    person, other = PEOPLE[n % len(PEOPLE)], PEOPLE[(n + 2) % len(PEOPLE)]
    place, city = PLACES[n % len(PLACES)], PLACES[(n + 3) % len(PLACES)]
    org, topic = ORGS[n % len(ORGS)], TOPICS[n % len(TOPICS)]
    count = 10 * n + version
    return (
        f"{person} discusses {topic} in {place} ({n})\nDaily Wire\n\n"
        f"{person} met {other} in {place} on Monday to discuss {topic}, officials said.\n\n"
        f"{org.capitalize()} said {count} delegates attended the meeting in {city}.\n\n"
        f"Nearly {count * 1000} people protested outside, police in {place} said.\n\n"
        f"{other} later flew to {city}, where {org} has an office with {count + 7} staff.\n\n"
        f"The talks will continue in {PLACES[(n + 5) % len(PLACES)]} next month, {org} said.\n"
    )


def write_seeds(folder: Path, count: int, version: int = 1, reverse: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for n in sorted(range(count), reverse=reverse):
        (folder / f"story-{n:03d}.txt").write_text(seed_text(n, version), "utf-8")


def build(*args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([sys.executable, str(ROOT / "build.py"), *args], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def mtimes(folder: Path) -> dict[str, int]:
    """Modification times of the visible files (temp files come and go while we look)."""
    found = {}
    with os.scandir(folder) as entries:
        for entry in entries:
            if not entry.name.startswith("."):
                try:
                    found[entry.name] = entry.stat().st_mtime_ns
                except FileNotFoundError:
                    continue
    return found


def kill_when(cmd: list[str], folder: Path, written: int) -> int:
    """Start ``cmd``; SIGKILL it once ``written`` files in ``folder`` have changed. Returns how many had."""
    before = mtimes(folder)
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while proc.poll() is None:
            now = mtimes(folder)
            changed = sum(1 for name, t in now.items() if before.get(name) != t)
            if changed >= written:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                return changed
            time.sleep(0.002)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    pytest.fail(f"{cmd[2]} finished (status {proc.returncode}) before {written} files in {folder.name}/ changed")


SEEDS = 60


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """An old build (version 1 seeds) and the new archive an uninterrupted run makes of version 2 seeds."""
    root = tmp_path_factory.mktemp("crash")
    write_seeds(root / "seeds-v1", SEEDS, 1)
    write_seeds(root / "seeds-v2", SEEDS, 2)
    build("--seeds", str(root / "seeds-v1"), "--archive", str(root / "old" / "archive"),
          "--docs-dir", str(root / "old" / "docs"), "--no-build")
    shutil.copytree(root / "old", root / "new")
    build("--seeds", str(root / "seeds-v2"), "--archive", str(root / "new" / "archive"),
          "--docs-dir", str(root / "new" / "docs"), "--no-build")
    old, new = files(root / "old" / "archive"), files(root / "new" / "archive")
    sheets = sorted(n for n in old if "/" not in n and n.endswith(".yaml"))
    assert len(sheets) == SEEDS and all(old[n] != new[n] for n in sheets)  # every sheet really changes
    return root


def _assert_old_or_new(archive: Path, root: Path) -> list[str]:
    """Every sheet parses, validates and is byte for byte the old or the new one; returns which, in name order."""
    old, new = files(root / "old" / "archive"), files(root / "new" / "archive")
    got = files(archive)
    visible = sorted(n for n in got if not Path(n).name.startswith("."))
    assert visible == sorted(n for n in new if not Path(n).name.startswith("."))
    which = []
    for name in visible:
        load(archive / name)  # raises on a truncated or invalid sheet
        assert got[name] in (old[name], new[name]), name
        which.append("new" if got[name] == new[name] else "old")
    leftovers = [n for n in got if n.endswith(".tmp")]
    assert all(Path(n).name.startswith(".") for n in leftovers)  # write_atomic's temp files are hidden from readers
    return which


@pytest.mark.parametrize("written", [1, SEEDS // 2, SEEDS - 5])
def test_kill_during_extraction_leaves_old_or_new_sheets_and_the_rerun_finishes(builds, tmp_path, written):
    root = builds
    shutil.copytree(root / "old" / "archive", tmp_path / "archive")
    cmd = [sys.executable, str(ROOT / "build.py"), "extract", "--seeds", str(root / "seeds-v2"), "--archive", str(tmp_path / "archive")]
    changed = kill_when(cmd, tmp_path / "archive", written)
    which = _assert_old_or_new(tmp_path / "archive", root)
    assert which.count("new") >= changed - 1 and "old" in which  # really killed part-way
    # The next run repairs everything: same bytes as the run that was never killed.
    build("extract", "--seeds", str(root / "seeds-v2"), "--archive", str(tmp_path / "archive"))
    assert files(tmp_path / "archive") == files(root / "new" / "archive")


@pytest.mark.parametrize("written", [5, 100])
def test_kill_during_page_generation_leaves_whole_pages_and_sheets(builds, tmp_path, written):
    root = builds
    shutil.copytree(root / "new" / "archive", tmp_path / "archive")
    shutil.copytree(root / "old" / "docs", tmp_path / "docs")
    old_docs, new_docs = files(root / "old" / "docs"), files(root / "new" / "docs")
    cmd = [sys.executable, str(ROOT / "build.py"), "site", "--archive", str(tmp_path / "archive"),
           "--docs-dir", str(tmp_path / "docs"), "--no-build"]
    kill_when(cmd, tmp_path / "docs" / "articles", written)
    assert files(tmp_path / "archive") == files(root / "new" / "archive")
    got = files(tmp_path / "docs")
    torn = [n for n, data in got.items() if not Path(n).name.startswith(".") and data not in (old_docs.get(n), new_docs.get(n))]
    assert torn == []
    assert any(got.get(n) != new_docs[n] for n in new_docs)  # really killed part-way
    build("site", "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"), "--no-build")
    assert {n: d for n, d in files(tmp_path / "docs").items() if not n.endswith(".tmp")} == new_docs


def test_two_builds_of_the_same_seeds_are_byte_identical(tmp_path):
    """Seeds written in opposite orders, built at different times, with SOURCE_DATE_EPOCH unset: same bytes."""
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    for name, reverse in (("one", False), ("two", True)):
        write_seeds(tmp_path / name / "seeds", 12, reverse=reverse)
        result = subprocess.run(
            [sys.executable, str(ROOT / "build.py"), "--seeds", str(tmp_path / name / "seeds"),
             "--archive", str(tmp_path / name / "archive"), "--docs-dir", str(tmp_path / name / "docs"),
             "--site-dir", str(tmp_path / name / "site"), "--config", str(ROOT / "mkdocs.yml")],
            capture_output=True, text=True, cwd=ROOT, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    for part in ("archive", "docs", "site"):
        one, two = files(tmp_path / "one" / part), files(tmp_path / "two" / part)
        assert sorted(one) == sorted(two), part
        assert [n for n in one if one[n] != two[n]] == [], part
    assert len(files(tmp_path / "one" / "archive")) == 12 * 2 + 1


def test_every_writer_in_the_package_writes_atomically():
    """Files are written only by fsutil.write_atomic (the MkDocs config temp file aside, deleted after use)."""
    import ast

    writes = re.compile(r"\.write_(text|bytes)\(|\bopen\([^)]*['\"][wax]b?['\"]|os\.(fdopen|write)\(|shutil\.(copy\w*|move)\(")
    found = []
    for path in sorted((ROOT / "factarchive").rglob("*.py")):
        text = path.read_text("utf-8")
        functions = [n for n in ast.walk(ast.parse(text)) if isinstance(n, ast.FunctionDef)]
        for number, line in enumerate(text.splitlines(), start=1):
            if writes.search(line):
                # Name the innermost function that writes, not a line number that any edit moves.
                owner = min((f for f in functions if f.lineno <= number <= f.end_lineno), key=lambda f: f.end_lineno - f.lineno)
                found.append(f"{path.relative_to(ROOT).as_posix()}::{owner.name}")
    assert found == ["factarchive/fsutil.py::write_atomic", "factarchive/site/mkdocs_build.py::run_mkdocs"]
