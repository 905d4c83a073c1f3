"""JSON-LD (schema.org) for the page head, and the one safe way to carry it there.

A page's JSON-LD travels in its front matter (``jsonld:``) and the theme
override (``overrides/main.html``) prints it inside ``<script
type="application/ld+json">``, unescaped. So the text must be safe twice:

- inside a script element: no ``<``, ``>`` or ``&`` at all (they become
  ``\\u003c`` and friends, which JSON reads back as the same characters), so
  an article title of ``</script><script>...`` cannot end the element;
- inside YAML front matter: pure ASCII (``ensure_ascii``) in a single-quoted
  scalar, where nothing but a doubled ``'`` is special.
"""

from __future__ import annotations

import json
from typing import Any, Mapping, Optional

from markupsafe import Markup

from ..model import FactSheet
from . import urls
from .catalog import EntityRecord

SCHEMA_TYPES = {
    "person": "Person",
    "organization": "Organization",
    "country": "Country",
    "city": "City",
    "region": "AdministrativeArea",
    "facility": "Place",
    "place": "Place",
    # schema.org has no type for "Syrians" or "rebels": a group is a Thing with a description.
    "group": "Thing",
}
PLACE_KINDS = ("country", "city", "region", "facility", "place")
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})


# Made once (json.dumps with options builds an encoder per call; every page has JSON-LD).
_JSON = json.JSONEncoder(ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def script_json(data: Any) -> str:
    """JSON text that can sit inside a ``<script>`` element as it is: ASCII, no ``<``, ``>``, ``&``."""
    return _JSON.encode(data).translate(_SCRIPT_SAFE)


def front_matter_value(data: Any) -> Markup:
    """``data`` as script-safe JSON inside a single-quoted YAML scalar, ready for a front-matter line."""
    text = script_json(data)
    return Markup("'" + text.replace("'", "''") + "'")


def _page(path: str, site_url: str, directory_urls: bool, anchor: str = "") -> Optional[str]:
    # schema.org wants absolute URLs: without a site_url there is nothing honest to give.
    return urls.absolute(site_url, urls.page_url(path, directory_urls, anchor)) if site_url else None


def _thing(entity_kind: str, name: str, entity_id: str, site_url: str, directory_urls: bool,
           home: Optional[tuple[str, str]] = None) -> dict[str, Any]:
    """A schema.org thing; its url is ``home`` (docs path, anchor: urls.entity_home), else the entity's page."""
    thing = {"@type": SCHEMA_TYPES[entity_kind], "name": name, "identifier": entity_id}
    path, anchor = home or (urls.entity(entity_id), "")
    url = _page(path, site_url, directory_urls, anchor)
    if url:
        thing["url"] = url
    return thing


def article_jsonld(sheet: FactSheet, site_url: str = "", directory_urls: bool = True,
                   homes: Optional[Mapping[str, tuple[str, str]]] = None) -> dict[str, Any]:
    """schema.org NewsArticle for an article page: headline, date, outlet, source, who and where.

    ``homes``: entity id -> (docs path, anchor) of where it lives (render.entity_homes); an entity without one
    is linked to its own page.
    """
    homes = homes or {}
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": sheet.title,
        "identifier": sheet.id,
        "inLanguage": sheet.language,
    }
    optional = {
        "datePublished": sheet.published,
        "isBasedOn": sheet.url,
        "url": _page(urls.article(sheet.id), site_url, directory_urls),
    }
    data.update({k: v for k, v in optional.items() if v})
    if sheet.outlet:
        data["publisher"] = {"@type": "Organization", "name": sheet.outlet}
    if sheet.source:
        data["sourceOrganization"] = {"@type": "Organization", "name": sheet.source}
    if sheet.byline:
        data["author"] = {"@type": "Person", "name": sheet.byline}
    mentions = [_thing(a.kind, a.name, a.id, site_url, directory_urls, homes.get(a.id)) for a in sheet.actors]
    if mentions:
        data["mentions"] = mentions
    places = [_thing(loc.kind, loc.name, loc.id, site_url, directory_urls, homes.get(loc.id)) for loc in sheet.locations]
    if places:
        data["contentLocation"] = places
    return data


def entity_jsonld(entity: EntityRecord, site_url: str = "", directory_urls: bool = True) -> dict[str, Any]:
    """schema.org Person, Organization, Place (Country, City, ...) or Thing for an entity page."""
    data = {"@context": "https://schema.org", **_thing(entity.kind, entity.name, entity.id, site_url, directory_urls)}
    if entity.aliases:
        data["alternateName"] = list(entity.aliases)
    if entity.roles and entity.kind == "person":
        data["jobTitle"] = list(entity.roles)
    if entity.kind == "group":
        data["description"] = "a group of people named in the news"
    if entity.kind in PLACE_KINDS and entity.coordinates:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": entity.coordinates.lat,
                       "longitude": entity.coordinates.lon}
    return data
