"""Readers turn a seed file into an :class:`~factarchive.model.Article`.

Each reader is picked by file type; all of them share the checks in
:mod:`factarchive.readers.common` (size, binary content, encoding).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..model import Article
from .common import MAX_SEED_BYTES, SeedError
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
    found = []
    for path in sorted(Path(seeds).rglob("*")):
        if path.is_file() and not path.name.startswith(".") and reader_for(path) is not None:
            found.append(path)
    return found


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
    rel = path.relative_to(seeds).as_posix() if path.is_relative_to(seeds) else path.name
    return reader(path, rel)


__all__ = ["MAX_SEED_BYTES", "READERS", "SeedError", "read_seed", "reader_for", "seed_files"]
