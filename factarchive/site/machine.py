"""The machine-readable files: JSON twins of entity pages, redirect twins, ``entities.json``, the Atom feed.

They hold site URLs (``entities/bb/x/`` online, ``entities/bb/x.html`` offline; made
absolute with ``site_url`` where the format wants it), so a newsroom tool can
go from a name or a feed entry to a page without scraping. An entity named in one
article has no page or twin of its own: its ``page`` is its fact on that article's
page (``articles/bb/a/#actor-x``) and its ``json`` that article's twin.

Every JSON file is written by :func:`json_text`: UTF-8 (non-ASCII kept as is, not
escaped), keys sorted, no whitespace between tokens (``separators=(",", ":")``),
one newline at the end. Same data, same bytes: a build is reproducible and an
incremental build rewrites only what changed. Compact because at a newsroom's size
the twins are a large share of the site (issue #14: indented, 82 MB of 350 MB at
2,127 BBC articles); ``python -m json.tool`` pretty-prints one for reading.
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Iterable, Mapping

from ..model import FactSheet, to_data
from . import urls
from .catalog import EntityRecord, plausible_date
from .pictures import markup_environment

FEED_SIZE = 50
# Articles with no date (or an impossible one, see catalog.plausible_date) are left out of the feed: an Atom
# entry must say when it was updated, and a fact sheet records no other date (not when it was extracted)
# that would be true. A feed with no dated article has no <updated> of its own either.


# Made once: json.dumps with options builds an encoder per call. No circular check: the data is
# made from frozen dataclasses, which cannot hold themselves.
_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"), check_circular=False)


def json_text(data: Any) -> str:
    """Sorted, compact JSON: json's C encoder only runs without indent, and twins are most of the bytes."""
    return _JSON.encode(data) + "\n"


# An entity's page and twin list the entities sharing this many of its articles or more. One shared article says
# only that both are named in it, and that article's page and twin list them all: 77% of the pairs on the BBC
# archive, and half of an entity page's bytes.
WITH_MIN_SHARED = 2


def listed_together(entity: EntityRecord) -> tuple[tuple[str, int], ...]:
    """The entities named alongside that its page and twin list: (id, articles shared), most first."""
    pairs = entity.cooccurring
    cut = len(pairs)
    while cut and pairs[cut - 1][1] < WITH_MIN_SHARED:  # most shared first: the ones sharing fewer are at the end
        cut -= 1
    return pairs[:cut]


def entity_data(entity: EntityRecord, directory_urls: bool = True) -> dict[str, Any]:
    """The machine-readable twin of an entity page: the entity, and where each article holds its facts.

    It references, not repeats (issue #14: the twins were a fifth of the site): each article by its id, date,
    the entity's role there, the URL of the entity's fact on the article page (``#actor-x`` or ``#place-x``),
    the article's twin and the ids of the figures whose sentence names the entity (anchors on that page too).
    Titles, names as printed and sentences are in the article twin and ``archive.db``. Named alongside: the
    entities sharing two or more of its articles, ``[id, articles shared]`` most first; the ones sharing one
    (counted in ``cooccurring_count``) are the other facts of its articles' twins.
    """
    figures: dict[str, list[str]] = {}
    for sheet, fig in entity.figures:
        figures.setdefault(sheet.id, []).append(fig.id)
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "country": entity.country,
        "coordinates": to_data(entity.coordinates) if entity.coordinates else None,
        "page": urls.page_url(urls.entity(entity.id), directory_urls),
        "json": urls.entity_json(entity.id),
        "articles": [
            {"id": m.article.id, "published": m.article.published, "role": m.role,
             "page": urls.page_url(urls.article(m.article.id), directory_urls, urls.fact_anchor(m.article, entity.id)),
             "json": urls.article_json(m.article.id), "figures": figures.get(m.article.id, [])}
            for m in entity.mentions
        ],
        "cooccurring": [[other, n] for other, n in listed_together(entity)],
        "cooccurring_count": len(entity.cooccurring),
    }


def _where(entity: EntityRecord, directory_urls: bool) -> dict[str, str]:
    """An entity's page URL (its own page, or its fact on its one article) and the JSON file with its facts."""
    path, anchor = urls.entity_home(entity)
    return {"page": urls.page_url(path, directory_urls, anchor), "json": urls.entity_home_json(entity)}


def redirect_data(old: str, new: EntityRecord, directory_urls: bool = True) -> dict[str, str]:
    """The twin left at a merged or renamed entity's old JSON URL: where the entity lives now."""
    return {"id": old, "redirect": new.id, **_where(new, directory_urls)}


def entity_lookup(entities: Iterable[EntityRecord], redirects: Mapping[str, str],
                  directory_urls: bool = True) -> dict[str, Any]:
    """``entities.json``: every name and alias -> the entities it names (a name can name two)."""
    names: dict[str, list[dict[str, str]]] = {}
    for entity in entities:
        target = {"id": entity.id, "name": entity.name, "kind": entity.kind, **_where(entity, directory_urls)}
        for name in sorted({entity.name, *entity.aliases}):
            names.setdefault(name, []).append(target)
    return {"names": {k: names[k] for k in sorted(names)}, "redirects": dict(sorted(redirects.items()))}


def _atom_date(published: str | None) -> str | None:
    day = plausible_date(published)
    return day.isoformat() + "T00:00:00Z" if day else None


def atom_feed(articles: Iterable[FactSheet], site_url: str = "", directory_urls: bool = True) -> str:
    """The Atom feed of the newest dated articles (``articles`` newest first); ids are page URLs or stable UUIDs."""
    entries = []
    dated = [sheet for sheet in articles if _atom_date(sheet.published)]  # already newest first
    for sheet in dated[:FEED_SIZE]:
        page = urls.page_url(urls.article(sheet.id), directory_urls)
        entries.append({
            "sheet": sheet,
            "link": urls.absolute(site_url, page),
            # Without a site_url there is no address to use as an id: a UUID made from the article id.
            "id": urls.absolute(site_url, page) if site_url
            else uuid.uuid5(uuid.NAMESPACE_URL, f"factarchive:{urls.article(sheet.id)}").urn,
            "updated": _atom_date(sheet.published),
        })
    return markup_environment().get_template("feed.xml.j2").render(
        entries=entries, updated=max((e["updated"] for e in entries), default=None),
        self_link=urls.absolute(site_url, urls.FEED), home=urls.absolute(site_url, "") or "./",
        feed_id=urls.absolute(site_url, urls.FEED) if site_url else uuid.uuid5(uuid.NAMESPACE_URL, "factarchive:feed").urn,
    ) + "\n"
