"""The model: frozen dataclasses. YAML (and JSON) are only their serialisation.

``Article`` is what a reader makes of a seed; ``FactSheet`` is what extraction
makes of an article and what the site half reads back from ``archive/``.

The fact sheet's JSON Schema (``schema/factsheet.schema.json``) is the source of
the contract: the kinds and the schema version below are read from it, and
``tests/test_contract.py`` checks every fact-sheet dataclass against it, field
by field and in order (the order a sheet is written in).
"""

from __future__ import annotations

import json
import sys
import types
import typing
from dataclasses import dataclass, fields, is_dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Optional


@lru_cache(maxsize=1)
def factsheet_schema() -> dict[str, Any]:
    """The fact-sheet JSON Schema, the single source of the contract."""
    return json.loads(resources.files("factarchive").joinpath("schema/factsheet.schema.json").read_text("utf-8"))


SCHEMA_VERSION: int = factsheet_schema()["properties"]["schema_version"]["const"]
ACTOR_KINDS: tuple[str, ...] = tuple(factsheet_schema()["$defs"]["actor"]["properties"]["kind"]["enum"])
LOCATION_KINDS: tuple[str, ...] = tuple(factsheet_schema()["$defs"]["location"]["properties"]["kind"]["enum"])
# What decided a fact's kind in its article, weakest first (the site weighs them: factarchive.site.facts).
BASES: tuple[str, ...] = tuple(factsheet_schema()["$defs"]["basis"]["enum"])


# --------------------------------------------------------------------------- input


@dataclass(frozen=True, slots=True)
class RawCaption:
    """A photo caption as printed, split from its credit ("/AFP Photo" -> "AFP")."""

    text: str
    credit: Optional[str] = None


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where (and when) a story was filed, as its dateline prints it ("NAIROBI, Kenya (AP) _")."""

    place: str  # "NAIROBI, Kenya"
    date: Optional[str] = None  # ISO 8601 where the year is known, else as printed ("Feb 26")


@dataclass(frozen=True, slots=True)
class Article:
    """One seed as a reader understood it: provenance, headline, body, captions."""

    seed: str  # path of the seed relative to the seeds folder, with "/" separators
    content_hash: str  # sha256 of the seed's bytes
    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[RawCaption, ...] = ()
    related: tuple[str, ...] = ()  # "Read more:" headlines
    outlet: Optional[str] = None  # who published it (CGTN)
    source: Optional[str] = None  # wire source it credits (Xinhua News Agency)
    published: Optional[str] = None  # ISO 8601 date, only where the input states it
    published_source: Optional[str] = None  # where that date came from: "json-ld", "meta", "time", "url", "dateline", ...
    url: Optional[str] = None
    byline: Optional[str] = None  # the credit as printed ("By Jane Doe and John Roe, BBC News")
    authors: tuple[str, ...] = ()  # every credited author, in order ("Jane Doe", "John Roe")
    dateline: Optional[Dateline] = None
    language: str = "en"
    encoding: str = "utf-8"
    reader: str = ""  # name and version of the reader that made it


# --------------------------------------------------------------------------- facts


@dataclass(frozen=True, slots=True)
class Coordinates:
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Actor:
    """A person, organisation, country or group the article names."""

    id: str
    name: str
    kind: str  # one of ACTOR_KINDS
    basis: Optional[str] = None  # what decided the kind here: one of BASES ("sentence": "the band X"); None in older sheets
    aliases: tuple[str, ...] = ()
    role: Optional[str] = None  # "President of Turkey", where the article states it
    age: Optional[int] = None  # years, where the article states them ("Jane Doe, 63,"); people only
    country_code: Optional[str] = None  # ISO 3166-1 alpha-2, for countries
    coordinates: Optional[Coordinates] = None  # for countries the gazetteer knows
    mentions: int = 0
    evidence: tuple[str, ...] = ()  # the sentences that mention it, in article order


@dataclass(frozen=True, slots=True)
class Location:
    """A place below country level (city, region, facility)."""

    id: str
    name: str
    kind: str  # one of LOCATION_KINDS
    basis: Optional[str] = None  # what decided the kind here (see Actor.basis)
    country: Optional[str] = None  # ISO 3166-1 alpha-2 where known
    coordinates: Optional[Coordinates] = None
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A numeric fact: a value, what it counts, how sure, who said so."""

    id: str  # "f-" + 8 hex of its sentence, the number marked (extract/figures.py figure_ids); "f1" in older archives
    value: float | int
    text: str  # the number as printed ("nearly a million")
    value_max: Optional[float | int] = None  # upper end of a stated range ("$30 million to $40 million")
    counts: Optional[str] = None  # the noun phrase it counts ("Turkish military vehicles")
    unit: Optional[str] = None  # "%", "USD", "km", ... where there is one
    per: Optional[str] = None  # for a rate, what one value is per: "week" of "$1,300 a week"
    qualifier: Optional[str] = None  # "nearly", "more than", "at least", ...
    reported_by: Optional[str] = None  # who the sentence attributes it to
    period: Optional[str] = None  # the date or period it refers to, as stated ("since March 5")
    period_date: Optional[str] = None  # that date as ISO 8601, where it names one (resolved against `published`)
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PictureSubject:
    """Someone pictured in a photo, with their position where the caption gives it."""

    name: str
    actor: Optional[str] = None  # id of the actor in this fact sheet
    position: Optional[str] = None  # "L", "R", "C", ...


@dataclass(frozen=True, slots=True)
class Caption:
    """One photo caption (printed once, however often the page repeats it)."""

    id: str  # "c-" + 8 hex of its text and credit (extract/captions.py caption_ids); "c1" in older archives
    caption: str
    credit: Optional[str] = None  # the credit as printed ("AFP")
    agency: Optional[str] = None  # the agency's full name where known
    date: Optional[str] = None  # ISO 8601 where the caption gives a full date, else as stated
    place: Optional[str] = None  # id of a location (or country actor) in this fact sheet
    people: tuple[PictureSubject, ...] = ()


@dataclass(frozen=True, slots=True)
class Extractor:
    """What made a fact sheet: versions of every stage and of the model."""

    version: str
    model: str
    stages: tuple[tuple[str, str], ...]  # (stage name, stage version), in run order


@dataclass(frozen=True, slots=True)
class FactSheet:
    """Everything the archive knows about one article."""

    id: str
    title: str
    seed: str
    content_hash: str
    extractor: Extractor
    outlet: Optional[str] = None
    source: Optional[str] = None
    published: Optional[str] = None
    published_source: Optional[str] = None  # where the date came from (Article.published_source)
    url: Optional[str] = None
    byline: Optional[str] = None
    authors: tuple[str, ...] = ()  # every credited author, in order; byline stays the credit as printed
    dateline: Optional[Dateline] = None
    language: str = "en"
    encoding: str = "utf-8"
    related: tuple[str, ...] = ()
    actors: tuple[Actor, ...] = ()
    locations: tuple[Location, ...] = ()
    figures: tuple[Figure, ...] = ()
    images: tuple[Caption, ...] = ()
    reviewed: Optional[bool] = None  # set by a person who has checked the sheet; never by the extractor
    schema_version: int = SCHEMA_VERSION


# --------------------------------------------------------------------------- (de)serialisation


def to_data(obj: Any) -> Any:
    """Turn a model object into plain data (dicts in field order, lists, scalars).

    ``None`` values and empty tuples are left out so a fact sheet only shows
    what is known; field order is the dataclass order, so output is stable.
    """
    if isinstance(obj, Extractor):
        return {"version": obj.version, "model": obj.model, "stages": {k: v for k, v in obj.stages}}
    if hasattr(obj, "__dataclass_fields__"):
        out: dict[str, Any] = {}
        if isinstance(obj, FactSheet):
            out["schema_version"] = obj.schema_version
        for f in fields(obj):
            if f.name == "schema_version":
                continue
            value = getattr(obj, f.name)
            if value is None or value == ():
                continue
            out[f.name] = to_data(value)
        return out
    if isinstance(obj, tuple):
        return [to_data(v) for v in obj]
    return obj


def _build(cls: type, data: dict[str, Any]) -> Any:
    convert = _converters(cls)
    kwargs = {}
    for name, value in data.items():
        if name in convert:  # a key the class does not have is left out; missing fields keep their defaults
            how = convert[name]
            kwargs[name] = value if how is None or value is None else how(value)  # None stays None
    return cls(**kwargs)


@lru_cache(maxsize=None)
def _converters(cls: type) -> dict[str, Optional[Callable[[Any], Any]]]:
    """Field name -> how plain data becomes its value (None: as it is), read from the type hints once per class."""
    hints = typing.get_type_hints(cls)
    return {f.name: _converter(hints[f.name]) for f in fields(cls)}


def _text(value: Any) -> Any:
    """One string object for equal texts.

    A sheet repeats its texts (a sentence is the evidence of every entity and figure it names; kinds, units,
    outlets and entity names recur across thousands of sheets), and YAML and JSON make a new object for each
    occurrence. ``sys.intern`` keeps one; interned strings are freed when nothing else holds them.
    """
    return sys.intern(value) if type(value) is str else value


def _texts(value: Any) -> tuple:
    try:
        return tuple(map(sys.intern, value))  # in C; a str subclass or a non-string is refused and goes the slow way
    except TypeError:
        return tuple(map(_text, value))


@lru_cache(maxsize=256)
def _extractor(version: str, model: str, stages: tuple[tuple[str, str], ...]) -> Extractor:
    """One Extractor per distinct value: every sheet of an extraction run records the same versions."""
    return Extractor(version=version, model=model, stages=stages)


def _extractor_from_data(value: dict[str, Any]) -> Extractor:
    # Its stages are a mapping in YAML, ordered pairs in the model.
    stages = tuple((_text(k), _text(v)) for k, v in value.get("stages", {}).items())
    return _extractor(_text(value["version"]), _text(value["model"]), stages)


def _converter(hint: Any) -> Optional[Callable[[Any], Any]]:
    """Plain data -> a value of this type: nested dataclasses built, lists made tuples, texts interned.

    None where the value is taken as it is (numbers, booleans); converters are never given None.
    """
    if hint is Extractor:
        return _extractor_from_data
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):  # Optional[X], float | int
        inner = [a for a in args if a is not type(None)]
        return _converter(inner[0]) if len(inner) == 1 else None
    if origin is tuple:
        item = args[0]
        if is_dataclass(item):
            return lambda value: tuple([_build(item, v) for v in value])
        return _texts if item is str else tuple
    if is_dataclass(hint):
        return lambda value: _build(hint, value)
    if hint is str:
        return _text
    return None


def factsheet_from_data(data: dict[str, Any]) -> FactSheet:
    """Build a FactSheet from plain data that has already passed the schema."""
    return _build(FactSheet, data)


__all__ = [
    "ACTOR_KINDS",
    "LOCATION_KINDS",
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "Caption",
    "Coordinates",
    "Dateline",
    "Extractor",
    "FactSheet",
    "Figure",
    "Location",
    "PictureSubject",
    "RawCaption",
    "factsheet_from_data",
    "factsheet_schema",
    "to_data",
]
