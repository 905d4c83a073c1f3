"""A product shown by a version of it or something built on it, and a work shown as one of a series, whatever the model
tagged it and however the name is shaped (a work is often named after its hero). Invented sentences; the model's tags
given by hand."""

from __future__ import annotations

from factarchive.extract import gazetteer

from .extraction_helpers import mentions_tagged, resolved


def test_a_version_or_a_copy_of_a_name_is_a_product(nlp):
    tagged = mentions_tagged(nlp, ("Kavotek will ship the next version of Zentrix in May.", [("Kavotek", "ORG"), ("Zentrix", "ORG")]),
                             ("Fake copies of Zentrix were sold in Leeds.", [("Zentrix", "ORG"), ("Leeds", "GPE")]),
                             ("The Scottish edition of Leeds was sold out.", [("Leeds", "GPE")]))
    assert [(m.text, m.product) for m in tagged] == [("Kavotek", 0), ("Zentrix", 1), ("Zentrix", 1), ("Leeds", 0), ("Leeds", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Kavotek", "organization"), ("Leeds", "place")]


def test_a_name_before_hyphen_based_is_a_product_unless_a_place(nlp):
    tagged = mentions_tagged(nlp, ("Sales of Zentrix-based phones rose.", [("Zentrix", "ORG")]),
                             ("Ann Berg joined a Leeds-based firm.", [("Ann Berg", "PERSON"), ("Leeds", "GPE")]),
                             ("The Markfield, Kavoshire-based firm runs quarries.", [("Kavoshire", "ORG")]))
    assert [(m.text, m.product) for m in tagged] == [("Zentrix", 1), ("Ann Berg", 0), ("Leeds", 0), ("Markfield", 0), ("Kavoshire", 0)]
    assert ("Kavoshire", "organization") in [(name, cls) for name, cls, _ in resolved(tagged)]


def test_an_ordinal_before_a_personal_name_makes_it_a_work_of_a_series(nlp):
    assert gazetteer.given_name("Harvey") and gazetteer.surname("Lynch")
    tagged = mentions_tagged(nlp, ("Fans queued for the sixth Harvey Lynch, said Ann Berg.", [("Harvey Lynch", "PERSON"), ("Ann Berg", "PERSON")]),
                             ("Harvey Lynch sold a million copies.", [("Harvey Lynch", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Harvey Lynch", 2), ("Ann Berg", 0), ("Harvey Lynch", 0)]
    assert resolved(tagged) == [("Ann Berg", "person", ["Ann Berg"])]


def test_ordinals_and_numbers_before_the_name_are_read_back_to_the_determiner(nlp):
    tagged = mentions_tagged(nlp, ("The sixth and final Zentrix Quest movie opens, said Ann Berg.", [("Zentrix Quest", "PERSON"), ("Ann Berg", "PERSON")]),
                             ("The five previous Zentrix Quest films were rated PG.", [("Zentrix Quest", "PERSON")]),
                             ("The first, Jane Moss, won.", [("Jane Moss", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Zentrix Quest", 2), ("Ann Berg", 0), ("Zentrix Quest", 2), ("Jane Moss", 0)]


def test_the_latest_name_and_a_noun_for_a_work_or_the_series_plural_is_the_work(nlp):
    tagged = mentions_tagged(nlp, ("Her latest Zentrix novel opens in Leeds.", [("Zentrix", "ORG"), ("Leeds", "GPE")]),
                             ("She wrote the Ann Berg films and the Tom Hale games.", [("Ann Berg", "PERSON"), ("Tom Hale", "PERSON")]),
                             ("He joined his Jane Moss film co-star Carl Hunt on stage.", [("Jane Moss", "PERSON"), ("Carl Hunt", "PERSON")]))
    # a hero's name before the series' plural is one vote: an author's name has that shape too (see below)
    assert [(m.text, m.work) for m in tagged] == [("Zentrix", 2), ("Leeds", 0), ("Ann Berg", 1), ("Tom Hale", 1),
                                                  ("Jane Moss", 2), ("Carl Hunt", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Leeds", "place"), ("Carl Hunt", "person")]


def test_a_star_a_title_or_a_makes_first_car_after_an_ordinal_stays_what_it_was(nlp):
    tagged = mentions_tagged(nlp, ("It is the ninth Tom Hale film to make $100m.", [("Tom Hale", "PERSON")]),
                             ("He follows the teachings of the last Prophet Zoltan.", [("Prophet Zoltan", "PERSON")]),
                             ("The car will be the first Kavotek with a diesel engine.", [("Kavotek", "ORG")]))
    assert [(m.text, m.work) for m in tagged] == [("Tom Hale", 0), ("Prophet Zoltan", 0), ("Kavotek", 0)]


def test_an_ordinal_before_a_person_or_a_club_with_another_noun_gives_nothing(nlp):
    tagged = mentions_tagged(nlp, ("Ann Berg sang her first Harvey Lynch at the opera house.", [("Ann Berg", "PERSON"), ("Harvey Lynch", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Ann Berg", 0), ("Harvey Lynch", 0)]  # a singer's first role
    tagged = mentions_tagged(nlp, ("Kavotek sold the Zentrix movies to Ann Berg.", [("Kavotek", "ORG"), ("Zentrix", "ORG"), ("Ann Berg", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Kavotek", 0), ("Zentrix", 0), ("Ann Berg", 0)]  # a studio's films
    tagged = mentions_tagged(nlp, ("The last Leeds film festival was the third Harvey Lynch administration's idea.",
                                   [("Leeds", "GPE"), ("Harvey Lynch", "PERSON")]),
                             ("Ann Berg missed the last Kavotek game and the first Tom Hale speech.", [("Ann Berg", "PERSON"), ("Kavotek", "ORG"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Leeds", 0), ("Harvey Lynch", 0), ("Ann Berg", 0), ("Kavotek", 0), ("Tom Hale", 0)]


def test_a_noun_for_a_work_before_a_name_and_a_sequels_number_is_the_work(nlp):
    tagged = mentions_tagged(nlp, ("Kavotek video game Zentrix 2 has been released in Leeds.", [("Kavotek", "ORG"), ("Zentrix", "ORG"), ("Leeds", "GPE")]),
                             ("Fans track every aspect of the sequel, Harvey Lynch 2.", [("Harvey Lynch", "PERSON")]),
                             ("After the game, Carlow 2 Hull 1 was the score.", [("Carlow", "ORG"), ("Hull", "ORG")]))
    # "video game Zentrix": described_as_work gives two votes too, where the parser hangs the noun on the name
    assert [(m.text, m.work) for m in tagged if m.text != "Carlow"] == [("Kavotek", 0), ("Zentrix", 4), ("Leeds", 0), ("Harvey Lynch", 2), ("Hull", 0)]
    names = [name for name, _, _ in resolved(tagged)]
    assert "Zentrix" not in names and "Harvey Lynch" not in names and "Leeds" in names


def test_the_first_person_to_know_and_the_release_of_a_prisoner_stay_people(nlp):
    # "the first X knew/heard" and "the latest X can" are a person's first knowledge, not a work of a series; "the
    # release of X" is said of prisoners, no version of a product
    tagged = mentions_tagged(nlp, ("It was the first Tom Hale knew of the plan.", [("Tom Hale", "PERSON")]),
                             ("The last Ann Berg heard, the talks had failed.", [("Ann Berg", "PERSON")]),
                             ("The latest Carl Hunt can sign is March.", [("Carl Hunt", "PERSON")]),
                             ("Protesters want the release of Jane Moss from jail.", [("Jane Moss", "PERSON")]))
    assert [(m.text, m.work, m.product) for m in tagged] == [("Tom Hale", 0, 0), ("Ann Berg", 0, 0), ("Carl Hunt", 0, 0),
                                                             ("Jane Moss", 0, 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [
        ("Tom Hale", "person"), ("Ann Berg", "person"), ("Carl Hunt", "person"), ("Jane Moss", "person")]


def test_an_authors_name_before_the_series_plural_stays_a_person_the_article_says_is_one(nlp):
    # "the Tom Hale novels" has a hero's shape, one vote for a work; the author speaks elsewhere in the article
    tagged = mentions_tagged(nlp, ("She has read all the Tom Hale novels.", [("Tom Hale", "PERSON")]),
                             ("Tom Hale said he was glad.", [("Tom Hale", "PERSON")]))
    assert [(m.text, m.work, m.speaker) for m in tagged] == [("Tom Hale", 1, False), ("Tom Hale", 0, True)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Tom Hale", "person")]


def test_a_noun_for_a_work_right_before_a_name_the_parser_misreads_is_the_work(nlp):
    # the parser reads "Zentrix" as an adverb and "Harvey Lynch" as a second subject; the words alone say they are works
    tagged = mentions_tagged(nlp, ("Ann Berg won praise for her role in romantic drama Zentrix that opened in May.",
                                   [("Ann Berg", "PERSON"), ("Zentrix", "PERSON")]),
                             ("Tom Hale's abortion drama Harvey Lynch has scooped seven nominations.",
                              [("Tom Hale", "PERSON"), ("Harvey Lynch", "ORG")]))
    assert [(m.text, m.work) for m in tagged] == [("Ann Berg", 0), ("Zentrix", 2), ("Tom Hale", 0), ("Harvey Lynch", 2)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Ann Berg", "person"), ("Tom Hale", "person")]


def test_a_manager_after_the_game_and_a_name_a_verb_follows_stay_people(nlp):
    tagged = mentions_tagged(nlp, ("After the game Tom Hale praised his players.", [("Tom Hale", "PERSON")]),
                             ("After a tough game Ann Berg admitted her side were tired.", [("Ann Berg", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Tom Hale", 0), ("Ann Berg", 0)]


def test_an_actors_part_in_a_name_makes_it_a_work(nlp):
    tagged = mentions_tagged(nlp, ("Ann Berg was praised for her performance in Zentrix.", [("Ann Berg", "PERSON"), ("Zentrix", "PERSON")]),
                             ("Tom Hale is starring in Harvey Lynch this winter.", [("Tom Hale", "PERSON"), ("Harvey Lynch", "PERSON")]),
                             ("Carl Hunt denied any role in Jane Moss's campaign or in Leeds.",
                              [("Carl Hunt", "PERSON"), ("Jane Moss", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.work) for m in tagged] == [("Ann Berg", 0), ("Zentrix", 2), ("Tom Hale", 0), ("Harvey Lynch", 2),
                                                  ("Carl Hunt", 0), ("Jane Moss", 0), ("Leeds", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [
        ("Ann Berg", "person"), ("Tom Hale", "person"), ("Carl Hunt", "person"), ("Jane Moss", "person"), ("Leeds", "place")]


def test_a_sequels_number_after_a_name_tagged_a_person_makes_it_a_work(nlp):
    """The model reads a title before its number as a person's name: "Zentrix 2" is a work or a product (the sequel rule
    gives the vote that "Xbox 2" gets from the version rule), in every sentence of the article."""
    tagged = mentions_tagged(nlp, ("Young fans voted Zentrix 2 best film in Leeds.", [("Zentrix", "PERSON"), ("Leeds", "GPE")]),
                             ("Zentrix is the top seller.", [("Zentrix", "PERSON")]))
    assert [(m.text, m.product) for m in tagged] == [("Zentrix", 1), ("Leeds", 0), ("Zentrix", 0)]
    assert resolved(tagged) == [("Leeds", "place", ["Leeds"])]


def test_a_number_after_a_person_in_a_score_a_list_or_before_a_noun_is_no_sequel(nlp):
    tagged = mentions_tagged(nlp, ("Hale 2, Moss 1 was the score in Leeds.", [("Hale", "PERSON"), ("Moss", "PERSON"), ("Leeds", "GPE")]),
                             ("Garvey won 6-3 and Kessler 2 goals.", [("Garvey", "PERSON"), ("Kessler", "PERSON")]),
                             ("Tom Hale 2 was the headline.", [("Tom Hale", "PERSON")]))
    assert [(m.text, m.product) for m in tagged] == [("Hale", 0), ("Moss", 0), ("Leeds", 0), ("Garvey", 0), ("Kessler", 0),
                                                     ("Tom Hale", 0)]


def test_a_work_noun_or_a_part_in_a_name_only_the_model_calls_a_country_makes_it_a_work(nlp):
    """The model reads an unfamiliar title as a country's or a city's name: "cult comedy Zentrix", "her role in Harvey
    Lynch" name works; a place the gazetteer knows ("his role in Leeds") or a region the model tagged stays a place."""
    tagged = mentions_tagged(nlp, ("The cult comedy Zentrix has triumphed at the awards.", [("Zentrix", "GPE")]),
                             ("Ann Berg was praised for her role in Harvey Lynch.", [("Ann Berg", "PERSON"), ("Harvey Lynch", "GPE")]),
                             ("Tom Hale denied any role in Leeds or in Kavoshire.", [("Tom Hale", "PERSON"), ("Leeds", "GPE"), ("Kavoshire", "LOC")]))
    assert [(m.text, m.work) for m in tagged] == [("Zentrix", 2), ("Ann Berg", 0), ("Harvey Lynch", 2), ("Tom Hale", 0), ("Leeds", 0),
                                                  ("Kavoshire", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Ann Berg", "person"), ("Tom Hale", "person"),
                                                                  ("Leeds", "place"), ("Kavoshire", "place")]


def test_a_title_only_the_model_calls_a_city_before_an_actor_is_a_work(nlp):
    """"Zentrix City actor Tom Hale": the model reads a TV drama's title as a city's; a work's cast noun and a person
    after it make it the work. A city the gazetteer knows says where the actor is from ("Leeds actor Ann Berg")."""
    tagged = mentions_tagged(nlp, ("Zentrix City actor Tom Hale has left the house.", [("Zentrix City", "GPE"), ("Tom Hale", "PERSON")]),
                             ("Leeds actor Ann Berg has left the house.", [("Leeds", "GPE"), ("Ann Berg", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Zentrix City", 2), ("Tom Hale", 0), ("Leeds", 0), ("Ann Berg", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Tom Hale", "person"), ("Leeds", "place"), ("Ann Berg", "person")]


def test_a_name_listed_after_a_plural_noun_for_works_and_such_as_is_a_work(nlp):
    """"movies such as Harvey Lynch", "browsers such as Zentrix": the list names works or products, whatever the model
    tagged them; a name before a noun ("the Kavix films", "the Kavotek PSP") or a possessive ("shows such as Carl Hunt's
    quiz") names an owner, a maker or an artist, and people after a noun for people ("contenders such as Tom Hale")
    are no works."""
    tagged = mentions_tagged(nlp, ("Kavotek sells games based on movies such as Harvey Lynch and the Kavix films.",
                                   [("Kavotek", "ORG"), ("Harvey Lynch", "PERSON"), ("Kavix", "ORG")]),
                             ("Users switched to browsers such as Zentrix, Safari and Amaya.", [("Zentrix", "GPE"), ("Safari", "PERSON")]),
                             ("He liked shows such as Carl Hunt's quiz and contenders such as Tom Hale.", [("Carl Hunt", "PERSON"), ("Tom Hale", "PERSON")]))
    assert [(m.text, m.work) for m in tagged] == [("Kavotek", 0), ("Harvey Lynch", 2), ("Kavix", 0), ("Zentrix", 2), ("Safari", 2),
                                                  ("Carl Hunt", 0), ("Tom Hale", 0)]
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Kavotek", "organization"), ("Carl Hunt", "person"), ("Tom Hale", "person")]
