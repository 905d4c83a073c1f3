"""The fact-sheet model's memory: slotted frozen dataclasses, one object for equal texts, one shared Extractor.

A site build holds every sheet of the archive at once (20,000 at newsroom scale), so what one sheet costs
matters; what the model promises besides (equality, repr, pickling for Dask, ``dataclasses.replace``) must
not change with it.
"""

from __future__ import annotations

import copy
import json
import pickle
from dataclasses import FrozenInstanceError, fields, replace

import pytest

from factarchive import model
from factarchive.model import (Actor, Caption, Coordinates, Dateline, Extractor, FactSheet, Figure, Location,
                               PictureSubject, factsheet_from_data, to_data)

SAID = "Ann Lee said 30 vehicles crossed into Idlib."
EXTRACTOR = Extractor(version="0.1.0", model="test", stages=(("read", "1"), ("entities", "2")))


def sheet(sheet_id: str = "a") -> FactSheet:
    """A small invented sheet where one sentence is the evidence of a person, a place and a figure."""
    return FactSheet(
        id=sheet_id, title="Vehicles cross", seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
        published="2020-03-02", outlet="Test Wire", dateline=Dateline(place="IDLIB"), authors=("Ann Lee",),
        actors=(Actor(id="ann-lee", name="Ann Lee", kind="person", role="spokeswoman", mentions=2,
                      evidence=(SAID, "Ann Lee left.")),),
        locations=(Location(id="idlib", name="Idlib", kind="city", country="SY",
                            coordinates=Coordinates(lat=35.93, lon=36.63), mentions=1, evidence=(SAID,)),),
        figures=(Figure(id="f-0000abcd", value=30, text="30", value_max=None, counts="vehicles", evidence=(SAID,)),),
        images=(Caption(id="c-0000abcd", caption="Ann Lee (L) in Idlib.", credit="AFP", place="idlib",
                        people=(PictureSubject(name="Ann Lee", actor="ann-lee", position="L"),)),),
    )


def reloaded(data: dict) -> FactSheet:
    """As the site reads a sheet back: plain data through JSON (every text a new object), then the model."""
    return factsheet_from_data(json.loads(json.dumps(data)))


MODEL_CLASSES = [model.RawCaption, model.Dateline, model.Article, Coordinates, Actor, Location, Figure,
                 PictureSubject, Caption, Extractor, FactSheet]


@pytest.mark.parametrize("cls", MODEL_CLASSES, ids=lambda c: c.__name__)
def test_every_model_class_is_slotted_and_frozen(cls):
    assert cls.__slots__ == tuple(f.name for f in fields(cls))
    assert not hasattr(cls.__new__(cls), "__dict__")


def test_a_slotted_sheet_is_still_frozen_comparable_and_printable():
    first, second = sheet(), sheet()
    assert first == second and hash(first.actors[0]) == hash(second.actors[0])
    with pytest.raises(FrozenInstanceError):
        first.title = "Changed"  # type: ignore[misc]
    assert repr(first.figures[0]) == ("Figure(id='f-0000abcd', value=30, text='30', value_max=None, counts='vehicles', "
                                      "unit=None, per=None, qualifier=None, reported_by=None, period=None, period_date=None, "
                                      "evidence=('Ann Lee said 30 vehicles crossed into Idlib.',))")


def test_a_sheet_pickles_and_copies_whole_for_dask_workers():
    original = reloaded(to_data(sheet()))
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(original, protocol=protocol)) == original
    assert copy.deepcopy(original) == original
    assert copy.copy(original) == original


def test_dataclasses_replace_makes_a_new_sheet_and_leaves_the_old_one():
    original = sheet()
    changed = replace(original, title="Vehicles cross again", reviewed=True)
    assert (changed.title, changed.reviewed, changed.actors) == ("Vehicles cross again", True, original.actors)
    assert (original.title, original.reviewed) == ("Vehicles cross", None)


def test_a_sheet_read_back_equals_the_sheet_written():
    original = sheet()
    assert reloaded(to_data(original)) == original
    assert repr(reloaded(to_data(original))) == repr(original)


def test_equal_texts_read_back_are_one_object():
    first, second = reloaded(to_data(sheet("a"))), reloaded(to_data(sheet("b")))
    # One sentence, the evidence of a person, a place and a figure: one string, not three.
    said = [first.actors[0].evidence[0], first.locations[0].evidence[0], first.figures[0].evidence[0],
            second.actors[0].evidence[0]]
    assert said == [SAID] * 4
    assert all(s is said[0] for s in said)
    # Names, kinds, units of counts, outlets and credits across sheets too.
    assert first.actors[0].name is second.actors[0].name is second.images[0].people[0].name
    assert first.actors[0].kind is second.actors[0].kind
    assert first.figures[0].counts is second.figures[0].counts
    assert first.outlet is second.outlet
    assert first.authors[0] is second.authors[0]


def test_sheets_of_one_extraction_share_one_extractor():
    first, second = reloaded(to_data(sheet("a"))), reloaded(to_data(sheet("b")))
    assert first.extractor == EXTRACTOR
    assert first.extractor is second.extractor
    assert first.extractor.stages == (("read", "1"), ("entities", "2"))  # in run order, as the mapping lists them
    other = reloaded({**to_data(sheet("c")), "extractor": {"version": "0.2.0", "model": "test", "stages": {"read": "1"}}})
    assert other.extractor == Extractor(version="0.2.0", model="test", stages=(("read", "1"),))


def test_numbers_booleans_and_none_are_read_as_they_are():
    data = to_data(sheet())
    data["reviewed"] = False
    data["figures"][0].update(value=2.5, value_max=3, period=None)
    read = reloaded(data)
    assert (read.reviewed, read.figures[0].value, read.figures[0].value_max, read.figures[0].period) == (False, 2.5, 3, None)
    assert (type(read.figures[0].value), type(read.figures[0].value_max)) == (float, int)


def test_a_key_the_model_does_not_have_is_left_out_and_a_missing_field_keeps_its_default():
    data = to_data(sheet())
    data["actors"][0]["not_a_field"] = "x"
    del data["language"]
    read = factsheet_from_data(data)
    assert read.actors[0] == sheet().actors[0]
    assert read.language == "en"


def test_a_text_subclass_in_a_list_is_kept_not_refused():
    class Text(str):
        pass

    data = to_data(sheet())
    data["actors"][0]["evidence"] = [Text(SAID)]
    assert factsheet_from_data(data).actors[0].evidence == (SAID,)
