"""Readers turn a seed file into an :class:`~factarchive.model.Article`.

Each reader is picked by file type; all of them share the checks in
:mod:`factarchive.readers.common` (size, binary content, encoding).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, NamedTuple

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
    return list_seeds(seeds).seeds


class SeedListing(NamedTuple):
    """What a seeds folder holds, each list sorted."""

    seeds: list[Path]  # files some reader accepts
    refused: list[SeedError]  # links leading outside the seeds folder: never read
    unsupported: list[Path]  # files no reader takes (image.png, notes.docx): reported, not read


def list_seeds(seeds: Path) -> SeedListing:
    """The seeds under ``seeds``, the links that lead outside it, and the files no reader takes.

    Seeds are read only from inside the seeds folder: a link to a file or a
    folder elsewhere (``seeds/link.txt -> ../secret.txt``) would publish that
    file, so it is reported by name and skipped. Hidden files are not seeds.
    """
    files, outside = list_files(seeds)
    visible = [p for p in files if not p.name.startswith(".")]
    found = [p for p in visible if reader_for(p) is not None]
    unsupported = [p for p in visible if reader_for(p) is None]
    # A folder, or a file a reader would take: a link to "photo.jpg" is no more a seed than the file itself.
    refused = [SeedError(p, OUTSIDE_SEEDS) for p in outside
               if not p.name.startswith(".") and (p.is_dir() or reader_for(p) is not None)]
    return SeedListing(found, refused, unsupported)


def unsupported_message() -> str:
    """Why a file no reader takes is not read, naming the types that are."""
    return f"not a seed: no reader for files of this type (seeds are {', '.join(sorted(READERS))}); not read"


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
        raise SeedError(path, unsupported_message())
    if not inside(path, seeds):  # listed inside, but a path (or a link swapped in since) that leads elsewhere
        raise SeedError(path, OUTSIDE_SEEDS)
    rel = path.relative_to(seeds).as_posix() if path.is_relative_to(seeds) else path.name
    return reader(path, rel)


__all__ = ["MAX_SEED_BYTES", "READERS", "SeedError", "SeedListing", "list_seeds", "read_seed", "reader_for", "seed_files",
           "unsupported_message"]
