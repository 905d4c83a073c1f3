"""Builds in passes: MkDocs run over slices of the pages, each rendering a slice, so its memory stays bounded;
up to ``jobs`` passes at a time, each its own process, so a clean build of a large archive uses every core."""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Iterable, Optional, Sequence

from .mkdocs_output import output_path

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
#
# MkDocs renders every page's Markdown into memory before it writes any (mkdocs.commands.build.build: the page
# HTML, its Markdown source and its table of contents are held until the end), so its peak memory grows with the
# site: 923 MB at 17,014 pages of 5,000 synthetic articles, about 50 KB a page, 389 MB in passes of 5,000 pages
# (same CPU time: 307 against 327 s). A large build therefore runs in passes of plain `mkdocs build --dirty`, each
# rendering one slice of the pages, told which by a list (MODIFIED_ENV in mkdocs_build._WRAPPER: a docs file is
# "modified", so rendered or copied, when it is on its pass's list, whatever the mtimes say). Every page is
# rendered once, by the same MkDocs as in one pass, so the site is the same byte for byte (a --dirty build
# renders a page as a clean one does: the incremental builds rest on that too).
#
# Passes run side by side (``jobs``), so no two may write one file. A pass writes its own pages, and only the
# first pass, the "lead", writes what a build writes besides its pages: it copies the docs folder's other files
# and the theme's (Files.copy_static_files), renders the theme's static templates (404.html, sitemap.xml and
# sitemap.xml.gz, partials/shell.js and shell.css) and the config's extra_templates. The other passes run with
# PAGES_ONLY_ENV, which makes those three steps do nothing (none of them depends on which pages a pass renders:
# they read the nav and the file list, which every pass makes whole). A page whose output is one of those files
# (a docs/404.md offline, a page beside a copied file of the same output) is rendered by the lead, which writes
# it after them as one MkDocs run does. Folders are made with exist_ok; Jinja's bytecode cache, which every
# pass reads and writes, writes a temporary file and renames it. What the parent writes (the site
# emptied first on a clean build, the unpublished files removed, the sitemap split, the state) happens before
# the first pass starts or after the last one ended.
#
# The slices are cut by Markdown bytes, not pages: MkDocs' memory and time are its pages' text (about 1.2 CPU-s
# per MB of Markdown, and RSS_PER_MARKDOWN_MB held per MB until the pass ends), so a pass is given
# ``pass_bytes`` of Markdown, fewer and larger passes where pages are small. What a pass costs besides its
# pages (listing the files, the nav, its Files and Page objects) grows with the docs folder: see PASS_BASE_MB.

PAGES_PER_PASS = 10_000  # the old limit by page count, still taken when asked for (FACTARCHIVE_PAGES_PER_PASS)
PAGES_PER_PASS_ENV = "FACTARCHIVE_PAGES_PER_PASS"
PASS_BYTES_ENV = "FACTARCHIVE_PASS_BYTES"  # Markdown bytes per pass, overriding the budget below
JOBS_ENV = "FACTARCHIVE_SITE_JOBS"  # MkDocs passes at a time when run_mkdocs is not told (benchmarks)
PAGES_ONLY_ENV = "FACTARCHIVE_PAGES_ONLY"  # set for every pass but the lead: it writes its pages and nothing else
# Measured on synthetic archives (docs/scaling.md, "MkDocs passes side by side"): a pass's peak RSS is about
# PASS_BASE_MB plus PASS_BASE_MB_PER_1000_FILES for each 1,000 files of the docs folder (its Files, Pages and
# nav: 55 MB at 34,446 files, 367 MB at 576,269) plus RSS_PER_MARKDOWN_MB for each MB of Markdown it renders
# (3.2 on the article pages of 5,000 articles: 10 MB 97 MB, 30 MB 161 MB; 4.5 on the small entity pages of
# 100,000: 77 MB in 19,865 pages, 713 MB); its CPU is about CPU_PER_1000_FILES seconds besides its pages (12.5 s
# at 576,269 files) plus CPU_PER_MARKDOWN_MB a MB (0.93 on those article pages, 1.29 on those entity pages). The passes running at once share what
# MEMORY_BUDGET_MB leaves once the build's own process is counted, but a pass is never given so little that
# what it costs besides its pages passes FIXED_SHARE of its CPU: where the docs folder is so large that its
# listing alone fills the budget (past about 50,000 articles), time wins and the budget is exceeded.
MEMORY_BUDGET_MB = 1000
PASS_BASE_MB = 35
PASS_BASE_MB_PER_1000_FILES = 0.58
RSS_PER_MARKDOWN_MB = 4.5
CPU_PER_1000_FILES = 0.022
CPU_PER_MARKDOWN_MB = 1.2
FIXED_SHARE = 0.15
MIN_PASS_BYTES = 4 * 2**20  # below this a pass is mostly MkDocs starting
SPLIT_FOR_JOBS_BYTES = 8 * 2**20  # with jobs > 1, more Markdown than this is split at least once per job


def pass_bytes_for(jobs: int, files: int, held_mb: float = 0) -> int:
    """The Markdown bytes one pass is given: ``jobs`` passes at once, each paying the fixed cost of a docs folder
    of ``files`` files, share MEMORY_BUDGET_MB less the ``held_mb`` the build's own process holds; at least what
    keeps the fixed CPU within FIXED_SHARE of a pass, and MIN_PASS_BYTES."""
    base = PASS_BASE_MB + PASS_BASE_MB_PER_1000_FILES * files / 1000
    per_pass = (MEMORY_BUDGET_MB - held_mb) / max(1, jobs) - base
    by_memory = per_pass / RSS_PER_MARKDOWN_MB
    by_time = CPU_PER_1000_FILES * files / 1000 * (1 - FIXED_SHARE) / FIXED_SHARE / CPU_PER_MARKDOWN_MB
    return max(MIN_PASS_BYTES, int(max(by_memory, by_time) * 2**20))


def resident_mb() -> float:
    """This process's resident memory now, in MB (0 where /proc is not there)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return 0.0


def plan_passes(pages: Sequence[str], sizes: dict[str, int], *, jobs: int = 1, pages_per_pass: Optional[int] = None,
                pass_bytes: Optional[int] = None, lead: Iterable[str] = ()) -> list[list[str]]:
    """Slices of ``pages`` (sorted), one a pass; [] for one MkDocs run as it decides (no slicing at all).

    ``pages_per_pass`` (> 0) cuts by page count (0: one run), else the pages are cut into passes of about
    ``pass_bytes`` of Markdown each (``sizes``: page -> bytes), equal in bytes, their number a multiple of
    ``jobs``; with ``jobs`` > 1, more than SPLIT_FOR_JOBS_BYTES is split so that every job has a pass. The
    ``lead`` pages (those only the lead pass may write) go into the first slice.
    """
    if not pages:
        return []
    if pages_per_pass is not None:
        if pages_per_pass <= 0 or len(pages) <= pages_per_pass:
            return []
        count = math.ceil(len(pages) / pages_per_pass)
        weights = {src: 1 for src in pages}
    else:
        total = sum(sizes.get(src, 0) for src in pages)
        count = math.ceil(total / max(1, pass_bytes or 1))
        if jobs > 1 and total > SPLIT_FOR_JOBS_BYTES:
            count = math.ceil(max(count, jobs) / jobs) * jobs
        if count <= 1:
            return []
        weights = {src: max(1, sizes.get(src, 0)) for src in pages}
    count = min(count, len(pages))
    total = sum(weights.values())
    slices: list[list[str]] = [[]]
    done = 0
    for src in pages:
        # A slice ends where the running total passes its share: equal in bytes (or pages), in sorted order.
        if slices[-1] and done >= total * len(slices) / count and len(slices) < count:
            slices.append([])
        slices[-1].append(src)
        done += weights[src]
    lead = set(lead)
    if lead:
        first, moved = slices[0], [src for chunk in slices[1:] for src in chunk if src in lead]
        slices = [sorted(first + moved)] + [[src for src in chunk if src not in lead] for chunk in slices[1:]]
        slices = [chunk for chunk in slices if chunk]
    return slices if len(slices) > 1 else []


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



class _LockedBar:
    """A progress bar several passes advance at once (tqdm's ``update`` is not meant for threads)."""

    def __init__(self, bar: Any) -> None:
        self.bar, self.lock = bar, threading.Lock()

    def update(self, n: int) -> None:
        with self.lock:
            self.bar.update(n)


def run_passes(commands: Sequence[tuple[list[str], dict[str, str]]], cwd: Path, jobs: int,
               bar: Any) -> tuple[int, list[str]]:
    """Run the passes' MkDocs commands, up to ``jobs`` at a time, in order (the first, the lead, starts first).

    Returns the first failed pass's exit status (0 if none failed) and every pass's log lines in pass order. Once
    a pass has failed no other starts; those running are let finish (a pass killed half-way would leave half a
    page), so the build fails with every message of the passes that ran.
    """
    logs: list[list[str]] = [[] for _ in commands]
    codes: list[Optional[int]] = [None] * len(commands)
    failed = threading.Event()
    shared = _LockedBar(bar) if bar is not None and jobs > 1 else bar

    def one(index: int) -> None:
        if failed.is_set():
            return
        cmd, env = commands[index]
        codes[index] = _run_pass(cmd, env, cwd, logs[index], shared)
        if codes[index] != 0:
            failed.set()

    if jobs <= 1 or len(commands) <= 1:
        for index in range(len(commands)):
            one(index)
    else:
        with ThreadPoolExecutor(max_workers=min(jobs, len(commands))) as pool:
            for future in [pool.submit(one, index) for index in range(len(commands))]:
                future.result()
    code = next((c for c in codes if c not in (None, 0)), 0)
    return code, [line for lines in logs for line in lines]


# --------------------------------------------------------------------------- anchors across passes
#
# MkDocs checks a link to another page's #anchor only when it rendered both (Page.validate_anchor_links skips a
# target it did not render). Each pass (mkdocs_build._WRAPPER, ANCHORS_ENV) leaves in its own file the anchor ids
# of the pages it rendered and the links it could not check ([source, target, anchor, link, log level]); once
# every pass has ended, check_anchors checks those links against the ids every pass left. A link whose target no
# pass rendered (an unchanged page, in an incremental build) is not checked, as in one `mkdocs build --dirty`.


def _load(path: str) -> dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {"ids": {}, "links": []}


def check_anchors(paths: Sequence[str]) -> list[tuple[int, str]]:
    """The broken links across passes: (log level, MkDocs' own message), in pass order.

    One pass's file is read at a time, three times over, and what is kept is the anchors some link asks for:
    bounded by the links across passes, not by every anchor of the site.
    """
    wanted: dict[str, set[str]] = {}  # target page -> the anchors links ask of it
    for path in paths:
        for _, target, anchor, _, _ in _load(path)["links"]:
            wanted.setdefault(target, set()).add(anchor)
    present: dict[str, set[str]] = {}  # a rendered target -> which of those it has
    for path in paths:
        for src, ids in _load(path)["ids"].items():
            if src in wanted:
                present[src] = wanted[src].intersection(ids)
    broken = []
    for path in paths:
        for src, target, anchor, link, level in _load(path)["links"]:
            if target in present and anchor not in present[target]:
                broken.append((level, f"Doc file '{src}' contains a link '{link}', but the doc '{target}' "
                                      f"does not contain an anchor '#{anchor}'."))
    return broken


def anchor_report(broken: Sequence[tuple[int, str]], strict: bool) -> tuple[int, list[str]]:
    """What MkDocs prints for these messages (``LEVEL    -  message``, from INFO up) and, under ``strict``, the
    exit status and last line of MkDocs' strict mode when any is a warning or worse."""
    lines = [f"{logging.getLevelName(level):<8}-  {message}\n" for level, message in broken if level >= logging.INFO]
    counts: dict[str, int] = {}
    for level, _ in broken:
        if level >= logging.WARNING:
            counts[logging.getLevelName(level)] = counts.get(logging.getLevelName(level), 0) + 1
    if strict and counts:
        lines.append(f"Aborted with {', '.join(f'{v} {k.lower()}s' for k, v in counts.items())} in strict mode!\n")
        return 1, lines
    return 0, lines
