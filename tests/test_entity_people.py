"""People: short names linked to full ones, honorifics, roles, surnames shared in an article, two names run together,
politicians with a party and seat.
"""

from __future__ import annotations

from factarchive.extract import candidates, entities, gazetteer

from .extraction_helpers import mention, mentions_of, resolved


def test_short_names_and_honorifics_resolve_to_the_full_name(nlp):
    # The model misses the last "Blair"; the article's own "Tony Blair" finds it (stage entities.complete).
    ms = mentions_of(nlp, "Prime Minister Tony Blair met union leaders on Monday.",
                     "Mr Blair said the talks went well.", "Blair later left for Brussels.")
    assert [(m.text, m.role, m.titled) for m in ms if m.label == "person"] == [
        ("Tony Blair", "Prime Minister", True), ("Blair", None, True), ("Blair", None, False)]
    assert resolved(ms) == [("Tony Blair", "person", ["Blair", "Tony Blair"]), ("Brussels", "place", ["Brussels"])]


def test_surname_tagged_as_a_place_joins_the_person():
    ms = [mention("Bill Clinton", "person", 0, "PERSON"), mention("Clinton", "place", 10, "GPE")]
    assert resolved(ms) == [("Bill Clinton", "person", ["Bill Clinton", "Clinton"])]


def test_surname_shared_by_two_people_in_an_article_stays_apart():
    ms = [mention("Tony Blair", "person", 0), mention("Cherie Blair", "person", 10), mention("Blair", "person", 20)]
    assert resolved(ms) == [("Tony Blair", "person", ["Tony Blair"]), ("Cherie Blair", "person", ["Cherie Blair"]),
                            ("Blair", "person", ["Blair"])]


def test_appositive_office_is_the_role(nlp):
    ms = mentions_of(nlp, "Vladimir Putin, the Russian president, met Recep Tayyip Erdogan.", "Erdogan said the deal would hold.")
    assert [(m.text, m.role) for m in ms] == [("Vladimir Putin", "Russian president"), ("Recep Tayyip Erdogan", None),
                                              ("Erdogan", None)]
    assert resolved(ms) == [("Vladimir Putin", "person", ["Vladimir Putin"]),
                            ("Recep Tayyip Erdogan", "person", ["Erdogan", "Recep Tayyip Erdogan"])]


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


def test_party_and_seat_after_a_politician_are_an_organisation_and_a_place(nlp):
    """"D-Maine" was tagged one organisation; "(BN-Kuala Pilah)" was missed."""
    ms = mentions_of(nlp, "Sen. George Mitchell, D-Maine, said so.", "Datuk Abu Zahar Ujang (BN-Kuala Pilah) felt so.")
    assert resolved(ms) == [("George Mitchell", "person", ["George Mitchell"]), ("Maine", "place", ["Maine"]),
                            ("Datuk Abu Zahar Ujang", "person", ["Datuk Abu Zahar Ujang"]), ("BN", "organization", ["BN"]),
                            ("Kuala Pilah", "place", ["Kuala Pilah"])]


def test_a_name_before_a_party_and_seat_is_a_politician(nlp):
    found = mentions_of(nlp, "He replied to Ahmad Razali (BN-Kota Tinggi), who asked about water.")
    assert resolved(found) == [("Ahmad Razali", "person", ["Ahmad Razali"]), ("BN", "organization", ["BN"]),
                               ("Kota Tinggi", "place", ["Kota Tinggi"])]
    assert [m.titled for m in found if m.text == "Ahmad Razali"] == [True]


def test_a_surname_shared_by_two_people_of_the_article_is_a_person_linked_to_neither(nlp):
    found = mentions_of(nlp, "Louis Ferrand built the house in 1950, and his son Pierre Ferrand sold it.",
                        "The Ferrand house still stands, and Ferrand says it will be restored.")
    assert [(m.text, m.label) for m in found][2:] == [("Ferrand", "place"), ("Ferrand", "place")]  # the model's guess
    assert resolved(found) == [("Louis Ferrand", "person", ["Louis Ferrand"]), ("Pierre Ferrand", "person", ["Pierre Ferrand"]),
                               ("Ferrand", "person", ["Ferrand"])]
