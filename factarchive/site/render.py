"""Render the catalog to Markdown pages (and their JSON twins) through Jinja templates.

Pages are plain Markdown, so any MkDocs-compatible builder (MkDocs 1.6,
ProperDocs, Zensical) can build them. Every ``{{ value }}`` in a template goes
through :func:`~factarchive.site.escape.escape_md` unless it is a link or other
markup this module made itself.
"""

from __future__ import annotations

import html
import json
import os
import posixpath
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from .. import archive as archive_mod
from ..fsutil import write_atomic
from ..model import FactSheet, to_data
from . import pagecache, pictures, review, search, urls
from .catalog import Catalog, EntityRecord, descending, fold
from .escape import escape_md, escape_text
# The figures' pages are figure_pages.py's; their names stay importable from here.
from .figure_pages import (CLASH_DATES_SHOWN, FIGURES_DISAGREEMENTS_PAGE,  # noqa: F401
                           SERIES_CLASHES, SERIES_CLASHES_PAGE, SERIES_PAGE, UnitFigures, clash_pages,
                           figure_pages, newest_reports, series_pages, unit_key)
from .jsonld import article_jsonld, entity_jsonld, front_matter_value
from .layout import chunks, format_number, pager
from .machine import atom_feed, entity_lookup, entity_twins, json_text, listed_together, redirect_data
from .pagecache import PageCache
from .views import (_ArticleInputs, _article_view, _cooccurrence, _entity_view, _EntityPlan, _Groups, _listed_view,
                    _series_view, _sheet_view)

GENERATED_LIST = ".factarchive-generated"  # what the last run wrote, so stale pages can go
GROUP_TITLES = {"people": "People", "organizations": "Organisations", "places": "Places", "groups": "Groups"}
# Rows per page of a long list. A page of the People index is 200 names; an entity page shows its 20 newest
# articles, and further pages 100 each (their sentences folded), so a page stays a few screens long while the
# number of pages grows with the archive by a small fraction (benchmarks/site_pages.py prints pages per article).
INDEX_PAGE = 200
ENTITY_FIRST_ARTICLES = 20
ENTITY_MORE_ARTICLES = 100
# Entities named alongside (machine.listed_together: those sharing two or more articles): the first WITH_SHOWN
# shown, the rest folded, and beyond WITH_ON_PAGE further pages.
WITH_SHOWN = 30
WITH_ON_PAGE = 600
WITH_PAGE = 2000
KIND_LABELS = {"person": "person", "organization": "organisation", "country": "country", "group": "group",
               "city": "city", "region": "region", "facility": "facility", "place": "place"}


@lru_cache(maxsize=None)
def _linker(root: str):
    """``link(text, target, anchor)`` for the templates, from a page whose folder is ``root`` below the docs root
    ("../../" for articles/<bb>/): every link goes up to the root and down to its target."""

    def link(text: Any, target: str, anchor: str = "") -> Markup:
        href = root + target
        label = escape_text(text) if type(text) is str else escape_md(text)
        return Markup(f"[{label}]({href}#{anchor})" if anchor else f"[{label}]({href})")

    return link


class LinkTable(dict):
    """id -> the link to that id's page (or its fact on an article page) under its own name, from one folder.

    Made on first use and then looked up: an entity is linked from the page of
    every entity it appears with, an article from the page of every entity it
    names, and each of those links is the same text from every page of a folder.
    Same bytes as ``link(name, path)``; a dict lookup in the template instead of
    two calls.
    """

    def __init__(self, root: str, target: Callable[[str], tuple[str, str]], name: Callable[[str], str]):
        super().__init__()
        self.link, self.target, self.name = _linker(root), target, name

    def __missing__(self, key: str) -> Markup:
        made = self[key] = self.link(self.name(key), *self.target(key))
        return made


# The templates' own cache of escaped texts, smaller than escape_text's (262,144 entries: about 90 MB once full,
# which it is from about 4,000 articles on, the largest thing rendering held; issue 14). What recurs on every page
# (names, kinds, dates, outlets) stays in 16,384 entries; a sentence is shown on its article's page and on the
# pages of the few entities it names, far apart in the order pages are made, so a larger cache rarely kept it.
_escape_value = lru_cache(maxsize=1 << 14)(escape_text.__wrapped__)


def _finalize(value: Any) -> Any:
    """Jinja's finalize: every ``{{ value }}`` is escaped (the hot path of rendering; see escape_md)."""
    kind = type(value)
    if kind is str:  # an article's text (Markup, a subclass, is ours and passes through escape_md untouched)
        return _escape_value(value)
    if kind is int or kind is Markup:  # counts, and markup this module made: nothing to escape
        return value
    return escape_md(value)


def _external(url: Any) -> Markup:
    """A link to an article's original URL; anything but http(s) is shown as inert text."""
    text = str(url or "")
    if not text.lower().startswith(("http://", "https://")):
        return escape_md(text)
    return Markup(f'<a href="{html.escape(text, quote=True)}" rel="noopener">{escape_md(text)}</a>')


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja environment: strict undefined, every value escaped on output."""
    env = Environment(
        loader=PackageLoader("factarchive.site", "templates"),
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # finalize escapes for Markdown and HTML at once
        auto_reload=False,  # templates are package data: no stat of the template file before every page
    )
    # Only what the templates use: every global is copied into the context of every page (15,000 on the
    # BBC archive), and Jinja's own (range, dict, lipsum, cycler, joiner, namespace) are not used.
    env.globals.clear()
    env.globals.update(external=_external, urls=urls, kind_label=KIND_LABELS, group_titles=GROUP_TITLES)
    env.filters["number"] = format_number
    return env


@dataclass
class Pages:
    """Every file the site half generates: docs path -> content.

    With ``docs`` set, each file is written as soon as it is rendered and only
    its path is kept: the catalog is gathered whole first (back-links need it),
    but the rendered pages never all sit in memory (3.2 GB at 20,000 articles).
    """

    files: dict[str, str] = field(default_factory=dict)
    docs: Optional[Path] = None
    paths: set[str] = field(default_factory=set)
    order: list[str] = field(default_factory=list)  # paths in the order they were added (a group's are adjacent)
    written: int = 0
    progress: Optional[Callable[[], None]] = None  # called once per file added (a progress bar's update)

    def add(self, path: str, content: str) -> None:
        self._claim(path)
        if self.docs is None:
            self.files[path] = content
        else:
            self.written += write_atomic(os.path.join(self.docs, path), content, durable=False)

    def keep(self, paths: Iterable[str]) -> None:
        """Files already in ``docs`` as this run would write them (the page cache said so): claimed, not written."""
        for path in paths:
            self._claim(path)

    def _claim(self, path: str) -> None:
        if path in self.paths:  # two things may never claim one URL
            raise ValueError(f"{path} would be written twice")
        self.paths.add(path)
        self.order.append(path)
        if self.progress is not None:
            self.progress()


@dataclass(frozen=True)
class SiteOptions:
    """How the pages are published.

    Args:
        site_url: the public address ("https://owner.github.io/repo/"); makes feed and JSON-LD URLs absolute.
        directory_urls: False for the offline build (pages are ``x.html``, not ``x/``); only the
            URLs inside JSON, JSON-LD and the feed depend on it, the Markdown pages do not.
        redirects: old entity id -> new entity id, for entities merged or renamed since an id was
            published; the old URL gets a redirect page and a JSON twin that points to the new one.
    """

    site_url: str = ""
    directory_urls: bool = True
    redirects: Mapping[str, str] = field(default_factory=dict)


# Vendored scripts and our own assets: file in the package -> file under docs/assets/factarchive/.
ASSETS = {
    "assets/tablesort/tablesort.min.js": "tablesort.min.js",
    "assets/tablesort/tablesort.number.min.js": "tablesort.number.min.js",
    "assets/tablesort/LICENCE": "tablesort.LICENCE.txt",
    "assets/tablesort-init.js": "tablesort-init.js",
    "assets/factarchive.css": "factarchive.css",
    "assets/moved.js": "moved.js",  # the 404 page's: an old or moved address -> where it lives now
}


@lru_cache(maxsize=None)
def _template(name: str) -> Template:
    return environment().get_template(name)


class _Renderer:
    """Renders the site's templates with the catalog's link tables, one pair per folder of pages."""

    def __init__(self, catalog: Catalog):
        self.entities = catalog.entities
        self.articles = {sheet.id: sheet for sheet in catalog.articles}
        self.homes = entity_homes(catalog.entities, self.articles, getattr(_cooccurrence(catalog), "naming", None))
        self.tables: dict[str, tuple[LinkTable, LinkTable]] = {}

    def __call__(self, template: str, page: str, **context: Any) -> str:
        folder = posixpath.dirname(page)
        # One pair of tables per depth, not per folder: the links go up to the docs root and down to their target
        # ("../../entities/2c/russia.md" from any articles/<bb>/ page), which MkDocs resolves to the same URL as the
        # shortest relative link. Per folder, the 256 buckets of each kind would each hold a copy of every link
        # (3 GB at 20,000 articles).
        root = "../" * folder.count("/") + "../" if folder else ""
        if root not in self.tables:
            entities, articles = self.entities, self.articles
            self.tables[root] = (LinkTable(root, self.homes.__getitem__, lambda e: entities[e].name),
                                 LinkTable(root, lambda a: (urls.article(a), ""), lambda a: articles[a].title))
        entity_link, article_link = self.tables[root]
        return _template(template).render(page=page, link=_linker(root), entity_link=entity_link,
                                          article_link=article_link, homes=self.homes, **context)


def entity_homes(entities: Mapping[str, EntityRecord], articles: Optional[Mapping[str, FactSheet]] = None,
                 naming: Optional[Mapping[str, list[str]]] = None) -> dict[str, tuple[str, str]]:
    """Entity id -> (docs path, anchor) of where it lives: its page, or its fact on its one article (urls.entity_home).

    With ``articles`` (by id) and ``naming`` (entity id -> the ids of the articles naming it: the catalog's
    co-occurrence index), an entity's one article is found there rather than through its mentions, which the
    catalog reads back from its store one entity at a time (9,000 entities of the BBC archive live on their
    article: 0.4 s CPU of every build); the same (path, anchor) as urls.entity_home.
    """
    if articles is None or naming is None:
        return {entity_id: urls.entity_home(entity) for entity_id, entity in entities.items()}
    homes = {}
    actors: dict[str, _ActorIds] = {}  # article id -> its actors' ids, read once (an article is home to many)
    for entity_id, entity in entities.items():
        if urls.has_page(entity):
            homes[entity_id] = (urls.entity(entity_id), "")
        else:
            sheet = articles[naming[entity_id][0]]
            found = actors.get(sheet.id)
            if found is None:
                found = actors[sheet.id] = _ActorIds(sheet)
            homes[entity_id] = (urls.article(sheet.id), urls.fact_anchor(found, entity_id))
    return homes


class _ActorIds:
    """An article's actors' ids as a set, for urls.fact_anchor (which asks ``entity_id in sheet.actor_ids``): made
    once per article, not once per entity living on it (a head makes the tuple anew on every call: the BBC's
    8,700 such entities were 0.1 s of every build)."""

    __slots__ = ("actor_ids",)

    def __init__(self, sheet: FactSheet):
        ids = getattr(sheet, "actor_ids", None)
        self.actor_ids = frozenset(ids if ids is not None else (actor.id for actor in sheet.actors))


def resolve_redirects(redirects: Mapping[str, str], entities: Mapping[str, EntityRecord]) -> dict[str, str]:
    """Follow chains (a -> b -> c gives a -> c); refuse cycles, live old ids and missing targets."""
    resolved = {}
    for old in sorted(redirects):
        if old in entities:
            raise ValueError(f"redirects: {old!r} is still an entity of the archive; expected an id no longer in use")
        seen, new = [old], redirects[old]
        while new in redirects:
            if new in seen:
                raise ValueError(f"redirects: cycle {' -> '.join(seen + [new])}")
            seen.append(new)
            new = redirects[new]
        if new not in entities:
            raise ValueError(f"redirects: {old!r} -> {new!r}, but the archive has no entity {new!r}")
        resolved[old] = new
    return resolved


def _months(articles: Iterable[FactSheet]) -> list[tuple[Optional[str], list[FactSheet]]]:
    """Articles grouped by month of publication, newest month first; undated last."""
    groups: dict[Optional[str], list[FactSheet]] = {}
    for sheet in articles:  # already newest first
        groups.setdefault(pictures.month_of(sheet.published), []).append(sheet)
    return sorted(groups.items(), key=lambda kv: (kv[0] is None, descending(kv[0] or "")))


def initial(name: str) -> str:
    """The A-Z page a name goes on: its first letter without accents ("Émile" -> "e"), else "other"."""
    for char in unicodedata.normalize("NFKD", name.casefold()):
        if char.isalnum():
            return char if "a" <= char <= "z" else "other"
    return "other"


def _assets(pages: Pages) -> None:
    package = resources.files("factarchive.site")
    for source, name in ASSETS.items():
        pages.add(urls.ASSETS + name, package.joinpath(source).read_text("utf-8"))


def build_pages(catalog: Catalog, options: SiteOptions = SiteOptions(), docs: Optional[Path] = None,
                progress: Optional[Callable[[], None]] = None, cache: Optional[PageCache] = None) -> Pages:
    """Render every page of the site from the gathered catalog; into memory, or straight into ``docs``.

    With a ``cache`` (and ``docs``), the pages of articles, entities, series and redirects, the indexes (home,
    articles by page and by month, entities, figures by unit, captions by page), entities.json, the 404 page's
    maps and the review page, whose inputs are unchanged since the cache's last run, are kept as they are in
    ``docs``, not rendered again; the feed, the schema and search are made every time, and written only where
    their bytes changed.
    """
    pages = Pages(docs=Path(docs) if docs is not None else None, progress=progress)
    cached = _Groups(pages, cache if docs is not None else None)
    _render = _Renderer(catalog)
    entities = catalog.entities
    homes = _render.homes
    redirects = resolve_redirects(options.redirects, entities)
    style = options.directory_urls
    groups = [(g, len(catalog.by_group(g))) for g in GROUP_TITLES]
    # The home page: the archive's counts and its newest articles (site_url is in the page cache's salt).
    cached("home", lambda: (len(catalog.articles), len(entities), len(catalog.figures), len(catalog.captions),
                            tuple(groups), tuple(map(_sheet_view, catalog.articles[:20]))),
           lambda: pages.add(urls.HOME, _render("home.md.j2", urls.HOME, catalog=catalog, site_url=options.site_url,
                                                groups=groups)))
    inputs = _ArticleInputs(catalog, cached.cache)
    clash_paths = clash_pages(catalog)
    _article_index_pages(pages, _render, catalog, cached, inputs)

    def article_pages(sheet: FactSheet) -> None:
        page = urls.article(sheet.id)
        clashes = []
        for fig in sheet.figures:
            clash = catalog.figure_disagreement.get((sheet.id, fig.id))
            if clash and clash not in clashes:
                clashes.append(clash)
        read_more = {h: catalog.article_titled(h) for h in sheet.related}
        pages.add(page, _render(
            "article.md.j2", page, sheet=sheet, entities=entities, sentences=fact_sentences(sheet), missing=[
                kind for kind, facts in (("actors", sheet.actors), ("places below country level", sheet.locations),
                                         ("figures", sheet.figures), ("photo captions", sheet.images)) if not facts],
            places={loc.id: loc for loc in sheet.locations} | {a.id: a for a in sheet.actors},
            related=catalog.related[sheet.id], figure_series=catalog.figure_series, series=catalog.series,
            all_series=catalog.series, figure_disagreement=catalog.figure_disagreement, clashes=clashes,
            read_more={h: a for h, a in read_more.items() if a and a != sheet.id}, clash_page=clash_paths,
            jsonld=front_matter_value(article_jsonld(sheet, options.site_url, style, homes))))
        pages.add(urls.article_json(sheet.id), json_text(to_data(sheet)))

    def entity_pages(entity: EntityRecord) -> None:
        _entity_pages(pages, _render, entity, front_matter_value(entity_jsonld(entity, options.site_url, style)))
        for path, data in entity_twins(entity, style):  # paged as the page is; the first at entities/<bb>/<id>.json
            pages.add(path, json_text(data))

    def redirect_pages(old: str, new: str) -> None:
        page = urls.entity(old)
        pages.add(page, _render("redirect.md.j2", page, old=old, target=entities[new], home=homes[new]))
        pages.add(urls.entity_json(old), json_text(redirect_data(old, entities[new], style)))

    def series_page(item: Any) -> None:
        series_pages(pages, _render, item, catalog)

    for sheet in catalog.articles:
        cached("article:" + sheet.id,
               lambda: _article_view(sheet, catalog, _render.articles, homes, inputs, clash_paths),
               lambda: article_pages(sheet))
    plan = _EntityPlan(catalog, homes, cache) if cached.cache is not None else None
    for entity in entities.values():
        if urls.has_page(entity):  # one article's entity lives on that article's page (urls.entity_home)
            cached("entity:" + entity.id, lambda: _entity_view(entity, entities, homes), lambda: entity_pages(entity),
                   unchanged=plan is not None and plan.unchanged(entity.id))
    for old, new in redirects.items():
        cached("redirect:" + old, lambda: (old, new, entities[new].name, homes[new]), lambda: redirect_pages(old, new))
    # entities.json reads each entity's names, kind and home (its JSON file follows from the home); the 404 page's
    # maps read the homes and redirects.
    cached("lookup", lambda: (tuple((e.id, e.name, e.kind, e.aliases, homes[e.id]) for e in entities.values()),
                              tuple(redirects.items())),
           lambda: pages.add(urls.ENTITY_LOOKUP, json_text(entity_lookup(entities.values(), redirects, style, homes))))
    cached("moved", lambda: (tuple(homes.items()), tuple(redirects.items())), lambda: _moved_maps(pages, homes, redirects))
    for group, title in GROUP_TITLES.items():
        members = catalog.by_group(group)
        # The index pages (by count, A-Z, the map) read each member's id, name, kind, count and coordinates.
        cached("index:" + group, lambda: (group, title, tuple((e.id, e.name, e.kind, e.article_count, repr(e.coordinates),
                                                               homes[e.id]) for e in members)),
               lambda: _group_pages(pages, _render, group, title, members))
    figure_pages(pages, _render, catalog, cached, INDEX_PAGE)
    for item in catalog.series.values():
        cached("series:" + item.id, lambda: _series_view(item, catalog), lambda: series_page(item))
    # The captions, INDEX_PAGE a page (as layout.chunks cuts them): each page's read from the catalog when asked,
    # never all held (catalog.captions reads an article at a time).
    caption_paths = [urls.captions_page(n) for n in range(1, max(1, -(-len(catalog.captions) // INDEX_PAGE)) + 1)]
    for n, path in enumerate(caption_paths, 1):
        rows = _Page(catalog.captions, (n - 1) * INDEX_PAGE, n * INDEX_PAGE)
        cached(f"captions:{n}", lambda: (len(catalog.captions), len(caption_paths), n, tuple(
                   (sheet.id, sheet.title, cap.id, cap.caption, cap.credit, cap.date) for sheet, cap in rows())),
               lambda: pages.add(path, _render("captions.md.j2", path, catalog=catalog, entities=entities,
                                               rows=rows(), page_number=n, pager=pager(caption_paths, n),
                                               pager_title="Pages")))
    items = review.review_items(catalog)

    def review_pages() -> None:
        pages.add(urls.REVIEW, _render("review.md.j2", urls.REVIEW,
                                       **review.page_context(items, twin=urls.REVIEW_JSON)))
        for path, data in review.review_twins(items):  # review.json: what the page shows; then further files
            pages.add(path, json_text(data))

    cached("review", lambda: repr(items), review_pages)  # the page and its twin read only the items (plain values)
    schema = archive_mod.schema()
    pages.add(urls.SCHEMA, _render("schema.md.j2", urls.SCHEMA, schema=schema, fields=_schema_fields(schema)))
    pages.add(urls.SCHEMA_JSON, json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    pages.add(urls.FEED, atom_feed(catalog.articles, options.site_url, style))
    # Every page is rendered: what rendering cached (the escaped texts, up to escape_text's bound, and the link
    # tables) is let go, so that the search index is built in that memory, not beside it (issue 14: at 5,000
    # synthetic articles the index then adds nothing to the peak of page generation).
    escape_text.cache_clear()
    _escape_value.cache_clear()
    _render.tables.clear()
    # The search tables are kept for the next build where pages are (a page cache); --clean makes them anew.
    search.add_files(pages, catalog, options, reuse=cache is not None and bool(cache.previous),
                     keep_tables=cache is not None and docs is not None)
    _assets(pages)
    return pages


def fact_sentences(sheet: FactSheet) -> list[tuple[str, list[str]]]:
    """Each sentence that shows an actor or place of the article, once, with the names of the facts it shows.

    In the order first given (actors, then places). Once, not under each fact: a sentence names several facts,
    and listing it under each doubled the article pages' sentences (issue #14, site size).
    """
    names: dict[str, list[str]] = {}
    for fact in (*sheet.actors, *sheet.locations):
        for sentence in fact.evidence:
            shown = names.setdefault(sentence, [])
            if fact.name not in shown:
                shown.append(fact.name)
    return list(names.items())


def moved_map(homes: Mapping[str, tuple[str, str]], redirects: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """Bucket -> {entity id: where it lives, as a docs path without ``.md`` and its #anchor}, redirected ids too.

    The 404 page (``assets/moved.js``) reads the bucket of a missing entity address and goes there: an old
    unbucketed address, or the page of an entity that now lives on its one article (or was merged away).
    """
    buckets: dict[str, dict[str, str]] = {}
    for entity_id, (path, anchor) in (*homes.items(), *((old, homes[new]) for old, new in redirects.items())):
        buckets.setdefault(urls.bucket(entity_id), {})[entity_id] = path[:-3] + (f"#{anchor}" if anchor else "")
    return {b: dict(sorted(buckets[b].items())) for b in sorted(buckets)}


def _moved_maps(pages: Pages, homes: Mapping[str, tuple[str, str]], redirects: Mapping[str, str]) -> None:
    for name, ids in moved_map(homes, redirects).items():
        pages.add(urls.moved(name), f"{urls.MOVED_CALLBACK}({json_text(name)[:-1]},{json_text(ids)[:-1]});\n")


def _article_index_pages(pages: Pages, render: "_Renderer", catalog: Catalog, cached: Optional["_Groups"] = None,
                         inputs: Optional[_ArticleInputs] = None) -> None:
    """The articles index (timeline, months, the newest), its further pages, and a page (or more) per month.

    Each page of the newest articles is a group of the page cache, and each month's pages another: one changed
    title renders the page of the newest that lists it and its month's page, not the whole index.
    """
    cached = cached if cached is not None else _Groups(pages, None)
    inputs = inputs if inputs is not None else _ArticleInputs(catalog, None)
    months = _months(catalog.articles)
    undated = sum(len(s) for m, s in months if not m)
    newest = chunks(list(catalog.articles), INDEX_PAGE, INDEX_PAGE)
    paths = [urls.articles_page(n) for n in range(1, len(newest) + 1)]
    counts = tuple((m, len(s)) for m, s in months)  # the months table and the timeline of the first page
    for n, path in enumerate(paths, 1):
        cached(f"articles:{n}", lambda: (len(paths), n, (len(catalog.articles), undated, counts) if n == 1 else None,
                                         tuple(map(_listed_view, newest[n - 1]))),
               lambda: pages.add(path, render(
                   "article_index.md.j2", path, catalog=catalog, first_page=n == 1,
                   heading=f"page {n}" if n > 1 else "", rows=list(map(inputs.row, newest[n - 1])), pager=pager(paths, n),
                   pager_title="Pages", undated=undated,
                   months=[(m, urls.articles_month(m), len(s)) for m, s in months], month_label=pictures.month_label,
                   timeline=pictures.timeline({m: len(s) for m, s in months if m}, undated) if n == 1 else None)))
    for month, sheets in months:
        # Each page of a month is a group of its own: a month of a large archive has many pages (the BBC's undated
        # articles: 7), and one changed title renders the one that lists it.
        chunked = chunks(sheets, INDEX_PAGE, INDEX_PAGE)
        month_paths = [urls.articles_month(month, n) for n in range(1, len(chunked) + 1)]
        for n, path in enumerate(month_paths, 1):
            cached(f"articles-month:{month}:{n}", lambda: (month, len(month_paths), n,
                                                           tuple(map(_listed_view, chunked[n - 1]))),
                   lambda: _month_page(pages, render, catalog, month, list(map(inputs.row, chunked[n - 1])), undated,
                                       month_paths, n))


def _month_page(pages: Pages, render: "_Renderer", catalog: Catalog, month: Optional[str], rows: list,
                undated: int, month_paths: list[str], n: int) -> None:
    """Page ``n`` of a month's articles (``rows``: its page of them, as _ArticleInputs.row makes them)."""
    label = pictures.month_label(month) if month else "date not stated, or impossible"
    path = month_paths[n - 1]
    # ``undated`` is read on the first page of the index only (first_page): not part of a month's view.
    pages.add(path, render(
        "article_index.md.j2", path, catalog=catalog, first_page=False,
        heading=label + (f", page {n}" if n > 1 else ""), rows=rows, pager=pager(month_paths, n),
        pager_title="Pages", undated=undated, months=[], month_label=pictures.month_label, timeline=None))


class _Page:
    """Rows ``start`` to ``end`` of a long sequence read from the catalog (catalog.SheetItems): read when called,
    the last read kept (a page's view and then its page ask for the same rows)."""

    __slots__ = ("items", "start", "end", "_rows")

    def __init__(self, items: Any, start: int, end: int):
        self.items, self.start, self.end, self._rows = items, start, end, None

    def __call__(self) -> list:
        if self._rows is None:
            self._rows = self.items[self.start:self.end]
        return self._rows


def _entity_pages(pages: Pages, render: "_Renderer", entity: EntityRecord, jsonld: Markup) -> None:
    """An entity's page (summary, newest articles, entities named alongside), then further pages of each."""
    mentions = chunks(list(entity.mentions), ENTITY_FIRST_ARTICLES, ENTITY_MORE_ARTICLES)
    article_paths = [urls.entity_articles(entity.id, n) for n in range(1, len(mentions) + 1)]
    together = chunks(list(listed_together(entity)), WITH_ON_PAGE, WITH_PAGE)
    with_paths = [urls.entity_with(entity.id, n) for n in range(1, len(together) + 1)]
    dated = entity.dated
    figures_of: dict[str, list] = {}
    for sheet, fig in entity.figures:
        figures_of.setdefault(sheet.id, []).append((sheet, fig))
    common = dict(entity=entity, jsonld=jsonld, first=dated[-1] if dated else None, last=dated[0] if dated else None,
                  undated=entity.article_count - len(dated))
    for n, path in enumerate(article_paths, 1):
        shown = mentions[n - 1]
        pages.add(path, render(
            "entity.md.j2", path, page_number=n, part=f"articles, page {n}", mentions=shown,
            articles_pager=pager(article_paths, n), with_pager=pager(with_paths, 1) if n == 1 else [],
            figures=[pair for m in shown for pair in figures_of.get(m.article.id, ())],
            together=together[0] if n == 1 else [], shown=WITH_SHOWN, together_total=len(entity.cooccurring), **common))
    for n, path in enumerate(with_paths[1:], 2):
        pages.add(path, render(
            "entity.md.j2", path, page_number=n, part=f"named alongside, page {n}", mentions=[], articles_pager=[],
            with_pager=pager(with_paths, n), figures=[], together=together[n - 1], shown=WITH_PAGE,
            together_total=len(entity.cooccurring), **common))


GROUP_ORDER_NOTE = "Sorted by number of articles, most first; the names below can be filtered as you type."


def _group_pages(pages: Pages, render: "_Renderer", group: str, title: str, members: list[EntityRecord]) -> None:
    """An index of one group: pages by number of articles (the first is people.md ...), and A-Z when it is long.

    A long index lists on its pages by count only the entities named in two articles or more: the ones named
    in one (most of them) are in no useful order there, and the A-Z pages list every name already (issue #14:
    each was listed twice, a tenth of the browse pages' bytes).
    """
    counted, order_note = members, GROUP_ORDER_NOTE
    if len(members) > INDEX_PAGE:
        counted = [e for e in members if e.article_count >= urls.PAGE_MIN_ARTICLES]  # most articles first: a prefix
        single = len(members) - len(counted)
        if single:
            order_note = (f"Sorted by number of articles, most first; the {format_number(single)} named in one "
                          "article each are on the A–Z pages. The names below can be filtered as you type.")
    by_count = chunks(counted, INDEX_PAGE, INDEX_PAGE)
    count_paths = [urls.group_page(group, n) for n in range(1, len(by_count) + 1)]
    letters: list[tuple[str, str]] = []
    by_letter: dict[str, list[EntityRecord]] = {}
    if len(members) > INDEX_PAGE:  # one page sorts A-Z in the browser (tablesort); a long index gets A-Z pages
        for e in sorted(members, key=lambda e: (fold(e.name), e.id)):
            by_letter.setdefault(initial(e.name), []).append(e)
        letters = [(letter, urls.letter_page(group, letter)) for letter in sorted(by_letter, key=lambda k: (k == "other", k))]
    show_kind = len({e.kind for e in members}) > 1
    located = None
    if group == "places":
        located = pictures.place_map([(e.id, e.name, e.article_count, e.coordinates) for e in members])
    for n, path in enumerate(count_paths, 1):
        pages.add(path, render(
            "entity_index.md.j2", path, title=title, group=group, heading=f"page {n}" if n > 1 else "",
            total=len(members), rows=by_count[n - 1], order_note=order_note, letters=letters, by_letter=False,
            current_letter=None, map=located if n == 1 else None, map_anchors=group == "places",
            pager=pager(count_paths, n), pager_title="Pages", show_kind=show_kind))
    for letter, rows in by_letter.items():
        chunked = chunks(rows, INDEX_PAGE, INDEX_PAGE)
        paths = [urls.letter_page(group, letter, n) for n in range(1, len(chunked) + 1)]
        label = letter.upper() if letter != "other" else "names not starting A-Z"
        for n, path in enumerate(paths, 1):
            pages.add(path, render(
                "entity_index.md.j2", path, title=title, group=group,
                heading=label + (f", page {n}" if n > 1 else ""), total=len(members), rows=chunked[n - 1],
                order_note="Sorted A-Z.", letters=letters, by_letter=True, current_letter=letter, map=None,
                map_anchors=False, pager=pager(paths, n), pager_title="Pages", show_kind=show_kind))


def _schema_fields(schema: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field path, type, description) rows for the schema page."""
    rows = []

    def walk(prefix: str, node: dict[str, Any]) -> None:
        node = _deref(schema, node)
        for name, prop in node.get("properties", {}).items():
            resolved = _deref(schema, prop)
            kind = resolved.get("type") or ("one of " + ", ".join(resolved["enum"]) if "enum" in resolved else "")
            if "const" in resolved:
                kind = f"always {resolved['const']}"
            description = prop.get("description") or resolved.get("description", "")
            rows.append((prefix + name, kind if isinstance(kind, str) else "/".join(kind), description))
            if resolved.get("type") == "object" and "properties" in resolved:
                walk(prefix + name + ".", resolved)
            items = resolved.get("items")
            if items:
                walk(prefix + name + "[].", items)

    walk("", schema)
    return rows


def _deref(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def write_pages(pages: Pages, docs: Path) -> tuple[int, int]:
    """Write generated files into ``docs``; remove the ones the last run made and this one did not.

    Only changed files are rewritten (unchanged ones keep their mtime), and
    hand-written files in ``docs`` are never touched. Returns (written, removed).
    """
    docs = Path(docs)
    listing = docs / GENERATED_LIST
    try:
        before = set(listing.read_text("utf-8").split("\n")) - {""}
    except OSError:
        before = set()
    written = pages.written + sum(write_atomic(docs / path, content, durable=False)
                                  for path, content in sorted(pages.files.items()))
    removed = 0
    root = docs.resolve()
    for stale in sorted(before - pages.paths):
        target = (docs / stale).resolve()
        if root in target.parents and target.is_file():
            target.unlink()
            removed += 1
            _remove_emptied(target.parent, root)
    write_atomic(listing, "".join(f"{p}\n" for p in sorted(pages.paths)), durable=False)
    return written, removed


def _remove_emptied(folder: Path, root: Path) -> None:
    """Remove ``folder`` and its parents below ``root`` while they are empty: a clean build would not make them.

    Only folders a removed page was in: an empty folder someone made by hand elsewhere in docs/ stays.
    """
    while folder != root and root in folder.parents:
        try:
            folder.rmdir()  # only an empty folder: anything else in it raises and stops the walk
        except OSError:
            return
        folder = folder.parent


def generate(sheets: Iterable[FactSheet], docs: Path, options: SiteOptions = SiteOptions(),
             progress: Optional[Callable[[], None]] = None, salt: Optional[str] = None,
             clean: bool = False, catalog: Optional[Catalog] = None) -> tuple[int, int]:
    """Gather (unless ``catalog`` is given), render and write the site's pages; ``progress()`` is called per file.

    With a ``salt`` (a hash of the site code, templates and installed packages: ``source.code_fingerprint``),
    pages whose inputs did not change since the last run with that salt are not rendered again
    (:mod:`factarchive.site.pagecache`); ``clean`` renders every page (and records them for the next run).
    """
    from .catalog import beyond_tomorrow, gather

    sheets = list(sheets)
    cache = None
    if salt is not None:
        # The build day decides which dates are impossible (after tomorrow): the dates it refuses are an input too.
        shared = pagecache.salt(f"{salt} {' '.join(beyond_tomorrow(sheets))}", options.site_url, options.directory_urls)
        cache = PageCache.open(Path(docs), shared, reuse=not clean)
    catalog = catalog if catalog is not None else gather(sheets)
    counts = write_pages(build_pages(catalog, options, docs=docs, progress=progress, cache=cache), docs)
    if cache is not None:
        cache.save()
    return counts
