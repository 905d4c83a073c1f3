"""The search index's numbers: documents numbered by their keys (:func:`number`), ranks, and postings as text.

Split from search_tables.py (one job a module; search_tables.py still exports these names). A document's number
comes from its key and its bucket, not its rank, so that a change renumbers no other document; a term's
postings are delta-encoded numbers in printable characters (:func:`encode_numbers`), capped per field
(:class:`Postings`).
"""

from __future__ import annotations

import hashlib
import marshal
from array import array
from collections import defaultdict
from typing import Any, Iterable, Iterator

import numpy as np


def digest(value: Any) -> bytes:
    """A short hash of plain values (str, int, None, tuples and lists of them; dicts in a fixed order)."""
    return hashlib.blake2b(marshal.dumps(value, 2), digest_size=16).digest()


def capacity(count: int) -> int:
    """Slots of a bucket of ``count`` documents: a power of two at least 1.5 times the count (at least 2).

    A power of two, so that it changes only when the count crosses one (not at every document added), and
    a third or more of the slots free, so that the runs of taken slots stay short (:func:`number`).
    """
    need = max(2, count + (count + 1) // 2)
    return 1 << (need - 1).bit_length()


class Keyed:
    """(bucket, digest of its key) of a section's documents, in two arrays: a list of tuples was about 130 bytes a
    document (27 MB at 20,000 synthetic articles, 208,000 documents), this is 8 plus the digest's 12."""

    def __init__(self, size: int = 12):
        self.size = size
        self.buckets = array("q")
        self.digests = bytearray()

    def append(self, item: tuple[int, bytes]) -> None:
        self.buckets.append(item[0])
        self.digests += item[1]

    def extend(self, items: Iterable[tuple[int, bytes]]) -> None:
        for item in items:
            self.append(item)

    def __len__(self) -> int:
        return len(self.buckets)

    def __getitem__(self, i: int) -> tuple[int, bytes]:
        return self.buckets[i], bytes(self.digests[i * self.size:(i + 1) * self.size])

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        return (self[i] for i in range(len(self)))


def _keyed(docs: Any) -> Keyed:
    if isinstance(docs, Keyed):
        return docs
    out = Keyed(len(docs[0][1]) if len(docs) else 12)
    out.extend(docs)
    return out


def _place(docs: Keyed, members: Any, at: int, size: int, got: array) -> None:
    """Number ``members`` (indexes into ``docs``) in the table of ``size`` slots from ``at``: each at the slot its
    digest names (its *home*) or the next free one, taken by (home, digest): a function of the set of keys, in
    which a document added or removed moves only those after it in its run of taken slots (none, mostly).

    Sorted by numpy (a list of (home, digest, index) tuples was 100 bytes a member, and a bucket can hold most
    of a section: every undated article, every entity named once): the digest's first 8 bytes and the rest,
    big-endian, order as the digest does.
    """
    if not len(members):
        return
    members = np.asarray(members, dtype=np.int64)
    width = docs.size
    raw = np.frombuffer(docs.digests, dtype=np.uint8).reshape(-1, width)[members]
    high = raw[:, :8].copy().view(">u8").ravel().astype(np.uint64)
    low = np.zeros(len(members), dtype=np.uint64)
    for column in range(8, width):  # the rest of the digest, as one number (at most 8 bytes more)
        low = (low << np.uint64(8)) | raw[:, column].astype(np.uint64)
    del raw
    homes = high % np.uint64(size)
    ranked = np.lexsort((low, high, homes))
    taken = bytearray(size)
    for home, i in zip(homes[ranked].tolist(), members[ranked].tolist()):
        slot = home
        while taken[slot]:
            slot = (slot + 1) % size
        taken[slot] = 1
        got[i] = at + slot


def number(sections: list[list[tuple[int, bytes]]]) -> tuple[list[array], list[int], int]:
    """Document numbers that are not positions: (numbers of each section's documents, section starts, end).

    Each document is given as (bucket, digest of its key), its section's documents in any order; the bucket
    is its article's day (days since year 1, :meth:`datetime.date.toordinal`; 0 undated) for articles,
    figures and captions, an entity's tier (the bit length of its count of articles). A section holds a
    table of its bucket 0 (:func:`capacity` slots), then a table per bucket, of the capacity of its own
    documents, at ``bucket * width`` (``width`` the capacity of the fullest bucket): a bucket's slots do not
    depend on the others, so an article added on a day, or a day's last article removed, moves no document
    of another day, and an entity named in one more article moves only itself (to another tier, now and
    then). Each document is numbered in its table by :func:`_place`. A section starts at the next power of
    two after the one before it ends.

    Numbers follow the days, oldest first (the script ranks the highest first: the newest; undated last), and
    a day's documents, or the few entities of a high tier (those a query shows first), sit together, in one
    or two record files. A document is renumbered with others only when its table's size crosses a power
    of two (then that table's), or the fullest bucket's (then its section's). Numbers are sparse (free
    slots, days with no article): only their differences are written (postings), and records are in files
    of slots (``search.record_file``): no file for slots never used.

    Why not positions (issue #14): numbered in rank order, an article added as the newest, or an entity
    named for the first time, renumbered most documents and so rewrote most search files.
    """
    out, starts, start = [], [], 0
    for docs in map(_keyed, sections):
        starts.append(start)
        by_day: dict[int, array] = defaultdict(lambda: array("q"))
        for i, day in enumerate(docs.buckets):
            by_day[day].append(i)
        got = array("q", [0]) * len(docs)
        undated = by_day.pop(0, [])
        size = capacity(len(undated)) if undated else 0
        _place(docs, undated, start, size, got)
        end = start + size
        if by_day:
            width = capacity(max(map(len, by_day.values())))
            for day, members in by_day.items():
                _place(docs, members, start + size + day * width, capacity(len(members)), got)
            end = start + size + (max(by_day) + 1) * width
        del by_day
        out.append(got)
        start += 1 << (end - start - 1).bit_length() if end > start else 0
    return out, starts[1:], start


def rank(value: int, sections: list[int], weights: dict[int, int]) -> tuple[int, int, int]:
    """Where a posting (``doc * 2 + field``) ranks; the script's ``rank`` is the same.

    First the group: 0 entity name or alias, 1 article headline, 2 article body, 3 figure, 4 caption; then
    an entity by the most articles (its weight), then by number; any other document by number, highest
    first (a later day first: days are numbered oldest first; undated documents, day 0, last).
    """
    first_article, first_figure, first_caption = sections
    doc = value >> 1
    if doc < first_article:
        return 0, -weights.get(doc, 0), doc
    if doc < first_figure:
        return 1 + (value & 1), -doc, 0
    return (3 if doc < first_caption else 4), -doc, 0


# Numbers written as text (:func:`encode_numbers`): JSON-safe characters '#' to '~' without the backslash, 91 of
# them; the first 45 end a number, the other 46 are digits before its last (base 46, most significant first).
DIGITS = "".join(chr(c) for c in range(0x23, 0x7F) if c != 0x5C)
LAST_DIGITS = 45
_DIGIT_VALUE = {c: i for i, c in enumerate(DIGITS)}


def encode_numbers(values: Iterable[int]) -> str:
    """Non-negative integers as one JSON-safe string: a number under 45 is one character, under 2,070 two.

    Why not a JSON array: its postings were most of the index's bytes (a delta of 200 is "200," in an array,
    two characters here); the script reads the string in one loop of charCodeAt (search.js: decode).
    """
    out = []
    for value in values:
        rest, last = divmod(value, LAST_DIGITS)
        head = ""
        while rest:
            rest, digit = divmod(rest, len(DIGITS) - LAST_DIGITS)
            head = DIGITS[LAST_DIGITS + digit] + head
        out.append(head + DIGITS[last])
    return "".join(out)


def decode_numbers(text: str) -> list[int]:
    """The integers of :func:`encode_numbers`."""
    out, value = [], 0
    for c in text:
        digit = _DIGIT_VALUE[c]
        if digit < LAST_DIGITS:
            out.append(value * LAST_DIGITS + digit)
            value = 0
        else:
            value = value * (len(DIGITS) - LAST_DIGITS) + digit - LAST_DIGITS
    return out


class Postings:
    """Every term's postings (``doc * 2 + field``), at most ``cap`` per field while building, the ``cap`` best at the end.

    Documents arrive in rank order (:func:`rank`) within each field, so the ``cap`` best postings of a term are
    among the first ``cap`` of each field: memory is bounded by the cap, not by the archive (a common word is
    in every article). An entity's posting is followed by its weight (its count of articles), which ranks it.
    """

    def __init__(self, sections: list[int], cap: int, weights: dict[int, int]):
        self.fields: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
        self.sections, self.cap, self.weights = sections, cap, weights

    def add(self, terms: Iterable[str], doc: int, field: int) -> None:
        lists, cap, value = self.fields[field], self.cap, doc * 2 + field
        for term in terms:
            found = lists.get(term)
            if found is None:
                lists[term] = [value]
            elif len(found) < cap:
                found.append(value)

    def _rank(self, value: int) -> tuple[int, int, int]:
        return rank(value, self.sections, self.weights)

    def encoded(self) -> dict[str, str]:
        """term -> delta-encoded postings in number order, each entity's followed by its weight, as text
        (:func:`encode_numbers`); empties the fields (call it once)."""
        named, body = self.fields
        first_article, weights = self.sections[0], self.weights
        out = {}
        # Taken out of the fields as they are encoded, so that the table is not held twice (once, it is empty).
        for term in named.keys() | body.keys():
            values = named.pop(term, []) + body.pop(term, [])
            if len(values) > self.cap:
                values.sort(key=self._rank)
                del values[self.cap:]
            values.sort()
            deltas, last = [], 0
            for value in values:
                deltas.append(value - last)
                last = value
                if value >> 1 < first_article:
                    deltas.append(weights.get(value >> 1, 0))
            out[term] = encode_numbers(deltas)
        return out


class BestPostings(Postings):
    """:class:`Postings` from documents in any order: per term and field the ``cap`` best by :func:`rank`.

    A unit's lines are read as they lie in its file (search_tables: streamed, never sorted whole, so that
    memory does not grow with the archive); each list grows to twice the cap, then keeps its ``cap`` best,
    so that the end holds exactly what :class:`Postings` keeps from the same documents in rank order.
    """

    def add(self, terms: Iterable[str], doc: int, field: int) -> None:
        lists, value = self.fields[field], doc * 2 + field
        limit = 2 * self.cap
        for term in terms:
            found = lists.get(term)
            if found is None:
                lists[term] = [value]
            else:
                found.append(value)
                if len(found) >= limit:
                    found.sort(key=self._rank)
                    del found[self.cap:]

    def empty(self) -> bool:
        return not (self.fields[0] or self.fields[1])

    def encoded(self) -> dict[str, str]:
        for lists in self.fields:
            for found in lists.values():
                if len(found) > self.cap:
                    found.sort(key=self._rank)
                    del found[self.cap:]
        return super().encoded()
