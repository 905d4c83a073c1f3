"""Extraction rules added for issue 3's second round (organisations, places, people), on inline sentences.

Each test names the rule it guards; values are exact. Rules that need the model
run it on a sentence (the pinned en_core_web_sm 3.8.0); vote rules are fed
inline mentions.
"""

from __future__ import annotations

import pytest

from factarchive.extract import candidates, entities, gazetteer, mentions
from factarchive.extract.mentions import Block, Mention

from .entity_helpers import mentions_tagged


@pytest.fixture(scope="module")
def nlp():
    from factarchive.extract.pipeline import warm_up

    return warm_up()


def mentions_of(nlp, *paragraphs):
    parsed = [(nlp(p), Block("body", i, p)) for i, p in enumerate(paragraphs, start=1)]
    return mentions.complete_mentions(parsed, [m for doc, block in parsed for m in mentions.find_mentions(doc, block)])


def resolved(found):
    return [(e.name, e.cls, sorted({m.text for m in e.mentions})) for e in entities.resolve_entities(found)]


def mention(text, label, order, spacy_label="", **kw):
    return Mention(text=text, label=label, spacy_label=spacy_label, block=1, start_char=order, sentence=f"s{order}", **kw)


# --------------------------------------------------------------------------- organisations


def test_company_names_printed_with_a_company_form_are_found_whole(nlp):
    """"KLMN, INC." was cut to "INC" and "GLOBE DAILY, INC." split (IE-ER's WorldSources credit lines)."""
    ms = mentions_of(nlp, "COPYRIGHT 2001 BY NEWSDESK, INC., A JOINT VENTURE OF KLMN, INC. AND GLOBE DAILY, INC.")
    assert [(m.text, m.label) for m in ms] == [("NEWSDESK, INC.", "organization"), ("KLMN, INC.", "organization"),
                                               ("GLOBE DAILY, INC.", "organization")]


def test_co_before_a_hyphen_is_not_a_company_form(nlp):
    """"Jerry Yang, co-founder" is not a company called "Jerry Yang, Co"."""
    doc = nlp("Only one out of three users goes there to search, said Jerry Yang, co-founder of the company.")
    assert candidates.company_names(doc, doc.text) == []
    assert [(m.text, m.label) for m in mentions_of(nlp, doc.text)] == [("Jerry Yang", "person")]


def test_party_members_named_as_a_group_are_the_party(nlp):
    """"the Communists", "Christian" + "Democrats" (two peoples to the model) are organisations, not peoples."""
    ms = mentions_of(nlp, "The Communists and the Christian Democrats formed a government.")
    assert [(m.text, m.label, m.spacy_label) for m in ms] == [("Communists", "organization", "NORP"),
                                                              ("Christian Democrats", "organization", "NORP")]
    assert resolved(ms) == [("Communists", "organization", ["Communists"]),
                            ("Christian Democrats", "organization", ["Christian Democrats"])]
    assert [mentions.party_member(w) for w in ("Nazi", "Tories", "Social Democrats", "Christians", "Kenyans")] == [
        True, True, True, False, False]


def test_a_bare_generic_organisation_noun_is_not_a_name(nlp):
    """"the Court" refers back to a court; it names none (IE-ER tags no bare "Government", "Court", "Council")."""
    assert [m.text for m in mentions_of(nlp, "The Government said the Court would rule soon.")] == []


# --------------------------------------------------------------------------- places


def test_a_region_of_a_country_the_article_names_outvotes_the_model():
    """"Pahang" tagged a person once, in an article about Malaysia, is a place."""
    ms = [mention("Pahang", "person", 0, "PERSON"), mention("Malaysia", "place", 10, "GPE")]
    assert resolved(ms) == [("Pahang", "place", ["Pahang"]), ("Malaysia", "place", ["Malaysia"])]
    ms = [mention("Pahang", "person", 0, "PERSON")]  # no country named: the model's word stands
    assert resolved(ms) == [("Pahang", "person", ["Pahang"])]


def test_regions_are_found_where_the_article_names_their_country(nlp):
    """The model misses "Johor" and tags "Pahang" a person."""
    ms = mentions_tagged(nlp, ("Workers in Johor and Pahang went on strike, Malaysia's labour office said.",
                               [("Pahang", "PERSON"), ("Malaysia", "GPE")]))
    assert [(m.text, m.spacy_label) for m in ms] == [("Johor", "GAZETTEER_CITY"), ("Pahang", "PERSON"), ("Malaysia", "GPE")]
    assert resolved(ms) == [("Johor", "place", ["Johor"]), ("Pahang", "place", ["Pahang"]), ("Malaysia", "place", ["Malaysia"])]
    assert "North" not in gazetteer.local_places()  # a region named by a compass word is left to the model


def test_the_town_of_x_outvotes_every_other_mention(nlp):
    """Afula, tagged a person twice, is a place: the article calls it "the town of Afula"."""
    ms = mentions_tagged(nlp, ("A man was hurt in an explosion in the small northern Israeli town of Afula, police said.",
                               [("Israeli", "NORP"), ("Afula", "PERSON")]),
                         ("The Afula bus station was attacked in 1994.", [("Afula", "PERSON"), ("1994", "DATE")]))
    assert [(m.text, m.spacy_label, m.settlement) for m in ms] == [("Afula", "PERSON", True), ("Afula", "PERSON", False)]
    assert resolved(ms) == [("Afula", "place", ["Afula"])]


def test_names_with_a_place_head_or_prefix_are_places(nlp):
    """"Houston Street" (tagged an organisation; Houston is a given name), "Pulau Ular"; but "Wayne Bridge", a person
    the model tagged with a given name and a surname, stays a person (BBC sport regression)."""
    ms = mentions_tagged(nlp, ("Fans lined Houston Street.", [("Houston Street", "ORG")]),
                         ("The ferry sailed from Pulau Ular to the mainland.", [("Pulau Ular", "FAC")]),
                         ("Chelsea defender Wayne Bridge is injured.", [("Chelsea", "ORG"), ("Wayne Bridge", "PERSON")]))
    assert [(m.text, m.label, m.spacy_label) for m in ms] == [
        ("Houston Street", "place", "ORG"), ("Pulau Ular", "place", "FAC"), ("Chelsea", "organization", "ORG"),
        ("Wayne Bridge", "person", "PERSON")]
    assert resolved([mention("Pulau Ular", "person", 0, "PERSON")]) == [("Pulau Ular", "place", ["Pulau Ular"])]
    assert resolved([mention("Wayne Bridge", "person", 0, "PERSON")]) == [("Wayne Bridge", "person", ["Wayne Bridge"])]


def test_events_and_prizes_are_neither_actors_nor_places(nlp):
    assert [m.text for m in mentions_of(nlp, "She won the Academy Award for best actress in 1990.")] == []


# --------------------------------------------------------------------------- people


def test_a_name_ending_in_a_particle_joins_the_next_name(nlp):
    """The model tags "Daniel arap" a person and "Moi" a place."""
    ms = mentions_of(nlp, "They chanted against President Daniel arap Moi, Kenya's ruler for 20 years.")
    assert [(m.text, m.label, m.titled) for m in ms] == [("Daniel arap Moi", "person", True), ("Kenya", "place", False)]


def test_kinship_words_and_closing_quotes_are_not_part_of_a_name(nlp):
    ms = mentions_of(nlp, "Uncle Frank told the story again.", "The opera house staged Richard Strauss' ``Elektra'' last night.")
    assert [(m.text, m.label, m.titled) for m in ms] == [("Frank", "person", True), ("Richard Strauss", "person", False)]


def test_apposition_to_a_noun_for_a_person_is_evidence_of_a_person(nlp):
    """The model tags "Hans-Joachim Ketelsen" an organisation; "the German baritone" says who he is."""
    ms = mentions_tagged(nlp, ("Hans-Joachim Ketelsen, the German baritone, sang the role splendidly.",
                               [("Hans-Joachim Ketelsen", "ORG"), ("German", "NORP")]))
    assert [(m.text, m.label, m.titled) for m in ms] == [("Hans-Joachim Ketelsen", "organization", True)]
    assert resolved(ms) == [("Hans-Joachim Ketelsen", "person", ["Hans-Joachim Ketelsen"])]


def test_hyphenated_given_names():
    assert [gazetteer.given_name(w) for w in ("Jean-Paul", "Mary-Kate", "Jean-Pechstein", "Julia")] == [True, True, False, True]


def test_two_full_names_run_together_are_two_people(nlp):
    """The model tags "Anders Aukland and Erling Jevne" one organisation; firms named for two surnames stay whole."""
    from spacy.tokens import Span

    doc = nlp("Bjorn Dahlie, Anders Aukland and Erling Jevne finished behind, as did Procter and Gamble.")
    pair = Span(doc, 3, 8, label="ORG")
    firm = Span(doc, 13, 16, label="ORG")
    assert [(s.text, s.label_) for s in candidates.split_pair(pair)] == [("Anders Aukland", "PERSON"), ("Erling Jevne", "PERSON")]
    assert [(s.text, s.label_) for s in candidates.split_pair(firm)] == [("Procter and Gamble", "ORG")]


def test_an_untagged_name_listed_with_a_person_is_a_person(nlp):
    """"Odd Bjorn Hjelmeseth" starts with no known given name and is untagged; it is listed with "Bjorn Dahlie"."""
    ms = mentions_of(nlp, "Four Norwegians chased behind, but Odd Bjorn Hjelmeseth, Bjorn Dahlie, Anders Aukland and "
                          "Erling Jevne had to settle with second to fifth places.", "Prokurorov was ahead of Hjelmeseth.")
    assert resolved(ms) == [("Norwegians", "group", ["Norwegians"]),
                            ("Odd Bjorn Hjelmeseth", "person", ["Hjelmeseth", "Odd Bjorn Hjelmeseth"]),
                            ("Bjorn Dahlie", "person", ["Bjorn Dahlie"]), ("Anders Aukland", "person", ["Anders Aukland"]),
                            ("Erling Jevne", "person", ["Erling Jevne"])]


def test_a_numbered_unit_keeps_its_number(nlp):
    """The model leaves "8th" outside "U.S. Circuit Court of Appeals"; the court's name includes it."""
    ms = mentions_of(nlp, "The 8th U.S. Circuit Court of Appeals ruled on Monday.")
    assert [(m.text, m.label) for m in ms] == [("8th U.S. Circuit Court of Appeals", "organization")]


def test_party_and_seat_after_a_politician_are_an_organisation_and_a_place(nlp):
    """"D-Maine" was tagged one organisation; "(BN-Kuala Pilah)" was missed."""
    ms = mentions_of(nlp, "Sen. George Mitchell, D-Maine, said so.", "Datuk Abu Zahar Ujang (BN-Kuala Pilah) felt so.")
    assert resolved(ms) == [("George Mitchell", "person", ["George Mitchell"]), ("Maine", "place", ["Maine"]),
                            ("Datuk Abu Zahar Ujang", "person", ["Datuk Abu Zahar Ujang"]), ("BN", "organization", ["BN"]),
                            ("Kuala Pilah", "place", ["Kuala Pilah"])]


def test_a_body_inside_another_is_two_organisations(nlp):
    ms = mentions_of(nlp, "He studied at the Institute of Jazz Studies at Rutgers University last year.",
                     "She teaches at the State University at Buffalo.")
    assert resolved(ms) == [("Institute of Jazz Studies", "organization", ["Institute of Jazz Studies"]),
                            ("Rutgers University", "organization", ["Rutgers University"]),
                            ("State University at Buffalo", "organization", ["State University at Buffalo"])]


def test_an_agency_credit_after_a_place_is_not_a_party_and_seat(nlp):
    """"Moscow (ITAR-Tass)" credits the agency; it names no party and no seat."""
    doc = nlp("The launch failed, officials in Moscow (ITAR-Tass) said.")
    assert candidates.party_affiliations(doc, doc.text) == []
    assert [(m.text, m.label) for m in mentions_of(nlp, doc.text)] == [("Moscow", "place"), ("ITAR-Tass", "organization")]


def test_a_name_run_on_into_a_share_ends_before_the_number(nlp):
    """The model tags "Malacca 40.80 per cent" as one organisation."""
    ms = mentions_of(nlp, "Kui said Pahang had achieved 47.34 per cent of its target, Johor 41.77 per cent, "
                          "Malacca 40.80 per cent and Kuala Lumpur 39.93 per cent.")
    assert [m.text for m in ms] == ["Kui", "Pahang", "Johor", "Malacca", "Kuala Lumpur"]


def test_the_dateline_city_is_a_place_and_types_the_body_mentions(nlp):
    """The model misses "COPENHAGEN" in the dateline and tags "Copenhagen" in the body an organisation."""
    ms = mentions_tagged(nlp, ("COPENHAGEN, Denmark (AP) _ Traffic was halted on Friday.", [("Denmark", "GPE"), ("AP", "ORG")]),
                         ("Copenhagen is the main air transport hub for the Nordic region.", [("Copenhagen", "ORG")]))
    assert [(m.text, m.label, m.spacy_label) for m in ms] == [
        ("COPENHAGEN", "place", "GPE"), ("Denmark", "place", "GPE"), ("AP", "organization", "ORG"),
        ("Copenhagen", "organization", "ORG")]
    assert resolved(ms) == [("Copenhagen", "place", ["COPENHAGEN", "Copenhagen"]), ("Denmark", "place", ["Denmark"])]
