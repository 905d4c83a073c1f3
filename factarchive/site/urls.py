"""Every page path and URL pattern of the site, in one place.

Paths are relative to ``docs/``. Pages link to each other by their ``.md``
paths, so MkDocs checks every link (``--strict``) and rewrites it for whichever
URL style the build uses (directory URLs online, ``.html`` files offline).
Machine-readable files (JSON twins, ``entities.json``, the feed) hold site URLs
made by :func:`page_url`, in the style of the build they belong to.

Published patterns (a newsroom tool may rely on them; they never change). ``<bb>`` is the id's bucket,
:func:`bucket` (two hex digits, 256 folders): no folder holds more than 10,000 entries at 100,000 articles.

- ``articles/<bb>/<id>/`` an article page, ``articles/<bb>/<id>.json`` its facts
- ``entities/<bb>/<id>/`` the page of an entity named in two or more articles, ``entities/<bb>/<id>.json``
  its facts. An entity named in one article has no page of its own: it lives on that article's page, at
  ``articles/<bb>/<article id>/#actor-<entity id>`` (or ``#place-<entity id>``), and gets a page when a
  second article names it (:func:`entity_home`)
- ``entities.json`` (format 3) the index of the entity lookup: where its shards are (``shard``: ``lookup/{bucket}.json``),
  which there are (``buckets``) and how many entities, names and redirects they hold
- ``lookup/<bb>.json`` a shard of the lookup: ``entities`` every entity whose id is in bucket ``<bb>`` (id -> name,
  kind, page or article anchor; its JSON is that address without the anchor, ``.json`` for the final ``/``),
  ``names`` every name and alias whose own bucket is ``<bb>`` (name -> the ids it names), ``redirects`` every old id
  of the bucket (old id -> id). An id's bucket and a name's are :func:`bucket` of the id or of the name as written
- ``feed.xml`` Atom feed of the newest articles; ``sitemap.xml`` every page (beyond 50,000 pages an index of
  ``sitemaps/<n>.xml``, 50,000 pages each, as the sitemap protocol wants)
- ``articles/<bb>/<id>/#actor-<entity id>``, ``#place-<entity id>``, ``#f1``, ``#c1``: one fact on an article page
- ``moved/<bb>.js`` every entity id of a bucket (redirected ids too) -> where it lives now, for the 404 page

Offline builds (file://) use ``.html`` files instead of folders: ``articles/<bb>/<id>.html``.

Published before buckets (2026-11), kept working on any static host by ``404.html``
(``overrides/404.html`` and ``assets/moved.js``): ``articles/<id>/``, ``articles/<id>.json``,
``entities/<id>/``, ``entities/<id>.json`` and their ``.html`` forms lead to the addresses above; so does
``series/<id>/`` (a series page, not a published pattern, now ``series/<bb>/<id>/``).

Not published: ``browse/...``, the further pages of long lists (page 2 of People, the names under "E",
an entity's older articles, a series' older reports) and of long JSON files (an entity's twin, ``review.json``),
which name their next page. What is on page N changes as the archive grows; page 1 of each list keeps
its address above.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache
from typing import Any

HOME = "index.md"
ARTICLE_INDEX = "articles/index.md"
ARTICLE = "articles/{bucket}/{id}.md"
ARTICLE_JSON = "articles/{bucket}/{id}.json"
ENTITY = "entities/{bucket}/{id}.md"
ENTITY_JSON = "entities/{bucket}/{id}.json"
MOVED = "moved/{bucket}.js"  # bucket -> {entity id: its home}, read by assets/moved.js on the 404 page
MOVED_CALLBACK = "factarchiveMoved.load"
ENTITY_LOOKUP = "entities.json"  # format 3: the index of the lookup's shards (machine.lookup_index)
LOOKUP_SHARD = "lookup/{bucket}.json"  # the entities, names and redirects of one bucket (machine.lookup_shards)
BUCKET_FUNCTION = "fnv1a32-low-byte-hex"  # how entities.json names :func:`bucket`, so a tool knows which to compute
GROUP_INDEX = "{group}.md"  # people.md, organizations.md, places.md, groups.md
FIGURES = "figures.md"
SERIES = "series/{bucket}/{id}.md"  # one figure reported in several articles, charted over time (bucketed: 500 at BBC scale)
CAPTIONS = "captions.md"
SCHEMA = "schema.md"
REVIEW = "review.md"  # the editors' page: facts worth a human look, each with its fix
REVIEW_JSON = "review.json"
SCHEMA_JSON = "schema/factsheet.schema.json"
FEED = "feed.xml"
SITEMAP = "sitemap.xml"  # written by MkDocs; mkdocs_build.split_sitemap makes it an index past SITEMAP_URLS pages
SITEMAP_PART = "sitemaps/{n}.xml"  # one part of a split sitemap, n from 1
SITEMAP_URLS = 50_000  # the sitemap protocol's limit of URLs in one file (sitemaps.org)
ASSETS = "assets/factarchive/"  # vendored scripts and our stylesheet, copied in by render
# Further pages of long lists, all under one folder (kept out of the nav by one `not_in_nav` line, /browse/).
# The first page of every list keeps its old address (people.md, entities/<id>.md, figures.md).
BROWSE = "browse/"
GROUP_BY_COUNT = "browse/{group}/count-{n}.md"  # people.md is page 1; most articles first
GROUP_BY_LETTER = "browse/{group}/{letter}.md"  # A-Z: a.md, then a-2.md ...; "other" for names not A-Z
ENTITY_ARTICLES = "browse/entities/{bucket}/{id}/articles-{n}.md"  # older articles naming an entity, n >= 2
ENTITY_WITH = "browse/entities/{bucket}/{id}/with-{n}.md"  # more entities named alongside one, n >= 2
# The JSON twin of an entity pages as its page does: entities/<bb>/<id>.json holds its first page of articles and of
# entities named alongside, and names the next file of each.
ENTITY_ARTICLES_JSON = "browse/entities/{bucket}/{id}/articles-{n}.json"
ENTITY_WITH_JSON = "browse/entities/{bucket}/{id}/with-{n}.json"
REVIEW_JSON_PAGE = "browse/review/items-{n}.json"  # review.json is page 1: the items the review page shows
FIGURES_UNIT = "browse/figures/{unit}.md"  # every figure in one unit, largest first; then {unit}-2.md ...
FIGURES_COUNTED = "browse/figures/counted-{n}.md"  # more things counted in several articles, n >= 2
FIGURES_DISAGREEMENTS = "browse/figures/disagreements-{n}.md"  # more things whose reports disagree, n >= 2
CAPTIONS_PAGE = "browse/captions/{n}.md"  # captions.md is page 1
ARTICLES_PAGE = "browse/articles/newest-{n}.md"  # articles/index.md is page 1
ARTICLES_MONTH = "browse/articles/{month}.md"  # one month's articles (2020-03, or "undated"); then 2020-03-2.md ...
SERIES_REPORTS = "browse/series/{bucket}/{id}/reports-{n}.md"  # older reports of a series, n >= 2
SERIES_DISAGREEMENTS = "browse/series/{bucket}/{id}/disagreements-{n}.md"  # older days its reports disagree, n >= 2

# Anchors of single facts on an article page, for tools that link to one fact.
ACTOR_ANCHOR = "actor-{id}"
PLACE_ANCHOR = "place-{id}"
# Figures and captions use their own ids (f1, c1) as anchors.
# Anchors inside index pages that the pictures link to (same-page links work in every URL style).
MAP_ANCHOR = "map-{id}"  # a row of the Places table
MONTH_ANCHOR = "month-{month}"  # a month of the articles index (2020-03)
POINT_ANCHOR = "point-{article}-{figure}"  # a row of a series table
PERIOD_ANCHOR = "period-{period}"  # a row of a series' table of periods (2020-03-01, 2020-03 or 2020)


# An entity needs a page of its own when this many articles name it; below, it lives on its one article's page.
PAGE_MIN_ARTICLES = 2
BUCKETS = 256


@lru_cache(maxsize=1 << 17)
def bucket(page_id: str) -> str:
    """The folder of an article or entity id: the low byte of the id's FNV-1a hash, as two hex digits.

    Why our own: the browser computes the same bucket (``fnv1aBucket`` in ``assets/moved.js``) to send an old
    address to its new folder, so it must be a function small enough to write twice and test against itself;
    hashlib has no FNV. A hash, not a prefix of the id: ids are names ("entity-123", "john-smith"), which
    crowd a few first letters. FNV-1a 32-bit over the id's UTF-8 bytes (offset basis 2166136261, prime 16777619).
    """
    value = 0x811C9DC5
    for byte in page_id.encode("utf-8"):
        value = ((value ^ byte) * 0x01000193) & 0xFFFFFFFF
    return f"{value & 0xFF:02x}"


def article(article_id: str) -> str:
    return ARTICLE.format(bucket=bucket(article_id), id=article_id)


def article_json(article_id: str) -> str:
    return ARTICLE_JSON.format(bucket=bucket(article_id), id=article_id)


def entity(entity_id: str) -> str:
    """The docs path of an entity's own page (it has one only when :func:`has_page`)."""
    return ENTITY.format(bucket=bucket(entity_id), id=entity_id)


def entity_json(entity_id: str) -> str:
    return ENTITY_JSON.format(bucket=bucket(entity_id), id=entity_id)


def moved(bucket_name: str) -> str:
    return MOVED.format(bucket=bucket_name)


def lookup_shard(bucket_name: str) -> str:
    return LOOKUP_SHARD.format(bucket=bucket_name)


def has_page(entity_record: Any) -> bool:
    """Whether an entity (a catalog ``EntityRecord``) gets its own page and JSON twin."""
    return len(entity_record.mentions) >= PAGE_MIN_ARTICLES


def entity_home(entity_record: Any) -> tuple[str, str]:
    """(docs path, anchor) of where an entity lives: its own page, or its fact on the one article naming it.

    On the article page an actor row carries ``actor-<id>`` and a place row ``place-<id>``; an id listed in
    both tables (rare) goes to its actor row, the first table.
    """
    if has_page(entity_record):
        return entity(entity_record.id), ""
    sheet = entity_record.mentions[0].article
    return article(sheet.id), fact_anchor(sheet, entity_record.id)


def fact_anchor(sheet: Any, entity_id: str) -> str:
    """The anchor of an entity's row on an article page (a ``FactSheet``): its actor row, else its place row."""
    ids = getattr(sheet, "actor_ids", None)  # a head of the catalog (site.lazysheet) lists them without decoding
    is_actor = entity_id in ids if ids is not None else any(actor.id == entity_id for actor in sheet.actors)
    return (ACTOR_ANCHOR if is_actor else PLACE_ANCHOR).format(id=entity_id)


def entity_home_json(entity_record: Any) -> str:
    """The JSON file that holds an entity's facts: its twin, or the twin of its one article."""
    path, anchor = entity_home(entity_record)
    return entity_json(entity_record.id) if not anchor else path[:-3] + ".json"


def series(series_id: str) -> str:
    return SERIES.format(bucket=bucket(series_id), id=series_id)


def series_reports(series_id: str, n: int) -> str:
    """Page ``n`` (from 1) of a series' reports, newest first; page 1 is the series page itself."""
    return series(series_id) if n == 1 else SERIES_REPORTS.format(bucket=bucket(series_id), id=series_id, n=n)


def series_disagreements(series_id: str, n: int) -> str:
    """Page ``n`` (from 1) of the days on which a series' reports disagree: page 1 is the series page itself (the
    newest days), pages 2, 3, ... the older days from the oldest on (figure_pages.clash_layout), so a page keeps its
    days as newer ones arrive."""
    return series(series_id) if n == 1 else SERIES_DISAGREEMENTS.format(bucket=bucket(series_id), id=series_id, n=n)


def group_index(group: str) -> str:
    return GROUP_INDEX.format(group=group)


def group_page(group: str, n: int) -> str:
    """Page ``n`` (from 1) of an index by number of articles; page 1 is the index itself."""
    return group_index(group) if n == 1 else GROUP_BY_COUNT.format(group=group, n=n)


def letter_page(group: str, letter: str, n: int = 1) -> str:
    """Page ``n`` of the names of a group starting with ``letter`` ("a".."z" or "other")."""
    return GROUP_BY_LETTER.format(group=group, letter=letter if n == 1 else f"{letter}-{n}")


def entity_articles(entity_id: str, n: int) -> str:
    return entity(entity_id) if n == 1 else ENTITY_ARTICLES.format(bucket=bucket(entity_id), id=entity_id, n=n)


def entity_with(entity_id: str, n: int) -> str:
    return entity(entity_id) if n == 1 else ENTITY_WITH.format(bucket=bucket(entity_id), id=entity_id, n=n)


def entity_articles_json(entity_id: str, n: int) -> str:
    """Page ``n`` (from 1) of an entity's twin by its articles; page 1 is the twin itself (:func:`entity_json`)."""
    return entity_json(entity_id) if n == 1 else ENTITY_ARTICLES_JSON.format(bucket=bucket(entity_id), id=entity_id, n=n)


def entity_with_json(entity_id: str, n: int) -> str:
    """Page ``n`` (from 1) of an entity's twin by the entities named alongside; page 1 is the twin itself."""
    return entity_json(entity_id) if n == 1 else ENTITY_WITH_JSON.format(bucket=bucket(entity_id), id=entity_id, n=n)


def review_json(n: int) -> str:
    """Page ``n`` (from 1) of the review's JSON; page 1 is ``review.json``, the items the review page shows."""
    return REVIEW_JSON if n == 1 else REVIEW_JSON_PAGE.format(n=n)


def figures_unit(unit_key: str, n: int = 1) -> str:
    return FIGURES_UNIT.format(unit=unit_key if n == 1 else f"{unit_key}-{n}")


def figures_counted(n: int) -> str:
    return FIGURES if n == 1 else FIGURES_COUNTED.format(n=n)


def figures_disagreements(n: int) -> str:
    return FIGURES if n == 1 else FIGURES_DISAGREEMENTS.format(n=n)


def articles_page(n: int) -> str:
    return ARTICLE_INDEX if n == 1 else ARTICLES_PAGE.format(n=n)


def articles_month(month: str | None, n: int = 1) -> str:
    name = month or "undated"
    return ARTICLES_MONTH.format(month=name if n == 1 else f"{name}-{n}")


def captions_page(n: int) -> str:
    return CAPTIONS if n == 1 else CAPTIONS_PAGE.format(n=n)


def relative(from_page: str, to_path: str) -> str:
    """The link from one docs page to another path, as a relative path."""
    return relative_from(posixpath.dirname(from_page), to_path)


@lru_cache(maxsize=None)
def relative_from(folder: str, to_path: str) -> str:
    """The link from a page in ``folder`` ("" for the top) to another path."""
    # Cached by folder: every page of a folder links to the same targets, so
    # this runs once per (folder, target), not once per link.
    here = folder.split("/") if folder else []
    there = to_path.split("/")
    if "" in there or "." in there or ".." in there or "" in here or "." in here or ".." in here:
        return posixpath.relpath(to_path, folder or ".")  # not a plain docs path: let posixpath normalise it
    # Both are plain relative paths (what this module makes): the same answer as posixpath.relpath,
    # without its two abspath calls, which were a third of the time of linking 60,000 targets.
    common = 0
    for a, b in zip(here, there):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:]) or "."


def page_url(path: str, directory_urls: bool = True, anchor: str = "") -> str:
    """The URL (relative to the site root) of a docs page, as MkDocs publishes it.

    ``articles/x.md`` -> ``articles/x/`` (directory URLs) or ``articles/x.html``
    (the offline build); ``index.md`` files -> their folder. ``anchor`` is added as ``#anchor``.
    """
    if anchor:
        return page_url(path, directory_urls) + "#" + anchor
    if not path.endswith(".md"):
        return path
    stem = path[:-3]
    if stem == "index" or stem.endswith("/index"):
        folder = stem[: -len("index")]
        return folder if directory_urls else f"{folder}index.html"
    return f"{stem}/" if directory_urls else f"{stem}.html"


def absolute(site_url: str, url: str) -> str:
    """A site URL joined to ``site_url`` when one is set, else left relative to the site root."""
    return site_url.rstrip("/") + "/" + url if site_url else url
