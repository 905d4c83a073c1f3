"""Reader for plain-text wire stories (the seed's format) and headline-plus-paragraphs text.

The wire format, as the seed shows it::

    30 Turkish military vehicles enter Syria's Idlib      <- headline
    CGTN                                                  <- outlet (optional, no blank line before it)
    Damaged shops ... February 27, 2020. /AFP Photo       <- photo caption, printed twice
    ...paragraphs separated by blank lines...
    Read more: Russia, Turkey agree ceasefire deal ...    <- related headlines from here on
    Source(s): Xinhua News Agency                         <- wire source trailer

Without the outlet line the same reader takes the common "headline, blank line,
paragraphs" text format (the BBC corpus), and the agencies' archive format::

    BAHIA COCOA REVIEW                                    <- headline
    26-FEB-1987 15:01:01.79                               <- the story's date (or "(03/14/1998 10:36:00)")
    SALVADOR, Feb 26 - Showers continued throughout       <- dateline, then the first paragraph
    the week ...                                          <- hard line breaks are joined
        The dry period means ...                          <- an indented line starts a paragraph
     Reuter                                               <- sign-off: the wire source

A dateline opening the first paragraph is taken off it and recorded
(see :mod:`factarchive.readers.dateline`).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..model import Article, RawCaption
from .common import READ_MORE, SeedError, content_hash, decode, decode_character_references, load_bytes, publication_date
from .dateline import split_dateline
from .language import check_english

READER_NAME = "wire.v3"  # recorded in each Article; stage versions are derived from the source's hash, not typed here

# "... January 30. /AP Photo", "... /Reuters Photo", "... / AFP Photo"
CAPTION_CREDIT = re.compile(r"^(?P<text>.+?)\s*/\s*(?P<credit>[A-Z][\w.&' -]{0,40}?)\s+Photos?\s*$", re.S)
SOURCE_TRAILER = re.compile(r"^Sources?(?:\(s\))?\s*:\s*(?P<source>.+?)\s*$", re.I)
# The agencies' sign-off on the last line: " Reuter" (Reuters-21578).
SIGN_OFF = {"Reuter": "Reuters", "Reuters": "Reuters", "AP": "Associated Press", "AFP": "AFP"}
# The story's own date on line 2: "26-FEB-1987 15:01:01.79", "(03/14/1998 10:36:00)".
DATE_LINE = re.compile(r"^\(?(?:(?P<dmy>\d{1,2}-[A-Z][a-z]{2}-\d{4})|(?P<mdy>\d{1,2}/\d{1,2}/\d{4}))(?:\s+[\d:.]+)?\)?$", re.I)
MAX_OUTLET_WORDS = 6
INDENT = re.compile(r"^(?: {3,}|\t)\S")  # an indented line starts a new paragraph in hard-wrapped wire text


def _paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines (or begun by an indented line), each with its hard line breaks joined."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        current: list[str] = []
        for line in block.splitlines():
            if INDENT.match(line) and current:
                paragraphs.append(" ".join(current))
                current = []
            if line.strip():
                current.append(line.strip())
        if current:
            paragraphs.append(" ".join(current))
    return paragraphs


def story_date(line: str) -> str | None:
    """The ISO 8601 date of a wire story's date line ("26-FEB-1987 15:01:01.79" -> "1987-02-26"), or None."""
    from datetime import datetime

    match = DATE_LINE.match(line.strip())
    if not match:
        return None
    try:
        if match.group("dmy"):
            return publication_date(datetime.strptime(match.group("dmy").title(), "%d-%b-%Y").date().isoformat())
        return publication_date(datetime.strptime(match.group("mdy"), "%m/%d/%Y").date().isoformat())
    except ValueError:
        return None


def _looks_like_outlet(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= MAX_OUTLET_WORDS and not re.search(r"[.!?,;:]$", line)


def parse_wire(text: str) -> dict:
    """Split wire-story text into its parts (pure; no file access); character references are decoded first."""
    lines = decode_character_references(text).strip("\n").split("\n")
    title = lines[0].strip()
    outlet = published = None
    rest_start = 1
    if len(lines) > 1 and lines[1].strip():
        published = story_date(lines[1])
        if published:
            rest_start = 2
        elif _looks_like_outlet(lines[1].strip()):
            outlet = lines[1].strip()
            rest_start = 2
    body = lines[rest_start:]
    source = None
    if body and body[-1].strip() in SIGN_OFF:  # its own line, though no blank line sets it apart
        source = SIGN_OFF[body.pop().strip()]
    blocks = _paragraphs("\n".join(body))

    paragraphs: list[str] = []
    captions: list[RawCaption] = []
    related: list[str] = []
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
    dateline = None
    if paragraphs:
        dateline, agency, paragraphs[0] = split_dateline(paragraphs[0], published)
        if agency and not source:
            source = agency
    return {
        "title": title,
        "outlet": outlet,
        "published": published,
        "published_source": "story header" if published else None,  # the date line under the headline
        "dateline": dateline,
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
        language=check_english(path, parts["title"], parts["paragraphs"]),
        reader=READER_NAME,
        **parts,
    )
