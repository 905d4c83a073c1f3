"""MkDocs in passes (factarchive/site/mkdocs_build.py): a site built a few pages per MkDocs run, clean or incremental,
is the site one run builds, byte for byte; each run renders only its slice (what bounds MkDocs' memory)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from factarchive.archive import write_sheet
from factarchive.cli import main
from factarchive.site import mkdocs_build

from .sheet_helpers import article

ROOT = Path(__file__).resolve().parent.parent


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _docs(tmp_path: Path, *sheets) -> Path:
    """Generate docs/ for these sheets (no MkDocs build)."""
    (tmp_path / "archive").mkdir(exist_ok=True)
    manifest: dict[str, str] = {}
    for sheet in sheets:
        write_sheet(tmp_path / "archive", sheet, manifest)
    assert main(["site", "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"),
                 "--site-dir", str(tmp_path / "unused"), "--no-progress", "--no-build"]) == 0
    return tmp_path / "docs"


class _Bar:
    made: list["_Bar"] = []

    def __init__(self, total):
        self.total, self.done = total, 0
        _Bar.made.append(self)

    def update(self, n):
        self.done += n

    def close(self):
        pass


@pytest.mark.parametrize("offline", [False, True], ids=["online", "offline"])
def test_a_site_built_in_passes_is_the_site_one_pass_builds(tmp_path, capsys, offline):
    docs = _docs(tmp_path, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"),
                 article("c", "Talks end", published=None))
    capsys.readouterr()
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    one = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "one", offline=offline, pages_per_pass=0)
    assert (one.ok, one.mode) == (True, "clean"), one.output
    _Bar.made.clear()
    passes = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "passes", offline=offline,
                                     pages_per_pass=4, progress=_Bar)
    assert (passes.ok, passes.mode) == (True, "clean"), passes.output
    n_passes = -(-len(pages) // 4)
    assert n_passes >= 3
    # Every pass reads every page and renders its own four.
    assert [(b.total, b.done) for b in _Bar.made] == [(n_passes * len(pages) + len(pages),) * 2]
    one_tree, passes_tree = _tree(tmp_path / "one"), _tree(tmp_path / "passes")
    assert sorted(passes_tree) == sorted(one_tree)
    assert [p for p in one_tree if one_tree[p] != passes_tree[p]] == []


def test_an_incremental_build_in_passes_equals_a_clean_one(tmp_path, capsys):
    docs = _docs(tmp_path, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"))
    result = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pages_per_pass=3)
    assert (result.ok, result.mode) == (True, "clean"), result.output
    # A new article and a changed one: many pages change (indexes, entity pages), more than one pass holds.
    _docs(tmp_path, article("b", "Talks begin again", published="2020-03-04", vehicles=31),
          article("d", "A fourth story", published="2020-04-01", vehicles=12))
    capsys.readouterr()
    stale = [src for src in sorted(mkdocs_build.docs_snapshot(docs)) if src.endswith(".md")
             and mkdocs_build._is_modified(docs, tmp_path / "site", src, True)]
    assert len(stale) > 3
    _Bar.made.clear()
    result = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pages_per_pass=3, progress=_Bar)
    assert (result.ok, result.mode) == (True, "incremental"), result.output
    pages = sum(1 for _ in docs.rglob("*.md"))
    assert [b.total for b in _Bar.made] == [-(-len(stale) // 3) * pages + len(stale)]
    clean = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "clean", pages_per_pass=0)
    assert clean.ok, clean.output
    site, expected = _tree(tmp_path / "site"), _tree(tmp_path / "clean")
    assert sorted(site) == sorted(expected)
    assert [p for p in expected if expected[p] != site[p]] == []
    assert mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pages_per_pass=3).mode == "unchanged"


def test_a_failed_pass_leaves_no_placeholder_and_the_next_build_is_clean(tmp_path, capsys):
    docs = _docs(tmp_path, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"))
    capsys.readouterr()
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    broken = pages[0]  # the first pass fails (a link to no page fails --strict): later passes never run
    (docs / broken).write_text((docs / broken).read_text("utf-8") + "\n[gone](no-such-page.md)\n", "utf-8")
    result = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pages_per_pass=2)
    assert not result.ok
    assert "no-such-page.md" in result.output
    assert [p for p, data in _tree(tmp_path / "site").items() if not data] == []
    (docs / broken).write_text((docs / broken).read_text("utf-8").replace("\n[gone](no-such-page.md)\n", ""), "utf-8")
    again = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site", pages_per_pass=2)
    assert (again.ok, again.mode) == (True, "clean"), again.output


def _anchor_site(tmp_path: Path) -> tuple[Path, Path]:
    """Four pages, one a pass at pages_per_pass=1: a.md links to c.md's anchors (a later pass), d.md to a.md's
    (an earlier pass), b.md to itself; one link of each pair is broken."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text("site_name: Anchors\ntheme: mkdocs\nplugins: []\n"
                                         "validation:\n  links:\n    anchors: warn\n", "utf-8")
    pages = {"a.md": "# A\n\n[good](c.md#there) [bad](c.md#gone)\n",
             "b.md": "# B\n\n[self](#b) [self, bad](#no-b)\n",
             "c.md": "# C\n\n## There\n",
             "d.md": "# D\n\n[bad](a.md#nowhere) [good](a.md#a)\n"}
    for name, text in pages.items():
        (tmp_path / "docs" / name).write_text(text, "utf-8")
    return tmp_path / "mkdocs.yml", tmp_path / "docs"


ANCHOR_WARNINGS = [
    "WARNING -  Doc file 'a.md' contains a link 'c.md#gone', but the doc 'c.md' does not contain an anchor '#gone'.",
    "WARNING -  Doc file 'b.md' contains a link '#no-b', but there is no such anchor on this page.",
    "WARNING -  Doc file 'd.md' contains a link 'a.md#nowhere', but the doc 'a.md' does not contain an anchor "
    "'#nowhere'.",
]


def _warnings(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.startswith("WARNING"))


@pytest.mark.parametrize("per_pass", [0, 1, 2], ids=["one-pass", "a-page-a-pass", "two-pages-a-pass"])
@pytest.mark.parametrize("bar", [False, True], ids=["quiet", "progress-bar"])
def test_a_broken_anchor_is_reported_whichever_pass_renders_its_page(tmp_path, monkeypatch, per_pass, bar):
    config, docs = _anchor_site(tmp_path)
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # where the passes leave each other anchors
    result = mkdocs_build.run_mkdocs(config, docs, tmp_path / "site", strict=False, pages_per_pass=per_pass,
                                     progress=_Bar if bar else None)
    assert (result.ok, result.mode) == (True, "clean"), result.output
    # MkDocs' own lines, the same in one pass and across passes; the good links (to c.md#there, a.md#a and
    # b.md's own heading) are not reported; with the progress bar (mkdocs --verbose) too.
    assert _warnings(result.output) == ANCHOR_WARNINGS
    assert not list(docs.parent.glob(".mkdocs-factarchive-*"))  # the derived config goes, and the passes' file:
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_broken_anchor_across_passes_fails_a_strict_build_as_within_one(tmp_path):
    config, docs = _anchor_site(tmp_path)
    (docs / "b.md").write_text("# B\n", "utf-8")
    (docs / "d.md").write_text("# D\n\n[good](a.md#a)\n", "utf-8")
    one = mkdocs_build.run_mkdocs(config, docs, tmp_path / "one", pages_per_pass=0)
    passes = mkdocs_build.run_mkdocs(config, docs, tmp_path / "passes", pages_per_pass=1)
    assert (one.ok, passes.ok) == (False, False)
    for result in (one, passes):
        assert _warnings(result.output) == ANCHOR_WARNINGS[:1]
        assert "Aborted with 1 warnings in strict mode!" in result.output
    (docs / "a.md").write_text("# A\n\n[good](c.md#there)\n", "utf-8")
    again = mkdocs_build.run_mkdocs(config, docs, tmp_path / "passes", pages_per_pass=1)
    assert (again.ok, _warnings(again.output)) == (True, []), again.output
