"""Crashes and determinism: `kill -9` mid-extraction and mid-page-generation, then byte-identical rebuilds.

A real build subprocess works on a folder of varied seeds (templated from
small inline texts) and is killed with SIGKILL at an exact point of its output:
just after its Nth file lands in a folder, or with the Nth written but not yet
renamed into place. The process kills itself there (a wrapper around
``os.replace``, the rename every write in the package ends with), so the point
is the same on every run, however slow or loaded the machine: a test that polled
the folder from outside and killed "soon after" raced the process, which could
finish first (issue 12). Every fact sheet left behind must parse, validate and
be either the old or the new version; the next run must finish the job exactly
as an uninterrupted run would have.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from factarchive.archive import load
from factarchive.site import urls

from .conftest import ROOT
from .trees import tree

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
    """Every file under ``root`` by path, but the build's caches (tests/trees.py: the site's catalog, the
    search tables, the MkDocs wrapper's record of file times), none of them published nor part of the record."""
    return tree(root)


# Runs factarchive's command line in a process that SIGKILLs itself at the Nth rename into one folder (or, with
# subfolders, into it or any folder under it): "after" the rename (N files landed), or "before" it (the Nth file
# written to its temporary name, not renamed).
KILL_AT = """
import os, signal, sys
folder, nth, when = os.path.realpath(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
subfolders = sys.argv[5] == "1"
rename, renamed = os.replace, 0

def replace(src, dst, *args, **kwargs):
    global renamed
    into = os.path.dirname(os.path.realpath(dst))
    here = into == folder or (subfolders and into.startswith(folder + os.sep))
    renamed += here
    if here and renamed == nth and when == "before":
        os.kill(os.getpid(), signal.SIGKILL)
    rename(src, dst, *args, **kwargs)
    if here and renamed == nth and when == "after":
        os.kill(os.getpid(), signal.SIGKILL)

os.replace = replace
sys.path.insert(0, sys.argv[4])
from factarchive.cli import main
sys.exit(main(sys.argv[6:]))
"""


def kill_at(args: list[str], folder: Path, nth: int, when: str, subfolders: bool = False) -> None:
    """Run ``build.py <args>``, killed by SIGKILL at the ``nth`` rename into ``folder`` (``when``: "before"/"after");
    with ``subfolders``, a rename into any folder under it counts too (article pages are in bucket folders)."""
    result = subprocess.run([sys.executable, "-c", KILL_AT, str(folder), str(nth), when, str(ROOT),
                             "1" if subfolders else "0", *args],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == -signal.SIGKILL, (  # finished, or failed, before the nth rename
        f"build.py {' '.join(args[:1])} exited with status {result.returncode} before rename {nth} into {folder.name}/:\n"
        + result.stdout + result.stderr)


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


def _assert_old_or_new(archive: Path, root: Path) -> dict[str, str]:
    """Every sheet parses, validates and is byte for byte the old or the new one; returns which ("old", "new") by path."""
    old, new = files(root / "old" / "archive"), files(root / "new" / "archive")
    got = files(archive)
    visible = sorted(n for n in got if not Path(n).name.startswith("."))
    assert visible == sorted(n for n in new if not Path(n).name.startswith("."))
    which = {}
    for name in visible:
        load(archive / name)  # raises on a truncated or invalid sheet
        assert got[name] in (old[name], new[name]), name
        which[name] = "new" if got[name] == new[name] else "old"
    leftovers = [n for n in got if n.endswith(".tmp")]
    assert all(Path(n).name.startswith(".") for n in leftovers)  # write_atomic's temp files are hidden from readers
    return which


@pytest.mark.issue(12)
@pytest.mark.parametrize(("nth", "when"), [(1, "after"), (SEEDS // 2, "before"), (SEEDS - 5, "after")])
def test_kill_during_extraction_leaves_old_or_new_sheets_and_the_rerun_finishes(builds, tmp_path, nth, when):
    root = builds
    archive = tmp_path / "archive"
    shutil.copytree(root / "old" / "archive", archive)
    kill_at(["extract", "--seeds", str(root / "seeds-v2"), "--archive", str(archive)], archive, nth, when)
    which = [w for name, w in _assert_old_or_new(archive, root).items() if "/" not in name]  # the sheets, not .machine/
    landed = nth if when == "after" else nth - 1
    assert (which.count("new"), which.count("old")) == (landed, SEEDS - landed)  # killed exactly there
    temps = [p.name for p in archive.iterdir() if p.name.endswith(".tmp")]
    assert len(temps) == (1 if when == "before" else 0), temps  # the sheet caught mid-write: a hidden temp file
    # The next run repairs everything: same bytes as the run that was never killed.
    build("extract", "--seeds", str(root / "seeds-v2"), "--archive", str(tmp_path / "archive"))
    assert files(tmp_path / "archive") == files(root / "new" / "archive")


@pytest.mark.issue(12)
@pytest.mark.parametrize(("nth", "when"), [(5, "after"), (100, "before")])
def test_kill_during_page_generation_leaves_whole_pages_and_sheets(builds, tmp_path, nth, when):
    root = builds
    shutil.copytree(root / "new" / "archive", tmp_path / "archive")
    shutil.copytree(root / "old" / "docs", tmp_path / "docs")
    old_docs, new_docs = files(root / "old" / "docs"), files(root / "new" / "docs")
    kill_at(["site", "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"), "--no-build"],
            tmp_path / "docs" / "articles", nth, when, subfolders=True)
    assert files(tmp_path / "archive") == files(root / "new" / "archive")
    got = files(tmp_path / "docs")
    torn = [n for n, data in got.items() if not Path(n).name.startswith(".") and data not in (old_docs.get(n), new_docs.get(n))]
    assert torn == []
    # Killed exactly there: a file is renamed only when its bytes changed, so the pages that landed are those renames:
    # articles/index.md and the pages and twins in the bucket folders articles/<bb>/ (urls.article).
    assert Path(urls.article("x")).parent.parent == Path("articles")
    in_articles = [n for n in got if Path(n).parts[0] == "articles" and not Path(n).name.startswith(".")]
    assert {len(Path(n).parts) for n in in_articles} == {2, 3}  # the index, and the bucketed pages
    landed = [n for n in in_articles if got[n] != old_docs.get(n)]
    assert len(landed) == (nth if when == "after" else nth - 1)
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
    """Files are written only by fsutil.write_atomic, and the CSVs streamed from archive.db to a temporary file renamed
    into place (database.write_csv_files); the MkDocs config temp file and the passes' anchor file aside: temporary
    files, deleted after use (the anchor file by the MkDocs wrapper, code in a string at module level); and the
    search tables, a cache whose state file is renamed into place last (search_tables)."""
    import ast

    writes = re.compile(r"\.write_(text|bytes)\(|\bopen\([^)]*['\"][wax]b?['\"]|os\.(fdopen|write)\(|shutil\.(copy\w*|move)\(")
    found = []
    for path in sorted((ROOT / "factarchive").rglob("*.py")):
        text = path.read_text("utf-8")
        functions = [n for n in ast.walk(ast.parse(text)) if isinstance(n, ast.FunctionDef)]
        for number, line in enumerate(text.splitlines(), start=1):
            if writes.search(line):
                # Name the innermost function that writes, not a line number that any edit moves.
                owners = [f for f in functions if f.lineno <= number <= f.end_lineno]
                owner = min(owners, key=lambda f: f.end_lineno - f.lineno).name if owners else "<module>"
                found.append(f"{path.relative_to(ROOT).as_posix()}::{owner}")
    assert found == ["factarchive/fsutil.py::write_atomic", "factarchive/site/database.py::write_csv_files",
                     "factarchive/site/mkdocs_build.py::<module>",
                     "factarchive/site/mkdocs_build.py::run_mkdocs",
                     # The search tables (a cache): removed when a build starts, their 'state' file renamed into
                     # place last, so a build killed in between leaves no state and the next starts from nothing.
                     "factarchive/site/search_tables.py::_compute", "factarchive/site/search_tables.py::save"]
