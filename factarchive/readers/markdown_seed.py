"""Reader for Markdown seeds with YAML front matter (``.md``): what a CMS exports, or a person writes.

::

    ---
    title: Council approves new bridge over the Wear     # required
    outlet: Sunderland Gazette
    published: 2024-03-05                                 # YYYY-MM-DD
    url: https://example.org/news/bridge
    author: Jane Smith                                    # or a list of names
    source: Press Association                             # the wire source it credits
    ---
    SUNDERLAND, March 5 (PA) - The council approved ...   # body: paragraphs

    ![Workers on the old bridge, March 4, 2024. Photo: Jane Smith](bridge.jpg)

Markdown syntax is parsed (markdown-it-py, CommonMark) and dropped: emphasis
and links keep their text; headings, list items and quotes become paragraphs;
code blocks and raw HTML are not article text. An image is a photo caption:
its alt text is the caption, with the credit parsed as in any caption
("... /AFP Photo", "Photo: ...", "(AP Photo/...)", "REUTERS/...").
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from .. import yamlsafe
from ..limits import MAX_FRONT_MATTER_CHARS, excerpt
from ..model import Article, RawCaption
from .common import READ_MORE, SeedError, content_hash, decode, load_bytes, publication_date, split_credit
from .dateline import split_dateline
from .language import check_english
from .page_byline import person_names

READER_NAME = "markdown.v1"

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
FIELDS = ("title", "outlet", "published", "url", "author", "source")
TEXT_BLOCKS = {"paragraph_open", "heading_open"}


def read_markdown(path: Path, seed: str) -> Article:
    """Read a Markdown seed into an Article."""
    data = load_bytes(path)
    text, encoding = decode(path, data)
    meta, body = front_matter(path, text)
    paragraphs, captions, related = parse_body(body)
    if not paragraphs:
        raise SeedError(path, "no body text after the front matter")
    published = meta.get("published")
    dateline, agency, paragraphs[0] = split_dateline(paragraphs[0], published)
    return Article(
        seed=seed,
        content_hash=content_hash(data),
        title=meta["title"],
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        related=tuple(related),
        outlet=meta.get("outlet"),
        source=meta.get("source") or agency,
        published=published,
        published_source="front matter" if published else None,
        url=meta.get("url"),
        byline=meta.get("author"),
        authors=tuple(person_names(meta.get("author") or "")),
        dateline=dateline,
        language=check_english(path, meta["title"], paragraphs),
        encoding=encoding,
        reader=READER_NAME,
    )


def front_matter(path: Path, text: str) -> tuple[dict[str, str], str]:
    """(validated front matter, body) of a Markdown seed; SeedError names the field or YAML problem."""
    match = FRONT_MATTER.match(text)
    if not match:
        raise SeedError(path, "no front matter: expected the file to start with a '---' line, YAML fields "
                              "(title: ...), and a closing '---' line")
    try:
        raw = yamlsafe.load(match.group("yaml"))  # no anchors or aliases: an alias bomb is refused unexpanded
    except yaml.YAMLError as exc:
        raise SeedError(path, f"front matter {yamlsafe.describe(exc, first_line=2)}") from exc  # line 1 is '---'
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise SeedError(path, f"front matter: expected YAML fields (title: ...), got {type(raw).__name__}")
    unknown = sorted(set(map(str, raw)) - set(FIELDS))
    if unknown:
        raise SeedError(path, f"front matter: unknown field {excerpt(unknown[0])}, expected one of {', '.join(FIELDS)}")
    meta: dict[str, str] = {}
    for name, value in raw.items():
        if value is None or value == "" or value == []:
            continue
        meta[name] = _field(path, name, value)
        if len(meta[name]) > MAX_FRONT_MATTER_CHARS:
            raise SeedError(path, f"front matter: field {name!r} is {len(meta[name]):,} characters, over the "
                                  f"{MAX_FRONT_MATTER_CHARS:,}-character limit for a front-matter value")
    if "title" not in meta:
        raise SeedError(path, "front matter: field 'title' is missing (the headline)")
    return meta, text[match.end():]


def _field(path: Path, name: str, value) -> str:
    """One front-matter value as text, checked for its field."""
    if name == "published":
        day = None
        if isinstance(value, dt.datetime):
            day = value.date().isoformat()
        elif isinstance(value, dt.date):
            day = value.isoformat()
        elif isinstance(value, str):
            try:
                day = dt.date.fromisoformat(value.strip()[:10]).isoformat()
            except ValueError:
                pass
        if day is None:
            raise SeedError(path, f"front matter: field 'published' expected a date (YYYY-MM-DD), got {excerpt(value)}")
        if publication_date(day) is None:  # "0001-01-01" is a CMS placeholder; it would stretch every timeline
            raise SeedError(path, f"front matter: field 'published' is {day}, not a publication date "
                                  f"(expected 1800-01-01 to tomorrow)")
        return day
    if name == "author" and isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(v.strip() for v in value if v.strip())
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = " ".join(str(value).split())
        if text:
            return text
    raise SeedError(path, f"front matter: field {name!r} expected text, got {excerpt(value)}")


def parse_body(body: str) -> tuple[list[str], list[RawCaption], list[str]]:
    """(paragraphs, captions, related headlines) of a Markdown body, its syntax dropped (pure)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(body)
    paragraphs: list[str] = []
    captions: list[RawCaption] = []
    related: list[str] = []
    for i, token in enumerate(tokens):
        if token.type != "inline" or i == 0 or tokens[i - 1].type not in TEXT_BLOCKS:
            continue
        words: list[str] = []
        for child in token.children or []:
            if child.type == "image":
                caption = split_credit(child.content)
                if caption.text and caption not in captions:
                    captions.append(caption)
            elif child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append(" ")
        text = " ".join("".join(words).split())
        if not text:
            continue
        more = READ_MORE.match(text)
        if more:
            if more.group("headline").strip():
                related.append(more.group("headline").strip())
            continue
        paragraphs.append(text)
    return paragraphs, captions, related
