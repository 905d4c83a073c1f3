"""One type per entity: how the mentions of a name vote (the model's labels, the gazetteer, titles, name shape), on
inline mentions and invented sentences.
"""

from __future__ import annotations


from .extraction_helpers import mention, mentions_tagged, resolved


def test_type_vote_makes_every_mention_of_a_name_one_type():
    """Idlib tagged an organisation once and a place twice is a place everywhere (seed regression)."""
    ms = [mention("Idlib", "organization", 0, "ORG"), mention("Idlib", "place", 10, "GPE"), mention("Idlib", "place", 20, "GPE")]
    assert resolved(ms) == [("Idlib", "place", ["Idlib"])]


def test_gazetteer_evidence_outvotes_the_model_for_a_country():
    ms = [mention("Kenya", "person", 0, "PERSON"), mention("Kenya", "person", 10, "PERSON")]
    assert resolved(ms) == [("Kenya", "place", ["Kenya"])]


def test_organisation_word_and_given_name_are_evidence():
    ms = [mention("Kenya Airways Ltd", "place", 0, "GPE"), mention("Julia Chepalova", "place", 10, "GPE")]
    assert resolved(ms) == [("Kenya Airways Ltd", "organization", ["Kenya Airways Ltd"]),
                            ("Julia Chepalova", "person", ["Julia Chepalova"])]


def test_title_before_a_name_is_evidence_of_a_person():
    ms = [mention("Wertheimer", "place", 0, "GPE", titled=True)]
    assert resolved(ms) == [("Wertheimer", "person", ["Wertheimer"])]


def test_a_region_of_a_country_the_article_names_outvotes_the_model():
    """"Pahang" tagged a person once, in an article about Malaysia, is a place."""
    ms = [mention("Pahang", "person", 0, "PERSON"), mention("Malaysia", "place", 10, "GPE")]
    assert resolved(ms) == [("Pahang", "place", ["Pahang"]), ("Malaysia", "place", ["Malaysia"])]
    ms = [mention("Pahang", "person", 0, "PERSON")]  # no country named: the model's word stands
    assert resolved(ms) == [("Pahang", "person", ["Pahang"])]


def test_apposition_to_a_noun_for_a_person_is_evidence_of_a_person(nlp):
    """The model tags "Hans-Joachim Ketelsen" an organisation; "the German baritone" says who he is."""
    ms = mentions_tagged(nlp, ("Hans-Joachim Ketelsen, the German baritone, sang the role splendidly.",
                               [("Hans-Joachim Ketelsen", "ORG"), ("German", "NORP")]))
    assert [(m.text, m.label, m.titled) for m in ms] == [("Hans-Joachim Ketelsen", "organization", True)]
    assert resolved(ms) == [("Hans-Joachim Ketelsen", "person", ["Hans-Joachim Ketelsen"])]
