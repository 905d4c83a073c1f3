"""Names the model misses or misreads: institutions by their head word, roads by their code, a region with its
province.
"""

from __future__ import annotations

from factarchive.extract.candidates import institution_names, road_names

from .extraction_helpers import facts, mentions_of, resolved


def spans(found):
    return [(s.text, s.label_) for s in found]


def test_an_institution_named_by_its_head_word_and_what_it_is_for_is_an_organisation(nlp):
    text = "The village was shelled overnight, said the Danish Observatory for Coastal Birds."
    assert spans(institution_names(nlp(text), text)) == [("Danish Observatory for Coastal Birds", "ORG")]
    actors, locations = facts(mentions_of(nlp, text))
    assert [(a.name, a.kind) for a in actors] == [("Danish Observatory for Coastal Birds", "organization")]
    assert locations == ()


def test_an_institution_whose_name_runs_on_past_the_words_read_is_not_guessed(nlp):
    """Its bounds are unknown: "the Commission for Relations with Judaism", "the Second Vatican Council"."""
    for text in ("The paper was written by the Commission for Relations with Judaism last year.",
                 "The ruling came out of the Second Vatican Council in 1965.",
                 "He chairs the Tourism and Visitors Bureau now."):
        assert institution_names(nlp(text), text) == [], text


def test_a_head_word_alone_is_no_name(nlp):
    text = "The Council met on Monday and the Agency agreed."
    assert institution_names(nlp(text), text) == []


def test_a_road_code_before_highway_or_motorway_is_one_facility(nlp):
    doc = nlp("Lorries queued on the A7 motorway and along the K-12 highway near the border.")
    assert spans(road_names(doc)) == [("A7 motorway", "FAC"), ("K-12 highway", "FAC")]
    _, locations = facts(mentions_of(nlp, "Rebels cut the Q9 highway south of the city."))
    assert [(loc.name, loc.kind) for loc in locations] == [("Q9 highway", "facility")]


def test_a_code_before_another_noun_is_no_road(nlp):
    assert road_names(nlp("The F16 jets and the M4 carbines were sold.")) == []


def test_a_region_named_alone_elsewhere_takes_its_province_as_an_alias(nlp):
    found = mentions_of(nlp, "Fighting spread across Homs and Aleppo.", "Farmers in Homs province sold more wheat.")
    assert resolved(found) == [("Homs", "place", ["Homs", "Homs province"]), ("Aleppo", "place", ["Aleppo"])]


def test_a_region_named_only_with_its_province_keeps_the_name_the_model_read(nlp):
    found = mentions_of(nlp, "Farmers in Homs province sold more wheat.")
    assert [m.text for m in found] == ["Homs"]


def test_two_bodies_joined_by_a_hyphen_are_one(nlp):
    """The news ner tags "ITAR" and "Tass" apart."""
    found = mentions_of(nlp, "Forty percent of the building was destroyed, the ITAR-Tass news agency said.")
    assert [(m.text, m.label) for m in found] == [("ITAR-Tass", "organization")]


def test_an_opera_house_or_forum_named_by_its_head_word_is_an_organisation(nlp):
    text = "The film opens on Wednesday at the Granary Forum downtown."
    assert spans(institution_names(nlp(text), text)) == [("Granary Forum", "ORG")]
