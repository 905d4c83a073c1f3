"""Names that are not facts: bare generic nouns, names inside titles of works, compass regions, words of a subheading,
eras.
"""

from __future__ import annotations

from factarchive.extract import filters

from .extraction_helpers import mentions_of, mentions_tagged, resolved


def test_a_bare_generic_organisation_noun_is_not_a_name(nlp):
    """"the Court" refers back to a court; it names none (IE-ER tags no bare "Government", "Court", "Council")."""
    assert [m.text for m in mentions_of(nlp, "The Government said the Court would rule soon.")] == []


def test_a_place_inside_a_quoted_title_of_a_work_is_not_a_fact(nlp):
    found = mentions_of(nlp, "Her favourite film remains ``Last Tango in Paris,'' she told the Guardian in London.")
    assert resolved(found) == [("Guardian", "organization", ["Guardian"]), ("London", "place", ["London"])]
    found = mentions_of(nlp, 'The museum in Denver will show "Blood Upon the Snow: Russia at War" from March.')
    assert resolved(found) == [("Denver", "place", ["Denver"])]


def test_quoted_speech_is_not_a_title(nlp):
    doc = nlp('"We will rebuild Kenya," he said. ``Hello, Mr Smith,\'\' she said.')
    assert filters.work_title_tokens(doc, doc.text) == frozenset()
    doc = nlp("He quoted ``Israel and the Arabs: The 50 Years' War'' twice.")
    assert [doc[i].text for i in sorted(filters.work_title_tokens(doc, doc.text))] == \
        ["Israel", "and", "the", "Arabs", ":", "The", "50", "Years", "'", "War"]


def test_compass_regions_are_not_places_but_named_regions_are(nlp):
    found = mentions_of(nlp, "The Northeast will be cold and wet, while the West Coast stays dry. Snow fell across the Middle East.")
    assert resolved(found) == [("Middle East", "place", ["Middle East"])]
    assert [filters.compass_region(k) for k in ("northeast", "west coast", "middle west", "middle east", "far east", "north korea")] == \
        [True, True, True, False, False, False]


def test_a_word_of_a_subheading_is_kept_only_where_the_article_names_it(nlp):
    assert filters.subheading("FOCUS: MARCH WINDS") and not filters.subheading("Focus: March winds")
    assert not filters.subheading("NEW YORK 74 59 .556")  # a line of a table: its names are clubs, kept
    found = mentions_tagged(nlp, ("REBOUNDS", [("REBOUNDS", "ORG")]), ("Johnson led the Celtics with 12 rebounds in Boston.",
                                                                     [("Johnson", "PERSON"), ("Celtics", "ORG"), ("Boston", "GPE")]))
    assert [name for name, _, _ in resolved(found)] == ["Johnson", "Celtics", "Boston"]


def test_an_era_after_a_year_is_not_british_columbia(nlp):
    found = mentions_of(nlp, "The temple was built around 1500 B.C. near Luxor, in Egypt.")
    assert resolved(found) == [("Luxor", "place", ["Luxor"]), ("Egypt", "place", ["Egypt"])]
