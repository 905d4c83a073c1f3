"""The name an entity is published under across the archive: the fuller form of a lone surname."""

from __future__ import annotations

from factarchive.model import Actor, Extractor, FactSheet
from factarchive.site.catalog import gather

EXTRACTOR = Extractor(version="test", model="test", stages=())


def sheet(sheet_id: str, *actors: Actor) -> FactSheet:
    return FactSheet(id=sheet_id, title=sheet_id, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
                     actors=tuple(actors))


def named(entity_id: str, *names: str, kind: str = "person"):
    """The entity's published name and aliases when each article names it as given."""
    sheets = [sheet(f"a{n}", Actor(id=entity_id, name=name, kind=kind, mentions=1)) for n, name in enumerate(names)]
    record = gather(sheets).entities[entity_id]
    return record.name, record.aliases


def test_a_surname_printed_in_more_articles_gives_way_to_the_whole_name():
    assert named("nia-pugh", "Pugh", "Pugh", "Pugh", "Nia Pugh") == ("Nia Pugh", ("Pugh",))


def test_of_two_fuller_names_the_most_printed_wins():
    assert named("ola-ferris", "Ferris", "Ferris", "Ola Ferris", "O Ferris", "Ola Ferris")[0] == "Ola Ferris"


def test_a_name_with_a_particle_is_a_fuller_name():
    assert named("tam-van-dijk", "Dijk", "Dijk", "Tam van Dijk")[0] == "Tam van Dijk"


def test_a_short_body_name_gives_way_too():
    assert named("west-vale-city", "City", "City", "West Vale City", kind="organization")[0] == "West Vale City"


def test_a_longer_name_joined_by_a_common_word_is_no_fuller_name():
    assert named("dax", "Dax", "Dax", "Kip and Dax")[0] == "Dax"


def test_a_name_of_two_words_printed_most_stays():
    # Which word may lead a name ("Singer Rua Moss") is the extraction's to say, not the site's.
    assert named("singer-rua-moss", "Rua Moss", "Rua Moss", "Singer Rua Moss")[0] == "Rua Moss"


def test_a_surname_alone_stays_when_no_article_prints_more():
    assert named("pugh", "Pugh", "Pugh") == ("Pugh", ())
