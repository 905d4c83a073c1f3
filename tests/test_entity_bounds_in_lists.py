"""Where a name ends when the model runs it on: over the commas of a list ("Pires, Flamini"), over a dash with spaces
("Florian Hamm - Borussia Dortmund"), and over a title inside it ("Lib Dem MP Lembit Opik"). Seen on BBC articles
(issue 11); invented sentences, the model's tags given where the rule guards a mistake the model makes.
"""

from __future__ import annotations

from .extraction_helpers import mentions_tagged, resolved


def test_names_of_a_list_run_into_one_person_are_each_a_name(nlp):
    tagged = mentions_tagged(nlp, ("Replacements: Dorsey, Pellam, Quist.", [("Dorsey, Pellam", "PERSON"), ("Quist", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Dorsey", "person"), ("Pellam", "person"), ("Quist", "person")]


def test_names_of_a_list_run_into_one_body_are_each_a_name_where_the_list_goes_on(nlp):
    tagged = mentions_tagged(nlp, ("The console gets Hellfort, Ember Run and Tidewater.", [("Hellfort, Ember Run", "ORG"),
                                                                                           ("Tidewater", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Hellfort", "organization"), ("Ember Run", "organization"),
                                                   ("Tidewater", "organization")]


def test_a_firm_named_for_partners_between_commas_stays_whole(nlp):
    """A body's name with commas that is not part of a longer list is one firm: "Wells, Rich, Greene"-like."""
    tagged = mentions_tagged(nlp, ("She joined Harlow, Pike, Dunmore in 1971.", [("Harlow, Pike, Dunmore", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Harlow, Pike, Dunmore", "organization")]


def test_a_name_with_a_function_word_between_commas_stays_whole(nlp):
    tagged = mentions_tagged(nlp, ("Staff of the Department of Roads, Rail and Ports, Pellam said, were moved.",
                                   [("Department of Roads, Rail and Ports", "ORG"), ("Pellam", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Department of Roads, Rail and Ports", "organization"), ("Pellam", "person")]


def test_a_company_form_after_a_comma_is_no_name_of_a_list(nlp):
    tagged = mentions_tagged(nlp, ("Shares of Kelvar, Inc. rose.", [("Kelvar, Inc.", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Kelvar, Inc.", "organization")]


def test_a_name_ends_before_a_dash_with_spaces_around_it(nlp):
    tagged = mentions_tagged(nlp, ("Florian Kessel - Dortmund Athletic chief - denied it.", [("Florian Kessel - Dortmund Athletic", "PERSON")]),
                             ("Tamsin Lewis-Hardy - a runner - won.", [("Tamsin Lewis-Hardy - a runner", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Florian Kessel", "person"), ("Tamsin Lewis-Hardy", "person")]


def test_a_title_inside_what_the_model_tagged_a_person_is_not_the_name(nlp):
    tagged = mentions_tagged(nlp, ("It was criticised by Lib Dem MP Lembit Varga on Monday.", [("Lib Dem MP Lembit Varga", "PERSON")]),
                             ("Orange County Sheriff Harry Dunmore said the jail was safe.", [("Orange County Sheriff Harry Dunmore", "PERSON")]),
                             ("Tory David Pellam-Hart spoke.", [("Tory David Pellam-Hart", "PERSON")]),
                             ("MEP Robert Quist quit.", [("MEP Robert Quist", "PERSON")]))
    assert [(m.text, m.label, m.titled) for m in tagged] == [
        ("Lembit Varga", "person", True), ("Harry Dunmore", "person", True), ("David Pellam-Hart", "person", True),
        ("Robert Quist", "person", True)]
    assert [m.role for m in tagged] == [None, "Sheriff", None, None]  # an office is a role; "MP" and "MEP" are occupations


def test_an_office_word_that_ends_a_name_or_stands_before_one_word_stays_in_it(nlp):
    """"Martin Luther King Jr." keeps its "King": after an office word only two capitalised words or a given name are a
    name of their own."""
    tagged = mentions_tagged(nlp, ("Martin Luther King Jr. spoke.", [("Martin Luther King Jr.", "PERSON")]),
                             ("Carole Anne King sang.", [("Carole Anne King", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Martin Luther King Jr.", "person"), ("Carole Anne King", "person")]
    assert resolved(tagged)[0] == ("Martin Luther King Jr.", "person", ["Martin Luther King Jr."])


def test_one_word_tagged_a_person_listed_with_places_is_a_place_where_the_gazetteer_knows_it(nlp):
    tagged = mentions_tagged(nlp, ("Fares rose in Leeds, Derby and Glasgow last year.", [("Leeds", "GPE"), ("Derby", "GPE"),
                                                                                         ("Glasgow", "PERSON")]),
                             ("Ann Hale and Pellam met in Leeds.", [("Ann Hale", "PERSON"), ("Pellam", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.label) for m in tagged] == [("Leeds", "place"), ("Derby", "place"), ("Glasgow", "place"),
                                                   ("Ann Hale", "person"), ("Pellam", "person"), ("Leeds", "place")]
    # a small town's name is a surname as often: "Murphy" (a town of 20,000) listed with places stays a person
    tagged = mentions_tagged(nlp, ("Leeds, Murphy and Derby signed.", [("Leeds", "GPE"), ("Murphy", "PERSON"), ("Derby", "GPE")]))
    assert [(m.text, m.label) for m in tagged] == [("Leeds", "place"), ("Murphy", "person"), ("Derby", "place")]


def test_the_plural_of_an_office_or_a_job_is_nobodys_name(nlp):
    tagged = mentions_tagged(nlp, ("MPs and Senators voted with Tom Hale.", [("MPs", "PERSON"), ("Senators", "PERSON"),
                                                                             ("Tom Hale", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Tom Hale", "person")]


def test_a_partys_member_before_a_title_or_a_given_name_is_no_part_of_the_name(nlp):
    tagged = mentions_tagged(nlp, ("Tory Lord Pellam said so.", [("Tory Lord Pellam", "PERSON")]),
                             ("Lib Dem MPs voted against.", [("Lib Dem MPs", "PERSON")]),
                             ("Conservative Graham Quist said no.", [("Conservative Graham Quist", "PERSON")]),
                             ("Tory Lord said no.", [("Tory Lord", "PERSON")]),
                             ("Tory Burch opened a shop.", [("Tory Burch", "PERSON")]))
    assert [(m.text, m.label, m.titled) for m in tagged] == [
        ("Pellam", "person", True), ("Graham Quist", "person", True), ("Tory Burch", "person", False)]


def test_a_score_after_a_name_is_not_the_names(nlp):
    tagged = mentions_tagged(nlp, ("Davenport beat Li Nan 6-3 7-5.", [("Davenport", "PERSON"), ("Li Nan 6-3", "PERSON")]))
    assert [(m.text, m.label) for m in tagged] == [("Davenport", "person"), ("Li Nan", "person")]


def test_a_list_of_sides_is_no_list_of_places(nlp):
    """Clubs named after their towns are listed as sides, not after "in" or before "airports": the word stays as tagged."""
    tagged = mentions_tagged(nlp, ("There were wins for champions Derby, 20-13 winners over Ashby, and Leeds.",
                                   [("Derby", "PERSON"), ("Ashby", "ORG"), ("Leeds", "GPE")]))
    assert [(m.text, m.label) for m in tagged] == [("Derby", "person"), ("Ashby", "organization"), ("Leeds", "place")]


def test_a_continents_name_and_a_word_after_in_or_listed_with_places_is_a_region(nlp):
    """The model reads "Asia" as a given name: "Asia Pacific" after "in" or listed with a place is a region of the
    continent; a body's name that begins with it, or one said of otherwise, keeps the model's tag."""
    tagged = mentions_tagged(nlp, ("Sales rose in Asia Pacific last year.", [("Asia Pacific", "PERSON")]),
                             ("Kavotek works across Europe and Asia Pacific.", [("Kavotek", "ORG"), ("Europe", "LOC"), ("Asia Pacific", "ORG")]),
                             ("Loans rose in Asia Development Bank projects.", [("Asia Development Bank", "ORG")]),
                             ("Asia Aid will be held in Bangkok.", [("Asia Aid", "ORG"), ("Bangkok", "GPE")]))
    assert [(m.text, m.label) for m in tagged] == [("Asia Pacific", "place"), ("Kavotek", "organization"), ("Europe", "place"),
                                                   ("Asia Pacific", "place"), ("Asia Development Bank", "organization"),
                                                   ("Asia Aid", "organization"), ("Bangkok", "place")]
