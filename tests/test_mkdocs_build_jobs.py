"""MkDocs passes side by side (factarchive/site/mkdocs_build.py, mkdocs_passes.py; issue #14): ``jobs`` passes
at a time build the site one pass builds, byte for byte; passes are cut by Markdown bytes; only the lead pass
writes what is not a page; a failed pass fails the build and writes no state; anchors are checked across passes."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from factarchive.archive import write_sheet
from factarchive.cli import main, parser
from factarchive.site import mkdocs_build, mkdocs_passes
from factarchive.site.mkdocs_output import STATE

from .sheet_helpers import article
from .test_mkdocs_build_passes import ANCHOR_WARNINGS, _anchor_site, _Bar, _docs, _tree, _warnings

ROOT = Path(__file__).resolve().parent.parent


def _differences(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(set(a) ^ set(b)) + [p for p in sorted(set(a) & set(b)) if a[p] != b[p]]


# --------------------------------------------------------------------------- cutting the passes


def test_passes_are_cut_equal_in_bytes_in_sorted_order():
    pages = ["a.md", "b.md", "c.md", "d.md", "e.md", "f.md"]
    sizes = {"a.md": 10, "b.md": 10, "c.md": 40, "d.md": 10, "e.md": 10, "f.md": 20}
    assert mkdocs_passes.plan_passes(pages, sizes, pass_bytes=50) == [["a.md", "b.md", "c.md"],
                                                                    ["d.md", "e.md", "f.md"]]
    # Cut where the running total passes each share (33 and 67 bytes of 100): no page is split.
    assert mkdocs_passes.plan_passes(pages, sizes, pass_bytes=35) == [["a.md", "b.md", "c.md"], ["d.md"],
                                                                    ["e.md", "f.md"]]
    # Everything fits one pass: one MkDocs run, as it decides.
    assert mkdocs_passes.plan_passes(pages, sizes, pass_bytes=100) == []
    assert mkdocs_passes.plan_passes([], {}, pass_bytes=1) == []


def test_small_pages_make_fewer_passes_than_a_page_count_would():
    pages = [f"p{i:03d}.md" for i in range(300)]
    small = {src: 1_000 for src in pages}
    large = {src: 20_000 for src in pages}
    assert len(mkdocs_passes.plan_passes(pages, small, pass_bytes=100_000)) == 3
    assert len(mkdocs_passes.plan_passes(pages, large, pass_bytes=100_000)) == 60
    # By page count when asked (FACTARCHIVE_PAGES_PER_PASS): at most that many a pass, as equal as they come.
    assert [len(c) for c in mkdocs_passes.plan_passes(pages, large, pages_per_pass=120)] == [100, 100, 100]
    assert mkdocs_passes.plan_passes(pages, large, pages_per_pass=0) == []


def test_with_jobs_the_passes_are_a_multiple_of_the_jobs_and_large_enough_work_is_split():
    pages = [f"p{i}.md" for i in range(10)]
    sizes = {src: 2**20 for src in pages}  # 10 MB: more than SPLIT_FOR_JOBS_BYTES
    assert [len(c) for c in mkdocs_passes.plan_passes(pages, sizes, jobs=2, pass_bytes=100 * 2**20)] == [5, 5]
    assert [len(c) for c in mkdocs_passes.plan_passes(pages, sizes, jobs=2, pass_bytes=3 * 2**20)] == [3, 2, 3, 2]
    tiny = {src: 100 for src in pages}  # not worth a second process
    assert mkdocs_passes.plan_passes(pages, tiny, jobs=2, pass_bytes=100 * 2**20) == []


def test_pages_only_the_lead_may_write_go_to_the_first_pass():
    pages = ["404.md", "a.md", "b.md", "c.md", "d.md"]
    sizes = dict.fromkeys(pages, 10)
    assert mkdocs_passes.plan_passes(pages, sizes, pass_bytes=20, lead=["404.md", "d.md"]) == [
        ["404.md", "a.md", "d.md"], ["b.md", "c.md"]]


def test_the_byte_budget_shares_the_memory_budget_among_the_jobs():
    base = mkdocs_passes.PASS_BASE_MB + mkdocs_passes.PASS_BASE_MB_PER_1000_FILES * 10
    for jobs in (1, 2):
        budget = mkdocs_passes.pass_bytes_for(jobs, 10_000, held_mb=100)
        rss = 100 + jobs * (base + budget / 2**20 * mkdocs_passes.RSS_PER_MARKDOWN_MB)
        assert mkdocs_passes.MEMORY_BUDGET_MB - 1 < rss <= mkdocs_passes.MEMORY_BUDGET_MB


def test_where_the_listing_fills_the_budget_a_pass_is_large_enough_to_pay_for_it():
    budget = mkdocs_passes.pass_bytes_for(2, 600_000, held_mb=900)
    fixed = mkdocs_passes.CPU_PER_1000_FILES * 600
    share = fixed / (fixed + budget / 2**20 * mkdocs_passes.CPU_PER_MARKDOWN_MB)
    assert share == pytest.approx(mkdocs_passes.FIXED_SHARE, rel=1e-3)
    assert mkdocs_passes.pass_bytes_for(64, 1_000, held_mb=5_000) == mkdocs_passes.MIN_PASS_BYTES


# --------------------------------------------------------------------------- the same site, whatever the jobs


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("jobs")
    return _docs(tmp, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"),
                 article("c", "Talks end", published=None), article("d", "A fourth story", published="2021-05-06"))


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_two_jobs_build_the_site_one_job_and_one_pass_build(docs, tmp_path, offline):
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    one = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "one", offline=offline, pages_per_pass=0)
    assert (one.ok, one.mode) == (True, "clean"), one.output
    sites = {}
    for jobs in (1, 2):
        _Bar.made.clear()
        result = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / f"jobs{jobs}", offline=offline,
                                         pass_bytes=4_000, jobs=jobs, progress=_Bar)
        assert (result.ok, result.mode) == (True, "clean"), result.output
        n_passes = len(mkdocs_passes.plan_passes(pages, {p: (docs / p).stat().st_size for p in pages},
                                                 jobs=jobs, pass_bytes=4_000))
        assert n_passes >= 4
        # Every pass reads every page and renders its own.
        assert [(b.total, b.done) for b in _Bar.made] == [(n_passes * len(pages) + len(pages),) * 2]
        sites[jobs] = _tree(tmp_path / f"jobs{jobs}")
    expected = _tree(tmp_path / "one")
    assert _differences(sites[1], expected) == []
    assert _differences(sites[2], expected) == []


def test_an_incremental_build_with_two_jobs_equals_a_clean_one(tmp_path):
    docs = _docs(tmp_path, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"))
    first = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pass_bytes=3_000, jobs=2)
    assert (first.ok, first.mode) == (True, "clean"), first.output
    _docs(tmp_path, article("b", "Talks begin again", published="2020-03-04", vehicles=31),
          article("d", "A fourth story", published="2020-04-01", vehicles=12))
    stale = [src for src in sorted(mkdocs_build.docs_snapshot(docs)) if src.endswith(".md")
             and mkdocs_build._is_modified(docs, tmp_path / "site", src, True)]
    sizes = {src: (docs / src).stat().st_size for src in stale}
    assert len(mkdocs_passes.plan_passes(stale, sizes, jobs=2, pass_bytes=3_000)) >= 2
    again = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pass_bytes=3_000, jobs=2)
    assert (again.ok, again.mode) == (True, "incremental"), again.output
    clean = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "clean", pages_per_pass=0)
    assert clean.ok, clean.output
    assert _differences(_tree(tmp_path / "site"), _tree(tmp_path / "clean")) == []
    assert mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", jobs=2).mode == "unchanged"


def test_a_pass_other_than_the_lead_writes_its_pages_and_nothing_else(tmp_path):
    """What makes passes safe side by side: with PAGES_ONLY_ENV, MkDocs writes the pages on its list, and no
    theme file, copied file, 404 page, sitemap or shell."""
    (tmp_path / "docs" / "sub").mkdir(parents=True)
    for name in ("index.md", "a.md", "sub/b.md", "sub/c.md"):
        (tmp_path / "docs" / name).write_text(f"# {name}\n", "utf-8")
    (tmp_path / "docs" / "data.json").write_text("{}", "utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Only pages\ntheme: mkdocs\nplugins: []\n", "utf-8")
    listing = tmp_path / "modified.json"
    listing.write_text(json.dumps({"docs": str(tmp_path / "docs"), "modified": ["a.md", "sub/c.md"]}), "utf-8")
    env = {**os.environ, mkdocs_build.MODIFIED_ENV: str(listing), mkdocs_build.PAGES_ONLY_ENV: "1",
           "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-c", mkdocs_build._WRAPPER, "build", "--dirty", "-f", str(tmp_path / "mkdocs.yml"),
                    "-d", str(tmp_path / "site")], env=env, check=True, capture_output=True, cwd=tmp_path)
    assert sorted(_tree(tmp_path / "site")) == ["a/index.html", "sub/c/index.html"]
    # The lead (no PAGES_ONLY_ENV) writes its pages and everything else: here the copied file and the theme's.
    env.pop(mkdocs_build.PAGES_ONLY_ENV)
    listing.write_text(json.dumps({"docs": str(tmp_path / "docs"), "modified": ["index.md", "data.json"]}), "utf-8")
    subprocess.run([sys.executable, "-c", mkdocs_build._WRAPPER, "build", "--dirty", "-f", str(tmp_path / "mkdocs.yml"),
                    "-d", str(tmp_path / "lead")], env=env, check=True, capture_output=True, cwd=tmp_path)
    lead = set(_tree(tmp_path / "lead"))
    assert {"index.html", "data.json", "404.html", "sitemap.xml", "sitemap.xml.gz"} <= lead
    assert not lead & {"a/index.html", "sub/b/index.html", "sub/c/index.html"}


# --------------------------------------------------------------------------- failures and anchors


def test_a_broken_page_in_a_later_pass_fails_the_build_with_its_message_and_writes_no_state(tmp_path, capsys):
    docs = _docs(tmp_path, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"))
    capsys.readouterr()
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    sizes = {p: (docs / p).stat().st_size for p in pages}
    passes = mkdocs_passes.plan_passes(pages, sizes, jobs=2, pass_bytes=3_000)
    assert len(passes) >= 4
    broken = passes[-1][0]  # a pages-only pass, not the lead
    (docs / broken).write_text((docs / broken).read_text("utf-8") + "\n[gone](no-such-page.md)\n", "utf-8")
    state = (docs / STATE).read_bytes() if (docs / STATE).exists() else None
    result = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pass_bytes=3_000, jobs=2)
    assert not result.ok
    assert f"Doc file '{broken}' contains a link 'no-such-page.md'" in result.output
    assert "Aborted with 1 warnings in strict mode!" in result.output
    assert ((docs / STATE).read_bytes() if (docs / STATE).exists() else None) == state
    assert str(tmp_path / "site") not in json.loads(state or b"{}")
    (docs / broken).write_text((docs / broken).read_text("utf-8").replace("\n[gone](no-such-page.md)\n", ""), "utf-8")
    again = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pass_bytes=3_000, jobs=2)
    assert (again.ok, again.mode) == (True, "clean"), again.output
    assert str(tmp_path / "site") in json.loads((docs / STATE).read_text("utf-8"))


@pytest.mark.parametrize("pass_bytes", [1, 70], ids=["a-page-a-pass", "two-pages-a-pass"])
def test_a_broken_anchor_across_passes_side_by_side_is_reported_and_fails_a_strict_build(tmp_path, monkeypatch,
                                                                                        pass_bytes):
    config, docs = _anchor_site(tmp_path)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # where the passes leave their anchors
    result = mkdocs_build.run_mkdocs(config, docs, tmp_path / "site", strict=False, pass_bytes=pass_bytes, jobs=2)
    assert (result.ok, result.mode) == (True, "clean"), result.output
    assert _warnings(result.output) == ANCHOR_WARNINGS
    assert list((tmp_path / "tmp").iterdir()) == []
    (docs / "b.md").write_text("# B\n", "utf-8")
    strict = mkdocs_build.run_mkdocs(config, docs, tmp_path / "strict", pass_bytes=pass_bytes, jobs=2)
    assert not strict.ok
    assert _warnings(strict.output) == [ANCHOR_WARNINGS[0], ANCHOR_WARNINGS[2]]
    # One MkDocs' own "Aborted" line: the check across passes (a page a pass), or the pass holding a.md and c.md
    # (two passes), whose failure does not hide the broken link the other pass left.
    aborted = [line for line in strict.output.splitlines() if line.startswith("Aborted with")]
    assert aborted == ["Aborted with 2 warnings in strict mode!" if pass_bytes == 1 else
                       "Aborted with 1 warnings in strict mode!"]
    assert STATE not in {p.name for p in docs.iterdir()} or str(tmp_path / "strict") not in json.loads(
        (docs / STATE).read_text("utf-8"))


def test_anchors_left_by_passes_are_checked_against_every_pass(tmp_path):
    first, second = tmp_path / "0.json", tmp_path / "1.json"
    first.write_text(json.dumps({"ids": {"a.md": ["a", "top"]}, "links": [
        ["a.md", "c.md", "there", "c.md#there", logging.WARNING],
        ["a.md", "c.md", "gone", "c.md#gone", logging.WARNING],
        ["a.md", "z.md", "any", "z.md#any", logging.WARNING]]}), "utf-8")  # z.md rendered by no pass
    second.write_text(json.dumps({"ids": {"c.md": ["c", "there"]}, "links": [
        ["c.md", "a.md", "nowhere", "a.md#nowhere", logging.INFO]]}), "utf-8")
    broken = mkdocs_passes.check_anchors([str(first), str(second), str(tmp_path / "never-written.json")])
    assert broken == [
        (logging.WARNING, "Doc file 'a.md' contains a link 'c.md#gone', but the doc 'c.md' does not contain an "
                          "anchor '#gone'."),
        (logging.INFO, "Doc file 'c.md' contains a link 'a.md#nowhere', but the doc 'a.md' does not contain an "
                       "anchor '#nowhere'.")]
    assert mkdocs_passes.anchor_report(broken, strict=True) == (1, [
        f"WARNING -  {broken[0][1]}\n", f"INFO    -  {broken[1][1]}\n", "Aborted with 1 warnings in strict mode!\n"])
    assert mkdocs_passes.anchor_report(broken, strict=False) == (0, [f"WARNING -  {broken[0][1]}\n",
                                                                     f"INFO    -  {broken[1][1]}\n"])


# --------------------------------------------------------------------------- the command line


def test_jobs_is_the_sites_option_too():
    def parsed(*argv):
        return vars(parser().parse_args(argv))["jobs"]

    assert (parsed("site"), parsed("site", "--jobs", "3"), parsed("--jobs", "2", "site"), parsed("--jobs", "2"),
            parsed("extract", "--jobs", "4")) == (1, 3, 2, 2, 4)


def test_build_py_site_passes_its_jobs_to_mkdocs(tmp_path, monkeypatch, capsys):
    seen = {}

    def fake(config, docs, site, **kwargs):
        seen.update(kwargs)
        return mkdocs_build.BuildResult(0, "", mode="clean")

    monkeypatch.setattr(mkdocs_build, "run_mkdocs", fake)
    (tmp_path / "archive").mkdir()
    write_sheet(tmp_path / "archive", article("a", "Vehicles cross"), {})
    assert main(["site", "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"),
                 "--site-dir", str(tmp_path / "site"), "--no-progress", "--jobs", "2"]) == 0
    assert seen["jobs"] == 2
