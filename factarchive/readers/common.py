"""Checks and decoding shared by every reader."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

MAX_SEED_BYTES = 2_000_000  # a news article is tens of KB; anything this big is not one


class SeedError(Exception):
    """A seed that cannot be read; the message names the file and what is wrong."""

    def __init__(self, path: Path | str, problem: str):
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


def load_bytes(path: Path) -> bytes:
    """Read a seed's bytes, refusing empty, oversized and binary files."""
    try:
        size = path.stat().st_size
        if size > MAX_SEED_BYTES:
            raise SeedError(path, f"file is {size:,} bytes, over the {MAX_SEED_BYTES:,}-byte limit for one article")
        data = path.read_bytes()
    except OSError as exc:
        raise SeedError(path, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise SeedError(path, "file is empty")
    if b"\x00" in data[:8192]:
        raise SeedError(path, "file is binary (contains NUL bytes), not text")
    return data


def decode(path: Path, data: bytes) -> tuple[str, str]:
    """Decode seed bytes: UTF-8 first, then Windows-1252 for legacy files.

    Returns (text, encoding). Windows-1252 is the usual legacy encoding of
    English news text and a superset of Latin-1's printable range, so "£" in an
    old BBC file comes out intact; the decision is recorded in the fact sheet.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            text, encoding = data.decode("latin-1"), "latin-1"
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    if sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\t") > 0.01 * len(text):
        raise SeedError(path, f"file does not look like text (too many control characters after decoding as {encoding})")
    return text, encoding


def content_hash(data: bytes) -> str:
    """sha256 of a seed's bytes: what incremental builds and dedup key on."""
    return hashlib.sha256(data).hexdigest()
