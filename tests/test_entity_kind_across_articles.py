"""The kind an entity has across the archive: evidence weighed, not a majority of articles (issue 11)."""

from __future__ import annotations

from factarchive.model import Actor, Coordinates, Extractor, FactSheet, Location
from factarchive.site.catalog import entity_kind, gather

EXTRACTOR = Extractor(version="test", model="test", stages=())
GLASGOW = Coordinates(lat=55.86515, lon=-4.25763)


def sheet(sheet_id: str, actors=(), locations=()) -> FactSheet:
    return FactSheet(id=sheet_id, title=sheet_id, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
                     actors=tuple(actors), locations=tuple(locations))


def test_a_located_city_is_not_outvoted_by_articles_that_made_it_a_person():
    person = Actor(id="glasgow", name="Glasgow", kind="person", mentions=1)
    city = Location(id="glasgow", name="Glasgow", kind="city", country="GB", coordinates=GLASGOW, mentions=1)
    sheets = [sheet("a", actors=[person]), sheet("b", actors=[person]), sheet("c", actors=[person]), sheet("d", locations=[city])]
    assert gather(sheets).entities["glasgow"].kind == "city"


def test_mentions_weigh_more_than_articles():
    org = Actor(id="everton", name="Everton", kind="organization", mentions=6)
    person = Actor(id="everton", name="Everton", kind="person", mentions=1)
    assert entity_kind([person, person, org]) == "organization"
    assert entity_kind([person, person, Actor(id="everton", name="Everton", kind="organization", mentions=1)]) == "person"


def test_a_club_named_after_a_city_can_win_over_the_city_on_its_evidence():
    club = Actor(id="glasgow", name="Glasgow", kind="organization", mentions=5)
    city = Location(id="glasgow", name="Glasgow", kind="city", country="GB", coordinates=GLASGOW, mentions=1)
    assert entity_kind([club, city]) == "organization"
    assert entity_kind([Actor(id="glasgow", name="Glasgow", kind="organization", mentions=1), city]) == "city"
