"""The archive in SQLite: the catalog beside the archive (re-reads only changed sheets) and the published archive.db."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
from dataclasses import replace

import pytest

from factarchive import archive as archive_mod
from factarchive.archive import load_archive, write_sheet
from factarchive.model import Actor, Caption, Coordinates, Extractor, FactSheet, Figure, Location, PictureSubject
from factarchive.site import database

EXTRACTOR = Extractor(version="0.1.0", model="test", stages=(("read", "1"), ("entities", "2"), ("figures", "3")))
SAID = "Ann Lee said 30 vehicles crossed into Idlib."


def article(sheet_id: str, title: str, *, published: str | None = "2020-03-02", vehicles: int = 30) -> FactSheet:
    """A small invented article: a person, a country, a city, a figure and a captioned photo."""
    said = SAID.replace("30", str(vehicles))
    return FactSheet(
        id=sheet_id, title=title, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
        published=published, outlet="Test Wire",
        actors=(Actor(id="ann-lee", name="Ann Lee", kind="person", role="spokeswoman", mentions=2,
                      evidence=(said, "Ann Lee left.")),
                Actor(id="syria", name="Syria", kind="country", country_code="SY",
                      coordinates=Coordinates(lat=35.0, lon=38.0), mentions=1, evidence=("Syria said nothing.",))),
        locations=(Location(id="idlib", name="Idlib", kind="city", country="SY",
                            coordinates=Coordinates(lat=35.93, lon=36.63), mentions=1, evidence=(said,)),),
        figures=(Figure(id="f-0000abcd", value=vehicles, text=str(vehicles), counts="vehicles", reported_by="Ann Lee",
                        evidence=(said,)),),
        images=(Caption(id="c-0000abcd", caption="Ann Lee (L) in Idlib.", credit="AFP", place="idlib",
                        people=(PictureSubject(name="Ann Lee", actor="ann-lee", position="L"),)),),
    )


def _archive(folder, *sheets):
    manifest: dict[str, str] = {}
    for sheet in sheets:
        write_sheet(folder, sheet, manifest)
    return folder


@pytest.fixture
def reads(monkeypatch):
    """The sheets the catalog reads from YAML (by file name), recorded as it reads them."""
    seen: list[str] = []
    real = archive_mod.load

    def load(path):
        seen.append(path.name)
        return real(path)

    monkeypatch.setattr(archive_mod, "load", load)
    return seen


# --------------------------------------------------------------------------- the catalog


def test_catalog_reads_a_sheet_again_only_when_its_bytes_change(tmp_path, reads):
    archive = _archive(tmp_path, article("a", "First"), article("b", "Second"))
    first = database.load_sheets(archive)
    assert first == load_archive(archive)
    assert reads == ["a.yaml", "b.yaml"]
    reads.clear()
    assert database.load_sheets(archive) == first  # rebuilt from the stored JSON: equal, field for field
    assert reads == []
    _archive(tmp_path, article("b", "Second, corrected"))
    sheets, problems = database.load_sheets(archive)
    assert reads == ["b.yaml"]
    assert ([s.title for s in sheets], problems) == (["First", "Second, corrected"], [])


def test_catalog_keeps_the_order_of_the_extractor_stages(tmp_path):
    archive = _archive(tmp_path, article("a", "First"))
    database.load_sheets(archive)
    (sheet,), _ = database.load_sheets(archive)
    assert sheet.extractor.stages == (("read", "1"), ("entities", "2"), ("figures", "3"))


def test_removed_sheet_leaves_the_catalog(tmp_path):
    archive = _archive(tmp_path, article("a", "First"), article("b", "Second"))
    database.load_sheets(archive)
    (archive / "b.yaml").unlink()
    sheets, problems = database.load_sheets(archive)
    assert ([s.id for s in sheets], problems) == (["a"], [])
    with sqlite3.connect(database.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets").fetchall() == [("a.yaml",)]


def test_sheets_are_stored_in_batches_and_all_come_back(tmp_path, reads, monkeypatch):
    monkeypatch.setattr(database, "STORE_EVERY", 2)
    archive = _archive(tmp_path, *(article(name, name.upper()) for name in "abcde"))
    expected = load_archive(archive)
    assert database.load_sheets(archive) == expected
    with sqlite3.connect(database.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets ORDER BY name").fetchall() == [(f"{n}.yaml",) for n in "abcde"]
    reads.clear()
    assert database.load_sheets(archive) == expected
    assert reads == []


def test_a_sheet_that_becomes_invalid_leaves_the_catalog(tmp_path):
    archive = _archive(tmp_path, article("a", "First"), article("b", "Second"))
    database.load_sheets(archive)
    (archive / "b.yaml").write_text("id: b\ntitle: [\n", "utf-8")
    sheets, problems = database.load_sheets(archive)
    assert ([s.id for s in sheets], [p.path for p in problems]) == (["a"], [str(archive / "b.yaml")])
    with sqlite3.connect(database.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets").fetchall() == [("a.yaml",)]


def test_sheets_from_the_catalog_share_their_equal_texts(tmp_path):
    archive = _archive(tmp_path, article("a", "First"), article("b", "Second"))
    database.load_sheets(archive)
    first, second = database.load_sheets(archive)[0]
    said = (first.actors[0].evidence[0], first.locations[0].evidence[0], first.figures[0].evidence[0],
            second.actors[0].evidence[0])
    assert said == (SAID,) * 4 and all(s is said[0] for s in said)
    assert first.extractor is second.extractor


def test_invalid_sheet_is_reported_every_build_as_load_archive_reports_it(tmp_path, reads):
    archive = _archive(tmp_path, article("a", "First"))
    (archive / "broken.yaml").write_text("id: broken\ntitle: [\n", "utf-8")
    expected = load_archive(archive)
    assert database.load_sheets(archive) == expected
    reads.clear()
    assert database.load_sheets(archive) == expected
    assert reads == ["broken.yaml"]  # never stored, so read (and reported) again


def test_catalog_is_ignored_by_the_archive_and_safe_to_delete(tmp_path, reads):
    archive = _archive(tmp_path, article("a", "First"))
    expected = database.load_sheets(archive)
    assert database.catalog_path(archive) == archive / ".factarchive" / "catalog.db"
    assert load_archive(archive) == expected  # the archive's own listing does not see it
    database.catalog_path(archive).unlink()
    reads.clear()
    assert database.load_sheets(archive) == expected
    assert reads == ["a.yaml"]


def test_corrupt_catalog_is_replaced(tmp_path):
    archive = _archive(tmp_path, article("a", "First"))
    database.catalog_path(archive).parent.mkdir()
    database.catalog_path(archive).write_bytes(b"not a database" * 100)
    assert database.load_sheets(archive) == load_archive(archive)
    with sqlite3.connect(database.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets").fetchall() == [("a.yaml",)]


def test_a_changed_contract_rebuilds_the_catalog(tmp_path, reads, monkeypatch):
    archive = _archive(tmp_path, article("a", "First"))
    database.load_sheets(archive)
    monkeypatch.setattr(database, "catalog_version", lambda: "another-schema")
    expected = load_archive(archive)
    reads.clear()
    assert database.load_sheets(archive) == expected
    assert reads == ["a.yaml"]


def test_unusable_catalog_falls_back_to_reading_every_sheet(tmp_path):
    archive = _archive(tmp_path, article("a", "First"))
    (archive / ".factarchive").write_text("a file where the catalog's folder goes", "utf-8")
    assert database.load_sheets(archive) == load_archive(archive)


# --------------------------------------------------------------------------- the published database


def _published(tmp_path):
    sheets = [article("a", "Vehicles cross", published="2020-03-02"),
              article("b", "More vehicles cross", published="2020-03-05", vehicles=40)]
    folder = tmp_path / "docs"
    assert database.publish(sheets, folder) == 3
    return sheets, folder


def test_published_tables_hold_the_facts(tmp_path):
    _, folder = _published(tmp_path)
    conn = sqlite3.connect(folder / "archive.db")
    assert conn.execute("SELECT * FROM articles ORDER BY id").fetchall() == [
        ("a", "Vehicles cross", "2020-03-02", "Test Wire", None, None, None, None, "en", "a.txt", None, "articles/2c/a/"),
        ("b", "More vehicles cross", "2020-03-05", "Test Wire", None, None, None, None, "en", "b.txt", None, "articles/e5/b/"),
    ]
    assert conn.execute("SELECT * FROM entities ORDER BY id").fetchall() == [
        ("ann-lee", "Ann Lee", "person", None, None, None, 2, "[]", '["spokeswoman"]', "entities/23/ann-lee/"),
        ("idlib", "Idlib", "city", "SY", 35.93, 36.63, 2, "[]", "[]", "entities/0f/idlib/"),
        ("syria", "Syria", "country", "SY", 35.0, 38.0, 2, "[]", "[]", "entities/f3/syria/"),
    ]
    assert conn.execute("SELECT * FROM mentions WHERE article = 'a'").fetchall() == [
        ("a", "ann-lee", "Ann Lee", "spokeswoman", 2), ("a", "idlib", "Idlib", None, 1), ("a", "syria", "Syria", None, 1)]
    assert conn.execute("SELECT * FROM sentences WHERE article = 'b' AND entity = 'ann-lee'").fetchall() == [
        ("b", "ann-lee", 1, "Ann Lee said 40 vehicles crossed into Idlib."), ("b", "ann-lee", 2, "Ann Lee left.")]
    assert conn.execute("SELECT * FROM figures ORDER BY article").fetchall() == [
        ("a", "f-0000abcd", 30, None, "30", None, "vehicles", None, "Ann Lee", None, None, SAID, "vehicles"),
        ("b", "f-0000abcd", 40, None, "40", None, "vehicles", None, "Ann Lee", None, None,
         "Ann Lee said 40 vehicles crossed into Idlib.", "vehicles"),
    ]
    assert conn.execute("SELECT * FROM captions WHERE article = 'a'").fetchall() == [
        ("a", "c-0000abcd", "Ann Lee (L) in Idlib.", "AFP", None, None, "idlib")]
    assert conn.execute("SELECT * FROM pictured WHERE article = 'a'").fetchall() == [
        ("a", "c-0000abcd", 1, "Ann Lee", "ann-lee", "L")]
    # Full-text search over sentences, joined back to their rows.
    assert conn.execute("SELECT s.article, s.entity FROM sentences_fts JOIN sentences s ON s.rowid = sentences_fts.rowid"
                        " WHERE sentences_fts MATCH 'left' ORDER BY 1, 2").fetchall() == [("a", "ann-lee"), ("b", "ann-lee")]


def test_published_csv_files(tmp_path):
    _, folder = _published(tmp_path)
    figures = list(csv.reader(io.StringIO((folder / "figures.csv").read_text("utf-8"))))
    assert figures == [
        ["article", "article_title", "published", "figure", "value", "value_max", "unit", "counts", "text", "qualifier",
         "reported_by", "period", "period_date", "evidence", "series", "page"],
        ["a", "Vehicles cross", "2020-03-02", "f-0000abcd", "30", "", "", "vehicles", "30", "", "Ann Lee", "", "", SAID,
         "vehicles", "articles/2c/a/"],
        ["b", "More vehicles cross", "2020-03-05", "f-0000abcd", "40", "", "", "vehicles", "40", "", "Ann Lee", "", "",
         "Ann Lee said 40 vehicles crossed into Idlib.", "vehicles", "articles/e5/b/"],
    ]
    assert (folder / "entities.csv").read_text("utf-8") == (
        "id,name,kind,country,lat,lon,articles,aliases,roles,page\n"
        'ann-lee,Ann Lee,person,,,,2,[],"[""spokeswoman""]",entities/23/ann-lee/\n'
        "idlib,Idlib,city,SY,35.93,36.63,2,[],[],entities/0f/idlib/\n"
        "syria,Syria,country,SY,35.0,38.0,2,[],[],entities/f3/syria/\n")


def test_csv_files_are_streamed_to_disk_as_csv_files_gives_them(tmp_path):
    """publish writes the CSVs row by row from the database (never the whole text in memory): same text, and no
    temporary file left beside them."""
    _, folder = _published(tmp_path)
    assert {name: (folder / name).read_text("utf-8") for name in (database.FIGURES_CSV, database.ENTITIES_CSV)} == (
        database.csv_files(folder / database.PUBLISHED_DB))
    assert sorted(p.name for p in folder.iterdir()) == sorted([*database.PUBLISHED_FILES, database.PUBLISHED_KEY])


def test_same_archive_gives_a_byte_identical_database(tmp_path):
    sheets, folder = _published(tmp_path)
    again = tmp_path / "again"
    database.publish(list(reversed(sheets)), again)
    for name in database.PUBLISHED_FILES:
        assert (again / name).read_bytes() == (folder / name).read_bytes(), name


def test_unchanged_sheets_leave_the_published_files_alone(tmp_path):
    sheets, folder = _published(tmp_path)
    before = {name: (folder / name).stat().st_mtime_ns for name in database.PUBLISHED_FILES}
    assert database.publish(sheets, folder) == 0
    (folder / "entities.csv").unlink()  # a file gone: made again, the others compared and kept
    assert database.publish(sheets, folder) == 1
    assert (folder / "archive.db").stat().st_mtime_ns == before["archive.db"]
    assert database.publish([replace(sheets[0], title="Vehicles crossed")], folder) == 3


def test_datasette_serves_sql_and_the_json_api(tmp_path):
    """`datasette site/archive.db` with no other setup: SQL, table rows as JSON, and full-text search."""
    datasette_app = pytest.importorskip("datasette.app")
    _, folder = _published(tmp_path)
    ds = datasette_app.Datasette([str(folder / "archive.db")])

    async def get(path):
        response = await ds.client.get(path)
        assert response.status_code == 200, response.text
        return response.json()

    sql = "select article, value from figures where counts = 'vehicles' order by value desc"
    assert asyncio.run(get(f"/archive.json?sql={sql}&_shape=array")) == [
        {"article": "b", "value": 40}, {"article": "a", "value": 30}]
    assert asyncio.run(get("/archive/entities.json?_shape=array&kind=city")) == [
        {"id": "idlib", "name": "Idlib", "kind": "city", "country": "SY", "lat": 35.93, "lon": 36.63, "articles": 2,
         "aliases": "[]", "roles": "[]", "page": "entities/0f/idlib/"}]
    found = asyncio.run(get("/archive/articles.json?_search=more&_shape=array&_col=title"))
    assert found == [{"id": "b", "title": "More vehicles cross"}]


def test_a_figure_past_sqlite_integers_is_stored_as_a_real(tmp_path):
    """"$4.5bn trillion" (a typo in a BBC story) reads as 4.5e21: the database stores it, the build goes on."""
    from dataclasses import replace

    sheet = article("a", "Vehicles cross", published="2020-03-02")
    sheet = replace(sheet, figures=(replace(sheet.figures[0], value=4_500_000_000_000_000_000_000),))
    folder = tmp_path / "docs"
    assert database.publish([sheet], folder) == 3
    conn = sqlite3.connect(folder / "archive.db")
    assert conn.execute("SELECT id, value, typeof(value) FROM figures").fetchall() == [("f-0000abcd", 4.5e21, "real")]


def test_an_entity_named_in_one_article_is_published_at_its_row_on_that_article(tmp_path):
    sheets = [article("a", "Vehicles cross")]
    folder = tmp_path / "docs"
    database.publish(sheets, folder)
    conn = sqlite3.connect(folder / "archive.db")
    assert conn.execute("SELECT id, articles, page FROM entities ORDER BY id").fetchall() == [
        ("ann-lee", 1, "articles/2c/a/#actor-ann-lee"),
        ("idlib", 1, "articles/2c/a/#place-idlib"),
        ("syria", 1, "articles/2c/a/#actor-syria"),
    ]
