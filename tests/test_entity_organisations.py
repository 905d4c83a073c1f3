"""Organisations: company forms, parties named by their members, bodies inside bodies, acronyms, organisations told by
what the sentence says of them.
"""

from __future__ import annotations

from factarchive.extract import candidates, entities, mentions

from .extraction_helpers import mentions_of, mentions_tagged, resolved


def test_acronym_links_to_the_name_it_abbreviates(nlp):
    ms = mentions_of(nlp, "The United Nations says the crisis is the worst yet.", "The UN has asked for aid.")
    assert resolved(ms) == [("United Nations", "organization", ["UN", "United Nations"])]


def test_company_names_printed_with_a_company_form_are_found_whole(nlp):
    """"KLMN, INC." was cut to "INC" and "GLOBE DAILY, INC." split (IE-ER's WorldSources credit lines)."""
    ms = mentions_of(nlp, "COPYRIGHT 2001 BY NEWSDESK, INC., A JOINT VENTURE OF KLMN, INC. AND GLOBE DAILY, INC.")
    assert [(m.text, m.label) for m in ms] == [("NEWSDESK, INC.", "organization"), ("KLMN, INC.", "organization"),
                                               ("GLOBE DAILY, INC.", "organization")]


def test_co_before_a_hyphen_is_not_a_company_form(nlp):
    """"Jerry Yang, co-founder" is not a company called "Jerry Yang, Co"."""
    doc = nlp("Only one out of three users goes there to search, said Jerry Yang, co-founder of the company.")
    assert candidates.company_names(doc, doc.text) == []
    assert [(m.text, m.label) for m in mentions_of(nlp, doc.text)] == [("Jerry Yang", "person")]


def test_party_members_named_as_a_group_are_the_party(nlp):
    """"the Communists", "Christian" + "Democrats" (two peoples to the model) are organisations, not peoples."""
    ms = mentions_of(nlp, "The Communists and the Christian Democrats formed a government.")
    assert [(m.text, m.label, m.spacy_label) for m in ms] == [("Communists", "organization", "NORP"),
                                                              ("Christian Democrats", "organization", "NORP")]
    assert resolved(ms) == [("Communists", "organization", ["Communists"]),
                            ("Christian Democrats", "organization", ["Christian Democrats"])]
    assert [mentions.party_member(w) for w in ("Nazi", "Tories", "Social Democrats", "Christians", "Kenyans")] == [
        True, True, True, False, False]


def test_a_body_inside_another_is_two_organisations(nlp):
    ms = mentions_of(nlp, "He studied at the Institute of Jazz Studies at Rutgers University last year.",
                     "She teaches at the State University at Buffalo.")
    assert resolved(ms) == [("Institute of Jazz Studies", "organization", ["Institute of Jazz Studies"]),
                            ("Rutgers University", "organization", ["Rutgers University"]),
                            ("State University at Buffalo", "organization", ["State University at Buffalo"])]


def test_organisations_told_by_apposition_employer_and_web_name(nlp):
    found = mentions_of(nlp, "Analysts at Moody's expect growth; Zentrix, a software company based in Ohio, disagreed.")
    assert resolved(found) == [("Moody's", "organization", ["Moody's"]), ("Zentrix", "organization", ["Zentrix"]),
                               ("Ohio", "place", ["Ohio"])]
    found = mentions_of(nlp, "Karl Beck, chief economist at Hollander Brandt, said prices would rise.")
    assert resolved(found) == [("Karl Beck", "person", ["Karl Beck"]), ("Hollander Brandt", "organization", ["Hollander Brandt"])]
    found = mentions_of(nlp, "Shares of Pixelnest.com rose after the start-up reported profits.")
    assert resolved(found) == [("Pixelnest.com", "organization", ["Pixelnest.com"])]
    found = mentions_of(nlp, "Workers at the Brennholt factory in Kassel went on strike.")
    assert resolved(found) == [("Brennholt", "organization", ["Brennholt"]), ("Kassel", "place", ["Kassel"])]


def test_hotels_and_opera_houses_are_organisations(nlp):
    found = mentions_of(nlp, "Bookings at the Grand Harbour Hotel in Malta rose, said Joe Borg, a spokesman for the hotel.")
    assert resolved(found)[:2] == [("Grand Harbour Hotel", "organization", ["Grand Harbour Hotel"]), ("Malta", "place", ["Malta"])]
    found = mentions_of(nlp, "The Metropolitan Opera opened its season in New York.")
    assert resolved(found) == [("Metropolitan Opera", "organization", ["Metropolitan Opera"]), ("New York", "place", ["New York"])]


def test_another_name_given_beside_an_organisation_is_one(nlp):
    found = mentions_of(nlp, "The Federal National Mortgage Association, or Fannie Mae, sold bonds on Monday.")
    assert resolved(found) == [("Federal National Mortgage Association", "organization", ["Federal National Mortgage Association"]),
                               ("Fannie Mae", "organization", ["Fannie Mae"])]
    found = mentions_of(nlp, "The group, known as Hollis Partners, bought LKVR (Lindqvist Kemper Varga Roos) last year.")
    assert resolved(found) == [("Hollis Partners", "organization", ["Hollis Partners"]),
                               ("Lindqvist Kemper Varga Roos", "organization", ["LKVR", "Lindqvist Kemper Varga Roos"])]


def test_an_acronym_and_its_spelled_out_name_are_one_body_whatever_the_model_tagged(nlp):
    """The model calls "LKVR" a person and cuts the name in parentheses short; either order."""
    found = mentions_tagged(nlp, ("They bought LKVR (Lindqvist Kemper Varga Roos) last year.",
                                  [("LKVR", "PERSON"), ("Lindqvist Kemper", "ORG")]))
    assert [(m.text, m.label, m.spacy_label) for m in found] == [
        ("LKVR", "organization", "ORG"), ("Lindqvist Kemper Varga Roos", "organization", "ORG")]
    found = mentions_tagged(nlp, ("They bought Lindqvist Kemper Varga Roos (LKVR) last year.", [("Varga Roos", "PERSON")]))
    assert resolved(found) == [("Lindqvist Kemper Varga Roos", "organization", ["LKVR", "Lindqvist Kemper Varga Roos"])]
    found = mentions_tagged(nlp, ("He met Anna Berg (AB) and the Bank for International Settlements (BIS).",
                                  [("Anna Berg", "PERSON"), ("Bank for International Settlements", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Anna Berg", "person"),
                                                  ("Bank for International Settlements", "organization"), ("BIS", "organization")]


def test_a_firms_coined_last_word_makes_an_organisation_though_its_first_word_is_a_given_name(nlp):
    """"Sun" is a given name, whose votes outweighed the model's ORG: "-systems" coins a firm's name (was a person)."""
    ms = mentions_of(nlp, "Sun Microsystems has launched a pay-as-you-go service for its customers.")
    assert [(m.text, m.spacy_label) for m in ms] == [("Sun Microsystems", "ORG")]
    assert resolved(ms) == [("Sun Microsystems", "organization", ["Sun Microsystems"])]
    words = ("microsystems", "biotechnologies", "infosoft", "systems", "soft", "bennet", "malcom", "davies")
    assert [w for w in words if entities._coined_firm_word(w)] == ["microsystems", "biotechnologies", "infosoft"]


def test_a_department_for_two_fields_is_one_body(nlp):
    from .extraction_helpers import mentions_tagged

    tagged = mentions_tagged(nlp, ("A Department for Education and Skills spokeswoman said no.", [("Education", "ORG"), ("Skills", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Department for Education and Skills", "organization")]


def test_a_firms_trade_as_its_last_word_makes_an_organisation_though_its_first_word_is_a_given_name(nlp):
    """"Harvey" is a given name; "Controls", "Energy", "Stores", "Capital Markets" name a firm's trade: no one is called so."""
    tagged = mentions_tagged(nlp, ("Harvey Controls and Ellen Energy signed a deal with Dora Stores.",
                                   [("Harvey Controls", "PERSON"), ("Ellen Energy", "PERSON"), ("Dora Stores", "PERSON")]),
                             ("Harvey Lynch Capital Markets underwrote it.", [("Harvey Lynch Capital Markets", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [
        ("Harvey Controls", "organization"), ("Ellen Energy", "organization"), ("Dora Stores", "organization"),
        ("Harvey Lynch Capital Markets", "organization")]


def test_a_name_ending_in_a_country_is_a_bodys_arm_there_unless_the_country_is_a_persons_name(nlp):
    tagged = mentions_tagged(nlp, ("Kavotek USA and Atlas Bangladesh signed, said Chris Jordan.",
                                   [("Kavotek USA", "PERSON"), ("Atlas Bangladesh", "PERSON"), ("Chris Jordan", "PERSON")]))
    assert [(name, cls) for name, cls, _ in resolved(tagged)] == [
        ("Kavotek USA", "organization"), ("Atlas Bangladesh", "organization"), ("Chris Jordan", "person")]


def test_a_name_after_a_noun_for_a_provider_or_telco_is_a_body(nlp):
    tagged = mentions_tagged(nlp, ("Internet service provider Zorvex has launched a phone service.", [("Zorvex", "PERSON")]),
                             ("UK telco Qarnet is serious about the idea.", [("Qarnet", "PERSON")]))
    assert [(m.text, m.institution) for m in tagged if m.text != "UK"] == [("Zorvex", 2), ("Qarnet", 2)]
    assert [(name, cls) for name, cls, _ in resolved(tagged) if name != "United Kingdom"] == [
        ("Zorvex", "organization"), ("Qarnet", "organization")]


def test_a_body_cut_before_what_it_is_for_is_one_name(nlp):
    """"the Standing Commission" + "on" + "Coastal Waters", "the Joint Committee on" + "Rural Roads": a body whose head is
    an institution's noun, then "for" or "on" and capitalised words, is one body; "of" and a place stays two names, and a
    firm's form before "for" keeps two bodies."""
    found = mentions_tagged(nlp, ("The Standing Commission on Coastal Waters met.", [("The Standing Commission", "ORG"), ("Coastal Waters", "ORG")]),
                            ("It went to the Joint Committee on Rural Roads today.", [("the Joint Committee on", "ORG")]),
                            ("The Patriotic Council of Ruritania spoke.", [("The Patriotic Council", "ORG"), ("Ruritania", "GPE")]),
                            ("Varga Corporation for Dolan Holdings acted.", [("Varga Corporation", "ORG"), ("Dolan Holdings", "ORG")]))
    assert [(m.text, m.label) for m in found] == [("Standing Commission on Coastal Waters", "organization"),
                                                 ("Joint Committee on Rural Roads", "organization"), ("Patriotic Council", "organization"),
                                                 ("Ruritania", "place"), ("Varga Corporation", "organization"), ("Dolan Holdings", "organization")]


def test_a_company_with_a_bracketed_part_before_its_form_is_one_name(nlp):
    """"Kestrel Mining" + "Borneo) Ltd.", "Brantwood Foods" + "Holdings": a company's name, a bracketed part (where it
    trades, or "Holdings") and its legal form are one name, brackets and all; a person and a bracket stay apart."""
    found = mentions_tagged(nlp, ("The bid came from Kestrel Mining (Borneo) Ltd. on Monday.", [("Kestrel Mining", "ORG"), ("Borneo) Ltd.", "ORG")]),
                            ("Analysts at Hallam Securities (Hong Kong) Ltd said so.", [("Hallam Securities", "ORG"), ("Hong Kong", "GPE")]),
                            ("It was signed by Brantwood Foods (Holdings) with the union.", [("Brantwood Foods", "ORG"), ("Holdings", "ORG")]),
                            ("Third was Tomas Varga (Ruritania) Dolan in the time trial.", [("Tomas Varga", "PERSON"), ("Ruritania", "GPE")]))
    assert [(m.text, m.label) for m in found] == [("Kestrel Mining (Borneo) Ltd.", "organization"),
                                                 ("Hallam Securities (Hong Kong) Ltd", "organization"),
                                                 ("Brantwood Foods (Holdings)", "organization"), ("Tomas Varga", "person"),
                                                 ("Ruritania", "place")]


def test_a_noun_for_a_body_before_a_name_counts_where_the_parser_misread_it(nlp):
    """"blog analysis firm Technorati" ("firm" read as an adjective), "Rival bourse Euronext is working" (noun and name
    read as two subjects): the word before the name is read (cues.org_noun_before_words)."""
    found = mentions_of(nlp, "According to blog analysis firm Kavotek the number of blogs in existence has doubled.")
    assert [(m.text, m.label, m.institution) for m in found] == [("Kavotek", "person", 2)]
    assert resolved(found) == [("Kavotek", "organization", ["Kavotek"])]
    found = mentions_of(nlp, "Rival pan-European bourse Zentrix is working also on a bid.")
    assert resolved(found) == [("Zentrix", "organization", ["Zentrix"])]


def test_a_noun_for_a_body_or_a_firm_before_a_personal_name_keeps_the_person(nlp):
    """Not a noun for a person too ("publisher"), nor before a given name a noun that is not a firm's alone
    ("developer"), nor a kind of body a person is not ("developers like Donald Trump")."""
    found = mentions_of(nlp, "The book was praised by publisher Rupert Murdoch.", "Property developer Donald Trump bought the tower.",
                        "Developers like Donald Trump have bought land.")
    assert resolved(found) == [("Rupert Murdoch", "person", ["Rupert Murdoch"]), ("Donald Trump", "person", ["Donald Trump"])]
    assert [m.institution for m in found] == [0, 0, 0]


def test_a_name_given_as_one_of_a_kind_of_body_is_a_body(nlp):
    """"companies like Electronic Arts (EA), which comes with a high price tag" (cues.body_of_a_kind)."""
    found = mentions_of(nlp, "We are struggling with the gap between companies like Harlow Vance, which comes with a high price tag.")
    assert [(m.text, m.label, m.institution) for m in found] == [("Harlow Vance", "person", 3)]
    assert resolved(found) == [("Harlow Vance", "organization", ["Harlow Vance"])]


def test_the_employer_of_an_analyst_is_a_body_in_every_sentence(nlp):
    """"Forrester said ... Simon Yates, a senior analyst for Forrester, said": no person employs an analyst or a chief
    technology officer (name_votes.firm_staff_employer); a lawyer a person has too."""
    found = mentions_of(nlp, "Prices will fall, Whitfield said.", "\"Costs are rising,\" Tom Hale, a senior analyst for Whitfield, said.")
    assert resolved(found) == [("Whitfield", "organization", ["Whitfield"]), ("Tom Hale", "person", ["Tom Hale"])]
    found = mentions_of(nlp, "\"We need faster discs,\" said Anna Berg, chief technology officer for Vivaldi Sorensen.")
    assert resolved(found) == [("Anna Berg", "person", ["Anna Berg"]), ("Vivaldi Sorensen", "organization", ["Vivaldi Sorensen"])]
    found = mentions_of(nlp, "Ann Berg, a lawyer for Tom Hale, said he would appeal.")
    assert resolved(found) == [("Ann Berg", "person", ["Ann Berg"]), ("Tom Hale", "person", ["Tom Hale"])]


def test_a_name_ending_in_bros_is_a_firm(nlp):
    """"Warner Bros." as "Warner Brothers": a body's last word, whatever the given name first says."""
    found = mentions_of(nlp, "The drama was backed by Warren Bros. and Paramount.")
    assert resolved(found) == [("Warren Bros.", "organization", ["Warren Bros."]), ("Paramount", "organization", ["Paramount"])]


def test_names_listed_as_a_kind_of_body_are_bodies(nlp):
    """"Networks like eDonkey, Kazaa and Grokster", "iTunes, Napster and other net music download services": every name
    of the list (cues.body_of_a_kind); "other team members", "other party leaders" name no body."""
    found = mentions_of(nlp, "Networks like eDonkey, Kazaa and Grokster facilitate illegal filesharing.")
    assert resolved(found) == [("eDonkey", "organization", ["eDonkey"]), ("Kazaa", "organization", ["Kazaa"]),
                               ("Grokster", "organization", ["Grokster"])]
    found = mentions_of(nlp, "The mobile industry is keen after the success of Apple's iTunes, Napster and other net music download services.")
    assert resolved(found) == [("Apple", "organization", ["Apple"]), ("Napster", "organization", ["Napster"])]
    found = mentions_of(nlp, "Developers like Donald Trump, Tom Hale and Ann Berg have bought land.", "Beckham, Owen and other team members were there.")
    assert [m.institution for m in found] == [0, 0, 0, 0, 0]


def test_a_noun_in_the_plural_before_one_name_says_it_is_a_body(nlp):
    """"with new publishers Sega": a noun for a body in the plural, a person's too, before one name
    (cues.org_noun_before_words); before two names it names people."""
    found = mentions_of(nlp, "The code was developed further, to be released with new publishers Kavotek, under a new name.",
                        "He sold it to publishers Tom Hale and Ann Berg.")
    assert resolved(found) == [("Kavotek", "organization", ["Kavotek"]), ("Tom Hale", "person", ["Tom Hale"]),
                               ("Ann Berg", "person", ["Ann Berg"])]


def test_a_noun_in_the_plural_before_the_subject_of_a_clause_says_nothing(nlp):
    """"two wedding bands Ozzy gave her": the name opens a relative clause; "bands" says nothing of it."""
    found = mentions_of(nlp, "They included a diamond wedding ring and two handmade wedding bands Ozzy gave her when they renewed their vows.")
    assert [(m.text, m.label, m.institution) for m in found] == [("Ozzy", "person", 0)]
    assert resolved(found) == [("Ozzy", "person", ["Ozzy"])]


def test_a_search_engine_in_apposition_is_a_body(nlp):
    """"Technorati, a blog search engine, tracks": a noun for a body in apposition (cues.described_as_org)."""
    found = mentions_of(nlp, "Technorati, a blog search engine, tracks about six million blogs.")
    assert resolved(found) == [("Technorati", "organization", ["Technorati"])]
