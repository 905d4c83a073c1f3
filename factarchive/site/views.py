"""The page cache's side of rendering: groups of pages, and what decides whether a group is rendered again.

A group (an article's page and twin, an entity's pages, an index page...) is kept as it is in docs/ when its
*view*, a plain value of exactly what its templates read, has the digest the last run recorded
(:mod:`factarchive.site.pagecache`). The views are here, with what makes them cheap: an article's view found
without decoding its sheet (:class:`_ArticleInputs`), and the entities known unchanged without making their
views at all (:class:`_EntityPlan`). :mod:`factarchive.site.render` renders the groups.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter, itemgetter
from typing import Any, Callable, Mapping, Optional

from ..model import FactSheet
from . import pagecache, urls
from .catalog import Catalog, EntityRecord, plausible_date
from .lazysheet import LazySheet
from .machine import listed_together
from .pagecache import PageCache


class _Groups:
    """Renders groups of pages through the page cache: a group whose view's digest is unchanged is kept, not rendered."""

    def __init__(self, pages: Any, cache: Optional[PageCache]):  # render.Pages
        self.pages, self.cache = pages, cache

    def __call__(self, key: str, view: Callable[[], Any], render: Callable[[], None], unchanged: bool = False) -> None:
        """``unchanged``: the caller knows the group's inputs are those of the last run (its view is not made)."""
        if self.cache is None:
            render()
            return
        if unchanged:
            kept = self.cache.unchanged(key)
            if kept is not None:
                self.pages.keep(kept)
                return
        made = pagecache.digest(view())
        kept = self.cache.fresh(key, made)
        if kept is not None:
            self.pages.keep(kept)
            return
        start = len(self.pages.order)
        render()
        self.cache.record(key, made, self.pages.order[start:])


# Views: exactly what a group's templates read, as plain values: tuples of str, int, float, None, and the
# repr of dataclasses (pagecache.digest marshals them). A view must change whenever its pages would: anything
# a template or a function it calls reads belongs here, and what every page shares (code, templates,
# site_url, URL style) is in the page cache's salt.


def _sheet_view(sheet: FactSheet) -> tuple:
    """What pages that list or link an article show of it: its link text, date and outlet."""
    return sheet.id, sheet.title, sheet.published, sheet.outlet


def _clash_view(clash: Any, series: Mapping[str, Any]) -> tuple:
    """What _disagreement.md.j2 reads of one disagreement."""
    item = series[clash.series]
    return (clash.series, clash.date, clash.anchor, item.label, item.unit,
            tuple((*_sheet_view(sheet), repr(fig)) for sheet, fig in clash.points), clash.about_name)


def _shown_view(shown: Any, series: Mapping[str, Any]) -> tuple:
    """What _disagreement.md.j2 reads of a disagreement as a page shows it (figure_pages.ClashShown)."""
    item = series[shown.series]
    return (shown.series, shown.date, shown.anchor, item.label, item.unit, shown.count, shown.low, shown.high,
            shown.per, tuple((*_sheet_view(sheet), repr(fig)) for sheet, fig in shown.rows), shown.own, shown.gaps,
            shown.more, shown.page, shown.about_name)


def _article_view(sheet: FactSheet, catalog: Catalog, articles: Mapping[str, FactSheet],
                  homes: Mapping[str, tuple[str, str]], inputs: Optional["_ArticleInputs"] = None,
                  clash_pages: Optional[Mapping[tuple[str, str], str]] = None) -> tuple:
    """article.md.j2 and the JSON twin: the corrected sheet whole, and what it shows of other articles and series.

    With where each entity it names lives (``homes``): a fact row links to the entity's page, or is itself
    the entity's home; a second article naming the entity changes this page. ``inputs``: its figures, captions,
    headlines and named entities without decoding the sheet (the sheet itself is in the view as its repr).
    ``clash_pages`` (render.clash_pages): the page that shows a disagreement, which its figure links to.
    """
    from .figure_pages import article_clashes  # figure_pages imports this module

    clash_pages = clash_pages or {}
    inputs = inputs if inputs is not None else _ArticleInputs(catalog, None)
    shown = repr(sheet)
    figures = []
    clashes: tuple = ()
    if sheet.id not in inputs.serial:  # no figure of it in a series (nor so in a disagreement): none is read
        figures = [(None, None, None, None)] * inputs.catalog.figures.count(sheet.id)
    else:
        own = inputs.figures_of(sheet)
        for fig in own:
            key = catalog.figure_series.get((sheet.id, fig.id))
            clash = catalog.figure_disagreement.get((sheet.id, fig.id))
            figures.append((key, catalog.series[key].article_count if key else None,
                            (clash.series, clash.date, clash.anchor) if clash else None,
                            clash_pages.get((clash.series, clash.date)) if clash else None))
        # Of each disagreement, what the page shows (its own reports and the nearest, and the count of the rest):
        # a report added far from this article's values changes the page only through the counts.
        clashes = tuple(_shown_view(c, catalog.series) for c in article_clashes(sheet.id, own, catalog, clash_pages))
    read_more = []
    for headline in inputs.headlines(sheet, shown):
        target = catalog.article_titled(headline)
        read_more.append((headline, target, articles[target].title if target else None))
    known = catalog.entities
    pictured = tuple((cap.place, cap.place in known if cap.place else None, homes.get(cap.place or ""),
                      known[cap.place].name if cap.place in known else None,
                      tuple((p.actor, p.actor in known if p.actor else None, homes.get(p.actor or "")) for p in cap.people))
                     for cap in inputs.captions_of(sheet))
    related = tuple((*_sheet_view(other), n) for other, n in catalog.related[sheet.id])
    named = tuple(homes[entity_id] for entity_id in inputs.named_by(sheet))
    return shown, tuple(figures), clashes, tuple(read_more), pictured, related, named


def _cooccurrence(catalog: Catalog) -> Any:
    """The catalog's index of which entities each article names (catalog.Cooccurrence), if it has one."""
    first = next(iter(catalog.entities.values()), None)
    return getattr(first, "together", None)


class _ArticleInputs:
    """What an article page shows besides its sheet, found without decoding the sheet (a head decodes it whole
    when asked for more than its id, title, date and outlet: 0.3 s CPU for every article of the BBC archive on
    every build): its figures and captions from the catalog, the entities it names from its co-occurrence index,
    and its "Read more" headlines noted in the page cache beside the digest of the sheet they were read from.
    """

    def __init__(self, catalog: Catalog, cache: Optional[PageCache]):
        self.catalog = catalog  # an article's figures and captions are read from it when asked (one query)
        self.serial = {article_id for article_id, _ in catalog.figure_series}  # articles with a figure in a series
        self.named = getattr(_cooccurrence(catalog), "named", None)
        before = (cache.previous_notes or {}).get("articles") if cache is not None else None
        self.before = before if isinstance(before, dict) else {}
        self.now: dict[str, list] = {}  # article id -> [digest of its repr, its headlines, its count of places]
        if cache is not None:
            cache.notes["articles"] = self.now

    def figures_of(self, sheet: FactSheet) -> tuple:
        return self.catalog.figures.of(sheet)

    def captions_of(self, sheet: FactSheet) -> tuple:
        return self.catalog.captions.of(sheet)

    def named_by(self, sheet: FactSheet) -> tuple[str, ...]:
        if self.named is not None:
            return self.named.get(sheet.id, ())
        return tuple(sorted({fact.id for fact in (*sheet.actors, *sheet.locations)}))

    def _noted(self, sheet: FactSheet, shown: Optional[str] = None) -> list:
        """[digest, headlines, places] of this sheet: as noted last run if its digest is the same, else read."""
        found = self.now.get(sheet.id)
        if found is None:
            digest = pagecache.digest(shown if shown is not None else repr(sheet))
            old = self.before.get(sheet.id)
            if isinstance(old, list) and len(old) == 3 and old[0] == digest:
                found = old
            else:
                found = [digest, list(sheet.related), len(sheet.locations)]
            self.now[sheet.id] = found
        return found

    def headlines(self, sheet: FactSheet, shown: str) -> tuple[str, ...]:
        return tuple(self._noted(sheet, shown)[1])

    def row(self, sheet: FactSheet) -> "IndexRow":
        """What a row of the articles index reads of an article (its counts of facts as sized ranges)."""
        # A head counts its actors by their ids: asking it for its actors would make (and keep) a ref for each.
        actors = sheet.actor_ids if isinstance(sheet, LazySheet) else sheet.actors
        return IndexRow(id=sheet.id, title=sheet.title, published=sheet.published, outlet=sheet.outlet,
                        actors=range(len(actors)), locations=range(self._noted(sheet)[2]),
                        figures=range(self.catalog.figures.count(sheet.id)))


@dataclass(frozen=True)
class IndexRow:
    """An article as the articles index shows it: article_index.md.j2 reads ``|length`` of its facts, which a
    head (lazysheet.LazySheet) can only give by decoding the sheet; here they are ranges of that length, from
    the page cache's note of the sheet (an actor's ref and the catalog's figures are at hand anyway)."""

    id: str
    title: str
    published: Optional[str]
    outlet: Optional[str]
    actors: range
    locations: range
    figures: range


def _entity_view(entity: EntityRecord, entities: Mapping[str, EntityRecord], homes: Mapping[str, tuple[str, str]]) -> tuple:
    """entity.md.j2 (every page of it), its JSON-LD and JSON twin; the others' homes (page or article anchor)."""
    mentions = tuple((*_sheet_view(m.article), m.name, m.role, m.age, m.evidence, m.mentions,
                      urls.fact_anchor(m.article, entity.id)) for m in entity.mentions)
    figures = tuple((sheet.id, sheet.title, repr(fig)) for sheet, fig in entity.figures)
    # Named alongside: the pairs as gathered, and the others' names (their link text), mapped in C: a hub
    # entity is named with thousands.
    listed = listed_together(entity)
    names = tuple(map(entities.__getitem__, map(itemgetter(0), listed)))
    return (entity.id, entity.name, entity.kind, entity.aliases, entity.roles, entity.country, repr(entity.coordinates),
            tuple(d.toordinal() for d in entity.dated), mentions, figures, listed, len(entity.cooccurring),
            tuple(map(attrgetter("name"), names)), tuple(map(homes.__getitem__, map(itemgetter(0), listed))))


def _series_points(item: Any) -> tuple:
    """What a series' chart and list read of every report: its article, the date the chart places it at (plausible
    dates: 'tomorrow' moves) and the figure."""
    return tuple((*_sheet_view(sheet), repr(plausible_date(sheet.published)), repr(fig)) for sheet, fig in item.points)


def _series_view(item: Any) -> tuple:
    """The figures index's featured series: its label, the link to it and its chart (every report)."""
    return (item.id, item.label, item.unit, item.article_count, _series_points(item))


class _EntityPlan:
    """Which entities' pages cannot have changed since the last run, known without making their views.

    An entity's view (:func:`_entity_view`) reads the articles naming it (their heads, its facts there, the
    entities each names) and, of the entities named alongside, their names and homes. So it is the last run's
    when the articles naming it are the same articles with the same digests (its *signature*, below) and no
    entity named alongside changed its name or home. Both are noted in the page cache for the next run; making
    every entity's view was the largest step of page generation once search and the database were incremental
    (BBC: 3,753 entity pages, 0.6 s CPU, for one changed title that changes 15 of them).
    """

    def __init__(self, catalog: Catalog, homes: Mapping[str, tuple[str, str]], cache: PageCache):
        self.review: Optional[set[str]] = None
        naming = getattr(_cooccurrence(catalog), "naming", None)  # entity id -> the articles naming it
        if naming is None:
            return
        digests = {sheet.id: pagecache.digest(repr(sheet)) for sheet in catalog.articles}
        # Per entity two digests: of its articles (ids and digests), and of its name and home (32 characters
        # each, so that the note stays small at newsroom scale: about 70 bytes an entity).
        now = {entity_id: [pagecache.digest(tuple(f"{a} {digests[a]}" for a in naming.get(entity_id, ()))),
                           pagecache.digest((entity.name, *homes[entity_id]))]
               for entity_id, entity in catalog.entities.items()}
        cache.notes["entities"] = now
        before = (cache.previous_notes or {}).get("entities")
        if not isinstance(before, dict):
            return
        changed = {e for e, note in now.items() if (before.get(e) or [None])[0] != note[0]}
        moved = [e for e in changed if (before.get(e) or [None, None])[1] != now[e][1]]  # a new name or home
        self.review = changed | {other for e in moved for other, _ in catalog.entities[e].cooccurring}

    def unchanged(self, entity_id: str) -> bool:
        return self.review is not None and entity_id not in self.review


def _listed_view(sheet: FactSheet) -> str:
    """What a row of the articles index shows of an article: its link, date, outlet and counts of facts; as the
    sheet's repr, which holds them all. A head (lazysheet.LazySheet) gives its id and a digest of its content
    without decoding the sheet, which counting its facts would (0.5 s of a build on the BBC archive)."""
    return repr(sheet)


def _figure_row_view(sheet: FactSheet, fig: Any) -> tuple:
    """What a row of a unit's figures shows: the figure's fields and its article's link and date."""
    return (sheet.id, sheet.title, sheet.published, fig.id, fig.value, fig.value_max, fig.per, fig.counts, fig.text,
            fig.qualifier, fig.reported_by)
