"""Names that look like people's and are not (firms named after founders, a common word the model tagged a person),
titles that are not part of a name ("Undersecretary", "Congressman"), and names that stand before a title as its
qualifier ("the former Leeds mayor"). Invented sentences; the model's tags given where the rule guards a
mistake the model makes.
"""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mention, mentions_tagged, resolved


def test_names_joined_by_an_ampersand_are_a_firm():
    """Two surnames joined by "&" name a firm, whatever the model said, though each looks like a person's name."""
    ms = [mention("Grant & Grant", "person", 0, "PERSON"), mention("Morgan & Hale", "place", 10, "GPE")]
    assert resolved(ms) == [("Grant & Grant", "organization", ["Grant & Grant"]),
                            ("Morgan & Hale", "organization", ["Morgan & Hale"])]


def test_a_name_whose_first_word_is_a_country_gets_no_vote_for_a_person():
    """"Jordan" is a given name in the census lists: "Jordan Telecom" tagged an organisation stays one."""
    assert gazetteer.given_name("Jordan")
    ms = [mention("Jordan Telecom", "organization", 0, "ORG"), mention("Jordan Telecom", "person", 10, "PERSON"),
          mention("Jordan Telecom", "organization", 20, "ORG")]
    assert resolved(ms) == [("Jordan Telecom", "organization", ["Jordan Telecom"])]


def test_a_name_whose_first_word_is_a_continent_gets_no_vote_for_a_person():
    """"Asia" is a given name in the census lists: "Asia Pacific" tagged a place and "Asia Aid" (an appeal) tagged a body
    keep the model's labels; "Asia Argento" tagged a person stays one."""
    assert gazetteer.given_name("Asia") and gazetteer.continent("Asia")
    ms = [mention("Asia Pacific", "place", 0, "LOC"), mention("Asia Aid", "organization", 10, "ORG"),
          mention("Asia Argento", "person", 20, "PERSON")]
    assert resolved(ms) == [("Asia Pacific", "place", ["Asia Pacific"]), ("Asia Aid", "organization", ["Asia Aid"]),
                            ("Asia Argento", "person", ["Asia Argento"])]


def test_a_given_name_still_votes_for_a_person_the_model_tagged_a_body():
    """The country rule leaves a personal name alone: "Alvin Stroud" tagged an organisation is a person."""
    ms = [mention("Alvin Stroud", "organization", 0, "ORG")]
    assert resolved(ms) == [("Alvin Stroud", "person", ["Alvin Stroud"])]


def test_office_titles_before_a_name_are_not_part_of_it(nlp):
    found = mentions_tagged(nlp, ("Undersecretary Ray Dolan met Congressman Ed Pruitt and Comrade Zhou Lin.",
                                  [("Undersecretary Ray Dolan", "PERSON"), ("Congressman Ed Pruitt", "PERSON"),
                                   ("Comrade Zhou Lin", "PERSON")]))
    assert [(m.text, m.label, m.titled, m.role) for m in found] == [
        ("Ray Dolan", "person", True, "Undersecretary"), ("Ed Pruitt", "person", True, "Congressman"),
        ("Zhou Lin", "person", True, "Comrade")]


def test_a_place_that_qualifies_an_office_title_is_not_said_of_a_person(nlp):
    """"the former Leeds mayor": "former" is no title of Leeds, which names the mayor's city."""
    found = mentions_tagged(nlp, ("The former Leeds mayor helped build the stadium.", [("Leeds", "GPE")]))
    assert [(m.text, m.titled) for m in found] == [("Leeds", False)]
    assert resolved(found) == [("Leeds", "place", ["Leeds"])]


def test_a_title_before_a_name_still_says_a_person(nlp):
    """Only a name followed by an office title qualifies it: "former Mayor Wertheimer" is a person."""
    found = mentions_tagged(nlp, ("The former mayor Wertheimer spoke, and so did President Wertheimer.",
                                  [("Wertheimer", "GPE"), ("Wertheimer", "GPE")]))
    assert [(m.text, m.titled) for m in found] == [("Wertheimer", True), ("Wertheimer", True)]


def test_one_word_the_tagger_reads_as_a_verb_is_no_person(nlp):
    """"Mind you": a verb the model tagged a person, and nobody's name, is dropped."""
    doc = nlp("Mind you, most of the volunteers would be unskilled.")
    assert doc[0].pos_ == "VERB"
    found = mentions_tagged(nlp, ("Mind you, most of the volunteers would be unskilled.", [("Mind", "PERSON")]))
    assert found == []


def test_one_word_the_tagger_reads_as_a_noun_stays_a_person(nlp):
    """A foreign surname the tagger reads as a noun or an adverb ("Vrtacnik played") is not dropped."""
    found = mentions_tagged(nlp, ("Vrtacnik played a consistent game.", [("Vrtacnik", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Vrtacnik", "person")]


def test_a_name_run_on_over_a_verb_ends_before_it_not_over_a_particle(nlp):
    found = mentions_tagged(nlp, ("A company representing the University of Kent added Lever Brothers to its lawsuit.",
                                  [("University of Kent added Lever Brothers", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("University of Kent", "organization")]
    assert nlp("Joost den Hartog (Belgium) 2 seconds")[1].tag_ == "VBP"
    found = mentions_tagged(nlp, ("Joost den Hartog (Belgium) 2 seconds", [("Joost den Hartog", "PERSON"), ("Belgium", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Joost den Hartog", "person"), ("Belgium", "place")]


def test_a_three_letter_day_without_its_full_stop_is_part_of_a_name(nlp):
    """"the Halifax Sun" is a newspaper; "Holmenkollen Saturday" ends before the day."""
    found = mentions_tagged(nlp, ("The buyers included the Halifax Sun.", [("Halifax Sun", "ORG")]),
                            ("She won at Holmenkollen Saturday.", [("Holmenkollen Saturday", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Halifax Sun", "organization"), ("Holmenkollen", "place")]


def test_a_country_that_no_longer_exists_is_a_country():
    assert [gazetteer.country(n).name for n in ("the Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia")] == [
        "Soviet Union", "Soviet Union", "Yugoslavia", "Czechoslovakia"]
    ms = [mention("Soviet Union", "organization", 0, "ORG"), mention("Soviet Union", "organization", 10, "ORG")]
    assert resolved(ms) == [("Soviet Union", "place", ["Soviet Union"])]


def test_words_ending_in_an_office_title_are_no_person(nlp):
    """"the Investigation Judge" tagged a person is a title; "John Major" begins with a given name and stays."""
    found = mentions_tagged(nlp, ("The Investigation Judge met John Major.",
                                  [("Investigation Judge", "PERSON"), ("John Major", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("John Major", "person")]


def test_a_person_name_ending_in_an_institution_word_is_the_institution(nlp):
    found = mentions_tagged(nlp, ("The Rupert Hale Foundation paid for the study.", [("Rupert Hale Foundation", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Rupert Hale Foundation", "organization")]


def test_a_person_name_has_no_digit(nlp):
    found = mentions_tagged(nlp, ("Fund prices: NAV:22.15 and Tom Reed.", [("NAV:22.15", "PERSON"), ("Tom Reed", "PERSON")]))
    assert [m.text for m in found] == ["Tom Reed"]


def test_a_dash_left_by_a_bracket_is_not_part_of_a_name():
    from factarchive.extract import filters

    assert [filters.clean_name(t) for t in ("Li Wen)-", "(Dietmar) Hamann", "Jean-Paul")] == ["Li Wen", "Dietmar Hamann", "Jean-Paul"]


def test_initials_with_a_space_name_a_country():
    assert gazetteer.country("U. S.").name == "United States"


def test_a_given_name_that_is_also_a_title_or_a_demonym_starts_the_name(nlp):
    """"Dean" is an occupation, "Francis" reads as a plural of a demonym: before a surname each is a given name; an
    office title before a name still is not the name's."""
    found = mentions_tagged(nlp, ("Dean Harlow and Francis Lebrun beat Queen Noor's team.",
                                  [("Dean Harlow", "PERSON"), ("Francis Lebrun", "PERSON"), ("Queen Noor", "PERSON")]))
    assert [(m.text, m.titled) for m in found] == [("Dean Harlow", False), ("Francis Lebrun", False), ("Noor", True)]


def test_a_side_in_a_scorecard_is_a_club(nlp):
    """A county followed by its score, beside another side's, outside the brackets that hold the players' figures."""
    from factarchive.extract import cues

    doc = nlp("Leeds: Westshire 195, Eastshire 429-7 (C. Lane 80 not out, M. Dunmore 70).")
    sides = {doc[i:i + 1].text: cues._scored_side(doc[i:i + 1]) for i in range(len(doc)) if doc[i].text in ("Westshire", "Eastshire", "Lane", "Dunmore")}
    assert sides == {"Westshire": True, "Eastshire": True, "Lane": False, "Dunmore": False}
    assert cues._scored_side(nlp("Eastshire 429-7 won.")[0:1]) is False  # one score alone is no scorecard


def test_a_nationality_before_a_name_is_split_off_though_it_is_a_given_name(nlp):
    """"German" is a given name in the census lists and a nationality: before a name, the nationality."""
    assert gazetteer.given_name("German") and gazetteer.nationality("German") == "DE" and gazetteer.nationality("Francis") is None
    found = mentions_tagged(nlp, ("German Anna Berg won the race, ahead of German Ortiz.",
                                  [("German Anna Berg", "PERSON"), ("German Ortiz", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Anna Berg", "person"), ("German Ortiz", "person")]


def test_a_nationality_before_a_personal_name_tagged_a_body_is_split_off(nlp):
    found = mentions_tagged(nlp, ("The record of Dutch Anna Berg fell; British Airways fell too.",
                                  [("Dutch Anna Berg", "ORG"), ("British Airways", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Anna Berg", "person"), ("British Airways", "organization")]

