"""The seed's fact sheet, value by value."""

from __future__ import annotations

from factarchive.model import Coordinates, PictureSubject


def _by_id(items):
    return {i.id: i for i in items}


def test_actors(seed_sheet):
    assert [(a.name, a.kind) for a in seed_sheet.actors] == [
        ("Bashar al-Assad", "person"),
        ("Recep Tayyip Erdogan", "person"),
        ("Vladimir Putin", "person"),
        ("NATO", "organization"),
        ("Syrian Observatory for Human Rights", "organization"),
        ("United Nations", "organization"),
        ("Syria", "country"),
        ("Turkey", "country"),
        ("Russia", "country"),
        ("Iran", "country"),
        ("United Kingdom", "country"),
        ("United States", "country"),
        ("Syrians", "group"),
    ]


def test_erdogan_one_actor_with_role_and_both_sentences(seed_sheet):
    erdogan = _by_id(seed_sheet.actors)["recep-tayyip-erdogan"]
    assert erdogan.aliases == ("Erdogan",)
    assert erdogan.role == "President of Turkey"
    assert erdogan.mentions == 2
    assert erdogan.evidence == (
        "Russia also raced to reinforce its troops in Syria by sea and air before the Putin-Erdogan talks.",
        "President of Turkey Recep Tayyip Erdogan (L) makes a speech during a joint press conference with "
        "President of Russia Vladimir Putin (R) in Moscow, Russia, March 5, 2020.",
    )


def test_assad_short_name_resolves_to_full_name(seed_sheet):
    assad = _by_id(seed_sheet.actors)["bashar-al-assad"]
    assert assad.aliases == ("Assad",)
    assert assad.mentions == 5


def test_provenance_is_not_an_actor(seed_sheet):
    names = {a.name for a in seed_sheet.actors} | {loc.name for loc in seed_sheet.locations}
    for agency in ("Xinhua News Agency", "Xinhua", "CGTN", "AFP", "Reuters", "AP"):
        assert agency not in names
    assert seed_sheet.source == "Xinhua News Agency"
    assert seed_sheet.outlet == "CGTN"


def test_locations(seed_sheet):
    assert [(loc.name, loc.kind, loc.country) for loc in seed_sheet.locations] == [
        ("Idlib", "city", "SY"),
        ("Moscow", "city", "RU"),
        ("Ariha", "city", None),  # "the town of Ariha": a town, though the gazetteer does not know it
        ("M4 highway", "facility", None),
        ("Saraqib", "city", "SY"),
    ]
    idlib = _by_id(seed_sheet.locations)["idlib"]
    assert idlib.coordinates == Coordinates(lat=35.93062, lon=36.63393)
    assert idlib.aliases == ("Idlib province",)
    assert idlib.mentions == 10  # every mention, including the three raw spaCy tags as an organisation


def test_figures(seed_sheet):
    got = [(f.id, f.value, f.text, f.counts, f.unit, f.qualifier, f.reported_by, f.period, f.period_date, len(f.evidence))
           for f in seed_sheet.figures]
    assert got == [
        ("f-5905e563", 30, "30", "Turkish military vehicles", None, None, "a war monitor", "on Sunday", None, 2),
        ("f-75c0e2ee", 2980, "2,980", "Turkish military gears", None, None, "The UK-based watchdog group", "since March 5", None, 1),
        ("f-af3bcb73", 2, "two", "leaders", None, None, "their two leaders", None, None, 1),
        ("f-ae226eb0", 1000000, "nearly a million", "people", None, "nearly", "their two leaders", "in three months", None, 1),
        # A length of time that measures a thing is a figure (see factarchive/extract/figures.py).
        ("f-89e801da", 9, "nine-year", "conflict", "years", None, None, None, None, 1),
        ("f-412face5", 2000000, "millions", None, None, "at least", "the United Nations", None, None, 1),
        ("f-f289f0fa", 200000, "hundreds of thousands", None, None, "at least", "the United Nations", None, None, 1),
    ]
    # The seed states no publication date, so "on Sunday" is kept as stated and not dated.
    assert seed_sheet.published is None
    assert seed_sheet.figures[0].evidence == (
        "30 Turkish military vehicles enter Syria's Idlib",
        "A convoy of 30 Turkish military vehicles entered Syria's northern Idlib province on Sunday, a war monitor reported.",
    )


def test_captions(seed_sheet):
    got = [(c.id, c.credit, c.agency, c.date, c.place, c.people) for c in seed_sheet.images]
    assert got == [
        ("c-355b21f0", "AFP", "Agence France-Presse", "2020-02-27", "saraqib", ()),
        ("c-ded737f1", "Reuters", "Reuters", "2020-03-05", "moscow", (
            PictureSubject("Recep Tayyip Erdogan", "recep-tayyip-erdogan", "L"),
            PictureSubject("Vladimir Putin", "vladimir-putin", "R"),
        )),
        ("c-1b638736", "AP", "Associated Press", "January 30", "ariha", ()),
    ]
