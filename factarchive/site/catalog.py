"""Gather the whole archive before any page is written: entities across articles, back-links, co-occurrence.

Everything here is derived from fact sheets alone; no seed is read.

Gathering reads each sheet once, in article order, and keeps what the indexes need: ids, names, counts,
dates, the figures and captions; not the sheets (issue 14). The articles are the sheets as given (heads,
:class:`factarchive.site.lazysheet.LazySheet`, in a build). What gathering takes from one sheet (:func:`_derive`:
the entities it names, each fact's name, role, kind and aliases, its sentences apart, its figures and captions)
is kept in the catalog beside the archive by the sheet's digest (:class:`factarchive.site.sheetstore.Derived`),
so a build decodes only the sheets whose content it has not gathered before. An entity's mentions are read
back from the rows of the articles naming it when a page asks for them (:class:`MentionList`), and its own
fields (name, kind, aliases, roles, country) are kept by a digest of its id and of those articles: with one
article changed, only the entities it names are computed again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import marshal
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import itemgetter
from typing import Any, Iterable, Iterator, Optional

from ..model import Actor, Caption, Coordinates, FactSheet, Figure, Location
from ..slug import slug
from .lazysheet import LazySheet, figure_dates
from .sheetstore import decoder, plain

# Kinds as the index pages group them.
KIND_GROUPS = {
    "person": "people",
    "organization": "organizations",
    "group": "groups",
    "country": "places",
    "city": "places",
    "region": "places",
    "facility": "places",
    "place": "places",
}
KIND_ORDER = ("person", "organization", "country", "group", "city", "region", "facility", "place")
# Entities in more articles than this do not make two articles related: sharing
# "United Kingdom" says little, sharing a minor official says a lot. It also
# bounds the work per article, so gathering stays linear in the archive.
RELATED_MAX_ARTICLES = 30
RELATED_SHOWN = 5
# Dates outside these bounds are misread, not news: "0001-01-01" stretched the timeline over two thousand
# years. The upper bound is tomorrow (a time zone ahead of this machine), read when the site is built.
EARLIEST_YEAR = 1800
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})
_SPACES = re.compile(r"\s+")


def plausible_date(text: Optional[str], today: Optional[dt.date] = None) -> Optional[dt.date]:
    """The date an ISO text starts with, if it is a real date between 1800 and tomorrow; else None."""
    if not text or len(text) < 10:
        return None
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    return day if EARLIEST_YEAR <= day.year and day <= latest else None


def beyond_tomorrow(sheets: Iterable[FactSheet], today: Optional[dt.date] = None) -> tuple[str, ...]:
    """The archive's dates that :func:`plausible_date` refuses today because they are later than tomorrow.

    They are all the pages read of the build day: a page cache keyed on them stays right when the day
    changes (a date that becomes plausible changes this list) and is not thrown away every midnight.
    """
    bound = ((today or dt.date.today()) + dt.timedelta(days=1)).isoformat()
    found = {d[:10] for s in sheets for d in (s.published, *figure_dates(s)) if d and d[:10] > bound}
    return tuple(sorted(found))


def fold(name: str) -> str:
    """What two spellings of one name share: case, apostrophes (’ and ') and runs of spaces do not count."""
    return _SPACES.sub(" ", name.translate(_APOSTROPHES)).strip().casefold()


@dataclass(frozen=True, slots=True)
class Mention:
    """One article's mention of an entity, with the sentences that show it."""

    article: FactSheet
    name: str  # the name as that article gives it
    role: Optional[str]
    evidence: tuple[str, ...]
    mentions: int


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """An entity across the archive: what its page shows."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    country: Optional[str]
    coordinates: Optional[Coordinates]
    mentions: "MentionList"  # newest article first (a sequence read from the gathered rows when asked)
    figures: tuple[tuple[FactSheet, Figure], ...]  # figures whose sentence names the entity
    together: "Cooccurrence" = field(repr=False, compare=False)  # the archive's index of who is named with whom

    @property
    def cooccurring(self) -> tuple[tuple[str, int], ...]:
        """(entity id, articles shared), most first: computed when a page asks (see :class:`Cooccurrence`)."""
        return self.together.of(self.id)

    @property
    def group(self) -> str:
        return KIND_GROUPS[self.kind]

    @property
    def shown_aliases(self) -> tuple[str, ...]:
        """The aliases a reader needs: one spelling per name folded by case and apostrophe, the name's own left out.

        ``aliases`` keeps every spelling (entities.json maps each one); of spellings equal but for case or
        apostrophe the first in ``aliases`` order is shown ("UK" before "uk", "Trump's" before "Trump’s").
        """
        seen = {fold(self.name)}
        shown = []
        for alias in self.aliases:
            key = fold(alias)
            if key not in seen:
                seen.add(key)
                shown.append(alias)
        return tuple(shown)

    @property
    def dated(self) -> list[dt.date]:
        """The plausible publication dates of the articles naming it, newest first."""
        return [d for d in (plausible_date(m.article.published) for m in self.mentions) if d]

    @property
    def article_count(self) -> int:
        return len(self.mentions)

    @property
    def decisions(self) -> list[tuple[str, int, bool]]:
        """(kind, mentions, located) as each fact naming it decided, in catalog article order (what
        :func:`entity_kind` weighs); read from the gathered rows, no sheet decoded."""
        return self.mentions.decisions()


class MentionList(Sequence):
    """An entity's mentions, newest article first: counted when gathered, read back when iterated or indexed."""

    __slots__ = ("_store", "_entity", "_count")

    def __init__(self, store: "_FactStore", entity_id: str, count: int):
        self._store, self._entity, self._count = store, entity_id, count

    def __len__(self) -> int:
        return self._count

    def decisions(self) -> list[tuple[str, int, bool]]:
        return self._store.decisions(self._entity)

    def __getitem__(self, index: Any) -> Any:
        return self._store.of(self._entity)[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._store.of(self._entity))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (MentionList, tuple, list)):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._entity, self._count))

    def __repr__(self) -> str:
        return f"MentionList({self._entity!r}, {self._count} mentions)"

    def __reduce__(self) -> tuple:
        return tuple, (tuple(self),)  # pickled as the mentions themselves: the rows stay with this process


# A fact's row as derived from its sheet (its sentences apart): entity id, name, role, kind, mentions, located,
# country, aliases.
_ENTITY, _NAME, _ROLE, _KIND, _MENTIONS, _KNOWN, _COUNTRY, _ALIASES = range(8)


class _FactStore:
    """Each article's facts as :func:`_derive` gives them: in the catalog (heads read through it: rows by the
    sheet's digest, an entity's read back by a query), else kept here (sheets given whole)."""

    def __init__(self, articles: dict[str, FactSheet], derived: Any):
        self.articles = articles  # article id -> the article (as gathered), for Mention.article
        self.derived = derived  # sheetstore.Derived, or None
        self.digests: dict[str, str] = {}  # article id -> its digest, for articles whose rows are in the catalog
        self.naming: dict[str, list[str]] = {}  # entity id -> the articles naming it, newest first (set by gather)
        self.order: tuple[FactSheet, ...] = ()  # the articles in catalog order (set by gather)
        self.fields: dict[str, bytes] = {}  # entity id -> the key its fields are kept under in the catalog
        self._held: dict[str, tuple[tuple, tuple]] = {}  # article id -> (facts, sentences), not in the catalog
        self._recent: dict[str, tuple[Mention, ...]] = {}
        self._ranks: Optional[dict[str, int]] = None

    def index(self, head: FactSheet) -> tuple:
        """What gathering reads of one article: (entities named, per entity (facts, first coordinates, figures
        shown), figures, captions, series keys): from the catalog, or derived now (and kept)."""
        if self.derived is not None and isinstance(head, LazySheet) and head._source.derived is self.derived:
            packed = self.derived.index(head.digest)
            self.digests[head.id] = head.digest
            if packed is not None:
                names, per_entity, figures, captions, keys = marshal.loads(packed)
                return names, per_entity, tuple(map(_FIGURE, figures)), tuple(map(_CAPTION, captions)), keys
            sheet = head.whole()
            index, facts, sentences = _derive(sheet)
            self.derived.put(head.digest, marshal.dumps(index, 2), [
                (row[_ENTITY], marshal.dumps(row[1:], 2), marshal.dumps(said, 2)) for row, said in zip(facts, sentences)])
        else:
            sheet = head.whole() if isinstance(head, LazySheet) else head
            index, facts, sentences = _derive(sheet)
            self._held[head.id] = (facts, sentences)
        names, per_entity, _, _, keys = index
        return names, per_entity, sheet.figures, sheet.images, keys

    def gathered(self, articles: tuple[FactSheet, ...], naming: dict[str, list[str]]) -> None:
        """Every article read: the catalog's rows are queried in this order from now on."""
        self.order, self.naming = articles, naming
        if self.derived is not None:
            self.derived.articles([a.digest if a.id in self.digests else "" for a in articles])

    def rows(self, entity_id: str, sentences: bool = False) -> list[tuple[FactSheet, tuple, Any]]:
        """(article, row, its sentences if asked) of each fact naming the entity, in article order."""
        naming = self.naming.get(entity_id, ())
        found: list[tuple[int, int, tuple, Any]] = []
        if self.derived is not None:
            found = [(seq, n, (entity_id, *marshal.loads(row)), said)
                     for seq, n, row, said in self.derived.mentions(entity_id, sentences)]
            if len({seq for seq, _, _, _ in found}) != sum(1 for a in naming if a in self.digests):
                found = self._again(entity_id, naming)  # rows another build dropped meanwhile: derived again
        if self._held:
            rank = self._rank()
            for article_id in naming:
                held = self._held.get(article_id)
                if held is not None:
                    found.extend((rank[article_id], n, row, held[1][n] if sentences else None)
                                 for n, row in enumerate(held[0]) if row[_ENTITY] == entity_id)
            found.sort(key=itemgetter(0, 1))
        order = self.order
        return [(order[seq], row, said) for seq, _, row, said in found]

    def _rank(self) -> dict[str, int]:
        if self._ranks is None:
            self._ranks = {a.id: n for n, a in enumerate(self.order)}
        return self._ranks

    def _again(self, entity_id: str, naming: list[str]) -> list[tuple[int, int, tuple, Any]]:
        rank = self._rank()
        found = []
        for article_id in naming:
            if article_id in self.digests:
                _, facts, sentences = _derive(self.articles[article_id].whole())
                found.extend((rank[article_id], n, row, marshal.dumps(sentences[n]))
                             for n, row in enumerate(facts) if row[_ENTITY] == entity_id)
        return found

    def decisions(self, entity_id: str) -> list[tuple[str, int, bool]]:
        key = self.fields.get(entity_id)
        packed = self.derived.fields(key) if key is not None else None
        if packed is not None:  # kept with its fields: no article read
            return list(marshal.loads(packed)[-1])
        return [(row[_KIND], row[_MENTIONS], bool(row[_KNOWN])) for _, row, _ in self.rows(entity_id)]

    def of(self, entity_id: str) -> tuple[Mention, ...]:
        found = self._recent.get(entity_id)
        if found is None:
            found = tuple(Mention(article=article, name=row[_NAME], role=row[_ROLE],
                                  evidence=marshal.loads(said) if type(said) is bytes else said,
                                  mentions=row[_MENTIONS])
                          for article, row, said in self.rows(entity_id, sentences=True))
            if len(self._recent) >= 4:
                del self._recent[next(iter(self._recent))]  # the oldest asked
            self._recent[entity_id] = found
        return found


class Cooccurrence:
    """Which entities each article names and which articles name each entity: co-occurrence on demand.

    Holding every entity's (other entity, articles shared) pairs was the largest part of a gathered
    archive (millions of pairs at 20,000 articles: a hub is named with tens of thousands), yet each list
    is read only while that entity's pages are made. So the pairs are counted when asked, from these two
    indexes (a few bytes per mention), and the last few are kept: a page, its view and its JSON twin ask
    for the same entity one after the other.
    """

    __slots__ = ("naming", "named", "_recent")
    KEEP = 4

    def __init__(self, naming: dict[str, list[str]], named: dict[str, tuple[str, ...]]):
        self.naming = naming  # entity id -> the articles naming it, newest first
        self.named = named  # article id -> the entity ids it names, in id order
        self._recent: dict[str, tuple[tuple[str, int], ...]] = {}

    def of(self, entity_id: str) -> tuple[tuple[str, int], ...]:
        found = self._recent.get(entity_id)
        if found is None:
            found = _cooccurring(entity_id, self.naming, self.named) if entity_id in self.naming else ()
            if len(self._recent) >= self.KEEP:
                del self._recent[next(iter(self._recent))]  # the oldest asked
            self._recent[entity_id] = found
        return found


@dataclass(frozen=True, slots=True)
class FigureSeries:
    """One counted thing ("Turkish military vehicles") reported in several articles: a chart over time."""

    id: str  # slug of what it counts (and its unit)
    label: str  # the most common wording
    unit: Optional[str]
    points: tuple[tuple[FactSheet, Figure], ...]  # oldest article first, undated last
    article_count: int  # articles among the points (an article may report the thing twice)
    dated_count: int  # points whose article states a date


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Articles that give different values for one counted thing at one time: a number to check before use."""

    series: str  # the series id (catalog.series)
    date: str  # the day the values refer to: the figure's stated period, else its article's publication day
    points: tuple[tuple[FactSheet, Figure], ...]  # every report of that thing for that day, smallest value first

    @property
    def anchor(self) -> str:
        return f"disagree-{self.date}"


@dataclass(frozen=True, slots=True)
class Catalog:
    """The archive, gathered: what every page needs, computed once."""

    articles: tuple[FactSheet, ...]  # newest first, then by id
    entities: dict[str, EntityRecord]  # by id, in id order
    figures: tuple[tuple[FactSheet, Figure], ...]
    captions: tuple[tuple[FactSheet, Caption], ...]
    series: dict[str, FigureSeries]  # by id, in id order; only things counted in two or more articles
    figure_series: dict[tuple[str, str], str]  # (article id, figure id) -> series id
    related: dict[str, tuple[tuple[FactSheet, int], ...]]  # article id -> (article, entities shared), most first
    # Series id -> the days on which its articles disagree; (article id, figure id) -> the disagreement it is in.
    disagreements: dict[str, tuple[Disagreement, ...]] = field(default_factory=dict)
    figure_disagreement: dict[tuple[str, str], Disagreement] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # folded headline -> article id, for "Read more" links

    def article_titled(self, headline: str) -> Optional[str]:
        """The id of the archived article with this headline (folded by case, apostrophes, spaces), if any."""
        return self.titles.get(fold(headline))

    def by_group(self, group: str) -> list[EntityRecord]:
        """Entities of one index page, most-mentioned first."""
        found = [e for e in self.entities.values() if e.group == group]
        return sorted(found, key=lambda e: (-e.article_count, e.name.casefold(), e.id))


def article_order(sheet: FactSheet) -> tuple:
    """Newest first; undated articles last; ties by id, so the order is total."""
    return (sheet.published is None, "" if sheet.published is None else descending(sheet.published), sheet.id)


def descending(date: str) -> str:
    """A key that sorts ISO dates (or any text) descending inside an ascending sort."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def entity_kind(facts: list[Actor | Location]) -> str:
    """The kind of an entity across articles: the evidence weighed, not a majority of articles.

    Each article's decision weighs as many mentions as it found (at least one);
    a place the gazetteer located (coordinates, or a country's code) weighs
    double, and is never outvoted by "person": an article that made "Glasgow"
    a person had only a modifier to go on ("Glasgow flanker"), the gazetteer
    knows the city. Ties go by ``KIND_ORDER``.
    """
    return _kind([(f.kind, f.mentions, _located(f)) for f in facts])


def _located(fact: Actor | Location) -> bool:
    return bool(fact.coordinates) if isinstance(fact, Location) else bool(fact.country_code)


def _kind(decisions: Iterable[tuple[str, int, Any]]) -> str:
    """:func:`entity_kind` of (kind, mentions, located) per fact."""
    weights: Counter = Counter()
    located = False
    for kind, mentions, known in decisions:
        located = located or bool(known)
        weights[kind] += max(1, mentions) * (2 if known else 1)
    if located and len(weights) > 1:
        weights.pop("person", None)
    return max(weights, key=lambda k: (weights[k], -KIND_ORDER.index(k)))


def _alias_order(alias: str) -> tuple[str, str]:
    return alias.casefold(), alias


def _pick(counter: Counter) -> str:
    return max(counter, key=lambda v: (counter[v], v))


def gather(sheets: Iterable[FactSheet]) -> Catalog:
    """Build the catalog from every valid fact sheet (see the module's note)."""
    articles = tuple(sorted(sheets, key=article_order))
    by_id = {s.id: s for s in articles}
    first = next((s for s in articles if isinstance(s, LazySheet)), None)
    store = _FactStore(by_id, first._source.derived if first is not None else None)
    ids: dict[str, str] = {}  # one string per entity id, shared by every index that holds it
    named: dict[str, tuple[str, ...]] = {}  # article id -> the entity ids it names, in id order
    naming: dict[str, list[str]] = defaultdict(list)  # entity id -> the articles naming it, newest first
    counts: Counter = Counter()  # entity id -> its mentions (facts naming it; an article may hold two)
    coordinates: dict[str, Coordinates] = {}  # entity id -> the first coordinates given, in article order
    entity_figures: dict[str, list[tuple[FactSheet, Figure]]] = defaultdict(list)
    figures: list[tuple[FactSheet, Figure]] = []
    captions: list[tuple[FactSheet, Caption]] = []
    series_keys: list[Optional[str]] = []  # of each figure in ``figures``: its series_key
    for head in articles:
        names, per_entity, sheet_figures, sheet_captions, keys = store.index(head)
        names = named[head.id] = tuple(ids.setdefault(e, e) for e in names)
        for entity_id, (facts, where, shown) in zip(names, per_entity):
            naming[entity_id].append(head.id)
            counts[entity_id] += facts
            if where and entity_id not in coordinates:
                coordinates[entity_id] = Coordinates(*where)
            if shown:  # figures whose sentence names the entity: once per fact naming it
                entity_figures[entity_id].extend((head, sheet_figures[n]) for n in shown)
        figures.extend((head, fig) for fig in sheet_figures)
        captions.extend((head, cap) for cap in sheet_captions)
        series_keys.extend(keys)
    store.gathered(articles, naming)

    together = Cooccurrence(naming, named)
    derived = store.derived
    keys_now: list[bytes] = []
    kept = derived.all_fields() if derived is not None else {}  # key -> packed fields, as the last build left them
    entities: dict[str, EntityRecord] = {}
    for entity_id in sorted(naming):
        fields_ = None
        if derived is not None and all(a in store.digests for a in naming[entity_id]):
            # Its fields follow from its id and the rows of the articles naming it: kept by a digest of those.
            key = hashlib.sha256("\0".join([entity_id, *(store.digests[a] for a in naming[entity_id])]).encode()).digest()
            keys_now.append(key)
            store.fields[entity_id] = key
            packed = kept.get(key)
            if packed is not None:
                fields_ = marshal.loads(packed)
            else:
                fields_ = _entity_fields([row for _, row, _ in store.rows(entity_id)])
                derived.put_fields(key, marshal.dumps(fields_, 2))
        else:
            fields_ = _entity_fields([row for _, row, _ in store.rows(entity_id)])
        name, kind, aliases, roles, country, _ = fields_
        entities[entity_id] = EntityRecord(
            id=entity_id, name=name, kind=kind, aliases=aliases, roles=roles, country=country,
            coordinates=coordinates.get(entity_id), mentions=MentionList(store, entity_id, counts[entity_id]),
            figures=tuple(entity_figures.get(entity_id, ())), together=together)
    del kept
    if derived is not None:
        derived.finish(keys_now)
    entities = {entity_id: entities[entity_id] for entity_id in sorted(entities)}
    series, figure_series = _series(figures, series_keys)
    disagreements = _disagreements(series)
    titles: dict[str, str] = {}
    for sheet in reversed(articles):  # of two articles with one headline, the newest is linked
        titles[fold(sheet.title)] = sheet.id
    return Catalog(
        articles=articles,
        entities=entities,
        figures=tuple(figures),
        captions=tuple(captions),
        series=series,
        figure_series=figure_series,
        related=_related(articles, naming, named),
        disagreements=disagreements,
        figure_disagreement={(sheet.id, fig.id): d for found in disagreements.values() for d in found
                             for sheet, fig in d.points},
        titles=titles,
    )


_FIGURE, _CAPTION = decoder(Figure), decoder(Caption)


def _entity_fields(rows: list[tuple]) -> tuple:
    """(name, kind, aliases, roles, country, decisions) of an entity from the rows of its facts, in article order.

    decisions: (kind, mentions, located) as each fact decided (what :func:`entity_kind` weighs; the review reads
    them), kept with the fields so that they are not read back from every article naming the entity.
    """
    decisions = tuple((row[_KIND], row[_MENTIONS], bool(row[_KNOWN])) for row in rows)
    if len(rows) == 1:  # most entities (named once in the archive): what the rules below give for one fact
        row = rows[0]
        return (row[_NAME], row[_KIND], tuple(sorted(set(row[_ALIASES]), key=_alias_order)),
                (row[_ROLE],) if row[_ROLE] else (), row[_COUNTRY], decisions)
    names = Counter(row[_NAME] for row in rows)
    name = _pick(names)
    given = {a for row in rows for a in row[_ALIASES]}
    # Case-blind order, then the exact text: "UK" and "Uk" are equal to casefold, and a set's
    # order (which changes with the hash seed) must not decide which comes first.
    aliases = sorted(given | set(names) - {name}, key=_alias_order)
    roles = sorted({row[_ROLE] for row in rows if row[_ROLE]})
    countries = Counter(row[_COUNTRY] for row in rows)
    countries.pop(None, None)
    return (name, _kind(decisions), tuple(aliases), tuple(roles), _pick(countries) if countries else None, decisions)


def _derive(sheet: FactSheet) -> tuple[tuple, tuple, tuple]:
    """What gathering takes from one sheet, as plain values (``marshal`` data): (index, facts, sentences).

    index: the entity ids it names, in id order; for each, (its facts here, the first coordinates given as
    (lat, lon) or None, the places among the sheet's figures of those whose sentence names it, once per fact);
    its figures and captions (:func:`factarchive.site.sheetstore.plain` values); its figures' series keys.
    facts: a row per fact (entity id, name, role, kind, mentions, located, country, aliases), actors then
    places. sentences: each fact's sentences, in the same order.
    """
    facts = (*sheet.actors, *sheet.locations)
    said: dict[str, set[str]] = defaultdict(set)
    count: Counter = Counter()
    where: dict[str, tuple[float, float]] = {}
    rows = []
    for fact in facts:
        said[fact.id].update(fact.evidence)
        count[fact.id] += 1
        if fact.coordinates and fact.id not in where:
            where[fact.id] = (fact.coordinates.lat, fact.coordinates.lon)
        actor = isinstance(fact, Actor)
        rows.append((fact.id, fact.name, fact.role if actor else None, fact.kind, fact.mentions, _located(fact),
                     fact.country_code if actor else fact.country, fact.aliases))
    names = tuple(sorted(said))
    per_entity = tuple((count[e], where.get(e), tuple(n for n, fig in enumerate(sheet.figures)
                                                      if not said[e].isdisjoint(fig.evidence)) * count[e])
                       for e in names)
    index = (names, per_entity, tuple(map(plain, sheet.figures)), tuple(map(plain, sheet.images)),
             tuple(map(series_key, sheet.figures)))
    return index, tuple(rows), tuple(fact.evidence for fact in facts)

def _cooccurring(entity_id: str, naming: dict[str, list[str]], named: dict[str, tuple[str, ...]]) -> tuple[tuple[str, int], ...]:
    """(other entity, articles shared), most first: entities named in the same articles."""
    articles = naming[entity_id]
    if len(articles) == 1:
        # Most entities are named in one article (9,000 of 12,800 on the BBC archive): each other entity
        # of it shares exactly that one, and named[...] is already in id order.
        return tuple((other, 1) for other in named[articles[0]] if other != entity_id)
    # Counter counts an iterable in C: this is the hot loop of gathering a large archive.
    together = Counter(chain.from_iterable(named[a] for a in articles))
    together.pop(entity_id, None)
    # Most shared first, ties by id: sort by id, then stably by count (reverse keeps ties in order).
    # Two sorts with C-level keys instead of one with a Python key: half a million pairs on the BBC archive.
    return tuple(sorted(sorted(together.items()), key=itemgetter(1), reverse=True))


def _related(articles: tuple[FactSheet, ...], naming: dict[str, list[str]],
             named: dict[str, tuple[str, ...]]) -> dict[str, tuple[tuple[FactSheet, int], ...]]:
    """For each article, the articles that share the most (not too common) entities with it."""
    rank = {s.id: n for n, s in enumerate(articles)}  # ties: newer article first
    # Each entity's articles by rank: the pairs are then counted and sorted by C code alone (two stable sorts,
    # by rank, then by count descending: ties stay newer first), not with a Python key per pair.
    ranked = {e: [rank[a] for a in found] for e, found in naming.items() if len(found) <= RELATED_MAX_ARTICLES}
    related = {}
    for n, sheet in enumerate(articles):
        shared = Counter(chain.from_iterable(ranked[e] for e in named[sheet.id] if e in ranked))
        shared.pop(n, None)
        best = sorted(sorted(shared.items()), key=itemgetter(1), reverse=True)[:RELATED_SHOWN]
        related[sheet.id] = tuple((articles[a], count) for a, count in best)
    return related


def series_key(figure: Figure) -> Optional[str]:
    """What makes two figures one series: the same counted thing, in the same unit."""
    if not figure.counts:
        return None
    return slug(f"{figure.counts} {figure.unit or ''}".strip().casefold())


def _series(figures: Sequence[tuple[FactSheet, Figure]], keys: Optional[Sequence[Optional[str]]] = None,
            ) -> tuple[dict[str, FigureSeries], dict[tuple[str, str], str]]:
    """Series of ``figures`` (in article order); ``keys``: their series_key, as derived and kept with their sheet."""
    groups: dict[str, list[tuple[FactSheet, Figure]]] = defaultdict(list)
    for (sheet, fig), key in zip(figures, keys if keys is not None else map(series_key, (f for _, f in figures))):
        if key:
            groups[key].append((sheet, fig))
    series, membership = {}, {}
    for key in sorted(groups):
        points = groups[key]
        if len({sheet.id for sheet, _ in points}) < 2:
            continue
        # Oldest first for a chart; undated points last, in article id order.
        points.sort(key=lambda p: (p[0].published is None, p[0].published or "", p[0].id, p[1].id))
        labels = Counter(fig.counts for _, fig in points)
        units = Counter(fig.unit for _, fig in points if fig.unit)
        series[key] = FigureSeries(id=key, label=_pick(labels), unit=_pick(units) if units else None, points=tuple(points),
                                   article_count=len({sheet.id for sheet, _ in points}),
                                   dated_count=sum(1 for sheet, _ in points if sheet.published))
        membership.update({(sheet.id, fig.id): key for sheet, fig in points})
    return series, membership


def _disagreements(series: dict[str, FigureSeries]) -> dict[str, tuple[Disagreement, ...]]:
    """Per series, the days on which two articles give values that cannot both hold.

    Two reports are of the same thing when they are in one series (same counted thing, same unit) and refer
    to the same day: the figure's own period where the sentence states one (``period_date``), else the day
    its article was published. A death toll that grows from one day to the next is a series, not a
    disagreement; two tolls for one day are. Values agree when their ranges (``value`` to ``value_max``)
    overlap. Reports with no date at all are not compared.
    """
    found: dict[str, tuple[Disagreement, ...]] = {}
    for key, item in series.items():
        by_day: dict[str, list[tuple[FactSheet, Figure]]] = defaultdict(list)
        for sheet, fig in item.points:
            day = plausible_date(fig.period_date) or plausible_date(sheet.published)
            if day:
                by_day[day.isoformat()].append((sheet, fig))
        days = []
        for day in sorted(by_day):
            points = by_day[day]
            if len({sheet.id for sheet, _ in points}) < 2:
                continue
            lowest_high = min(float(f.value_max if f.value_max is not None else f.value) for _, f in points)
            highest_low = max(float(f.value) for _, f in points)
            if highest_low > lowest_high:
                points = sorted(points, key=lambda p: (float(p[1].value), p[0].id, p[1].id))
                days.append(Disagreement(series=key, date=day, points=tuple(points)))
        if days:
            found[key] = tuple(days)
    return found
