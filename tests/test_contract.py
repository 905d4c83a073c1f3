"""The fact-sheet contract: the JSON Schema, the model's dataclasses and the YAML the archive writes agree."""

from __future__ import annotations

from factarchive import archive
from factarchive.model import Extractor, FactSheet

EXTRACTOR = Extractor(version="1.0", model="m", stages=(("read", "1"),))


def _sheet(**fields) -> FactSheet:
    return FactSheet(id="storm-hits-ankara", title="Storm hits Ankara", seed="a.txt", content_hash="0" * 64,
                     extractor=EXTRACTOR, **fields)


def test_authors_and_published_source_are_written_in_field_order_and_read_back():
    sheet = _sheet(published="2026-11-29", published_source="json-ld", byline="By Jane Doe and John Roe",
                   authors=("Jane Doe", "John Roe"))
    text = archive.dump(sheet)
    assert text == (
        "schema_version: 1\n"
        "id: storm-hits-ankara\n"
        "title: Storm hits Ankara\n"
        "seed: a.txt\n"
        f"content_hash: '{'0' * 64}'\n"
        "extractor:\n"
        "  version: '1.0'\n"
        "  model: m\n"
        "  stages:\n"
        "    read: '1'\n"
        "published: '2026-11-29'\n"
        "published_source: json-ld\n"
        "byline: By Jane Doe and John Roe\n"
        "authors:\n"
        "- Jane Doe\n"
        "- John Roe\n"
        "language: en\n"
        "encoding: utf-8\n"
    )
    assert archive.parse(text, "s.yaml") == sheet


def test_empty_authors_and_no_published_source_are_not_written():
    text = archive.dump(_sheet(byline="Staff"))
    assert "authors" not in text and "published_source" not in text
    assert archive.parse(text, "s.yaml") == _sheet(byline="Staff")


def test_authors_must_be_a_list_of_text():
    text = archive.dump(_sheet()) + "authors: Jane Doe\npublished_source: ''\n"
    assert [str(p) for p in archive.validate(archive.load_yaml(text, "s.yaml"), "s.yaml")] == [
        "s.yaml: field 'authors' 'Jane Doe' is not of type 'array'",
        "s.yaml: field 'published_source' '' should be non-empty",
    ]
