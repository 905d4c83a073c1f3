"""The catalog beside the archive: a sheet is re-read only when its bytes change; deleting it is always safe."""

from __future__ import annotations

import sqlite3

import pytest

from factarchive import archive as archive_mod
from factarchive.archive import load_archive
from factarchive.site import sheetstore
from tests.sheet_helpers import SAID, article, write_archive


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


def test_catalog_reads_a_sheet_again_only_when_its_bytes_change(tmp_path, reads):
    archive = write_archive(tmp_path, article("a", "First"), article("b", "Second"))
    first = sheetstore.load_sheets(archive)
    assert first == load_archive(archive)
    assert reads == ["a.yaml", "b.yaml"]
    reads.clear()
    assert sheetstore.load_sheets(archive) == first  # rebuilt from the stored JSON: equal, field for field
    assert reads == []
    write_archive(tmp_path, article("b", "Second, corrected"))
    sheets, problems = sheetstore.load_sheets(archive)
    assert reads == ["b.yaml"]
    assert ([s.title for s in sheets], problems) == (["First", "Second, corrected"], [])


def test_catalog_keeps_the_order_of_the_extractor_stages(tmp_path):
    archive = write_archive(tmp_path, article("a", "First"))
    sheetstore.load_sheets(archive)
    (sheet,), _ = sheetstore.load_sheets(archive)
    assert sheet.extractor.stages == (("read", "1"), ("entities", "2"), ("figures", "3"))


def test_removed_sheet_leaves_the_catalog(tmp_path):
    archive = write_archive(tmp_path, article("a", "First"), article("b", "Second"))
    sheetstore.load_sheets(archive)
    (archive / "b.yaml").unlink()
    sheets, problems = sheetstore.load_sheets(archive)
    assert ([s.id for s in sheets], problems) == (["a"], [])
    with sqlite3.connect(sheetstore.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets").fetchall() == [("a.yaml",)]


def test_sheets_are_stored_in_batches_and_all_come_back(tmp_path, reads, monkeypatch):
    monkeypatch.setattr(sheetstore, "STORE_EVERY", 2)
    archive = write_archive(tmp_path, *(article(name, name.upper()) for name in "abcde"))
    expected = load_archive(archive)
    assert sheetstore.load_sheets(archive) == expected
    with sqlite3.connect(sheetstore.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets ORDER BY name").fetchall() == [(f"{n}.yaml",) for n in "abcde"]
    reads.clear()
    assert sheetstore.load_sheets(archive) == expected
    assert reads == []


def test_a_sheet_that_becomes_invalid_leaves_the_catalog(tmp_path):
    archive = write_archive(tmp_path, article("a", "First"), article("b", "Second"))
    sheetstore.load_sheets(archive)
    (archive / "b.yaml").write_text("id: b\ntitle: [\n", "utf-8")
    sheets, problems = sheetstore.load_sheets(archive)
    assert ([s.id for s in sheets], [p.path for p in problems]) == (["a"], [str(archive / "b.yaml")])
    with sqlite3.connect(sheetstore.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets").fetchall() == [("a.yaml",)]


def test_sheets_from_the_catalog_share_their_equal_texts(tmp_path):
    archive = write_archive(tmp_path, article("a", "First"), article("b", "Second"))
    sheetstore.load_sheets(archive)
    first, second = sheetstore.load_sheets(archive)[0]
    said = (first.actors[0].evidence[0], first.locations[0].evidence[0], first.figures[0].evidence[0],
            second.actors[0].evidence[0])
    assert said == (SAID,) * 4 and all(s is said[0] for s in said)
    assert first.extractor is second.extractor


def test_invalid_sheet_is_reported_every_build_as_load_archive_reports_it(tmp_path, reads):
    archive = write_archive(tmp_path, article("a", "First"))
    (archive / "broken.yaml").write_text("id: broken\ntitle: [\n", "utf-8")
    expected = load_archive(archive)
    assert sheetstore.load_sheets(archive) == expected
    reads.clear()
    assert sheetstore.load_sheets(archive) == expected
    assert reads == ["broken.yaml"]  # never stored, so read (and reported) again


def test_catalog_is_ignored_by_the_archive_and_safe_to_delete(tmp_path, reads):
    archive = write_archive(tmp_path, article("a", "First"))
    expected = sheetstore.load_sheets(archive)
    assert sheetstore.catalog_path(archive) == archive / ".factarchive" / "catalog.db"
    assert load_archive(archive) == expected  # the archive's own listing does not see it
    sheetstore.catalog_path(archive).unlink()
    reads.clear()
    assert sheetstore.load_sheets(archive) == expected
    assert reads == ["a.yaml"]


def test_corrupt_catalog_is_replaced(tmp_path):
    archive = write_archive(tmp_path, article("a", "First"))
    sheetstore.catalog_path(archive).parent.mkdir()
    sheetstore.catalog_path(archive).write_bytes(b"not a database" * 100)
    assert sheetstore.load_sheets(archive) == load_archive(archive)
    with sqlite3.connect(sheetstore.catalog_path(archive)) as conn:
        assert conn.execute("SELECT name FROM sheets").fetchall() == [("a.yaml",)]


def test_a_changed_contract_rebuilds_the_catalog(tmp_path, reads, monkeypatch):
    archive = write_archive(tmp_path, article("a", "First"))
    sheetstore.load_sheets(archive)
    monkeypatch.setattr(sheetstore, "catalog_version", lambda: "another-schema")
    expected = load_archive(archive)
    reads.clear()
    assert sheetstore.load_sheets(archive) == expected
    assert reads == ["a.yaml"]


def test_unusable_catalog_falls_back_to_reading_every_sheet(tmp_path):
    archive = write_archive(tmp_path, article("a", "First"))
    (archive / ".factarchive").write_text("a file where the catalog's folder goes", "utf-8")
    assert sheetstore.load_sheets(archive) == load_archive(archive)


def test_a_packed_sheet_unpacks_equal_and_its_outline_leaves_out_sentences_and_figures():
    sheet = article("a", "First", vehicles=12)
    packed = sheetstore.pack(sheet)
    assert sheetstore.unpack(packed) == sheet and sheetstore.pack(sheetstore.unpack(packed)) == packed
    outline, dates = sheetstore.unpack_outline(packed)
    assert [(a.id, a.name, a.role, a.evidence) for a in outline.actors] == [
        ("ann-lee", "Ann Lee", "spokeswoman", ()), ("syria", "Syria", None, ())]
    assert (outline.locations[0].evidence, outline.figures, outline.images, dates) == ((), (), sheet.images, (None,))


def test_open_sheets_decodes_a_sheet_when_asked_and_lets_another_build_write(tmp_path):
    archive = write_archive(tmp_path, article("a", "First"), article("b", "Second"))
    stored = sheetstore.open_sheets(archive)
    assert [name for name, _, _ in stored.rows()] == ["a.yaml", "b.yaml"]
    assert stored.fetch("b.yaml") == load_archive(archive)[0][1]
    write_archive(tmp_path, article("b", "Second, corrected"))
    again = sheetstore.open_sheets(archive)  # writes the changed row while the first is still open
    assert (again.fetch("b.yaml").title, stored.fetch("b.yaml").title) == ("Second, corrected", "Second")
    stored.close()
    again.close()


def test_the_outlines_are_kept_beside_the_sheets(tmp_path):
    """A build reads every sheet's outline: kept packed beside the sheet, so the sentences are not read for it."""
    archive = write_archive(tmp_path, article("a", "First", vehicles=12), article("b", "Second"))
    stored = sheetstore.open_sheets(archive)
    got = [(name, digest, outline, dates) for name, digest, outline, dates in stored.outlines()]
    assert [(name, digest) for name, digest, _, _ in got] == [(name, digest) for name, digest, _ in stored.rows()]
    assert [(o, d) for _, _, o, d in got] == [sheetstore.unpack_outline(p) for _, _, p in stored.rows()]
    assert [(o.id, o.title, [a.evidence for a in o.actors], o.figures) for _, _, o, _ in got] == [
        ("a", "First", [(), ()], ()), ("b", "Second", [(), ()], ())]


def test_a_facts_basis_is_stored_and_kept_in_its_outline_and_a_sheet_without_one_loads(tmp_path):
    from dataclasses import replace

    sheet = article("a", "First")
    sheet = replace(sheet, actors=(replace(sheet.actors[0], basis="sentence"), sheet.actors[1]),
                    locations=(replace(sheet.locations[0], basis="gazetteer"),))
    packed = sheetstore.pack(sheet)
    assert sheetstore.unpack(packed) == sheet
    outline, _ = sheetstore.unpack_outline(packed)
    assert [a.basis for a in outline.actors] + [loc.basis for loc in outline.locations] == ["sentence", None, "gazetteer"]
    write_archive(tmp_path, sheet, article("b", "Second"))  # "b" written before the basis was recorded: none given
    sheets, problems = sheetstore.load_sheets(tmp_path)
    assert problems == [] and {s.id: [a.basis for a in s.actors] for s in sheets} == {"a": ["sentence", None],
                                                                                        "b": [None, None]}
