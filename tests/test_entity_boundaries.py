"""Where a name starts and ends: demonyms, gerunds, kinship words and quotes before it; particles, numbers, shares and
a company's "'s" around it.
"""

from __future__ import annotations


from .extraction_helpers import mentions_of, mentions_tagged, resolved


def test_demonym_before_a_name_is_not_part_of_it(nlp):
    assert [(m.text, m.label) for m in mentions_of(nlp, "Kenyan Jacob Okello won the race.")] == [("Jacob Okello", "person")]


def test_a_name_ending_in_a_particle_joins_the_next_name(nlp):
    """The model tags "Daniel arap" a person and "Moi" a place."""
    ms = mentions_of(nlp, "They chanted against President Daniel arap Moi, Kenya's ruler for 20 years.")
    assert [(m.text, m.label, m.titled) for m in ms] == [("Daniel arap Moi", "person", True), ("Kenya", "place", False)]


def test_kinship_words_and_closing_quotes_are_not_part_of_a_name(nlp):
    ms = mentions_of(nlp, "Uncle Frank told the story again.", "The opera house staged Richard Strauss' ``Elektra'' last night.")
    assert [(m.text, m.label, m.titled) for m in ms] == [("Frank", "person", True), ("Richard Strauss", "person", False)]


def test_a_numbered_unit_keeps_its_number(nlp):
    """The model leaves "8th" outside "U.S. Circuit Court of Appeals"; the court's name includes it."""
    ms = mentions_of(nlp, "The 8th U.S. Circuit Court of Appeals ruled on Monday.")
    assert [(m.text, m.label) for m in ms] == [("8th U.S. Circuit Court of Appeals", "organization")]


def test_a_name_run_on_into_a_share_ends_before_the_number(nlp):
    """The model tags "Malacca 40.80 per cent" as one organisation."""
    ms = mentions_of(nlp, "Kui said Pahang had achieved 47.34 per cent of its target, Johor 41.77 per cent, "
                          "Malacca 40.80 per cent and Kuala Lumpur 39.93 per cent.")
    assert [m.text for m in ms] == ["Kui", "Pahang", "Johor", "Malacca", "Kuala Lumpur"]


def test_a_company_name_ending_in_s_keeps_it(nlp):
    found = mentions_of(nlp, "Moody's said the outlook for Japan was negative.", "Moody's cut its rating.")
    assert resolved(found) == [("Moody's", "organization", ["Moody's"]), ("Japan", "place", ["Japan"])]


def test_a_gerund_before_a_name_is_not_part_of_it(nlp):
    found = mentions_tagged(nlp, ("Recalling NATO failures in the Balkans, the minister spoke in Berlin.",
                                  [("Recalling NATO", "ORG"), ("Balkans", "LOC"), ("Berlin", "GPE")]))
    assert resolved(found) == [("NATO", "organization", ["NATO"]), ("Balkans", "place", ["Balkans"]), ("Berlin", "place", ["Berlin"])]


def test_two_names_the_model_ran_into_one_place_are_split(nlp):
    found = mentions_of(nlp, "Last year, del Ponte and Skuratov agreed to fight crime, said officials in Moscow.")
    assert [m.text for m in found] == ["del Ponte", "Skuratov", "Moscow"]


def test_a_titled_possessor_is_not_part_of_the_name_after_it(nlp):
    """"Mr Hale's Northern Growth Fund": the fund is the man's, not named after him; the name starts after the "'s"."""
    tagged = mentions_tagged(nlp, ("The US cannot support Mr Hale's Northern Growth Fund to boost aid.",
                                   [("US", "GPE"), ("Mr Hale's Northern Growth Fund", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("US", "place"), ("Northern Growth Fund", "organization")]


def test_a_firms_own_possessive_without_a_title_stays_its_name(nlp):
    """No title, or a demonym before the name ("the British Bankers' Association"): the "'s" is the name's own."""
    tagged = mentions_tagged(nlp, ("Shares in Hale's Northern Growth Fund rose.", [("Hale's Northern Growth Fund", "ORG")]),
                             ("A survey from the British Bakers' Association said so.", [("British Bakers' Association", "ORG")]))
    assert [(m.text, m.label) for m in tagged] == [("Hale's Northern Growth Fund", "organization"),
                                                   ("British Bakers' Association", "organization")]
