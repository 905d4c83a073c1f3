"""write_atomic and the docs/ it keeps: whole files, the umask's permissions, untouched unchanged files."""

from __future__ import annotations

import os
import stat

from factarchive import fsutil
from factarchive.fsutil import remove_stale_temps, write_atomic
from factarchive.site import urls
from factarchive.site.catalog import gather
from factarchive.site.render import build_pages, generate, write_pages

from .test_site_render import ARCHIVE


def _mtimes(root) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_mtime_ns for p in sorted(root.rglob("*")) if p.is_file()}


def test_write_atomic_creates_folders_and_takes_the_umask_permissions(tmp_path):
    old = os.umask(0o027)
    try:
        assert write_atomic(tmp_path / "a" / "b" / "page.md", "é\n", durable=False) is True
        assert write_atomic(str(tmp_path / "fact.yaml"), b"id: x\n") is True
    finally:
        os.umask(old)
    assert (tmp_path / "a" / "b" / "page.md").read_bytes() == "é\n".encode("utf-8")
    assert (tmp_path / "fact.yaml").read_bytes() == b"id: x\n"
    assert stat.S_IMODE((tmp_path / "a" / "b" / "page.md").stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a", "b", "fact.yaml", "page.md"]  # no temp file left


def test_write_atomic_skips_unchanged_bytes_and_keeps_the_mtime(tmp_path):
    page = tmp_path / "page.md"
    assert write_atomic(page, "one\n") is True
    os.utime(page, ns=(1_000_000_000, 1_000_000_000))
    assert write_atomic(page, "one\n") is False
    assert page.stat().st_mtime_ns == 1_000_000_000
    assert write_atomic(page, "two\n") is True  # same length, other bytes
    assert page.read_text("utf-8") == "two\n"


def test_write_atomic_steps_past_a_temp_file_a_killed_run_left_under_our_name(tmp_path, monkeypatch):
    """Regression guard for the pid-counter temp names: a leftover with the next name is never opened or reused."""
    monkeypatch.setattr(fsutil, "_SERIAL", iter(range(7, 100)))
    stale = tmp_path / f".page.md.{os.getpid()}-7.tmp"
    stale.write_bytes(b"half a pa")
    assert write_atomic(tmp_path / "page.md", "whole page\n", durable=False) is True
    assert (tmp_path / "page.md").read_text("utf-8") == "whole page\n"
    assert stale.read_bytes() == b"half a pa"
    assert remove_stale_temps(tmp_path) == [stale]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.md"]


def test_rebuild_with_nothing_changed_rewrites_no_file_and_keeps_every_mtime(tmp_path):
    docs = tmp_path / "docs"
    assert generate(ARCHIVE, docs)[1] == 0
    for path in docs.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(1_000_000_000, 1_000_000_000))
    before = _mtimes(docs)
    assert generate(ARCHIVE, docs) == (0, 0)
    assert _mtimes(docs) == before


def test_rebuild_rewrites_changed_pages_removes_stale_ones_and_keeps_hand_written_files(tmp_path):
    docs = tmp_path / "docs"
    generate(ARCHIVE, docs)
    (docs / "about.md").write_text("# About\n", "utf-8")
    from factarchive.site.render import GENERATED_LIST

    listed = lambda: set((docs / GENERATED_LIST).read_text("utf-8").split())  # noqa: E731
    before = listed()
    # The hostile entity is named in that one article only: it had no page or twin of its own, just its row there.
    assert not {urls.entity("hostile-name"), urls.entity_json("hostile-name")} & before
    written, removed = generate(ARCHIVE[:3], docs)  # the hostile article and its entity are gone
    gone = before - listed()
    # Its page, JSON twin and month page; the 404 page's map of its entity's bucket (it held only that entity); the
    # lookup's shards of its entity's id and of its name (each held only that); and the search shards of the words
    # only it had.
    assert sorted(p for p in gone if not p.startswith("search/")) == [
        "articles/8d/hostile.json", "articles/8d/hostile.md", "browse/articles/2020-01.md",  # its month had only it
        "lookup/20.json", "lookup/63.json", "moved/63.js"]
    assert (urls.bucket("hostile-name"), urls.bucket("<img src=x onerror=alert(1)> _it_ {% raw %}")) == ("63", "20")
    assert (urls.article("hostile"), urls.article_json("hostile"), urls.moved(urls.bucket("hostile-name"))) == (
        "articles/8d/hostile.md", "articles/8d/hostile.json", "moved/63.js")
    assert removed == len(gone)
    assert not (docs / urls.article("hostile")).exists() and not (docs / urls.article_json("hostile")).exists()
    assert not (docs / urls.moved("63")).exists()
    assert (docs / "about.md").read_text("utf-8") == "# About\n"
    assert written > 0
    assert {p: d for p, d in build_pages(gather(ARCHIVE[:3])).files.items()} == {
        p.relative_to(docs).as_posix(): p.read_text("utf-8") for p in sorted(docs.rglob("*"))
        if p.is_file() and p.name not in ("about.md", ".factarchive-generated")}


def test_pages_written_while_rendered_equal_pages_rendered_to_memory(tmp_path):
    catalog = gather(ARCHIVE)
    write_pages(build_pages(catalog, docs=tmp_path / "streamed"), tmp_path / "streamed")
    write_pages(build_pages(catalog), tmp_path / "in-memory")
    streamed = {p.relative_to(tmp_path / "streamed"): p.read_bytes() for p in (tmp_path / "streamed").rglob("*") if p.is_file()}
    in_memory = {p.relative_to(tmp_path / "in-memory"): p.read_bytes() for p in (tmp_path / "in-memory").rglob("*") if p.is_file()}
    assert streamed == in_memory
