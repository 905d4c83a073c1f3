"""MkDocs in passes (factarchive/site/mkdocs_build.py): a site built a few pages per MkDocs run, clean or incremental,
is the site one run builds, byte for byte; each run renders only its slice (what bounds MkDocs' memory)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factarchive.archive import write_sheet
from factarchive.cli import main
from factarchive.site import mkdocs_build

from .test_database import article

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
