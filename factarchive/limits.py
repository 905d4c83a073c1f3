"""Resource bounds on what people and scrapers put in ``seeds/`` and ``archive/``: the numbers, in one place.

Seeds come from many hands. Each bound is far above any real article (the
comment says what a real one measures) and far below what would cost the
machine: a seed over a bound is reported by name, naming the bound, and the
rest still build.
"""

from __future__ import annotations

import reprlib

# A text seed (.txt, .md). A long-read is 10-60 KB of text; 2 MB is a 300,000-word book, not one article,
# and reading, decoding and tagging it stays within a few hundred MB of memory.
MAX_SEED_BYTES = 2_000_000

# A saved page (.html, .htm), and what a .html.gz may decompress to (decompression stops one byte past it,
# so a gzip bomb costs this much memory at most). Pages carry scripts and styles: CNN's run to 3 MB.
MAX_PAGE_BYTES = 10_000_000

# One front-matter value of a Markdown seed, in characters (an author list: all names joined). A headline is
# under 300 characters, a URL under 2,048 in every browser; a longer value is a mistake or an attack.
MAX_FRONT_MATTER_CHARS = 2_048

# Facts of one kind (actors, locations, figures, captions) in one fact sheet. 219 BBC articles have at most
# 65 actors, 11 locations, 79 figures and 15 captions; 1,000 leaves room for a long report, while the sheet,
# its article page and the entity pages it feeds stay a size a person can review and a browser can open.
# Beyond it the first 1,000 (in article order) are kept and the seed is reported.
MAX_FACTS_PER_KIND = 1_000

# How much of an offending value an error message may quote: repr-escaped (control characters, newlines and
# quotes cannot forge lines in a log or a CI annotation) and cut, so a huge value costs a short line.
MAX_EXCERPT_CHARS = 80

_REPR = reprlib.Repr()
# reprlib stops at these sizes *while* building the text, so excerpting a deeply nested or huge value costs
# a few dozen steps however big the value is (repr() of it first, then cutting, would not).
_REPR.maxlevel, _REPR.maxlist, _REPR.maxtuple, _REPR.maxdict = 3, 6, 6, 4
_REPR.maxstring, _REPR.maxother, _REPR.maxlong = MAX_EXCERPT_CHARS, MAX_EXCERPT_CHARS, MAX_EXCERPT_CHARS


def excerpt(value: object, limit: int = MAX_EXCERPT_CHARS) -> str:
    """A short, escaped excerpt of ``value`` for an error message: its repr, at most ``limit`` characters."""
    text = _REPR.repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def shorten(message: str, limit: int = 200) -> str:
    """A message from a library (which may quote a value in full) cut to ``limit`` characters."""
    return message if len(message) <= limit else message[: limit - 3] + "..."
