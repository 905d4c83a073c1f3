"""A job before a name ("Referee Tom Hale"), a programme's title after a broadcaster's possessive ("BBC One's Breakfast
with Hale"), a body the model reads as a person ("Zentrova officials", "Zentrova has said its own ..."), a firm's noun
opening a sentence ("Bookmaker Bill Jarvis"), a currency's name alone ("Euro hopes") and an event ("a Grand Slam").
Invented sentences; the model's tags given where the rule guards a mistake the model makes.
"""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mentions_tagged, resolved


def test_a_job_before_a_name_is_a_title_not_part_of_the_name(nlp):
    found = mentions_tagged(nlp, ("Referee Tom Hale waved play on, and Rapper Ann Lee sang for the late DJ Bo Renner.",
                                  [("Referee Tom Hale", "PERSON"), ("Rapper Ann Lee", "PERSON"), ("DJ Bo Renner", "PERSON")]))
    assert [(m.text, m.label, m.titled) for m in found] == [
        ("Tom Hale", "person", True), ("Ann Lee", "person", True), ("Bo Renner", "person", True)]


def test_a_programme_after_a_channels_possessive_is_one_work(nlp):
    """"Breakfast with Hale" is a programme of BBC One, neither a place "Breakfast" nor a person "Hale"."""
    found = mentions_tagged(nlp, ("She told BBC One's Breakfast with Hale that she would stay.",
                                  [("BBC One's", "ORG"), ("Breakfast", "LOC"), ("Hale", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("BBC One", "organization"), ("Breakfast with Hale", "thing")]
    assert resolved(found) == [("BBC One", "organization", ["BBC One"])]


def test_a_title_before_a_noun_for_a_programme_is_a_work_after_any_broadcaster(nlp):
    found = mentions_tagged(nlp, ("He told the BBC's Morning Zentrova programme that he would go on.",
                                  [("BBC", "ORG"), ("Morning Zentrova", "PERSON")]))
    assert resolved(found) == [("BBC", "organization", ["BBC"])]


def test_a_correspondent_after_a_broadcasters_possessive_stays_a_person(nlp):
    """The BBC has correspondents too: without a noun for a programme, a name after "the BBC's" is what it was."""
    found = mentions_tagged(nlp, ("The BBC's Tom Hale in Rome said the talks had ended.",
                                  [("BBC", "ORG"), ("Tom Hale", "PERSON"), ("Rome", "GPE")]))
    assert resolved(found) == [("BBC", "organization", ["BBC"]), ("Tom Hale", "person", ["Tom Hale"]),
                               ("Rome", "place", ["Rome"])]


def test_a_name_before_who_works_for_it_is_a_body(nlp):
    found = mentions_tagged(nlp, ("Two Zentrova officials watched the game.", [("Zentrova", "PERSON")]),
                            ("Zentrova delegate Tom Hale said nothing happened.", [("Zentrova", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Zentrova", 2), ("Zentrova", 2), ("Tom Hale", 0)]
    assert resolved(found) == [("Zentrova", "organization", ["Zentrova"]), ("Tom Hale", "person", ["Tom Hale"])]


def test_a_surname_before_a_spokesman_gets_no_vote_for_a_body(nlp):
    """A person has staff too: "a Hale spokesman" says nothing of Hale being a body."""
    found = mentions_tagged(nlp, ("A Hale spokesman said the minister was away.", [("Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Hale", 0)]


def test_a_subject_that_its_clause_calls_its_is_a_body(nlp):
    found = mentions_tagged(nlp, ("Zentrova has said its own inspector saw nothing.", [("Zentrova", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Zentrova", 2)]
    assert resolved(found) == [("Zentrova", "organization", ["Zentrova"])]


def test_its_after_another_subject_is_not_the_names(nlp):
    found = mentions_tagged(nlp, ("Tom Hale said the firm would cut its prices.", [("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Tom Hale", 0)]


def test_a_firms_noun_opening_a_sentence_is_no_part_of_the_firms_name(nlp):
    found = mentions_tagged(nlp, ("Bookmaker Bill Jarvis has stopped taking bets on the race.",
                                  [("Bookmaker Bill Jarvis", "PERSON")]))
    assert [(m.text, m.label, m.institution) for m in found] == [("Bill Jarvis", "organization", 2)]
    assert resolved(found) == [("Bill Jarvis", "organization", ["Bill Jarvis"])]


def test_a_firms_noun_before_one_word_is_part_of_the_name(nlp):
    """"Band Aid": a noun for a firm before one word is the name's first word."""
    found = mentions_tagged(nlp, ("Band Aid sold a million copies.", [("Band Aid", "PERSON")]))
    assert [m.text for m in found] == ["Band Aid"]


def test_a_currencys_name_alone_is_no_name(nlp):
    found = mentions_tagged(nlp, ("Everton cools Euro hopes", [("Everton", "ORG"), ("Euro", "PERSON")]),
                            ("She made 5.45m Dinars last year, or 3m Dinars.", [("Dinars", "PERSON"), ("Dinars", "PERSON")]))
    assert [m.text for m in found] == ["Everton"]


def test_a_grand_slam_is_an_event(nlp):
    found = mentions_tagged(nlp, ("Wales are chasing a Grand Slam in Cardiff.", [("Wales", "GPE"), ("Grand Slam", "FAC"),
                                                                               ("Cardiff", "GPE")]))
    assert [m.text for m in found] == ["Wales", "Cardiff"]


def test_a_title_joined_by_a_small_word_after_the_broadcasters_possessive_is_a_work(nlp):
    """"the BBC's Breakfast with Hale": no correspondent's name joins its words with "with"."""
    found = mentions_tagged(nlp, ("On the BBC's Breakfast with Hale it was put to him.",
                                  [("BBC", "ORG"), ("Breakfast", "ORG"), ("Hale", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("BBC", "organization"), ("Breakfast with Hale", "thing")]


def test_an_employer_by_its_staff_or_by_work_for_is_a_body(nlp):
    found = mentions_tagged(nlp, ("A spokesman for Zentrova's lawyers said so.", [("Zentrova", "PERSON")]),
                            ("He has been working for Kavotek since May.", [("Kavotek", "PERSON")]),
                            ("He has been working for Tom Hale since May.", [("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Zentrova", 2), ("Kavotek", 2), ("Tom Hale", 0)]


def test_a_name_printed_as_a_persons_gets_no_vote_for_a_body_from_its_staff(nlp):
    """A person has lawyers and spokesmen too: a name of two words the model tagged a person's, or a name after an
    honorific, gets no vote from them."""
    found = mentions_tagged(nlp, ("Slobodan Zarkovic's lawyers asked for more time.", [("Slobodan Zarkovic", "PERSON")]),
                            ("Mr Ebbard's lawyers said he was innocent.", [("Ebbard", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Slobodan Zarkovic", 0), ("Ebbard", 0)]


def test_staff_before_a_name_of_one_word_make_it_a_body_whatever_the_model_tagged(nlp):
    found = mentions_tagged(nlp, ("Zentrova officials and Kavotek's chief executive Tom Hale met.",
                                  [("Zentrova", "PERSON"), ("Kavotek", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Zentrova", 2), ("Kavotek", 2), ("Tom Hale", 0)]


def test_its_in_the_subjects_own_clause_is_the_subjects(nlp):
    found = mentions_tagged(nlp, ("Zentrova is confident of its case.", [("Zentrova", "PERSON")]),
                            ("Tom Hale criticised Kavotek's handling of its budget.", [("Tom Hale", "PERSON"), ("Kavotek", "ORG")]))
    assert [(m.text, m.institution) for m in found] == [("Zentrova", 2), ("Tom Hale", 0), ("Kavotek", 0)]


def test_a_name_before_a_day_after_the_broadcasters_possessive_is_no_title(nlp):
    """"the BBC's Zubar Ahmadi on Sunday": "on Sunday" says when, it joins no title's words."""
    assert not gazetteer.given_name("Zubar")  # else the given name alone would keep it a person
    found = mentions_tagged(nlp, ("Speaking to the BBC's Zubar Ahmadi on Sunday, he said so.",
                                  [("BBC", "ORG"), ("Zubar Ahmadi", "PERSON"), ("Sunday", "DATE")]))
    assert [(m.text, m.label) for m in found] == [("BBC", "organization"), ("Zubar Ahmadi", "person")]


def test_a_name_made_an_adjective_by_a_hyphen_ends_before_it(nlp):
    found = mentions_tagged(nlp, ("Critics mocked the Tom Hale-style tax cuts in Leeds.",
                                  [("Tom Hale-style", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Tom Hale", "person"), ("Leeds", "place")]


def test_a_hyphened_name_with_no_adjective_word_stays_whole(nlp):
    found = mentions_tagged(nlp, ("Critics mocked Tom Hale-Quist in Leeds.", [("Tom Hale-Quist", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Tom Hale-Quist", "person"), ("Leeds", "place")]


def test_a_title_before_an_actor_and_the_actors_name_is_a_work(nlp):
    found = mentions_tagged(nlp, ("Critics praised Iron Tides actor Tom Hale in Leeds.",
                                  [("Iron Tides", "PERSON"), ("Tom Hale", "PERSON"), ("Leeds", "GPE")]))
    assert resolved(found) == [("Tom Hale", "person", ["Tom Hale"]), ("Leeds", "place", ["Leeds"])]


def test_a_place_or_a_persons_name_before_an_actor_is_no_work(nlp):
    found = mentions_tagged(nlp, ("Leeds actor Tom Hale met Lena Quist co-star Ada Brandt.",
                                  [("Leeds", "GPE"), ("Tom Hale", "PERSON"), ("Lena Quist", "PERSON"), ("Ada Brandt", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Leeds", "place"), ("Tom Hale", "person"), ("Lena Quist", "person"),
                                                  ("Ada Brandt", "person")]


def test_its_after_a_persons_name_is_not_the_persons(nlp):
    """"its" is of the body the story is about, not of a person's name that is the clause's subject."""
    found = mentions_tagged(nlp, ("Lena Quist has defended its young players.", [("Lena Quist", "PERSON")]),
                            ("Tom Hale has said its own members must decide.", [("Tom Hale", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Lena Quist", 0), ("Tom Hale", 0)]


def test_its_with_another_body_named_before_is_not_a_persons_names(nlp):
    """A name of two words the model tagged a person's, with a body named before it: "its" may be that body's."""
    assert not gazetteer.given_name("Zarko")
    found = mentions_tagged(nlp, ("Kavotek lost again. Zarko Wengar has defended its players.",
                                  [("Kavotek", "ORG"), ("Zarko Wengar", "PERSON")]),
                            ("The club was relegated. Zarko Wengar bought its shares.", [("Zarko Wengar", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Kavotek", 0), ("Zarko Wengar", 0), ("Zarko Wengar", 0)]


def test_its_after_one_coined_word_is_its_even_with_a_body_before(nlp):
    found = mentions_tagged(nlp, ("The Audit Office said Zentrova had improved its capacity.",
                                  [("Audit Office", "ORG"), ("Zentrova", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Audit Office", 0), ("Zentrova", 2)]


def test_a_persons_name_after_a_broadcasters_possessive_is_no_title(nlp):
    """A correspondent or an editor of the broadcaster, printed after its possessive, stays a person."""
    found = mentions_tagged(nlp, ("Speaking to BBC World's Lyse Dorcet, the minister said so.",
                                  [("BBC World's", "ORG"), ("Lyse Dorcet", "PERSON")]),
                            ("BBC Scotland's Political Editor Tom Hale said so.",
                             [("BBC Scotland's", "ORG"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("BBC World", "organization"), ("Lyse Dorcet", "person"),
                                                  ("BBC Scotland", "organization"), ("Tom Hale", "person")]


def test_a_title_cut_short_by_a_small_word_or_a_clitic_is_no_title(nlp):
    """"World at One", "Woman's Hour", "I'm a Star": the run stops inside the title; better no title than "World"."""
    found = mentions_tagged(nlp, ("He told BBC Radio 4's Zenith at One that he would stay.",
                                  [("BBC Radio 4's", "ORG"), ("Zenith", "GPE"), ("One", "CARDINAL")]),
                            ("She told BBC Radio 4's Woman's Hour that she would stay.",
                             [("BBC Radio 4's", "ORG"), ("Woman", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("BBC Radio 4", "organization"), ("Zenith", "place"),
                                                  ("BBC Radio 4", "organization"), ("Woman", "person")]


def test_its_own_after_a_coined_name_of_two_words_is_the_names(nlp):
    """The model tags "Zycova Warsz" a person; no given name begins it, and "its own" is its own."""
    assert not gazetteer.given_name("Zycova")
    found = mentions_tagged(nlp, ("Zycova Warsz said its own publisher would bid.", [("Zycova Warsz", "PERSON")]))
    assert [(m.text, m.institution) for m in found] == [("Zycova Warsz", 2)]


def test_a_one_word_title_the_model_tagged_a_person_stays_a_programme(nlp):
    found = mentions_tagged(nlp, ("He told BBC Five Live's Zportsweek that he was fit.",
                                  [("BBC Five Live's", "ORG"), ("Zportsweek", "PERSON")]))
    assert [(m.text, m.work) for m in found] == [("BBC Five Live", 0), ("Zportsweek", 2)]
    assert resolved(found) == [("BBC Five Live", "organization", ["BBC Five Live"])]
