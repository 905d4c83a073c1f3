"""Escaping for values that came from an article, on their way into Markdown.

Python-Markdown passes raw HTML straight through and reads ``*``, ``_``,
``[``, ``|`` and friends as syntax, so an article's text would otherwise be able
to add markup, links or scripts to a page. Every such character becomes a
numeric character reference: inert in Markdown and HTML, shown as itself.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# HTML's five, plus every character Python-Markdown (with the extensions in
# mkdocs.yml) reads as syntax anywhere in a line.
_SPECIAL = re.compile(r"""[&<>"'\\`*_{}\[\]()#!|]""")
# Characters that are syntax only at the start of a line (lists, quotes, headings).
_LEADING = "-+.=>"


def escape_md(value: object) -> Markup:
    """Escape one value for a Markdown page; newlines become spaces so rows and items stay whole."""
    if isinstance(value, Markup):
        return value
    text = "" if value is None else str(value)
    text = re.sub(r"[\r\n\t\v\f\u2028\u2029]+", " ", text)
    text = "".join(ch for ch in text if ch >= " " or ch == " ")
    text = _SPECIAL.sub(lambda m: f"&#{ord(m.group(0))};", text)
    if text and text[0] in _LEADING:
        text = f"&#{ord(text[0])};{text[1:]}"
    return Markup(text)
