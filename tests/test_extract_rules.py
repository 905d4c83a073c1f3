"""Every extraction rule on inline sentences, with exact values.

Rules that need the model run it on a sentence (the pinned en_core_web_sm
3.8.0, loaded once); rules after the model are fed inline mentions.
"""

from __future__ import annotations

import pytest

from factarchive.extract import candidates, captions, dates, entities, figures, gazetteer, mentions
from factarchive.extract.mentions import Block, Mention
from factarchive.model import RawCaption


@pytest.fixture(scope="module")
def nlp():
    from factarchive.extract.pipeline import warm_up

    return warm_up()


def mentions_of(nlp, *paragraphs, provenance=()):
    """Mentions as the stages ``entities.mentions`` and ``entities.complete`` find them."""
    parsed = [(nlp(p), Block("body", i, p)) for i, p in enumerate(paragraphs, start=1)]
    return mentions.complete_mentions(parsed, [m for doc, block in parsed for m in mentions.find_mentions(doc, block, provenance)])


def resolved(found):
    return [(e.name, e.cls, sorted({m.text for m in e.mentions})) for e in entities.resolve_entities(found)]


def mention(text, label, order, spacy_label="", **kw):
    return Mention(text=text, label=label, spacy_label=spacy_label, block=1, start_char=order, sentence=f"s{order}", **kw)


# --------------------------------------------------------------------------- entities: one decision per entity


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


# --------------------------------------------------------------------------- entities: names, titles, roles


def test_short_names_and_honorifics_resolve_to_the_full_name(nlp):
    # The model misses the last "Blair"; the article's own "Tony Blair" finds it (stage entities.complete).
    ms = mentions_of(nlp, "Prime Minister Tony Blair met union leaders on Monday.",
                     "Mr Blair said the talks went well.", "Blair later left for Brussels.")
    assert [(m.text, m.role, m.titled) for m in ms if m.label == "person"] == [
        ("Tony Blair", "Prime Minister", True), ("Blair", None, True), ("Blair", None, False)]
    assert resolved(ms) == [("Tony Blair", "person", ["Blair", "Tony Blair"]), ("Brussels", "place", ["Brussels"])]


def test_surname_tagged_as_a_place_joins_the_person():
    ms = [mention("Bill Clinton", "person", 0, "PERSON"), mention("Clinton", "place", 10, "GPE")]
    assert resolved(ms) == [("Bill Clinton", "person", ["Bill Clinton", "Clinton"])]


def test_surname_shared_by_two_people_in_an_article_stays_apart():
    ms = [mention("Tony Blair", "person", 0), mention("Cherie Blair", "person", 10), mention("Blair", "person", 20)]
    assert resolved(ms) == [("Tony Blair", "person", ["Tony Blair"]), ("Cherie Blair", "person", ["Cherie Blair"]),
                            ("Blair", "person", ["Blair"])]


def test_appositive_office_is_the_role(nlp):
    ms = mentions_of(nlp, "Vladimir Putin, the Russian president, met Recep Tayyip Erdogan.", "Erdogan said the deal would hold.")
    assert [(m.text, m.role) for m in ms] == [("Vladimir Putin", "Russian president"), ("Recep Tayyip Erdogan", None),
                                              ("Erdogan", None)]
    assert resolved(ms) == [("Vladimir Putin", "person", ["Vladimir Putin"]),
                            ("Recep Tayyip Erdogan", "person", ["Erdogan", "Recep Tayyip Erdogan"])]


def test_demonym_before_a_name_is_not_part_of_it(nlp):
    assert [(m.text, m.label) for m in mentions_of(nlp, "Kenyan Jacob Okello won the race.")] == [("Jacob Okello", "person")]


def test_demonyms_are_not_places(nlp):
    assert [(m.text, m.label) for m in mentions_of(nlp, "Turkish forces entered Syria on Sunday.")] == [("Syria", "place")]
    assert (gazetteer.demonym("Turkish"), gazetteer.demonym("Syrians"), gazetteer.demonym("Syria")) == ("TR", "SY", None)


def test_agencies_are_provenance_not_actors(nlp):
    ms = mentions_of(nlp, "NAIROBI, Kenya (AP) _ Thousands of laborers protested.", "Turkish forces entered Syria, Reuters reported.")
    assert [(m.text, m.provenance) for m in ms] == [("NAIROBI", False), ("Kenya", False), ("AP", True),
                                                    ("Syria", False), ("Reuters", True)]
    assert resolved(ms) == [("Nairobi", "place", ["NAIROBI"]), ("Kenya", "place", ["Kenya"]), ("Syria", "place", ["Syria"])]


def test_acronym_links_to_the_name_it_abbreviates(nlp):
    ms = mentions_of(nlp, "The United Nations says the crisis is the worst yet.", "The UN has asked for aid.")
    assert resolved(ms) == [("United Nations", "organization", ["UN", "United Nations"])]


def test_one_country_is_one_entity_whatever_the_form(nlp):
    ms = mentions_of(nlp, "U.S. forces left Iraq.", "The United States said it would return.")
    assert resolved(ms) == [("United States", "place", ["U.S.", "United States"]), ("Iraq", "place", ["Iraq"])]


def test_gazetteer_finds_places_the_model_missed(nlp):
    doc = nlp.make_doc("Talks in Nairobi and Kenya Airways ended.")  # no model run: nothing tagged
    assert [(s.text, s.label_) for s in candidates.missed_places(doc)] == [("Nairobi", "GPE")]


# --------------------------------------------------------------------------- figures


@pytest.mark.parametrize("text, value, value_max, qualifier, unit", [
    ("2,980", 2980, None, None, None),
    ("a million", 1000000, None, None, None),
    ("nearly a million", 1000000, None, "nearly", None),
    ("nine-year", 9, None, None, "years"),
    ("43-year-old", 43, None, None, "years"),
    ("hundreds of thousands", 200000, None, "at least", None),
    ("millions", 2000000, None, "at least", None),
    ("several hundred", 300, None, "at least", None),
    ("a dozen", 12, None, None, None),
    ("two-thirds", 0.666667, None, None, None),
    ("half", 0.5, None, None, None),
    ("$40 million", 40000000, None, None, "USD"),
    ("at more than $40 million", 40000000, None, "more than", "USD"),
    ("$30 million to $40 million", 30000000, 40000000, None, "USD"),
    ("30 to 40 million", 30000000, 40000000, None, None),
    ("between 5 and 10", 5, 10, None, None),
    ("$2-million", 2000000, None, None, "USD"),
    ("RM1 million", 1000000, None, None, "MYR"),
    ("28 cents", 0.28, None, None, "USD"),
    ("up to 20%", 20, None, "up to", "%"),
    ("40.80 per cent", 40.8, None, None, "%"),
    ("about 5,000", 5000, None, "about", None),
    ("3,000-meter", 3000, None, None, "m"),
    ("12 miles", 12, None, None, "mi"),
    ("47km", 47, None, None, "km"),
    ("104 23/32", 104.71875, None, None, None),
])
def test_number_words_qualifiers_units_and_ranges(text, value, value_max, qualifier, unit):
    assert figures.parse_value(text) == figures.Value(value, qualifier, unit, value_max)


def _figures(nlp, text):
    return [(f.figure.text, f.figure.value, f.figure.value_max, f.figure.unit, f.figure.counts, f.figure.qualifier,
             f.figure.reported_by, f.figure.period) for f in figures.find_figures(nlp(text))]


def test_figure_counts_attribution_and_period(nlp):
    assert _figures(nlp, "A convoy of 30 Turkish military vehicles entered Idlib on Sunday, a war monitor reported.") == [
        ("30", 30, None, None, "Turkish military vehicles", None, "a war monitor", "on Sunday")]
    assert _figures(nlp, "The war has killed more than 2,000 people since March, according to the United Nations.") == [
        ("more than 2,000", 2000, None, None, "people", "more than", "the United Nations", "since March")]


def test_figure_range_of_money(nlp):
    assert _figures(nlp, "Billings were estimated at $30 million to $40 million.") == [
        ("$30 million to $40 million", 30000000, 40000000, "USD", None, None, "Billings", None)]


def test_measures_are_figures_but_periods_and_years_are_not(nlp):
    assert _figures(nlp, "The man ran 12 miles.") == [("12 miles", 12, None, "mi", None, None, None, None)]
    assert _figures(nlp, "He said inflation rose to 3.5 percent in 1997.") == [
        ("3.5 percent", 3.5, None, "%", None, None, None, "in 1997")]


def test_ordinals_are_not_figures(nlp):
    assert _figures(nlp, "Turkey has the second largest army in NATO.") == []


def test_period_is_dated_only_against_a_publication_date(nlp):
    found = figures.find_figures(nlp("A convoy of 30 vehicles entered Idlib on Sunday, a war monitor reported."))
    assert [f.period_date for f in figures.number_figures(found)] == [None]
    assert [f.period_date for f in figures.number_figures(found, "2020-03-11")] == ["2020-03-08"]


# --------------------------------------------------------------------------- captions and dates


def test_captions_are_deduplicated_and_credits_split():
    raw = [
        RawCaption("Damaged shops in Saraqib, February 27, 2020.", "AFP"),
        RawCaption("Damaged  shops in Saraqib, February 27, 2020.", "AFP"),
        RawCaption("Erdogan (L) and Putin (R) in Moscow. (Photo: Reuters)"),
        RawCaption("Syrians in Ariha, January 30. /AP Photo"),
        RawCaption("Protesters in Nairobi. AFP/Getty Images"),
    ]
    assert captions.unique_captions(raw) == (
        RawCaption("Damaged shops in Saraqib, February 27, 2020.", "AFP"),
        RawCaption("Erdogan (L) and Putin (R) in Moscow.", "Reuters"),
        RawCaption("Syrians in Ariha, January 30.", "AP"),
        RawCaption("Protesters in Nairobi.", "AFP/Getty Images"),
    )
    assert [captions.agency_name(c) for c in ("AFP", "Reuters", "AP", "AFP/Getty Images", "Staff")] == [
        "Agence France-Presse", "Reuters", "Associated Press", "Agence France-Presse", None]


@pytest.mark.parametrize("text, published, expected", [
    ("February 27, 2020", None, "2020-02-27"),
    ("March 5, 2020", "2021-01-01", "2020-03-05"),
    ("January 30", None, None),
    ("January 30", "2020-03-08", "2020-01-30"),
    ("on Sunday", None, None),
    ("on Sunday", "2020-03-11", "2020-03-08"),
    ("on Sunday", "2020-03-08", "2020-03-08"),
    ("two months ago", None, None),
    ("two months ago", "2020-03-08", "2020-01"),
    ("last year", "1998-03-14", "1997"),
    ("yesterday", "1998-03-14", "1998-03-13"),
    ("since March 5", "2020-03-08", "2020-03-05"),
    ("three months", "2020-03-08", None),
    ("recent weeks", "2020-03-08", None),
])
def test_relative_dates_resolve_only_against_a_publication_date(text, published, expected):
    assert dates.resolve_date(text, published) == expected


def test_unresolved_dates_are_kept_as_stated():
    assert dates.normalise_date("January 30") == "January 30"
    assert dates.normalise_date("on Sunday") == "on Sunday"
    assert dates.normalise_date("on Sunday", "2020-03-11") == "2020-03-08"


def test_ranks_and_list_markers_are_not_figures(nlp):
    assert _figures(nlp, "The album is at No. 1 this week.") == []
    assert _figures(nlp, "1. Preheat the oven.") == []


def test_currency_the_model_left_outside_the_number(nlp):
    assert [(f[0], f[1], f[3]) for f in _figures(nlp, "The shirts cost dlrs 25 each.")] == [("dlrs 25", 25, "USD")]


def test_unit_from_the_counted_noun(nlp):
    assert [(f[0], f[1], f[3], f[4]) for f in _figures(nlp, "Add 2 tablespoons of sugar.")] == [("2", 2, "tablespoons", None)]


def test_a_people_tagged_as_a_person_is_a_group(nlp):
    assert [(m.text, m.label) for m in mentions_of(nlp, "Kosovo Serbs voted on Sunday.")] == [("Kosovo Serbs", "group")]
