"""Folder contents for tests that compare builds: every file by path, but the build's caches.

The caches are the site's catalog beside the archive (``archive/.factarchive/``), the MkDocs wrapper's record
of file times, and the search index's tables (``docs/.factarchive-search/``, whose stable ids follow the
history of the builds): none of them is published or part of the record, and deleting any is always safe.
What a build publishes, and the page cache's record (equal after an incremental and a clean build), is compared.
"""

from __future__ import annotations

from pathlib import Path

from factarchive.site.mkdocs_build import STATE as BUILD_STATE
from factarchive.site.search_tables import FOLDER as SEARCH_TABLES
from factarchive.site.sheetstore import CATALOG_DIR

CACHES = (CATALOG_DIR, SEARCH_TABLES)


def tree(root: Path) -> dict[str, bytes]:
    """Every file under ``root`` by its path (posix, relative), but the build's caches."""
    root = Path(root)
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not set(CACHES) & set(p.relative_to(root).parts) and p.name != BUILD_STATE}
