"""The pure parts of the correction workflow: three-way merge of a sheet, and corrections.yaml applied to sheets."""

from __future__ import annotations

import pytest

from factarchive.corrections import Corrections, CorrectionsError, SplitPart, apply_corrections, check_corrections, parse_corrections
from factarchive.merge import MISSING, Conflict, MergeError, merge_sheet
from factarchive.model import Actor, Caption, Coordinates, Extractor, FactSheet, Location, PictureSubject

# --------------------------------------------------------------------------- three-way merge


def _sheet(**fields):
    base = {"schema_version": 1, "id": "a", "seed": "a.txt", "content_hash": "0" * 64,
            "extractor": {"version": "0.1.0", "model": "m", "stages": {"s": "1"}}, "title": "T"}
    return base | fields


def _actor(fact_id, **fields):
    return {"id": fact_id, "name": fact_id.title(), "kind": "person", "evidence": ["S."]} | fields


def test_merge_takes_machine_changes_the_person_did_not_touch():
    base = _sheet(actors=[_actor("a", mentions=1)])
    edited = _sheet(actors=[_actor("a", mentions=1, role="Mayor")])
    new = _sheet(actors=[_actor("a", mentions=2)], content_hash="1" * 64)
    result = merge_sheet(base, edited, new)
    assert result.data == _sheet(actors=[_actor("a", mentions=2, role="Mayor")], content_hash="1" * 64)
    assert (result.conflicts, result.machine_changes) == ((), ("actors[a].mentions",))


def test_merge_keeps_the_person_on_conflict_and_names_the_field():
    base = _sheet(figures=[{"id": "f1", "value": 30, "text": "30", "evidence": ["S."]}])
    edited = _sheet(figures=[{"id": "f1", "value": 31, "text": "30", "evidence": ["S."]}])
    new = _sheet(figures=[{"id": "f1", "value": 32, "text": "30", "evidence": ["S."]}])
    result = merge_sheet(base, edited, new)
    assert result.data == edited
    assert result.conflicts == (Conflict("figures[f1].value", 31, 32),)
    assert str(result.conflicts[0]) == "field 'figures[f1].value': kept the edited value 31; the new extraction has 32"


def test_merge_keeps_deleted_and_added_facts_and_takes_new_and_dropped_ones():
    base = _sheet(actors=[_actor("gone-by-hand"), _actor("dropped-by-machine"), _actor("edited-then-dropped")])
    edited = _sheet(actors=[_actor("dropped-by-machine"), _actor("edited-then-dropped", role="Chief"), _actor("added-by-hand")])
    new = _sheet(actors=[_actor("gone-by-hand", mentions=3), _actor("found-by-machine")])
    result = merge_sheet(base, edited, new)
    assert [a["id"] for a in result.data["actors"]] == ["edited-then-dropped", "added-by-hand", "found-by-machine"]
    assert result.conflicts == (
        Conflict("actors[edited-then-dropped]", _actor("edited-then-dropped", role="Chief"), MISSING),
        Conflict("actors[gone-by-hand]", MISSING, _actor("gone-by-hand", mentions=3)),
    )
    assert result.machine_changes == ("actors[dropped-by-machine]", "actors[found-by-machine]")


def test_merge_keeps_reviewed_and_top_level_edits_and_takes_new_provenance():
    base = _sheet(outlet="CGTN")
    edited = _sheet(outlet="CGTN Europe", reviewed=True, extractor={"version": "hand", "model": "m", "stages": {}})
    new = _sheet(outlet="CGTN", title="T2", extractor={"version": "0.2.0", "model": "m", "stages": {"s": "2"}})
    result = merge_sheet(base, edited, new)
    assert result.data == _sheet(outlet="CGTN Europe", reviewed=True, title="T2",
                                 extractor={"version": "0.2.0", "model": "m", "stages": {"s": "2"}})
    assert result.machine_changes == ("title",)


def test_merge_refuses_a_list_with_one_id_twice():
    with pytest.raises(MergeError, match=r"field 'actors': the edited sheet lists id 'a' twice; expected each id once"):
        merge_sheet(_sheet(), _sheet(actors=[_actor("a"), _actor("a")]), _sheet())


# --------------------------------------------------------------------------- corrections.yaml

EXTRACTOR = Extractor(version="0.1.0", model="m", stages=(("s", "1"),))


def _fact_sheet(sheet_id, actors=(), locations=(), images=()):
    return FactSheet(id=sheet_id, title=sheet_id, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
                     actors=tuple(actors), locations=tuple(locations), images=tuple(images))


def _person(entity_id, name, *, evidence=("S.",), mentions=1, role=None, aliases=()):
    return Actor(id=entity_id, name=name, kind="person", role=role, mentions=mentions, evidence=evidence, aliases=aliases)


def test_merge_pools_two_names_of_one_person_in_one_sheet_and_relinks_captions():
    sheet = _fact_sheet("a", actors=[
        _person("tayyip-erdogan", "Tayyip Erdogan", evidence=("S1.", "S2."), mentions=2),
        _person("recep-tayyip-erdogan", "Recep Tayyip Erdogan", evidence=("S2.", "S3."), role="President", aliases=("Erdogan",)),
    ], images=[Caption(id="c1", caption="Erdogan (L).", people=(PictureSubject("Tayyip Erdogan", "tayyip-erdogan", "L"),))])
    corrections = parse_corrections("merge: {tayyip-erdogan: recep-tayyip-erdogan}\n", "corrections.yaml")
    (out,), redirects = apply_corrections([sheet], corrections)
    assert out.actors == (Actor(id="recep-tayyip-erdogan", name="Recep Tayyip Erdogan", kind="person",
                                aliases=("Erdogan", "Tayyip Erdogan"), role="President", mentions=3,
                                evidence=("S1.", "S2.", "S3.")),)
    assert out.images[0].people == (PictureSubject("Recep Tayyip Erdogan", "recep-tayyip-erdogan", "L"),)
    assert redirects == {"tayyip-erdogan": "recep-tayyip-erdogan"}


def test_rename_moves_the_id_keeps_the_old_name_as_alias_and_redirects():
    sheets = [_fact_sheet("a", locations=[Location(id="m4-highway", name="M4 highway", kind="facility", evidence=("S.",))])]
    (out,), redirects = apply_corrections(sheets, parse_corrections("rename: {m4-highway: M4 motorway}\n", "c.yaml"))
    assert out.locations == (Location(id="m4-motorway", name="M4 motorway", kind="facility", aliases=("M4 highway",), evidence=("S.",)),)
    assert redirects == {"m4-highway": "m4-motorway"}


def test_split_assigns_each_article_its_part_and_reject_removes_everywhere():
    georgia = Actor(id="georgia", name="Georgia", kind="country", country_code="GE", evidence=("S.",))
    sheets = [_fact_sheet("storm", actors=[georgia, _person("bosphorus", "Bosphorus")],
                          images=[Caption(id="c1", caption="x", place="bosphorus")]),
              _fact_sheet("visit", actors=[georgia])]
    corrections = parse_corrections(
        "reject: [bosphorus]\nsplit:\n  georgia:\n    - {id: georgia-us-state, name: Georgia (U.S. state), articles: [storm]}\n"
        "    - {id: georgia}\n", "c.yaml")
    out, redirects = apply_corrections(sheets, corrections)
    assert [(a.id, a.name, a.aliases) for a in out[0].actors] == [("georgia-us-state", "Georgia (U.S. state)", ("Georgia",))]
    assert out[0].images[0].place is None
    assert out[1].actors == (georgia,)
    assert redirects == {}


def test_no_corrections_changes_nothing():
    sheets = [_fact_sheet("a", actors=[_person("x", "X")])]
    assert apply_corrections(sheets, parse_corrections("", "c.yaml")) == (sheets, {})


@pytest.mark.parametrize(("text", "message"), [
    ("merge: {a: b, b: c}\n",
     "c.yaml: line 1: field 'merge.a' expected the surviving id, got 'b', which is itself merged into 'c'; write a: c"),
    ("reject: [a]\nmerge: {a: b}\n", "c.yaml: line 2: field 'merge.a' expected entities that are not rejected, got 'a' in reject"),
    ("merge: {a: b}\nrename: {a: A}\n",
     "c.yaml: line 2: field 'rename.a' expected a surviving id, got 'a', which is merged into 'b'; rename 'b' instead"),
    ("split:\n  a:\n    - {id: b, articles: [x]}\n    - {id: c, articles: [x]}\n",
     "c.yaml: line 4: field 'split.a.1.articles' expected each article in one part, got 'x' also in part 0"),
    ("split:\n  a:\n    - {id: b}\n", "c.yaml: field 'split.a' [{'id': 'b'}] is too short"),
    ("rename: {../../etc: x}\n", "c.yaml: field 'rename' '../../etc' does not match '^[a-z0-9]+(-[a-z0-9]+)*$'"),
    ("rename: {7: x}\n", "c.yaml: field 'rename.7' expected an entity id (a slug), got int 7"),
    ("merge: !!python/object/apply:os.system [echo]\n",
     "c.yaml: is not valid YAML at line 1, column 8: could not determine a constructor for the tag "
     "'tag:yaml.org,2002:python/object/apply:os.system'"),
])
def test_bad_corrections_name_file_and_field(text, message):
    with pytest.raises(CorrectionsError) as caught:
        parse_corrections(text, "c.yaml")
    assert str(caught.value) == message



# --------------------------------------------------------------------------- editorial fields (issue 12 item 2)

CUBA_FLORIDA = Coordinates(lat=21.52, lon=-78.22)  # Florida, Camagüey: the city the gazetteer finds first
US_FLORIDA = Coordinates(lat=27.8, lon=-81.7)


def test_check_corrections_warns_about_corrections_that_do_nothing_with_their_line():
    sheets = [_fact_sheet("a", actors=[_person("x", "X")])]
    text = ("merge:\n  ghost: x\n  x: x\nsplit:\n  x:\n    - {id: y, kind: city, articles: [a]}\n"
            "    - {id: z, articles: [nowhere]}\nreject: [nobody]\n")
    corrections = parse_corrections(text, "c.yaml")
    assert corrections.split[0][1][0] == SplitPart(id="y", kind="city", articles=("a",))
    assert check_corrections(sheets, corrections) == [
        "c.yaml: line 8: field 'reject.0': no fact sheet has an entity 'nobody'; the correction does nothing",
        "c.yaml: line 2: field 'merge.ghost': no fact sheet has an entity 'ghost'; the correction does nothing",
        "c.yaml: line 3: field 'merge.x': merges 'x' into itself; the correction does nothing (remove it)",
        "c.yaml: line 7: field 'split.x.1.articles': no fact sheet 'nowhere'",
    ]


def test_a_merge_into_itself_is_no_redirect_and_changes_nothing():
    sheets = [_fact_sheet("a", actors=[_person("x", "X")])]
    corrections = parse_corrections("merge: {x: x}\n", "c.yaml")
    assert apply_corrections(sheets, corrections) == (sheets, {})


def test_set_fixes_type_role_and_name_of_an_entity_in_every_article():
    sheets = [_fact_sheet("a", actors=[_person("twitter", "Twitter", role="Chief")]),
              _fact_sheet("b", actors=[_person("twitter", "twitter", mentions=2), _person("musk", "Musk")])]
    # A kind an editor sets is decided by the editor (basis "correction"): the site's vote across articles weighs it
    # above every article's own decision.
    corrections = parse_corrections("set:\n  twitter: {kind: organization, name: X Corp}\n"
                                    "  musk: {name: Elon Musk, role: Owner of X Corp}\n", "c.yaml")
    out, redirects = apply_corrections(sheets, corrections)
    assert [s.actors for s in out] == [
        (Actor(id="twitter", name="X Corp", kind="organization", basis="correction", aliases=("Twitter",), role="Chief", mentions=1, evidence=("S.",)),),
        (Actor(id="twitter", name="X Corp", kind="organization", basis="correction", aliases=("twitter",), mentions=2, evidence=("S.",)),
         Actor(id="musk", name="Elon Musk", kind="person", aliases=("Musk",), role="Owner of X Corp", mentions=1, evidence=("S.",))),
    ]
    assert redirects == {}  # the ids stay: set never moves a page
    assert check_corrections(sheets, corrections) == []


def test_set_a_place_kind_moves_an_actor_to_the_locations_and_unlinks_its_pictures():
    glasgow = _person("glasgow", "Glasgow", role="Flanker")
    sheets = [_fact_sheet("a", actors=[glasgow], images=[
        Caption(id="c1", caption="Glasgow (L).", people=(PictureSubject("Glasgow", "glasgow", "L"),))])]
    corrections = parse_corrections("set:\n  glasgow:\n    kind: city\n    country: GB\n"
                                    "    coordinates: {lat: 55.86, lon: -4.25}\n", "c.yaml")
    (out,), _ = apply_corrections(sheets, corrections)
    assert (out.actors, out.locations) == ((), (Location(id="glasgow", name="Glasgow", kind="city", basis="correction", country="GB",
                                                         coordinates=Coordinates(lat=55.86, lon=-4.25), mentions=1,
                                                         evidence=("S.",)),))
    # A person pictured is no link to a city; the caption still prints the name.
    assert out.images[0].people == (PictureSubject("Glasgow", None, "L"),)


def test_set_an_actor_kind_moves_a_location_to_the_actors_and_a_country_stays_a_caption_place():
    region = Location(id="georgia", name="Georgia", kind="region", country="US", coordinates=US_FLORIDA, evidence=("S.",))
    sheets = [_fact_sheet("a", locations=[region], images=[Caption(id="c1", caption="Tbilisi.", place="georgia")])]
    corrections = parse_corrections("set:\n  georgia: {kind: country, country: GE, coordinates: {lat: 42.0, lon: 43.5}}\n", "c.yaml")
    (out,), _ = apply_corrections(sheets, corrections)
    assert (out.actors, out.locations) == ((Actor(id="georgia", name="Georgia", kind="country", basis="correction", country_code="GE",
                                                  coordinates=Coordinates(lat=42.0, lon=43.5), evidence=("S.",)),), ())
    assert out.images[0].place == "georgia"


def test_split_with_full_place_data():
    florida = Location(id="florida", name="Florida", kind="city", country="CU", coordinates=CUBA_FLORIDA, evidence=("S.",))
    sheets = [_fact_sheet("hurricane-hits-miami", locations=[florida]), _fact_sheet("sugar-harvest", locations=[florida])]
    corrections = parse_corrections(
        "split:\n  florida:\n    - id: florida-us-state\n      kind: region\n      country: US\n"
        "      coordinates: {lat: 27.8, lon: -81.7}\n      articles: [hurricane-hits-miami]\n    - {id: florida}\n", "c.yaml")
    assert corrections.split == (("florida", (
        SplitPart(id="florida-us-state", kind="region", country="US", coordinates=US_FLORIDA, articles=("hurricane-hits-miami",)),
        SplitPart(id="florida"))),)
    out, redirects = apply_corrections(sheets, corrections)
    assert [s.locations for s in out] == [
        (Location(id="florida-us-state", name="Florida", kind="region", basis="correction", country="US",
                  coordinates=US_FLORIDA, evidence=("S.",)),),
        (florida,),
    ]
    assert redirects == {}
    assert check_corrections(sheets, corrections) == []


def test_an_editors_merge_names_the_entity_as_the_archive_names_its_target():
    sheets = [_fact_sheet("a", actors=[_person("adolf-hitler", "Adolf Hitler")]),
              _fact_sheet("b", actors=[_person("hitler", "Hitler")]),
              _fact_sheet("c", actors=[_person("hitler", "Hitler", role="Dictator")])]
    out, redirects = apply_corrections(sheets, parse_corrections("merge: {hitler: adolf-hitler}\n", "c.yaml"))
    assert [s.actors for s in out] == [
        (_person("adolf-hitler", "Adolf Hitler"),),
        (_person("adolf-hitler", "Adolf Hitler", aliases=("Hitler",)),),
        (_person("adolf-hitler", "Adolf Hitler", aliases=("Hitler",), role="Dictator"),),
    ]
    assert redirects == {"hitler": "adolf-hitler"}
    # Told otherwise: `set` names the surviving entity (its page keeps the id).
    out, _ = apply_corrections(sheets, parse_corrections("merge: {hitler: adolf-hitler}\nset: {adolf-hitler: {name: Hitler}}\n", "c.yaml"))
    assert [s.actors for s in out] == [
        (_person("adolf-hitler", "Hitler", aliases=("Adolf Hitler",)),),
        (_person("adolf-hitler", "Hitler"),),
        (_person("adolf-hitler", "Hitler", role="Dictator"),),
    ]


def test_the_machines_merges_keep_each_articles_wording():
    sheets = [_fact_sheet("a", actors=[_person("tony-blair", "Tony Blair")]), _fact_sheet("b", actors=[_person("blair", "Blair")])]
    out, redirects = apply_corrections(sheets, Corrections(path="cross-article resolution", merge=(("blair", "tony-blair"),)))
    assert [s.actors for s in out] == [(_person("tony-blair", "Tony Blair"),), (_person("tony-blair", "Blair"),)]
    assert redirects == {"blair": "tony-blair"}



def test_a_merge_made_in_some_articles_leaves_the_others_and_the_redirect_alone():
    """The machine's surname links: "blair" is Tony Blair in b, Mike Blair in c, and stays itself in d."""
    sheets = [_fact_sheet("a", actors=[_person("tony-blair", "Tony Blair")]),
              _fact_sheet("b", actors=[_person("blair", "Blair"), _person("tony-blair", "Tony Blair", role="PM")]),
              _fact_sheet("c", actors=[_person("blair", "Blair")]), _fact_sheet("d", actors=[_person("blair", "Blair")])]
    machine = Corrections(path="cross-article resolution",
                          merge_in=(("blair", "tony-blair", ("b",)), ("blair", "mike-blair", ("c",))))
    out, redirects = apply_corrections(sheets, machine)
    assert [[(x.id, x.name, x.role) for x in s.actors] for s in out] == [
        [("tony-blair", "Tony Blair", None)],
        [("tony-blair", "Tony Blair", "PM")],  # pooled: the target leads, the article's "Blair" an alias
        [("mike-blair", "Blair", None)], [("blair", "Blair", None)]]
    assert out[1].actors[0].aliases == ("Blair",)
    assert redirects == {}  # d keeps "blair"; and two people share what it was
    everywhere = Corrections(path="cross-article resolution", merge_in=(("blair", "tony-blair", ("b", "c")),))
    assert apply_corrections(sheets[:3], everywhere)[1] == {"blair": "tony-blair"}  # no article keeps it

@pytest.mark.parametrize(("text", "message"), [
    ("merge: {a: b}\nset:\n  a: {role: Mayor}\n",
     "c.yaml: line 3: field 'set.a' expected a surviving id, got 'a', which is merged into 'b'; set 'b' instead"),
    ("rename: {a: Ann Lee}\nset:\n  a: {role: Mayor}\n",
     "c.yaml: line 3: field 'set.a' expected the id after renaming, got 'a', which is renamed 'Ann Lee'; set 'ann-lee' instead"),
    ("split:\n  a:\n    - {id: b, articles: [x]}\n    - {id: c}\nset:\n  a: {kind: city}\n",
     "c.yaml: line 6: field 'set.a' expected the id of a part, got 'a', which is split into 'b', 'c'; "
     "give the fields to the parts under split.a"),
    ("reject: [a]\nset: {a: {kind: city}}\n", "c.yaml: line 2: field 'set.a' expected an entity that is not rejected, got 'a' in reject"),
    ("set: {a: {country: us}}\n", "c.yaml: field 'set.a.country' 'us' does not match '^[A-Z]{2}$'"),
    ("set: {a: {}}\n", "c.yaml: field 'set.a' {} should be non-empty"),
    ("set: {a: {colour: red}}\n", "c.yaml: field 'set.a' Additional properties are not allowed ('colour' was unexpected)"),
    ("set: {a: {coordinates: {lat: 91, lon: 0}}}\n", "c.yaml: field 'set.a.coordinates.lat' 91 is greater than the maximum of 90"),
    ("set:\n  a: {kind: city}\nreject: [b]\nset:\n  c: {kind: city}\n",  # a second snippet pasted below the first
     "c.yaml: line 4: field 'set' is given twice, on lines 1 and 4; YAML would keep only the last: write it once"),
])
def test_bad_editorial_fields_name_file_line_and_field(text, message):
    with pytest.raises(CorrectionsError) as caught:
        parse_corrections(text, "c.yaml")
    assert str(caught.value) == message


def test_check_warns_about_fields_that_do_not_apply_with_their_line():
    sheets = [_fact_sheet("a", actors=[_person("ann-lee", "Ann Lee")],
                          locations=[Location(id="ankara", name="Ankara", kind="city", evidence=("S.",))])]
    corrections = parse_corrections(
        "rename: {ann-lee: Ann Li}\nset:\n  ankara:\n    role: Capital\n  ann-li:\n    country: TR\n  ghost: {kind: city}\n"
        "  ann-lee-x: {kind: person}\n", "c.yaml")
    assert check_corrections(sheets, corrections) == [
        "c.yaml: line 4: field 'set.ankara.role': a role applies to people, organisations, countries and groups, "
        "got a place (city); the role is not set",
        "c.yaml: line 6: field 'set.ann-li.country': a country applies to places and countries, got person; the country is not set",
        "c.yaml: line 7: field 'set.ghost': no fact sheet has an entity 'ghost' (after split, merge and rename); the correction does nothing",
        "c.yaml: line 8: field 'set.ann-lee-x': no fact sheet has an entity 'ann-lee-x' (after split, merge and rename); "
        "the correction does nothing",
    ]
    (out,), _ = apply_corrections(sheets, corrections)
    assert (out.actors, out.locations) == ((_person("ann-li", "Ann Li", aliases=("Ann Lee",)),), sheets[0].locations)
