"""Clean rules for names that are no places or people by their shape or their list: a Latin binomial ("Yersinia
pestis"), the players of a team sheet printed in a sentence of the body ("Subs not used: Lehmann, Fabregas, Senderos,
Hoyte."), a common noun opening a sentence ("Spyware is ..."). Run before :mod:`factarchive.extract.clean_drops`.

Not here: one word after "a"/"an" tagged a person ("a Moon landing"). As a thing's mention it cost IE-ER and
OntoNotes PERSON (article level, -1 and -2 true positives): the gold sets tag "a Roosevelt administration", "a Kennedy
specialty", "a Rachmaninoff" as people, and nothing in the words tells "a Moon landing" from them.
"""

from __future__ import annotations

import re
from typing import Optional

from . import gazetteer
from .lexicon import (ADMIN_SUFFIXES, FACILITY_NOUNS, LATIN_SPECIES_ENDINGS, NAME_PARTICLES, PLACE_HEADS, SHEET_ROLE_WORDS,
                      SURNAME_TOWN_POPULATION)
from .mention_types import Cut
from .nlp import entities_in, per_doc, sentence_of, sentence_text
from .rules import rule


@rule("clean", "latin_binomial")
def _latin_binomial(doc, cut: Cut) -> Optional[Cut]:
    """"Yersinia pestis", "Plasmodium falciparum": a capitalised genus then a lower-case species word in Latin names a
    living thing, never a place or a person. Not a place's common noun after its name ("Bernabeu stadium", "Aceh
    province"), nor a name the gazetteer knows, nor one whose first word it knows: "Darfur crisis", "Manchester arena",
    "Kenya media" end like Latin but name a place's thing."""
    if cut.label not in ("place", "person") or cut.end - cut.start != 2:
        return cut
    genus, species = doc[cut.start], doc[cut.start + 1]
    if not (genus.is_alpha and genus.is_title and species.is_alpha and species.is_lower and len(species) >= 4):
        return cut
    word = species.lower_
    if word in PLACE_HEADS or word in FACILITY_NOUNS or word in ADMIN_SUFFIXES or not word.endswith(LATIN_SPECIES_ENDINGS) \
            or gazetteer.lookup(cut.span.text) or gazetteer.lookup(genus.text):
        return cut
    return None


# One name of a team sheet: one to three capitalised words, perhaps after a lower-case particle ("van der Walt"),
# perhaps with a substitution in brackets ("Murray (Anyinsah 59)"), as filters.TEAM_SHEET reads a whole block; here a
# sentence, its names between commas or semicolons (rugby sheets print a semicolon between the lines of the side), four
# at least, after the side's or the bench's label, or after a bare colon or dash (the side's name lost); a captain's
# role word may stand between two names as an item of its own ("O'Connell, capt, Easterby").
_PARTICLE = "(?:" + "|".join(sorted(w for w in NAME_PARTICLES if w.isalpha())) + ")"
_NAME = rf"(?:{_PARTICLE} )*[A-Z][\w'’.-]*(?: (?:{_PARTICLE} )*[A-Z][\w'’.-]*){{0,2}}(?: \([^()]{{1,40}}\))?"
_ROLE = "(?:" + "|".join(re.escape(w) for w in sorted(SHEET_ROLE_WORDS)) + ")"
_ITEM = rf"(?:{_NAME}|{_ROLE})"
SHEET_SENTENCE = re.compile(rf"(?:(?:[A-Z][\w .'’-]{{0,40}})?[:–-] )?{_NAME}(?:[,;] {_ITEM}){{3,}}(?:,? and {_NAME})?[.,]?")


def _bracketed_side(doc, start: int, end: int) -> bool:
    """True for a name in brackets after a player's, his club's ("Tom Hale (Harrowby)", "(Harrowby, capt)"); not a
    substitute's, whose minute follows ("(Quist 59)")."""
    if start == 0 or doc[start - 1].text != "(":
        return False
    return not (end < len(doc) and doc[end].like_num)


def surname_town(text: str) -> bool:
    """A one-word name that is a surname and only a town the gazetteer knows, of fewer than SURNAME_TOWN_POPULATION
    people ("Murphy", a town of Texas): no country, region or state ("Scotland", "Holland" stay places)."""
    if " " in text or not gazetteer.surname(text) or gazetteer.country(text) or gazetteer.region(text) \
            or gazetteer.us_state(text):
        return False
    place = gazetteer.lookup(text)
    return place is not None and place.kind == "city" and place.population < SURNAME_TOWN_POPULATION


def sheet_sentence(sent) -> bool:
    """True for a sentence that is a team sheet, or a line of one: names between commas or semicolons, at least one of
    them a person by the model, none outside brackets a place the gazetteer knows (a list of towns is no sheet), but a
    small town whose name is a surname (:func:`surname_town`: "Murphy, Dempsey, Horgan"). Read once per sentence."""
    def read() -> bool:
        text = sentence_text(doc, sent.start)
        if len(text) > 600 or not SHEET_SENTENCE.fullmatch(text):
            return False
        ents = [e for e in entities_in(doc, sent.start, sent.end) if not _bracketed_side(doc, e.start, e.end)]
        if not any(e.label_ == "PERSON" for e in ents):
            return False
        return not any(e.label_ in ("GPE", "LOC") and (gazetteer.lookup(e.text) or gazetteer.country(e.text))
                       and not surname_town(e.text) for e in ents)

    doc = sent.doc
    return per_doc(doc, ("sheet_sentence", sent.start, sent.end), read)


def _personal(span) -> bool:
    """A name a person's by the census lists (which print "O'Connell" as "OCONNELL"): one word a surname or a given
    name ("Maxwell", "O'Connell"), or a given name or an initial then a surname ("S Best", "Tom Hale")."""
    def bare(tok) -> str:
        return tok.text.replace("'", "").replace("\u2019", "")
    first, last = bare(span[0]), bare(span[-1])
    if len(span) == 1:
        return len(first) > 2 and (gazetteer.surname(first) or gazetteer.given_name(first))
    initial = len(first.rstrip(".")) == 1 and first[0].isupper()
    return len(span) == 2 and (initial or gazetteer.given_name(first)) and gazetteer.surname(last)


def _sheet_of_people(sent) -> bool:
    """A sheet sentence the model reads as people: of its names outside brackets, no fewer tagged persons than bodies."""
    labels = [e.label_ for e in entities_in(sent.doc, sent.start, sent.end) if not _bracketed_side(sent.doc, e.start, e.end)]
    return labels.count("PERSON") >= labels.count("ORG")


def _side_label(doc, cut: Cut) -> bool:
    """The name before a sheet's colon or dash, at its sentence's start: the side's or the bench's ("Bolton: ...")."""
    sent = sentence_of(doc, cut.start)
    return cut.start == sent.start and cut.end < len(doc) and doc[cut.end].text in (":", "-", "\u2013")


@rule("clean", "player_in_sheet_sentence", uses=(sheet_sentence, surname_town, _bracketed_side, _personal, _sheet_of_people,
                                                          _side_label))
def _player_in_sheet_sentence(doc, cut: Cut) -> Cut:
    """"Subs Not Used: Francis, Kabba, Shaw, Haystead.", "Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis": in a
    sentence that is a team sheet (:func:`sheet_sentence`), a name the model tagged a place that the gazetteer does not
    know is a player (on BBC text, 68 of 697 places named in one article only and unknown to the gazetteer); so is, there
    or in a block that is a team sheet, a small town whose name is a surname (:func:`surname_town`: ": Murphy, Dempsey,
    Horgan, ..."), and a body whose every word is a given name, a surname or an initial ("Maxwell, Bell, Steinmetz"), or
    any body of a sheet sentence the model reads as people (:func:`_sheet_of_people`).
    Never a club in brackets after a player's name, nor the side's name before the colon, nor a name the model ran on
    across a comma ("Quist, Ortmann": two players, no one's name)."""
    if cut.label not in ("place", "organization") or not cut.roster and not sheet_sentence(sentence_of(doc, cut.start)):
        return cut  # (most names: the sentence's test is made once for all its names)
    if _bracketed_side(doc, cut.start, cut.end) or _side_label(doc, cut) or any(t.text in (",", ";") for t in cut.span):
        return cut
    text = cut.span.text
    known = gazetteer.lookup(text)
    if not (cut.roster and (cut.label == "organization" or known)) and not sheet_sentence(sentence_of(doc, cut.start)):
        return cut
    if cut.label == "place" and (not known and not cut.roster or surname_town(text)):
        cut.label = "person"
    elif cut.label == "organization" and (not known or surname_town(text)) and (
            _personal(cut.span) or not cut.roster and _sheet_of_people(sentence_of(doc, cut.start))):
        cut.label = "person"
    return cut


@rule("clean", "common_noun_opening_sentence")
def _common_noun_opening_sentence(doc, cut: Cut) -> Optional[Cut]:
    """"Tuberculosis, Hepatitis B and HIV.", "Spyware is considered ...", "Salary scandal in Cameroon": one word that
    opens a sentence (capitalised by its position only), that the tagger reads as a common noun, and that the gazetteer
    does not know, tagged a place, is no place."""
    start = cut.start
    tok = doc[start]
    if cut.label == "place" and cut.end - start == 1 and start == sentence_of(doc, start).start and tok.pos_ == "NOUN" \
            and not gazetteer.lookup(tok.text) and not gazetteer.region(tok.text) and not gazetteer.country(tok.text):
        return None
    return cut
