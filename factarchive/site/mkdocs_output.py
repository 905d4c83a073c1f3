"""The docs folder and what MkDocs makes of it: the files it reads, where each is published, the record of the last
build, and the files material publishes that no page of this site loads.

**What is not published.** After each build, the files of material that no page of this site loads are removed
from the site (``unpublished``): its search plugin's lunr/ and workers/ when no search plugin is on, the source
maps, and its bundle when the site's ``partials/shell.js`` carries it (overrides/partials/shell.js). Done here,
not by a plugin or hook, so that any builder builds the same pages; done after every build, clean or
incremental (MkDocs' ``--dirty`` copies a theme file again when its copy is missing), so both leave the same files.
"""

from __future__ import annotations

import json
import os
import posixpath
import shutil
from pathlib import Path
from typing import Any, Optional

from ..fsutil import write_atomic

STATE = ".factarchive-build.json"
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")  # mkdocs.utils.markdown_extensions

def docs_snapshot(docs: Path, sizes: Optional[dict[str, int]] = None) -> dict[str, int]:
    """Every file MkDocs reads from ``docs`` (no dot-names, no top-level templates/) -> its mtime in ns; each
    file's size in bytes goes into ``sizes`` when given (from the same stat)."""
    docs = Path(docs)
    snapshot = {}
    for root, dirs, files in os.walk(docs):
        rel = Path(root).relative_to(docs).as_posix()
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (rel == "." and d == "templates"))
        for name in files:
            if not name.startswith("."):
                st = os.stat(os.path.join(root, name))
                src = name if rel == "." else f"{rel}/{name}"
                snapshot[src] = st.st_mtime_ns
                if sizes is not None:
                    sizes[src] = st.st_size
    return snapshot


def links_outside(docs: Path) -> list[Path]:
    """The links in ``docs`` (any depth, dot-names too) that lead outside it, sorted; [] when there is no ``docs``.

    What fsutil.list_files(docs)[1] returns (source.docs_links_outside's question, asked before every build), found
    from the folder listings alone: only a link is resolved, and no other entry becomes a Path (BBC docs/, 14,000
    files: 0.016 s CPU against 0.13 s). Folder links are not followed.
    """
    from ..fsutil import inside

    found: list[Path] = []
    folders = [str(docs)]
    while folders:
        folder = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    try:
                        if entry.is_symlink():
                            if not inside(entry.path, docs):
                                found.append(Path(entry.path))
                        elif entry.is_dir():
                            folders.append(entry.path)
                    except OSError:
                        continue
        except OSError:
            continue  # missing, vanished or unreadable: nothing in it is listed
    return sorted(found)


def output_path(src: str, directory_urls: bool) -> str:
    """Where MkDocs writes a docs file in the site (mkdocs.structure.files.File.dest_uri)."""
    if not src.endswith(MARKDOWN_SUFFIXES):
        return src
    parent, filename = posixpath.split(src)
    stem = posixpath.splitext(filename)[0]
    stem = "index" if stem == "README" else stem
    if not directory_urls or stem == "index":
        return posixpath.join(parent, stem + ".html")
    return posixpath.join(parent, stem, "index.html")


def _remove_outputs(site: Path, removed: set[str], kept: set[str], directory_urls: bool) -> int:
    """Delete from ``site`` what the removed docs files had produced (and folders left empty); returns files removed."""
    keep = {output_path(src, directory_urls) for src in kept}
    count = 0
    for src in sorted(removed):
        out = output_path(src, directory_urls)
        target = site / out
        if out in keep or not target.is_file():
            continue
        target.unlink()
        count += 1
        folder = target.parent
        while folder != site and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent
    return count


def _read_state(docs: Path) -> dict[str, Any]:
    try:
        state = json.loads((Path(docs) / STATE).read_text("utf-8"))
        return state if isinstance(state, dict) else {}
    except (OSError, ValueError):
        return {}


def _write_state(docs: Path, state: dict[str, Any]) -> None:
    write_atomic(Path(docs) / STATE, json.dumps(state, sort_keys=True, separators=(",", ":")), durable=False)


def _site_stamp(site: Path) -> Optional[list[int]]:
    """Identifies the last build in ``site``: MkDocs rewrites 404.html on every build."""
    try:
        st = (site / "404.html").stat()
        return [st.st_mtime_ns, st.st_size]
    except OSError:
        return None


# --------------------------------------------------------------------------- files material ships, unused here

SEARCH_PLUGINS = frozenset({"search", "material/search"})
# Site-relative globs, and the condition under which no page of the site loads them (issue #14: about 1 KB per
# article at BBC scale, 2.3 MB a site). lunr/ and workers/ serve material's search plugin (our search is
# factarchive/site/search.py); source maps serve a developer's browser tools (which then say the map is
# missing); the bundle is inside partials/shell.js, which every page loads instead (overrides/main.html).
UNPUBLISHED: tuple[tuple[str, str], ...] = (
    ("assets/javascripts/lunr", "no search plugin"),
    ("assets/javascripts/workers", "no search plugin"),
    ("assets/javascripts/*.map", "always"),
    ("assets/stylesheets/*.map", "always"),
    ("assets/javascripts/bundle.*.min.js", "bundle in partials/shell.js"),
)
BUNDLE_MARK = "window.document$="  # how material's bundle shows itself in partials/shell.js


def unpublished(site: Path, plugins: list[str]) -> list[Path]:
    """The files and folders of ``site`` that material published and no page of this site loads."""
    shell = Path(site) / "partials" / "shell.js"
    holds = {"always": True, "no search plugin": not SEARCH_PLUGINS & set(plugins),
             "bundle in partials/shell.js": shell.is_file() and BUNDLE_MARK in shell.read_text("utf-8")}
    return sorted(path for pattern, condition in UNPUBLISHED if holds[condition] for path in Path(site).glob(pattern))


def _unpublish(site: Path, plugins: list[str]) -> None:
    """Remove ``unpublished`` files and folders, and the folders that leaves empty (assets/javascripts/)."""
    for path in unpublished(site, plugins):
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()
        folder = path.parent
        while folder != Path(site) and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent

