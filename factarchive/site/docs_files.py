"""The generated files and how they reach ``docs/``: written as rendered, only where their bytes changed, and the
files the last run wrote and this one did not removed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Optional

from ..fsutil import write_atomic
from . import urls

GENERATED_LIST = ".factarchive-generated"  # what the last run wrote, so stale pages can go


@dataclass
class Pages:
    """Every file the site half generates: docs path -> content.

    With ``docs`` set, each file is written as soon as it is rendered and only
    its path is kept: the catalog is gathered whole first (back-links need it),
    but the rendered pages never all sit in memory (3.2 GB at 20,000 articles).
    """

    files: dict[str, str] = field(default_factory=dict)
    docs: Optional[Path] = None
    paths: set[str] = field(default_factory=set)
    order: list[str] = field(default_factory=list)  # paths in the order they were added (a group's are adjacent)
    written: int = 0
    progress: Optional[Callable[[], None]] = None  # called once per file added (a progress bar's update)

    def add(self, path: str, content: str) -> None:
        self._claim(path)
        if self.docs is None:
            self.files[path] = content
        else:
            self.written += write_atomic(os.path.join(self.docs, path), content, durable=False)

    def keep(self, paths: Iterable[str]) -> None:
        """Files already in ``docs`` as this run would write them (the page cache said so): claimed, not written."""
        for path in paths:
            self._claim(path)

    def _claim(self, path: str) -> None:
        if path in self.paths:  # two things may never claim one URL
            raise ValueError(f"{path} would be written twice")
        self.paths.add(path)
        self.order.append(path)
        if self.progress is not None:
            self.progress()


# Vendored scripts and our own assets: file in the package -> file under docs/assets/factarchive/.
ASSETS = {
    "assets/tablesort/tablesort.min.js": "tablesort.min.js",
    "assets/tablesort/tablesort.number.min.js": "tablesort.number.min.js",
    "assets/tablesort/LICENCE": "tablesort.LICENCE.txt",
    "assets/tablesort-init.js": "tablesort-init.js",
    "assets/factarchive.css": "factarchive.css",
    "assets/moved.js": "moved.js",  # the 404 page's: an old or moved address -> where it lives now
}


def _assets(pages: Pages) -> None:
    package = resources.files("factarchive.site")
    for source, name in ASSETS.items():
        pages.add(urls.ASSETS + name, package.joinpath(source).read_text("utf-8"))


def write_pages(pages: Pages, docs: Path) -> tuple[int, int]:
    """Write generated files into ``docs``; remove the ones the last run made and this one did not.

    Only changed files are rewritten (unchanged ones keep their mtime), and
    hand-written files in ``docs`` are never touched. Returns (written, removed).
    """
    docs = Path(docs)
    listing = docs / GENERATED_LIST
    try:
        before = set(listing.read_text("utf-8").split("\n")) - {""}
    except OSError:
        before = set()
    written = pages.written + sum(write_atomic(docs / path, content, durable=False)
                                  for path, content in sorted(pages.files.items()))
    removed = 0
    root = docs.resolve()
    for stale in sorted(before - pages.paths):
        target = (docs / stale).resolve()
        if root in target.parents and target.is_file():
            target.unlink()
            removed += 1
            _remove_emptied(target.parent, root)
    write_atomic(listing, "".join(f"{p}\n" for p in sorted(pages.paths)), durable=False)
    return written, removed


def _remove_emptied(folder: Path, root: Path) -> None:
    """Remove ``folder`` and its parents below ``root`` while they are empty: a clean build would not make them.

    Only folders a removed page was in: an empty folder someone made by hand elsewhere in docs/ stays.
    """
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()  # only an empty folder: anything else in it raises and stops the walk
        except OSError:
            return
        folder = folder.parent
