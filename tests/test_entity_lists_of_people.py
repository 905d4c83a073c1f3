"""People the model tags as bodies or runs together (issue 11, BBC): a team sheet's players, two surnames joined by "and",
a party after a person's name; invented sentences, the model's tags given by hand."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_players_of_a_team_sheet_tagged_bodies_are_people_but_not_the_side(nlp):
    text = "Wexbury Rovers: Halvorsen, Pettigrew, Ossian, Marchbank, Delacour (Tunstall 64), Brannagh."
    tagged = mentions_tagged(nlp, (text, [("Wexbury Rovers", "ORG"), ("Halvorsen", "PERSON"), ("Pettigrew", "ORG"), ("Ossian", "PERSON"),
                                          ("Marchbank", "ORG"), ("Delacour", "PERSON"), ("Tunstall", "ORG"), ("Brannagh", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [
        ("Wexbury Rovers", "organization"), ("Halvorsen", "person"), ("Pettigrew", "person"), ("Ossian", "person"),
        ("Marchbank", "person"), ("Delacour", "person"), ("Tunstall", "person"), ("Brannagh", "person")]


def test_a_list_of_clubs_stays_a_list_of_clubs(nlp):
    text = "Wexbury Rovers, Marlow United, Fenwick Town, Kestrel Athletic, Tunstall City."
    tagged = mentions_tagged(nlp, (text, [("Wexbury Rovers", "ORG"), ("Marlow United", "ORG"), ("Fenwick Town", "PERSON"),
                                          ("Kestrel Athletic", "ORG"), ("Tunstall City", "ORG")]))
    assert [m.label for m in tagged] == ["organization", "organization", "person", "organization", "organization"]


def test_a_club_in_brackets_after_a_player_stays_a_club(nlp):
    text = "Coyne (Wexbury Rovers), Jones (Marlow), Pettigrew (Marlow), Ossian (Fenwick Town), Delacour (Tunstall 64)."
    tagged = mentions_tagged(nlp, (text, [("Coyne", "PERSON"), ("Wexbury Rovers", "ORG"), ("Jones", "PERSON"), ("Marlow", "ORG"),
                                          ("Pettigrew", "ORG"), ("Marlow", "ORG"), ("Ossian", "PERSON"), ("Fenwick Town", "ORG"),
                                          ("Delacour", "PERSON"), ("Tunstall", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [
        ("Coyne", "person"), ("Wexbury Rovers", "organization"), ("Jones", "person"), ("Marlow", "organization"),
        ("Pettigrew", "person"), ("Marlow", "organization"), ("Ossian", "person"), ("Fenwick Town", "organization"),
        ("Delacour", "person"), ("Tunstall", "person")]
    # a personal name in brackets is a part a cast list gives: a person
    text = "With: Dora Vance (Ronnie), Ann Petrie (Kestrel), Joan Marsh (Peters), Mary Hale (Ebony), Lynn Gray (Tina)."
    tagged = mentions_tagged(nlp, (text, [("Dora Vance", "PERSON"), ("Ronnie", "ORG"), ("Ann Petrie", "PERSON"), ("Kestrel", "ORG"),
                                          ("Joan Marsh", "PERSON"), ("Peters", "ORG"), ("Mary Hale", "PERSON"), ("Ebony", "ORG"),
                                          ("Lynn Gray", "PERSON"), ("Tina", "PERSON")]))
    assert [m.label for m in tagged] == ["person", "person", "person", "organization", "person", "person", "person", "person",
                                         "person", "person"]


def test_two_surnames_joined_by_and_are_the_two_people(nlp):
    tagged = mentions_tagged(nlp, ("Tony Blair and Gordon Brown met.", [("Tony Blair", "PERSON"), ("Gordon Brown", "PERSON")]),
                             ("Blair and Brown are like squabbling school kids.", [("Blair and Brown", "ORG")]))
    assert resolved(tagged) == [("Tony Blair", "person", ["Blair", "Tony Blair"]), ("Gordon Brown", "person", ["Brown", "Gordon Brown"])]
    # two names no person of the article has stay one body
    tagged = mentions_tagged(nlp, ("Marks and Spencer said sales rose.", [("Marks and Spencer", "ORG")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Marks and Spencer", "organization")]


def test_a_firm_named_for_two_surnames_stays_whole_where_the_sentence_calls_it_a_body(nlp):
    """"retailer Hobbs and Fenwick" in an article that also names Tom Hobbs and Ann Fenwick: the sentence says it is a
    body, and it stays one; "Hobbs and Fenwick are like squabbling children" there is the two people."""
    tagged = mentions_tagged(nlp, ("Tom Hobbs and Ann Fenwick spoke.", [("Tom Hobbs", "PERSON"), ("Ann Fenwick", "PERSON")]),
                             ("Shares in retailer Hobbs and Fenwick fell.", [("Hobbs and Fenwick", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Tom Hobbs", "person"), ("Ann Fenwick", "person"),
                                                  ("Hobbs and Fenwick", "organization")]
    tagged = mentions_tagged(nlp, ("Tom Hobbs and Ann Fenwick spoke.", [("Tom Hobbs", "PERSON"), ("Ann Fenwick", "PERSON")]),
                             ("Hobbs and Fenwick are like squabbling children.", [("Hobbs and Fenwick", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Tom Hobbs", "person"), ("Ann Fenwick", "person"), ("Hobbs", "person"),
                                                  ("Fenwick", "person")]


def test_a_party_after_a_persons_name_is_not_the_persons(nlp):
    tagged = mentions_tagged(nlp, ("Blair Labour's longest-serving leader", [("Blair Labour", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Blair", "person")]
    tagged = mentions_tagged(nlp, ("The Christian Democrats won.", [("Christian Democrats", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Christian Democrats", "organization")]
    # no personal name left ("Old"), or a place's party: the name stays as it was; a party alone is the party
    tagged = mentions_tagged(nlp, ("London Tory aides were behind it, as Labour knew.", [("London Tory", "PERSON"), ("Labour", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("London Tory", "person"), ("Labour", "organization")]
