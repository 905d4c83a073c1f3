"""Names that are no places or people by their shape or their list (factarchive/extract/clean_names.py): a Latin
binomial, the players of a team sheet printed in a sentence, a common noun opening a sentence, on invented sentences with
the model's tags given."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged


def test_latin_binomial_is_no_place(nlp):
    found = mentions_tagged(nlp, ("Plague is caused by Yersinia pestis, said Lena Ortmann in Leeds.",
                                  [("Yersinia pestis", "GPE"), ("Lena Ortmann", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Lena Ortmann", "person"), ("Leeds", "place")]


def test_latin_binomial_is_no_person(nlp):
    found = mentions_tagged(nlp, ("The lab grew Plasmodium falciparum for a year.", [("Plasmodium falciparum", "PERSON")]))
    assert found == []


def test_place_and_its_common_noun_is_not_a_binomial(nlp):
    found = mentions_tagged(nlp, ("Fans filled the Bernabeu stadium on Sunday.", [("Bernabeu stadium", "FAC")]))
    assert [m.text for m in found] == ["Bernabeu stadium"]


def test_a_known_place_and_a_word_that_ends_like_latin_is_not_a_binomial(nlp):
    found = mentions_tagged(nlp, ("Crowds filled the Manchester arena on Sunday.", [("Manchester arena", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Manchester arena", "place")]


def test_players_in_a_sheet_sentence_are_people(nlp):
    text = "Subs not used: Harrowby, Quist, Ortmann, Tarnwell."
    found = mentions_tagged(nlp, (text, [("Harrowby", "GPE"), ("Quist", "PERSON"), ("Ortmann", "PERSON"), ("Tarnwell", "GPE")]))
    assert sorted((m.text, m.label) for m in found) == [
        ("Harrowby", "person"), ("Ortmann", "person"), ("Quist", "person"), ("Tarnwell", "person")]


def test_a_sheet_after_a_bare_colon_with_a_captain_word_and_a_town_that_is_a_surname(nlp):
    text = ": Murphy, Quist, Ortmann, capt, Tarnwell, Harrowby."
    found = mentions_tagged(nlp, (text, [("Murphy", "GPE"), ("Quist", "PERSON"), ("Ortmann", "PERSON"), ("Tarnwell", "GPE"),
                                         ("Harrowby", "GPE")]))
    assert sorted((m.text, m.label) for m in found) == [
        ("Harrowby", "person"), ("Murphy", "person"), ("Ortmann", "person"), ("Quist", "person"), ("Tarnwell", "person")]


def test_a_body_with_a_surname_in_a_sheet_is_a_player_and_a_club_in_brackets_is_not(nlp):
    text = "Replacements: Maxwell, Quist (Harrowby Rovers), Ortmann (Zentrix Town), Tarnwell, Hale."
    found = mentions_tagged(nlp, (text, [("Maxwell", "ORG"), ("Quist", "PERSON"), ("Harrowby Rovers", "ORG"),
                                         ("Ortmann", "PERSON"), ("Zentrix Town", "ORG"), ("Tarnwell", "PERSON"),
                                         ("Hale", "PERSON")]))
    assert sorted((m.text, m.label) for m in found) == [
        ("Hale", "person"), ("Harrowby Rovers", "organization"), ("Maxwell", "person"), ("Ortmann", "person"),
        ("Quist", "person"), ("Tarnwell", "person"), ("Zentrix Town", "organization")]


def test_a_sheet_with_a_particle_before_a_name(nlp):
    text = "Quist; Ortmann, van der Harrow, Tarnwell; Hale, Brandt."
    found = mentions_tagged(nlp, (text, [("Quist", "PERSON"), ("Ortmann", "GPE"), ("van der Harrow", "PERSON"),
                                         ("Tarnwell", "GPE"), ("Hale", "PERSON"), ("Brandt", "PERSON")]))
    assert ("Ortmann", "person") in [(m.text, m.label) for m in found]
    assert ("Tarnwell", "person") in [(m.text, m.label) for m in found]


def test_a_list_of_towns_is_no_sheet(nlp):
    text = "Stops: Leeds, Harrowby, York, Felling."
    found = mentions_tagged(nlp, (text, [("Leeds", "GPE"), ("Harrowby", "GPE"), ("York", "GPE"), ("Felling", "GPE")]))
    assert ("Harrowby", "place") in [(m.text, m.label) for m in found]


def test_common_noun_opening_a_sentence_is_no_place(nlp):
    found = mentions_tagged(nlp, ("Spyware is considered a nuisance by experts in Leeds.", [("Spyware", "GPE"), ("Leeds", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Leeds", "place")]
