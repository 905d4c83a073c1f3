"""Render the catalog to Markdown pages (and their JSON twins) through Jinja templates.

Pages are plain Markdown, so any MkDocs-compatible builder (MkDocs 1.6,
ProperDocs, Zensical) can build them. Every ``{{ value }}`` in a template goes
through :func:`~factarchive.site.escape.escape_md` unless it is a link or other
markup this module made itself.

The parts: the templates and links (:mod:`templating`), the files and ``docs/`` (:mod:`docs_files`), the entities'
index pages (:mod:`index_pages`), an entity's pages and the maps of where entities live (:mod:`entity_pages`), the
figures' pages (:mod:`figure_pages`). This module renders the site from them (:func:`build_pages`, :func:`generate`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Optional

from .. import archive as archive_mod
from ..model import FactSheet, to_data
from . import pagecache, pictures, review, search, urls
from .catalog import Catalog, EntityRecord
from .escape import escape_text
# The parts: what build_pages builds with, and the names its callers and tests take from here.
from .docs_files import ASSETS, GENERATED_LIST, Pages, _assets, write_pages  # noqa: F401
from .entity_pages import _entity_pages, _moved_maps, moved_map, resolve_redirects  # noqa: F401
from .figure_pages import article_clashes, clash_pages, figure_pages, series_pages  # noqa: F401
from .index_pages import _group_pages, _months, _Page, initial  # noqa: F401
from .jsonld import article_jsonld, entity_jsonld, front_matter_value
from .layout import chunks, format_number, pager  # noqa: F401
from .machine import (atom_feed, entity_twins, json_text, listed_together, lookup_buckets, lookup_index, lookup_shard,  # noqa: F401
                      redirect_data)
from .pagecache import PageCache
from .templating import GROUP_TITLES, _escape_value, _linker, _Renderer, entity_homes, environment  # noqa: F401
from .views import (_ArticleInputs, _article_view, _cooccurrence, _entity_view, _EntityPlan, _Groups,  # noqa: F401
                    _listed_view, _sheet_view)

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


@dataclass(frozen=True)
class SiteOptions:
    """How the pages are published.

    Args:
        site_url: the public address ("https://owner.github.io/repo/"); makes feed and JSON-LD URLs absolute.
        directory_urls: False for the offline build (pages are ``x.html``, not ``x/``); only the
            URLs inside JSON, JSON-LD and the feed depend on it, the Markdown pages do not.
        redirects: old entity id -> new entity id, for entities merged or renamed since an id was
            published; the old URL gets a redirect page and a JSON twin that points to the new one.
        merges: the machine's cross-article merges applied (``SiteSource.links``), for the review page.
    """

    site_url: str = ""
    directory_urls: bool = True
    redirects: Mapping[str, str] = field(default_factory=dict)
    # The machine's merges across articles (factarchive.resolve.Link), listed on the review page; not in the repr
    # (what the pages' fingerprint hashes): they are the source's links, hashed there already.
    merges: tuple = field(default=(), repr=False)


def build_pages(catalog: Catalog, options: SiteOptions = SiteOptions(), docs: Optional[Path] = None,
                progress: Optional[Callable[[], None]] = None, cache: Optional[PageCache] = None) -> Pages:
    """Render every page of the site from the gathered catalog; into memory, or straight into ``docs``.

    With a ``cache`` (and ``docs``), the pages of articles, entities, series and redirects, the indexes (home,
    articles by page and by month, entities, figures by unit, captions by page), entities.json and its shards, the
    404 page's maps and the review page, whose inputs are unchanged since the cache's last run, are kept as they are in
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
        clashes = article_clashes(sheet.id, sheet.figures, catalog, clash_paths)
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
        _entity_pages(pages, _render, entity, front_matter_value(entity_jsonld(entity, options.site_url, style)),
                      first_articles=ENTITY_FIRST_ARTICLES, more_articles=ENTITY_MORE_ARTICLES,
                      with_shown=WITH_SHOWN, with_on_page=WITH_ON_PAGE, with_page=WITH_PAGE)
        for path, data in entity_twins(entity, style):  # paged as the page is; the first at entities/<bb>/<id>.json
            pages.add(path, json_text(data))

    def redirect_pages(old: str, new: str) -> None:
        page = urls.entity(old)
        pages.add(page, _render("redirect.md.j2", page, old=old, target=entities[new], home=homes[new]))
        pages.add(urls.entity_json(old), json_text(redirect_data(old, entities[new], style)))

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
    # The entity lookup: entities.json, the index of its shards, and a shard per bucket (lookup/<bb>.json), each a
    # group whose view is what it shows (each entity's names, kind and home; the redirects): a renamed entity
    # rewrites its shards, and the index only when a count changes.
    buckets = lookup_buckets(entities.values(), redirects, homes)
    cached("lookup", lambda: tuple((b, *map(len, inputs)) for b, inputs in buckets.items()),
           lambda: pages.add(urls.ENTITY_LOOKUP, json_text(lookup_index(buckets))))
    for bucket, inputs in buckets.items():
        cached("lookup:" + bucket, lambda: inputs,
               lambda: pages.add(urls.lookup_shard(bucket), json_text(lookup_shard(bucket, inputs, style))))
    # The 404 page's maps read the homes and redirects.
    cached("moved", lambda: (tuple(homes.items()), tuple(redirects.items())), lambda: _moved_maps(pages, homes, redirects))
    for group, title in GROUP_TITLES.items():
        members = catalog.by_group(group)
        # The index pages (by count, A-Z, the map) read each member's id, name, kind, count and coordinates.
        cached("index:" + group, lambda: (group, title, tuple((e.id, e.name, e.kind, e.article_count, repr(e.coordinates),
                                                               homes[e.id]) for e in members)),
               lambda: _group_pages(pages, _render, group, title, members, INDEX_PAGE))
    figure_pages(pages, _render, catalog, cached, INDEX_PAGE)
    for item in catalog.series.values():
        series_pages(pages, _render, item, catalog, cached)  # its groups: the series page, each page of old days
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
    # The review's items: an article's or entity's as the last run found them where its inputs are unchanged (noted
    # in the page cache), the rest found anew.
    memo = review.ReviewMemo((cache.previous_notes or {}).get("review")) if cached.cache is not None else None
    items = review.review_items(catalog, memo, homes)
    if memo is not None:
        cached.cache.notes["review"] = memo.now

    merges = review.merge_rows(options.merges, entities, homes)  # the machine's merges across articles

    def review_pages() -> None:
        pages.add(urls.REVIEW, _render("review.md.j2", urls.REVIEW,
                                       **review.page_context(items, twin=urls.REVIEW_JSON, merges=merges)))
        for path, data in review.review_twins(items, merges):  # review.json: what the page shows; then further files
            pages.add(path, json_text(data))

    # The page and its twin read only the items and the merges (plain values).
    cached("review", lambda: repr((items, merges)), review_pages)
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
