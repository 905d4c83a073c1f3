"""Readers turn a seed file into an :class:`~factarchive.model.Article`.

Each reader is picked by file type; all of them share the checks in
:mod:`factarchive.readers.common` (size, binary content, encoding).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..fsutil import inside, list_files
from ..limits import MAX_SEED_BYTES
from ..model import Article
from .common import SeedError
from .html_page import read_html
from .markdown_seed import read_markdown
from .wire import read_wire

Reader = Callable[[Path, str], Article]

# Suffix -> reader: the one place a file type is tied to its reader.
READERS: dict[str, Reader] = {
    ".htm": read_html,
    ".html": read_html,
    ".html.gz": read_html,
    ".md": read_markdown,
    ".txt": read_wire,
}


def seed_files(seeds: Path) -> list[Path]:
    """Every seed under ``seeds`` that some reader accepts, in a stable order."""
    return list_seeds(seeds)[0]


def list_seeds(seeds: Path) -> tuple[list[Path], list[SeedError]]:
    """(every seed under ``seeds`` that some reader accepts, sorted; a SeedError per link leading outside ``seeds``).

    Seeds are read only from inside the seeds folder: a link to a file or a
    folder elsewhere (``seeds/link.txt -> ../secret.txt``) would publish that
    file, so it is reported by name and skipped. Hidden files are not seeds.
    """
    files, outside = list_files(seeds)
    found = [p for p in files if not p.name.startswith(".") and reader_for(p) is not None]
    # A folder, or a file a reader would take: a link to "photo.jpg" is no more a seed than the file itself.
    refused = [SeedError(p, OUTSIDE_SEEDS) for p in outside
               if not p.name.startswith(".") and (p.is_dir() or reader_for(p) is not None)]
    return found, refused


OUTSIDE_SEEDS = "is a link that leads outside the seeds folder; not read"


def reader_for(path: Path) -> Reader | None:
    """The reader for ``path``'s file type, or None."""
    name = path.name.lower()
    for suffix in sorted(READERS, key=len, reverse=True):  # ".html.gz" before ".gz"
        if name.endswith(suffix):
            return READERS[suffix]
    return None


def read_seed(path: Path, seeds: Path) -> Article:
    """Read one seed; raise :class:`SeedError` naming the file and the problem."""
    reader = reader_for(path)
    if reader is None:
        raise SeedError(path, f"no reader for files of this type (known: {', '.join(sorted(READERS))})")
    if not inside(path, seeds):  # listed inside, but a path (or a link swapped in since) that leads elsewhere
        raise SeedError(path, OUTSIDE_SEEDS)
    rel = path.relative_to(seeds).as_posix() if path.is_relative_to(seeds) else path.name
    return reader(path, rel)


__all__ = ["MAX_SEED_BYTES", "READERS", "SeedError", "list_seeds", "read_seed", "reader_for", "seed_files"]
