"""Candidate names in one parsed block: the model's entities, repaired, and the names it missed.

Find, before assign (as in spaCy's EntityRuler): the model's spans split where
it ran two names into one ("Anders Aukland and Erling Jevne"), joined where it
cut one in two ("Daniel arap" + "Moi", "John F. Kennedy" + "International
Airport"), and the names it missed: well-known places, people whose name starts
with a given name, companies printed with ", Inc.", a politician's party and
seat ("D-Maine"), a wire dateline's city. :mod:`factarchive.extract.mentions`
cleans every candidate and decides nothing about what it is.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Span
from spacy.util import filter_spans as spacy_filter_spans

from . import gazetteer, rules
from .lexicon import (ACRONYM_SKIP, CLUB_NAME_WORDS, COMPANY_FORMS, COMPANY_SUFFIXES, EMPLOYEE_NOUNS, GENERIC_ORG_NOUNS, HONORIFICS, INSTITUTION_HEADS, INSTITUTION_LINKS, KINSHIP, LINKED_BODY_HEADS,
                      NAME_ABBREVIATIONS, NAME_PARTICLES, NOT_COMPANY_WORDS, OCCUPATIONS, OFFICE_TITLES, ORG_WORDS, PART_OF_COUNTRY,
                      PARTY_MEMBERS, PARTY_NAMES, PLACE_JOINERS, ROAD_NOUNS, ROMANCE_PARTICLES, ORG_NOUNS, RUN_ON_WORDS, UNTAGGED_EMPLOYER_PREPOSITIONS, WEEKDAYS)
from .nlp import entities_of, load_model, lowers_of, per_doc, texts_of
from .rules import rule

# A city the model missed and only the gazetteer found: kept where the article names its country.
GAZETTEER_ONLY = "GAZETTEER_CITY"


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




def party_member(text: str) -> bool:
    """True for a party's members named as a group: "Communists", "Nazi", "Christian Democrats", "Tories"."""
    key = name_key(text)
    for singular in (key, key[:-1] if key.endswith("s") else "", key[:-3] + "y" if key.endswith("ies") else ""):
        if singular in PARTY_MEMBERS:
            return True
    return False



def title_word(tok) -> bool:
    """A word that stands before a name without being part of it: "Mr", "President", "Attorney", "Kenyan"."""
    low = tok.lower_
    return low in HONORIFICS or low in OFFICE_TITLES or low in OCCUPATIONS or low in KINSHIP or bool(gazetteer.demonym(tok.text))


def name_token(tok) -> bool:
    """A token that can continue a personal name the model cut short: a capitalised proper noun."""
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_ and not title_word(tok)


@lru_cache(maxsize=4)
def _place_matcher(vocab):
    """A phrase matcher for the gazetteer's well-known places, built once per vocabulary."""
    from spacy.matcher import PhraseMatcher

    matcher = PhraseMatcher(vocab)
    tokenizer = load_model().tokenizer
    matcher.add("GPE", list(tokenizer.pipe(gazetteer.well_known_places())))
    matcher.add(GAZETTEER_ONLY, list(tokenizer.pipe(gazetteer.local_places())))
    return matcher


def _untagged_proper_pair(doc) -> bool:
    """True where two tokens side by side are each what :func:`_name_matcher` asks of a token (read from one array)."""
    from spacy.attrs import ENT_TYPE, IS_TITLE, POS
    from spacy.symbols import PROPN

    if len(doc) < 2:
        return False
    rows = doc.to_array([POS, IS_TITLE, ENT_TYPE])
    fits = (rows[:, 0] == PROPN) & (rows[:, 1] == 1) & (rows[:, 2] == 0)
    return bool((fits[:-1] & fits[1:]).any())


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






# Cheap tests on a block's text before a token walk: ", Inc" and ", D-Maine" / "(BN-Kuala".
COMPANY_HINT = re.compile(r",\s*(?:" + "|".join(sorted(re.escape(f) for f in COMPANY_FORMS)) + r")", re.IGNORECASE)
AFFILIATION_HINT = re.compile(r"[,(]\s*[A-Z]{1,3}-[A-Z]")


def company_form(doc, i: int) -> bool:
    """True for "Inc.", "Ltd", "Co." at token ``i``; not the "co" of "co-founder", nor a US state's postal code after a
    place the model tagged ("Denver, CO" is Denver in Colorado)."""
    return doc[i].lower_ in COMPANY_FORMS and not (i + 1 < len(doc) and doc[i + 1].text == "-") \
        and not state_after_place(doc, i)


def state_after_place(doc, i: int) -> bool:
    """True for a US state's abbreviation at token ``i`` printed after a place and a comma: "Denver, CO", "Grass Valley,
    Calif." (the place the model tagged, or a capitalised word: "College Station, TX" tagged a person)."""
    if i < 2 or doc[i - 1].text != "," or not gazetteer.us_state_abbreviation(doc[i].text):
        return False
    before = doc[i - 2]
    return before.ent_type_ in ("GPE", "LOC", "FAC", "PERSON", "ORG") and before.is_title




def _full_name(tokens) -> bool:
    return 2 <= len(tokens) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.lower_ not in ORG_WORDS for t in tokens)


@rule("clean", "split_pair", scope="entity")
def split_pair(ent) -> list:
    """Two people the model ran into one name: "Anders Aukland and Erling Jevne" (tagged an organisation).

    Split only where both sides are full names of two or three capitalised
    words, so that firms named for two surnames ("Procter and Gamble") stay whole.
    """
    if ent.label_ in ("GPE", "LOC") and not gazetteer.lookup(ent.text):
        # "del Ponte and Skuratov" (tagged a place): two names; "Bosnia and Herzegovina" is one the gazetteer knows.
        for tok in ent[1:-1]:
            if tok.lower_ == "and" and ent.doc[tok.i + 1].is_title and ent.doc[tok.i + 1].pos_ == "PROPN":
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


@rule("clean", "place_possessor", scope="entity")
def place_possessor(ent) -> list:
    """"London's Stock Exchange", "Ruritania's Central Bank" tagged one body: a country or a big city the gazetteer
    knows, then "'s", says whose the body is; the place and the body are two names ("McDonald's Corp." is no place's,
    and a small town's name is often a surname: "Clinton's")."""
    if ent.label_ != "ORG":
        return [ent]
    doc = ent.doc
    k = next((t.i for t in ent[1:-1] if t.tag_ == "POS"), None)
    if k is None or not all(t.is_title or t.is_upper for t in doc[k + 1:ent.end]):
        return [ent]
    possessor = doc[ent.start:k].text
    city = gazetteer.city(possessor)
    if not (gazetteer.country(possessor) or city and city.population >= gazetteer.BIG_CITY):  # not "Clinton's" (a town too)
        return [ent]
    return [Span(doc, ent.start, k, label="GPE"), Span(doc, k + 1, ent.end, label="ORG")]


def _listed_name(tokens) -> bool:
    """One to three capitalised words (a hyphen may join two: "Djemba-Djemba"), none a company form ("Inc.") nor an
    abbreviation that ends a name ("Jr."), nor a function word ("University of London")."""
    words = [t for t in tokens if t.text != "-"]
    return 1 <= len(words) <= 3 and all((t.is_title or t.is_upper) and t.is_alpha for t in words) \
        and not any(t.lower_ in COMPANY_FORMS or t.lower_.rstrip(".") in NAME_ABBREVIATIONS for t in words)


@rule("clean", "split_list", scope="entity", uses=(_listed_name,))
def split_list(ent) -> list:
    """Names of a list the model ran into one between commas: "Pires, Flamini" (a team sheet), "Hellboy, Resident Evil",
    tagged a person or a body, are two names of the same label; a name with a function word in it stays whole ("Department
    of the Environment, Food and Rural Affairs"), and so does a place and its region ("Windsor, Berkshire"). Tagged a
    body, only where the list goes on beyond it ("Cole, Pires, Flamini, Vieira"): a firm may be named for partners
    between commas ("it opened as Wells, Rich, Greene in 1966")."""
    if ent.label_ not in ("PERSON", "ORG") or not any(t.text == "," for t in ent[1:-1]):
        return [ent]
    doc = ent.doc
    goes_on = ent.end < len(doc) and doc[ent.end].lower_ in (",", "and") or ent.start > 0 and doc[ent.start - 1].text == ","
    if ent.label_ == "ORG" and not goes_on:
        return [ent]
    parts, start = [], ent.start
    for tok in ent:
        if tok.text == ",":
            parts.append((start, tok.i))
            start = tok.i + 1
    parts.append((start, ent.end))
    if not all(_listed_name(doc[a:b]) for a, b in parts):
        return [ent]
    return [Span(doc, a, b, label=ent.label_) for a, b in parts]


def _name_before(tok) -> bool:
    """The last word of a name that is not a place's ("Mitchell" in "George Mitchell, D-Maine"; not "Moscow (ITAR-Tass)")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("GPE", "LOC", "FAC")






def warm_up(vocab) -> None:
    """Build the matchers for this vocabulary now rather than in the first article."""
    _place_matcher(vocab)
    _name_matcher(vocab)






def country_after_qualifier(doc, start: int, end: int) -> int:
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


def dateline_credit(doc, start: int, end: int) -> bool:
    """True for an agency in a dateline's parentheses: "NAIROBI, Kenya (AP) _"."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" and start <= 8











# Tags of the words that may stand inside an institution's name the model missed: "Syrian" (a people),
# "Europe" in "the Council of Europe" (a place); a word the model put in a person's name stops the walk.
INSTITUTION_PART_TAGS = frozenset({"", "NORP", "GPE", "LOC"})


def _institution_word(tok, tail: bool = False) -> bool:
    """A word of an institution's name; in what it is for, also a word the model tagged a body ("for [Coastal Birds]")."""
    return tok.is_title and tok.pos_ in ("PROPN", "ADJ") and (tok.ent_type_ in INSTITUTION_PART_TAGS or tail and tok.ent_type_ == "ORG")






def _runs_on(doc, start: int, end: int) -> bool:
    """True when the name goes on past the words read, so its bounds are unknown: none is taken.

    A capitalised word or an "and" before it ("the Second Vatican Council", "Convention and Visitors
    Bureau"), or a capitalised word after it, directly or after "of", "with", "and" ("Commission for
    Relations with Judaism", "Military Commission of the CCP").
    """
    if start > 0:
        before = doc[start - 1]
        if before.lower_ in ("and", "&") or (before.is_title or before.is_upper) and before.is_alpha and before.pos_ != "DET" \
                and not before.is_sent_start:
            return True
    if end < len(doc):
        after = doc[end]
        if after.is_title and after.is_alpha:
            return True
        if after.lower_ in RUN_ON_WORDS:
            nxt = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
            return nxt < len(doc) and (doc[nxt].is_title or doc[nxt].is_upper) and doc[nxt].is_alpha
    return False


# A road's code: one to three capitals and a number ("M4", "A1", "N7", "I-95", "E40").
ROAD_CODE = re.compile(r"[A-Z]{1,3}-?\d{1,4}[A-Z]?")
ROAD_HINT = re.compile(r"[A-Z]-?\d")




_EXPANSION_LABELS = ("ORG", "GPE", "LOC", "FAC")


def _spells(acronym, words) -> bool:
    """True when ``words`` are the name the acronym stands for: its letters are their initials."""
    letters = acronym.text.replace(".", "")
    if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()) or len(words) < 2:
        return False
    if not all(w.is_title or w.is_upper or w.lower_ in ACRONYM_SKIP for w in words) or not words[0].text[:1].isupper():
        return False
    initials = [w.text[0] for w in words if w.lower_ not in ACRONYM_SKIP]
    return "".join(initials).upper() == letters or "".join(w.text[0] for w in words).upper() == letters


# --------------------------------------------------------------------------- the find rules
# Every find rule is called as ``rule(doc, text)`` (``text`` the block's text, for a cheap test before a token walk) by
# :func:`factarchive.extract.mentions.find_mentions`, which iterates the registry: the rules below, in this order. Of two
# candidates with the same bounds the first offered wins (the acronym and its spelled-out name win over the model's own
# span: "LKVR" a person).


# A dateline's date alone after the city, as Reuters prints a dateline on a line of its own ("DUBLIN 1996-08-31").
DATELINE_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")


@rule("find", "dateline_place")
def dateline_place(doc, text: str = "") -> list:
    """The city of a wire dateline, in capitals at the start of a block: "COPENHAGEN, Denmark (AP) _", "PARIS (AP) -",
    or a block that is the city and a date alone ("DUBLIN 1996-08-31", which the model tags a body)."""
    end = 0
    while end < len(doc) and end < 4 and doc[end].is_upper and doc[end].is_alpha:
        end += 1
    if 0 < end < len(doc) and (doc[end].text == "," or doc[end].text == "(" and dateline_credit(doc, end + 1, end + 2)
                               or DATELINE_ISO_DATE.fullmatch(doc[end:].text.strip())) \
            and gazetteer.lookup(doc[:end].text.title()):
        return [Span(doc, 0, end, label="GPE")]
    return []


@rule("find", "spelled_out_acronyms")
def spelled_out_acronyms(doc, text: str) -> list:
    """An acronym and the name it stands for, one beside the other in parentheses: "LKVR (Lindqvist Kemper Varga Roos)",
    "Lindqvist Kemper Varga Roos (LKVR)".

    Both are one body's names whatever the model tagged (it may cut the long name short or call the acronym a
    person): the long name is taken whole, and both take the model's label for the long name (else for the
    acronym) if that is a body's or a place's, else an organisation's. A long name the model tagged a person
    is left to the model ("Anna Berg (AB)").
    """
    if "(" not in text:  # most blocks have none: skip the token walk
        return []
    spans = []
    for tok in doc:
        if tok.text != "(":
            continue
        close = next((t.i for t in doc[tok.i + 1 : tok.i + 12] if t.text == ")"), None)
        if close is None or tok.i == 0:
            continue
        inside = doc[tok.i + 1 : close]
        if len(inside) == 1 and tok.i >= 2:  # "Lindqvist Kemper Varga Roos (LKVR)"
            start = tok.i
            while start > 0 and tok.i - start < 10 and (doc[start - 1].is_title or doc[start - 1].lower_ in ACRONYM_SKIP):
                start -= 1
            while start < tok.i and doc[start].lower_ in ACRONYM_SKIP:
                start += 1
            acronym, name = inside[0], doc[start : tok.i]
            # the shortest tail of the capitalised run that the acronym spells
            name = next((doc[s : tok.i] for s in range(tok.i - 2, start - 1, -1) if _spells(acronym, doc[s : tok.i])), None)
        else:  # "LKVR (Lindqvist Kemper Varga Roos)"
            acronym, name = doc[tok.i - 1], inside
            if not _spells(acronym, name):
                name = None
        if name is None:
            continue
        said = [t.ent_type_ for t in name if t.ent_type_] or [acronym.ent_type_]
        if all(t.ent_type_ == "PERSON" for t in name) and name[0].ent_iob_ == "B":
            continue  # "Anna Berg (AB)": a person and her initials, as the model read them
        label = next((t for t in said if t in _EXPANSION_LABELS), "ORG")
        spans += [Span(doc, name.start, name.end, label=label), Span(doc, acronym.i, acronym.i + 1, label=label)]
    return spans


@rule("find", "model_entities")
def model_entities(doc, text: Optional[str] = None) -> list:
    """The model's own entities, each through the ``clean`` rules of scope ``entity`` (:func:`split_pair`), except where
    a politician's party and seat was read: :func:`party_affiliations` takes those words ("George Mitchell, D-Maine").
    Made once per block (other find rules read it too)."""
    splitters = rules.active("clean", "entity")

    def made() -> tuple:
        taken = {i for span in party_affiliations(doc, doc.text if text is None else text) for i in range(span.start, span.end)}
        found = []
        for ent in entities_of(doc):
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            parts = [ent]
            for _, split in splitters:
                parts = [piece for part in parts for piece in split(part)]
            found += parts
        return tuple(found)

    return list(per_doc(doc, ("model_entities", rules.off_names()), made))


@rule("find", "missed_places")
def missed_places(doc, text: str = "") -> list:
    """Well-known places the model left untagged ("Kenya" in a sentence it misread)."""
    tagged = {i for ent in entities_of(doc) for i in range(ent.start, ent.end)}
    spans = []
    for match_id, start, end in _place_matcher(doc.vocab)(doc):
        label = doc.vocab.strings[match_id]
        if any(i in tagged for i in range(start, end)) or (label == GAZETTEER_ONLY and doc[start].is_sent_start):
            continue
        if start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start:
            continue  # part of a longer name: "Kenya Airways" would be found as "Kenya"
        if end < len(doc) and doc[end].is_title:
            continue
        if start > 1 and doc[start - 1].text in ("-", "–") and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
            continue  # the end of a hyphened name: "Spider-Man", "T-Mobile", "He-Man" name no town of Man or Mobile
        spans.append(Span(doc, start, end, label=label))
    return spacy_filter_spans(spans)


NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
WEB_NAME = re.compile(r"[A-Z][\w-]*\.(?:com|net|org)")
def _untagged_name(doc, i: int) -> Span:
    """The capitalised proper nouns the model left untagged that end at token ``i``: "Freedom Forum", "At-Plan"."""
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2  # "At-Plan"
    return Span(doc, start, i + 1, label="ORG")


@rule("find", "described_orgs")
def described_orgs(doc, text: str) -> list:
    """Names the model left untagged that the sentence calls an organisation.

    "At-Plan, a marketing research firm", "employees at the Smithsonian", and
    web names ("Goto.com"). ``text`` is the block's text (``doc.text`` is rebuilt on every access).
    """
    spans = []
    if ".com" in text or ".net" in text or ".org" in text:  # most blocks have none: skip the regex
        spans += [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if not t.ent_type_ and WEB_NAME.fullmatch(t.text)]
    for i, low in enumerate(lowers_of(doc)):
        if low not in UNTAGGED_EMPLOYER_PREPOSITIONS and low not in ORG_NOUNS:
            continue
        tok = doc[i]
        if low in UNTAGGED_EMPLOYER_PREPOSITIONS:
            if tok.head.lower_ not in EMPLOYEE_NOUNS:
                continue
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not obj.ent_type_ and obj.text[:1].isupper():
                    name = _untagged_name(doc, obj.i)
                    before = doc[name.start - 1] if name.start else None
                    if before is None or not (before.ent_type_ in NAME_TYPES or before.tag_ == "POS"):
                        spans.append(name)  # not the rest of a tagged name: "TV Books" + "LLC", "Standard & Poor's" + "DRI"
        elif low in ORG_NOUNS and low != "house" and tok.pos_ == "NOUN":
            names = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
            spans += [_untagged_name(doc, n.i) for n in names if n.pos_ == "PROPN" and not n.ent_type_ and n.text[:1].isupper()]
    return spans


@rule("find", "missed_people", uses=(_untagged_proper_pair,))
def missed_people(doc, text: str = "") -> list:
    """People the model left untagged, where the name starts with a given name: "fellow German Claudia Pechstein"; a
    day of the week starts none, though the census lists it as a given name ("the Sunday Telegraph said"), nor a place
    of two words or more ("The Hong Kong Protests - how they happened")."""
    spans = []
    if not _untagged_proper_pair(doc):
        return spans  # the matcher would find nothing (most blocks): not run
    for _, start, end in _name_matcher(doc.vocab)(doc):
        first, last = doc[start], doc[end - 1]
        if not (gazetteer.given_name(first.text) or _listed_with_a_person(doc[start:end])) or title_word(first) \
                or last.lower_ in ORG_WORDS or first.lower_ in WEEKDAYS:
            continue
        if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            continue  # the start of a longer name the model did tag
        if gazetteer.lookup(doc[start:end].text) or gazetteer.lookup(last.text) and not first.is_sent_start:
            continue
        if any(gazetteer.lookup(doc[start:k].text) for k in range(start + 2, end)):
            continue  # "The Hong Kong Protests": a place of two words or more ("Hong" is a given name) begins no person
        spans.append(Span(doc, start, end, label="PERSON"))
    return spans


@rule("find", "company_names")
def company_names(doc, text: str) -> list:
    """Names printed with a company form after a comma, which the model cuts or misses: "FDCH, Inc.", "World Times, Inc."."""
    if not COMPANY_HINT.search(text):  # most blocks have none: skip the token walk
        return []
    spans = []
    for tok in doc:
        if not company_form(doc, tok.i) or tok.i < 2 or doc[tok.i - 1].text != ",":
            continue
        start = tok.i - 1
        while start > 0 and tok.i - 1 - start < 5 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].lower_ not in NOT_COMPANY_WORDS \
                and (doc[start - 1].is_title or doc[start - 1].is_upper):
            start -= 1
        if start < tok.i - 1:
            spans.append(Span(doc, start, tok.i + 1, label="ORG"))
    return spans


# The model's labels a given name is mistaken for, alone, right before the rest of a person's name.
_GIVEN_NAME_SLIPS = ("GPE", "LOC", "ORG", "NORP", "FAC", "PRODUCT", "WORK_OF_ART")


def _given_name_tagged_apart(ent, after) -> bool:
    """"Magnus" (tagged a place) + "Gustafsson", "Sacha" (tagged a body) + "Baron" + "Cohen" (a person): a census given
    name the model tagged alone as a place, a body or a people, right before a person's name the model tagged, or before
    one untagged word of a name (a census name: "Baron") or a particle ("van") and then the person's name, is that
    person's first name. Not a known place ("Jordan", "Chelsea"), and no title between ("Mercedes Chairman Tom Hale")."""
    if len(ent) != 1 or ent.label_ not in _GIVEN_NAME_SLIPS or after.label_ != "PERSON" or after.start - ent.end > 1 \
            or not ent[0].is_title:
        return False
    gap = ent.doc[ent.end:after.start]
    if any(not (t.is_lower and t.lower_ in NAME_PARTICLES) and not (t.is_title and t.is_alpha and not t.ent_type_ and not title_word(t)
                                                                  and (gazetteer.surname(t.text) or gazetteer.given_name(t.text)))
           for t in gap):
        return False
    return gazetteer.given_name(ent.text) and not gazetteer.lookup(ent.text)


@rule("find", "joined_names", uses=(_given_name_tagged_apart,))
def joined_names(doc, text: Optional[str] = None) -> list:
    """Names the model cut in two.

    A personal name that ends in a particle runs on into the next name ("Daniel
    arap" + "Moi", tagged a place); a person's name runs on into the facility
    named for them ("John F. Kennedy" + "International Airport"); two bodies joined by a hyphen are one
    ("ITAR" + "Tass"); two peoples side by side that together name
    a party's members are the party ("Christian" + "Democrats"); a day of the week before a body's last word is a
    newspaper ("Sunday" + "Telegraph").
    """
    ents = model_entities(doc, text)
    joined = []
    for ent in ents:
        # "Magnus" (tagged a place) "Gustafsson" (untagged): a given name that starts a personal name.
        if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or ent.end >= len(ent.doc) or not name_token(ent.doc[ent.end]):
            continue
        end = ent.end
        while end < len(ent.doc) and name_token(ent.doc[end]) and end - ent.end < 2:
            end += 1
        if gazetteer.given_name(ent.text) and not gazetteer.lookup(ent.text):
            joined.append(Span(ent.doc, ent.start, end, label="PERSON"))
    for ent, after in zip(ents, ents[1:]):
        doc = ent.doc
        if ent.label_ == after.label_ == "ORG" and after.start == ent.end + 1 and doc[ent.end].text == "-" \
                and not doc[ent.end - 1].whitespace_ and not doc[ent.end].whitespace_:
            joined.append(Span(doc, ent.start, after.end, label="ORG"))  # "ITAR" + "-" + "Tass": one agency
            continue
        if _given_name_tagged_apart(ent, after):
            joined.append(Span(doc, ent.start, after.end, label="PERSON"))  # "Magnus" + "Gustafsson"
            continue
        if ent.end != after.start:
            continue
        if ent.label_ == "PERSON" and ent[-1].lower_ in NAME_PARTICLES and after[0].is_title:
            joined.append(Span(ent.doc, ent.start, after.end, label="PERSON"))
        elif ent.label_ == "GPE" and after.label_ == "ORG" and "." in ent.text and gazetteer.country(ent.text):
            joined.append(Span(ent.doc, ent.start, after.end, label="ORG"))  # "U.S." + "District Court"
        elif ent.label_ == "PERSON" and after.label_ == "FAC":
            joined.append(Span(ent.doc, ent.start, after.end, label="FAC"))  # "Ronald Reagan Washington National Airport"
        elif ent.label_ == after.label_ == "NORP" and party_member(ent.doc[ent.start : after.end].text):
            joined.append(Span(ent.doc, ent.start, after.end, label="NORP"))
        elif ent.label_ == "DATE" and len(ent) == 1 and ent[0].lower_ in WEEKDAYS and len(after) == 1 and after[0].lower_ in ORG_WORDS:
            joined.append(Span(ent.doc, ent.start, after.end, label="ORG"))  # "Sunday" + "Telegraph": a newspaper
    return joined


@rule("find", "party_affiliations")
def party_affiliations(doc, text: str) -> list:
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


@rule("find", "hyphenated_places")
def hyphenated_places(doc, text: Optional[str] = None) -> list:
    """Place names joined by hyphens around a lower-case word: "Mar-a-Lago", "Southend-on-Sea".

    The model tags the first part alone ("Mar", a person); the whole is one name of a place.
    """
    if "-" not in (doc.text if text is None else text):
        return []
    spans = []
    hyphens = {i for i, word in enumerate(texts_of(doc)) if word == "-"}  # most tokens are no hyphen: test those first
    for i in sorted(h - 1 for h in hyphens if h + 2 in hyphens and h >= 1 and h + 3 < len(doc)):
        tok = doc[i]
        parts = doc[i : i + 5]
        if tok.is_title and parts[1].text == "-" == parts[3].text and parts[2].lower_ in PLACE_JOINERS and parts[2].is_lower \
                and parts[4].text[:1].isupper() and not any(t.whitespace_ for t in parts[:4]):
            spans.append(Span(doc, i, i + 5, label="GPE"))
    return spans


@rule("find", "bracketed_given_names")
def bracketed_given_names(doc, text: Optional[str] = None) -> list:
    """A given name printed in brackets before a surname: "(Dietmar) Hamann" is one person."""
    if "(" not in (doc.text if text is None else text):  # most blocks have none: skip the token walk
        return []
    spans = []
    for tok in doc[:-3]:
        i = tok.i
        if tok.text == "(" and doc[i + 2].text == ")" and doc[i + 1].is_title \
                and (gazetteer.given_name(doc[i + 1].text) or doc[i + 1].ent_type_ == "PERSON") \
                and doc[i + 3].is_title and doc[i + 3].pos_ == "PROPN":
            spans.append(Span(doc, i + 1, i + 4, label="PERSON"))
    return spans


@rule("find", "institution_names")
def institution_names(doc, text: str) -> list:
    """Names of institutions the model left untagged: capitalised words around a head such as "Observatory".

    "said the Syrian Observatory for Human Rights", "the Council of Europe", "the Brookings
    Institution": up to three capitalised words before the head, then "for", "of" or "on" and
    the capitalised words of what it is for ("and" may join two). The head itself must be
    untagged, and the name must have a word besides the head ("the Council" alone is a common
    noun). ``text`` is the block's text, for a cheap test before the token walk.
    """
    if INSTITUTION_HEADS.isdisjoint(lowers_of(doc)):
        return []  # (most blocks)
    spans = []
    for i, low in enumerate(lowers_of(doc)):
        if low not in INSTITUTION_HEADS:
            continue
        tok = doc[i]
        if not tok.is_title or tok.pos_ != "PROPN" or tok.ent_type_:
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and _institution_word(doc[start - 1]):
            start -= 1
        end = tok.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in INSTITUTION_LINKS:
            tail = end + 1 + (doc[end + 1].lower_ == "the")
            stop = tail
            while stop < len(doc) and stop - tail < 5 and (_institution_word(doc[stop], True) or doc[stop].lower_ == "and"
                                                           and stop + 1 < len(doc) and _institution_word(doc[stop + 1], True)):
                stop += 1
            if stop > tail:
                end = stop
        if end - start >= 2 and not _runs_on(doc, start, end):
            spans.append(Span(doc, start, end, label="ORG"))
    return spans


@rule("find", "road_names")
def road_names(doc, text: Optional[str] = None) -> list:
    """A road named by its code before "highway", "motorway", "road": "the M4 highway" is one facility.

    The model reads such a code as a date or a product ("M4"), or leaves it untagged.
    """
    if not ROAD_HINT.search(doc.text if text is None else text):  # most blocks have none: skip the token walk
        return []
    spans = []
    for tok in doc[:-1]:
        if ROAD_CODE.fullmatch(tok.text) and doc[tok.i + 1].lower_ in ROAD_NOUNS:
            spans.append(Span(doc, tok.i, tok.i + 2, label="FAC"))
    return spans



# Which of the model's labels a name joined over a particle takes, the first its parts carry in this order.
_PARTICLE_LABELS = ("ORG", "PERSON", "GPE", "LOC", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "NORP")


@rule("find", "names_across_particle")
def names_across_particle(doc, text: Optional[str] = None) -> list:
    """"the Corriere della Sera newspaper" with "Sera" alone tagged a place, "Gazzetta dello Sport" tagged a person and a
    body: the capitalised word on each side of a Romance particle in lower case ("della", "del", "de"), with the rest of
    the name the model tagged it in, are one name, where the model tagged some of it; it takes the label its parts carry
    (a body's first). A particle of a personal name that is no Romance word ("Anna van Berg", "Wim den Hartog") joins
    only a person's name."""
    spans = []
    lowers = lowers_of(doc)
    for i in range(1, len(doc) - 1):
        if lowers[i] not in ROMANCE_PARTICLES and lowers[i] not in NAME_PARTICLES:
            continue
        tok = doc[i]
        if not tok.is_lower:
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        if not (before.is_title and before.is_alpha and after.is_title and after.is_alpha):
            continue
        start, end = tok.i - 1, tok.i + 2
        for ent in entities_of(doc):  # the model's names on either side, whole ("Carla" of "Carla del Ponte")
            if ent.start <= before.i < ent.end:
                start = min(start, ent.start)
            if ent.start <= after.i < ent.end:
                end = max(end, ent.end)
        labels = {t.ent_type_ for t in doc[start:end]}
        label = next((lab for lab in _PARTICLE_LABELS if lab in labels), None)
        if label is not None and (tok.lower_ in ROMANCE_PARTICLES or label == "PERSON"):
            spans.append(Span(doc, start, end, label=label))
    return spans


@rule("find", "adjacent_people")
def adjacent_people(doc, text: Optional[str] = None) -> list:
    """"Minister Datuk Tan Wei Ming" tagged "Datuk Tan" and "Wei Ming": two people the model tagged side by side, with no
    word or comma between them, are one person's name (two people are never printed so): three or four words, each a
    capitalised word ("William Hale M.D. Anna Berg" lists two, as does a run of five or more, "Tom Hale Anna Berg Dan
    Smith"; "Treble Bob Major" tagged "Bob" and "Major" is no one)."""
    ents = [e for e in entities_of(doc) if e.label_ == "PERSON"]
    starts, ends = {e.start for e in ents}, {e.end for e in ents}
    return [Span(doc, a.start, b.end, label="PERSON") for a, b in zip(ents, ents[1:])
            if a.end == b.start and 3 <= b.end - a.start <= 4 and all(t.is_alpha and t.is_title for t in doc[a.start:b.end])
            and not doc[b.start].is_sent_start and a.start not in ends and b.end not in starts]  # not a run of three


# The words that join a body's head to what it is for or about ("Commission on", "Fund for"); "of" only before a body
# the model tagged ("Central Committee of the Party"): "of" and a place may be the body's seat, outside its name.
_BODY_LINKS = ("for", "on", "of")
# A body's head that a link word may follow: an institution's or a body's generic noun, not a firm's ("Acme Corp. for
# its client": two bodies).
_LINKED_HEADS = (INSTITUTION_HEADS | GENERIC_ORG_NOUNS | LINKED_BODY_HEADS) - {"company", "corporation", "firm"}


def _capitalised_run(doc, i: int) -> int:
    """The end of the untagged capitalised words from ``i`` ("Judicial Conduct", "Refugees and Democracy"), up to four,
    "and" or "of" between two of them; ``i`` when there are none."""
    end = i
    while end < len(doc) and end - i < 4:
        tok = doc[end]
        if tok.is_title and tok.is_alpha and not tok.ent_type_ and tok.pos_ in ("PROPN", "NOUN", "ADJ"):
            end += 1
        elif end > i and tok.lower_ in ("and", "of") and end + 1 < len(doc) and doc[end + 1].is_title and not doc[end + 1].ent_type_:
            end += 1
        else:
            break
    return end if end > i and doc[end - 1].is_title else i


# The last words of a body's name of its own, printed after "for" or "on" and "the" ("the Arts Council for" + "the
# National Theatre"): what a body is for is no body.
_OWN_BODY_HEADS = ORG_NOUNS | INSTITUTION_HEADS | GENERIC_ORG_NOUNS


def _body_of_its_own(doc, start: int, end: int) -> bool:
    """The name ``doc[start:end]`` after "for" or "on" is a body of its own, not what the body before is for: a word in
    it that is no English word ("Microsoft", "Yukos"), a party's name ("Labour"), a firm's or a club's last word
    ("Acme Corp", "Leeds United"), after "the" a body's noun ("the National Theatre"), or the same words printed
    elsewhere in the paragraph."""
    words = [t for t in doc[start:end] if t.lower_ not in ("the", "a", "an")]
    if not words:
        return False
    if any(t.is_alpha and t.text[0].isupper() and not _dictionary_word(t) for t in words) or " ".join(t.lower_ for t in words) in PARTY_NAMES:
        return True
    last = words[-1].lower_
    if last in COMPANY_FORMS or last in COMPANY_SUFFIXES or last in CLUB_NAME_WORDS:
        return True
    if doc[start].lower_ == "the" and last in _OWN_BODY_HEADS:
        return True
    name = [t.text for t in words]
    return any(i != words[0].i and [t.text for t in doc[i : i + len(name)]] == name for i in range(len(doc) - len(name) + 1))


@rule("find", "bodies_across_link", uses=(_capitalised_run, _body_of_its_own))
def bodies_across_link(doc, text: Optional[str] = None) -> list:
    """"the World Wide Fund" + "for" + "Nature", "the Working Group" + "on" + "the Financial Markets", "the State
    Commission on" + "Judicial Conduct": a body whose head is an institution's noun ("Fund", "Commission", "Group"),
    then "for" or "on" (and an article), then what it is for, a body the model tagged or capitalised words it left
    untagged, is one body's name; after "of" only a body the model tagged ("the Central Committee of" + "the Party"):
    "of" and a place may be the seat, outside the name. What follows "for" or "on" stays a body of its own where its
    words say so (:func:`_body_of_its_own`: "the European Commission on Microsoft", "the Electoral Commission on
    Labour", "the Arts Council for the National Theatre"); an untagged one after "the", ending in a body's noun, is
    offered as a body ("the National Theatre")."""
    ents = list(entities_of(doc))
    starts = {e.start: e for e in ents}
    spans = []
    for ent in ents:
        if ent.label_ != "ORG":
            continue
        link = ent.end - 1 if ent[-1].lower_ in _BODY_LINKS and len(ent) > 2 else ent.end  # "the State Commission on"
        if link >= len(doc) or doc[link].lower_ not in _BODY_LINKS or doc[link - 1].lower_ not in _LINKED_HEADS \
                or not doc[link - 1].is_title:
            continue
        after = link + 1
        tagged = starts.get(after) or (starts.get(after + 1) if after < len(doc) and doc[after].lower_ in ("the", "a", "an") else None)
        if tagged is not None and tagged.label_ == "ORG":
            if doc[link].lower_ == "of" or not _body_of_its_own(doc, after, tagged.end):
                spans.append(Span(doc, ent.start, tagged.end, label="ORG"))
            continue
        if doc[link].lower_ == "of":
            continue
        first = after + (after < len(doc) and doc[after].lower_ in ("the", "a", "an"))
        end = _capitalised_run(doc, first)
        if end == first or end < len(doc) and doc[end].ent_type_ and doc[end].is_title:
            continue
        if not _body_of_its_own(doc, after, end):
            spans.append(Span(doc, ent.start, end, label="ORG"))
        elif first > after and doc[end - 1].lower_ in _OWN_BODY_HEADS:  # "the National Theatre", untagged: a body too
            spans.append(Span(doc, first, end, label="ORG"))
    return spans


def _bracket_word(tok) -> bool:
    """A word of a company's bracketed part: a capitalised word or an abbreviation ("Hong Kong", "HK", "U.S.A.")."""
    return (tok.is_title or tok.is_upper) and tok.text[:1].isalpha()


@rule("find", "bracketed_companies")
def bracketed_companies(doc, text: Optional[str] = None) -> list:
    """"Kestrel Mining (Borneo) Ltd.", "Hallam Securities (Hong Kong) Ltd", "Brantwood Foods (Holdings)": a company's
    name with a bracketed part (where it trades, or what it is in the group), then its legal form or more words of the
    name and the form ("Norvale (Sumatra) Trading Ltd."), or a bracket holding a company's own last word
    ("(Holdings)"), is one name; the model stops at the bracket. The name before the bracket is capitalised words (a
    body the model tagged, from its start); the bracket holds one to three capitalised words or abbreviations."""
    if "(" not in (doc.text if text is None else text):  # most blocks have none: skip the token walk
        return []
    org_start = {e.end: e.start for e in entities_of(doc) if e.label_ == "ORG"}
    spans = []
    for tok in doc[1:-2]:
        if tok.text != "(":
            continue
        close = next((t.i for t in doc[tok.i + 1 : tok.i + 5] if t.text == ")"), None)
        if close is None or close == tok.i + 1 or not all(_bracket_word(t) for t in doc[tok.i + 1 : close]):
            continue
        end = close + 1
        while end < len(doc) and end - close <= 2 and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ not in COMPANY_FORMS \
                and doc[end].lower_ not in COMPANY_SUFFIXES:
            end += 1
        forms = end
        while forms < len(doc) and (doc[forms].lower_ in COMPANY_FORMS or doc[forms].lower_ in COMPANY_SUFFIXES) \
                and not (forms + 1 < len(doc) and doc[forms + 1].text == "-"):
            forms += 1
        if forms > end:
            end = forms
        elif close == tok.i + 2 and doc[tok.i + 1].is_title and doc[tok.i + 1].lower_ in ORG_WORDS \
                and doc[tok.i + 1].lower_ not in GENERIC_ORG_NOUNS | COMPANY_SUFFIXES:
            end = close + 1  # "Brantwood Foods (Holdings)"
        else:
            continue
        start = org_start.get(tok.i)
        if start is None:
            start = tok.i
            while start > 0 and tok.i - start < 4 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title \
                    and doc[start - 1].ent_type_ in ("", "ORG"):
                start -= 1
        if start < tok.i:
            spans.append(Span(doc, start, end, label="ORG"))
    return spans


def _dictionary_word(tok) -> bool:
    """A capitalised English noun, plural or adjective ("Public", "Works", "Optical" of "Electro-Optical"): a word that
    says what a body does rather than names it."""
    word = tok.text.split("-")[-1]
    return common_noun(word) or common_plural(word) or word.lower() in _lemma_words("lemma_index", "adj")


def _plural_of_people(tok) -> bool:
    """A plural noun for people in a trade, as a body's members are named: "Bricklayers", "Owners", "Craftsmen"."""
    low = tok.lower_
    return tok.is_title and (common_plural(low) or low.endswith("men") and common_noun(low[:-3] + "man"))


# The words of a body's head, a body's own last word or an institution's, that end the second half of a name joined by
# "and" ("Roads and Bridges Committee", "Marine and Aerospace Systems").
_AND_HEADS = ORG_WORDS | INSTITUTION_HEADS


@rule("find", "bodies_across_and")
def bodies_across_and(doc, text: Optional[str] = None) -> list:
    """"the House Roads and" + "Bridges Committee", "Marine and" + "Aerospace Systems", "the Union of Northern Weavers" +
    "and" + "Allied Dyers": one body's name the model cut at "and". Joined where the second half, a body the model
    tagged, ends in a body's head ("Committee", "Systems") and the first half, capitalised words the model tagged a body
    or nothing, has none, only English words that say what the body does ("Roads", "Marine"); or where the first is a
    body of people ("Union of Northern Weavers") and the second, with no article, names more of them ("Allied Dyers").
    "Yahoo and Excite" (no head), "Labour and the Conservatives" (an article), "the Senate and Finance Committee" (a
    head in each half), "House and Senate" (a head alone is a name) and "Yahoo and Excite Systems", "Apple Computer and
    Cisco Systems" (the first half a name the model tagged alone, not a plural) stay two."""
    if " and " not in (doc.text if text is None else text):
        return []
    spans = []
    for b in entities_of(doc):
        joiner = b.start - 1
        if b.label_ not in ("ORG", "PERSON") or joiner < 1 or doc[joiner].lower_ != "and" or not all(t.is_title for t in b):
            continue
        start = joiner
        while start > 0 and joiner - start < 5 and doc[start - 1].ent_type_ in ("", "ORG") and doc[start - 1].pos_ != "DET" \
                and (doc[start - 1].is_title or doc[start - 1].is_upper or doc[start - 1].text == "-" or doc[start - 1].lower_ == "of"):
            start -= 1
        first = [t for t in doc[start:joiner] if t.text != "-"]
        if not first or not first[0].is_title or first[0].is_sent_start and not first[0].ent_type_:
            continue
        if doc[start - 1].lower_ == "the" and doc[start - 1].ent_type_ == "ORG":
            start -= 1
        words = [t.lower_ for t in first]
        # "Yahoo", "Apple Computer" tagged a name of its own, before "and": a firm ("the House Public Works", a plural: a
        # body's trade)
        alone = first[0].ent_iob_ == "B" and doc[joiner].ent_type_ != "ORG" and doc[joiner - 1].ent_type_ == "ORG" \
            and (len(first) == 1 or not common_plural(first[-1].text))
        if b.label_ == "ORG" and len(b) >= 2 and b[-1].lower_ in _AND_HEADS and not alone and "of" not in words \
                and words[-1] not in _AND_HEADS | GENERIC_ORG_NOUNS \
                and all(_dictionary_word(t) for t in first if doc[t.i + 1].text != "-"):  # "Electro-Optical": its last part
            spans.append(Span(doc, start, b.end, label="ORG"))
            continue
        k = words.index("of") if "of" in words[1:-1] else 0
        if k and words[k - 1] in _AND_HEADS | GENERIC_ORG_NOUNS and _plural_of_people(first[-1]) and len(b) <= 3 and _plural_of_people(b[-1]) \
                and first[0].ent_type_ == "ORG":
            spans.append(Span(doc, start, b.end, label="ORG"))
    return spans



@rule("find", "partners_before_ampersand")
def partners_before_ampersand(doc, text: Optional[str] = None) -> list:
    """"Hartley" + "," + "Brenner & Voss": a firm named for three partners, the last two joined by "&", which the model
    cut at the comma. The first partner is one capitalised word the model tagged a body or a person or nothing, not
    itself after a comma or "and", and no list goes on after the firm ("Exxon, Procter & Gamble and Mobil" lists
    three firms)."""
    if "&" not in (doc.text if text is None else text):
        return []
    spans = []
    for b in entities_of(doc):
        if b.label_ != "ORG" or len(b) != 3 or b[1].text != "&" or b.start < 3 or doc[b.start - 1].text != ",":
            continue
        a = doc[b.start - 2]
        if not (a.text[:1].isupper() and a.is_alpha and a.ent_type_ in ("", "ORG", "PERSON") and a.ent_iob_ != "I") \
                or doc[a.i - 1].text == "," or doc[a.i - 1].lower_ in ("and", "&") or doc[a.i - 1].is_title:
            continue
        if b.end < len(doc) and (doc[b.end].lower_ == "and" or doc[b.end].text == "," and b.end + 1 < len(doc) and doc[b.end + 1].is_title):
            continue
        spans.append(Span(doc, a.i, b.end, label="ORG"))
    return spans


@lru_cache(maxsize=None)
def _lemma_words(table: str, pos: str) -> frozenset[str]:
    """English words of one part of speech from spaCy's lemmatizer tables (from WordNet), shipped with the model: its
    index of lemmas ("lemma_index": common nouns, adjectives) or its irregular forms ("lemma_exc": "tore", "bore").
    Read here rather than word lists of our own."""
    return frozenset(load_model().get_pipe("lemmatizer").lookups.get_table(table)[pos])


def verb_form(word: str) -> bool:
    """True for an irregular form of an English verb, whatever its capitals: "Tore", "Bore"."""
    return word.lower() in _lemma_words("lemma_exc", "verb")


def common_noun(word: str) -> bool:
    """True for an English common noun in the singular, whatever its capitals: "Radio", "Channel", "Halo"."""
    return word.lower() in _lemma_words("lemma_index", "noun")


def singular(word: str) -> str:
    """The singular of a regular English plural in lower case ("companies" -> "company", "firms" -> "firm"), "" for a
    word that does not end in "s" (the pipeline has no lemmatizer; the nouns it matches this way are regular)."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else ""


def common_plural(word: str) -> bool:
    """True for the plural of an English common noun, printed with a capital: "Tests", "Windows", "Pedestrians"."""
    one = singular(word.lower())
    return bool(one) and common_noun(one)

__all__ = ["GAZETTEER_ONLY", "adjacent_people", "bodies_across_and", "bodies_across_link", "bracketed_companies", "partners_before_ampersand", "bracketed_given_names", "names_across_particle", "described_orgs", "model_entities", "company_form", "company_names", "country_after_qualifier", "dateline_credit", "dateline_place",
           "hyphenated_places", "institution_names", "joined_names", "missed_people", "missed_places", "name_key", "name_token", "name_words", "party_affiliations",
           "party_member", "road_names", "singular", "spelled_out_acronyms", "split_list", "split_pair", "title_word", "verb_form", "warm_up"]
