"""The three-way merge keys figures and captions by content ids, and migrates sheets made with positional ids (issue 12)."""

from __future__ import annotations

from factarchive.extract.captions import caption_ids
from factarchive.extract.figures import figure_ids
from factarchive.merge import Conflict, merge_sheet, migrate_ids, renamed_ids

CONVOY = "A convoy of 30 vehicles entered Idlib on Sunday."
SOLDIERS = "The convoy also carried 400 soldiers."
DISPLACED = "The conflict has displaced nearly a million people."
SHOPS = "Damaged shops in Saraqib."

VEHICLES_ID, SOLDIERS_ID, PEOPLE_ID = figure_ids([("30", CONVOY), ("400", SOLDIERS), ("nearly a million", DISPLACED)])
[SHOPS_ID] = caption_ids([(SHOPS, "AFP")])


def _sheet(**fields):
    base = {"schema_version": 1, "id": "a", "seed": "a.txt", "content_hash": "0" * 64,
            "extractor": {"version": "0.1.0", "model": "m", "stages": {"s": "1"}}, "title": "T"}
    return base | fields


def _vehicles(fact_id, **fields):
    return {"id": fact_id, "value": 30, "text": "30", "counts": "vehicles", "evidence": [CONVOY]} | fields


def _soldiers(fact_id, **fields):
    return {"id": fact_id, "value": 400, "text": "400", "counts": "soldiers", "evidence": [SOLDIERS]} | fields


def _people(fact_id, **fields):
    return {"id": fact_id, "value": 1000000, "text": "nearly a million", "counts": "people", "qualifier": "nearly",
            "evidence": [DISPLACED]} | fields


def _shops(fact_id, **fields):
    return {"id": fact_id, "caption": SHOPS, "credit": "AFP", "date": "2020-02-27"} | fields


def test_the_ids_used_here():
    assert (VEHICLES_ID, SOLDIERS_ID, PEOPLE_ID, SHOPS_ID) == ("f-fa8c302f", "f-7d13a9ac", "f-0d014a07", "c-2d054404")


def test_an_edit_stays_on_its_fact_when_a_figure_is_found_before_it():
    """Issue 12's reproduction: the edited figure keeps its edit; the newly found one is the machine's, untouched."""
    base = _sheet(figures=[_vehicles(VEHICLES_ID), _people(PEOPLE_ID)])
    edited = _sheet(figures=[_vehicles(VEHICLES_ID), _people(PEOPLE_ID, value=2890, text="2,890")])
    new = _sheet(figures=[_vehicles(VEHICLES_ID), _soldiers(SOLDIERS_ID), _people(PEOPLE_ID)], content_hash="1" * 64)
    result = merge_sheet(base, edited, new)
    assert result.data == _sheet(figures=[_vehicles(VEHICLES_ID), _people(PEOPLE_ID, value=2890, text="2,890"),
                                          _soldiers(SOLDIERS_ID)], content_hash="1" * 64)
    assert (result.conflicts, result.machine_changes) == ((), (f"figures[{SOLDIERS_ID}]",))


def test_positional_ids_migrate_through_the_machine_copy():
    """A sheet from before content ids: f2 was 'nearly a million'; the new extraction finds 400 soldiers before it."""
    base = _sheet(figures=[_vehicles("f1"), _people("f2")], images=[_shops("c1")])
    edited = _sheet(figures=[_people("f2", value=2890, text="2,890")],  # f1 deleted by the person
                    images=[_shops("c1", date="2020-02-26")])
    new = _sheet(figures=[_vehicles(VEHICLES_ID), _soldiers(SOLDIERS_ID), _people(PEOPLE_ID)], images=[_shops(SHOPS_ID)],
                 content_hash="1" * 64)
    assert renamed_ids(base, new) == {"figures": {"f1": VEHICLES_ID, "f2": PEOPLE_ID}, "images": {"c1": SHOPS_ID}}
    result = merge_sheet(base, edited, new)
    assert result.data == _sheet(figures=[_people(PEOPLE_ID, value=2890, text="2,890"), _soldiers(SOLDIERS_ID)],
                                 images=[_shops(SHOPS_ID, date="2020-02-26")], content_hash="1" * 64)
    assert (result.conflicts, result.machine_changes) == ((), (f"figures[{SOLDIERS_ID}]",))


def test_migration_matches_by_the_machine_copy_not_by_the_person_s_text():
    """The person rewrote the very sentence the id is made from: the fact is still found through the machine copy."""
    base = _sheet(figures=[_people("f1")])
    edited = _sheet(figures=[_people("f1", text="2,890", value=2890, evidence=["Fixed by hand."])])
    new = _sheet(figures=[_soldiers(SOLDIERS_ID), _people(PEOPLE_ID)])
    migrated_base, migrated_edited = migrate_ids(base, edited, new)
    assert migrated_base == _sheet(figures=[_people(PEOPLE_ID)])
    assert migrated_edited == _sheet(figures=[_people(PEOPLE_ID, text="2,890", value=2890, evidence=["Fixed by hand."])])
    assert base == _sheet(figures=[_people("f1")])  # the inputs are not changed


def test_migration_leaves_ids_the_new_extraction_uses_and_facts_added_by_hand():
    base = _sheet(figures=[_vehicles("f1"), _people("f2")])
    edited = _sheet(figures=[_vehicles("f1"), _people("f2"), _soldiers("f9")])  # f9 added by the person
    new = _sheet(figures=[_vehicles("f1"), _people(PEOPLE_ID)])  # f1 still in use: not renamed
    assert renamed_ids(base, new) == {"figures": {"f2": PEOPLE_ID}}
    assert renamed_ids(new, new) == renamed_ids(_sheet(), new) == {}
    assert migrate_ids(base, edited, new) == (
        _sheet(figures=[_vehicles("f1"), _people(PEOPLE_ID)]),
        _sheet(figures=[_vehicles("f1"), _people(PEOPLE_ID), _soldiers("f9")]))


def test_a_migrated_fact_the_machine_no_longer_finds_keeps_its_old_id_and_the_edit():
    base = _sheet(figures=[_vehicles("f1"), _people("f2")])
    edited = _sheet(figures=[_vehicles("f1"), _people("f2", value=2890)])
    new = _sheet(figures=[_vehicles(VEHICLES_ID)])
    result = merge_sheet(base, edited, new)
    assert result.data == _sheet(figures=[_vehicles(VEHICLES_ID), _people("f2", value=2890)])
    assert result.conflicts == (Conflict("figures[f2]", _people("f2", value=2890), result.conflicts[0].machine),)
    assert str(result.conflicts[0]).startswith("field 'figures[f2]': kept the edited value {'id': 'f2', 'value': 2890, ")


def test_a_number_the_article_corrects_meets_the_edit_as_a_conflict():
    """The seed now prints 1,100,000 where the person wrote 2,890: one fact, one conflict, the person's value kept."""
    corrected = DISPLACED.replace("nearly a million", "1,100,000")
    [corrected_id] = figure_ids([("1,100,000", corrected)])
    assert corrected_id == PEOPLE_ID
    base = _sheet(figures=[_people("f1")])
    edited = _sheet(figures=[_people("f1", value=2890, text="2,890")])
    machine = {k: v for k, v in _people(PEOPLE_ID, value=1100000, text="1,100,000", evidence=[corrected]).items() if k != "qualifier"}
    new = _sheet(figures=[machine])
    result = merge_sheet(base, edited, new)
    assert [f["id"] for f in result.data["figures"]] == [PEOPLE_ID]
    assert result.conflicts == (Conflict(f"figures[{PEOPLE_ID}].value", 2890, 1100000),
                                Conflict(f"figures[{PEOPLE_ID}].text", "2,890", "1,100,000"))
