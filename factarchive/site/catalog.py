"""Gather the whole archive before any page is written: entities across articles, back-links, co-occurrence.

Everything here is derived from fact sheets alone; no seed is read.

Gathering reads each sheet once, in article order, and keeps what the indexes need: ids, names, counts,
dates, the figures and captions; not the sheets (issue 14). The articles are the sheets as given (heads,
:class:`factarchive.site.lazysheet.LazySheet`, in a build). Each mention of an entity (the name an article
gives it, its role there, its sentences) goes to a private temporary database, one row each, and an
entity's mentions are read back when a page asks for them (:class:`MentionList`); an entity's own fields
(name, kind, aliases, roles, country) are computed from those rows as they stream back, one entity at a time.
"""

from __future__ import annotations

import datetime as dt
import marshal
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain, groupby
from operator import itemgetter
from typing import Any, Iterable, Iterator, Optional

from ..model import Actor, Caption, Coordinates, FactSheet, Figure, Location
from ..slug import slug
from .lazysheet import figure_dates

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

    def __init__(self, store: "_MentionStore", entity_id: str, count: int):
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
        return tuple, (tuple(self),)  # pickled as the mentions themselves: the database stays with this process


class _MentionStore:
    """Every mention of the archive, a row each, in a private temporary SQLite database (on disk, deleted when
    closed): an entity's are read back when asked, and the last few kept (a page, its view and its twins ask
    for one entity in turn). A row's sentences and aliases are ``marshal`` data (tuples of str)."""

    KEEP = 4
    COLUMNS = "entity, seq, article, name, role, evidence, mentions, kind, known, country, aliases"

    def __init__(self, articles: dict[str, FactSheet]):
        self.articles = articles  # article id -> the article (as gathered), for Mention.article
        self.conn = sqlite3.connect("", isolation_level=None)  # "": a temporary database SQLite deletes on close
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute(f"CREATE TABLE mention ({self.COLUMNS})")
        self.conn.execute("BEGIN")
        self._recent: dict[str, tuple[Mention, ...]] = {}

    def add(self, rows: list[tuple]) -> None:
        self.conn.executemany("INSERT INTO mention VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def done(self) -> None:
        self.conn.execute("COMMIT")
        self.conn.execute("CREATE INDEX mention_entity ON mention (entity, seq)")

    def facts(self) -> Iterator[tuple[str, list[tuple]]]:
        """(entity id, its rows: name, role, kind, mentions, known, country, aliases) in entity id order."""
        rows = self.conn.execute("SELECT entity, name, role, kind, mentions, known, country, aliases FROM mention "
                                 "ORDER BY entity, seq")
        for entity_id, group in groupby(rows, key=itemgetter(0)):
            yield entity_id, [row[1:] for row in group]

    def decisions(self, entity_id: str) -> list[tuple[str, int, bool]]:
        return [(kind, mentions, bool(known)) for kind, mentions, known in self.conn.execute(
            "SELECT kind, mentions, known FROM mention WHERE entity = ? ORDER BY seq", (entity_id,))]

    def of(self, entity_id: str) -> tuple[Mention, ...]:
        found = self._recent.get(entity_id)
        if found is None:
            articles = self.articles
            found = tuple(Mention(article=articles[article], name=name, role=role, evidence=marshal.loads(evidence),
                                  mentions=mentions)
                          for article, name, role, evidence, mentions in self.conn.execute(
                              "SELECT article, name, role, evidence, mentions FROM mention WHERE entity = ? ORDER BY seq",
                              (entity_id,)))
            if len(self._recent) >= self.KEEP:
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


def _pick(counter: Counter) -> str:
    return max(counter, key=lambda v: (counter[v], v))


def gather(sheets: Iterable[FactSheet]) -> Catalog:
    """Build the catalog from every valid fact sheet, reading each whole sheet once (see the module's note)."""
    articles = tuple(sorted(sheets, key=article_order))
    by_id = {s.id: s for s in articles}
    store = _MentionStore(by_id)
    ids: dict[str, str] = {}  # one string per entity id, shared by every index that holds it
    named: dict[str, tuple[str, ...]] = {}  # article id -> the entity ids it names, in id order
    naming: dict[str, list[str]] = defaultdict(list)  # entity id -> the articles naming it, newest first
    counts: Counter = Counter()  # entity id -> its mentions (facts naming it; an article may hold two)
    coordinates: dict[str, Coordinates] = {}  # entity id -> the first coordinates given, in article order
    entity_figures: dict[str, list[tuple[FactSheet, Figure]]] = defaultdict(list)
    figures: list[tuple[FactSheet, Figure]] = []
    captions: list[tuple[FactSheet, Caption]] = []
    seq = 0
    for head in articles:
        sheet = head.whole() if hasattr(type(head), "whole") else head  # decoded once for all that follows
        facts = (*sheet.actors, *sheet.locations)
        rows = []
        sentences: dict[str, set[str]] = defaultdict(set)
        for fact in facts:
            entity_id = ids.setdefault(fact.id, fact.id)
            sentences[entity_id].update(fact.evidence)
            counts[entity_id] += 1
            if fact.coordinates and entity_id not in coordinates:
                coordinates[entity_id] = fact.coordinates
            actor = isinstance(fact, Actor)
            rows.append((entity_id, seq, head.id, fact.name, fact.role if actor else None, marshal.dumps(fact.evidence),
                         fact.mentions, fact.kind, _located(fact), fact.country_code if actor else fact.country,
                         marshal.dumps(fact.aliases)))
            seq += 1
        store.add(rows)
        named[head.id] = tuple(sorted(sentences))
        for entity_id in named[head.id]:
            naming[entity_id].append(head.id)
        # Figures whose sentence names the entity: once per fact naming it, as each fact was its own pair before.
        shown = {e: [(head, fig) for fig in sheet.figures if not said.isdisjoint(fig.evidence)]
                 for e, said in sentences.items()}
        for fact in facts:
            entity_figures[fact.id].extend(shown[fact.id])
        figures.extend((head, fig) for fig in sheet.figures)
        captions.extend((head, cap) for cap in sheet.images)
    store.done()

    together = Cooccurrence(naming, named)
    entities: dict[str, EntityRecord] = {}
    for entity_id, rows in store.facts():
        names = Counter(row[0] for row in rows)
        name = _pick(names)
        given = {a for row in rows for a in marshal.loads(row[6])}
        # Case-blind order, then the exact text: "UK" and "Uk" are equal to casefold, and a set's
        # order (which changes with the hash seed) must not decide which comes first.
        aliases = sorted(given | set(names) - {name}, key=lambda a: (a.casefold(), a))
        roles = sorted({row[1] for row in rows if row[1]})
        countries = Counter(row[5] for row in rows)
        countries.pop(None, None)
        entity_id = ids[entity_id]
        entities[entity_id] = EntityRecord(
            id=entity_id,
            name=name,
            kind=_kind((row[2], row[3], row[4]) for row in rows),
            aliases=tuple(aliases),
            roles=tuple(roles),
            country=_pick(countries) if countries else None,
            coordinates=coordinates.get(entity_id),
            mentions=MentionList(store, entity_id, counts[entity_id]),
            figures=tuple(entity_figures.get(entity_id, ())),
            together=together,
        )
    entities = {entity_id: entities[entity_id] for entity_id in sorted(entities)}
    series, figure_series = _series(figures)
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
    by_id = {s.id: s for s in articles}
    rank = {s.id: n for n, s in enumerate(articles)}  # ties: newer article first
    related = {}
    for sheet in articles:
        shared = Counter(chain.from_iterable(
            naming[e] for e in named[sheet.id] if len(naming[e]) <= RELATED_MAX_ARTICLES))
        shared.pop(sheet.id, None)
        best = sorted(shared.items(), key=lambda kv: (-kv[1], rank[kv[0]]))[:RELATED_SHOWN]
        related[sheet.id] = tuple((by_id[a], n) for a, n in best)
    return related


def series_key(figure: Figure) -> Optional[str]:
    """What makes two figures one series: the same counted thing, in the same unit."""
    if not figure.counts:
        return None
    return slug(f"{figure.counts} {figure.unit or ''}".strip().casefold())


def _series(figures: Iterable[tuple[FactSheet, Figure]]) -> tuple[dict[str, FigureSeries], dict[tuple[str, str], str]]:
    groups: dict[str, list[tuple[FactSheet, Figure]]] = defaultdict(list)
    for sheet, fig in figures:  # in article order
        key = series_key(fig)
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
