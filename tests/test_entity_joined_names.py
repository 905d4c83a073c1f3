"""Names the model cuts inside: a given name joined by a hyphen ("Eva-Marie"), a body's or a work's name going on with
"of" ("House of Fraser"), and a team's name before its player ("Denver Comets Lars Ekholm"), on invented sentences."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_a_given_name_joined_by_a_hyphen_is_the_names_first_half(nlp):
    found = mentions_tagged(nlp, ("Chief prosecutor Anne-Marie Lindqvist closed the case.", [("Marie Lindqvist", "PERSON")]))
    assert resolved(found) == [("Anne-Marie Lindqvist", "person", ["Anne-Marie Lindqvist"])]


def test_a_first_half_the_census_does_not_list_is_the_names_too(nlp):
    found = mentions_tagged(nlp, ("Coach Sven-Olof Brannvik named his squad.", [("Olof Brannvik", "PERSON")]))
    assert resolved(found) == [("Sven-Olof Brannvik", "person", ["Sven-Olof Brannvik"])]


def test_a_hyphenated_given_name_takes_no_words_before_it(nlp):
    found = mentions_tagged(nlp, ("Director of Public Prosecution Jean-Pierre Malmo took the decision.",
                                  [("Pierre Malmo", "PERSON")]))
    assert resolved(found) == [("Jean-Pierre Malmo", "person", ["Jean-Pierre Malmo"])]


def test_two_surnames_joined_by_a_hyphen_stay_apart(nlp):
    found = mentions_tagged(nlp, ("The Carter-Brown feud deepened.", [("Brown", "PERSON")]))
    assert [m.text for m in found] == ["Brown"]


def test_a_bodys_name_goes_on_with_of_and_the_capitals_after_it(nlp):
    found = mentions_tagged(nlp, ("Shops such as Hall of Lindley and Big Pantry reported weak sales.",
                                  [("Hall", "ORG"), ("Big Pantry", "ORG")]))
    assert resolved(found) == [("Hall of Lindley", "organization", ["Hall of Lindley"]),
                               ("Big Pantry", "organization", ["Big Pantry"])]


def test_a_works_name_goes_on_with_of_and_every_capitalised_word(nlp):
    found = mentions_tagged(nlp, ("She starred in Palace of Burning Lanterns last year.", [("Palace", "ORG")]))
    assert [m.text for m in found] == ["Palace of Burning Lanterns"]


def test_a_name_the_model_tagged_after_of_is_left_as_cut(nlp):
    found = mentions_tagged(nlp, ("Officials of Norland Bank of Kestria met.", [("Norland Bank", "ORG"), ("Kestria", "GPE")]))
    assert [m.text for m in found] == ["Norland Bank", "Kestria"]


def test_a_teams_word_after_its_place_is_not_the_players_given_name(nlp):
    found = mentions_tagged(nlp, ("Denver Comets Lars Ekholm (12) celebrates his goal.",
                                  [("Denver", "GPE"), ("Lars Ekholm", "PERSON")]))
    assert [m.text for m in found if m.label == "person"] == ["Lars Ekholm"]


def test_a_first_half_the_model_tagged_alone_as_a_people_is_the_names_too(nlp):
    found = mentions_tagged(nlp, ("The singers Lena Berg and Anni-Frid Sollen met.",
                                  [("Lena Berg", "PERSON"), ("Anni", "NORP"), ("Frid Sollen", "PERSON")]))
    assert resolved(found) == [("Lena Berg", "person", ["Lena Berg"]), ("Anni-Frid Sollen", "person", ["Anni-Frid Sollen"])]


def test_a_compass_word_before_a_hyphen_is_not_a_given_name(nlp):
    found = mentions_tagged(nlp, ("The South-East Asia Appeal raised money.", [("East Asia Appeal", "PERSON")]))
    assert [m.text for m in found] == ["East Asia Appeal"]


def test_a_given_name_tagged_a_body_before_a_persons_name_is_the_persons(nlp):
    """"Sacha" tagged a body, "Baron" untagged, "Hale" a person: one person's name; a title between ("Mercedes Chairman
    Tom Hale") or a known place ("in Jordan Tom Hale") keeps two names."""
    found = mentions_tagged(nlp, ("The show starred Sacha Baron Hale last year.", [("Sacha", "ORG"), ("Hale", "PERSON")]),
                            ("Mercedes Chairman Tom Hale spoke.", [("Mercedes", "ORG"), ("Tom Hale", "PERSON")]),
                            ("Fans in Jordan Tom Hale said.", [("Jordan", "GPE"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Sacha Baron Hale", "person"), ("Mercedes", "organization"), ("Tom Hale", "person"),
                                                 ("Jordan", "place"), ("Tom Hale", "person")]


def test_a_germanic_particle_inside_a_persons_name_joins_it(nlp):
    """"Anna van Berg" tagged "Anna" and "Berg": one person over the particle; "a Toyota van Tom Hale had bought" is a
    body's van (a particle that is no Romance word joins only a person's name)."""
    found = mentions_tagged(nlp, ("The painting by Anna van Berg sold well.", [("Anna", "PERSON"), ("Berg", "PERSON")]),
                            ("He drove a Toyota van Tom Hale had bought.", [("Toyota", "ORG"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Anna van Berg", "person"), ("Toyota", "organization"), ("Tom Hale", "person")]
