"""The site's sharded search index, built from the catalog (issue #13; being written)."""

from __future__ import annotations

from typing import Any


def add_files(pages: Any, catalog: Any, options: Any) -> None:
    """Add the search index's files to ``pages`` (render.Pages) for this catalog and these site options."""
