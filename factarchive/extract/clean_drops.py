"""Clean rules, last part: names that are no facts of the article (an adjective, a holiday, an era, a wire slug, a
common word, a compass region), and the printed name tidied. Run after :mod:`factarchive.extract.clean_kinds`, in the
order written here.
"""

from __future__ import annotations

from typing import Optional

from . import clean_names, filters, gazetteer  # noqa: F401  (clean_names registers its rules, which run before these)
from .candidates import name_key, party_member
from .lexicon import (BODY_OFFICERS, COMPANY_SUFFIXES, DATE_WORDS, EVENT_HEADS, EVENTS_ALONE, FIELD_OFFICES, GENERIC_ORG_NOUNS, GOVERNMENT_NOUNS, HONORIFICS, MUSIC_GENRES,
                      OCCUPATIONS, OFFICE_TITLES, PORTFOLIOS, TIME_ZONES)
from .mention_types import Cut
from .name_context import _person_noun
from .nlp import sentence_of
from .rules import rule


@rule("clean", "demonym_adjective")
def _demonym_adjective(doc, cut: Cut) -> Optional[Cut]:
    """"Turkish forces": a demonym used as an adjective is not an actor."""
    if cut.label == "group" and (doc[cut.end - 1].pos_ == "ADJ" or not doc[cut.end - 1].text.endswith("s")):
        return None
    return cut


@rule("clean", "adjective_not_place")
def _adjective_not_place(doc, cut: Cut) -> Optional[Cut]:
    """"Nordic operator Teliasonera": a single word tagged a place that modifies a noun as an adjective, and that the
    gazetteer knows as no place, names a region's people or style, not a place."""
    if cut.label == "place" and cut.end - cut.start == 1 and doc[cut.start].pos_ == "ADJ" and doc[cut.start].dep_ == "amod" \
            and not gazetteer.lookup(doc[cut.start].text):
        return None
    return cut


@rule("clean", "nothing_left")
def _nothing_left(doc, cut: Cut) -> Optional[Cut]:
    """A name the rules before trimmed to nothing."""
    return None if cut.start >= cut.end else cut


@rule("clean", "work_title")
def _work_title(doc, cut: Cut) -> Optional[Cut]:
    """"Last Tango in Paris": a name inside a work's title (the block fact ``titles``)."""
    return None if cut.start in cut.titles else cut


@rule("clean", "era_after_year", uses=(filters.era_after_year,))
def _era_after_year(doc, cut: Cut) -> Optional[Cut]:
    """"2000 B.C.": an era, not British Columbia."""
    return None if filters.era_after_year(doc, cut.start, cut.end) else cut


@rule("clean", "wire_slug", uses=(filters.wire_slug,))
def _wire_slug(doc, cut: Cut) -> Optional[Cut]:
    """"(2nd LD)": a wire slug, not a name."""
    return None if filters.wire_slug(doc, cut.start, cut.end) else cut


@rule("clean", "legal_form_alone")
def _legal_form_alone(doc, cut: Cut) -> Optional[Cut]:
    """"AG", "SA": a company's legal form alone names no company (a state read as one is kept: "Denver, CO")."""
    return None if cut.end - cut.start == 1 and doc[cut.start].lower_ in COMPANY_SUFFIXES and cut.label != "place" else cut


@rule("clean", "title_before_a_person")
def _title_before_a_person(doc, cut: Cut) -> Optional[Cut]:
    """"Swiss Federal Prosecutor Carla del Ponte": a title before a name, not a body."""
    end = cut.end
    if cut.label == "organization" and (doc[end - 1].lower_ in OFFICE_TITLES or _person_noun(doc[end - 1])) \
            and end < len(doc) and doc[end].ent_type_ == "PERSON":
        return None
    return cut


@rule("clean", "date_or_event_word")
def _date_or_event_word(doc, cut: Cut) -> Optional[Cut]:
    """"Thurs.", "the Games", "the Budget", "all States": a date, an event, a common noun."""
    if cut.end - cut.start == 1 and (doc[cut.start].lower_.rstrip(".") in DATE_WORDS or doc[cut.start].lower_ in EVENT_HEADS
                                     or doc[cut.start].lower_ in EVENTS_ALONE
                                     or cut.label == "place" and doc[cut.start].lower_ in GENERIC_ORG_NOUNS):
        return None
    return cut


@rule("clean", "time_zone")
def _time_zone(doc, cut: Cut) -> Optional[Cut]:
    """"at 0950 GMT", "10:00 EST": a time zone after a clock time says when; no body."""
    if cut.end - cut.start == 1 and doc[cut.start].lower_ in TIME_ZONES and cut.start > 0 \
            and (doc[cut.start - 1].like_num or doc[cut.start - 1].lower_ in ("am", "pm", "a.m.", "p.m.", "midnight", "noon")):
        return None
    return cut


@rule("clean", "portfolio_before_title")
def _portfolio_before_title(doc, cut: Cut) -> Optional[Cut]:
    """"Home Secretary Charles Clarke", "the Education Secretary": the field of an office before its title is the
    title's, not a body ("Home" tagged an organisation)."""
    end = cut.end
    if cut.end - cut.start == 1 and cut.label == "organization" and doc[cut.start].lower_ in PORTFOLIOS and end < len(doc) \
            and doc[end].lower_ in ("secretary", "minister"):
        return None
    return cut


# The offices whose field follows them after "of" ("Minister of Trade", "Secretary of State"), singular and plural.


@rule("clean", "portfolio_after_title")
def _portfolio_after_title(doc, cut: Cut) -> Optional[Cut]:
    """"Deputy Minister of Inland Trade and Consumer Affairs", "the Secretary of State": the field after a minister's or a
    secretary's title, capitalised, and "of" is the title's, not a body ("Inland Trade" tagged an organisation); not a
    body named with "the" ("Secretary of the Navy" keeps the Navy), nor after a job in lower case ("the general
    secretary of Unison": a union's officer), nor after a body's own officer, capitalised ("General Secretary of
    Unison", "Executive Secretary of Kavotek": ``BODY_OFFICERS``)."""
    if cut.label == "organization" and cut.start >= 2 and doc[cut.start - 1].lower_ == "of" \
            and doc[cut.start - 2].lower_ in FIELD_OFFICES and doc[cut.start - 2].is_title \
            and not (cut.start >= 3 and doc[cut.start - 3].lower_ in BODY_OFFICERS):
        return None
    return cut


@rule("clean", "glued_to_a_number")
def _glued_to_a_number(doc, cut: Cut) -> Optional[Cut]:
    """"3G handsets", "2.5G technology": a letter or two printed onto a number is part of a code, not a name."""
    start = cut.start
    if cut.end - start == 1 and len(doc[start].text) <= 2 and start > 0 and doc[start - 1].like_num and not doc[start - 1].whitespace_:
        return None
    return cut


@rule("clean", "music_genre")
def _music_genre(doc, cut: Cut) -> Optional[Cut]:
    """"R&B star Alicia Keys", "hip-hop": a kind of music, not a body (the model tags "R&B" one for its "&")."""
    return None if name_key(cut.span.text) in MUSIC_GENRES else cut


@rule("clean", "title_alone")
def _title_alone(doc, cut: Cut) -> Optional[Cut]:
    """"The MSP had been a partner", "the Chancellor": an office or a job alone names no one, whatever the model tagged
    (not a word that is also a surname: "Major said")."""
    low = doc[cut.start].lower_
    if cut.end - cut.start == 1 and (low in OFFICE_TITLES or low in OCCUPATIONS or low in HONORIFICS) \
            and not gazetteer.surname(doc[cut.start].text) and not gazetteer.given_name(doc[cut.start].text):
        return None
    return cut


@rule("clean", "common_word_organisation")
def _common_word_organisation(doc, cut: Cut) -> Optional[Cut]:
    """"the Government", "the Court", "Success": a common word, not a name ("Reading 2 Stoke 2": a club)."""
    start = cut.start
    if cut.end - start == 1 and cut.label == "organization" and not party_member(doc[start].text) and (
            doc[start].lower_ in GENERIC_ORG_NOUNS or doc[start].pos_ != "PROPN" and not doc[start].is_upper and not cut.table):
        return None
    return cut


@rule("clean", "generic_words_organisation")
def _generic_words_organisation(doc, cut: Cut) -> Optional[Cut]:
    """"the State Government", "the Council Administration": a government named by words that each name any body,
    capitalised, names none in particular ("the State Council", "the State Department" are bodies' names; so is a place
    so named, which the gazetteer knows)."""
    words = cut.span
    if cut.label == "organization" and len(words) >= 2 and words[-1].lower_ in GOVERNMENT_NOUNS \
            and all(t.lower_ in GENERIC_ORG_NOUNS for t in words) \
            and not gazetteer.lookup(words.text):
        return None
    return cut


@rule("clean", "clean_name", uses=(filters.clean_name,))
def _clean_name(doc, cut: Cut) -> Cut:
    """The printed name tidied (:func:`~factarchive.extract.filters.clean_name`): "(Dietmar) Hamann", "Blair&#191;s"."""
    cut.cleaned = filters.clean_name(cut.text)
    return cut


@rule("clean", "no_name_letters")
def _no_name_letters(doc, cut: Cut) -> Optional[Cut]:
    """A name with no letter, or all in lower case, is none."""
    return None if not any(ch.isalpha() for ch in cut.text) or cut.text.islower() else cut


@rule("clean", "digits_in_person")
def _digits_in_person(doc, cut: Cut) -> Optional[Cut]:
    """"NAV:22.15": a person's name has no digit."""
    return None if cut.label == "person" and any(ch.isdigit() for ch in cut.text) else cut


@rule("clean", "compass_region", uses=(filters.compass_region,))
def _compass_region(doc, cut: Cut) -> Optional[Cut]:
    """"the Northeast", "the West Coast": a compass region, relative to a country not named."""
    return None if cut.label == "place" and filters.compass_region(name_key(cut.text)) else cut


@rule("clean", "article_before_person")
def _article_before_person(doc, cut: Cut) -> Optional[Cut]:
    """"to get to the Moon", "staying on the Moon": one word after "the" that the model tagged a person names a thing
    (a person's name takes no article): the mention is a thing's, so that the article's other mentions decide the
    name's type ("the Herald was left in limbo": the newspaper, a body by its other mentions), and a name with only such
    mentions is no fact. Not a plural ("the Beatles": a band, decided later), nor a word that modifies the noun after
    it ("the Kennedy administration": the person's)."""
    start = cut.start
    if cut.label == "person" and cut.end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" \
            and not doc[start].lower_.endswith("s") and doc[start].dep_ not in ("compound", "poss", "amod", "nmod") \
            and not (cut.end < len(doc) and doc[cut.end].tag_ == "POS"):
        cut.label = "thing"
    return cut


@rule("clean", "word_alone_in_sentence")
def _word_alone_in_sentence(doc, cut: Cut) -> Optional[Cut]:
    """"Meth. We're on it.", 'the viral "Meth. We're on it." campaign': a one-word sentence, or a word a quotation
    opens with and ends with a full stop (a slogan's word, a headline's exclamation), that the model tagged a person is
    no one, unless the census knows the word as a given name (its list of surnames, 88,799 of them, has "Meth"); tagged a
    place, it is none unless the gazetteer knows the place ("Paris.")."""
    start = cut.start
    if cut.label not in ("person", "place") or cut.end - start != 1:
        return cut
    word = doc[start].text
    alone = all(t.i == start or t.is_punct or t.is_quote for t in sentence_of(doc, start))
    quoted = start > 0 and doc[start - 1].is_quote and cut.end < len(doc) and doc[cut.end].text == "."
    known = gazetteer.given_name(word) if cut.label == "person" else gazetteer.lookup(word) or gazetteer.region(word)
    if (alone or quoted) and not known:
        return None
    return cut
