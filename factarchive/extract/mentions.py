"""Mentions: every name in one parsed block, cleaned (stages ``entities.mentions``, ``entities.complete``).

Spans are trimmed of "the" and "'s", full names restored where the model cut
them short, titles and honorifics split off (office titles kept as roles,
also from apposition: "Vladimir Putin, the Russian president,"), credits and
agencies marked as provenance; the gazetteer adds well-known places, and a
given-name rule adds people, that the model left untagged. What each name
*is* is decided later, once per article (:mod:`factarchive.extract.entities`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Span
from spacy.util import filter_spans as spacy_filter_spans

from . import cues, filters, gazetteer
from .lexicon import (AGENCIES, COMPANY_FORMS, DATE_WORDS, EVENT_HEADS, FACILITY_NOUNS, GENERIC_ORG_NOUNS, HONORIFICS,
                      KINSHIP, LOCATIVE, NAME_ABBREVIATIONS, NAME_PARTICLES, OCCUPATIONS, OFFICE_TITLES, ORG_WORDS,
                      PARTY_MEMBERS, PERSON_NOUNS, PLACE_HEADS, PLACE_PREFIXES, REPORTING_VERBS)
from .nlp import load_model, sentence_of

# A city the model missed and only the gazetteer found: kept where the article names its country.
GAZETTEER_ONLY = "GAZETTEER_CITY"
ENTITY_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
                 GAZETTEER_ONLY: "place"}
# Parts of speech that do not begin a name ("Echoing Annan", "Asked Smith").
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "PRON", "PART", "INTJ"})
# Endings of a plural noun for a people or a following ("Israelites", "Christians", "Klansmen").
PLURAL_PEOPLE = ("ites", "ians", "smen", "people", "folk")
SETTLEMENTS = frozenset({"town", "city", "village", "capital", "port", "suburb"})
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

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def order(self) -> tuple[int, int]:
        return (self.block, self.start_char)


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """How two surface forms of one name compare: case-folded, no "the", no "'s"."""
    key = re.sub(r"\s+", " ", text).strip().casefold()
    key = re.sub(r"^the ", "", key)
    key = re.sub(r"['’]s$", "", key)
    return key


@lru_cache(maxsize=65536)
def _name_word_tuple(text: str) -> tuple[str, ...]:
    return tuple(w for w in re.split(r"[\s\-]+", name_key(text)) if w)


def name_words(text: str) -> list[str]:
    return list(_name_word_tuple(text))


# --------------------------------------------------------------------------- find


def party_member(text: str) -> bool:
    """True for a party's members named as a group: "Communists", "Nazi", "Christian Democrats", "Tories"."""
    key = name_key(text)
    for singular in (key, key[:-1] if key.endswith("s") else "", key[:-3] + "y" if key.endswith("ies") else ""):
        if singular in PARTY_MEMBERS:
            return True
    return False


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


def _title_word(tok) -> bool:
    """A word that stands before a name without being part of it: "Mr", "President", "Attorney", "Kenyan"."""
    low = tok.lower_
    return low in HONORIFICS or low in OFFICE_TITLES or low in OCCUPATIONS or low in KINSHIP or bool(gazetteer.demonym(tok.text))


def _name_token(tok) -> bool:
    """A token that can continue a personal name the model cut short: a capitalised proper noun."""
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and not _title_word(tok)


@lru_cache(maxsize=4)
def _place_matcher(vocab):
    """A phrase matcher for the gazetteer's well-known places, built once per vocabulary."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab)
    tokenizer = load_model().tokenizer
    matcher.add("GPE", list(tokenizer.pipe(gazetteer.well_known_places())))
    matcher.add(GAZETTEER_ONLY, list(tokenizer.pipe(gazetteer.local_places())))
    return matcher


@lru_cache(maxsize=4)
def _name_matcher(vocab):
    """Runs of two or three capitalised proper nouns the model left untagged."""
    from spacy.matcher import Matcher

    matcher = Matcher(vocab)
    token = {"POS": "PROPN", "IS_TITLE": True, "ENT_TYPE": ""}
    matcher.add("NAME", [[token, token], [token, token, token]], greedy="LONGEST")
    return matcher


def _listed_with_a_person(span) -> bool:
    """True when the name is joined by "and" or a comma to a name the model tagged a person ("Odd Bjorn Hjelmeseth, Bjorn Dahlie")."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners += [child for child in root.children if child.dep_ == "conj"]
    return any(t.ent_type_ == "PERSON" for t in partners)


def _missed_people(doc) -> list:
    """People the model left untagged, where the name starts with a given name: "fellow German Claudia Pechstein"."""
    spans = []
    for _, start, end in _name_matcher(doc.vocab)(doc):
        first, last = doc[start], doc[end - 1]
        if not (gazetteer.given_name(first.text) or _listed_with_a_person(doc[start:end])) or _title_word(first) \
                or last.lower_ in ORG_WORDS:
            continue
        if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            continue  # the start of a longer name the model did tag
        if gazetteer.lookup(doc[start:end].text) or gazetteer.lookup(last.text) and not first.is_sent_start:
            continue
        spans.append(Span(doc, start, end, label="PERSON"))
    return spans


# Function words that end a company name walking back from its ", Inc." ("a joint venture OF FDCH, Inc.").
NOT_COMPANY_WORDS = frozenset({"by", "of", "and", "the", "a", "an", "for", "in", "at", "to", "from", "with", "or", "&"})


# Cheap tests on a block's text before a token walk: ", Inc" and ", D-Maine" / "(BN-Kuala".
COMPANY_HINT = re.compile(r",\s*(?:" + "|".join(sorted(re.escape(f) for f in COMPANY_FORMS)) + r")", re.IGNORECASE)
AFFILIATION_HINT = re.compile(r"[,(]\s*[A-Z]{1,3}-[A-Z]")


def _company_form(doc, i: int) -> bool:
    """True for "Inc.", "Ltd", "Co." at token ``i``; not the "co" of "co-founder"."""
    return doc[i].lower_ in COMPANY_FORMS and not (i + 1 < len(doc) and doc[i + 1].text == "-")


def _company_names(doc, text: str) -> list:
    """Names printed with a company form after a comma, which the model cuts or misses: "FDCH, Inc.", "World Times, Inc."."""
    if not COMPANY_HINT.search(text):  # most blocks have none: skip the token walk
        return []
    spans = []
    for tok in doc:
        if not _company_form(doc, tok.i) or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        start = tok.i - 1
        while start > 0 and tok.i - 1 - start < 5 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_ not in NOT_COMPANY_WORDS \
                and (doc[start - 1].is_title or doc[start - 1].is_upper):
            start -= 1
        if start < tok.i - 1:
            spans.append(Span(doc, start, tok.i + 1, label="ORG"))
    return spans


def _full_name(tokens) -> bool:
    return 2 <= len(tokens) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in ORG_WORDS for t in tokens)


def doc_title(tok) -> bool:
    return tok.is_title and tok.pos_ == "PROPN"


def _split_pair(ent) -> list:
    """Two people the model ran into one name: "Anders Aukland and Erling Jevne" (tagged an organisation).

    Split only where both sides are full names of two or three capitalised
    words, so that firms named for two surnames ("Procter and Gamble") stay whole.
    """
    if ent.label_ in ("GPE", "LOC") and not gazetteer.lookup(ent.text):
        # "del Ponte and Skuratov" (tagged a place): two names; "Bosnia and Herzegovina" is one the gazetteer knows.
        for tok in ent[1:-1]:
            if tok.lower_ == "and" and doc_title(ent.doc[tok.i + 1]):
                return [Span(ent.doc, ent.start, tok.i, label=ent.label_), Span(ent.doc, tok.i + 1, ent.end, label=ent.label_)]
    if ent.label_ in ("PERSON", "ORG"):
        for tok in ent[1:-1]:
            if tok.lower_ == "and" and _full_name(ent.doc[ent.start : tok.i]) and _full_name(ent.doc[tok.i + 1 : ent.end]):
                return [Span(ent.doc, ent.start, tok.i, label="PERSON"), Span(ent.doc, tok.i + 1, ent.end, label="PERSON")]
            # "the Institute of Jazz Studies at Rutgers University": a body inside another ("State University at Buffalo" is one).
            if tok.lower_ == "at" and ent.label_ == "ORG" and ent[-1].lower_ in ORG_WORDS \
                    and any(t.lower_ in ORG_WORDS for t in ent.doc[ent.start : tok.i]):
                return [Span(ent.doc, ent.start, tok.i, label="ORG"), Span(ent.doc, tok.i + 1, ent.end, label="ORG")]
    return [ent]


def _dateline_place(doc) -> list:
    """The city of a wire dateline, in capitals at the start of a block: "COPENHAGEN, Denmark (AP) _", "PARIS (AP) -"."""
    end = 0
    while end < len(doc) and end < 4 and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    if 0 < end < len(doc) and (doc[end].text == "," or doc[end].text == "(" and _dateline_credit(doc, end + 1, end + 2)) \
            and gazetteer.lookup(doc[:end].text.title()):
        return [Span(doc, 0, end, label="GPE")]
    return []


def _name_before(tok) -> bool:
    """The last word of a name that is not a place's ("Mitchell" in "George Mitchell, D-Maine"; not "Moscow (ITAR-Tass)")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC")


def _party_affiliations(doc, text: str) -> list:
    """A politician's party and seat after the name: "George Mitchell, D-Maine", "(BN-Kuala Pilah)".

    Only right after a name that is not a place's ("Moscow (ITAR-Tass)" is a credit). The seat
    is a place; a party code of two or three letters is an organisation (a single
    letter, "D" or "R", is an abbreviation, not a name).
    """
    if not AFFILIATION_HINT.search(text):  # most blocks have none: skip the token walk
        return []
    spans = []
    for tok in doc[1:-2]:
        i = tok.i
        if not (doc[i + 1].text == "-" and doc[i - 1].text in (",", "(") and i >= 2 and _name_before(doc[i - 2])
                and re.fullmatch(r"[A-Z]{1,3}", tok.text)):
            continue
        end = i + 2
        while end < len(doc) and end - i - 2 < 3 and doc[end].is_title and doc[end].pos_ == "PROPN":
            end += 1
        if end == i + 2:
            continue
        if len(tok.text) >= 2:
            spans.append(Span(doc, i, i + 1, label="ORG"))
        spans.append(Span(doc, i + 2, end, label="GPE"))
    return spans


def _joined_names(ents) -> list:
    """Names the model cut in two.

    A personal name that ends in a particle runs on into the next name ("Daniel
    arap" + "Moi", tagged a place); a person's name runs on into the facility
    named for them ("John F. Kennedy" + "International Airport"); two peoples side by side that together name
    a party's members are the party ("Christian" + "Democrats").
    """
    joined = []
    for ent in ents:
        # "Magnus" (tagged a place) "Gustafsson" (untagged): a given name that starts a personal name.
        if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or ent.end >= len(ent.doc) or not _name_token(ent.doc[ent.end]):
            continue
        end = ent.end
        while end < len(ent.doc) and _name_token(ent.doc[end]) and end - ent.end < 2:
            end += 1
        if gazetteer.given_name(ent.text) and not gazetteer.lookup(ent.text):
            joined.append(Span(ent.doc, ent.start, end, label="PERSON"))
    for ent, after in zip(ents, ents[1:]):
        if ent.end != after.start:
            continue
        if ent.label_ == "PERSON" and ent[-1].lower_ in NAME_PARTICLES and after[0].is_title:
            joined.append(Span(ent.doc, ent.start, after.end, label="PERSON"))
        elif ent.label_ in ("GPE", "LOC") and len(ent) == 1 and after.label_ == "PERSON" and gazetteer.given_name(ent.text) \
                and not gazetteer.lookup(ent.text):
            joined.append(Span(ent.doc, ent.start, after.end, label="PERSON"))  # "Magnus" + "Gustafsson"
        elif ent.label_ == "GPE" and after.label_ == "ORG" and "." in ent.text and gazetteer.country(ent.text):
            joined.append(Span(ent.doc, ent.start, after.end, label="ORG"))  # "U.S." + "District Court"
        elif ent.label_ == "PERSON" and after.label_ == "FAC":
            joined.append(Span(ent.doc, ent.start, after.end, label="FAC"))  # "Ronald Reagan Washington National Airport"
        elif ent.label_ == after.label_ == "NORP" and party_member(ent.doc[ent.start : after.end].text):
            joined.append(Span(ent.doc, ent.start, after.end, label="NORP"))
    return joined


def warm_up(vocab) -> None:
    """Build the matchers for this vocabulary now rather than in the first article."""
    _place_matcher(vocab)
    _name_matcher(vocab)


def _missed_places(doc) -> list:
    """Well-known places the model left untagged ("Kenya" in a sentence it misread)."""
    tagged = {i for ent in doc.ents for i in range(ent.start, ent.end)}  # doc.ents is rebuilt on every access: once
    spans = []
    for match_id, start, end in _place_matcher(doc.vocab)(doc):
        label = doc.vocab.strings[match_id]
        if any(i in tagged for i in range(start, end)) or (label == GAZETTEER_ONLY and doc[start].is_sent_start):
            continue
        if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            continue  # part of a longer name: "Kenya Airways" would be found as "Kenya"
        if end < len(doc) and doc[end].is_title:
            continue
        spans.append(Span(doc, start, end, label=label))
    return spacy_filter_spans(spans)


# Adjectives of a part of a country, printed with a capital ("Southern Lebanon", "Middle America").
PART_OF_COUNTRY = frozenset({"northern", "southern", "eastern", "western", "central", "middle"})


def _country_after_qualifier(doc, start: int, end: int) -> int:
    """Where a country named with a qualifier begins: "Nazi Germany", "Southern Lebanon" -> the country.

    A regime ("Nazi", "Communist") or a part ("Southern", "Middle") before a country
    name is the country's, unless the whole is a place of its own ("Northern
    Ireland", "Western Sahara", "Central African Republic").
    """
    if end - start < 2 or not gazetteer.country(doc[start + 1 : end].text):
        return start
    if party_member(doc[start].text):
        return start + 1
    if doc[start].lower_ in PART_OF_COUNTRY and not gazetteer.lookup(doc[start:end].text) and not gazetteer.region(doc[start:end].text):
        return start + 1
    return start


def _dateline_credit(doc, start: int, end: int) -> bool:
    """True for an agency in a dateline's parentheses: "NAIROBI, Kenya (AP) _"."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" and start <= 8


def find_mentions(doc, block: Block, provenance_names: Iterable[str] = ()) -> list[Mention]:
    """Every name in one parsed block, cleaned (stage ``entities.mentions``)."""
    provenance = {name_key(n) for n in provenance_names} | set(AGENCIES)
    found: list[Mention] = []
    affiliations = _party_affiliations(doc, block.text)
    taken = {i for span in affiliations for i in range(span.start, span.end)}
    ents = [part for ent in doc.ents for part in _split_pair(ent) if not any(i in taken for i in range(ent.start, ent.end))]
    candidates = _dateline_place(doc) + ents + _missed_places(doc) + cues.described_orgs(doc, block.text) + _missed_people(doc)
    candidates += _company_names(doc, block.text) + _joined_names(ents) + affiliations
    titles = filters.work_title_tokens(doc, block.text)
    shouted = block.kind == "body" and filters.subheading(block.text)
    for ent in sorted(spacy_filter_spans(candidates), key=lambda e: e.start):
        label = ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start, ent.end
        # "Moody's said", "McDonald's recently announced": the "'s" is the company's, not a possessive.
        if label == "organization" and end + 1 < len(doc) and doc[end].tag_ == "POS" \
                and doc[end + 1].pos_ in ("VERB", "AUX", "ADV", "PUNCT", "CCONJ"):
            end += 1
        # "Malacca 40.80 per cent": a name the model ran on into a share ends before the number.
        if label != "group" and doc[end - 1].lower_ in ("cent", "%", "percent"):
            end = next((t.i for t in doc[start:end] if t.like_num), end)
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].text in ("`", "``", "'", '"')):
            start += 1
        possessive = label == "organization" and end - start >= 2 and doc[end - 1].tag_ == "POS" and end < len(doc) \
            and doc[end].pos_ in ("VERB", "AUX", "ADV", "PUNCT", "CCONJ")
        # "Recalling U.N. failures", "a united Ireland": a gerund opening the sentence, or a lower-case word
        # before a place, is not part of the name ("Raging Bull" is one).
        while start < end - 1 and (doc[start].tag_ == "VBG" and doc[start].is_sent_start or label == "place" and doc[start].is_lower
                                   and doc[start].lower_ not in NAME_PARTICLES):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" and not possessive or doc[end - 1].is_punct or doc[end - 1].text in ("`", "``", "'", '"')
                               or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")
                               or (end - start > 1 and doc[end - 1].lower_ in DATE_WORDS)):
            end -= 1
        # "WorldSources, Inc." and "Kenya Airways Ltd.": the company form and its full stop are the name's.
        if end + 1 < len(doc) and doc[end].text == "," and _company_form(doc, end + 1):
            end, label = end + 2, "organization"
        if end < len(doc) and doc[end].text == "." and doc[end - 1].lower_ in NAME_ABBREVIATIONS:
            end += 1
        # "German Claudia Pechstein" tagged as a people: the demonym is an adjective, the rest a name.
        if label == "group" and end - start >= 2 and gazetteer.demonym(doc[start].text) \
                and all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 1 : end]):
            start += 1
            label = "person" if gazetteer.given_name(doc[start].text) else "organization"
        role = None
        titled = False
        if label == "person":
            # "President Bashar al-Assad", "Kenyan Jacob Okello", "echoing Annan": the name starts after them.
            while start < end - 1 and (_title_word(doc[start]) or doc[start].pos_ in NOT_NAME_POS
                                       or (doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES)):
                titled = titled or _title_word(doc[start])
                start += 1
            # spaCy often drops the first of three given names ("Recep Tayyip Erdogan")...
            while start > 0 and _name_token(doc[start - 1]) and not doc[start - 1].is_sent_start:
                start -= 1
            # ... or the last one ("Daniel arap" + "Moi").
            while end < len(doc) and _name_token(doc[end]) and doc[end - 1].pos_ == "PROPN" and doc[end - 1].lower_ in NAME_PARTICLES | {t.lower_ for t in doc[start:end]} | {doc[end - 1].lower_}:
                end += 1
            last = doc[end - 1].text
            if gazetteer.demonym(last) or (last.endswith(PLURAL_PEOPLE) and not gazetteer.surname(last)):
                label = "group"  # "Croats", "Kosovo Serbs", "Klansmen": a people, not a person
            role = _role_before(doc, start) or _role_after(doc, start, end)
        if start > 0 and (doc[start - 1].lower_ in HONORIFICS or doc[start - 1].lower_ in OFFICE_TITLES):
            titled = True  # "Ms. Wertheimer", "President Clinton": said of a person
        if end + 3 < len(doc) and doc[end].text in (",", "(") and doc[end + 2].text == "-" and re.fullmatch(r"[A-Z]{1,3}", doc[end + 1].text) \
                and doc[end + 3].is_title and len(doc[end + 3].text) > 1:
            titled = True  # "George Mitchell, D-Maine", "Hashim Ismail (BN-Ledang)": a politician and his seat
        # "the 8th U.S. Circuit Court of Appeals", "the 101st Airborne Division": a numbered unit's number is its name's.
        if label == "organization" and start > 0 and re.fullmatch(r"\d+(st|nd|rd|th)", doc[start - 1].lower_):
            start -= 1
        if label != "person" and end + 1 < len(doc) and doc[end].tag_ == "POS" and doc[end + 1].lower_ == "day":
            continue  # "St. Patrick's Day": a holiday, not a place or an actor
        if label == "organization" and end - start >= 2 and gazetteer.demonym(doc[end - 1].text) and doc[end - 1].lower_.endswith("s"):
            label = "group"  # "Kosovo Albanians": a people, not an organisation
        if end - start >= 2 and label in ("person", "organization", "place"):
            head = doc[end - 1].lower_
            if head in EVENT_HEADS:
                continue  # "Davis Cup", "Academy Award": an event or a prize, not an actor
            # "Houston Street", "Pulau Ular": a place, whatever the model said; but a person the model
            # tagged with a given name and a surname ("Wayne Bridge", "Michael Bay") stays a person.
            personal = label == "person" and gazetteer.given_name(doc[start].text) and gazetteer.surname(doc[end - 1].text)
            if (head in PLACE_HEADS or doc[start].lower_ in PLACE_PREFIXES) and not personal:
                label = "place"
        if label in ("group", "person") and party_member(doc[start:end].text):
            label = "organization"  # "the Communists", "Christian Democrats": the party, by its members
        if label in ("place", "organization") and start != _country_after_qualifier(doc, start, end):
            start, label = _country_after_qualifier(doc, start, end), "place"
        if label == "place" and ent.label_ == "FAC":
            while end < len(doc) and doc[end].lower_ in FACILITY_NOUNS:
                end += 1
        elif label == "group" and (doc[end - 1].pos_ == "ADJ" or not doc[end - 1].text.endswith("s")):
            continue  # "Turkish forces": a demonym used as an adjective is not an actor
        if start >= end or start in titles or filters.era_after_year(doc, start, end):
            continue  # "Last Tango in Paris": a name inside a work's title; "2000 B.C.": an era
        if label == "organization" and (doc[end - 1].lower_ in OFFICE_TITLES or _person_noun(doc[end - 1])) \
                and end < len(doc) and doc[end].ent_type_ == "PERSON":
            continue  # "Swiss Federal Prosecutor Carla del Ponte": a title before a name, not a body
        if end - start == 1 and (doc[start].lower_.rstrip(".") in DATE_WORDS or doc[start].lower_ in EVENT_HEADS
                                 or label == "place" and doc[start].lower_ in GENERIC_ORG_NOUNS):
            continue  # "Thurs.", "the Games", "all States": a date, an event, a common noun
        if end - start == 1 and label == "organization" and not party_member(doc[start].text) and (
                doc[start].lower_ in GENERIC_ORG_NOUNS or doc[start].pos_ != "PROPN" and not doc[start].is_upper):
            continue  # "the Government", "the Court", "Success": a common word, not a name
        span = doc[start:end]
        text = re.sub(r"\s+", " ", span.text).strip()
        if not any(ch.isalpha() for ch in text) or text.islower() or label == "place" and filters.compass_region(name_key(text)):
            continue  # "the Northeast", "the West Coast": a compass region, relative to a country not named
        found.append(
            Mention(
                text=text,
                label=label,
                spacy_label=ent.label_,
                block=block.index,
                start_char=span.start_char,
                sentence=sentence_of(doc, span.start).text.strip(),
                role=role,
                position=_position_after(doc, end) if block.kind == "caption" else None,
                dep=span.root.dep_,
                provenance=name_key(text) in provenance and (block.kind == "caption" or _is_attribution(span)
                                                             or _dateline_credit(doc, start, end)),
                locative=start > 0 and doc[start - 1].lower_ in LOCATIVE,
                settlement=start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in SETTLEMENTS,
                titled=titled or (label in ("person", "organization") and _described_as_person(span)),
                speaker=span.root.dep_ == "nsubj" and span.root.head.lower_ in REPORTING_VERBS,
                institution=max(cues.described_as_org(span), 2 * cues.alias_of_org(doc, start, end))
                + (cues.employer(span) or cues.which_follows(doc, end)),
                shouted=shouted,
            )
        )
    return found


def complete_mentions(docs_blocks, mentions: list[Mention]) -> list[Mention]:
    """Find the surnames of the article's people where the model missed them (stage ``entities.complete``).

    "the Putin-Erdogan talks" names both men; the model tags neither. A token is
    taken only when it is a proper noun that equals the last word of exactly one
    person named elsewhere in the article.
    """
    surnames: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "person":
            words = m.text.split()
            if len(words) >= 2:
                surnames[words[-1]].add(m.key)
    if not surnames:
        return mentions
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


__all__ = ["ENTITY_LABELS", "GAZETTEER_ONLY", "Block", "Mention", "complete_mentions", "find_mentions", "name_key", "name_words", "warm_up"]
