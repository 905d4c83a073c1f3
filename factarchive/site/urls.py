"""Every page path and URL pattern of the site, in one place.

Paths are relative to ``docs/``. Pages link to each other by their ``.md``
paths, so MkDocs checks every link (``--strict``) and rewrites it for whichever
URL style the build uses (directory URLs online, ``.html`` files offline).
Machine-readable files (JSON twins, ``entities.json``, the feed) hold site URLs
made by :func:`page_url`, in the style of the build they belong to.

Published patterns (a newsroom tool may rely on them; they never change):

- ``articles/<id>/`` an article page, ``articles/<id>.json`` its facts
- ``entities/<id>/`` an entity page, ``entities/<id>.json`` its facts
- ``entities.json`` every name and alias -> entity id, kind, page and JSON URL
- ``feed.xml`` Atom feed of the newest articles; ``sitemap.xml`` every page
- ``articles/<id>/#actor-<entity id>``, ``#place-<entity id>``, ``#f1``, ``#c1``: one fact on an article page

Not published: ``browse/...``, the further pages of long lists (page 2 of People, the names under "E",
an entity's older articles). What is on page N changes as the archive grows; page 1 of each list keeps
its address above.
"""

from __future__ import annotations

import posixpath
from functools import lru_cache

HOME = "index.md"
ARTICLE_INDEX = "articles/index.md"
ARTICLE = "articles/{id}.md"
ARTICLE_JSON = "articles/{id}.json"
ENTITY = "entities/{id}.md"
ENTITY_JSON = "entities/{id}.json"
ENTITY_LOOKUP = "entities.json"
GROUP_INDEX = "{group}.md"  # people.md, organizations.md, places.md, groups.md
FIGURES = "figures.md"
SERIES = "series/{id}.md"  # one figure reported in several articles, charted over time
CAPTIONS = "captions.md"
SCHEMA = "schema.md"
REVIEW = "review.md"  # the editors' page: facts worth a human look, each with its fix
REVIEW_JSON = "review.json"
SCHEMA_JSON = "schema/factsheet.schema.json"
FEED = "feed.xml"
ASSETS = "assets/factarchive/"  # vendored scripts and our stylesheet, copied in by render
# Further pages of long lists, all under one folder (kept out of the nav by one `not_in_nav` line, /browse/).
# The first page of every list keeps its old address (people.md, entities/<id>.md, figures.md).
BROWSE = "browse/"
GROUP_BY_COUNT = "browse/{group}/count-{n}.md"  # people.md is page 1; most articles first
GROUP_BY_LETTER = "browse/{group}/{letter}.md"  # A-Z: a.md, then a-2.md ...; "other" for names not A-Z
ENTITY_ARTICLES = "browse/entities/{id}/articles-{n}.md"  # older articles naming an entity, n >= 2
ENTITY_WITH = "browse/entities/{id}/with-{n}.md"  # more entities named alongside one, n >= 2
FIGURES_UNIT = "browse/figures/{unit}.md"  # every figure in one unit, largest first; then {unit}-2.md ...
FIGURES_COUNTED = "browse/figures/counted-{n}.md"  # more things counted in several articles, n >= 2
CAPTIONS_PAGE = "browse/captions/{n}.md"  # captions.md is page 1
ARTICLES_PAGE = "browse/articles/newest-{n}.md"  # articles/index.md is page 1
ARTICLES_MONTH = "browse/articles/{month}.md"  # one month's articles (2020-03, or "undated"); then 2020-03-2.md ...

# Anchors of single facts on an article page, for tools that link to one fact.
ACTOR_ANCHOR = "actor-{id}"
PLACE_ANCHOR = "place-{id}"
# Figures and captions use their own ids (f1, c1) as anchors.
# Anchors inside index pages that the pictures link to (same-page links work in every URL style).
MAP_ANCHOR = "map-{id}"  # a row of the Places table
MONTH_ANCHOR = "month-{month}"  # a month of the articles index (2020-03)
POINT_ANCHOR = "point-{article}-{figure}"  # a row of a series table


def article(article_id: str) -> str:
    return ARTICLE.format(id=article_id)


def entity(entity_id: str) -> str:
    return ENTITY.format(id=entity_id)


def series(series_id: str) -> str:
    return SERIES.format(id=series_id)


def group_index(group: str) -> str:
    return GROUP_INDEX.format(group=group)


def group_page(group: str, n: int) -> str:
    """Page ``n`` (from 1) of an index by number of articles; page 1 is the index itself."""
    return group_index(group) if n == 1 else GROUP_BY_COUNT.format(group=group, n=n)


def letter_page(group: str, letter: str, n: int = 1) -> str:
    """Page ``n`` of the names of a group starting with ``letter`` ("a".."z" or "other")."""
    return GROUP_BY_LETTER.format(group=group, letter=letter if n == 1 else f"{letter}-{n}")


def entity_articles(entity_id: str, n: int) -> str:
    return entity(entity_id) if n == 1 else ENTITY_ARTICLES.format(id=entity_id, n=n)


def entity_with(entity_id: str, n: int) -> str:
    return entity(entity_id) if n == 1 else ENTITY_WITH.format(id=entity_id, n=n)


def figures_unit(unit_key: str, n: int = 1) -> str:
    return FIGURES_UNIT.format(unit=unit_key if n == 1 else f"{unit_key}-{n}")


def figures_counted(n: int) -> str:
    return FIGURES if n == 1 else FIGURES_COUNTED.format(n=n)


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


def page_url(path: str, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) of a docs page, as MkDocs publishes it.

    ``articles/x.md`` -> ``articles/x/`` (directory URLs) or ``articles/x.html``
    (the offline build); ``index.md`` files -> their folder.
    """
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
