"""Loading asks the catalog's fact rows (factarchive.factindex), not every sheet held at once: same source."""

from __future__ import annotations

from dataclasses import replace

import pytest

from factarchive.archive import load_archive
from factarchive.corrections import CorrectionPlan, correct_sheet, load_corrections, parse_corrections
from factarchive.factindex import FactIndex
from factarchive.model import Actor, Caption, Location, PictureSubject
from factarchive.site import sheetstore
from factarchive.site.sheetstore import open_sheets, unpack_head
from factarchive.site.source import _resolved, load_site_source
from tests.sheet_helpers import article, write_archive

CORRECTIONS = """\
reject: [gone]
split:
  idlib:
    - {id: idlib-province, name: Idlib province, kind: region, articles: [b]}
    - {id: idlib}
merge:
  al-lee: ann-lee
rename:
  syria: Syrian Arab Republic
set:
  idlib-province: {country: SY}
  rex-co: {kind: city}
"""


def _actor(entity_id, name, kind="person", aliases=(), role=None):
    return Actor(id=entity_id, name=name, kind=kind, aliases=aliases, role=role, mentions=1, evidence=(f"{name} spoke.",))


def _archive(tmp_path, corrections=CORRECTIONS):
    """Six invented articles: editor's corrections of every kind, two machine links (an alias, a surname),
    and two sheets that correcting changes though no correction names them (two facts with one id; a caption
    whose place is a person)."""
    a = article("a", "First")
    b = replace(article("b", "Second"), actors=(*article("b", "x").actors, _actor("al-lee", "Al Lee"),
                                                _actor("gone", "Gone")))
    c = replace(article("c", "Third"), actors=(*article("c", "x").actors,
                                               _actor("rex-co", "Rex Company", "organization", aliases=("Rex",)),
                                               _actor("rex", "Rex", "organization"),
                                               _actor("lee", "Lee", role="spokeswoman")))
    d = replace(article("d", "Fourth"), actors=(_actor("bo", "Bo"), _actor("bo", "Bo B.")))  # one id twice
    e = replace(article("e", "Fifth"), images=(Caption(id="c1", caption="Ann Lee.", place="ann-lee",
                                                       people=(PictureSubject(name="Idlib", actor="idlib"),)),))
    f = replace(article("f", "Sixth"), actors=(_actor("zed", "Zed"),), locations=(), images=())
    archive = write_archive(tmp_path, a, b, c, d, e, f)
    if corrections is not None:
        (archive / "corrections.yaml").write_text(corrections, "utf-8")
    return archive


def _summary(source):
    return ([getattr(s, "whole", lambda: s)() for s in source.sheets], source.redirects, source.links, source.warnings, source.problems)


@pytest.mark.parametrize("corrections", [CORRECTIONS, None, "merge:\n  rex: rex-co\n"])
def test_the_streamed_source_is_the_source_of_whole_sheets(tmp_path, corrections):
    archive = _archive(tmp_path, corrections)
    sheets, problems = load_archive(archive)
    whole = _resolved(sheets, load_corrections(archive), problems)
    for build in range(2):  # from YAML into the catalog, then from the catalog alone
        assert _summary(load_site_source(archive)) == _summary(whole)


def test_the_corrections_apply_as_written(tmp_path):
    source = load_site_source(_archive(tmp_path))
    by_id = {s.id: s.whole() for s in source.sheets}
    assert [(x.id, x.name) for x in by_id["b"].actors] == [("ann-lee", "Ann Lee"), ("syrian-arab-republic", "Syrian Arab Republic")]
    assert [(x.id, x.kind, x.country) for x in by_id["b"].locations] == [("idlib-province", "region", "SY")]
    assert [(x.id, x.kind) for x in by_id["c"].locations] == [("rex-co", "city"), ("idlib", "city")]
    assert [(x.id, x.name) for x in by_id["d"].actors] == [("bo", "Bo")]  # pooled
    assert by_id["e"].images[0].place is None and by_id["e"].images[0].people[0].actor is None
    # The editor names ann-lee and rex-co: the machine's links to them are not applied.
    assert (source.links, source.warnings) == ((), ())
    assert source.redirects == {"al-lee": "ann-lee", "syria": "syrian-arab-republic"}


def test_the_machines_links_apply_without_corrections(tmp_path):
    source = load_site_source(_archive(tmp_path, corrections=None))
    assert [(l.source, l.target, l.reason, l.evidence) for l in source.links] == [
        ("lee", "ann-lee", "surname", 'both are "spokeswoman" (1 other person named Lee without it)'),
        ("rex", "rex-co", "alias", '"Rex" is written for "Rex Company" in c')]
    assert source.redirects == {"lee": "ann-lee", "rex": "rex-co"}
    assert [(x.id, x.name) for x in source.sheets[2].whole().actors] == [
        ("ann-lee", "Ann Lee"), ("syria", "Syria"), ("rex-co", "Rex Company")]  # pooled into the targets


def test_only_the_sheets_a_correction_touches_are_read(tmp_path, monkeypatch):
    archive = _archive(tmp_path, corrections="rename:\n  zed: Zed Zed\n")
    load_site_source(archive)  # the catalog is made
    read: list[str] = []
    real = sheetstore.StoredSheets.outline
    monkeypatch.setattr(sheetstore.StoredSheets, "outline", lambda self, name: read.append(name) or real(self, name))
    source = load_site_source(archive)
    # f (renamed), c (the machine's links), d and e (odd): never a and b
    assert sorted(read) == ["c.yaml", "d.yaml", "e.yaml", "f.yaml"]
    assert [s._key[1] for s in source.sheets] == [False, False, True, True, True, True]


def test_without_corrections_or_links_no_sheet_is_read(tmp_path, monkeypatch):
    archive = write_archive(tmp_path, article("a", "First"), article("b", "Second"))
    load_site_source(archive)
    monkeypatch.setattr(sheetstore.StoredSheets, "outline", lambda self, name: pytest.fail(f"read {name}"))
    source = load_site_source(archive)
    assert [s._key for s in source.sheets] == [("a.yaml", False), ("b.yaml", False)]


def test_a_sheet_is_odd_exactly_when_correcting_changes_it_though_nothing_names_it(tmp_path):
    archive = _archive(tmp_path, corrections=None)
    stored = open_sheets(archive)
    plan = CorrectionPlan(parse_corrections("reject: [no-one]\n", "c.yaml"), [])
    try:
        found = {head[0]: (head[-1], correct_sheet(stored.outline(name), plan) != stored.outline(name))
                 for name, _, head in stored.heads()}
    finally:
        stored.close()
    assert found == {"a": (False, False), "b": (False, False), "c": (False, False), "d": (True, True),
                     "e": (True, True), "f": (False, False)}


def test_a_head_holds_what_lists_show():
    sheet = article("a", "First")
    assert unpack_head(sheetstore.pack_head(sheet)) == ("a", "First", "2020-03-02", "Test Wire", (None,),
                                                        ("ann-lee", "syria"), 1, False)


def test_the_catalogs_index_answers_as_an_index_of_the_sheets(tmp_path):
    archive = _archive(tmp_path, corrections=None)
    sheets, _ = load_archive(archive)
    stored = open_sheets(archive)
    try:
        for index in (FactIndex.of_sheets(sheets), stored.index()):
            assert index.sheet_count == 6
            assert list(index.alias_owners()) == [("rex", {"rex-co"})]
            assert list(index.people_by_surname()) == [[("bo", "Bo")], [("gone", "Gone")], [
                ("al-lee", "Al Lee"), ("ann-lee", "Ann Lee"), ("lee", "Lee")], [("zed", "Zed")]]
            assert index.entity("bo") == ("bo", "Bo", "person")  # the first fact's name
            assert index.entity("idlib") == ("idlib", "Idlib", "place")
            assert index.articles("rex") == ("c",) and index.has_sheet("f") and not index.has_sheet("g")
            assert index.facts_of("syria") == [(s, "country") for s in "abce"]
            assert index.roles("ann-lee") == {"spokeswoman"}
            assert index.context("lee") == {"ann-lee", "rex-co", "rex", "lee"}
            assert index.spread_over(3) == {"ann-lee"}
            index.close()
    finally:
        stored.close()
