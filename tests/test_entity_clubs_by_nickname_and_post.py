"""A club called by a plural ("Spurs"), by its post ("sporting director"), or receiving another side ("entertain"), and
a player playing a player, which is no club's result. Invented sentences; the model's tags given by hand."""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mentions_tagged, resolved


def test_the_plural_of_a_common_noun_tagged_a_person_inside_a_sentence_is_a_body(nlp):
    assert not gazetteer.surname("Spurs") and not gazetteer.given_name("Spurs")
    tagged = mentions_tagged(nlp, ("Tom Hale was sacked by Spurs in 2003.", [("Tom Hale", "PERSON"), ("Spurs", "PERSON")]))
    assert resolved(tagged) == [("Tom Hale", "person", ["Tom Hale"]), ("Spurs", "organization", ["Spurs"])]


def test_a_plural_at_the_start_of_a_sentence_in_brackets_after_an_adjective_or_a_number_a_short_one_or_a_surname_stays_a_person(nlp):
    assert gazetteer.surname("Woods")
    tagged = mentions_tagged(nlp, ("Recipes adapted from Ann Berg.", [("Recipes", "PERSON"), ("Ann Berg", "PERSON")]),
                             ("It was enough for Ids, he said.", [("Ids", "PERSON")]),
                             ("The cup went to Woods on Sunday.", [("Woods", "PERSON")]),
                             ("Ketuvim (or Writings) is read.", [("Writings", "PERSON")]),
                             ("They sold deluxe Champagnes to Ann Berg.", [("Champagnes", "PERSON"), ("Ann Berg", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Recipes", "person"), ("Ann Berg", "person"), ("Ids", "person"), ("Woods", "person"),
                                                   ("Writings", "person"), ("Champagnes", "person"), ("Ann Berg", "person")]


def test_a_name_before_a_clubs_post_with_its_qualifier_is_the_club(nlp):
    tagged = mentions_tagged(nlp, ("He fell out with Spurs sporting director Ann Berg.", [("Spurs", "PERSON"), ("Ann Berg", "PERSON")]),
                             ("Fans cheered the Kavotek caretaker boss Tom Hale.", [("Kavotek", "ORG"), ("Tom Hale", "PERSON")]),
                             ("Kavotek director Jane Moss spoke.", [("Kavotek", "ORG"), ("Jane Moss", "PERSON")]))
    assert [(m.text, m.club) for m in tagged] == [("Spurs", 3), ("Ann Berg", 0), ("Kavotek", 3), ("Tom Hale", 0), ("Kavotek", 0), ("Jane Moss", 0)]


def test_a_side_that_entertains_another_is_a_club(nlp):
    tagged = mentions_tagged(nlp, ("Leeds were held, while Kavotek entertain Brighton at home.", [("Leeds", "ORG"), ("Kavotek", "PERSON"), ("Brighton", "GPE")]))
    assert [(m.text, m.club) for m in tagged] == [("Leeds", 0), ("Kavotek", 3), ("Brighton", 3)]


def test_a_player_playing_a_player_is_no_clubs_result(nlp):
    assert gazetteer.given_name("Samantha")
    tagged = mentions_tagged(nlp, ("Berg plays Australia's Samantha Stosur.", [("Berg", "ORG"), ("Samantha Stosur", "GPE")]),
                             ("Tom Hale beat Ann Berg in the final.", [("Tom Hale", "PERSON"), ("Ann Berg", "PERSON")]))
    assert [(m.text, m.club) for m in tagged] == [("Berg", 0), ("Australia", 0), ("Samantha Stosur", 0), ("Tom Hale", 0), ("Ann Berg", 0)]
    assert ("Samantha Stosur", "person", ["Samantha Stosur"]) in resolved(tagged)


def test_a_club_named_after_a_place_that_is_also_a_given_name_keeps_its_result(nlp):
    assert gazetteer.given_name("Houston")
    tagged = mentions_tagged(nlp, ("The Houston Astros routed the Pirates 10-0.", [("Houston Astros", "ORG"), ("Pirates", "ORG")]))
    assert [(m.text, m.club) for m in tagged] == [("Houston Astros", 3), ("Pirates", 3)]


def test_a_club_named_with_a_given_name_still_plays_and_a_host_is_no_club(nlp):
    # "Crystal", "Lincoln" are given names, yet "Crystal Palace", "Lincoln City" end in a word of a club's name; two
    # people on either side of "entertained" are a host and a guest
    assert gazetteer.given_name("Crystal") and gazetteer.given_name("Lincoln")
    tagged = mentions_tagged(nlp, ("Chelsea beat Crystal Palace 2-0 on Saturday.", [("Chelsea", "ORG"), ("Crystal Palace", "ORG")]),
                             ("On Tuesday Hull play Lincoln City at home.", [("Hull", "ORG"), ("Lincoln City", "ORG")]),
                             ("Tom Hale entertained Carl Hunt at his home.", [("Tom Hale", "PERSON"), ("Carl Hunt", "PERSON")]))
    assert [(m.text, m.club) for m in tagged] == [("Chelsea", 3), ("Crystal Palace", 3), ("Hull", 3), ("Lincoln City", 3),
                                                  ("Tom Hale", 0), ("Carl Hunt", 0)]
