"""Names that are no actor of the story (issue 11, BBC): a work named by its kind, a time zone, a people's name; each on
an invented sentence, with the model's tags given by hand where the rule answers a model's mistake."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_a_name_after_a_noun_for_a_work_is_the_work(nlp):
    tagged = mentions_tagged(
        nlp,
        ("The festival opens with crime drama Dora Vance and the film Kestrel Hill.", [("Dora Vance", "PERSON"), ("Kestrel Hill", "ORG")]),
        ("Ann Petrie, the creator of the animated series Moss Lane, spoke.", [("Ann Petrie", "PERSON"), ("Moss Lane", "PERSON")]),
    )
    assert [(m.text, m.work) for m in tagged] == [("Dora Vance", 2), ("Kestrel Hill", 2), ("Ann Petrie", 0), ("Moss Lane", 2)]
    assert resolved(tagged) == [("Ann Petrie", "person", ["Ann Petrie"])]


def test_a_winner_before_a_name_is_still_a_person(nlp):
    tagged = mentions_tagged(nlp, ("Oscar winner Dora Vance arrived.", [("Dora Vance", "PERSON")]))
    assert [(m.text, m.thing, m.work) for m in tagged] == [("Dora Vance", 0, 0)]
    assert resolved(tagged) == [("Dora Vance", "person", ["Dora Vance"])]


def test_a_time_zone_after_a_clock_time_is_no_organisation(nlp):
    tagged = mentions_tagged(nlp, ("The pound was at 1.85 dollars at 0950 GMT, said Tarvik Bank.", [("GMT", "ORG"), ("Tarvik Bank", "ORG")]))
    assert resolved(tagged) == [("Tarvik Bank", "organization", ["Tarvik Bank"])]


def test_a_peoples_name_is_no_organisation(nlp):
    tagged = mentions_tagged(nlp, ("A Briton won the race and the Spaniards came second.", [("Briton", "ORG"), ("Spaniards", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Spaniards", "group")]


def test_the_plural_of_an_offices_initials_is_no_organisation(nlp):
    tagged = mentions_tagged(nlp, ("Mr Hale told MPs the plan would work, and the Chiefs won.", [("Hale", "PERSON"), ("MPs", "ORG"),
                                                                                              ("Chiefs", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Hale", "person"), ("Chiefs", "organization")]


def test_a_letter_printed_onto_a_number_is_no_name(nlp):
    tagged = mentions_tagged(nlp, ("Sales of 3G handsets rose at Tarvik.", [("G", "ORG"), ("Tarvik", "ORG")]))
    assert [m.text for m in tagged] == ["Tarvik"]


def test_a_kind_of_music_is_no_organisation(nlp):
    tagged = mentions_tagged(nlp, ("R&B star Dora Vance will sing.", [("R&B", "ORG"), ("Dora Vance", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Dora Vance", "person")]


def test_a_name_in_a_products_shape_is_a_product(nlp):
    tagged = mentions_tagged(nlp, ("Sales of the iZolo rose, and Tarvik said iZolo owners liked it.",
                                   [("iZolo", "ORG"), ("Tarvik", "ORG"), ("iZolo", "PERSON")]))
    assert resolved(tagged) == [("Tarvik", "organization", ["Tarvik"])]


def test_the_field_of_an_office_before_its_title_is_no_organisation(nlp):
    tagged = mentions_tagged(nlp, ("Home Secretary Dora Vance met the Tarvik Department.", [("Home", "ORG"), ("Dora Vance", "PERSON"),
                                                                                       ("Tarvik Department", "ORG")]))
    assert [(m.text, m.label, m.role) for m in tagged] == [("Dora Vance", "person", "Home Secretary"),
                                                         ("Tarvik Department", "organization", None)]


def test_the_budget_alone_is_an_event(nlp):
    tagged = mentions_tagged(nlp, ("Mr Hale denied a Budget giveaway, said the Office of Management and Budget.",
                                   [("Hale", "PERSON"), ("Budget", "ORG"), ("Office of Management and Budget", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Hale", "person"), ("Office of Management and Budget", "organization")]


def test_a_club_abbreviated_utd_is_an_organisation(nlp):
    tagged = mentions_tagged(nlp, ("Cup holders Man Utd visit Everton.", [("Man Utd", "PERSON"), ("Everton", "ORG")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [("Man Utd", "organization"), ("Everton", "organization")]


def test_a_product_described_in_some_sentences_is_no_body_though_the_model_tags_it_one(nlp):
    # five mentions the model tags a body, two of them the name of a console: the product, while its maker, named
    # before the same noun once, stays a body: it speaks
    tagged = mentions_tagged(
        nlp,
        ("The next Zelbox console goes on sale in May, Kavotek said.", [("Zelbox", "ORG"), ("Kavotek", "ORG")]),
        ("Buyers queued for the new Zelbox console.", [("Zelbox", "ORG")]),
        ("Zelbox's successor is secret.", [("Zelbox", "ORG")]),
        ("Fans waited for Zelbox.", [("Zelbox", "ORG")]),
        ("Shops sold Zelbox and the Kavotek console.", [("Zelbox", "ORG"), ("Kavotek", "ORG")]),
    )
    assert [(m.text, m.thing) for m in tagged] == [("Zelbox", 2), ("Kavotek", 0), ("Zelbox", 2), ("Zelbox", 0), ("Zelbox", 0),
                                                   ("Zelbox", 0), ("Kavotek", 2)]
    assert resolved(tagged) == [("Kavotek", "organization", ["Kavotek"])]


def test_a_side_in_a_line_of_results_is_no_product_of_the_game_in_brackets(nlp):
    tagged = mentions_tagged(nlp, ("MERTON 3 Dalby 2 (1st game)", [("MERTON", "ORG"), ("Dalby", "ORG")]))
    assert [(m.text, m.thing) for m in tagged] == [("MERTON", 0), ("Dalby", 0)]


def test_what_a_machine_runs_is_software_not_a_body(nlp):
    tagged = mentions_tagged(
        nlp,
        ("Most PCs running Quillux were hit, and machines that run Quillux are at risk.", [("Quillux", "ORG"), ("Quillux", "ORG")]),
        ("Dora Vance is running Kavotek now.", [("Dora Vance", "PERSON"), ("Kavotek", "ORG")]),
    )
    assert [(m.text, m.thing) for m in tagged] == [("Quillux", 2), ("Quillux", 2), ("Dora Vance", 0), ("Kavotek", 0)]
    assert resolved(tagged) == [("Dora Vance", "person", ["Dora Vance"]), ("Kavotek", "organization", ["Kavotek"])]


def test_a_club_named_after_its_city_stays_a_club_before_the_word_game(nlp):
    tagged = mentions_tagged(
        nlp,
        ("He hopes to play against Barcelona next week.", [("Barcelona", "ORG")]),
        ("There are no plans for the Barcelona game.", [("Barcelona", "ORG")]),
    )
    assert [(m.text, m.thing) for m in tagged] == [("Barcelona", 0), ("Barcelona", 2)]
    assert resolved(tagged) == [("Barcelona", "organization", ["Barcelona"])]
