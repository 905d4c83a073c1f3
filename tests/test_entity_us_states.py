"""A US state abbreviated after a city ("Grass Valley, Calif.", "Denver, CO", "College Station, TX"): the state, named in
full, a place of the United States; the city before it a town, whatever the model tagged either. Invented sentences."""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import facts, mentions_of, mentions_tagged, resolved


def test_postal_codes_and_ap_abbreviations_name_states():
    assert [(p.name, p.country) for p in map(gazetteer.us_state_abbreviation, ["CO", "Calif.", "N.Y.", "Fla."])] == [
        ("Colorado", "US"), ("California", "US"), ("New York", "US"), ("Florida", "US")]
    assert [gazetteer.us_state_abbreviation(t) for t in ["Co", "co", "Calif", "XY"]] == [None, None, None, None]


def test_a_postal_code_after_a_city_is_its_state_not_a_company_form(nlp):
    found = mentions_of(nlp, "The band plays in Denver, CO on Friday.")
    assert [(name, cls) for name, cls, _ in resolved(found)] == [("Denver", "place"), ("Colorado", "place")]


def test_an_ap_abbreviation_after_a_town_is_a_region_of_the_united_states(nlp):
    tagged = mentions_tagged(nlp, ("Shoppers lined up in Grass Valley, Calif., on Tuesday.",
                                   [("Grass Valley", "GPE"), ("Calif.", "GPE")]))
    actors, locations = facts(tagged)
    # A town the gazetteer does not know in a country the article names stays a town of no country.
    assert [(loc.name, loc.kind, loc.country) for loc in locations] == [("California", "region", "US"),
                                                                         ("Grass Valley", "city", None)]


def test_a_town_before_a_state_code_is_a_town_though_tagged_a_person(nlp):
    tagged = mentions_tagged(nlp, ("— Tom Hale, College Station, TX, April 15, 2019",
                                   [("Tom Hale", "PERSON"), ("College Station", "PERSON"), ("TX", "ORG")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Tom Hale", "person"), ("College Station", "place"),
                                                                   ("Texas", "place")]


def test_a_postal_code_after_from_is_a_state_unless_a_us_city_goes_by_it(nlp):
    tagged = mentions_tagged(nlp, ("We drove to Pittsburgh from NC and flew on from LA.",
                                   [("Pittsburgh", "GPE"), ("NC", "GPE"), ("LA", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Pittsburgh", "place"), ("North Carolina", "place"),
                                                                   ("LA", "place")]


def test_a_town_tagged_a_body_before_a_state_code_is_a_town_and_a_university_stays_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Oct. 9 -- Irving, TX @ Toyota Music Hall", [("Irving", "ORG")]),
                             ("It is run with the State University at Buffalo, N.Y., which gets $12 million.",
                              [("State University at Buffalo", "ORG"), ("N.Y.", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Irving", "place"), ("State University at Buffalo", "organization"),
                                                                   ("New York", "place")]
