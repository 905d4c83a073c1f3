"""Clean rules, second part: what kind of name a cut is (a person's role and titles, a people, a party, a place by
its words, a body named after a person) and the names that are no person (a verb, a title alone). Run after
:mod:`factarchive.extract.clean_bounds`, in the order written here.
"""

from __future__ import annotations

import re
from typing import Optional

from . import gazetteer
from .candidates import common_noun, common_plural, country_after_qualifier, party_member, singular, state_after_place
from .cues import _outside_brackets, club_votes
from .lexicon import (COMPANY_SUFFIXES, EVENT_HEADS, FACILITY_NOUNS, HONORIFICS, INSTITUTION_HEADS, LOCATIVE, OCCUPATIONS,
                      OFFICE_TITLES, ORG_WORDS, PARTY_NAMES, PEOPLES, PLACE_HEADS, PLACE_PREFIXES, PLURAL_PEOPLE)
from .mention_types import Cut
from .name_context import _role_after, _role_before
from .nlp import entities_of, sentence_of
from .rules import rule


@rule("clean", "office_role")
def _office_role(doc, cut: Cut) -> Cut:
    """The office title before or in apposition after a name the model tagged a person is the person's role."""
    if cut.label == "person":
        cut.role = _role_before(doc, cut.start) or _role_after(doc, cut.start, cut.end)
    return cut


def _personal_name(doc, start: int, end: int) -> bool:
    """True for words a person's name is made of: every word, and each part of a hyphenated one ("Lewis-Francis"), a
    given name or a surname the gazetteer knows, the first a given name where there are two words or more."""
    words = [t.text for t in doc[start:end] if t.text != "-"]
    if not words or not all(gazetteer.given_name(w) or gazetteer.surname(w) for w in words):
        return False
    return len(words) == 1 or bool(gazetteer.given_name(words[0]))


@rule("clean", "people_not_person", uses=(_personal_name,))
def _people_not_person(doc, cut: Cut) -> Cut:
    """"Croats", "Kosovo Serbs", "Klansmen": a people, not a person; but not a name made of given names and surnames
    only, hyphenated ones too ("Mark Lewis-Francis": "Francis" is also read as a demonym)."""
    if cut.label == "person":
        last = doc[cut.end - 1].text
        hyphenated = cut.end - cut.start >= 3 and doc[cut.end - 2].text == "-"
        if (gazetteer.demonym(last) or (last.endswith(PLURAL_PEOPLE) and not gazetteer.surname(last))) \
                and not (hyphenated and _personal_name(doc, cut.start, cut.end)):
            cut.label = "group"
    return cut


@rule("clean", "common_word_person")
def _common_word_person(doc, cut: Cut) -> Optional[Cut]:
    """"Mind you, ...": one word tagged a person that the tagger reads as a verb, and that is nobody's given name or
    surname, is a common word (not a noun, an adjective or an adverb: the tagger reads many a foreign surname as one,
    "Vrtacnik played", "Kolbarov said")."""
    if cut.label == "person" and cut.end - cut.start == 1 and doc[cut.start].pos_ == "VERB" \
            and not gazetteer.given_name(doc[cut.start].text) and not gazetteer.surname(doc[cut.start].text):
        return None
    return cut


@rule("clean", "plural_of_a_title")
def _plural_of_a_title(doc, cut: Cut) -> Optional[Cut]:
    """"MPs", "Senators": one word tagged a person that is the plural of an office or a job names many people, none by
    name; so does the plural of an office's initials tagged a body ("MPs said", "MEPs voted"; not "the Chiefs", a club)."""
    if cut.end - cut.start == 1 and (cut.label == "person" or cut.label == "organization" and doc[cut.start].text[:-1].isupper()):
        low = doc[cut.start].lower_
        if low.endswith("s") and (low[:-1] in OFFICE_TITLES or low[:-1] in OCCUPATIONS or low[:-1] in HONORIFICS):
            return None
    return cut


def _title_case_neighbour(doc, i: int) -> bool:
    """True for a word printed inside a title in title case: a capitalised short word (a stop word, not "The", which a
    band's name takes: "The Smiths") right before it, not opening the sentence ("Only Fools and Horses", "Rhythm And
    Blues"), or right after it ("Butterflies And Hurricanes")."""
    def capital_stop(tok) -> bool:
        return tok.is_title and tok.is_stop and tok.lower_ != "the" and not tok.is_sent_start
    return i > 0 and capital_stop(doc[i - 1]) or i + 1 < len(doc) and capital_stop(doc[i + 1])


def _the_plural_as_body(doc, i: int) -> bool:
    """After "the" in lower case, what a club or a band called by a plural does: the subject of a verb or a possessor
    ("the Ospreys are interested", "the Kiwis' coach"), the object of a preposition that hangs on a noun ("his exclusion
    from the Saints", "the strength of the Saints": a body's members, its power), one of two plurals joined by "and the"
    ("worked with the Lanterns and the Ladders": a band's name of that shape), or a cue of a club in its sentence
    (:func:`club_votes`: "the Pumas beat Leeds"); not what is won or where one comes from after a verb ("win the Ashes", a
    series; "drifting up from the Valleys", a region)."""
    tok = doc[i]
    return tok.dep_ in ("nsubj", "nsubjpass", "poss") or tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" \
        or _pair_of_plurals(doc, i) or bool(club_votes(doc[i:i + 1]))


def _pair_of_plurals(doc, i: int) -> bool:
    """True for a capitalised plural of a common noun joined to another by "and the": "the Lanterns and the Ladders"
    (either of the two)."""
    def plural(k: int) -> bool:
        return 0 <= k < len(doc) and doc[k].is_title and common_plural(doc[k].text)
    joined = [doc[k].lower_ if 0 <= k < len(doc) else "" for k in (i + 1, i + 2, i - 2, i - 1)]
    return joined[:2] == ["and", "the"] and plural(i + 3) or joined[2:] == ["and", "the"] and plural(i - 3) and i >= 4 \
        and doc[i - 4].lower_ == "the"


@rule("clean", "plural_noun_not_person", uses=(common_plural, singular, _outside_brackets, _title_case_neighbour, _the_plural_as_body,
                                                _pair_of_plurals))
def _plural_noun_not_person(doc, cut: Cut) -> Optional[Cut]:
    """"Spurs had made a bid", "a bid from Spurs": one word tagged a person that is the plural of an English common noun,
    and nobody's given name or surname ("Woods", "Banks" are surnames), names no one: a club or a band called by a
    plural ("Spurs", "Saints"), a body. Not at the start of a sentence ("Recipes adapted from ...", "Critics said": a
    common word capitalised there), nor inside brackets ("Ketuvim (or Writings)", a gloss), nor after an adjective or a
    number ("deluxe Champagnes": a kind of thing; "5.45m Euros": a currency), nor a word of four letters or fewer ("Ids",
    a Dutch given name, reads as the plural of "id"), nor after "the" but as a body acts (:func:`_the_plural_as_body`).
    A word of a title in title case (:func:`_title_case_neighbour`: "Only Fools and Horses", "Butterflies And
    Hurricanes") is a piece of a work's title the model cut short: no one's name, no body's; dropped."""
    tok = doc[cut.start]
    i = cut.start
    prev = doc[i - 1] if i > 0 else None
    if cut.label == "person" and cut.end - cut.start == 1 and not tok.is_sent_start \
            and _outside_brackets(doc, sentence_of(doc, cut.start).start, cut.start) and not any(c.dep_ in ("amod", "nummod") for c in tok.children) \
            and not (prev is not None and (prev.like_num or prev.pos_ == "NUM")):
        word = doc[cut.start].text
        if word[:1].isupper() and word[1:].islower() and len(word) >= 5 and common_plural(word) \
                and not gazetteer.given_name(word) and not gazetteer.surname(word):
            if _title_case_neighbour(doc, i):
                return None
            if not (prev is not None and prev.text == "the" and not _the_plural_as_body(doc, i)):
                cut.label = "organization"
    return cut


@rule("clean", "acronym_not_person")
def _acronym_not_person(doc, cut: Cut) -> Cut:
    """"BAA launched a series of consultations": one word in capitals, of two to five letters, tagged a person in a sentence
    printed in lower case is a body's initials (a headline or a results line in capitals prints people's names so,
    "GONZALEZ HOMERS TWICE")."""
    if cut.label == "person" and cut.end - cut.start == 1:
        tok = doc[cut.start]
        if tok.is_upper and tok.is_alpha and 2 <= len(tok.text) <= 5 and any(t.is_lower and t.is_alpha for t in sentence_of(doc, cut.start)):
            cut.label = "organization"
    return cut


@rule("clean", "title_not_name")
def _title_not_name(doc, cut: Cut) -> Optional[Cut]:
    """"the Investigation Judge", "a Senior Minister": words that end in an office title and begin with no given
    name are a title, not a person's name ("John Major" begins with a given name)."""
    if cut.label == "person" and cut.end - cut.start >= 2 and doc[cut.end - 1].lower_ in OFFICE_TITLES \
            and not gazetteer.given_name(doc[cut.start].text):
        return None
    return cut


@rule("clean", "institution_word_last")
def _institution_word_last(doc, cut: Cut) -> Cut:
    """"the Rupert Hale Foundation", "Mary Lane Institute": a name tagged a person that ends in a word only a body's name
    ends in is the body's (named after a person)."""
    if cut.label == "person" and cut.end - cut.start >= 2 and (doc[cut.end - 1].lower_ in INSTITUTION_HEADS
                                                               or doc[cut.end - 1].lower_ in COMPANY_SUFFIXES):
        cut.label = "organization"
    return cut


@rule("clean", "honorific_before")
def _honorific_before(doc, cut: Cut) -> Cut:
    """"Ms. Wertheimer", "President Clinton": said of a person; but not a name that itself stands before an office title,
    which it qualifies ("the former Leeds mayor", "a former Treasury secretary"), nor one that modifies the noun after it
    ("a former Eton pupil")."""
    root = cut.span.root
    if cut.start > 0 and (doc[cut.start - 1].lower_ in HONORIFICS or doc[cut.start - 1].lower_ in OFFICE_TITLES) \
            and not (cut.end < len(doc) and doc[cut.end].lower_ in OFFICE_TITLES) \
            and not (root.dep_ == "compound" and root.head.i >= cut.end and root.head.pos_ == "NOUN"):
        cut.titled = True
    return cut


@rule("clean", "politician_seat")
def _politician_seat(doc, cut: Cut) -> Cut:
    """"George Mitchell, D-Maine", "Hashim Ismail (BN-Ledang)": a politician and his seat."""
    end = cut.end
    if end + 3 < len(doc) and doc[end].text in (",", "(") and doc[end + 2].text == "-" and re.fullmatch(r"[A-Z]{1,3}", doc[end + 1].text) \
            and doc[end + 3].is_title and len(doc[end + 3].text) > 1:
        cut.titled = True
    return cut


@rule("clean", "numbered_unit")
def _numbered_unit(doc, cut: Cut) -> Cut:
    """"the 8th U.S. Circuit Court of Appeals", "the 101st Airborne Division": a numbered unit's number is its name's."""
    if cut.label == "organization" and cut.start > 0 and re.fullmatch(r"\d+(st|nd|rd|th)", doc[cut.start - 1].lower_):
        cut.start -= 1
    return cut


@rule("clean", "holiday")
def _holiday(doc, cut: Cut) -> Optional[Cut]:
    """"St. Patrick's Day": a holiday, not a place or an actor."""
    if cut.label != "person" and cut.end + 1 < len(doc) and doc[cut.end].tag_ == "POS" and doc[cut.end + 1].lower_ == "day":
        return None
    return cut


@rule("clean", "people_as_organisation")
def _people_as_organisation(doc, cut: Cut) -> Cut:
    """"Kosovo Albanians" tagged an organisation: a people."""
    if cut.label == "organization" and cut.end - cut.start >= 2 and gazetteer.demonym(doc[cut.end - 1].text) \
            and doc[cut.end - 1].lower_.endswith("s"):
        cut.label = "group"
    return cut


@rule("clean", "demonym_as_organisation")
def _demonym_as_organisation(doc, cut: Cut) -> Cut:
    """"a Briton has won", "the Scots": one word tagged a body or a person that is a people's name (a demonym or its
    plural, "Spaniard", "Britons") is a people, not an actor (a singular one is then dropped as an adjective is)."""
    if cut.label in ("organization", "person") and cut.end - cut.start == 1 and gazetteer.demonym(doc[cut.start].text) \
            and not gazetteer.country(doc[cut.start].text) and not party_member(doc[cut.start].text):
        cut.label = "group"
    return cut


@rule("clean", "event_head")
def _event_head(doc, cut: Cut) -> Optional[Cut]:
    """"Davis Cup", "Academy Award": an event or a prize, not an actor."""
    if cut.end - cut.start >= 2 and cut.label in ("person", "organization", "place", "thing") and doc[cut.end - 1].lower_ in EVENT_HEADS:
        return None
    return cut


@rule("clean", "place_words")
def _place_words(doc, cut: Cut) -> Cut:
    """"Houston Street", "Pulau Ular": a place, whatever the model said; but a person the model tagged with a given name
    and a surname ("Wayne Bridge", "Michael Bay") stays a person."""
    start, end = cut.start, cut.end
    if end - start >= 2 and cut.label in ("person", "organization", "place", "thing"):
        personal = cut.label == "person" and gazetteer.given_name(doc[start].text) and gazetteer.surname(doc[end - 1].text)
        if (doc[end - 1].lower_ in PLACE_HEADS or doc[start].lower_ in PLACE_PREFIXES) and not personal:
            cut.label = "place"
    return cut


@rule("clean", "party_members")
def _party_members(doc, cut: Cut) -> Cut:
    """"the Communists", "Christian Democrats": the party, by its members; "Labour" tagged a person, the party."""
    if cut.label in ("group", "person") and (party_member(cut.span.text) or cut.span.text.lower() in PARTY_NAMES):
        cut.label = "organization"
    return cut


@rule("clean", "country_after_qualifier", uses=(country_after_qualifier,))
def _country_after_qualifier(doc, cut: Cut) -> Cut:
    """"Nazi Germany", "Southern Lebanon": the country (:func:`~factarchive.extract.candidates.country_after_qualifier`)."""
    if cut.label in ("place", "organization"):
        start = country_after_qualifier(doc, cut.start, cut.end)
        if start != cut.start:
            cut.start, cut.label = start, "place"
    return cut


@rule("clean", "facility_noun")
def _facility_noun(doc, cut: Cut) -> Cut:
    """"the M4 highway": the noun after a facility's name is the name's."""
    if cut.label == "place" and cut.ent.label_ == "FAC":
        while cut.end < len(doc) and doc[cut.end].lower_ in FACILITY_NOUNS:
            cut.end += 1
    return cut


def _side_of_sheet(doc, cut: Cut) -> bool:
    """True for a side a team sheet names: the one before its colon or dash ("Bolton: Jaaskelainen, ..."), or a player's
    club in brackets after his name ("Jones (Wolves)", "Pelous (Stade Toulousain, capt)"); not a substitute, whose
    minute follows ("Hierro (Campo 64)"), nor a personal name in brackets (a cast list's part: "Monica Hale (Ebony)")."""
    if cut.end < len(doc) and doc[cut.end].text in (":", "-", "\u2013") and all(not t.is_punct for t in doc[:cut.start]):
        return True
    if cut.start == 0 or doc[cut.start - 1].text != "(" or cut.end < len(doc) and doc[cut.end].like_num:
        return False
    first, last = doc[cut.start].text, doc[cut.end - 1].text
    personal = gazetteer.given_name(first) or gazetteer.surname(first) if cut.end - cut.start == 1 \
        else gazetteer.given_name(first) and gazetteer.surname(last)
    return not personal


def _sheet_of_people(doc) -> bool:
    """True for a list the model reads as people: of its names outside brackets (a club or a substitute is in them), no
    fewer tagged persons than bodies (a draw's list of clubs, "Barcelona, Bayern Munich, PSV Eindhoven, Real Madrid,
    Werder Bremen", is a list of bodies)."""
    labels = [ent.label_ for ent in entities_of(doc) if ent.start == 0 or doc[ent.start - 1].text != "("]
    return labels.count("PERSON") >= labels.count("ORG")


@rule("clean", "player_in_team_sheet", uses=(_side_of_sheet, _sheet_of_people))
def _player_in_team_sheet(doc, cut: Cut) -> Cut:
    """"Almunia, Lauren, Cygan, Senderos, Cole, Fabregas (Toure 90), ...": in a team sheet (the block fact ``roster``),
    a name the model tagged a place, a product or a body ("Hierro (Campo 64), Speed, Gardner") that the gazetteer knows
    as no place is a player; a body only in a list the model reads as people (:func:`_sheet_of_people`), and not a side
    the sheet names (:func:`_side_of_sheet`)."""
    if cut.roster and cut.label in ("place", "thing", "organization") and not gazetteer.lookup(cut.span.text) \
            and not (cut.label == "organization" and (_side_of_sheet(doc, cut) or not _sheet_of_people(doc))):
        cut.label = "person"
    return cut


def _list_of_places(tok) -> bool:
    """True when the list a word is in says where: after "in", "at", "near" ("in London, Leeds and Glasgow"), or before
    a noun for a facility ("Edinburgh and Glasgow airports"); not a list of sides ("champions Bath, 56-13 winners over
    Orrell, and Northampton": clubs named after their towns)."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.dep_ == "pobj" and first.head.lower_ in LOCATIVE:
        return True
    return first.dep_ == "compound" and first.head.lower_.rstrip("s") in FACILITY_NOUNS


# The least population of a town whose name, listed with places, makes a place of a word the model tagged a person.
LISTED_TOWN = 50_000


@rule("clean", "listed_with_places", uses=(_list_of_places,))
def _listed_with_places(doc, cut: Cut) -> Cut:
    """"Heathrow, Gatwick, Edinburgh and Glasgow airports": one word tagged a person, listed with a name the model tagged a
    place, that the gazetteer knows as a place, is a place too (a person listed with places is rare). Not one tagged a
    body: its other mentions vote on, and a place made of it here would take the province word of another mention
    ("in Nagano prefecture", "in Hiroshima and Nagano"), which OntoNotes does not count as the name. Only a region or a
    town of some size by that very name ("Murphy", a town of 20,000, is also a surname listed in a team sheet)."""
    word = doc[cut.start].text
    city = gazetteer.city(word) if cut.end - cut.start == 1 and cut.label == "person" else None
    known = city is not None and city.name.casefold() == word.casefold() and city.population >= LISTED_TOWN \
        or cut.end - cut.start == 1 and cut.label == "person" and gazetteer.region(word) is not None
    if known:
        root = doc[cut.start]
        partners = ([root.head] if root.dep_ == "conj" else []) + [child for child in root.children if child.dep_ == "conj"]
        if any(t.ent_type_ in ("GPE", "LOC", "FAC") for t in partners) and _list_of_places(root):
            cut.label = "place"
    return cut


@rule("clean", "region_of_a_continent")
def _region_of_a_continent(doc, cut: Cut) -> Cut:
    """"record sales in Asia Pacific", "across Europe and Asia Pacific": a name of two words or more whose first word is
    a continent's, tagged a person or a body, right after "in" or listed with a name the model tagged a place, is a
    region of that continent (the model reads "Asia" as a given name, or the whole as a body's arm). Not a name that
    ends in a body's word ("Asia Development Bank"), nor one said of otherwise ("MTV's Asia Aid will be held in
    Bangkok": a concert, left to the other rules)."""
    if cut.label not in ("person", "organization") or cut.end - cut.start < 2 or not gazetteer.continent(doc[cut.start].text) \
            or doc[cut.end - 1].lower_ in ORG_WORDS or doc[cut.end - 1].lower_ in COMPANY_SUFFIXES:
        return cut
    root = doc[cut.start:cut.end].root
    partners = ([root.head] if root.dep_ == "conj" else []) + [child for child in root.children if child.dep_ == "conj"]
    if cut.start > 0 and doc[cut.start - 1].lower_ == "in" or any(t.ent_type_ in ("GPE", "LOC") for t in partners):
        cut.label = "place"
    return cut


@rule("clean", "listed_with_bodies")
def _listed_with_bodies(doc, cut: Cut) -> Cut:
    """"Arsenal or Chelsea, who won their groups", "while Arsenal and Chelsea have yet to come": one word tagged a person
    that is a given name and no one's surname, joined by "and" or "or" to a name the model tagged a body, is a body too (news names a
    person alone by the surname, and a given name alone is rarely listed with firms or clubs). Not a word in capitals
    (initials are handled apart), nor a name with a title before it, nor a team sheet's player ("Pettigrew, Ossian")."""
    if cut.label != "person" or cut.end - cut.start != 1 or cut.titled or cut.roster or doc[cut.start].is_upper \
            or not gazetteer.given_name(doc[cut.start].text) or gazetteer.surname(doc[cut.start].text):
        return cut
    root = doc[cut.start]
    partners = ([root.head] if root.dep_ == "conj" else []) + [child for child in root.children if child.dep_ == "conj"]
    if any(t.ent_type_ == "ORG" for t in partners):
        cut.label = "organization"
    return cut


# Members of a parliament, before "for" and the seat they sit for ("the Labour MP for Birkenhead").
SEAT_HOLDERS = frozenset({"mp", "mps", "mep", "meps", "msp", "msps", "mla", "mlas", "member", "members"})


@rule("clean", "seat_of_a_member")
def _seat_of_a_member(doc, cut: Cut) -> Cut:
    """"the Labour MP for Birkenhead", "the member for Sedgefield": the name after "for" is a seat, a place, whatever the
    model tagged (it tags such a seat a person)."""
    if cut.label in ("person", "organization") and cut.start >= 2 and doc[cut.start - 1].lower_ == "for" \
            and doc[cut.start - 2].lower_ in SEAT_HOLDERS:
        cut.label = "place"
    return cut


@rule("clean", "listed_with_peoples")
def _listed_with_peoples(doc, cut: Cut) -> Cut:
    """"His father Blackfoot, French and Ojibwa": a single word tagged a person, a body or a country, listed with a
    people (the model's NORP), that the gazetteer knows as no place is a people too."""
    if cut.end - cut.start == 1 and (cut.label in ("person", "organization") or cut.ent.label_ == "GPE"):
        root = doc[cut.start]  # not a region the model tagged LOC: "Asian and Pacific markets"
        partners = ([root.head] if root.dep_ == "conj" else []) + [child for child in root.children if child.dep_ == "conj"]
        if any(t.ent_type_ == "NORP" and not party_member(t.text) for t in partners) and not gazetteer.lookup(root.text) \
                and not party_member(root.text):
            cut.label = "group"
    return cut


def a_people(text: str) -> bool:
    """True for the name of a people or a following: a demonym or its plural (the whole name's or its last word's,
    "Kosovo Serbs"), a place's people ("New Yorkers"), a plural in one of PLURAL_PEOPLE's endings ("Christians"), a
    party's members, or a word of ``PEOPLES`` ("Muslims", "Brits")."""
    words = text.replace("-", " ").split()
    last = words[-1].lower() if words else ""
    if text.endswith("ers") and any(gazetteer.lookup(stem) or gazetteer.us_state(stem) for stem in (text[:-3], text[:-4])):
        return True  # "New Yorkers", "Londoners": the people of a place
    return bool(gazetteer.demonym(text) or gazetteer.demonym(last)) or last.endswith(PLURAL_PEOPLE) or last in PEOPLES \
        or text.lower() in PEOPLES or party_member(text)


@rule("clean", "group_not_a_people", uses=(a_people, _personal_name, common_plural, singular, common_noun))
def _group_not_a_people(doc, cut: Cut) -> Cut:
    """A name in the plural the model or a rule before made a people that is no people (:func:`a_people`): a person where
    it is two words or a hyphenated one, all given names and surnames ("Lewis-Francis", "Mark Lewis-Francis"); a thing
    where it is the plural of a common noun not printed after a capitalised "The" ("11 Tests", "a Windows virus"; "The
    Doors" is a band); else a body, a team or a band named in the plural ("Springboks", "Stereophonics", "joining
    Corinthians"), and so is one surname in the plural ("a truce with the Contras": a surname too)."""
    if cut.label != "group" or not doc[cut.end - 1].text.endswith("s") or a_people(cut.span.text) \
            or cut.end < len(doc) and doc[cut.end].text == "-" and not doc[cut.end - 1].whitespace_:
        return cut  # a singular is an adjective, dropped later ("Turkish forces"); so is a prefix ("Trans-Caucasian")
    if cut.end - cut.start >= 2 and _personal_name(doc, cut.start, cut.end):
        cut.label = "person"
    elif cut.end - cut.start == 1 and common_plural(doc[cut.start].text) \
            and not (cut.start > 0 and doc[cut.start - 1].text == "The"):
        cut.label = "thing"
    else:
        cut.label = "organization"
    return cut


@rule("clean", "state_abbreviation", uses=(state_after_place,))
def _state_abbreviation(doc, cut: Cut) -> Cut:
    """"Grass Valley, Calif.", "College Station, TX", "Denver, CO" (tagged a body): after a place and a comma, a US
    state's abbreviation is a place, the state (named in full by ``entities._canonical``: a region of the United
    States). "from NC" (tagged a place) too: a postal code after "from" or "in", unless a US city goes by it ("in LA",
    "in NY" name Los Angeles and New York City)."""
    if cut.end - cut.start != 1:
        return cut
    tok = doc[cut.start]
    us_city = gazetteer.city(tok.text)
    after_preposition = cut.start > 0 and doc[cut.start - 1].lower_ in ("from", "in") and tok.ent_type_ == "GPE" \
        and not (us_city and us_city.country == "US")
    if state_after_place(doc, cut.start) or after_preposition and len(tok.text) == 2:
        if gazetteer.us_state_abbreviation(tok.text):
            cut.label = "place"
    return cut


@rule("clean", "type_letter_after")
def _type_letter_after(doc, cut: Cut) -> Cut:
    """"USB-C", "USB-A ports": a name in capitals with a single capital letter joined by a hyphen after it is a
    standard's or a product's type (a connector, a model), a thing, whatever the model tagged the name before it."""
    end = cut.end
    if end + 1 < len(doc) and doc[end - 1].is_upper and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and len(doc[end + 1].text) == 1 and doc[end + 1].is_upper:
        cut.label = "thing"
    return cut
