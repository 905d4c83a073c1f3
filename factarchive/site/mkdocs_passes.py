"""Builds in passes: MkDocs run over slices of the pages, each rendering a slice, so its memory stays bounded."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any, Optional

from .mkdocs_output import output_path

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
#
# MkDocs renders every page's Markdown into memory before it writes any (mkdocs.commands.build.build: the page
# HTML, its Markdown source and its table of contents are held until the end), so its peak memory grows with the
# site: 923 MB at 17,014 pages of 5,000 synthetic articles, about 50 KB a page, 389 MB in passes of 5,000 pages
# (same CPU time: 307 against 327 s). Past ``PAGES_PER_PASS`` pages the build runs in
# passes of plain `mkdocs build --dirty`, each rendering one slice of the pages: the pages of later slices are
# "held" (an output, empty if there was none, stamped with its source's mtime, which MkDocs' `--dirty` takes as
# up to date) and each slice is "released" (its outputs deleted) just before its pass. Every page is rendered
# once, by the same MkDocs as in one pass, so the site is the same byte for byte (a --dirty build renders a page
# as a clean one does: the incremental builds rest on that too). What a pass costs besides its pages (listing
# the files, the nav, copying what changed, the sitemap) is about 1 s per 18,000 files. MkDocs checks a link's
# #anchor only when it rendered both pages in the same pass: _WRAPPER checks the links across passes.

PAGES_PER_PASS = 10_000
PAGES_PER_PASS_ENV = "FACTARCHIVE_PAGES_PER_PASS"


def _is_modified(docs: Path, site: Path, src: str, directory_urls: bool) -> bool:
    """MkDocs' own test for --dirty (mkdocs.structure.files.File.is_modified): no output, or one older than its source."""
    try:
        return os.stat(site / output_path(src, directory_urls)).st_mtime < os.stat(docs / src).st_mtime
    except FileNotFoundError:
        return True


def _newer(source_ns: int, output_mtime: Optional[float]) -> bool:
    """:func:`_is_modified` from mtimes already read: the source's in ns (docs_snapshot), the output's as os.stat's
    float. The source's float is made as os.stat makes it (seconds + nanoseconds * 1e-9), so both compare alike."""
    return output_mtime is None or output_mtime < source_ns // 10**9 + (source_ns % 10**9) * 1e-9


def _clean_directory(site: Path) -> None:
    """Empty ``site`` as `mkdocs build --clean` does (mkdocs.utils.clean_directory: dot-names are kept)."""
    if not site.is_dir():
        return
    for entry in sorted(os.listdir(site)):
        if entry.startswith("."):
            continue
        path = site / entry
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink()


def _hold(docs: Path, site: Path, sources: list[str], directory_urls: bool) -> list[str]:
    """Make MkDocs' --dirty take these pages as up to date; returns those given an empty placeholder output."""
    made = []
    for src in sources:
        target = site / output_path(src, directory_urls)
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.touch()
            made.append(src)
        mtime = os.stat(docs / src).st_mtime_ns
        os.utime(target, ns=(mtime, mtime))
    return made


def _release(site: Path, sources: list[str], directory_urls: bool) -> None:
    """Make MkDocs' --dirty render these pages: their outputs go (each pass writes them again)."""
    for src in sources:
        try:
            (site / output_path(src, directory_urls)).unlink()
        except FileNotFoundError:
            pass


def _run_pass(cmd: list[str], env: dict[str, str], cwd: Path, lines: list[str], bar: Any) -> int:
    """One MkDocs run: its log lines (DEBUG aside) go to ``lines``; its debug lines advance ``bar``."""
    with subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          cwd=cwd, bufsize=1) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = _ANSI.sub("", line)  # MkDocs colours level names even into a pipe
            if not line.startswith("DEBUG"):
                lines.append(line)
            elif bar is not None and ("-  Reading: " in line or "-  Building page " in line):
                bar.update(1)
    return proc.returncode

