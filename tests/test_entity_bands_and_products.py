"""Bands named like people and products named like bodies (issue 11, BBC's People and Organisations indexes): a band's
member after its name, a relative clause in the plural, a noun for a work or product right after the name, and a
version of a product. Invented sentences; the model's tags given by hand where the rule answers a model's mistake."""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mentions_tagged, resolved


def test_a_name_before_a_noun_for_a_bands_member_is_the_band(nlp):
    assert gazetteer.given_name("Harvey") and gazetteer.surname("Lynch")
    tagged = mentions_tagged(nlp, ("Harvey Lynch frontman Tom Hale called for more help for musicians.",
                                   [("Harvey Lynch", "PERSON"), ("Tom Hale", "PERSON")]),
                             ("Harvey Lynch played in Leeds.", [("Harvey Lynch", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.band) for m in tagged] == [("Harvey Lynch", 2), ("Tom Hale", 0), ("Harvey Lynch", 0), ("Leeds", 0)]
    assert resolved(tagged) == [("Harvey Lynch", "organization", ["Harvey Lynch"]), ("Tom Hale", "person", ["Tom Hale"]),
                                ("Leeds", "place", ["Leeds"])]


def test_a_name_followed_by_who_and_a_verb_in_the_plural_is_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Harvey Lynch, who were shortlisted in five categories, won two prizes.", [("Harvey Lynch", "PERSON")]),
                             ("Harvey Lynch, who also are on tour, sold out.", [("Harvey Lynch", "PERSON")]))
    assert [(m.text, m.band) for m in tagged] == [("Harvey Lynch", 2), ("Harvey Lynch", 2)]
    assert resolved(tagged) == [("Harvey Lynch", "organization", ["Harvey Lynch"])]


def test_a_person_followed_by_who_and_a_verb_in_the_singular_or_two_people_stay_people(nlp):
    tagged = mentions_tagged(nlp, ("Harvey Lynch, who was shortlisted, won.", [("Harvey Lynch", "PERSON")]),
                             ("Anna Berg and Tom Hale, who are friends, won.", [("Anna Berg", "PERSON"), ("Tom Hale", "PERSON")]),
                             ("The coach saluted Graham Rowntree and Julian White, who were magnificent up front.",
                              [("Graham Rowntree", "PERSON"), ("Julian White", "PERSON")]))
    assert [(m.text, m.band) for m in tagged] == [("Harvey Lynch", 0), ("Anna Berg", 0), ("Tom Hale", 0), ("Graham Rowntree", 0),
                                                  ("Julian White", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Harvey Lynch", "person"), ("Anna Berg", "person"), ("Tom Hale", "person"),
                                                                  ("Graham Rowntree", "person"), ("Julian White", "person")]


def test_a_title_before_the_name_keeps_a_person_whatever_the_sentences_say_of_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Mr Harvey Lynch, who were shortlisted, won.", [("Harvey Lynch", "PERSON")]))
    assert resolved(tagged) == [("Harvey Lynch", "person", ["Harvey Lynch"])]


def test_a_name_before_a_noun_for_a_product_that_modifies_the_same_head_is_the_product(nlp):
    tagged = mentions_tagged(nlp, ("Halo won the best Zentrix game category, said Kavotek.", [("Zentrix", "ORG"), ("Kavotek", "ORG")]))
    assert [(m.text, m.thing) for m in tagged] == [("Zentrix", 2), ("Kavotek", 0)]
    assert resolved(tagged) == [("Kavotek", "organization", ["Kavotek"])]


def test_a_speakers_job_read_as_a_bodys_noun_leaves_a_person(nlp):
    tagged = mentions_tagged(nlp, ("Harvey Lynch, a farmer and store operator in Leeds, says prices fell.", [("Harvey Lynch", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.institution, m.speaker) for m in tagged] == [("Harvey Lynch", 2, True), ("Leeds", 0, False)]
    assert resolved(tagged)[0] == ("Harvey Lynch", "person", ["Harvey Lynch"])


def test_a_name_before_a_noun_for_a_works_maker_and_a_persons_name_is_the_work(nlp):
    tagged = mentions_tagged(nlp, ("Harvey Lynch author Ann Berg will receive a special award.", [("Harvey Lynch", "PERSON"), ("Ann Berg", "PERSON")]),
                             ("The third Harvey Lynch film opens on Friday.", [("Harvey Lynch", "PERSON")]))
    assert [(m.text, m.work, m.thing) for m in tagged] == [("Harvey Lynch", 2, 0), ("Ann Berg", 0, 0), ("Harvey Lynch", 0, 2)]
    assert resolved(tagged) == [("Ann Berg", "person", ["Ann Berg"])]


def test_a_director_or_a_star_after_a_name_leaves_a_body_or_a_club(nlp):
    tagged = mentions_tagged(nlp, ("Kavotek director Ann Berg and Carlow star Tom Hale spoke.",
                                   [("Kavotek", "ORG"), ("Ann Berg", "PERSON"), ("Carlow", "ORG"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Kavotek", 0), ("Ann Berg", 0), ("Carlow", 0), ("Tom Hale", 0)]


def test_a_name_before_operating_system_is_the_software(nlp):
    tagged = mentions_tagged(nlp, ("Flaws in the Zentrix operating system were exploited, said Kavotek.", [("Zentrix", "ORG"), ("Kavotek", "ORG")]))
    assert [(m.text, m.thing) for m in tagged] == [("Zentrix", 2), ("Kavotek", 0)]
    assert resolved(tagged) == [("Kavotek", "organization", ["Kavotek"])]


def test_a_verb_read_as_plural_after_a_persons_name_leaves_a_person(nlp):
    tagged = mentions_tagged(nlp, ("The Tories are demanding that Harvey Lynch spell out which taxes he would raise.", [("Tories", "ORG"), ("Harvey Lynch", "PERSON")]))
    assert [(m.text, m.institution, m.dep) for m in tagged][1:] == [("Harvey Lynch", 2, "nsubj")]
    assert resolved(tagged)[1] == ("Harvey Lynch", "person", ["Harvey Lynch"])


def test_a_place_before_a_noun_for_a_work_or_its_maker_stays_a_place(nlp):
    tagged = mentions_tagged(nlp, ("It will be welcomed by Hollywood film studios.", [("Hollywood", "GPE")]),
                             ("Angels and Demons, by US author Ann Berg, goes on sale.", [("US", "GPE"), ("Ann Berg", "PERSON")]))
    assert [(m.text, m.thing, m.work) for m in tagged] == [("Hollywood", 0, 0), ("US", 0, 0), ("Ann Berg", 0, 0)]


def test_a_heros_name_cut_from_a_works_title_is_the_work(nlp):
    """"Tom Hale and the Lantern of Mirrow won": the model tags the hero a person and drops the rest of the title; "and the",
    then capitalised words with "of" that the model tagged nothing, finish it. A body or an office after "and the" does
    not ("Tom Hale and the Governor of Texas")."""
    work = mentions_tagged(nlp, ("Tom Hale and the Lantern of Mirrow won the prize for best film.", [("Tom Hale", "PERSON")]))
    assert [(m.text, m.work) for m in work] == [("Tom Hale", 2)]
    assert resolved(work) == []
    office = mentions_tagged(nlp, ("Tom Hale and the Governor of Texas met on Monday.", [("Tom Hale", "PERSON"), ("Texas", "GPE")]))
    assert [(name, cls) for name, cls, _ in resolved(office)] == [("Tom Hale", "person"), ("Texas", "place")]
