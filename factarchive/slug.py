"""The one slug function: every id and every URL path segment comes from here."""

from __future__ import annotations

import hashlib

from slugify import slugify as _slugify

MAX_SLUG_LENGTH = 80
APOSTROPHES = [["'", ""], ["\u2019", ""], ["\u02bc", ""]]


def slug(text: str, *, max_length: int = MAX_SLUG_LENGTH) -> str:
    """Return the URL-safe ASCII slug of ``text``.

    Text with no ASCII letters or digits (emoji, a title of punctuation) gets a
    short content hash instead, so every input has a non-empty, path-safe slug.
    """
    # "Syria's" -> "syrias", not "syria-s": an apostrophe does not split a word.
    out = _slugify(text or "", max_length=max_length, word_boundary=True, save_order=True, replacements=APOSTROPHES)
    if not out:
        out = "x-" + hashlib.sha1((text or "").encode("utf-8")).hexdigest()[:10]
    return out


def short_hash(text: str, length: int = 6) -> str:
    """A short, stable hex digest, used to tell apart two names with one slug."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]
