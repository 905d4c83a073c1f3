"""A city and its club, and the countries an article names (issue 11): a club shown by a plural noun for a side before
its name ("leaders Chelsea"), a club named after its city one entity, a US state naming the United States.
Invented sentences; the model's tags given by hand where the rule answers a model's mistake."""

from __future__ import annotations

from factarchive.extract import cues, gazetteer
from factarchive.extract.candidates import GAZETTEER_ONLY

from .extraction_helpers import mention, mentions_tagged, resolved


def test_a_name_after_a_plural_noun_for_a_side_is_a_team(nlp):
    tagged = mentions_tagged(nlp, ("Hull are sixth, 15 points behind leaders Carlow.", [("Hull", "ORG"), ("Carlow", "PERSON")]),
                             ("Surrey rested along with rivals Dorrin, who beat Kent.", [("Surrey", "ORG"), ("Dorrin", "PERSON"), ("Kent", "ORG")]))
    assert [(m.text, m.institution, m.club) for m in tagged if m.text in ("Carlow", "Dorrin")] == [("Carlow", 2, 3), ("Dorrin", 2, 3)]
    assert [(name, cls) for name, cls, _ in resolved(tagged) if name in ("Carlow", "Dorrin")] == [
        ("Carlow", "organization"), ("Dorrin", "organization")]


def test_people_listed_after_a_plural_noun_stay_people(nlp):
    doc = nlp("World leaders Anna Berg and Tom Hale met rivals Tom Hale.")
    assert [cues.side_before(doc[2:4]), cues.side_before(doc[5:7]), cues.side_before(doc[9:11])] == [False, False, False]


def test_a_club_named_after_its_city_in_a_match_report_is_one_club(nlp):
    """Every mention of a club in a match report is the club, those a sentence shows to be a side ("St Louis were well
    beaten") and the others ("put St Louis ahead"), though the article names the city's country: no city of that name
    beside it (BBC: a rule that split the two made Newcastle a city in Australia in a Premiership report)."""
    tagged = mentions_tagged(nlp, ("Injury-hit St Louis were well beaten at home.", [("St Louis", "ORG")]),
                             ("Tom Hale put St Louis ahead after 31 minutes.", [("Tom Hale", "PERSON"), ("St Louis", "ORG")]),
                             ("St Louis then had Ray Moss sent off.", [("St Louis", "ORG"), ("Ray Moss", "PERSON")]),
                             ("The United States team watched.", [("The United States", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [
        ("St Louis", "organization"), ("Tom Hale", "person"), ("Ray Moss", "person"), ("United States", "place")]


def test_a_club_named_once_with_no_other_mention_is_one_entity(nlp):
    tagged = mentions_tagged(nlp, ("St Louis defeated Colorado for the second time.", [("St Louis", "ORG"), ("Colorado", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("St Louis", "organization"), ("Colorado", "place")]


def test_a_us_state_names_the_united_states_for_a_city_only_the_gazetteer_found():
    alone = [mention("Buffalo", "place", 10, GAZETTEER_ONLY)]
    assert resolved(alone) == []
    with_state = [mention("New York", "place", 0, "GPE"), mention("Buffalo", "place", 10, GAZETTEER_ONLY)]
    assert resolved(with_state) == [("New York", "place", ["New York"]), ("Buffalo", "place", ["Buffalo"])]


def test_a_city_whose_club_sentence_the_model_tags_a_place_stays_one_place(nlp):
    tagged = mentions_tagged(nlp, ("In St Louis, Tom Hale had three hits.", [("St Louis", "GPE"), ("Tom Hale", "PERSON")]),
                             ("St Louis defeated Colorado for the second time.", [("St Louis", "GPE"), ("Colorado", "GPE")]))
    assert [(m.text, m.club) for m in tagged if m.text == "St Louis"] == [("St Louis", 0), ("St Louis", 3)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)][:2] == [("St Louis", "place"), ("Tom Hale", "person")]
    assert [name for name, _, _ in resolved(tagged)].count("St Louis") == 1


def test_a_firm_known_to_the_gazetteer_only_as_a_citys_alternate_name_stays_a_firm(nlp):
    """geonames lists "Google" among Topeka's names (a stunt of 2010): with Michigan named, the firm is no city in Kansas."""
    assert gazetteer.city("Google", ("US",)).name == "Topeka" and not gazetteer.own_name(gazetteer.city("Google"), "Google")
    tagged = mentions_tagged(nlp, ("The libraries of the University of Michigan are to be digitised by Google.",
                                   [("the University of Michigan", "ORG"), ("Google", "ORG")]),
                             ("Google said Michigan would keep the books.", [("Google", "ORG"), ("Michigan", "GPE")]),
                             ("Ann Lee, a director at Google, agreed.", [("Ann Lee", "PERSON"), ("Google", "ORG")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [
        ("University of Michigan", "organization"), ("Google", "organization"), ("Michigan", "place"), ("Ann Lee", "person")]


def test_a_word_for_a_player_between_a_club_and_a_player_makes_the_club(nlp):
    """"Corby left-back Tom Hale": the parser hangs the club on the player's name and splits "left-back" in three tokens;
    the word between still says whose player he is."""
    tagged = mentions_tagged(nlp, ("Corby left-back Tom Hale could miss the rest of the season.", [("Corby", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.club) for m in tagged] == [("Corby", 3), ("Tom Hale", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Corby", "organization"), ("Tom Hale", "person")]


def test_a_side_named_after_a_result_verb_and_its_preposition_is_a_club(nlp):
    """"when they play Corby", "his side losing 3-2 to Corby": the other side may be "they" or "his side", and the name
    may hang on "to"."""
    tagged = mentions_tagged(nlp, ("Tom Hale is hoping for a trophy when they play Corby on Sunday.", [("Tom Hale", "PERSON"), ("Corby", "PERSON")]),
                             ("He could not prevent his side losing 3-2 to Corby.", [("Corby", "PERSON")]))
    assert [(m.text, m.club) for m in tagged] == [("Tom Hale", 0), ("Corby", 3), ("Corby", 3)]


def test_the_other_side_of_a_match_noun_is_a_club(nlp):
    """"the top-of-the-table clash with Corby": a noun for a game, then "with" or "against", names the other side."""
    tagged = mentions_tagged(nlp, ("Tom Hale may return for the top-of-the-table clash with Corby on Sunday.",
                                   [("Tom Hale", "PERSON"), ("Corby", "PERSON")]))
    assert [(m.text, m.club) for m in tagged] == [("Tom Hale", 0), ("Corby", 3)]


def test_words_around_a_citys_name_show_its_club_where_the_parser_does_not(nlp):
    tagged = mentions_tagged(nlp, ("Pompey unsettled a Carlow side early on.", [("Pompey", "ORG"), ("Carlow", "PERSON")]),
                             ("Hull have little chance of catching Carlow in the title race.", [("Hull", "ORG"), ("Carlow", "PERSON")]),
                             ("Leeds slipped ten points behind Carlow.", [("Leeds", "ORG"), ("Carlow", "PERSON")]),
                             ("Tom Hale was a fly-half for Carlow in the 1970s.", [("Tom Hale", "PERSON"), ("Carlow", "PERSON")]))
    assert [(m.text, m.club) for m in tagged if m.text == "Carlow"] == [("Carlow", 3), ("Carlow", 3), ("Carlow", 3), ("Carlow", 3)]
    assert ("Carlow", "organization") in [(name, cls) for name, cls, _ in resolved(tagged)]


def test_a_rival_in_the_standings_and_a_players_coach_stay_people(nlp):
    # the words are there, but the names are people's, whose club votes the name's vote leaves out
    tagged = mentions_tagged(nlp, ("Ann Berg is two points behind Hale in the title race.", [("Ann Berg", "PERSON"), ("Hale", "PERSON")]),
                             ("Ray Moss was a coach for Tom Hale.", [("Ray Moss", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.club) for m in tagged] == [("Ann Berg", 0), ("Hale", 3), ("Ray Moss", 0), ("Tom Hale", 3)]
    assert resolved(tagged) == [("Ann Berg", "person", ["Ann Berg"]), ("Tom Hale", "person", ["Hale", "Tom Hale"]),
                                ("Ray Moss", "person", ["Ray Moss"])]


def test_a_side_from_a_place_or_of_a_league_is_no_club_of_that_name(nlp):
    doc = nlp("Tom Hale joined the London side, a Zurich Premiership side, from the Carlow side.")
    assert doc[4].ent_type_ == "GPE"
    assert [cues.club_words_around(doc[4:5]), cues.club_words_around(doc[8:10]), cues.club_words_around(doc[14:15])] == [False, False, False]


def test_a_place_and_a_word_only_a_clubs_name_ends_in_is_a_club(nlp):
    """The model tags "Leicester City" a place: a place's name and "City", "United", "Wanderers"... is a club's, unless
    the gazetteer knows a place of the whole name ("Kansas City", "Quezon City"); "City" after a British or Irish city
    only ("Shantou City" is the city, as Xinhua prints it)."""
    tagged = mentions_tagged(nlp, ("Striker Zed Hale wants to leave Leicester City this summer.", [("Zed Hale", "PERSON"), ("Leicester City", "GPE")]),
                             ("He joined Bolton Wanderers in May.", [("Bolton Wanderers", "GPE")]),
                             ("The fans flew to Kansas City and Quezon City.", [("Kansas City", "GPE"), ("Quezon City", "GPE")]),
                             ("Trade grew in Shantou City.", [("Shantou City", "GPE")]))
    assert resolved(tagged) == [("Zed Hale", "person", ["Zed Hale"]), ("Leicester City", "organization", ["Leicester City"]),
                                ("Bolton Wanderers", "organization", ["Bolton Wanderers"]),
                                ("Kansas City", "place", ["Kansas City"]), ("Quezon City", "place", ["Quezon City"]),
                                ("Shantou City", "place", ["Shantou City"])]


def test_a_town_in_brackets_after_a_player_in_a_team_sheet_is_his_club(nlp):
    """The model tags a club named after its town a person or a place in a team sheet's brackets; a cast list's part,
    a personal name in brackets, is left alone."""
    sheet = "T Hale (Leicester), R Moss (Harrowby), J Berg (Leicester), K Lund (Harrowby), P Dunn (Harrowby)."
    tagged = mentions_tagged(nlp, (sheet, [("T Hale", "PERSON"), ("Leicester", "PERSON"), ("R Moss", "PERSON"), ("J Berg", "PERSON"),
                                           ("Leicester", "GPE"), ("K Lund", "PERSON"), ("P Dunn", "PERSON")]),
                             ("Ann Berg (Ebony), Tom Hale (Jake), Jane Moss (Leicester), Carl Hunt (Maggie).",
                              [("Ann Berg", "PERSON"), ("Ebony", "PERSON"), ("Tom Hale", "PERSON"), ("Jake", "PERSON"),
                               ("Jane Moss", "PERSON"), ("Leicester", "GPE"), ("Carl Hunt", "PERSON"), ("Maggie", "PERSON")]))
    # a cast list: its brackets hold more personal names than places, so a part named after a town is no club
    assert [(m.text, m.club) for m in tagged if m.club or m.text in ("Leicester", "Ebony")] == [("Leicester", 3), ("Leicester", 3),
                                                                                               ("Ebony", 0), ("Leicester", 0)]
    assert ("Leicester", "organization", ["Leicester"]) in resolved(tagged[:7])
