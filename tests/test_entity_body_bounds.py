"""Where a body's name starts and ends: capitalised words the model left out before it, names run together with
"and", and what is no body's name ("the Hale administration")."""

from __future__ import annotations

from .extraction_helpers import mentions_tagged


def test_untagged_capitalised_words_before_a_body_open_its_name(nlp):
    """The model tags only "Traders Association" (and "Brigades" a person); the capitalised words before are the name's."""
    found = mentions_tagged(nlp, ("Aid came from the Penang Hakka Traders Association on Friday.", [("Traders Association", "ORG")]),
                            ("He met the rebel Northern Kivu Brigades in the hills.", [("Brigades", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Penang Hakka Traders Association", "organization"),
                                                 ("Northern Kivu Brigades", "organization")]


def test_a_demonym_alone_or_a_title_before_a_body_stays_out_of_its_name(nlp):
    """"the Chilean Red Cross" is Chile's Red Cross; "Associate Treasury Secretary" is a title with a body in it."""
    found = mentions_tagged(nlp, ("Supplies were sent by the Chilean Red Cross last week.", [("Red Cross", "ORG")]),
                            ("It was signed by Associate Treasury Secretary Jan Olsen.", [("Treasury", "ORG"), ("Jan Olsen", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Red Cross", "organization"), ("Treasury", "organization"),
                                                 ("Jan Olsen", "person")]


def test_a_government_named_by_its_leader_or_country_is_that_person_or_place(nlp):
    """"the Kohl Administration" is Kohl's; "the Kenya Government" Kenya's; "the Farmers Home Administration" is a body."""
    found = mentions_tagged(nlp, ("Aid was cut by the Kohl Administration and the Kenya Government.",
                                  [("Kohl Administration", "ORG"), ("Kenya Government", "ORG")]),
                            ("Loans came from the Farmers Home Administration.", [("Farmers Home Administration", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Kohl", "person"), ("Kenya", "place"),
                                                 ("Farmers Home Administration", "organization")]
    # a people's or a party's word before the noun is the government's adjective: the body stays whole
    found = mentions_tagged(nlp, ("Ministers in the Welsh Government and the Labor Government backed it.",
                                  [("Welsh Government", "ORG"), ("Labor Government", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Welsh Government", "organization"), ("Labor Government", "organization")]
    found = mentions_tagged(nlp, ("Critics of the Hale Presidency met in Leeds.", [("Hale Presidency", "PERSON"), ("Leeds", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Hale", "person"), ("Leeds", "place")]


def test_a_government_named_by_generic_words_names_no_body(nlp):
    """"the State Government" is any state's; "the State Council" is a body's name."""
    found = mentions_tagged(nlp, ("The State Government and the State Council met on Friday.",
                                  [("State Government", "ORG"), ("State Council", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("State Council", "organization")]


def test_two_names_joined_by_and_are_two_where_the_article_names_each_alone(nlp):
    """"Norvale and Quantix" tagged one body: the article names Norvale and Quantix alone, so the mention is the two; "Hale
    and Berg" stays whole where the article names neither alone."""
    found = mentions_tagged(nlp, ("Shares of Norvale rose, and Quantix agreed.", [("Norvale", "ORG"), ("Quantix", "ORG")]),
                            ("Users of Norvale and Quantix stay longer.", [("Norvale and Quantix", "ORG")]),
                            ("The deal was handled by Hale and Berg.", [("Hale and Berg", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Norvale", "organization"), ("Quantix", "organization"),
                                                 ("Norvale", "organization"), ("Quantix", "organization"),
                                                 ("Hale and Berg", "organization")]


def test_capitalised_words_across_a_romance_particle_are_one_name(nlp):
    """The model tags only "Notte" (a place) of "Giornale della Notte", and "Rivista dello" a person before "Calcio" a
    body: each is one name, of the label its parts carry (a body's first)."""
    found = mentions_tagged(nlp, ("He was quoted by the Giornale della Notte newspaper.", [("Notte", "GPE")]),
                            ("He told Rivista dello Calcio on Friday.", [("Rivista dello", "PERSON"), ("Calcio", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Giornale della Notte", "place"), ("Rivista dello Calcio", "organization")]


def test_the_field_after_a_ministers_title_is_no_body(nlp):
    """"Minister of Inland Fisheries": the field is the title's; "Secretary of the Navy" keeps the Navy."""
    found = mentions_tagged(nlp, ("The Deputy Minister of Inland Fisheries spoke to the Secretary of the Navy.",
                                  [("Inland Fisheries", "ORG"), ("the Navy", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Navy", "organization")]
    # a body's own officer, capitalised, keeps the body: "General Secretary of Unison" is a union's
    found = mentions_tagged(nlp, ("Tom Hale, General Secretary of Kavunion, said so.", [("Tom Hale", "PERSON"), ("Kavunion", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Tom Hale", "person"), ("Kavunion", "organization")]


def test_a_place_before_a_possessive_is_not_part_of_the_body_after_it(nlp):
    """"Tokyo's Commodity Exchange" tagged one body is Tokyo's exchange: two names; "Hale's Discount Stores" stays one."""
    found = mentions_tagged(nlp, ("Gold rose on Tokyo's Commodity Exchange and at Hale's Discount Stores.",
                                  [("Tokyo's Commodity Exchange", "ORG"), ("Hale's Discount Stores", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Tokyo", "place"), ("Commodity Exchange", "organization"),
                                                 ("Hale's Discount Stores", "organization")]


def test_a_title_of_common_nouns_before_a_persons_name_is_not_the_name(nlp):
    """"Federal Judge Anna de Vries" tagged whole, "Consumer Affairs" before a name the model tagged: the person's
    name starts after the title (a particle inside the name, "de", is the name's); "Rose Tan" keeps "Rose"."""
    found = mentions_tagged(nlp, ("On Monday Federal Judge Anna de Vries met them.", [("Federal Judge Anna de Vries", "PERSON")]),
                            ("The Minister of Consumer Affairs Joko Widarto said so.", [("Joko Widarto", "PERSON")]),
                            ("Later Rose Tan agreed.", [("Tan", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Anna de Vries", "person"), ("Joko Widarto", "person"), ("Rose Tan", "person")]


def test_an_officer_of_a_body_in_lower_case_keeps_the_body(nlp):
    """"the general secretary of Tradeunite": a job in a body, not a minister's field."""
    found = mentions_tagged(nlp, ("Ann Bell, general secretary of Tradeunite, said so.", [("Ann Bell", "PERSON"), ("Tradeunite", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Ann Bell", "person"), ("Tradeunite", "organization")]


def test_an_initial_before_a_persons_name_is_the_names(nlp):
    """"R Lomax": an initial is the name's, though a letter is a common noun too."""
    found = mentions_tagged(nlp, ("The song was sung by R Lomax last year.", [("Lomax", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("R Lomax", "person")]


def test_a_common_noun_after_a_given_name_is_part_of_the_name(nlp):
    """"Sacha Baron Cohen" with "Cohen" alone tagged: "Baron" is a common noun, but after a given name it is the name's."""
    found = mentions_tagged(nlp, ("The show starred Sacha Baron Cohen last year.", [("Cohen", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Sacha Baron Cohen", "person")]


def test_a_roman_number_after_a_persons_name_is_the_names(nlp):
    """"Hale Powell III" with the number left out by the model; "I" after a name before a verb is the pronoun."""
    found = mentions_tagged(nlp, ("The fund was set up by Hale Powell III in Ohio.", [("Hale Powell", "PERSON"), ("Ohio", "GPE")]),
                            ("When Jon Kell I think of the war.", [("Jon Kell", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Hale Powell III", "person"), ("Ohio", "place"), ("Jon Kell", "person")]


def test_two_people_tagged_side_by_side_are_one_name(nlp):
    """"Datuk Tan" and "Wei Ming" tagged apart with nothing between: one man's name; two names a comma parts stay two."""
    found = mentions_tagged(nlp, ("The Deputy Minister Datuk Tan Wei Ming said so.", [("Datuk Tan", "PERSON"), ("Wei Ming", "PERSON")]),
                            ("They met Anna Berg, Jon Kell and others.", [("Anna Berg", "PERSON"), ("Jon Kell", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Datuk Tan Wei Ming", "person"), ("Anna Berg", "person"), ("Jon Kell", "person")]
    # a run of five words or more printed without commas is a list, not one name
    found = mentions_tagged(nlp, ("The players Tom Hale Anna Berg Dan Smith were named.",
                                  [("Tom Hale", "PERSON"), ("Anna Berg", "PERSON"), ("Dan Smith", "PERSON")]))
    assert [m.text for m in found] == ["Tom Hale", "Anna Berg", "Dan Smith"]


def test_a_lone_dictionary_word_before_a_persons_name_is_the_names(nlp):
    """"from Tore Anders Holm" with "Anders Holm" tagged: a word that is a noun in the dictionary too ("tore"), alone after
    a word in lower case, and an irregular form of a verb, opens no title: the name's; a month there is a date ("in March
    Kowalczyk"), a noun a title ("says Baroness Ann Dolan")."""
    found = mentions_tagged(nlp, ("Both goals came from Tore Anders Holm on Sunday.", [("Anders Holm", "PERSON")]),
                            ("But in March Kowalczyk cancelled the sale.", [("Kowalczyk", "PERSON")]),
                            ("Such is life, says Baroness Ann Dolan today.", [("Ann Dolan", "PERSON")]))
    assert [(m.text, m.label) for m in found] == [("Tore Anders Holm", "person"), ("Kowalczyk", "person"), ("Ann Dolan", "person")]


def test_a_body_cut_at_and_is_one_name_where_the_whole_has_one_head(nlp):
    """"the House Roads and" + "Bridges Committee", "Marine and" + "Aerospace Systems", "the Union of Northern Weavers" +
    "Allied Dyers", "Hartley" + "Brenner & Voss": one body the model cut at "and" or at a partner's comma; "Yahoo and
    Excite" (no head), "Labour and the Conservatives" (an article) and "Exxon, Procter & Gamble and Mobil" (a list) stay
    apart."""
    found = mentions_tagged(nlp, ("The House Roads and Bridges Committee met.", [("House", "ORG"), ("Bridges Committee", "ORG")]),
                            ("The Marine and Aerospace Systems unit was sold.", [("Aerospace Systems", "ORG")]),
                            ("He joined the Union of Northern Weavers and Allied Dyers in 1990.",
                             [("the Union of Northern Weavers", "ORG"), ("Allied Dyers", "PERSON")]),
                            ("He is a partner at Hartley, Brenner & Voss, a law firm.", [("Hartley", "ORG"), ("Brenner & Voss", "ORG")]),
                            ("Yahoo and Excite Systems rose.", [("Yahoo", "ORG"), ("Excite Systems", "ORG")]),
                            ("Both Zorvex Computer and Qarnet Systems rose.", [("Zorvex Computer", "ORG"), ("Qarnet Systems", "ORG")]),
                            ("Both Labour and the Conservatives object.", [("Labour", "ORG"), ("Conservatives", "ORG")]),
                            ("Sales rose at Exxon, Procter & Gamble and Mobil.", [("Exxon", "ORG"), ("Procter & Gamble", "ORG"), ("Mobil", "ORG")]))
    assert [m.text for m in found] == ["House Roads and Bridges Committee", "Marine and Aerospace Systems",
                                       "Union of Northern Weavers and Allied Dyers", "Hartley, Brenner & Voss", "Yahoo",
                                       "Excite Systems", "Zorvex Computer",
                                       "Qarnet Systems", "Labour", "Conservatives", "Exxon", "Procter & Gamble", "Mobil"]


def test_a_fund_cut_before_what_it_is_for_is_one_name(nlp):
    """"the Global Wildlife Fund" + "for" + "Nature": a fund and what it is for are one body."""
    found = mentions_tagged(nlp, ("The Global Wildlife Fund for Nature said so.", [("The Global Wildlife Fund", "ORG"), ("Nature", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Global Wildlife Fund for Nature", "organization")]


def test_a_body_after_for_or_on_stays_a_body_of_its_own(nlp):
    """"the Trade Commission" + "on" + "Zorvex": what follows "for" or "on" is a second body, not what the first is for,
    where a word of it is no English word, it is a party, or it is "the" and a body's noun (offered as a body where the
    model left it untagged); "Coastal Waters" and "the Relief of Flooded Towns" are what the body is for."""
    found = mentions_tagged(nlp, ("The ruling by the Trade Commission on Zorvex came late.", [("the Trade Commission", "ORG"), ("Zorvex", "ORG")]),
                            ("A report of the Electoral Commission on Labour funding was out.", [("the Electoral Commission", "ORG"), ("Labour", "ORG")]),
                            ("Cuts by the Arts Council for the Northern Theatre followed.", [("the Arts Council", "ORG")]),
                            ("The Standing Commission on Coastal Waters met.", [("The Standing Commission", "ORG"), ("Coastal Waters", "ORG")]),
                            ("Aid came from the UN Bureau for the Relief of Flooded Towns.", [("the UN Bureau", "ORG"), ("the Relief of Flooded Towns", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Trade Commission", "organization"), ("Zorvex", "organization"),
                                                 ("Electoral Commission", "organization"), ("Labour", "organization"),
                                                 ("Arts Council", "organization"), ("Northern Theatre", "organization"),
                                                 ("Standing Commission on Coastal Waters", "organization"),
                                                 ("UN Bureau for the Relief of Flooded Towns", "organization")]
