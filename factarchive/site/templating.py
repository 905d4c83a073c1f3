"""The templates' side of rendering: the Jinja environment, links from a page's folder, and where each entity lives.

Every ``{{ value }}`` in a template goes through :func:`~factarchive.site.escape.escape_md` (:func:`_finalize`)
unless it is a link or other markup made here. :class:`_Renderer` renders a template for one page with the link
tables of its folder's depth; :func:`entity_homes` finds where each entity lives (its page, or its fact on its one
article).
"""

from __future__ import annotations

import html
import posixpath
from functools import lru_cache
from typing import Any, Callable, Mapping, Optional

from jinja2 import Environment, PackageLoader, StrictUndefined, Template
from markupsafe import Markup

from ..model import FactSheet
from . import urls
from .catalog import Catalog, EntityRecord
from .escape import escape_md, escape_text
from .layout import format_number
from .views import _cooccurrence

GROUP_TITLES = {"people": "People", "organizations": "Organisations", "places": "Places", "groups": "Groups"}
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
