"""Escaping for values that came from an article, on their way into Markdown.

Python-Markdown passes raw HTML straight through and reads ``*``, ``_``,
``[``, ``|`` and friends as syntax, so an article's text would otherwise be able
to add markup, links or scripts to a page. Every such character becomes a
numeric character reference: inert in Markdown and HTML, shown as itself.
"""

from __future__ import annotations

import re
from functools import lru_cache

from markupsafe import Markup

# HTML's five, plus every character Python-Markdown (with the extensions in
# mkdocs.yml) reads as syntax anywhere in a line.
SPECIAL = "&<>\"'\\`*_{}[]()#!|"
# Characters that are syntax only at the start of a line (lists, quotes, headings).
_LEADING = "-+.=>"
_BREAKS = re.compile(r"[\r\n\t\v\f\u2028\u2029]+")
# One C-speed pass: specials become references, other control characters go.
# (Every page's every value goes through here, so it must not loop in Python.)
_TABLE = {ord(c): f"&#{ord(c)};" for c in SPECIAL} | {i: None for i in range(32)}


@lru_cache(maxsize=1 << 14)
def escape_text(text: str) -> str:
    """Escape a plain string for a Markdown page (what :func:`escape_md` does, without the Markup wrapper)."""
    # Cached, small: the page templates escape through a cache of their own (render.py), so what comes
    # here is link labels and the odd value; a cache of 262,144 held about 90 MB once full at 20,000
    # articles, for texts that were rarely asked for twice.
    text = _BREAKS.sub(" ", text).translate(_TABLE)
    if text and text[0] in _LEADING:
        text = f"&#{ord(text[0])};{text[1:]}"
    return text


def escape_md(value: object) -> Markup:
    """Escape one value for a Markdown page; newlines become spaces so rows and items stay whole."""
    if isinstance(value, Markup):
        return value
    return Markup(escape_text("" if value is None else str(value)))
