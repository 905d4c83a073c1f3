"""Co-occurrence in the gathered catalog: counted when a page asks, never held for the whole archive."""

from __future__ import annotations

import pickle

from factarchive.model import Actor, Extractor, FactSheet, Location
from factarchive.site.catalog import Cooccurrence, EntityRecord, gather

EXTRACTOR = Extractor(version="0.1.0", model="test", stages=(("read", "1"),))


def person(entity_id: str) -> Actor:
    return Actor(id=entity_id, name=entity_id.title(), kind="person", mentions=1, evidence=(f"{entity_id} spoke.",))


def sheet(sheet_id: str, published: str, *people: str, places: tuple[str, ...] = ()) -> FactSheet:
    return FactSheet(id=sheet_id, title=sheet_id.upper(), seed=f"{sheet_id}.txt", content_hash="0" * 64,
                     extractor=EXTRACTOR, published=published, actors=tuple(person(p) for p in people),
                     locations=tuple(Location(id=p, name=p.title(), kind="city", mentions=1, evidence=(f"In {p}.",))
                                     for p in places))


ARCHIVE = [
    sheet("a", "2020-01-01", "zed", "amy", "bob", places=("rome",)),
    sheet("b", "2020-01-02", "bob", "zed", "amy"),
    sheet("c", "2020-01-03", "amy", "cy", places=("rome",)),
]


def test_every_entitys_pairs_most_shared_first_then_by_id():
    entities = gather(ARCHIVE).entities
    assert {e: entities[e].cooccurring for e in entities} == {
        "amy": (("bob", 2), ("rome", 2), ("zed", 2), ("cy", 1)),
        "bob": (("amy", 2), ("zed", 2), ("rome", 1)),
        "cy": (("amy", 1), ("rome", 1)),  # named in one article: that article's others, in id order
        "rome": (("amy", 2), ("bob", 1), ("cy", 1), ("zed", 1)),
        "zed": (("amy", 2), ("bob", 2), ("rome", 1)),
    }


def test_an_entity_holds_no_pairs_only_the_archives_index():
    entities = gather(ARCHIVE).entities
    assert "cooccurring" not in EntityRecord.__dataclass_fields__
    together = {id(e.together) for e in entities.values()}
    assert len(together) == 1  # one index for the archive, shared by every entity
    index = entities["amy"].together
    assert index.named == {"a": ("amy", "bob", "rome", "zed"), "b": ("amy", "bob", "zed"), "c": ("amy", "cy", "rome")}
    assert index.naming == {"amy": ["c", "b", "a"], "bob": ["b", "a"], "cy": ["c"], "rome": ["c", "a"], "zed": ["b", "a"]}


def test_only_the_last_few_entities_asked_for_are_kept():
    entities = gather(ARCHIVE).entities
    for entity_id in ("amy", "bob", "cy", "rome", "zed", "amy"):
        assert entities[entity_id].cooccurring  # asked, as a page would
    index = entities["amy"].together
    assert list(index._recent) == ["cy", "rome", "zed", "amy"]
    assert index.of("amy") is index.of("amy")  # a page, its view and its twin ask in a row: counted once


def test_an_entity_the_index_does_not_know_shares_nothing():
    assert Cooccurrence({}, {}).of("nobody") == ()


def test_records_compare_and_print_without_the_index():
    first, second = gather(ARCHIVE).entities["cy"], gather(ARCHIVE).entities["cy"]
    assert first == second and first.together is not second.together
    assert "together" not in repr(first)


def test_a_gathered_entity_pickles_with_its_pairs():
    entity = gather(ARCHIVE).entities["rome"]
    again = pickle.loads(pickle.dumps(entity))
    assert again == entity
    assert again.cooccurring == (("amy", 2), ("bob", 1), ("cy", 1), ("zed", 1))
