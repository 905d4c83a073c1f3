"""Reader for plain-text wire stories (the seed's format) and headline-plus-paragraphs text.

The wire format, as the seed shows it::

    30 Turkish military vehicles enter Syria's Idlib      <- headline
    CGTN                                                  <- outlet (optional, no blank line before it)
    Damaged shops ... February 27, 2020. /AFP Photo       <- photo caption, printed twice
    ...paragraphs separated by blank lines...
    Read more: Russia, Turkey agree ceasefire deal ...    <- related headlines from here on
    Source(s): Xinhua News Agency                         <- wire source trailer

Without the outlet line the same reader takes the common "headline, blank line,
paragraphs" text format.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Article, RawCaption
from .common import SeedError, content_hash, decode, load_bytes

READER_NAME = "wire.v1"

# "... January 30. /AP Photo", "... /Reuters Photo", "... / AFP Photo"
CAPTION_CREDIT = re.compile(r"^(?P<text>.+?)\s*/\s*(?P<credit>[A-Z][\w.&' -]{0,40}?)\s+Photos?\s*$", re.S)
SOURCE_TRAILER = re.compile(r"^Sources?(?:\(s\))?\s*:\s*(?P<source>.+?)\s*$", re.I)
READ_MORE = re.compile(r"^(?:Read more|Related|See also)\s*:\s*(?P<headline>.*)$", re.I)
MAX_OUTLET_WORDS = 6


def _paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each with its hard line breaks joined."""
    blocks = re.split(r"\n\s*\n", text)
    return [" ".join(line.strip() for line in block.splitlines() if line.strip()) for block in blocks if block.strip()]


def _looks_like_outlet(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_OUTLET_WORDS and not re.search(r"[.!?,;:]$", line)


def parse_wire(text: str) -> dict:
    """Split wire-story text into its parts (pure; no file access)."""
    lines = text.strip("\n").split("\n")
    title = lines[0].strip()
    outlet = None
    rest_start = 1
    if len(lines) > 1 and lines[1].strip() and _looks_like_outlet(lines[1].strip()):
        outlet = lines[1].strip()
        rest_start = 2
    blocks = _paragraphs("\n".join(lines[rest_start:]))

    paragraphs: list[str] = []
    captions: list[RawCaption] = []
    related: list[str] = []
    source = None
    in_related = False
    for block in blocks:
        trailer = SOURCE_TRAILER.match(block)
        if trailer:
            source = trailer.group("source")
            in_related = False
            continue
        more = READ_MORE.match(block)
        if more:
            in_related = True
            if more.group("headline").strip():
                related.append(more.group("headline").strip())
            continue
        if in_related:
            related.append(block)
            continue
        credit = CAPTION_CREDIT.match(block)
        if credit:
            caption = RawCaption(text=credit.group("text").strip(), credit=credit.group("credit").strip())
            if caption not in captions:  # pages print each caption twice
                captions.append(caption)
            continue
        paragraphs.append(block)
    return {
        "title": title,
        "outlet": outlet,
        "paragraphs": tuple(paragraphs),
        "captions": tuple(captions),
        "related": tuple(related),
        "source": source,
    }


def read_wire(path: Path, seed: str) -> Article:
    """Read a plain-text seed into an Article."""
    data = load_bytes(path)
    text, encoding = decode(path, data)
    parts = parse_wire(text)
    if not parts["title"] or len(parts["title"]) > 400:
        raise SeedError(path, "no headline on the first line")
    if not parts["paragraphs"]:
        raise SeedError(path, "no body text after the headline")
    return Article(
        seed=seed,
        content_hash=content_hash(data),
        encoding=encoding,
        reader=READER_NAME,
        **parts,
    )
