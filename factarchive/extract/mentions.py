"""Mentions: every name in one parsed block, cleaned (stages ``entities.mentions``, ``entities.complete``).

The candidates of :mod:`factarchive.extract.candidates` are trimmed of "the"
and "'s", full names restored where the model cut them short, titles and
honorifics split off (office titles kept as roles, also from apposition:
"Vladimir Putin, the Russian president,"), credits and agencies marked as
provenance, names that are not facts dropped (:mod:`factarchive.extract.filters`),
and what the sentence says of each name recorded (:mod:`factarchive.extract.cues`).
What each name *is* is decided later, once per article (:mod:`factarchive.extract.entities`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from spacy.util import filter_spans as spacy_filter_spans

from . import cues, filters, gazetteer, rules  # noqa: F401 (cues and filters register their vote and block rules)
from .candidates import (GAZETTEER_ONLY, company_form, country_after_qualifier, dateline_credit, name_key, name_token, name_words,
                         party_member, title_word, warm_up)
from .lexicon import (AGENCIES, CAMPAIGN_VERBS, COMPANY_SUFFIXES, DATE_WORDS, EVENT_HEADS, FACILITY_NOUNS, GENERIC_ORG_NOUNS, HONORIFICS,
                      INSTITUTION_HEADS, LOCATIVE,
                      NAME_ABBREVIATIONS, NAME_PARTICLES, OCCUPATIONS, OFFICE_TITLES, PERSON_NOUNS, PLACE_HEADS, PLACE_PREFIXES,
                      PERSONAL_HONORIFICS, PLURAL_PEOPLE, PROVINCE_WORDS, REPORTING_VERBS, SETTLEMENTS, WEEKDAYS)
from .nlp import sentence_of
from .rules import rule
# Works, products and events are kept as "thing": never a fact, but their mentions vote, so that a name the
# model tags a work in one sentence and a person in another is not made a person by the one vote alone.
ENTITY_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
                 GAZETTEER_ONLY: "place", "PRODUCT": "thing", "WORK_OF_ART": "thing", "EVENT": "thing"}
# Parts of speech that do not begin a name ("Echoing Annan", "Asked Smith").
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "PRON", "PART", "INTJ"})
POSITIONS = {"l": "L", "left": "L", "r": "R", "right": "R", "c": "C", "center": "C", "centre": "C",
             "front": "front", "back": "back", "top": "top", "bottom": "bottom"}


@dataclass(frozen=True)
class Block:
    """A unit of article text parsed as one spaCy Doc."""

    kind: str  # "title", "body" or "caption"
    index: int  # position in the article (title 0, then body, then captions)
    text: str


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in one sentence."""

    text: str
    label: str  # one of ENTITY_LABELS' values
    spacy_label: str
    block: int
    start_char: int
    sentence: str
    role: Optional[str] = None
    position: Optional[str] = None  # where a caption places the person: L, R, C
    dep: str = ""  # dependency label of the span's root: tells a subject from a modifier
    provenance: bool = False  # a credit or an agency cited as the source of a statement
    locative: bool = False  # right after "in", "near", "at": said of a place
    titled: bool = False  # after "Mr", "Ms.", "President": said of a person
    settlement: bool = False  # after "the town of", "the city of": a city, whatever the gazetteer knows
    speaker: bool = False  # the subject of "said", "told": someone who speaks
    institution: int = 0  # votes for an organisation from the sentence (factarchive.extract.cues)
    shouted: bool = False  # in a subheading printed in capitals: kept only where named elsewhere or known
    thing: int = 0  # votes for a work, product or award from the sentence ("won an Oscar", "the Star Wars film")
    club: int = 0  # votes for the sports club named after a place ("Glasgow flanker", "Leicestershire beat Somerset")
    table: bool = False  # in a line of a results table ("Stoke 4 3 1 0 7 4 10"): a club, whatever the name is elsewhere

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def order(self) -> tuple[int, int]:
        return (self.block, self.start_char)


# --------------------------------------------------------------------------- find



def _role_before(doc, start: int) -> Optional[str]:
    """An office title right before a name: "President of Turkey", "Russian President"."""
    j = start - 1
    while j >= 0 and start - j <= 6:
        tok = doc[j]
        if tok.lower_ in OFFICE_TITLES or tok.lower_ in ("of", "the") or (tok.ent_type_ in ("GPE", "NORP", "ORG") and tok.is_title):
            j -= 1
            continue
        break
    words = list(doc[j + 1 : start])
    while words and words[0].lower_ in ("of", "the"):
        words.pop(0)
    if not any(w.lower_ in OFFICE_TITLES for w in words):
        return None
    return " ".join(w.text for w in words) or None


def _role_after(doc, start: int, end: int) -> Optional[str]:
    """An office in apposition after a name: "Vladimir Putin, the Russian president," -> "Russian president"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    root = doc[start:end].root
    for child in root.children:
        if child.dep_ != "appos" or child.i <= end:
            continue
        words = list(doc[child.left_edge.i : child.right_edge.i + 1])
        while words and (words[0].pos_ == "DET" or words[0].is_punct):
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        if 0 < len(words) <= 8 and any(w.lower_ in OFFICE_TITLES for w in words) and not any(w.ent_type_ == "PERSON" for w in words):
            return doc[words[0].i : words[-1].i + 1].text
    return None


def follower_adjective(word: str) -> bool:
    """A follower's adjective made from a surname: "Blairite", "Thatcherite" (not a given name such as "Marguerite")."""
    return len(word) > 5 and word[:1].isupper() and word.lower().endswith("ite") and not gazetteer.given_name(word)


def _person_noun(tok) -> bool:
    low = tok.lower_
    return low in PERSON_NOUNS or low in OCCUPATIONS or low in OFFICE_TITLES


def _described_as_person(span) -> bool:
    """True when the name stands in apposition to a noun for a person.

    "Eyad Ismoil, the man who drove the van", "Hans-Joachim Ketelsen, the German
    baritone", "France's U.N. ambassador, Alain Dejammet".
    """
    root = span.root
    if root.dep_ == "appos" and _person_noun(root.head):
        return True
    return any(child.dep_ == "appos" and _person_noun(child) for child in root.children)


def _position_after(doc, end: int) -> Optional[str]:
    """"(L)", "(R)", "(C)" right after a name in a caption."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return POSITIONS.get(doc[end + 1].lower_)
    return None


def _is_attribution(span) -> bool:
    """True when the span is who a statement is attributed to ("said Reuters", "according to AP")."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in REPORTING_VERBS:
        return True
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"



# --------------------------------------------------------------------------- clean


class Cut:
    """A candidate name on its way through the clean rules: its bounds in the block's doc, its label, and what its
    block says of every name in it. A clean rule returns the cut (its bounds or label changed, or as it was) or None
    (no name of the article); the vote rules then read the cleaned cut."""

    __slots__ = ("doc", "ent", "start", "end", "label", "titled", "role", "possessive", "cleaned", "span", "kind", "titles",
                 "shouted", "table", "roster", "provenance")

    def __init__(self, doc, ent, label: str, block: Block, facts: dict, provenance: frozenset[str]):
        self.doc = doc
        self.ent = ent  # the candidate span, as found (its label_ is the model's or the find rule's)
        self.start, self.end, self.label = ent.start, ent.end, label
        self.titled = False  # a title was read before the name ("Mr", "President")
        self.role: Optional[str] = None  # an office title before or after a person's name
        self.possessive = False  # an organisation's name ends in its own "'s" ("Moody's said")
        self.cleaned: Optional[str] = None  # the name as printed, tidied (set by the clean rule ``clean_name``)
        self.span = None  # doc[start:end], once the name is cleaned
        self.kind = block.kind
        self.titles: frozenset[int] = facts.get("titles", frozenset())
        self.shouted = bool(facts.get("shouted"))
        self.table = bool(facts.get("table"))
        self.roster = bool(facts.get("roster"))  # the block is a team sheet: a list of players' names
        self.provenance = provenance

    @property
    def text(self) -> str:
        """The name: as tidied by ``clean_name``, else as printed between the cut's bounds."""
        return self.cleaned if self.cleaned is not None else self.doc[self.start:self.end].text


# Every clean rule of scope ``span`` below is called as ``rule(doc, cut)`` by :func:`find_mentions`, which iterates the
# registry: in the order they are written here, which is the order a name passes through them.


@rule("clean", "company_possessive")
def _company_possessive(doc, cut: Cut) -> Cut:
    """"Moody's said", "McDonald's recently announced": the "'s" is the company's, not a possessive."""
    end = cut.end
    if cut.label == "organization" and end + 1 < len(doc) and doc[end].tag_ == "POS" \
            and doc[end + 1].pos_ in ("VERB", "AUX", "ADV", "PUNCT", "CCONJ"):
        cut.end += 1
    return cut


@rule("clean", "share_after_name")
def _share_after_name(doc, cut: Cut) -> Cut:
    """"Malacca 40.80 per cent": a name the model ran on into a share ends before the number."""
    if cut.label != "group" and doc[cut.end - 1].lower_ in ("cent", "%", "percent"):
        cut.end = next((t.i for t in doc[cut.start:cut.end] if t.like_num), cut.end)
    return cut


@rule("clean", "leading_article")
def _leading_article(doc, cut: Cut) -> Cut:
    """"the", "a", "an", punctuation and quotes before a name are not the name's."""
    while cut.start < cut.end and (doc[cut.start].lower_ in ("the", "a", "an") or doc[cut.start].is_punct
                                   or doc[cut.start].text in ("`", "``", "'", '"')):
        cut.start += 1
    return cut


@rule("clean", "verb_inside_name")
def _verb_inside_name(doc, cut: Cut) -> Cut:
    """"the University of Kent added Lever Brothers": a name the model ran on over a verb in the past or
    present tense, in lower case, ends before it (a name's own words are capitalised, "Raging Bull", or particles the
    tagger may read as verbs, "Joost den Hartog")."""
    verb = next((t.i for t in doc[cut.start + 1:cut.end] if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.is_lower
                 and t.lower_ not in NAME_PARTICLES), None)
    if verb is not None:
        cut.end = verb
    return cut


@rule("clean", "leading_weekday")
def _leading_weekday(doc, cut: Cut) -> Cut:
    """"On Monday Tony Blair insisted": a day of the week before a name is when, not the name's."""
    while cut.end - cut.start >= 2 and doc[cut.start].lower_ in WEEKDAYS and doc[cut.start + 1].is_title:
        cut.start += 1
    return cut


@rule("clean", "honorific_name")
def _honorific_name(doc, cut: Cut) -> Cut:
    """"Mr Blair" tagged an organisation or a place: "Mr", "Mrs", "Ms" stand only before a person's name."""
    if cut.label != "person" and cut.end - cut.start >= 2 and doc[cut.start].lower_ in PERSONAL_HONORIFICS \
            and doc[cut.start + 1].is_title:
        cut.start, cut.label, cut.titled = cut.start + 1, "person", True
    return cut


@rule("clean", "organisation_possessive")
def _organisation_possessive(doc, cut: Cut) -> Cut:
    """An organisation's name of two words or more that ends in "'s" before a verb keeps it ("Standard & Poor's said")."""
    start, end = cut.start, cut.end
    cut.possessive = cut.label == "organization" and end - start >= 2 and doc[end - 1].tag_ == "POS" and end < len(doc) \
        and doc[end].pos_ in ("VERB", "AUX", "ADV", "PUNCT", "CCONJ")
    return cut


@rule("clean", "leading_gerund_or_lower_case")
def _leading_gerund_or_lower_case(doc, cut: Cut) -> Cut:
    """"Recalling U.N. failures", "a united Ireland": a gerund opening the sentence, or a lower-case word before a
    place, is not part of the name ("Raging Bull" is one)."""
    while cut.start < cut.end - 1 and (doc[cut.start].tag_ == "VBG" and doc[cut.start].is_sent_start
                                       or cut.label == "place" and doc[cut.start].is_lower
                                       and doc[cut.start].lower_ not in NAME_PARTICLES):
        cut.start += 1
    return cut


@rule("clean", "trailing_words")
def _trailing_words(doc, cut: Cut) -> Cut:
    """A possessive, punctuation, a preposition, a conjunction or a determiner at the end is not the name's; nor a day
    or a month the model ran a name on into ("Holmenkollen Saturday"), though not a three-letter abbreviation without its
    full stop, which is a word of the name ("the Halifax Sun")."""
    start = cut.start
    while cut.end > start and (doc[cut.end - 1].tag_ == "POS" and not cut.possessive or doc[cut.end - 1].is_punct
                               or doc[cut.end - 1].text in ("`", "``", "'", '"')
                               or doc[cut.end - 1].pos_ in ("ADP", "CCONJ", "DET")
                               or (cut.end - start > 1 and doc[cut.end - 1].lower_ in DATE_WORDS and len(doc[cut.end - 1]) > 3)):
        cut.end -= 1
    return cut


@rule("clean", "company_form_after_comma")
def _company_form_after_comma(doc, cut: Cut) -> Cut:
    """"WorldSources, Inc." and "Kenya Airways Ltd.": the company form and its full stop are the name's."""
    if cut.end + 1 < len(doc) and doc[cut.end].text == "," and company_form(doc, cut.end + 1):
        cut.end, cut.label = cut.end + 2, "organization"
    return cut


@rule("clean", "abbreviation_full_stop")
def _abbreviation_full_stop(doc, cut: Cut) -> Cut:
    """"Inc.", "Jr.": the full stop of an abbreviation that ends a name is the name's."""
    if cut.end < len(doc) and doc[cut.end].text == "." and doc[cut.end - 1].lower_ in NAME_ABBREVIATIONS:
        cut.end += 1
    return cut


@rule("clean", "demonym_before_name")
def _demonym_before_name(doc, cut: Cut) -> Cut:
    """"German Claudia Pechstein" tagged as a people: the demonym is an adjective, the rest a name."""
    start, end = cut.start, cut.end
    if cut.label == "group" and end - start >= 2 and gazetteer.demonym(doc[start].text) \
            and all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 1 : end]):
        cut.start = start + 1
        cut.label = "person" if gazetteer.given_name(doc[cut.start].text) else "organization"
    return cut


@rule("clean", "campaign_slogan")
def _campaign_slogan(doc, cut: Cut) -> Cut:
    """"Vote Blair, Get Brown": the verb of a slogan before a name is not the name's."""
    if cut.label == "person" and cut.end - cut.start >= 2 and doc[cut.start].lower_ in CAMPAIGN_VERBS and doc[cut.start + 1].is_title:
        cut.start += 1
    return cut


@rule("clean", "title_before_person")
def _title_before_person(doc, cut: Cut) -> Cut:
    """"President Bashar al-Assad", "Kenyan Jacob Okello", "echoing Annan": the name starts after them. "Blairite Alan
    Milburn": a follower's adjective; "M Blair": a stray initial with no full stop. A title read says: a person."""
    if cut.label != "person":
        return cut
    while cut.start < cut.end - 1 and (title_word(doc[cut.start]) or doc[cut.start].pos_ in NOT_NAME_POS
                                       or (doc[cut.start].is_lower and doc[cut.start].lower_ not in NAME_PARTICLES)
                                       or follower_adjective(doc[cut.start].text)
                                       or len(doc[cut.start].text) == 1 and doc[cut.start].is_upper):
        cut.titled = cut.titled or title_word(doc[cut.start])
        cut.start += 1
    return cut


@rule("clean", "given_name_before")
def _given_name_before(doc, cut: Cut) -> Cut:
    """spaCy often drops the first of three given names ("Recep Tayyip Erdogan"); a day of the week is none ("On Monday
    Tony Blair"; a month may be: "August Strindberg")."""
    if cut.label != "person":
        return cut
    while cut.start > 0 and name_token(doc[cut.start - 1]) and not doc[cut.start - 1].is_sent_start \
            and not follower_adjective(doc[cut.start - 1].text) and doc[cut.start - 1].lower_ not in WEEKDAYS:
        cut.start -= 1
    return cut


@rule("clean", "name_after_particle")
def _name_after_particle(doc, cut: Cut) -> Cut:
    """... or the last one ("Daniel arap" + "Moi")."""
    if cut.label != "person":
        return cut
    while cut.end < len(doc) and name_token(doc[cut.end]) and doc[cut.end - 1].pos_ == "PROPN" \
            and doc[cut.end - 1].lower_ in NAME_PARTICLES | {t.lower_ for t in doc[cut.start:cut.end]} | {doc[cut.end - 1].lower_}:
        cut.end += 1
    return cut


@rule("clean", "office_role")
def _office_role(doc, cut: Cut) -> Cut:
    """The office title before or in apposition after a name the model tagged a person is the person's role."""
    if cut.label == "person":
        cut.role = _role_before(doc, cut.start) or _role_after(doc, cut.start, cut.end)
    return cut


@rule("clean", "people_not_person")
def _people_not_person(doc, cut: Cut) -> Cut:
    """"Croats", "Kosovo Serbs", "Klansmen": a people, not a person."""
    if cut.label == "person":
        last = doc[cut.end - 1].text
        if gazetteer.demonym(last) or (last.endswith(PLURAL_PEOPLE) and not gazetteer.surname(last)):
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
    which it qualifies ("the former Leeds mayor", "a former Treasury secretary")."""
    if cut.start > 0 and (doc[cut.start - 1].lower_ in HONORIFICS or doc[cut.start - 1].lower_ in OFFICE_TITLES) \
            and not (cut.end < len(doc) and doc[cut.end].lower_ in OFFICE_TITLES):
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
    """"the Communists", "Christian Democrats": the party, by its members."""
    if cut.label in ("group", "person") and party_member(doc[cut.start:cut.end].text):
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


@rule("clean", "player_in_team_sheet")
def _player_in_team_sheet(doc, cut: Cut) -> Cut:
    """"Almunia, Lauren, Cygan, Senderos, Cole, Fabregas (Toure 90), ...": in a team sheet (the block fact ``roster``),
    a name the model tagged a place or a product that the gazetteer knows as no place is a player."""
    if cut.roster and cut.label in ("place", "thing") and not gazetteer.lookup(doc[cut.start:cut.end].text):
        cut.label = "person"
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
    """"AG", "SA": a company's legal form alone names no company."""
    return None if cut.end - cut.start == 1 and doc[cut.start].lower_ in COMPANY_SUFFIXES else cut


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
    """"Thurs.", "the Games", "all States": a date, an event, a common noun."""
    if cut.end - cut.start == 1 and (doc[cut.start].lower_.rstrip(".") in DATE_WORDS or doc[cut.start].lower_ in EVENT_HEADS
                                     or cut.label == "place" and doc[cut.start].lower_ in GENERIC_ORG_NOUNS):
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


# --------------------------------------------------------------------------- sentence votes


@rule("vote", "credited_source", field="provenance", uses=(_is_attribution, dateline_credit))
def _credited_source(doc, cut: Cut) -> bool:
    """An agency or outlet the article credits, cited as a source: in a caption, "said Reuters", "NAIROBI (AP)"."""
    return name_key(cut.text) in cut.provenance and (cut.kind == "caption" or _is_attribution(cut.span)
                                                     or dateline_credit(doc, cut.start, cut.end))


@rule("vote", "locative", field="locative")
def _locative(doc, cut: Cut) -> bool:
    """Right after "in", "near", "at": said of a place."""
    return cut.start > 0 and doc[cut.start - 1].lower_ in LOCATIVE


@rule("vote", "settlement_of", field="settlement")
def _settlement_of(doc, cut: Cut) -> bool:
    """After "the town of", "the city of": a city, whatever the gazetteer knows."""
    return cut.start > 1 and doc[cut.start - 1].lower_ == "of" and doc[cut.start - 2].lower_ in SETTLEMENTS


@rule("vote", "described_as_person", field="titled", uses=(_described_as_person,))
def _described_as_person_vote(doc, cut: Cut) -> bool:
    """A person's or an organisation's name in apposition to a noun for a person ("X, the baritone")."""
    return cut.label in ("person", "organization") and _described_as_person(cut.span)


@rule("vote", "speaker", field="speaker")
def _speaker(doc, cut: Cut) -> bool:
    """The subject of "said", "told": someone who speaks."""
    return cut.span.root.dep_ == "nsubj" and cut.span.root.head.lower_ in REPORTING_VERBS


# Fields of a mention that are yes or no (the others count votes).
YES_NO_FIELDS = frozenset({"provenance", "locative", "titled", "settlement", "speaker", "shouted", "table"})


def find_mentions(doc, block: Block, provenance_names: Iterable[str] = ()) -> list[Mention]:
    """Every name in one parsed block, cleaned (stage ``entities.mentions``).

    The registry's rules, each step iterated in order (:func:`factarchive.extract.rules.active`): the ``find`` rules
    offer candidates (overlaps resolved by spaCy's ``filter_spans``: the longest, then the first offered); the block
    rules say what the block says of every name in it; each candidate passes through the ``clean`` rules of scope
    ``span`` until one drops it; the ``vote`` rules of scope ``span`` give the mention's fields.
    """
    provenance = frozenset({name_key(n) for n in provenance_names} | set(AGENCIES))
    text = block.text
    candidates = [span for _, find in rules.active("find", "block") for span in find(doc, text)]
    facts = {r.field: fact(doc, block) for step in ("clean", "vote") for r, fact in rules.active(step, "block")}
    cleaners = rules.active("clean", "span")
    voters = rules.active("vote", "span")
    found: list[Mention] = []
    for ent in sorted(spacy_filter_spans(candidates), key=lambda e: e.start):
        label = ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        cut: Optional[Cut] = Cut(doc, ent, label, block, facts, provenance)
        for _, clean in cleaners:
            cut = clean(doc, cut)
            if cut is None:
                break
        if cut is None:
            continue
        span = cut.span = doc[cut.start:cut.end]
        fields = {"titled": cut.titled, "shouted": cut.shouted, "table": cut.table}
        for r, vote in voters:
            value = vote(doc, cut)
            if value:
                fields[r.field] = fields.get(r.field, 0) + value
        fields = {k: bool(v) if k in YES_NO_FIELDS else int(v) for k, v in fields.items()}
        found.append(
            Mention(
                text=cut.text,
                label=cut.label,
                spacy_label=ent.label_,
                block=block.index,
                start_char=span.start_char,
                sentence=sentence_of(doc, span.start).text.strip(),
                role=cut.role,
                position=_position_after(doc, cut.end) if block.kind == "caption" else None,
                dep=span.root.dep_,
                **fields,
            )
        )
    return found


JOINED_SURNAMES = re.compile(r"([A-Z][\w']+)-([A-Z][\w']+)")


@rule("link", "split_joined_surnames", scope="mentions", off=lambda m, surnames: [m])
def _split_joined_surnames(m: Mention, surnames: dict[str, set[str]]) -> list[Mention]:
    """"Blair-Brown" (tagged an organisation) where the article names Tony Blair and Gordon Brown: the two men."""
    match = JOINED_SURNAMES.fullmatch(m.text)
    if not match or any(len(surnames.get(part, ())) != 1 for part in match.groups()):
        return [m]
    return [replace(m, text=part, label="person", start_char=m.start_char + match.start(k), institution=0, club=0, thing=0)
            for k, part in enumerate(match.groups(), start=1)]


PROVINCE_AFTER = re.compile(r" (" + "|".join(sorted(PROVINCE_WORDS)) + r")\b")


@rule("link", "with_province", scope="mentions", off=lambda docs_blocks, mentions: mentions)
def _with_province(docs_blocks, mentions: list[Mention]) -> list[Mention]:
    """"in Idlib province" where the article also names Idlib alone: the mention is "Idlib province" (an alias of Idlib).

    Only beside a bare mention: a region the article names with its division word alone keeps
    the name the model read, since newswire style varies on whether the word is the name's.
    """
    texts = {block.index: block.text for _, block in docs_blocks}

    def province(m: Mention) -> Optional[str]:
        text = texts.get(m.block, "")
        end = m.start_char + len(m.text)
        match = PROVINCE_AFTER.match(text, end) if m.label == "place" and text[m.start_char:end] == m.text else None
        return match.group(0) if match else None

    words = {id(m): province(m) for m in mentions}
    bare = {m.key for m in mentions if m.label == "place" and words[id(m)] is None}
    return [replace(m, text=m.text + words[id(m)]) if words[id(m)] and m.spacy_label == "GPE" and m.key in bare else m
            for m in mentions]


def complete_mentions(docs_blocks, mentions: list[Mention]) -> list[Mention]:
    """Find the surnames of the article's people where the model missed them (stage ``entities.complete``).

    "the Putin-Erdogan talks" names both men; the model tags neither. A token is
    taken only when it is a proper noun that equals the last word of exactly one
    person named elsewhere in the article. A name of two such surnames joined
    by a hyphen ("Blair-Brown", tagged an organisation) is the two people.
    """
    mentions = _with_province(docs_blocks, mentions)
    surnames: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "person":
            words = m.text.split()
            if len(words) >= 2:
                surnames[words[-1]].add(m.key)
    if not surnames:
        return mentions
    mentions = [part for m in mentions for part in _split_joined_surnames(m, surnames)]
    covered = {(m.block, m.start_char) for m in mentions}
    spans = defaultdict(list)
    for m in mentions:
        spans[m.block].append((m.start_char, m.start_char + len(m.text)))
    added = []
    for doc, block in docs_blocks:
        for tok in doc:
            owners = surnames.get(tok.text)
            if not owners or len(owners) != 1 or tok.pos_ != "PROPN":
                continue
            if (block.index, tok.idx) in covered or any(a <= tok.idx < b for a, b in spans[block.index]):
                continue
            added.append(Mention(text=tok.text, label="person", spacy_label="", block=block.index,
                                 start_char=tok.idx, sentence=sentence_of(doc, tok.i).text.strip(), dep=tok.dep_))
    return sorted(mentions + added, key=lambda m: m.order)


__all__ = ["ENTITY_LABELS", "GAZETTEER_ONLY", "Block", "Mention", "complete_mentions", "find_mentions", "name_key", "name_words",
           "party_member", "warm_up"]
