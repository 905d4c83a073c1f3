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

What grows with the archive is paged or written once (issue #14 item 4): an entity's twin pages as its page does
(:func:`entity_twins`: the BBC archive's largest, the United States', was 163 KB in one file, 16 KB and 23 KB a
further file paged), and ``entities.json`` (format 3) is the small index of the lookup's shards, ``lookup/<bb>.json``,
each entity, name and redirect in the shard of its id's or its own bucket (:func:`lookup_files`: the BBC
archive's 1.7 MB in one file, about 27 MB at 100,000 articles, is 256 shards of 1/256 of that).
"""

from __future__ import annotations

import json
import uuid
from typing import Any, Callable, Iterable, Mapping, Optional

from ..model import FactSheet, to_data
from . import urls
from .catalog import EntityRecord, plausible_date
from .layout import chunks
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


def _article_ref(entity: EntityRecord, m: Any, figures: Mapping[str, list[str]],
                 directory_urls: bool) -> dict[str, Any]:
    """One article naming an entity, as its twin lists it: id, date, role (and age, where the article states one),
    where the entity's fact is on the article page, the article's twin and the figures naming the entity there."""
    ref = {"id": m.article.id, "published": m.article.published, "role": m.role,
           "page": urls.page_url(urls.article(m.article.id), directory_urls, urls.fact_anchor(m.article, entity.id)),
           "json": urls.article_json(m.article.id), "figures": figures.get(m.article.id, [])}
    age = getattr(m, "age", None)  # the age that article gives (an age is an article's, never the entity's)
    if age is not None:
        ref["age"] = age
    return ref


def entity_twins(entity: EntityRecord, directory_urls: bool = True) -> list[tuple[str, dict[str, Any]]]:
    """The JSON twin of an entity page, paged as the page is: [(path, data)], the first at ``entities/<bb>/<id>.json``.

    The first file holds the entity (id, name, kind, aliases, roles, country, coordinates, page, json, article count),
    its newest articles and the
    first of the entities named alongside; ``articles_next`` and ``cooccurring_next`` name the next file of each
    (null on the last), and ``articles_pages`` and ``cooccurring_pages`` count them. Further files
    (``urls.entity_articles_json``, ``urls.entity_with_json``) hold ``id``, ``page`` (their number), the next
    file's path and a page of ``articles`` or ``cooccurring``, in the order and sizes of the entity's pages. So a
    twin stays the size of a page however many articles name the entity (issue #14: the BBC archive's United States
    was 163 KB, about 8 MB at 100,000 articles).
    """
    from .render import ENTITY_FIRST_ARTICLES, ENTITY_MORE_ARTICLES, WITH_ON_PAGE, WITH_PAGE  # the page's sizes

    figures: dict[str, list[str]] = {}
    for sheet, fig in entity.figures:
        figures.setdefault(sheet.id, []).append(fig.id)
    mentions = chunks(list(entity.mentions), ENTITY_FIRST_ARTICLES, ENTITY_MORE_ARTICLES)
    together = chunks([[other, n] for other, n in listed_together(entity)], WITH_ON_PAGE, WITH_PAGE)

    def following(path: Callable[[str, int], str], n: int, total: int) -> Optional[str]:
        return path(entity.id, n + 1) if n < total else None

    first = {
        "id": entity.id, "name": entity.name, "kind": entity.kind, "aliases": list(entity.aliases),
        "roles": list(entity.roles), "country": entity.country,
        "coordinates": to_data(entity.coordinates) if entity.coordinates else None,
        "page": urls.page_url(urls.entity(entity.id), directory_urls), "json": urls.entity_json(entity.id),
        "article_count": entity.article_count,
        "articles": [_article_ref(entity, m, figures, directory_urls) for m in mentions[0]],
        "articles_pages": len(mentions), "articles_next": following(urls.entity_articles_json, 1, len(mentions)),
        "cooccurring": together[0], "cooccurring_count": len(entity.cooccurring),
        "cooccurring_pages": len(together), "cooccurring_next": following(urls.entity_with_json, 1, len(together)),
    }
    twins = [(urls.entity_json(entity.id), first)]
    for n in range(2, len(mentions) + 1):
        twins.append((urls.entity_articles_json(entity.id, n), {
            "id": entity.id, "page": n,
            "articles": [_article_ref(entity, m, figures, directory_urls) for m in mentions[n - 1]],
            "articles_next": following(urls.entity_articles_json, n, len(mentions))}))
    for n in range(2, len(together) + 1):
        twins.append((urls.entity_with_json(entity.id, n), {
            "id": entity.id, "page": n, "cooccurring": together[n - 1],
            "cooccurring_next": following(urls.entity_with_json, n, len(together))}))
    return twins


def _where(entity: EntityRecord, directory_urls: bool) -> dict[str, str]:
    """An entity's page URL (its own page, or its fact on its one article) and the JSON file with its facts."""
    path, anchor = urls.entity_home(entity)
    return {"page": urls.page_url(path, directory_urls, anchor), "json": urls.entity_home_json(entity)}


def redirect_data(old: str, new: EntityRecord, directory_urls: bool = True) -> dict[str, str]:
    """The twin left at a merged or renamed entity's old JSON URL: where the entity lives now."""
    return {"id": old, "redirect": new.id, **_where(new, directory_urls)}


LOOKUP_FORMAT = 3


LOOKUP_PARTS = ("entities", "names", "redirects")


def lookup_buckets(entities: Iterable[EntityRecord], redirects: Mapping[str, str],
                   homes: Optional[Mapping[str, tuple[str, str]]] = None) -> dict[str, tuple[tuple, tuple, tuple]]:
    """The lookup's shards as plain values, by bucket: (entities, names, redirects) of each bucket with something.

    An entity and a redirect go to the bucket of their id, a name to the bucket of the name itself (urls.bucket:
    FNV-1a, as an article's or entity's folder), so that a tool with an id or a name reads one shard. Entities are
    (id, name, kind, docs path, anchor) of where each lives, names (name, ids), redirects (old id, id), each sorted.
    What a shard is made of and the page cache's view of it, made without a URL or a JSON text. ``homes``: entity
    id -> (docs path, anchor), as the renderer has them (templating.entity_homes), else found by urls.entity_home.

    Sharded because one file of every entity grew with the archive (about 136 bytes an entity: 1.7 MB on the BBC
    archive, about 27 MB at 100,000 articles; issue #14); a shard is 1/256 of that (the BBC's 6.6 KB).
    """
    found: dict[str, tuple[list, dict, list]] = {}

    def of(bucket: str) -> tuple[list, dict, list]:
        shard = found.get(bucket)
        if shard is None:
            shard = found[bucket] = ([], {}, [])
        return shard

    for entity in entities:
        path, anchor = homes[entity.id] if homes is not None else urls.entity_home(entity)
        of(urls.bucket(entity.id))[0].append((entity.id, entity.name, entity.kind, path, anchor))
        for name in {entity.name, *entity.aliases}:
            of(urls.bucket(name))[1].setdefault(name, []).append(entity.id)
    for old, new in redirects.items():
        of(urls.bucket(old))[2].append((old, new))
    return {b: (tuple(sorted(found[b][0])), tuple(sorted((n, tuple(sorted(ids))) for n, ids in found[b][1].items())),
                tuple(sorted(found[b][2])))
            for b in sorted(found)}


def lookup_shard(bucket: str, inputs: tuple[tuple, tuple, tuple], directory_urls: bool = True) -> dict[str, Any]:
    """``lookup/<bb>.json``: ``bucket``, ``entities`` id -> [name, kind, page], ``names`` name or alias -> ids,
    ``redirects`` old id -> id; of one bucket (:func:`lookup_buckets`).

    ``page`` is where the entity lives (its page, or its fact on its one article: ``articles/<bb>/<a>/#actor-<id>``);
    its JSON is that address without the ``#anchor`` and with ``.json`` for the final ``/`` (or ``.html`` offline):
    ``entities/<bb>/<id>.json``, or its one article's twin.
    """
    entities, names, moved = inputs
    return {"bucket": bucket,
            "entities": {i: [name, kind, urls.page_url(path, directory_urls, anchor)]
                         for i, name, kind, path, anchor in entities},
            "names": {name: list(ids) for name, ids in names}, "redirects": dict(moved)}


def lookup_index(buckets: Mapping[str, tuple[tuple, tuple, tuple]]) -> dict[str, Any]:
    """``entities.json``, format 3: where the shards are and what they hold (its size does not grow with the archive).

    ``shard``: the pattern of a shard's path, ``{bucket}`` being the bucket of the id or name, ``bucket_of``: the
    function that gives it (urls.bucket: FNV-1a 32-bit over the UTF-8 bytes, the low byte as two hex digits),
    ``buckets``: the shards there are (at most 256), and the count of each part.
    """
    return {"format": LOOKUP_FORMAT, "shard": urls.LOOKUP_SHARD, "bucket_of": urls.BUCKET_FUNCTION,
            "buckets": sorted(buckets),
            **{part: sum(len(inputs[k]) for inputs in buckets.values()) for k, part in enumerate(LOOKUP_PARTS)}}


def lookup_files(buckets: Mapping[str, tuple[tuple, tuple, tuple]],
                 directory_urls: bool = True) -> list[tuple[str, dict[str, Any]]]:
    """[(path, data)]: ``entities.json`` (:func:`lookup_index`), then each shard at ``lookup/<bb>.json``."""
    return [(urls.ENTITY_LOOKUP, lookup_index(buckets)),
            *((urls.lookup_shard(b), lookup_shard(b, inputs, directory_urls)) for b, inputs in buckets.items())]


def entity_lookup(entities: Iterable[EntityRecord], redirects: Mapping[str, str], directory_urls: bool = True,
                  homes: Optional[Mapping[str, tuple[str, str]]] = None) -> dict[str, Any]:
    """The whole lookup, as :func:`read_lookup` reads it back from the shards: ``entities`` id -> [name, kind, page],
    ``names`` every name and alias -> ids, ``redirects`` old id -> id (each entity once)."""
    whole: dict[str, dict[str, Any]] = {part: {} for part in LOOKUP_PARTS}
    for b, inputs in lookup_buckets(entities, redirects, homes).items():
        shard = lookup_shard(b, inputs, directory_urls)
        for part in LOOKUP_PARTS:
            whole[part].update(shard[part])
    return {part: dict(sorted(whole[part].items())) for part in LOOKUP_PARTS}


def read_lookup(folder: Any) -> dict[str, dict[str, Any]]:
    """The whole lookup (as :func:`entity_lookup` makes it) read back from a site or docs ``folder``: the index,
    then every shard it names. For a tool that wants it all at once; one name or id needs only its shard."""
    from pathlib import Path

    index = json.loads((Path(folder) / urls.ENTITY_LOOKUP).read_text("utf-8"))
    whole: dict[str, dict[str, Any]] = {part: {} for part in LOOKUP_PARTS}
    for b in index["buckets"]:
        shard = json.loads((Path(folder) / index["shard"].format(bucket=b)).read_text("utf-8"))
        for part in LOOKUP_PARTS:
            whole[part].update(shard[part])
    return {part: dict(sorted(whole[part].items())) for part in LOOKUP_PARTS}


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
