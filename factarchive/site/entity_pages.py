"""An entity's pages, the pages left at old entity addresses, and the 404 page's maps of where each entity lives."""

from __future__ import annotations

from typing import Mapping

from markupsafe import Markup

from . import urls
from .catalog import EntityRecord
from .docs_files import Pages
from .layout import chunks, pager
from .machine import json_text, listed_together
from .templating import _Renderer


def _entity_pages(pages: Pages, render: "_Renderer", entity: EntityRecord, jsonld: Markup, *, first_articles: int,
                  more_articles: int, with_shown: int, with_on_page: int, with_page: int) -> None:
    """An entity's page (summary, newest articles, entities named alongside), then further pages of each.

    ``first_articles`` on its page and ``more_articles`` on each further page; of the entities named alongside
    ``with_shown`` shown, ``with_on_page`` on its page and ``with_page`` on each further page (render's sizes, which
    the JSON twin pages by too: machine.entity_twins)."""
    mentions = chunks(list(entity.mentions), first_articles, more_articles)
    article_paths = [urls.entity_articles(entity.id, n) for n in range(1, len(mentions) + 1)]
    together = chunks(list(listed_together(entity)), with_on_page, with_page)
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
            together=together[0] if n == 1 else [], shown=with_shown, together_total=len(entity.cooccurring), **common))
    for n, path in enumerate(with_paths[1:], 2):
        pages.add(path, render(
            "entity.md.j2", path, page_number=n, part=f"named alongside, page {n}", mentions=[], articles_pager=[],
            with_pager=pager(with_paths, n), figures=[], together=together[n - 1], shown=with_page,
            together_total=len(entity.cooccurring), **common))


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
