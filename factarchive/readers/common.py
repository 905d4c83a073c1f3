"""Checks, decoding and caption credits shared by every reader."""

from __future__ import annotations

import codecs
import gzip
import hashlib
import html
import io
import re
import unicodedata
import zlib
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from ..limits import MAX_PAGE_BYTES, MAX_SEED_BYTES
from ..model import RawCaption



class SeedError(Exception):
    """A seed that cannot be read; the message names the file and what is wrong."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def read_limited(path: Path, limit: int = MAX_SEED_BYTES) -> bytes:
    """A seed's bytes, refusing files over ``limit`` before reading them (bounded memory)."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise SeedError(path, f"file is {size:,} bytes, over the {limit:,}-byte limit for one article")
        return path.read_bytes()
    except OSError as exc:
        raise SeedError(path, f"cannot be read ({exc.strerror or exc})") from exc


def load_bytes(path: Path, limit: int = MAX_SEED_BYTES, markup: bool = False) -> bytes:
    """Read a seed's bytes, refusing empty, oversized and binary files (``markup``: see :func:`check_text_bytes`)."""
    data = read_limited(path, limit)
    check_text_bytes(path, data, markup)
    return data


def load_gzip_bytes(path: Path, limit: int = MAX_SEED_BYTES, markup: bool = False) -> tuple[bytes, bytes]:
    """(compressed bytes, decompressed bytes) of a gzipped seed, decompressing at most ``limit`` bytes."""
    raw = read_limited(path, limit)
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(raw)) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise SeedError(path, f"is not valid gzip ({exc})") from exc
    if len(data) > limit:
        raise SeedError(path, f"decompresses to over the {limit:,}-byte limit for one article")
    check_text_bytes(path, data, markup)
    return raw, data


# Byte-order marks of the Unicode encodings whose text is full of NUL bytes: UTF-32 first (its LE mark starts like UTF-16's).
WIDE_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
             (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
MAX_STRAY_NULS = 0.001  # a saved page with a few NUL bytes is still a page (a browser shows it); a binary file has many


def wide_encoding(data: bytes) -> Optional[str]:
    """"utf-16" or "utf-32" when the bytes start with that encoding's byte-order mark, else None."""
    return next((name for bom, name in WIDE_BOMS if data.startswith(bom)), None)


def check_text_bytes(path: Path, data: bytes, markup: bool = False) -> None:
    """Refuse empty and binary content.

    UTF-16 and UTF-32 text with a byte-order mark is text. With ``markup`` (a
    saved web page), a few stray NUL bytes do not make the page binary.
    """
    if not data.strip():
        raise SeedError(path, "file is empty")
    head = data[:8192]
    if b"\x00" in head and not wide_encoding(data):
        if not (markup and head.lstrip()[:1] == b"<" and head.count(b"\x00") <= MAX_STRAY_NULS * len(head) + 1):
            raise SeedError(path, "file is binary (contains NUL bytes), not text")


def decode(path: Path, data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode seed bytes: the declared charset, else UTF-8, else Windows-1252 for legacy files.

    Returns (text, encoding). Windows-1252 is the usual legacy encoding of
    English news text and a superset of Latin-1's printable range, so "£" in an
    old BBC file comes out intact; the decision is recorded in the fact sheet.
    A declared charset (an HTML page's ``<meta charset>``) is used only when
    the bytes decode with it; pages often declare one thing and are another.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    candidates = []
    wide = wide_encoding(data)
    if wide:
        candidates.append(wide)  # the byte-order mark outranks a declared charset, as in browsers
    if declared:
        try:
            name = codecs.lookup(declared).name
        except LookupError:
            name = None
        if name and not (name.startswith(("utf-16", "utf-32")) and not wide):  # browsers ignore those without a BOM
            candidates.append(name)
    candidates += ["utf-8", "cp1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            if encoding == "utf-8" and _mostly_utf8(data):
                # UTF-8 with a few stray legacy bytes (a "£" pasted from an old file): those bytes alone are cp1252
                text, encoding = data.decode("utf-8", errors=STRAY_BYTES), "utf-8"
                break
            continue
    else:
        text, encoding = data.decode("latin-1"), "latin-1"  # every byte is a character: never fails
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t") > 0.01 * len(text):
        raise SeedError(path, f"file does not look like text (too many control characters after decoding as {encoding})")
    return text, encoding


STRAY_BYTES = "factarchive-cp1252-bytes"
UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
STRAY_SHARE = 0.5  # at most one invalid byte for two valid multi-byte UTF-8 characters (cp1252 text has almost none)


def _stray_bytes_as_cp1252(error: UnicodeDecodeError) -> tuple[str, int]:
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error(STRAY_BYTES, _stray_bytes_as_cp1252)


def _mostly_utf8(data: bytes) -> bool:
    """True when the bytes are UTF-8 but for a few invalid ones (a page that mixes in a legacy byte or two)."""
    valid = len(UTF8_SEQUENCE.findall(data))
    invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    return valid > 0 and invalid <= STRAY_SHARE * valid


# Control characters other than tab and newline: a stray "\x10" in a saved page makes lxml hand trafilatura
# a tree with no text in it, so they are removed before any parsing (they are never part of an article).
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control_characters(text: str) -> str:
    """``text`` without C0 control characters (tab and newline kept) and DEL."""
    return CONTROL_CHARACTERS.sub("", text)


# "&#163;", "&#xA3;", "&pound;", "&amp;": character references left in plain text by a web export.
CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "Blair\u00bfs": an apostrophe that went through the wrong code page comes back as an inverted question
# mark between two letters; Spanish prints "\u00bf" only at the start of a question, never inside a word.
MISENCODED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\u00bf(?=[^\W\d_])")


def decode_character_references(text: str) -> str:
    """Plain text with its HTML character references decoded ("&#163;1.8m" -> "\u00a31.8m", "Blair&#191;s" -> "Blair's").

    Only complete references (ending in ";") are decoded, with the standard
    library's table (``html.unescape``): "AT&T" and "R&D;" in copy stay as written
    unless "&D;" is a real entity name.
    """
    if "&" in text:
        text = CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), text)
    return MISENCODED_APOSTROPHE.sub("'", text)


EARLIEST_PUBLICATION = date(1800, 1, 1)  # before this a "publication date" is a template's 0001-01-01 or a typo


def publication_date(value: Optional[str], today: Optional[date] = None) -> Optional[str]:
    """An ISO 8601 date (YYYY-MM-DD, or the start of a timestamp) if it can be a publication date, else None.

    A date before 1800 or after tomorrow is a CMS placeholder ("0001-01-01") or a
    typo, not the day the article appeared (tomorrow: a newsroom ahead of UTC).
    """
    if not value:
        return None
    match = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not match:
        return None
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    latest = (today or date.today()) + timedelta(days=1)
    return day.isoformat() if EARLIEST_PUBLICATION <= day <= latest else None


def content_hash(data: bytes) -> str:
    """sha256 of a seed's bytes: what incremental builds and dedup key on."""
    return hashlib.sha256(data).hexdigest()


# --------------------------------------------------------------------------- shared text rules

READ_MORE = re.compile(r"^(?:Read more|Related|See also|READ MORE)\s*:\s*(?P<headline>.*)$", re.I)

# Credits as captions print them, tried in order; each leaves the caption text before it.
CREDIT_PATTERNS = (
    # "... REUTERS/Yannis Behrakis", "... REUTERS/Yannis Behrakis/File Photo"
    re.compile(r"^(?P<text>.*?)\s*(?P<credit>\b[A-Z]{2,}(?:\s[A-Z]{2,})*\s?/\s?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}(?:/[\w ]{1,20})?)\s*$", re.S),
    # "... February 27, 2020. /AFP Photo", "... / Reuters Photo"
    re.compile(r"^(?P<text>.*?)\s*/\s*(?P<credit>[A-Z][\w.&' -]{0,40}?)\s+Photos?\s*$", re.S),
    # "... (AP Photo/Evan Vucci)", "(Photo: AFP)", "(Reuters)"
    re.compile(r"^(?P<text>.*?)\s*\((?P<credit>(?:[A-Z][\w.&' -]{0,30}\s)?(?:Photo(?:graph)?s?|Images?|Picture|Credit)\s*(?:/|:|by)\s*[^()]{1,80}"
               r"|[A-Z][\w.&'-]{1,30}(?:\s[A-Z][\w.&'-]*){0,3}(?:/[^()]{1,60})?)\)\s*$", re.S),
    # "... Moon [SpaceX via Nasa]" (Al Jazeera)
    re.compile(r"^(?P<text>.*?)\s*\[(?P<credit>[^\[\]]{2,60})\]\s*$", re.S),
    # "... Photo: AFP", "Photograph: Jane Doe/Reuters", "Credit: Riot Games", "Credit...Doug Mills/The New York Times"
    re.compile(r"^(?P<text>.*?)\s*\b(?:Photo(?:graph)?s?|Images?|Picture|Pic|Credit)(?:\s+credit)?\s*(?::|\.\.\.|…)\s*(?P<credit>[^:()]{1,80}?)\s*$", re.S | re.I),
    # "... column sig. Photo illustration by Ann Lee, The Gazette": a credit sentence after the caption's last sentence
    re.compile(r"^(?P<text>.+?[.!?])\s+(?P<credit>(?:(?:Photo(?:graph)?|Photo illustration|Illustration|Image|Picture)s?\s+by|"
               r"Courtesy(?:\s+of)?)\s+[A-Z].{1,80})$", re.S),
    # "Ann Lee Submitted photo", "... Courtesy photo": a community paper's credit for a photo sent in
    re.compile(r"^(?P<text>.+?)\s+(?P<credit>(?:Submitted|Contributed|Courtesy|File|Staff|Handout)\s+(?:photo|image|picture)s?)\s*$", re.S | re.I),
    # "... in Nogales. Leonhard Foeger / Reuters file", "... supply chain. Mike Blake/Reuters files": after the last sentence
    re.compile(r"^(?P<text>.+?[.!?])\s+(?P<credit>[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}\s?/\s?[A-Z][\w.&'-]*(?:\s[A-Z][\w.&'-]*){0,3}"
               r"(?:\s(?:file|files|File Photo))?)\s*$", re.S),
)
# A parenthesised end that is a credit, not an aside: "(AP Photo/...)", "(Reuters)", "(Photo: ...)".
CREDIT_IN_PARENS = re.compile(r"photo|reuters|\bap\b|afp|getty|epa|xinhua|anadolu|associated press|press association|"
                              r"shutterstock|istock|image|credit|/", re.I)


def split_credit(caption: str) -> RawCaption:
    """A caption as printed -> its text and its credit, where the caption states one."""
    caption = " ".join(caption.split())
    for n, pattern in enumerate(CREDIT_PATTERNS):
        match = pattern.match(caption)
        if not match:
            continue
        credit = match.group("credit").strip(" .")
        if n == 2 and not CREDIT_IN_PARENS.search(credit):
            continue  # "(L)", "(Syria)": part of the caption
        return RawCaption(text=match.group("text").strip(), credit=credit or None)
    return RawCaption(text=caption)
