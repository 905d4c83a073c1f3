"""Which generated pages in docs/ are already what their inputs would render: one digest per group of pages.

Page generation renders a page only when what its template reads changed (issue #14 item 3). Pages come in
groups rendered together: an article's page and its JSON twin, an entity's pages (articles, "named
alongside") and its twin, a series page, a redirect page and its twin. For each group :mod:`render` makes a
*view*: a plain tuple of exactly what the group's templates read (an article page: its corrected sheet, its
related articles' ids and titles, its series and disagreements; an entity page: the entity's record, the
titles and dates of the articles naming it, the names of the entities named alongside...). The digest of that
view, next to the paths the group wrote, is kept in ``docs/.factarchive-page-digests``; a group whose digest is
unchanged, whose files are all still there and none edited since (newer than the record), is not rendered.

The record also holds a *salt*: the site code, templates, installed packages and site options. Another salt
(or ``--clean``) means every page is rendered. The record is removed before generating and written after the
last page, so an interrupted run leaves none and the next run renders everything: deleting it is always safe.

Why our own: what to compare is what the templates read, which only this project knows; the rest is a
dict in a JSON file.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import os
import sys
from pathlib import Path
from typing import Any, Optional

from ..fsutil import write_atomic

CACHE_FILE = ".factarchive-page-digests"  # a dot-name: MkDocs does not publish it
FORMAT = 1


def digest(view: Any) -> str:
    """A short hash of a view: tuples of str, int, float, bool and None (a dataclass goes in as its ``repr``).

    ``marshal`` writes those exactly, in C: a view of the BBC archive's most named entity lists thousands of
    others, and ``repr`` was 7 times slower. Format 2, not the default: later formats write a back-reference
    for an object met twice, so the bytes would depend on which equal strings happen to be one object. The
    Python version is in the salt (:func:`salt`). Anything else in a view is refused (ValueError), not guessed.
    """
    return hashlib.blake2b(marshal.dumps(view, 2), digest_size=16).hexdigest()


def salt(*parts: Any) -> str:
    """The digest of what every page shares (the site code's fingerprint, site options), with the Python version."""
    return digest((sys.version, *parts))


class PageCache:
    """The digests of the last run (read once) and those of this run (written by :meth:`save`)."""

    def __init__(self, docs: Path, salt: str, previous: Optional[dict[str, list]] = None, stamp_ns: int = 0,
                 previous_notes: Optional[dict[str, Any]] = None):
        self.docs, self.salt = Path(docs), salt
        self.previous = previous or {}
        self.stamp_ns = stamp_ns  # the record's mtime: a file newer than this was edited after it was generated
        self.current: dict[str, list] = {}
        self.kept = 0  # groups not rendered
        # What the renderer noted of the last run's inputs besides the digests (render._EntityPlan): None when the
        # record was not reused.
        self.previous_notes = previous_notes if previous is not None else None
        self.notes: dict[str, Any] = {}

    @classmethod
    def open(cls, docs: Path, salt: str, reuse: bool = True) -> "PageCache":
        """The last run's record, if it was made with this salt (and ``reuse``); it is removed from disk now."""
        path = Path(docs) / CACHE_FILE
        previous, stamp, notes = None, 0, None
        try:
            if reuse:
                stamp = path.stat().st_mtime_ns
                data = json.loads(path.read_text("utf-8"))
                if data.get("format") == FORMAT and data.get("salt") == salt:
                    previous, notes = data["groups"], data.get("notes")
            path.unlink()
        except (OSError, ValueError, KeyError, TypeError):
            previous = None
            try:
                path.unlink()
            except OSError:
                pass
        previous = previous if isinstance(previous, dict) else None
        return cls(docs, salt, previous, stamp, notes if isinstance(notes, dict) else None)

    def fresh(self, key: str, view_digest: str) -> Optional[list[str]]:
        """The paths of group ``key`` if they need no rendering (same digest, files there, none edited); else None.

        Either way the group's new digest is recorded; the caller then renders it or keeps its paths.
        """
        old = self.previous.get(key)
        if old is None or old[0] != view_digest:
            return None
        paths = old[1]
        for path in paths:
            try:
                if os.stat(os.path.join(self.docs, path)).st_mtime_ns > self.stamp_ns:
                    return None
            except OSError:
                return None
        self.current[key] = old
        self.kept += 1
        return paths

    def unchanged(self, key: str) -> Optional[list[str]]:
        """The paths of group ``key`` as the last run made them, when its inputs are known not to have changed
        (the caller knows, without making its view), and its files are all there, none edited; else None."""
        old = self.previous.get(key)
        return None if old is None else self.fresh(key, old[0])

    def record(self, key: str, view_digest: str, paths: list[str]) -> None:
        """Group ``key`` was rendered from a view with this digest into these paths."""
        self.current[key] = [view_digest, paths]

    def save(self) -> None:
        """After every page is written: the record the next run compares against."""
        text = json.dumps({"format": FORMAT, "salt": self.salt, "groups": self.current, "notes": self.notes},
                          ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        write_atomic(self.docs / CACHE_FILE, text, durable=False)
