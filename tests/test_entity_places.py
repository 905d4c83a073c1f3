"""Places: the UK's nations, abbreviated countries, hyphenated names, and the article's countries choosing a place (issue 11)."""

from __future__ import annotations

import pytest

from factarchive.extract import entities, gazetteer
from factarchive.model import Location

from .test_extract_rules2 import mentions_of, resolved


@pytest.fixture(scope="module")
def nlp():
    from factarchive.extract.pipeline import warm_up

    return warm_up()


def facts(found):
    resolved_entities = entities.resolve_entities(found)
    return entities.to_facts(resolved_entities, entities.assign_ids(resolved_entities))


def test_the_nations_of_the_uk_are_countries_of_their_own(nlp):
    found = mentions_of(nlp, "Ministers from England, Scotland and Wales met officials of the United Kingdom in London.")
    actors, _ = facts(found)
    assert [(a.id, a.name, a.kind, a.country_code) for a in actors] == [
        ("england", "England", "country", "GB"), ("scotland", "Scotland", "country", "GB"),
        ("united-kingdom", "United Kingdom", "country", "GB"), ("wales", "Wales", "country", "GB")]
    assert [(p.name, p.country) for p in map(gazetteer.country, ("Northern Ireland", "UK", "Britain"))] == \
        [("Northern Ireland", "GB"), ("United Kingdom", "GB"), ("United Kingdom", "GB")]


def test_an_abbreviated_compass_word_before_a_country_is_the_country(nlp):
    found = mentions_of(nlp, "Seoul says N. Korea fired a missile.")
    assert resolved(found) == [("Seoul", "place", ["Seoul"]), ("North Korea", "place", ["N. Korea"])]
    assert [gazetteer.country(n).name for n in ("S. Korea", "S. Africa", "N. Ireland")] == ["South Korea", "South Africa", "Northern Ireland"]


def test_a_hyphenated_place_name_is_one_place_not_a_person(nlp):
    found = mentions_of(nlp, "The president flew to Mar-a-Lago on Friday.")
    assert resolved(found) == [("Mar-a-Lago", "place", ["Mar-a-Lago"])]


def test_a_us_state_is_the_state_not_a_town_of_a_country_the_article_does_not_name(nlp):
    found = mentions_of(nlp, "Trump flew to Florida on Friday.")
    _, locations = facts(found)
    assert locations == (Location(id="florida", name="Florida", kind="region", country="US", mentions=1,
                                  evidence=("Trump flew to Florida on Friday.",)),)


def test_a_town_of_a_country_the_article_names_wins_over_the_state(nlp):
    assert gazetteer.place_below_country("Florida", {"CU"}).country == "CU"
    assert (gazetteer.place_below_country("Florida", {"US"}).kind, gazetteer.place_below_country("Florida").kind) == ("state", "state")
    assert gazetteer.place_below_country("Paris").country == "FR"



def test_a_name_in_capitals_is_the_place_of_that_very_name_not_one_also_known_by_it(nlp):
    """"Florida" is an alternate name of Floridablanca (a bigger city in Colombia): the town called Florida comes first,
    and a name printed in capitals keeps the gazetteer's spelling only where it is the same name."""
    assert [(p.name, p.country) for p in (gazetteer.city("FLORIDA"), gazetteer.city("Kiev"))] == [("Florida", "CU"), ("Kyiv", "UA")]
    found = mentions_of(nlp, "FLORIDA", "FLORIDA beat Texas.")
    assert resolved(found) == [("Florida", "place", ["FLORIDA"]), ("Texas", "place", ["Texas"])]
