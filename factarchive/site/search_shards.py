"""The search index's shards: terms cut into files of about a size, borders set by keys (content-defined).

Split from search_tables.py (one job a module; search_tables.py still exports these names).
"""

from __future__ import annotations

import hashlib
from itertools import accumulate, groupby
from operator import itemgetter
from typing import Any, Iterable, Iterator, Optional

PREFIX = 2  # characters of a term that name its shard (and its unit)


def shard_file(key: str) -> str:
    """A shard key as a file name: a-z and 0-9 as they are, any other character as _<hex>_ (safe on any disk)."""
    return "".join(c if ("a" <= c <= "z" or "0" <= c <= "9") else f"_{ord(c):x}_" for c in key)



def entry_size(term: str, value: Any) -> int:
    """About the bytes of a shard entry (term, postings) in JSON; exact sizes would cost a json.dumps per split."""
    if isinstance(value, str):
        return len(term) + len(value) + 6
    return len(term) + (3 * len(value) + 8 if isinstance(value, list) else len(str(value)))


def order(term: str) -> bytes:
    """Sort key of terms: UTF-16 code units, the order of JavaScript's ``<`` (code points differ above U+FFFF)."""
    return term.encode("utf-16-be")


BOUNDARY = 32  # about one run (unit) in this many begins a shard whatever the sizes: see starts_shard


def starts_shard(key: str) -> bool:
    """Whether a run of terms begins a shard of its own, decided by its key alone (about one in ``BOUNDARY``).

    Packed by size alone, one unit grown by a new article moved the border of every shard after it (on the BBC
    archive, adding an article rewrote 110 of 111 word shards); with borders that a key sets by itself, a
    change moves the borders only up to the next such key, as content-defined chunking (rsync, restic) does.
    """
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=4).digest(), "big") % BOUNDARY == 0


def shards(table: dict[str, Any], limit: int) -> dict[str, dict[str, Any]]:
    """Terms in shards of at most about ``limit`` bytes, each named by a key that begins its first term.

    A run of terms sharing their first two characters (a unit) is one shard if it fits; else it is cut at its
    terms' next character, and neighbouring pieces that fit together make one shard again (else a big shard
    would leave dozens of tiny ones), unless a piece :func:`starts_shard`. Each shard holds every term from its key up to the next shard's key,
    so a term's shard is the last key not after it (``search.shard_key``); a new term changes only the
    shards of its own unit and the packing around it. :class:`IndexStore` packs units the same way
    (:func:`_pack`) without holding the table.
    """
    ordered = sorted(table, key=order)
    # Sorted, a key's terms are one run of the list: a run's size is a difference of running totals.
    total = [0, *accumulate(entry_size(t, table[t]) for t in ordered)]
    out: dict[str, dict[str, Any]] = {}

    def emit(key: str, first: int, last: int) -> None:
        out[key] = {ordered[i]: table[ordered[i]] for i in range(first, last)}

    pending = [(PREFIX, 0, len(ordered))]  # (key length, start, end): every term of the run shares its key
    while pending:
        length, start, end = pending.pop()
        runs = [(key, [i for i, _ in group]) for key, group in
                groupby(((i, ordered[i][:length]) for i in range(start, end)), key=itemgetter(1))]
        packed: Optional[tuple[str, int, int]] = None  # neighbouring runs that fit in one shard together
        for key, members in runs:
            first, last = members[0], members[-1] + 1
            if total[last] - total[first] > limit and len(key) == length and last - first > 1:
                if packed:
                    emit(*packed)
                    packed = None
                pending.append((length + 1, first, last))
            elif packed and total[last] - total[packed[1]] <= limit and not starts_shard(key):
                packed = (packed[0], packed[1], last)
            else:
                if packed:
                    emit(*packed)
                packed = (key, first, last)
        if packed:
            emit(*packed)
    return dict(sorted(out.items(), key=lambda kv: order(kv[0])))


def packed(units: Iterable[tuple[str, dict[str, Any]]], limit: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """:func:`shards` of a table given a unit at a time, in key order (the terms sharing their first ``PREFIX``
    characters, units sorted by :func:`order`): the same shards, one at a time, holding one unit and one pack.

    A unit over ``limit`` is cut as :func:`shards` cuts it; the others are packed with their neighbours up to
    ``limit`` unless one :func:`starts_shard` (search_tables.IndexStore.table packs its kept units the same way).
    """
    pack: dict[str, Any] = {}
    pack_key, pack_size = "", 0
    for unit, table in units:
        size = sum(entry_size(t, v) for t, v in table.items())
        if size > limit and len(unit) == PREFIX and len(table) > 1:
            if pack:
                yield pack_key, pack
                pack, pack_size = {}, 0
            yield from shards(table, limit).items()
            continue
        if pack and pack_size + size <= limit and not starts_shard(unit):
            pack.update(table)
            pack_size += size
        else:
            if pack:
                yield pack_key, pack
            pack_key, pack, pack_size = unit, dict(table), size
    if pack:
        yield pack_key, pack
