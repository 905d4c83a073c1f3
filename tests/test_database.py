"""The published archive.db (and its CSVs): the facts as the site shows them, byte-identical for the same archive."""

from __future__ import annotations

import asyncio
import csv
import io
import sqlite3
from dataclasses import replace

import pytest

from factarchive.site import database
from tests.sheet_helpers import SAID, article, write_archive


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
        ("a", "ann-lee", "Ann Lee", "spokeswoman", None, 2), ("a", "idlib", "Idlib", None, None, 1),
        ("a", "syria", "Syria", None, None, 1)]
    assert conn.execute("SELECT * FROM sentences WHERE article = 'b' AND entity = 'ann-lee'").fetchall() == [
        ("b", "ann-lee", 1, "Ann Lee said 40 vehicles crossed into Idlib."), ("b", "ann-lee", 2, "Ann Lee left.")]
    assert conn.execute("SELECT * FROM figures ORDER BY article").fetchall() == [
        ("a", "f-0000abcd", 30, None, "30", None, None, "vehicles", None, "Ann Lee", None, None, SAID, "vehicles"),
        ("b", "f-0000abcd", 40, None, "40", None, None, "vehicles", None, "Ann Lee", None, None,
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
        ["article", "article_title", "published", "figure", "value", "value_max", "unit", "per", "counts", "text", "qualifier",
         "reported_by", "period", "period_date", "evidence", "series", "page"],
        ["a", "Vehicles cross", "2020-03-02", "f-0000abcd", "30", "", "", "", "vehicles", "30", "", "Ann Lee", "", "", SAID,
         "vehicles", "articles/2c/a/"],
        ["b", "More vehicles cross", "2020-03-05", "f-0000abcd", "40", "", "", "", "vehicles", "40", "", "Ann Lee", "", "",
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


def test_rows_inserted_a_few_at_a_time_give_the_same_file(tmp_path, monkeypatch):
    sheets, folder = _published(tmp_path)
    monkeypatch.setattr(database, "INSERT_EVERY", 1)  # every row on its own: what a large archive does in batches
    again = tmp_path / "again"
    assert database.publish(sheets, again) == 3
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


def _aged(sheet, age: int, per: str):
    """``sheet`` with its person's age as the article states it and its figure a rate ("30 vehicles a day")."""
    return replace(sheet, actors=tuple(replace(a, age=age) if a.id == "ann-lee" else a for a in sheet.actors),
                   figures=(replace(sheet.figures[0], per=per),))


def test_ages_per_article_and_rates_per_figure_are_published(tmp_path):
    """An age is the article's, so the same person has one per article (mentions.age), none on the entity row;
    a rate says what a value is per (figures.per), in the database and in figures.csv."""
    sheets = [_aged(article("a", "Vehicles cross", published="2020-03-02"), 63, "day"),
              _aged(article("b", "More vehicles cross", published="2021-03-05", vehicles=40), 64, "week")]
    folder = tmp_path / "docs"
    assert database.publish(sheets, folder) == 3
    conn = sqlite3.connect(folder / "archive.db")
    assert conn.execute("SELECT article, entity, age FROM mentions ORDER BY article, entity").fetchall() == [
        ("a", "ann-lee", 63), ("a", "idlib", None), ("a", "syria", None),
        ("b", "ann-lee", 64), ("b", "idlib", None), ("b", "syria", None)]
    assert conn.execute("SELECT article, value, unit, per, counts FROM figures ORDER BY article").fetchall() == [
        ("a", 30, None, "day", "vehicles"), ("b", 40, None, "week", "vehicles")]
    rows = list(csv.DictReader(io.StringIO((folder / "figures.csv").read_text("utf-8"))))
    assert [(r["article"], r["value"], r["per"], r["counts"]) for r in rows] == [
        ("a", "30", "day", "vehicles"), ("b", "40", "week", "vehicles")]


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


def _renamed(sheet, name: str):
    """``sheet`` with its person called ``name``, as a correction of the editors would leave it."""
    return replace(sheet, actors=tuple(replace(a, name=name) if a.id == "ann-lee" else a for a in sheet.actors))


def test_a_database_updated_article_by_article_is_the_file_a_clean_build_writes(tmp_path, monkeypatch):
    """Added, changed, corrected and removed articles: the updated files equal those published from nothing.

    b joining makes a's figure part of the series 'vehicles' (a's rows are otherwise unchanged), and b leaving
    ends it; the person's row follows the articles naming her (count, name, page)."""
    a = article("a", "Vehicles cross", published="2020-03-02")
    b = article("b", "More vehicles cross", published="2020-03-05", vehicles=40)
    c = replace(article("c", "Talks end", published=None), figures=(), images=())
    steps = [("first", [a]), ("added", [a, b, c]), ("changed", [a, replace(b, title="Fewer vehicles cross"), c]),
             ("corrected", [_renamed(a, "Anne Lee"), replace(b, title="Fewer vehicles cross"), _renamed(c, "Anne Lee")]),
             ("removed", [_renamed(a, "Anne Lee"), _renamed(c, "Anne Lee")]), ("all removed", [])]
    made = []
    real = database._create
    monkeypatch.setattr(database, "_create", lambda conn: made.append(1) or real(conn))
    folder = tmp_path / "docs"
    for n, (label, sheets) in enumerate(steps):
        database.publish(sheets, folder)
        clean = tmp_path / f"clean-{n}"
        database.publish(sheets, clean)
        assert [name for name in database.PUBLISHED_FILES
                if (folder / name).read_bytes() != (clean / name).read_bytes()] == [], label
    assert len(made) == 1 + len(steps)  # the first build, and each clean one: the others updated the last file
    conn = sqlite3.connect(folder / "archive.db")
    assert conn.execute("SELECT count(*) FROM articles").fetchall() == [(0,)]
    conn = sqlite3.connect(tmp_path / "clean-2" / "archive.db")
    assert conn.execute("SELECT article, series FROM figures ORDER BY article").fetchall() == [
        ("a", "vehicles"), ("b", "vehicles")]
    assert conn.execute("SELECT a.id FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid"
                        " WHERE articles_fts MATCH 'fewer'").fetchall() == [("b",)]
    conn = sqlite3.connect(tmp_path / "clean-4" / "archive.db")
    assert conn.execute("SELECT article, series FROM figures").fetchall() == [("a", None)]
    assert conn.execute("SELECT id, name, articles, page FROM entities WHERE id = 'ann-lee'").fetchall() == [
        ("ann-lee", "Anne Lee", 2, "entities/23/ann-lee/")]


def test_a_published_database_changed_by_hand_is_made_again_from_nothing(tmp_path):
    sheets, folder = _published(tmp_path)
    conn = sqlite3.connect(folder / "archive.db")
    conn.execute("DELETE FROM mentions")
    conn.commit()
    conn.close()
    assert database.publish([replace(sheets[0], title="Vehicles crossed"), sheets[1]], folder) == 2  # not entities.csv
    clean = tmp_path / "clean"
    database.publish([replace(sheets[0], title="Vehicles crossed"), sheets[1]], clean)
    assert (folder / "archive.db").read_bytes() == (clean / "archive.db").read_bytes()
    assert sqlite3.connect(folder / "archive.db").execute("SELECT count(*) FROM mentions").fetchall() == [(6,)]


def test_other_code_makes_the_database_from_nothing(tmp_path, monkeypatch):
    """Rows are kept from one build to the next only under the same code (the site package, urls among it)."""
    from factarchive.site import source

    sheets, folder = _published(tmp_path)
    made = []
    real = database._create
    monkeypatch.setattr(database, "_create", lambda conn: made.append(1) or real(conn))
    database.publish([replace(sheets[0], title="Vehicles crossed"), sheets[1]], folder)
    assert made == []  # updated
    monkeypatch.setattr(source, "_CODE", "other code")
    database.publish([replace(sheets[0], title="Vehicles crossed again"), sheets[1]], folder)
    assert made == [1]
