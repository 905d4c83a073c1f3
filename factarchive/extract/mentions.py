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

from . import cues, filters, gazetteer
from .candidates import (GAZETTEER_ONLY, bracketed_given_names, company_form, company_names, country_after_qualifier, dateline_credit,
                         dateline_place, hyphenated_places, institution_names, joined_names, missed_people, missed_places, name_key, name_token, name_words,
                         party_affiliations, party_member, road_names, spelled_out_acronyms, split_pair, title_word, warm_up)
from .lexicon import (AGENCIES, COMPANY_SUFFIXES, DATE_WORDS, EVENT_HEADS, FACILITY_NOUNS, GENERIC_ORG_NOUNS, HONORIFICS, LOCATIVE,
                      NAME_ABBREVIATIONS, NAME_PARTICLES, OCCUPATIONS, OFFICE_TITLES, PERSON_NOUNS, PLACE_HEADS,
                      PLACE_PREFIXES, PROVINCE_WORDS, REPORTING_VERBS, WIRE_SLUGS)
from .nlp import sentence_of
from .rules import rule
# Works, products and events are kept as "thing": never a fact, but their mentions vote, so that a name the
# model tags a work in one sentence and a person in another is not made a person by the one vote alone.
ENTITY_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
                 GAZETTEER_ONLY: "place", "PRODUCT": "thing", "WORK_OF_ART": "thing", "EVENT": "thing"}
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


@rule("vote", "described_as_person")
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



def find_mentions(doc, block: Block, provenance_names: Iterable[str] = ()) -> list[Mention]:
    """Every name in one parsed block, cleaned (stage ``entities.mentions``)."""
    provenance = {name_key(n) for n in provenance_names} | set(AGENCIES)
    found: list[Mention] = []
    affiliations = party_affiliations(doc, block.text)
    taken = {i for span in affiliations for i in range(span.start, span.end)}
    ents = [part for ent in doc.ents for part in split_pair(ent) if not any(i in taken for i in range(ent.start, ent.end))]
    # the acronym and its spelled-out name come before the model's spans: they win a tie with the model's ("LKVR" a person)
    candidates = dateline_place(doc) + spelled_out_acronyms(doc, block.text) + ents + missed_places(doc) + cues.described_orgs(doc, block.text) + missed_people(doc)
    candidates += company_names(doc, block.text) + joined_names(ents) + affiliations
    candidates += hyphenated_places(doc) + bracketed_given_names(doc) + institution_names(doc, block.text) + road_names(doc)
    titles = filters.work_title_tokens(doc, block.text)
    shouted = block.kind == "body" and filters.subheading(block.text)
    table = block.kind == "body" and cues.score_line(block.text)
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
        if end + 1 < len(doc) and doc[end].text == "," and company_form(doc, end + 1):
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
            # "Blairite Alan Milburn": a follower's adjective; "M Blair": a stray initial with no full stop.
            while start < end - 1 and (title_word(doc[start]) or doc[start].pos_ in NOT_NAME_POS
                                       or (doc[start].is_lower and doc[start].lower_ not in NAME_PARTICLES)
                                       or follower_adjective(doc[start].text) or len(doc[start].text) == 1 and doc[start].is_upper):
                titled = titled or title_word(doc[start])
                start += 1
            # spaCy often drops the first of three given names ("Recep Tayyip Erdogan")...
            while start > 0 and name_token(doc[start - 1]) and not doc[start - 1].is_sent_start \
                    and not follower_adjective(doc[start - 1].text):
                start -= 1
            # ... or the last one ("Daniel arap" + "Moi").
            while end < len(doc) and name_token(doc[end]) and doc[end - 1].pos_ == "PROPN" and doc[end - 1].lower_ in NAME_PARTICLES | {t.lower_ for t in doc[start:end]} | {doc[end - 1].lower_}:
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
        if end - start >= 2 and label in ("person", "organization", "place", "thing"):
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
        country_start = country_after_qualifier(doc, start, end) if label in ("place", "organization") else start
        if country_start != start:
            start, label = country_start, "place"
        if label == "place" and ent.label_ == "FAC":
            while end < len(doc) and doc[end].lower_ in FACILITY_NOUNS:
                end += 1
        elif label == "group" and (doc[end - 1].pos_ == "ADJ" or not doc[end - 1].text.endswith("s")):
            continue  # "Turkish forces": a demonym used as an adjective is not an actor
        if start >= end or start in titles or filters.era_after_year(doc, start, end) or filters.wire_slug(doc, start, end):
            continue  # "Last Tango in Paris": a name inside a work's title; "2000 B.C.": an era; "(2nd LD)": a wire slug
        if end - start == 1 and doc[start].lower_ in COMPANY_SUFFIXES:
            continue  # "AG", "SA": a company's legal form alone names no company
        if label == "organization" and (doc[end - 1].lower_ in OFFICE_TITLES or _person_noun(doc[end - 1])) \
                and end < len(doc) and doc[end].ent_type_ == "PERSON":
            continue  # "Swiss Federal Prosecutor Carla del Ponte": a title before a name, not a body
        if end - start == 1 and (doc[start].lower_.rstrip(".") in DATE_WORDS or doc[start].lower_ in EVENT_HEADS
                                 or label == "place" and doc[start].lower_ in GENERIC_ORG_NOUNS):
            continue  # "Thurs.", "the Games", "all States": a date, an event, a common noun
        if end - start == 1 and label == "organization" and not party_member(doc[start].text) and (
                doc[start].lower_ in GENERIC_ORG_NOUNS or doc[start].pos_ != "PROPN" and not doc[start].is_upper and not table):
            continue  # "the Government", "the Court", "Success": a common word, not a name ("Reading 2 Stoke 2": a club)
        span = doc[start:end]
        text = filters.clean_name(span.text)
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
                                                             or dateline_credit(doc, start, end)),
                locative=start > 0 and doc[start - 1].lower_ in LOCATIVE,
                settlement=start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in SETTLEMENTS,
                titled=titled or (label in ("person", "organization") and _described_as_person(span)),
                speaker=span.root.dep_ == "nsubj" and span.root.head.lower_ in REPORTING_VERBS,
                institution=max(cues.described_as_org(span), 2 * cues.alias_of_org(doc, start, end))
                + (cues.employer(span) or cues.which_follows(doc, end)) + cues.web_service(span),
                shouted=shouted,
                thing=cues.thing_votes(doc, start, end),
                club=3 if table else cues.club_votes(span),
                table=table,
            )
        )
    return found


JOINED_SURNAMES = re.compile(r"([A-Z][\w']+)-([A-Z][\w']+)")


@rule("link", "split_joined_surnames", off=lambda m, surnames: [m])
def _split_joined_surnames(m: Mention, surnames: dict[str, set[str]]) -> list[Mention]:
    """"Blair-Brown" (tagged an organisation) where the article names Tony Blair and Gordon Brown: the two men."""
    match = JOINED_SURNAMES.fullmatch(m.text)
    if not match or any(len(surnames.get(part, ())) != 1 for part in match.groups()):
        return [m]
    return [replace(m, text=part, label="person", start_char=m.start_char + match.start(k), institution=0, club=0, thing=0)
            for k, part in enumerate(match.groups(), start=1)]


PROVINCE_AFTER = re.compile(r" (" + "|".join(sorted(PROVINCE_WORDS)) + r")\b")


@rule("link", "with_province", off=lambda docs_blocks, mentions: mentions)
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
