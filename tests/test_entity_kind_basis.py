"""What decided an entity's kind in one article (its ``basis``), and how the site weighs it across articles (issue 11:
a type decided across articles weighs the evidence). Invented names and sentences; the model's tags given by hand
where the rule answers a model's mistake."""

from __future__ import annotations

from collections import Counter

from factarchive import model
from factarchive.extract import name_votes, rules
from factarchive.extract.name_votes import BASIS, basis
from factarchive.model import Actor, Coordinates, Extractor, FactSheet, Location
from factarchive.site.catalog import entity_kind, gather
from factarchive.site.review import review_items

from .extraction_helpers import facts, mention, mentions_tagged

EXTRACTOR = Extractor(version="test", model="test", stages=())


def sheet(sheet_id: str, actors=(), locations=()) -> FactSheet:
    return FactSheet(id=sheet_id, title=sheet_id, seed=f"{sheet_id}.txt", content_hash="0" * 64, extractor=EXTRACTOR,
                     actors=tuple(actors), locations=tuple(locations))


def band(kind: str, basis_: str | None, mentions: int = 1) -> Actor:
    return Actor(id="harvey-lynch", name="Harvey Lynch", kind=kind, basis=basis_, mentions=mentions, evidence=("S.",))


# --------------------------------------------------------------------------- extraction: the basis


def test_every_name_vote_rule_says_what_it_reads():
    assert sorted(BASIS) == sorted(r.name for r in rules.registered("vote", "name"))
    assert set(BASIS.values()) == {"model", "lexicon", "gazetteer", "sentence"}
    assert set(BASIS.values()) < set(model.BASES)


def test_the_basis_is_the_evidence_that_backs_the_decision_or_the_model():
    tally = {"model": Counter(person=3)}
    assert basis(tally, [], "person") == "model"
    # A sentence's two votes for a body that tip the model's one vote for a person.
    assert basis({"model": Counter(person=1), "sentence": Counter(organization=2)}, [], "organization") == "sentence"
    # One vote of a sentence ("X said") is not enough to be the basis: the model decided.
    assert basis({"model": Counter(person=2), "sentence": Counter(person=1)}, [], "person") == "model"
    # The name's words and the gazetteer both back a place; only the gazetteer's votes tip it.
    tally = {"model": Counter(person=3), "lexicon": Counter(place=1), "gazetteer": Counter(place=4)}
    assert basis(tally, [], "place") == "gazetteer"
    # A decision no source backs (a link across the article changed it): the model's.
    assert basis({"model": Counter(person=1), "sentence": Counter(person=2)}, [], "organization") == "model"


def test_each_fact_records_what_decided_its_kind():
    found = [mention("Harvey Lynch", "person", 1, "PERSON", band=2), mention("Harvey Lynch", "person", 2, "PERSON"),
             mention("Anna Berg", "person", 3, "PERSON"), mention("Glasgow", "person", 4, "PERSON"),
             mention("Royal Bank of Scotland", "person", 5, "PERSON"), mention("Zubrovka", "person", 6, "PERSON")]
    actors, locations = facts(found)
    assert [(a.name, a.kind, a.basis) for a in actors] == [
        ("Anna Berg", "person", "lexicon"), ("Zubrovka", "person", "model"), ("Harvey Lynch", "organization", "sentence"),
        ("Royal Bank of Scotland", "organization", "lexicon")]
    assert [(loc.name, loc.kind, loc.basis) for loc in locations] == [("Glasgow", "city", "gazetteer")]


def test_a_band_shown_in_one_sentence_is_a_body_in_every_sentence_whatever_its_shape(nlp):
    tagged = mentions_tagged(nlp, ("Zubrovka singer Tom Hale called for more help for musicians.",
                                   [("Zubrovka", "PERSON"), ("Tom Hale", "PERSON")]),
                             ("Fans queued to see Zubrovka.", [("Zubrovka", "PERSON")]),
                             ("Zubrovka played in Leeds.", [("Zubrovka", "PERSON"), ("Leeds", "GPE")]))
    actors, _ = facts(tagged)
    assert [(a.name, a.kind, a.basis) for a in actors] == [("Tom Hale", "person", "lexicon"),
                                                           ("Zubrovka", "organization", "sentence")]


# --------------------------------------------------------------------------- extraction: the band's cues


def band_votes(nlp, *paragraphs):
    return [(m.text, m.band) for m in mentions_tagged(nlp, *paragraphs)]


def test_a_noun_for_a_band_before_a_name_is_a_bands_vote(nlp):
    assert band_votes(nlp, ("The band Zubrovka played in a pub.", [("Zubrovka", "PERSON")]),
                      ("Glasgow group Harvey Lynch won two prizes.", [("Glasgow", "GPE"), ("Harvey Lynch", "PERSON")]),
                      ("Indie duo Tom Hale toured.", [("Tom Hale", "PERSON")])) == [
        ("Zubrovka", 2), ("Glasgow", 0), ("Harvey Lynch", 2), ("Tom Hale", 2)]


def test_a_band_noun_before_the_bands_founder_or_two_names_gives_nothing(nlp):
    assert band_votes(nlp, ("The band Tom Hale formed in 1990 split.", [("Tom Hale", "PERSON")]),
                      ("The group Anna Berg and Tom Hale started is gone.", [("Anna Berg", "PERSON"), ("Tom Hale", "PERSON")]),
                      ("Several bands Tom Hale liked played.", [("Tom Hale", "PERSON")])) == [
        ("Tom Hale", 0), ("Anna Berg", 0), ("Tom Hale", 0), ("Tom Hale", 0)]


def test_a_bands_member_and_a_name_after_a_name_is_a_bands_vote(nlp):
    assert band_votes(nlp, ("Zubrovka guitarist Tom Hale has called for more help.", [("Zubrovka", "PERSON"), ("Tom Hale", "PERSON")]),
                      ("Zubrovka singer Anna Berg left.", [("Zubrovka", "PERSON"), ("Anna Berg", "PERSON")])) == [
        ("Zubrovka", 2), ("Tom Hale", 0), ("Zubrovka", 2), ("Anna Berg", 0)]


def test_a_verb_in_the_plural_right_after_a_name_tagged_a_person_is_a_bands_vote(nlp):
    assert band_votes(nlp, ("Zubrovka have sold a million albums.", [("Zubrovka", "PERSON")]),
                      ("Harvey Lynch were named best group.", [("Harvey Lynch", "PERSON")])) == [
        ("Zubrovka", 2), ("Harvey Lynch", 2)]


def test_a_verb_in_the_plural_after_a_modal_if_two_names_or_a_title_gives_nothing(nlp):
    assert band_votes(nlp, ("Would Tom Hale have gone?", [("Tom Hale", "PERSON")]),
                      ("If Anna Berg were to resign, we would know.", [("Anna Berg", "PERSON")]),
                      ("Anna Berg and Tom Hale are friends.", [("Anna Berg", "PERSON"), ("Tom Hale", "PERSON")]),
                      ("Tom Hale was late.", [("Tom Hale", "PERSON")])) == [
        ("Tom Hale", 0), ("Anna Berg", 0), ("Anna Berg", 0), ("Tom Hale", 0), ("Tom Hale", 0)]


# --------------------------------------------------------------------------- the site: evidence weighed


def test_a_sentence_backed_decision_outweighs_many_model_guesses():
    guesses = [band("person", "model") for _ in range(7)]
    shown = [band("organization", "sentence"), band("organization", "sentence")]
    assert entity_kind(guesses + shown) == "organization"
    # Without the basis (sheets written before it was recorded) every decision is the model's: the majority wins.
    assert entity_kind(guesses + [band("organization", None), band("organization", None)]) == "person"
    sheets = [sheet(f"a{n}", actors=[a]) for n, a in enumerate(guesses + shown)]
    assert gather(sheets).entities["harvey-lynch"].kind == "organization"


def test_the_names_words_count_as_little_as_the_models_labels():
    assert entity_kind([band("person", "lexicon")] * 3 + [band("organization", "model")] * 2) == "person"
    assert entity_kind([band("person", "lexicon")] * 2 + [band("organization", "model")] * 3) == "organization"


def test_an_editors_correction_decides():
    assert entity_kind([band("person", "sentence", 5)] * 20 + [band("organization", "correction")]) == "organization"


def test_a_located_place_keeps_its_balance_with_a_club_named_after_it():
    # A club's sentences ("Newcastle striker") weigh as their mentions against a city the gazetteer located: as before.
    where = Coordinates(lat=54.97328, lon=-1.61396)
    club = Actor(id="newcastle", name="Newcastle", kind="organization", basis="sentence", mentions=3, evidence=("S.",))
    city = Location(id="newcastle", name="Newcastle", kind="city", basis="gazetteer", country="GB", coordinates=where,
                    mentions=2, evidence=("S.",))
    assert entity_kind([club, city]) == "city"  # 3 against 2 x 2
    assert entity_kind([club, club, city]) == "organization"  # 6 against 4
    unlocated = Location(id="newcastle", name="Newcastle", kind="place", basis="model", mentions=6, evidence=("S.",))
    assert entity_kind([club, unlocated]) == "organization"  # 12 against 6: no place located, the sentence counts


def test_a_located_place_is_still_never_outvoted_by_a_person_even_from_a_sentence():
    where = Coordinates(lat=55.86515, lon=-4.25763)
    person = Actor(id="glasgow", name="Glasgow", kind="person", basis="sentence", mentions=3, evidence=("S.",))
    city = Location(id="glasgow", name="Glasgow", kind="city", basis="gazetteer", country="GB", coordinates=where,
                    mentions=1, evidence=("S.",))
    assert entity_kind([person, person, city]) == "city"


def test_the_review_says_what_decided_each_kind_and_weighs_it():
    guesses = [band("person", "model") for _ in range(3)]
    shown = [band("organization", "sentence")]
    items = [i for i in review_items(gather([sheet(f"a{n}", actors=[a]) for n, a in enumerate(guesses + shown)]))
             if i.reason == "kind-disputed"]
    assert [(i.entity, i.detail, i.closeness) for i in items] == [
        ("harvey-lynch", "organization in 1 article, 1 by a sentence; person in 3 articles, 3 by the model alone", 0.75)]


def test_the_vote_without_a_basis_keeps_its_order():
    assert name_votes.BASES == ("sentence", "gazetteer", "lexicon")


def test_a_verb_in_the_plural_after_a_list_a_preposition_or_another_verb_gives_nothing(nlp):
    assert band_votes(nlp, ("Kelli White and Olympic relay star Tom Hale have both been banned.", [("Kelli White", "PERSON"), ("Tom Hale", "PERSON")]),
                      ("Plans for a museum dedicated to Anna Berg are flailing.", [("Anna Berg", "PERSON")]),
                      ("Famous directors including Tom Hale have had films made there.", [("Tom Hale", "PERSON")]),
                      ("In 2004, Zubrovka were named best group.", [("Zubrovka", "PERSON")]),
                      ("The Zubrovkas, aka the songwriter, Tom Hale have topped a poll.", [("Zubrovkas", "ORG"), ("Tom Hale", "PERSON")]),
                      ("On Monday, Zubrovka were named best group.", [("Zubrovka", "PERSON")])) == [
        ("Kelli White", 0), ("Tom Hale", 0), ("Anna Berg", 0), ("Tom Hale", 0), ("Zubrovka", 2), ("Zubrovkas", 0),
        ("Tom Hale", 0), ("Zubrovka", 2)]


def test_a_name_joined_to_another_by_a_link_is_given_the_basis_of_its_pooled_mentions():
    # "Hale" joins "Tom Hale" (a surname joins the one personal name it ends): the title read before "Hale" backs the
    # person, so the pooled name's kind has a sentence for its basis, though "Tom Hale" alone had only its words.
    found = [mention("Tom Hale", "person", 1, "PERSON"), mention("Hale", "person", 2, "PERSON", titled=True)]
    actors, _ = facts(found)
    assert [(a.name, a.kind, a.basis, a.mentions) for a in actors] == [("Tom Hale", "person", "sentence", 2)]


def test_a_verb_in_the_plural_after_an_opening_phrase_and_a_comma_is_still_a_bands_vote(nlp):
    # An opening phrase ends in a noun and a comma too, but opens with a preposition or a subordinating word: no
    # apposition ("The Zubrovkas, aka the songwriter, Tom Hale have" above is one).
    assert band_votes(nlp, ("After the show, Zubrovka were brilliant.", [("Zubrovka", "PERSON")]),
                      ("In Lisbon, Harvey Lynch have sold out three nights.", [("Lisbon", "GPE"), ("Harvey Lynch", "PERSON")]),
                      ("On Tuesday night, Zubrovka were brilliant.", [("Zubrovka", "PERSON")])) == [
        ("Zubrovka", 2), ("Lisbon", 0), ("Harvey Lynch", 2), ("Zubrovka", 2)]
