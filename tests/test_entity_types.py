"""Things that are not people or places, web services, and clubs named after places (issue 11), on invented sentences.

"""

from __future__ import annotations

from factarchive.extract import cues, entities

from .extraction_helpers import mention, mentions_of, resolved


def test_an_award_named_alone_is_not_a_person(nlp):
    found = mentions_of(nlp, "Martin Scorsese has never won an Oscar, while Cate Blanchett is tipped for the Golden Globes.")
    assert resolved(found) == [("Martin Scorsese", "person", ["Martin Scorsese"]), ("Cate Blanchett", "person", ["Cate Blanchett"])]


def test_an_award_joined_to_winning_is_not_a_person(nlp):
    found = mentions_of(nlp, "The Grammy-winning singer Maria Lopez toured Spain.")
    assert resolved(found) == [("Maria Lopez", "person", ["Maria Lopez"]), ("Spain", "place", ["Spain"])]


def test_works_and_products_named_by_what_they_are_are_left_out(nlp):
    found = mentions_of(nlp, "The Nintendo Switch console and the Star Wars film were popular in Boston.")
    assert resolved(found) == [("Boston", "place", ["Boston"])]


def test_an_author_named_before_a_work_stays_a_person():
    ms = [mention("Carlos Fuentes", "person", 1, "PERSON", thing=2), mention("Chaplin", "person", 2, "PERSON", thing=2),
          mention("Star Wars", "person", 3, "PERSON", thing=2)]
    assert [(e.name, e.cls) for e in entities.resolve_entities(ms)] == [("Carlos Fuentes", "person"), ("Chaplin", "person")]


def test_a_work_the_model_tags_a_work_is_not_made_a_person_by_a_given_name():
    ms = [mention("Harry Potter", "thing", 1, "WORK_OF_ART"), mention("Harry Potter", "thing", 2, "WORK_OF_ART"),
          mention("Harry Potter", "person", 3, "PERSON")]
    assert entities.resolve_entities(ms) == []


def test_a_web_service_is_an_organisation(nlp):
    doc = nlp("Follow us on Facebook and Twitter for more news from Kenya. Reach the reporter on Twitter or by phone.")
    assert [(t.text, cues.web_service(doc[t.i : t.i + 1])) for t in doc if t.pos_ == "PROPN"] == \
        [("Facebook", 2), ("Twitter", 2), ("Kenya", 0), ("Twitter", 2)]
    ms = [mention("Twitter", "person", 1, "PERSON", service=2), mention("Twitter", "person", 2, "PERSON", service=2)]
    assert [(e.name, e.cls) for e in entities.resolve_entities(ms)] == [("Twitter", "organization")]


def test_a_service_is_taken_to_alone_and_a_person_is_written_or_taken_a_matter_to(nlp):
    doc = nlp("Ann Lee took to Twitter on Monday. Tom Hale wrote to Tony Blair. She will take the matter to Gordon Brown.")
    assert [(t.text, cues.web_service(doc[t.i : t.i + 1])) for t in doc if t.text in ("Twitter", "Blair", "Brown")] == \
        [("Twitter", 2), ("Blair", 0), ("Brown", 0)]


def test_a_city_that_names_a_club_in_a_sports_sentence_is_an_organisation(nlp):
    found = mentions_of(nlp, "A try from the Glasgow flanker Jim Hamilton sealed it.")
    assert resolved(found) == [("Glasgow", "organization", ["Glasgow"]), ("Jim Hamilton", "person", ["Jim Hamilton"])]


def test_two_places_on_either_side_of_a_result_are_clubs_but_countries_stay_countries():
    beat = [mention("Leicester", "place", 1, "GPE", club=3), mention("Hull", "place", 2, "GPE", club=3),
            mention("England", "place", 3, "GPE", club=3)]
    assert [(e.name, e.cls) for e in entities.resolve_entities(beat)] == \
        [("Leicester", "organization"), ("Hull", "organization"), ("England", "place")]


def test_a_person_beaten_in_a_result_stays_a_person(nlp):
    found = mentions_of(nlp, "Roger Federer beat Rafael Nadal in Paris.")
    assert resolved(found) == [("Roger Federer", "person", ["Roger Federer"]), ("Rafael Nadal", "person", ["Rafael Nadal"]),
                               ("Paris", "place", ["Paris"])]


def test_events_and_prizes_are_neither_actors_nor_places(nlp):
    assert [m.text for m in mentions_of(nlp, "She won the Academy Award for best actress in 1990.")] == []
