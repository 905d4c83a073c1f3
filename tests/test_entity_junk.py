"""Names that are junk become no entity, or the real names in them (issue 11), on invented sentences."""

from __future__ import annotations

from factarchive.extract import filters

from .extraction_helpers import mentions_of, mentions_tagged, resolved


def test_a_wire_slug_is_not_a_place(nlp):
    found = mentions_of(nlp, "Seoul says N. Korea fired a missile (2nd LD)")
    assert [name for name, _, _ in resolved(found)] == ["Seoul", "North Korea"]


def test_a_company_form_alone_is_not_an_organisation(nlp):
    found = mentions_of(nlp, "Shares in Deutsche Bank AG rose, and AG said more.")
    assert resolved(found) == [("Deutsche Bank AG", "organization", ["Deutsche Bank AG"])]


def test_a_given_name_in_brackets_before_a_surname_is_one_person(nlp):
    found = mentions_of(nlp, "We did not need to change things because of the way (Dietmar) Hamann performed.")
    assert resolved(found) == [("Dietmar Hamann", "person", ["Dietmar Hamann"])]


def test_a_character_reference_never_becomes_part_of_a_name():
    assert [filters.clean_name(t) for t in ("Blair&#191;s", "Blair&#191;", "(Dietmar)  Hamann", "AT&T")] == \
        ["Blair", "Blair", "Dietmar Hamann", "AT&T"]


def test_a_followers_adjective_is_not_part_of_the_name(nlp):
    found = mentions_of(nlp, "The row deepened as Blairite Alan Milburn returned.")
    assert resolved(found) == [("Alan Milburn", "person", ["Alan Milburn"])]


def test_two_surnames_joined_by_a_hyphen_are_the_two_people(nlp):
    found = mentions_of(nlp, "Tony Blair and Gordon Brown met.", "The Blair-Brown feud deepens.")
    assert resolved(found) == [("Tony Blair", "person", ["Blair", "Tony Blair"]), ("Gordon Brown", "person", ["Brown", "Gordon Brown"])]


def test_a_surname_with_a_stray_s_is_the_person(nlp):
    found = mentions_of(nlp, "Tony Blair spoke in Leeds.", "The Blairs were at home.")
    assert [(name, cls) for name, cls, _ in resolved(found)] == [("Tony Blair", "person"), ("Leeds", "place")]


def test_a_weekday_before_a_name_is_not_part_of_it(nlp):
    found = mentions_of(nlp, "On Monday Tony Blair insisted the plan would work.")
    assert resolved(found) == [("Tony Blair", "person", ["Tony Blair"])]
    tagged = mentions_tagged(nlp, ("On Friday Anna Lindqvist flew home.", [("Friday Anna Lindqvist", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Anna Lindqvist", "person")]


def test_mr_before_a_name_makes_a_person_whatever_the_model_said(nlp):
    tagged = mentions_tagged(nlp, ("The row was about Mr Hale himself, aides said.", [("Mr Hale", "ORG")]),
                             ("Tom Hale said nothing.", [("Tom Hale", "PERSON")]))
    assert [(m.text, m.label, m.titled) for m in tagged] == [("Hale", "person", True), ("Tom Hale", "person", False)]
    assert resolved(tagged) == [("Tom Hale", "person", ["Hale", "Tom Hale"])]
    # "Dr", "Lord" and "Lady" also begin names of things ("Dr Pepper"): only the personal honorifics decide
    tagged = mentions_tagged(nlp, ("Sales of Dr Pepper rose.", [("Dr Pepper", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Dr Pepper", "organization")]


def test_the_verb_of_a_campaign_slogan_is_not_part_of_a_name(nlp):
    tagged = mentions_tagged(nlp, ("I have a new slogan: Vote Hale, Get Brown.", [("Vote Hale", "PERSON"), ("Get Brown", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Hale", "person"), ("Brown", "person")]


def test_a_regions_adjective_is_not_a_place(nlp):
    tagged = mentions_tagged(nlp, ("Anna Berg, head of Nordic operator Telimo, spoke in Oslo.",
                                   [("Anna Berg", "PERSON"), ("Nordic", "GPE"), ("Oslo", "GPE")]))
    assert [(m.text, m.label) for m in tagged] == [("Anna Berg", "person"), ("Oslo", "place")]


def test_a_noun_for_a_company_before_a_name_votes_for_an_organisation(nlp):
    tagged = mentions_tagged(nlp, ("Shares in budget airline Skyvo rose.", [("Skyvo", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged] == [("Skyvo", 2)]
    assert resolved(tagged) == [("Skyvo", "organization", ["Skyvo"])]


def test_a_name_with_a_sequel_number_is_a_work_not_a_person(nlp):
    tagged = mentions_tagged(nlp, ("At a mere £20, Metal Slug 3 is as cheap as chips.", [("Metal Slug", "PERSON")]),
                             ("Metal Slug 3 is a wake-up call to gamers.", [("Metal Slug", "PERSON")]))
    assert [(m.text, m.thing) for m in tagged] == [("Metal Slug", 2), ("Metal Slug", 2)]
    assert resolved(tagged) == []


def test_a_word_listed_with_a_people_is_a_people_not_a_person(nlp):
    tagged = mentions_tagged(nlp, ("His forebears were Blackfoot, French and Ojibwa.",
                                   [("Blackfoot", "PERSON"), ("French", "NORP"), ("Ojibwa", "PERSON")]))
    assert [(m.text, m.label) for m in tagged if m.label != "group"] == []
    tagged = mentions_tagged(nlp, ("His father was Blackfoot, French and Ojibwa.",
                                   [("Blackfoot", "GPE"), ("French", "NORP"), ("Ojibwa", "GPE")]))
    assert [(m.text, m.label) for m in tagged if m.label != "group"] == []
    tagged = mentions_tagged(nlp, ("Talks with Germany and the Dutch went on.", [("Germany", "PERSON"), ("Dutch", "NORP")]))
    assert resolved(tagged) == [("Germany", "place", ["Germany"])]  # the gazetteer's place; "the Dutch" a people, as ever
    tagged = mentions_tagged(nlp, ("Other Asian and Pacific markets fell.", [("Asian", "NORP"), ("Pacific", "LOC")]))
    assert resolved(tagged) == [("Pacific", "place", ["Pacific"])]  # a region listed with a people stays a region


def test_a_month_before_a_surname_can_be_a_given_name(nlp):
    tagged = mentions_tagged(nlp, ("The play by August Strindberg opened.", [("Strindberg", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("August Strindberg", "person")]


def test_names_in_a_team_sheet_are_players(nlp):
    sheet = "Almunia, Lauren, Cygan, Senderos, Cole, Fabregas (Toure 90), Vieira, Clichy, Ljungberg."
    assert filters.team_sheet(sheet) and filters.team_sheet("Arsenal: Almunia, Lauren, Cygan, Senderos, Cole.")
    assert not filters.team_sheet("Paris, London, Rome, Berlin and Madrid are cities, the survey said.")
    tagged = mentions_tagged(nlp, (sheet, [("Almunia", "GPE"), ("Lauren", "GPE"), ("Fabregas", "GPE"), ("Vieira", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Almunia", "person"), ("Lauren", "person"), ("Fabregas", "person"),
                                                    ("Vieira", "person")]
    # a place the gazetteer knows stays a place, team sheet or not
    tagged = mentions_tagged(nlp, ("Paris, London, Rome, Berlin, Madrid.", [("Paris", "GPE"), ("London", "GPE")]))
    assert [(m.text, m.label) for m in tagged] == [(p, "place") for p in ("Paris", "London", "Rome", "Berlin", "Madrid")]
