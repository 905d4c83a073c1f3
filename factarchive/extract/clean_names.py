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
from .lexicon import ADMIN_SUFFIXES, FACILITY_NOUNS, LATIN_SPECIES_ENDINGS, PLACE_HEADS
from .mention_types import Cut
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
            or gazetteer.lookup(doc[cut.start:cut.end].text) or gazetteer.lookup(genus.text):
        return cut
    return None


# One name of a team sheet: one to three capitalised words, perhaps with a substitution in brackets ("Murray (Anyinsah
# 59)"), as filters.TEAM_SHEET reads a whole block; here a sentence, its names between commas or semicolons (rugby
# sheets print a semicolon between the lines of the side), four at least, after the side's or the bench's label.
_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([^()]{1,40}\))?"
SHEET_SENTENCE = re.compile(rf"(?:[A-Z][\w .'’-]{{0,40}}[:–-] )?{_NAME}(?:[,;] {_NAME}){{3,}}(?:,? and {_NAME})?[.,]?")


def sheet_sentence(sent) -> bool:
    """True for a sentence that is a team sheet, or a line of one: names between commas or semicolons, at least one of
    them a person by the model, none a place the gazetteer knows (a list of towns is no sheet)."""
    text = sent.text.strip()
    if len(text) > 600 or not SHEET_SENTENCE.fullmatch(text):
        return False
    ents = [e for e in sent.ents]
    if not any(e.label_ == "PERSON" for e in ents):
        return False
    return not any(e.label_ in ("GPE", "LOC") and (gazetteer.lookup(e.text) or gazetteer.country(e.text)) for e in ents)


@rule("clean", "player_in_sheet_sentence", uses=(sheet_sentence,))
def _player_in_sheet_sentence(doc, cut: Cut) -> Cut:
    """"Subs Not Used: Francis, Kabba, Shaw, Haystead.", "Murphy; Rabeni, Smith, Gibson, Healey; Goode, Ellis": in a
    sentence that is a team sheet (:func:`sheet_sentence`), a name the model tagged a place that the gazetteer does not
    know is a player (on BBC text, 68 of 697 places named in one article only and unknown to the gazetteer)."""
    if cut.label == "place" and not cut.roster and not gazetteer.lookup(doc[cut.start:cut.end].text) \
            and sheet_sentence(doc[cut.start].sent):
        cut.label = "person"
    return cut


@rule("clean", "common_noun_opening_sentence")
def _common_noun_opening_sentence(doc, cut: Cut) -> Optional[Cut]:
    """"Tuberculosis, Hepatitis B and HIV.", "Spyware is considered ...", "Salary scandal in Cameroon": one word that
    opens a sentence (capitalised by its position only), that the tagger reads as a common noun, and that the gazetteer
    does not know, tagged a place, is no place."""
    start = cut.start
    tok = doc[start]
    if cut.label == "place" and cut.end - start == 1 and tok.i == tok.sent.start and tok.pos_ == "NOUN" \
            and not gazetteer.lookup(tok.text) and not gazetteer.region(tok.text) and not gazetteer.country(tok.text):
        return None
    return cut
