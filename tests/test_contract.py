"""The fact-sheet contract: the JSON Schema, the model's dataclasses and the YAML the archive writes agree."""

from __future__ import annotations

from typing import Any

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


# --------------------------------------------------------------------------- the schema is the source (issue 12 item 5)

import re  # noqa: E402
import types  # noqa: E402
import typing  # noqa: E402
from dataclasses import MISSING, dataclass, fields, is_dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

from factarchive import contract, model, store  # noqa: E402
from factarchive.model import Actor, Caption, Coordinates, Dateline, Figure, Location, PictureSubject  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

# Required by the schema, defaulted in the model: the version is filled in by the model, and a fact is built
# before its sentences are known in places (tests, corrections); a sheet written without evidence fails `check`.
DEFAULTED_BUT_REQUIRED = {"schema_version", "evidence"}


def _resolve(node: dict) -> dict:
    ref = node.get("$ref")
    return _resolve(contract.schema()["$defs"][ref.rsplit("/", 1)[-1]]) if ref else node


def _written_order(cls: type) -> list[str]:
    """The order model.to_data writes a dataclass's fields in (a sheet's schema_version first)."""
    names = [f.name for f in fields(cls)]
    return ["schema_version", *(n for n in names if n != "schema_version")] if cls is FactSheet else names


def _drift(node: dict, cls: type, where: str) -> list[str]:
    """Every difference between one schema object and one dataclass, recursing into the objects they hold."""
    node = _resolve(node)
    props = node.get("properties", {})
    problems = []
    if list(props) != _written_order(cls):
        problems.append(f"{where}: schema properties {list(props)} != {cls.__name__} fields in written order {_written_order(cls)}")
    if node.get("additionalProperties") is not False:
        problems.append(f"{where}: the schema allows properties the model has no field for")
    required = set(node.get("required", ()))
    undefaulted = {f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING}
    if undefaulted - required or required - undefaulted - DEFAULTED_BUT_REQUIRED:
        problems.append(f"{where}: schema requires {sorted(required)}, {cls.__name__} has no default for {sorted(undefaulted)}")
    hints = typing.get_type_hints(cls)
    for name in props.keys() & hints.keys():
        problems += _type_drift(_resolve(props[name]), hints[name], f"{where}.{name}", cls, name)
    return problems


def _type_drift(node: dict, hint: Any, where: str, cls: type, name: str) -> list[str]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if inner == [float, int]:
            return [] if node.get("type") == "number" else [f"{where}: float | int is not {node}"]
        hint = inner[0]
        origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is Extractor and name == "extractor":
        stages = node["properties"]["stages"]
        ok = [*node["properties"]] == ["version", "model", "stages"] and stages["additionalProperties"] == {"type": "string"}
        return [] if ok else [f"{where}: extractor is not (version, model, stages: name -> version)"]
    if origin is tuple:
        if node.get("type") != "array":
            return [f"{where}: a tuple in {cls.__name__} but not an array in the schema"]
        if is_dataclass(args[0]):
            return _drift(node["items"], args[0], where + "[]")
        return _type_drift(_resolve(node["items"]), args[0], where + "[]", cls, name)
    if is_dataclass(hint):
        return _drift(node, hint, where)
    if "enum" in node:  # a kind or a kind's basis: the model reads them from the schema
        kinds = model.BASES if name == "basis" else {Actor: model.ACTOR_KINDS, Location: model.LOCATION_KINDS}.get(cls)
        return [] if hint is str and tuple(node["enum"]) == kinds else [f"{where}: enum {node['enum']} is not {cls.__name__}'s kinds"]
    if "const" in node:
        return [] if isinstance(node["const"], hint) else [f"{where}: const {node['const']!r} is not {hint}"]
    expected = {str: "string", int: "integer", bool: "boolean", float: "number"}.get(hint)
    return [] if node.get("type") == expected else [f"{where}: {hint} in the model, {node.get('type')!r} in the schema"]


def test_the_schema_and_the_model_agree_field_by_field_both_ways():
    assert _drift(contract.schema(), FactSheet, "fact sheet") == []


def test_every_fact_sheet_dataclass_is_in_the_schema():
    def reached(cls: type, seen: set) -> set:
        seen.add(cls)
        for hint in typing.get_type_hints(cls).values():
            for t in (hint, *typing.get_args(hint), *(a for x in typing.get_args(hint) for a in typing.get_args(x))):
                if is_dataclass(t) and t not in seen:
                    reached(t, seen)
        return seen

    assert reached(FactSheet, set()) == {FactSheet, Extractor, Dateline, Actor, Location, Figure, Caption,
                                         PictureSubject, Coordinates}


def test_validating_leaves_the_published_schema_as_written():
    import json

    archive.validate({"id": "x"}, "s.yaml")  # compiles the fast validator
    archive.validate(archive.load_yaml(archive.dump(_sheet()), "s.yaml"), "s.yaml")
    text = (ROOT / "factarchive" / "schema" / "factsheet.schema.json").read_text("utf-8")
    assert contract.schema() == json.loads(text)


def test_the_kinds_and_version_are_the_schemas():
    schema = contract.schema()
    assert model.ACTOR_KINDS == ("person", "organization", "country", "group")
    assert model.LOCATION_KINDS == ("city", "region", "facility", "place")
    assert model.BASES == ("model", "lexicon", "gazetteer", "sentence", "correction")
    assert model.SCHEMA_VERSION == schema["properties"]["schema_version"]["const"] == 1
    assert contract.ID_PATTERN.pattern == schema["$defs"]["id"]["pattern"]


def test_a_sheet_with_every_field_is_written_in_schema_order_and_reads_back():
    where = Coordinates(lat=35.93, lon=36.63)
    sheet = _sheet(
        outlet="CGTN", source="Xinhua", published="2020-03-01", published_source="meta", url="https://x.example/a",
        byline="By A. Writer", authors=("A. Writer",), dateline=Dateline(place="IDLIB, Syria", date="2020-03-01"),
        language="en", encoding="utf-8", related=("Other story",),
        actors=(Actor(id="syria", name="Syria", kind="country", basis="gazetteer", aliases=("Syrian Arab Republic",), role="Host", age=63,
                      country_code="SY", coordinates=where, mentions=2, evidence=("S.",)),),
        locations=(Location(id="idlib", name="Idlib", kind="city", basis="sentence", country="SY", coordinates=where, aliases=("Idlib city",),
                            mentions=1, evidence=("S.",)),),
        figures=(Figure(id="f-0123abcd", value=30, text="30", value_max=40, counts="vehicles", unit="km", per="day", qualifier="about",
                        reported_by="a monitor", period="on Sunday", period_date="2020-03-01", evidence=("S.",)),),
        images=(Caption(id="c-0123abcd", caption="A convoy.", credit="AFP", agency="Agence France-Presse",
                        date="2020-03-01", place="idlib", people=(PictureSubject(name="Syria", actor="syria", position="L"),)),),
        reviewed=True,
    )
    data = archive.load_yaml(archive.dump(sheet), "s.yaml")
    schema = contract.schema()

    def keys_follow_the_schema(value, node, where):
        node = _resolve(node)
        if isinstance(value, dict) and "properties" in node:
            assert list(value) == list(node["properties"]), where  # every field written, in schema order
            for key, inner in value.items():
                keys_follow_the_schema(inner, node["properties"][key], f"{where}.{key}")
        elif isinstance(value, list) and "items" in node:
            for item in value:
                keys_follow_the_schema(item, node["items"], f"{where}[]")

    keys_follow_the_schema(data, schema, "sheet")
    assert archive.validate(data, "s.yaml") == []
    assert archive.parse(archive.dump(sheet), "s.yaml") == sheet


def test_the_stores_head_of_a_sheet_ends_where_the_schema_puts_the_extractor():
    assert contract.header_keys() == ("schema_version", "id", "title", "seed", "content_hash", "extractor")
    text = archive.dump(_sheet(published="2020-03-01", authors=("A",)))
    head = store._header(text)
    assert head == {"schema_version": 1, "id": "storm-hits-ankara", "title": "Storm hits Ankara", "seed": "a.txt",
                    "content_hash": "0" * 64, "extractor": {"version": "1.0", "model": "m", "stages": {"read": "1"}}}


def test_the_merge_knows_the_schemas_lists_of_facts_and_provenance():
    from factarchive import merge

    assert merge.KEYED_LISTS == ("actors", "locations", "figures", "images")
    assert set(merge.PROVENANCE) <= set(contract.header_keys())


def test_the_archive_module_keeps_every_name_it_had():
    for name in ("ArchiveError", "ArchiveProblem", "CORRECTIONS", "KnownSheet", "MACHINE_DIR", "MANIFEST", "OUTSIDE_ARCHIVE",
                 "RESERVED_IDS", "SHEET_SUFFIX", "assign_ids", "dump", "flush_to_disk", "hand_edited", "known_sheets", "load",
                 "load_archive", "load_yaml", "machine_path", "parse", "read_manifest", "read_text", "record_machine",
                 "schema", "schema_message", "sheet_files", "sheet_listing", "sheet_path", "validate", "write_machine",
                 "write_manifest", "write_sheet"):
        assert getattr(archive, name) is getattr(contract, name, None) or getattr(archive, name) is getattr(store, name), name


# --------------------------------------------------------------------------- the README's field table


def _readme_rows() -> dict[str, list[str]]:
    """The README's field table ('| part | fields |'): part -> the backticked field names, in order."""
    text = (ROOT / "README.md").read_text("utf-8")
    table = text[text.index("| part | fields |"):].split("\n\n", 1)[0].splitlines()[2:]
    rows = {}
    for line in table:
        part, names = line.strip("|").split("|", 1)
        rows[part.strip()] = re.findall(r"`([a-z_]+)`", re.sub(r"\([^)]*\)", "", names))
    return rows


def _schema_rows() -> dict[str, list[str]]:
    """The table as the schema makes it: the article's own fields, then one row per list of facts."""
    props = contract.schema()["properties"]
    lists = [k for k, v in props.items() if v.get("type") == "array" and "properties" in _resolve(v["items"])]
    rows = {"the article": [k for k in props if k not in lists]}
    for key in lists:
        rows[f"`{key}[]`"] = list(_resolve(props[key]["items"])["properties"])
    return rows


def _table(rows: dict[str, list[str]]) -> str:
    nested = {"extractor": " (version, model, stage versions)", "dateline": " (place, date)",
              "coordinates": " (lat, lon)", "people": " (name, actor, position)"}
    return "\n".join(f"| {part} | {', '.join(f'`{n}`' + nested.get(n, '') for n in names)} |" for part, names in rows.items())


def test_the_readme_field_table_lists_the_schemas_fields_in_order():
    assert _readme_rows() == _schema_rows(), "README.md's field table should read:\n" + _table(_schema_rows())
