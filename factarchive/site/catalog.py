"""Gather the whole archive before any page is written: entities across articles, back-links, co-occurrence.

Everything here is derived from fact sheets alone; no seed is read.

Gathering reads each sheet once, in article order, and keeps what the indexes need: ids, names, counts and
dates; not the sheets, nor their figures and captions (issue 14). The articles are the sheets as given (heads,
:class:`factarchive.site.lazysheet.LazySheet`, in a build). What gathering takes from one sheet
(:func:`factarchive.site.facts._derive`: the entities it names, each fact's name, role, kind and aliases, its
sentences apart, its figures and captions) is kept in the catalog beside the archive by the sheet's digest
(:class:`factarchive.site.sheetstore.Derived`), so a build decodes only the sheets whose content it has not
gathered before. An entity's mentions are read back from the rows of the articles naming it when a page asks
for them (:class:`factarchive.site.facts.MentionList`), and its own fields (name, kind, aliases, roles,
country) are kept by a digest of its id and of those articles: with one article changed, only the entities it
names are computed again. The figures and captions are read an article at a time when asked
(:mod:`factarchive.site.sheetitems`); only the figures of a series (a thing counted in two or more articles)
are held, for its chart and its disagreements.

The parts live in modules of their own: :mod:`factarchive.site.dates` (plausible dates, article order),
:mod:`factarchive.site.facts` (an entity's facts), :mod:`factarchive.site.series` (series and disagreements),
:mod:`factarchive.site.sheetitems` (figures and captions read when asked); their names are exported here too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import marshal
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from itertools import chain
from operator import itemgetter
from typing import Any, Callable, Iterable, Optional

from ..model import Coordinates, FactSheet
from .dates import EARLIEST_YEAR, article_order, beyond_tomorrow, descending, plausible_date
from .facts import (KIND_GROUPS, KIND_ORDER, Cooccurrence, Mention, MentionList, _entity_fields, _FactStore,
                    entity_kind, fold)
from .lazysheet import LazySheet
from .series import ClashReads, Disagreement, FigureSeries, _disagreements, _series, series_key
from .sheetitems import EntityFigures, ItemReader, SheetItems

__all__ = [
    "EARLIEST_YEAR", "KIND_GROUPS", "KIND_ORDER", "RELATED_MAX_ARTICLES", "RELATED_SHOWN", "Catalog", "Cooccurrence",
    "Disagreement", "EntityRecord", "FigureSeries", "Mention", "MentionList", "article_order", "beyond_tomorrow",
    "descending", "entity_kind", "fold", "gather", "plausible_date", "series_key",
]

# Entities in more articles than this do not make two articles related: sharing
# "United Kingdom" says little, sharing a minor official says a lot. It also
# bounds the work per article, so gathering stays linear in the archive.
RELATED_MAX_ARTICLES = 30
RELATED_SHOWN = 5
# A figure whose sentence names no entity is tied to its story (series._disagreements) by the entities its article
# names most (_leading): this many. Measured on the BBC archive dated ten articles of a topic a day (2,125
# articles, 51 days): with sentences alone 19 disagreements; the article's first entity adds 5, 4 of them one story
# (a games maker's jobs and staff, two NHS waiting lists); a second adds "India" (a car plant and a film) and
# "England" (two rugby matches), a third "Berlin" (a festival's films): the more entities, the less a shared one
# says about the story.
STORY_ENTITIES = 1
# Kinds of entity that say where a story happens, not which story it is: two reports naming "United Kingdom" (or
# "Europe") are as likely two stories as one. They tie no reports (a figure whose sentence names only a country is
# tied by its article's subject). On the dated BBC archive (STORY_ENTITIES) they made 12 of 24 disagreements, 11
# of them two stories ("people" in a logistics firm and in asylum figures, both "in the UK"). A rule by how many
# articles name an entity (as RELATED_MAX_ARTICLES) did as well there but would change as the archive grows
# (yesterday's disagreement gone once its city is named in 31 articles) and drop a long-running story's own place.
SETTINGS = frozenset({"country", "region"})


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
    figures: EntityFigures | tuple  # (article, figure) whose sentence names the entity, read when asked; () if none
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
    def decisions(self) -> list[tuple[str, int, bool, str]]:
        """(kind, mentions, located, basis) as each fact naming it decided, in catalog article order (what
        :func:`entity_kind` weighs); read from the gathered rows, no sheet decoded."""
        return self.mentions.decisions()



@dataclass(frozen=True, slots=True)
class Catalog:
    """The archive, gathered: what every page needs, computed once."""

    articles: tuple[FactSheet, ...]  # newest first, then by id
    entities: dict[str, EntityRecord]  # by id, in id order
    figures: SheetItems  # (article, figure) of every article, in article order: read an article at a time
    captions: SheetItems  # (article, caption), likewise
    series: dict[str, FigureSeries]  # by id, in id order; only things counted in two or more articles
    figure_series: dict[tuple[str, str], str]  # (article id, figure id) -> series id
    related: dict[str, tuple[tuple[FactSheet, int], ...]]  # article id -> (article, entities shared), most first
    # Series id -> the days on which its articles disagree; (article id, figure id) -> the disagreement it is in.
    disagreements: dict[str, tuple[Disagreement, ...]] = field(default_factory=dict)
    figure_disagreement: dict[tuple[str, str], Disagreement] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)  # folded headline -> article id, for "Read more" links
    # The reports of the disagreements pages read last (figure_pages.clash_shown): this build's own.
    clash_reads: ClashReads = field(default_factory=ClashReads, compare=False, repr=False)

    def article_titled(self, headline: str) -> Optional[str]:
        """The id of the archived article with this headline (folded by case, apostrophes, spaces), if any."""
        return self.titles.get(fold(headline))

    def by_group(self, group: str) -> list[EntityRecord]:
        """Entities of one index page, most-mentioned first."""
        found = [e for e in self.entities.values() if e.group == group]
        return sorted(found, key=lambda e: (-e.article_count, e.name.casefold(), e.id))



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
    # Figures whose sentence names the entity, as (article, place in its figures): read when asked.
    entity_figures: dict[str, list[tuple[FactSheet, int]]] = defaultdict(list)
    figure_counts: list[int] = []  # of each article (in order): its figures, its captions
    caption_counts: list[int] = []
    keyed: list[tuple[int, int, str]] = []  # (article's place, figure's place, series key) of each figure with one
    key_articles: Counter = Counter()  # series key -> articles with a figure of it
    # Article's place -> how much it names each entity it names (as ``named``: facts naming it, then figures whose
    # sentence names it, as one small int), of each article with a figure that has a series key: what ties such a
    # figure to its story where its sentence names no one (series._disagreements, _leading).
    weights: dict[int, tuple[int, ...]] = {}
    for seq, head in enumerate(articles):
        names, per_entity, figure_count, caption_count, keys = store.index(head)
        names = named[head.id] = tuple(ids.setdefault(e, e) for e in names)
        for entity_id, (facts, where, shown) in zip(names, per_entity):
            naming[entity_id].append(head.id)
            counts[entity_id] += facts
            if where and entity_id not in coordinates:
                coordinates[entity_id] = Coordinates(*where)
            if shown:  # figures whose sentence names the entity: once per fact naming it
                entity_figures[entity_id].extend((head, n) for n in shown)
        figure_counts.append(figure_count)
        caption_counts.append(caption_count)
        keyed.extend((seq, n, key) for n, key in enumerate(keys) if key)
        key_articles.update({key for key in keys if key})
        if any(keys) and names:
            weights[seq] = tuple(facts * 16 + min(len(set(shown)), 15) for facts, _, shown in per_entity)
    store.gathered(articles, naming)
    read = ItemReader(store.derived, store.items)

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
            figures=EntityFigures(read, tuple(entity_figures[entity_id])) if entity_id in entity_figures else (),
            together=together)
    del kept
    if derived is not None:
        derived.finish(keys_now)
    entities = {entity_id: entities[entity_id] for entity_id in sorted(entities)}
    # Only the figures of a thing counted in two or more articles make a series: those are read (an article at
    # a time, in article order) to order the series and find its disagreements, then kept as (article, place
    # among its figures) and read again when a page asks (sheetitems.EntityFigures): no figure is held.
    members = [(seq, n, key) for seq, n, key in keyed if key_articles[key] > 1]
    del keyed
    place: dict[tuple[str, str], int] = {}  # (article id, figure id) -> its place among the article's figures
    # What ties each member figure to its story (series._disagreements): the entities its sentence names, from
    # what gathering kept of which figures each entity's sentences name (no sheet decoded again), else the
    # entities its article names most. Held for the series' figures only, while their disagreements are found.
    def story(entity_id: str) -> bool:
        return entities[entity_id].kind not in SETTINGS

    told = _sentence_entities(articles, members, entity_figures, story)
    leading = {seq: _leading(named[articles[seq].id], weights[seq], story)
               for seq in {seq for seq, _, _ in members} if seq in weights}
    del weights
    ties: dict[tuple[str, str], tuple[str, ...]] = {}

    def member_figures() -> Iterable[tuple[FactSheet, Any]]:
        for seq, n, _ in members:
            sheet = articles[seq]
            fig = read(sheet)[0][n]
            place[(sheet.id, fig.id)] = n
            ties[(sheet.id, fig.id)] = told.get((seq, n)) or leading.get(seq, ())
            yield sheet, fig

    series, figure_series = _series(member_figures(), [key for _, _, key in members])
    del members, told, leading
    disagreements = _disagreements(series, lambda sheet, fig: ties[(sheet.id, fig.id)],
                                   lambda e: (entities[e].name, entities[e].article_count))
    del ties
    figure_disagreement = {(sheet.id, fig.id): (key, n) for key, found in disagreements.items()
                           for n, d in enumerate(found) for sheet, fig in d.points}

    def kept(points: tuple) -> EntityFigures:
        return EntityFigures(read, tuple((sheet, place[(sheet.id, fig.id)]) for sheet, fig in points))

    series = {key: replace(item, points=kept(item.points)) for key, item in series.items()}
    disagreements = {key: tuple(replace(d, points=kept(d.points)) for d in found) for key, found in disagreements.items()}
    del place
    titles: dict[str, str] = {}
    for sheet in reversed(articles):  # of two articles with one headline, the newest is linked
        titles[fold(sheet.title)] = sheet.id
    return Catalog(
        articles=articles,
        entities=entities,
        figures=SheetItems(read, 0, articles, figure_counts),
        captions=SheetItems(read, 1, articles, caption_counts),
        series=series,
        figure_series=figure_series,
        related=_related(articles, naming, named),
        disagreements=disagreements,
        figure_disagreement={figure: disagreements[key][n] for figure, (key, n) in figure_disagreement.items()},
        titles=titles,
    )




def _leading(names: tuple[str, ...], weights: tuple[int, ...], story: Callable[[str], bool]) -> tuple[str, ...]:
    """The STORY_ENTITIES entities an article names most, of those that ``story`` (not SETTINGS): most facts naming
    it, then most of its figures whose sentence names it, then by id. Only the article itself decides (never how
    many articles of the archive name an entity), so an old day's stories do not regroup as newer articles arrive.
    The article's mention counts are in its facts' rows, not in what gathering keeps of it: reading them would
    decode the sheet again; these are what the gathered index holds."""
    ranked = sorted((i for i in range(len(names)) if story(names[i])), key=lambda i: (-weights[i], names[i]))
    return tuple(names[i] for i in ranked[:STORY_ENTITIES])


def _sentence_entities(articles: tuple[FactSheet, ...], members: list[tuple[int, int, str]],
                       entity_figures: dict[str, list[tuple[FactSheet, int]]],
                       story: Callable[[str], bool]) -> dict[tuple[int, int], tuple[str, ...]]:
    """(article's place, figure's place) of each of ``members`` whose sentence names an entity that ``story`` (not
    SETTINGS) -> those entities, each once, by id: ``entity_figures`` (entity -> the figures its sentences name)
    turned around for them."""
    wanted = {(seq, n) for seq, n, _ in members}
    seq_of = {sheet.id: seq for seq, sheet in enumerate(articles)}
    found: dict[tuple[int, int], list[str]] = defaultdict(list)
    for entity_id, shown in entity_figures.items():
        if not story(entity_id):
            continue
        for sheet, n in shown:
            where = (seq_of[sheet.id], n)
            if where in wanted:
                found[where].append(entity_id)
    return {where: tuple(sorted(set(named))) for where, named in found.items()}


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


