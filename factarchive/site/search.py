"""The site's search index: sharded script files built from the catalog, loaded by ``<script>`` tags (issue #13).

Why our own: material's search downloads one index with the full text of every
page (35 MB at 2,127 BBC articles) and builds it in the browser; Pagefind loads
its shards with ``fetch()``, ES modules and WebAssembly, which file:// refuses.
rustdoc's way works in both: every index file is a script that calls a callback,
``factarchiveSearch.load("w/ab", {...});``, and a query adds ``<script>`` tags
for only the files it needs. No library writes such an index, so this module does.

Files, under ``docs/search/`` (all JSON inside a callback, keys sorted, same
catalog -> same bytes):

- ``meta.js`` — ``{"v": 2, "types": [...], "docs": N, "chunks": [slots per d/ file of entities,
  articles, figures, captions], "cap": P, "sections": [first article, first figure, first caption],
  "w": [shard keys], "p": [...], "e": [...]}``: which shards exist. Loaded on the first keystroke, never before.
- ``w/<key>.js`` — word shards: ``{term: "postings"}`` for every term starting with ``key``.
- ``p/<key>.js`` — word-pair shards, for phrases: ``{"first second": "postings"}``.
- ``e/<key>.js`` — entity names: ``{folded name or alias: [entity doc numbers, most articles first]}``.
- ``d/<s><n>.js`` — result records, ``[type, path, title, context, extra]``: section ``s`` (``e``ntities,
  ``a``rticles, ``f``igures, ``c``aptions), its slots ``n * chunks[s]`` on, a free slot 0 (:func:`record_file`).

Documents are numbered by their keys, not by rank (issue #14: in rank order, one
article added renumbered most documents, and so rewrote 424 of the BBC index's 452
files): :func:`search_tables.number` puts each in a slot its key's digest names, in
a table of its section and bucket (entities by tier, the bit length of their count
of articles; articles, figures, captions by their article's day, oldest first,
undated before them), so that adding,
removing or changing an article moves no other document. A posting is ``doc * 2 +
field`` (field 0: name, alias or headline; 1: body), the list delta-encoded and
written as text (:func:`search_tables.encode_numbers`: a delta under 2,070 is two
characters); an entity's posting is followed by its count of articles. A query ranks
its matches by group: an entity whose whole name or alias is the query, then one
whose name or alias begins with it (the ``e/`` shards), then entities whose name
holds the words (most articles first), articles whose headline holds every word,
articles that hold them in their body, figures, captions (each newest first: the
highest number, a later day; undated last; in one day, by number). Every word must
match (a query no document holds whole shows those holding most of its words). ``type`` is an index into ``types``; ``path`` is the docs path without
``.md`` (``entities/bb/x``, ``articles/bb/y#f1``; an entity named in one article is
``articles/bb/y#actor-x``): the script adds ``/`` or ``.html``
for the site's URL style. ``extra`` is an entity's ``[kind, roles, country,
article count]`` or an article's date.

Text is folded the same way here and in ``assets/search.js``: NFKD, nonspacing
marks dropped, casefold (JS: toLowerCase, ß -> ss, ς -> σ), so "erdogan" finds
Erdoğan; words are runs of letters and digits ("2,980" is one word, 2980) of at
most ``MAX_TERM`` characters.

Choices, and why:

- **Common words**: no stop-word list (it would be English-only); instead each
  term keeps at most ``POSTINGS_CAP`` postings, the best-ranked ones (every
  entity first, then headline matches, then the newest articles). A query of
  common words therefore finds the newest matches, not all of them.
- **Shards**: by the first two characters of the term; a shard over
  ``SHARD_BYTES`` is cut by one more character and the pieces packed together
  again up to that size (:func:`search_tables.shards`), so a shard stays small however large
  the archive; meta.js lists the keys in order, and a term is in the shard of
  the last key not after it.
- **Prefixes as you type**: the last word of a query matches every term it
  begins in the shard(s) it loads; a prefix shorter than its shard's children
  expands into at most a few child shards (more characters narrow it), and a
  one-letter word waits for its second letter.
- **Phrases** (``"prime minister"``): each pair of adjacent words in a field is
  indexed as a term of the ``p/`` shards; a phrase matches documents holding all
  its pairs (exact for two words; for longer phrases the pairs could sit apart).
  Pairs keep ``PAIRS_CAP`` postings each; they are most of the index's bytes
  (8 of 14 MB on the BBC archive), but load only for a phrase.
- **Context**: one stored line per result (an article's first fact sentence, a
  figure's sentence, a caption's article), not the sentence of the match: a
  query-dependent snippet would need every sentence in the metadata files.
- **Built again in proportion to the change** (issue #14): numbers that do not
  move, and the work follows what changed:
  :mod:`search_tables` keeps, in ``docs/.factarchive-search/``, each document's
  digest and the units (two-character runs) its terms fall in, each unit's
  postings and encoded table; a build tokenizes only new and changed documents
  (an unchanged article's sheet is not even decoded), recomputes only the units
  whose lines changed or whose documents were renumbered or named in more or
  fewer articles, and writes only the shards holding them. Same files as a build
  from nothing, byte for byte. A title changed touches a few files; an article
  added or removed, the shards of its words and pairs (about 200 on the BBC
  archive, most of its word and pair shards: a term-sharded index puts an
  article's few hundred terms in as many shards), a record file per document and
  per entity whose count changed, and meta.js.

Lookup for newsroom tools (a stable interface, from the same files): ``lookup(site, name)``
below, or in a page of the site::

    factarchiveSearch.lookup("Erdoğan").then(found => console.log(found[0].url))

Both give, for every entity whose name or alias folds to ``name``, most-named
first: ``name``, ``type``, ``kind``, ``roles``, ``country``, ``articles``, ``url``
(relative to the site root, in the site's URL style) and ``json`` (its facts: its twin, or for
an entity named in one article, that article's twin).
"""

from __future__ import annotations

import gc
import hashlib
import json
import re
import sqlite3
import sys
import unicodedata
from bisect import bisect_right
from array import array
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Optional

import numpy as np

from . import search_numbers, search_shards, search_tables, urls
from .catalog import KIND_GROUPS, Catalog
from .lazysheet import LazySheet
from .search_tables import PREFIX, IndexStore, _key, digest, order, shard_file, shards  # noqa: F401 (shards: for tools)

ROOT = "search/"
SCRIPT = urls.ASSETS + "search.js"  # our own (see assets/search.js), added by add_files
STYLE = urls.ASSETS + "search.css"
CALLBACK = "factarchiveSearch.load"
# Types a result can have, in the order of the filter; entity groups map onto the first four.
TYPES = ("person", "organisation", "place", "group", "article", "figure", "caption")
GROUP_TYPES = {"people": "person", "organizations": "organisation", "places": "place", "groups": "group"}
POSTINGS_CAP = 600  # postings kept per term (the best-ranked); see the module docstring
PAIRS_CAP = 200  # the same for word pairs (phrases): most pairs are rare, a common one needs fewer
SHARD_BYTES = 24_000  # a word shard larger than about this is split by one more character
PAIR_SHARD_BYTES = 48_000  # pair shards load only for a phrase: fewer, larger files
# Slots per d/ file for entities, articles, figures, captions: small where the first results
# come from (a query shows ten, each may need its own file), large for the many figures and
# captions, which rank last, so that the count of files stays in the thousands at 100,000 articles.
# A third to a half of the slots hold a record (search_tables.capacity), so a file holds about
# as many records as one of 256, 128, 512, 512 records did when documents were numbered in rank order.
DOC_CHUNKS = (512, 256, 1024, 1024)
CONTEXT_CHARS = 180  # one line of context
MAX_TERM = 40  # longer "words" are URLs and junk; not indexed

# Every nonspacing mark, deleted in one C-speed str.translate (a Python loop per character
# was the slowest part of indexing 100,000 articles). Marks live in planes 0, 1 and 14 only.
_MARKS = {c: None for c in (*range(0x20000), *range(0xE0000, 0xE1000)) if unicodedata.category(chr(c)) == "Mn"}
_THOUSANDS = re.compile(r"(\d),(?=\d{3}(?!\d))")
# A word: a run of letters and digits, of at most MAX_TERM (longer runs are URLs and junk: not words at all).
_WORD = re.compile(r"(?<![^\W_])[^\W_]{1,%d}(?![^\W_])" % MAX_TERM)


def fold(text: str) -> str:
    """Case and diacritics folded: "Erdoğan" -> "erdogan" (the script does the same)."""
    if text.isascii():  # most of an English archive: nothing to decompose (casefold is lower for ASCII)
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_MARKS).casefold()


# A small cache: a name is folded for every document that holds it (an entity's name, its figures' wording).
# It was 65,536 entries: 88 MB of tuples of fresh word strings at 5,000 synthetic articles, for a hit rate of 16 %.
@lru_cache(maxsize=1 << 11)
def words(text: str) -> tuple[str, ...]:
    """The folded words of a text, in order ("2,980 Gears" -> ("2980", "gears"))."""
    return tuple(_WORD.findall(_THOUSANDS.sub(r"\1", fold(text))))


@dataclass(frozen=True)
class SearchDoc:
    """One result the search can show, with the texts it is found by."""

    type: str  # one of TYPES
    path: str  # docs path without .md, plus an #anchor for a figure or caption
    title: str
    context: str
    names: tuple[str, ...]  # field 0: name and aliases, headline, a figure's wording, a caption
    body: tuple[str, ...]  # field 1: an article's fact sentences, a figure's sentence
    extra: Any = None

    def record(self) -> list:
        return [TYPES.index(self.type), self.path, self.title, self.context, self.extra]


def _line(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= CONTEXT_CHARS else text[:CONTEXT_CHARS - 1].rstrip() + "…"


def documents(catalog: Catalog) -> list[SearchDoc]:
    """Every searchable thing, in rank order: entities (most articles first), articles (newest first), figures, captions."""
    return list(iter_documents(catalog))


def iter_documents(catalog: Catalog) -> Iterator[SearchDoc]:
    """:func:`documents` one at a time: the index is built in passes over them, never all held (issue #14)."""
    yield from map(_entity_doc, _ranked_entities(catalog))
    yield from map(_article_doc, catalog.articles)
    for sheet, fig in catalog.figures:
        yield _figure_doc(sheet, fig)
    for sheet, cap in catalog.captions:
        yield _caption_doc(sheet, cap)


def _ranked_entities(catalog: Catalog) -> list:
    return sorted(catalog.entities.values(), key=lambda e: (-e.article_count, fold(e.name), e.id))


def _entity_type(e: Any) -> str:
    return GROUP_TYPES[KIND_GROUPS[e.kind]]


def _entity_path(e: Any) -> str:
    """Where it lives: its page, or (named in one article) its fact on that article's page."""
    home, anchor = urls.entity_home(e)
    return home[:-3] + (f"#{anchor}" if anchor else "")


def _entity_doc(e: Any) -> SearchDoc:
    roles: dict[str, str] = {}
    for role in e.roles:  # "Chancellor" and "chancellor": once
        roles.setdefault(fold(role), role)
    context = " · ".join([*list(roles.values())[:2], *([e.country] if e.country else []),
                          f"{e.article_count} article{'' if e.article_count == 1 else 's'}"])
    return SearchDoc(_entity_type(e), _entity_path(e), e.name, _line(context), (e.name, *e.aliases), (),
                     [e.kind, list(e.roles), e.country, e.article_count])


def _article_doc(sheet: Any) -> SearchDoc:
    sentences = dict.fromkeys(s for fact in (*sheet.actors, *sheet.locations, *sheet.figures) for s in fact.evidence)
    body = tuple(sentences)
    # The first sentence that is not the headline again (a BBC story's first fact is often in its headline).
    lede = next((t for t in body if fold(t) != fold(sheet.title)), "")
    return SearchDoc("article", urls.article(sheet.id)[:-3], _line(sheet.title), _line(lede), (sheet.title,), body,
                     sheet.published)


def _figure_doc(sheet: Any, fig: Any) -> SearchDoc:
    # "45%" is already a percentage: the unit is added only where the text does not show it ("$80m" stays "$80m USD").
    unit = None if fig.unit and fig.unit in fig.text else fig.unit
    wording = " ".join(p for p in (fig.text, fig.counts, unit) if p)
    return SearchDoc("figure", f"{urls.article(sheet.id)[:-3]}#{fig.id}", _line(wording),
                     _line(fig.evidence[0] if fig.evidence else sheet.title),
                     (wording, *([fig.reported_by] if fig.reported_by else [])), fig.evidence, sheet.published)


def _caption_doc(sheet: Any, cap: Any) -> SearchDoc:
    return SearchDoc("caption", f"{urls.article(sheet.id)[:-3]}#{cap.id}", _line(cap.caption), _line(sheet.title),
                     tuple(t for t in (cap.caption, cap.credit, cap.agency) if t), (), sheet.published)


def _day(published: Optional[str]) -> int:
    """An article's day, the bucket of its documents' numbers: days since year 1 (0: undated, or no date read)."""
    if published:
        for text in (published[:10], published[:7] + "-01", published[:4] + "-01-01"):
            try:
                return date.fromisoformat(text).toordinal()
            except ValueError:
                continue
    return 0


def _plan(catalog: Catalog) -> tuple[list[array], list[array], list[int], int]:
    """Each section's documents in number order (indexes into the catalog's lists), their numbers, section starts, end.

    Sections: entities, articles, figures, captions (as the catalog holds them); a document's number is
    :func:`search_tables.number`'s, from its key and its bucket: for what an article holds, the article's
    day; for an entity, its tier.
    """
    # An entity's bucket is its tier, the bit length of its count of articles: the most named sit together.
    keyed = [search_numbers.Keyed() for _ in range(4)]  # two arrays a section, not a tuple a document (issue #14)
    keyed[0].extend((e.article_count.bit_length(), _key(f"{_entity_type(e)} {_entity_path(e)}"))
                    for e in catalog.entities.values())
    for sheet in catalog.articles:  # the ids of an article's figures and captions, read without making them
        day, path = _day(sheet.published), urls.article(sheet.id)[:-3]
        keyed[1].append((day, _key(f"article {path}")))
        keyed[2].extend((day, _key(f"figure {path}#{part}")) for part in catalog.figures.ids_of(sheet))
        keyed[3].extend((day, _key(f"caption {path}#{part}")) for part in catalog.captions.ids_of(sheet))
    numbers, starts, end = search_tables.number(keyed)
    del keyed
    # Each section's documents in number order (numbers are unique): an array, not a list of ints (issue #14).
    orders = [array("q", np.argsort(np.frombuffer(got, dtype=np.int64), kind="stable").astype(np.int64).tobytes())
              for got in numbers]
    return orders, numbers, starts, end


def _entries(catalog: Catalog, store: IndexStore,
             orders: list[array]) -> Iterator[tuple[int, str, bytes, list, Callable[[], SearchDoc], int]]:
    """(section, key, digest of its texts, record, the document, weight) of every document in number order.

    An article whose sheet is a :class:`LazySheet` with the digest and path of the last build's is not
    decoded: its digest and record are the last build's (``store.memo``), and the document is made only if
    asked for (it never is, the digest being the same). Decoding every sheet was most of the time of a
    build with one article changed.
    """
    def made(section: int, doc: SearchDoc, entity: bool = False, weight: int = 0) -> tuple:
        key = f"{doc.type} {doc.path}"
        return section, key, digest((entity, doc.names, doc.body)), doc.record(), lambda: doc, weight

    entities = list(catalog.entities.values())
    for i in orders[0]:
        e = entities[i]
        yield made(0, _entity_doc(e), True, e.article_count)
    del entities
    for i in orders[1]:
        sheet = catalog.articles[i]
        if isinstance(sheet, LazySheet):
            path = urls.article(sheet.id)[:-3]
            memo_key = f"{path} {sheet!r}"  # its repr is its id and the digest of its content
            known = store.memo(memo_key)
            if known is not None:
                yield 1, f"article {path}", known[0], known[1], lambda sheet=sheet: _article_doc(sheet), 0
                continue
            entry = made(1, _article_doc(sheet))
            store.remember(memo_key, (entry[2], entry[3]))
            yield entry
        else:
            yield made(1, _article_doc(sheet))
    for section, items, doc in ((2, catalog.figures, _figure_doc), (3, catalog.captions, _caption_doc)):
        for sheet, item in _by_day(items, orders[section]):
            yield made(section, doc(sheet, item))


def _by_day(items: Any, order: list[int]) -> Iterator[tuple[Any, Any]]:
    """``items[i]`` for each ``i`` of ``order`` (catalog.SheetItems, read an article at a time).

    Numbers are bucketed by the article's day (:func:`_plan`), so in number order an article's figures come
    among those of its day's articles: the items of the articles of one day are read once and kept until the
    day changes. What is held is bounded by the largest day's articles, not the archive.
    """
    locate = items.locate
    held: dict[str, tuple] = {}
    day = None
    for i in order:
        sheet, n = locate(i)
        today = _day(sheet.published)
        if today != day:
            held.clear()
            day = today
        found = held.get(sheet.id)
        if found is None:
            found = held[sheet.id] = items.of(sheet)
        yield sheet, found[n]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _script(name: str, value: Any) -> str:
    return f"{CALLBACK}({_json(name)},{_json(value)});\n"


def build_index(catalog: Catalog) -> dict[str, str]:
    """The index's files for this catalog: docs path -> script text (:func:`index_files`, from nothing, all at once)."""
    return dict(index_files(catalog))  # type: ignore[arg-type]  # without a docs folder no file is kept


def _fields(doc: SearchDoc) -> Iterator[tuple[int, tuple[set[str], set[str]]]]:
    """(field, (words, word pairs) new in it) of one document: a term of field 0 is not also in field 1."""
    seen_words: set[str] = set()
    seen_pairs: set[str] = set()
    for field, texts in ((0, doc.names), (1, doc.body)):
        found_words: set[str] = set()
        found_pairs: set[str] = set()
        for text in texts:
            got = words(text)
            found_words.update(got)
            found_pairs.update(map(" ".join, zip(got, got[1:])))
        yield field, (found_words - seen_words, found_pairs - seen_pairs)
        seen_words |= found_words
        seen_pairs |= found_pairs


def _salt() -> str:
    """What the kept tables depend on besides the documents: this code, its settings, Python and Unicode."""
    code = b"".join(Path(module.__file__).read_bytes() for module in (sys.modules[__name__], search_tables,
                                                                      search_numbers, search_shards))
    settings = (POSTINGS_CAP, PAIRS_CAP, SHARD_BYTES, PAIR_SHARD_BYTES, DOC_CHUNKS, MAX_TERM, PREFIX,
                search_tables.BOUNDARY)
    return hashlib.blake2b(repr((sys.version, unicodedata.unidata_version, settings)).encode() + code).hexdigest()


def _shard_files(folder: str, shards: Iterable[tuple[str, Optional[dict[str, Any]]]],
                 keys: dict[str, list[str]]) -> Iterator[tuple[str, Optional[str]]]:
    """The files of one table's shards (key, terms or None when kept), one at a time; keys go into ``keys[folder]``."""
    keys[folder] = []
    for key, content in shards:
        keys[folder].append(key)
        name = f"{folder}/{shard_file(key)}"
        yield f"{ROOT}{name}.js", None if content is None else _script(name, content)


def _fresh_or(store: IndexStore, shards: Iterable[tuple[str, dict[str, Any]]],
              folder: str) -> Iterator[tuple[str, Optional[dict[str, Any]]]]:
    """Shards made whole every build (the names): None for those whose file is as the last build wrote it."""
    for key, content in shards:
        fresh = store.fresh(f"{ROOT}{folder}/{shard_file(key)}.js", digest(sorted(content.items())))
        yield key, None if fresh else content


def index_files(catalog: Catalog, docs: Optional[Path] = None,
                reuse: bool = True) -> Iterator[tuple[str, Optional[str]]]:
    """The index's files for this catalog, one at a time: (docs path, script text, or None: the file is kept).

    Same catalog, same files, whatever was built before. With ``docs`` (the folder the files go to) the
    tables of the last build there are kept in ``docs/.factarchive-search/`` (:mod:`search_tables`) and
    only what a change touches is made again (``reuse=False``: from nothing); a file whose bytes would be
    those already there is given as None. Without, everything is made in a temporary folder (TMPDIR).

    Memory holds a part of one table at a time, never the whole index (issue #14: it was the peak of page
    generation): one pass over the documents (:func:`iter_documents`) writes the result records a d/ file at
    a time and appends the postings of new or changed documents to their units' files, keeping the entity
    names; then the word shards are made unit by unit, the name shards, the pair shards. ``meta.js`` comes
    last: it lists every shard.
    """
    orders, numbers, sections, end = _plan(catalog)
    meta = {"v": 2, "types": list(TYPES), "docs": end, "chunks": list(DOC_CHUNKS), "cap": POSTINGS_CAP,
            "sections": sections}
    keys: dict[str, list[str]] = {}
    scratch = None
    if docs is None:
        store, scratch = search_tables.temporary_store(_salt())
    else:
        store = IndexStore(Path(docs) / search_tables.FOLDER, _salt(), reuse=reuse, docs=Path(docs))
    # Millions of small lists and no cycles among them: the cyclic garbage collector would walk
    # them all again and again (a third of the time on the BBC archive) for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        names = _Names()  # folded name -> (-weight, entity number), in SQLite: not a dict of every entity
        file, records = "", []
        positions = [0, 0, 0, 0]  # where each section is in its order
        for section, key, texts, record, make, weight in _entries(catalog, store, orders):
            n = numbers[section][orders[section][positions[section]]]
            positions[section] += 1

            def found(make: Callable[[], SearchDoc] = make,
                      entity: bool = section == 0) -> tuple[tuple[str, ...], list]:
                doc = make()
                folded = tuple(dict.fromkeys(" ".join(words(t)) for t in doc.names)) if entity else ()
                return folded, list(_fields(doc))

            while True:
                try:
                    extra = store.document(key, texts, found, n, weight)
                    break
                except search_tables.Taken:  # never so today (paths are unique); a second one is told apart
                    key += "'"
            for name in extra:
                if name:
                    names.add(name, -weight, n)
            # Records in number order: each d/ file is whole when the next begins; a free slot is 0.
            at, index = record_file(meta, n)
            if at != file and records:
                yield _records_file(store, file, records)
                records = []
            file = at
            records.extend([0] * (index - len(records)))
            records.append(record)
        if records:
            yield _records_file(store, file, records)
        del records, orders, numbers
        yield from _shard_files("w", store.table("w", sections, POSTINGS_CAP, SHARD_BYTES), keys)
        yield from _shard_files("e", _fresh_or(store, search_shards.packed(names.units(), SHARD_BYTES), "e"), keys)
        names.close()
        yield from _shard_files("p", store.table("p", sections, PAIRS_CAP, PAIR_SHARD_BYTES), keys)
        yield f"{ROOT}meta.js", _script("meta", {**meta, **{k: keys[k] for k in ("w", "p", "e")}})
        if scratch is None:
            store.save()  # every file is written (the caller asked for the next one): the state can be kept
    finally:
        if collecting:
            gc.enable()
        if scratch is not None:
            scratch.cleanup()


class _Names:
    """Entity names and their entities, kept in a temporary SQLite table (TMPDIR) while documents come, then read a
    unit at a time in key order, each name's entities most articles first, at most ``POSTINGS_CAP`` (the script
    ranks them again with the words' postings). A dict of them grew with the archive's entities (issue #14)."""

    def __init__(self) -> None:
        self.db = sqlite3.connect("", isolation_level=None)  # "": a temporary database on disk
        self.db.execute("CREATE TABLE names (sort BLOB, name TEXT, weight INTEGER, n INTEGER)")
        self.db.execute("BEGIN")
        self.rows: list[tuple[bytes, str, int, int]] = []

    def add(self, name: str, weight: int, n: int) -> None:
        self.rows.append((order(name), name, weight, n))
        if len(self.rows) >= 10_000:
            self._write()

    def _write(self) -> None:
        self.db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", self.rows)
        self.rows = []

    def units(self) -> Iterator[tuple[str, dict[str, list[int]]]]:
        """(unit, {name: entity numbers}) in key order (:func:`search_shards.order`: UTF-16, as the script compares)."""
        self._write()
        unit, table, name, found = None, {}, None, []
        for sort, text, _, n in self.db.execute("SELECT sort, name, weight, n FROM names ORDER BY sort, weight, n"):
            if text != name:
                if name is not None:
                    table[name] = found
                name, found = text, []
                if text[:PREFIX] != unit:
                    if table:
                        yield unit, table
                    unit, table = text[:PREFIX], {}
            if len(found) < POSTINGS_CAP:
                found.append(n)
        if name is not None:
            table[name] = found
        if table:
            yield unit, table

    def close(self) -> None:
        self.db.close()


def _records_file(store: IndexStore, name: str, records: list) -> tuple[str, Optional[str]]:
    path = f"{ROOT}d/{name}.js"
    return path, None if store.fresh(path, digest(records)) else _script(f"d/{name}", records)


def add_files(pages: Any, catalog: Any, options: Any, reuse: bool = True, keep_tables: bool = True) -> None:
    """Add the search index's files to ``pages`` (render.Pages) for this catalog and these site options.

    With ``pages.docs`` set and ``keep_tables``, the tables are kept in the docs folder for the next build, and
    files as the last build there left them are kept (``pages.keep``), not made again (:func:`index_files`);
    ``reuse=False`` makes every file from nothing (and keeps the tables for the next build). Without
    ``keep_tables`` (a build with no page cache: nothing will be built there incrementally) no tables are left.
    """
    docs = getattr(pages, "docs", None) if keep_tables else None
    for path, text in index_files(catalog, docs, reuse and docs is not None):
        if text is None:
            pages.keep([path])
        else:
            pages.add(path, text)  # each file written as it is made, never the whole index at once
    package = resources.files("factarchive.site")
    for path in (SCRIPT, STYLE):
        pages.add(path, package.joinpath("assets/" + path.rsplit("/", 1)[1]).read_text("utf-8"))


# --------------------------------------------------------------------------- reading a built index (tools, tests)


def read_script(text: str) -> tuple[str, Any]:
    """(name, value) of one index file's ``factarchiveSearch.load(name, value);``."""
    body = text.strip()
    if not (body.startswith(CALLBACK + "(") and body.endswith(");")):
        raise ValueError(f"not a search index file: expected {CALLBACK}(...); got {body[:40]!r}")
    name, rest = body[len(CALLBACK) + 1:-2].split(",", 1)
    return json.loads(name), json.loads(rest)


def decode_postings(text: str, first_article: int = 0) -> list[tuple[int, ...]]:
    """(doc, field) pairs from a posting list (delta-encoded, as text); (doc, field, weight) for an entity
    (a doc below ``first_article``)."""
    out: list[tuple[int, ...]] = []
    value = 0
    it = iter(search_tables.decode_numbers(text))
    for d in it:
        value += d
        doc, field = value >> 1, value & 1
        out.append((doc, field, next(it)) if doc < first_article else (doc, field))
    return out


SECTION_FILES = "eafc"  # the d/ files of entities, articles, figures, captions: d/e0.js, d/a0.js, ...


def record_file(meta: dict[str, Any], doc: int) -> tuple[str, int]:
    """(d/ file name, index in it) of a doc's record (the script computes the same): its section's letter and
    the doc's slot in that section over the section's file size, as in ``a3``."""
    starts = [0, *meta["sections"], meta["docs"]]
    for section, size in enumerate(meta["chunks"]):
        if doc < starts[section + 1]:
            slot = doc - starts[section]
            return f"{SECTION_FILES[section]}{slot // size}", slot % size
    raise IndexError(f"doc {doc} is not in an index of {meta['docs']} slots")


def shard_key(keys: list[str], term: str) -> Optional[str]:
    """The shard that would hold ``term``: the last key (in meta.js's order) not after it."""
    at = bisect_right([order(k) for k in keys], order(term))
    return keys[at - 1] if at else None


def page_url(path: str, directory_urls: bool) -> str:
    """A record's path as a URL relative to the site root ("entities/x" -> "entities/x/" or "entities/x.html")."""
    stem, _, anchor = path.partition("#")
    return urls.page_url(stem + ".md", directory_urls) + (f"#{anchor}" if anchor else "")


def lookup(site: Path, name: str, directory_urls: Optional[bool] = None) -> list[dict[str, Any]]:
    """Entities of a built site (or docs folder) whose name or alias is ``name``, folded; most-named first.

    ``directory_urls`` defaults to what the folder shows: ``index.html`` beside
    ``entities/<id>.html`` means the offline (``.html``) style.
    """
    root = Path(site) / ROOT
    _, meta = read_script((root / "meta.js").read_text("utf-8"))
    folded = " ".join(words(name))
    key = shard_key(meta["e"], folded)
    if key is None:
        return []
    _, names = read_script((root / "e" / f"{shard_file(key)}.js").read_text("utf-8"))
    found = []
    for n in names.get(folded, []):
        name_of_file, index = record_file(meta, n)
        _, chunk = read_script((root / "d" / f"{name_of_file}.js").read_text("utf-8"))
        type_index, path, title, _context, (kind, roles, country, count) = chunk[index]
        if directory_urls is None:
            directory_urls = not (Path(site) / f"{path}.html").exists()
        found.append({"name": title, "type": meta["types"][type_index], "kind": kind, "roles": roles,
                      "country": country, "articles": count, "url": page_url(path, directory_urls),
                      "json": path.partition("#")[0] + ".json"})
    return found
