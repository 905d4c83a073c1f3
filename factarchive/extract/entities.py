"""Actors and locations: find mentions, then decide once per entity per article.

Two steps, as in spaCy's EntityRuler (find, then assign):

* :func:`find_mentions` reads one parsed block and returns cleaned mentions
  (spans trimmed of "the" and "'s", full names restored leftwards, office
  titles split off as roles, credits and agencies marked as provenance);
* :func:`resolve_entities` pools every mention in the article, votes one type
  per name (with gazetteer evidence), links short names to full names, and
  returns the article's actors and locations.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Optional

from spacy.tokens import Span
from spacy.util import filter_spans as spacy_filter_spans

from ..model import Actor, Location
from ..slug import slug
from . import gazetteer
from .lexicon import (ADMIN_SUFFIXES, AGENCIES, COMPANY_FORMS, DATE_WORDS, FACILITY_NOUNS, HONORIFICS, LOCATIVE,
                      NAME_ABBREVIATIONS, NAME_PARTICLES, OCCUPATIONS, OFFICE_TITLES, ORG_WORDS, REPORTING_VERBS)
from .nlp import load_model, sentence_of

# A city the model missed and only the gazetteer found: kept where the article names its country.
GAZETTEER_ONLY = "GAZETTEER_CITY"
ENTITY_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
                 GAZETTEER_ONLY: "place"}
# Order used to break a tied vote: a place name is more often right than not.
CLASS_ORDER = ("place", "person", "organization", "group")
# Parts of speech that do not begin a name ("Echoing Annan", "Asked Smith").
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "PRON", "PART", "INTJ"})
SETTLEMENTS = frozenset({"town", "city", "village", "capital", "port", "suburb"})
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "on", "in", "de"})
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


def _name_words(text: str) -> list[str]:
    return list(_name_word_tuple(text))


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
    return low in HONORIFICS or low in OFFICE_TITLES or low in OCCUPATIONS or bool(gazetteer.demonym(tok.text))


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


def _missed_people(doc) -> list:
    """People the model left untagged, where the name starts with a given name: "fellow German Claudia Pechstein"."""
    spans = []
    for _, start, end in _name_matcher(doc.vocab)(doc):
        first, last = doc[start], doc[end - 1]
        if not gazetteer.given_name(first.text) or _title_word(first) or last.lower_ in ORG_WORDS:
            continue
        if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
            continue  # the start of a longer name the model did tag
        if gazetteer.lookup(doc[start:end].text) or gazetteer.lookup(last.text) and not first.is_sent_start:
            continue
        spans.append(Span(doc, start, end, label="PERSON"))
    return spans


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


def _dateline_credit(doc, start: int, end: int) -> bool:
    """True for an agency in a dateline's parentheses: "NAIROBI, Kenya (AP) _"."""
    return 0 < start and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")" and start <= 8


def find_mentions(doc, block: Block, provenance_names: Iterable[str] = ()) -> list[Mention]:
    """Every name in one parsed block, cleaned (stage ``entities.mentions``)."""
    provenance = {name_key(n) for n in provenance_names} | set(AGENCIES)
    found: list[Mention] = []
    for ent in sorted(spacy_filter_spans(list(doc.ents) + _missed_places(doc) + _missed_people(doc)), key=lambda e: e.start):
        label = ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct or doc[start].text in ("`", "``", "'", '"')):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].pos_ in ("ADP", "CCONJ", "DET")
                               or (end - start > 1 and doc[end - 1].lower_ in DATE_WORDS)):
            end -= 1
        # "WorldSources, Inc." and "Kenya Airways Ltd.": the company form and its full stop are the name's.
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in COMPANY_FORMS:
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
            if end - start == 1 and gazetteer.demonym(doc[start].text):
                label = "group"  # "Croats", "Hutu": a people, not a person
            role = _role_before(doc, start) or _role_after(doc, start, end)
        if start > 0 and (doc[start - 1].lower_ in HONORIFICS or doc[start - 1].lower_ in OFFICE_TITLES):
            titled = True  # "Ms. Wertheimer", "President Clinton": said of a person
        if label == "place" and ent.label_ == "FAC":
            while end < len(doc) and doc[end].lower_ in FACILITY_NOUNS:
                end += 1
        elif label == "group" and (doc[end - 1].pos_ == "ADJ" or not doc[end - 1].text.endswith("s")):
            continue  # "Turkish forces": a demonym used as an adjective is not an actor
        if start >= end:
            continue
        span = doc[start:end]
        text = re.sub(r"\s+", " ", span.text).strip()
        if not any(ch.isalpha() for ch in text) or text.islower():
            continue
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
                titled=titled,
                speaker=span.root.dep_ == "nsubj" and span.root.head.lower_ in REPORTING_VERBS,
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


# --------------------------------------------------------------------------- resolve


@dataclass(frozen=True)
class Entity:
    """All mentions of one thing in one article, with the decision made about it."""

    name: str
    cls: str  # person, organization, place, group
    mentions: tuple[Mention, ...]


def _vote(key: str, mentions: list[Mention], countries: frozenset[str]) -> str:
    """One type for every mention of a name: the model's labels, one vote each, plus evidence.

    Evidence: a country or US state the gazetteer knows is a place; a city is
    one vote more for a place when it is big or in a country the article names
    (a region of a country, always), and one more for each mention after "in",
    "near", "at"; a title before a name ("Ms.", "President") is two votes for a
    person, being the subject of "said" one (for a single word: "Clinton
    said"); "of", "for", "and" inside a name one for an organisation; a last word such
    as "Inc" or "Foundation" makes an organisation; a first word that is a
    given name ("Julia Chepalova") is two votes for a person. Ties go by
    ``CLASS_ORDER``.
    """
    votes = Counter(m.label for m in mentions)
    n = len(mentions)
    words = key.split()
    if gazetteer.country(key) or gazetteer.us_state(key):
        votes["place"] += n + 1
    else:
        votes["person"] += 2 * sum(m.titled for m in mentions) + (len(words) == 1) * sum(m.speaker for m in mentions)
        if len(words) >= 3 and any(w in ("of", "for", "and", "on") for w in words[1:-1]):
            votes["organization"] += 1  # "Syrian Observatory for Human Rights": not a personal name
        city = gazetteer.city(key, countries)
        region = gazetteer.region(key)
        if city or region:
            big = bool(city) and (city.country in countries or city.population >= gazetteer.BIG_CITY)
            local = bool(city) and city.country in countries or bool(region) and region.country in countries
            # A city or region of a country the article names: as many votes as it has mentions.
            votes["place"] += (n if local else (big or bool(region))) + sum(m.locative for m in mentions)
        if len(words) >= 2 and words[-1] in ORG_WORDS:
            votes["organization"] += n + 1
        elif len(words) >= 2 and gazetteer.given_name(words[0]) and not city and words[-1] not in ADMIN_SUFFIXES:
            # "Julia Chepalova": two votes; "Montgomery Clift", a given name and a surname: one per mention more.
            votes["person"] += 2 + (n if gazetteer.surname(words[-1]) else 0)
    return max(CLASS_ORDER, key=lambda c: (votes[c], -CLASS_ORDER.index(c)))


def _initials(key: str) -> str:
    return "".join(w[0] for w in _name_words(key) if w not in ACRONYM_SKIP and w[0].isalpha())


def _acronym(text: str) -> Optional[str]:
    """"UN", "U.N.", "IMF" -> lower-case letters; None for anything that is not an acronym."""
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters.lower()
    return None


def _canonical(cls: str, mentions: list[Mention]) -> str:
    forms = Counter(m.text for m in mentions)
    if cls == "person":  # the fullest form of a name is its name
        return max(forms, key=lambda f: (len(_name_words(f)), forms[f], f))
    if cls == "place":
        form = max(forms, key=lambda f: (forms[f], len(f), f))
        place = gazetteer.country(form)
        if place:
            return place.name
        if all(f.isupper() for f in forms) and len(form) > 3:  # "NAIROBI" in a dateline
            place = gazetteer.city(form)
            return place.name if place else form.title()
    return max(forms, key=lambda f: (forms[f], len(f), f))


def _merge(groups: dict[str, list[Mention]], decided: dict[str, str], short: str, full: str) -> None:
    groups[full].extend(groups.pop(short))
    decided.pop(short)


def resolve_entities(mentions: list[Mention]) -> list[Entity]:
    """Pool mentions into entities: one type per name, short names linked to full ones (stage ``entities.resolve``)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if not m.provenance:
            groups[m.key].append(m)
    countries = frozenset(p.country for key in groups if (p := gazetteer.country(key)))
    for key in sorted(groups):
        if all(m.spacy_label == GAZETTEER_ONLY for m in groups[key]):
            city = gazetteer.city(key, countries)
            if city is None or city.country not in countries:
                del groups[key]
    decided = {key: _vote(key, ms, countries) for key, ms in sorted(groups.items())}

    # A surname joins the one personal name it ends before the vote, whatever the model
    # called either ("Pechstein" tagged a place, "Claudia Pechstein" a person): one vote for both.
    personal = sorted((k for k in groups if len(_name_words(k)) >= 2 and _name_words(k)[-1] not in ORG_WORDS
                       and (decided[k] == "person" or gazetteer.given_name(_name_words(k)[0]))),
                      key=lambda k: (-len(_name_words(k)), k))
    for short in sorted(groups, key=lambda k: (len(_name_words(k)), k)):
        sw = _name_words(short)
        if len(sw) != 1 or short not in groups or gazetteer.country(short) or gazetteer.us_state(short) or gazetteer.demonym(short):
            continue
        longer = {k for k in personal if k in groups and _name_words(k)[-1] == sw[0]}
        if len(longer) == 1:
            full = longer.pop()
            _merge(groups, decided, short, full)
            if decided[full] != "person":
                decided[full] = _vote(full, groups[full], countries)

    # "Idlib province" is Idlib, where the article or the gazetteer knows Idlib.
    for key in sorted(groups):
        words = key.split()
        if decided.get(key) == "place" and len(words) >= 2 and words[-1] in ADMIN_SUFFIXES:
            base = " ".join(words[:-1])
            if decided.get(base) == "place" or (base not in groups and gazetteer.lookup(base)):
                groups.setdefault(base, [])
                decided[base] = "place"
                _merge(groups, decided, key, base)

    # One country, one entity: "U.S." and "United States".
    by_code: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: (-len(k), k)):
        place = gazetteer.country(key) if decided[key] == "place" else None
        if place:
            if place.country in by_code:
                _merge(groups, decided, key, by_code[place.country])
            else:
                by_code[place.country] = key

    # A short name links to the one longer personal name it ends, whatever the model
    # called it: "Erdogan" -> "Recep Tayyip Erdogan", "Clinton" (tagged a place) -> "Bill Clinton".
    persons = sorted((k for k, c in decided.items() if c == "person"), key=lambda k: (-len(_name_words(k)), k))
    target: dict[str, str] = {}
    for short in sorted(decided, key=lambda k: (-len(_name_words(k)), k)):
        sw = _name_words(short)
        if decided[short] != "person" and (gazetteer.country(short) or gazetteer.us_state(short) or len(sw) > 1):
            continue
        longer = [k for k in persons if len(_name_words(k)) > len(sw) and _name_words(k)[-len(sw):] == sw]
        roots = {target.get(k, k) for k in longer}
        if len(roots) == 1:
            target[short] = roots.pop()
    for short, full in sorted(target.items()):
        _merge(groups, decided, short, full)

    # An acronym links to the one name whose initials it is: "UN" -> "United Nations".
    for key in sorted(groups):
        letters = _acronym(groups[key][0].text)
        if not letters or gazetteer.country(key):
            continue
        longer = [k for k in decided if k != key and len(_name_words(k)) >= 2 and _initials(k) == letters
                  and decided[k] in ("organization", "place")]
        if len(longer) == 1:
            _merge(groups, decided, key, longer[0])

    entities = []
    for key, ms in groups.items():
        ms = sorted(ms, key=lambda m: m.order)
        cls = decided[key]
        entities.append(Entity(name=_canonical(cls, ms), cls=cls, mentions=tuple(ms)))
    return sorted(entities, key=lambda e: e.mentions[0].order)


def _evidence(mentions: Iterable[Mention]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in sorted(mentions, key=lambda m: m.order):
        seen.setdefault(m.sentence, None)
    return tuple(seen)


def _aliases(entity: Entity) -> tuple[str, ...]:
    return tuple(sorted({m.text for m in entity.mentions if m.text != entity.name}))


def assign_ids(entities: list[Entity]) -> dict[Entity, str]:
    """Each entity's id: the slug of its name (plus its class where two names share a slug)."""
    ids: dict[Entity, str] = {}
    used: set[str] = set()
    for e in entities:
        ident = slug(e.name)
        if ident in used:
            ident = f"{ident}-{e.cls}"
        used.add(ident)
        ids[e] = ident
    return ids


def to_facts(entities: list[Entity], ids: dict[Entity, str]) -> tuple[tuple[Actor, ...], tuple[Location, ...]]:
    """Turn resolved entities into the fact sheet's actors and locations (stage ``entities.gazetteer``)."""
    actors: list[Actor] = []
    locations: list[Location] = []
    countries = {p.country for e in entities if e.cls == "place" and (p := gazetteer.country(e.name))}
    for e in entities:
        common = dict(id=ids[e], name=e.name, aliases=_aliases(e), mentions=len(e.mentions), evidence=_evidence(e.mentions))
        if e.cls == "place":
            place = gazetteer.country(e.name)
            if place:
                actors.append(Actor(kind="country", country_code=place.country, **common))
                continue
            place = gazetteer.city(e.name, countries)
            labels = Counter(m.spacy_label for m in e.mentions)
            region = gazetteer.region(e.name) if not place else None
            if place:
                locations.append(Location(kind="city", country=place.country, coordinates=place.coordinates, **common))
            elif any(m.settlement for m in e.mentions):
                locations.append(Location(kind="city", **common))
            elif region and (region.country in countries or region.kind == "state"):
                locations.append(Location(kind="region", country=region.country, **common))
            elif labels["FAC"] > labels["GPE"] + labels["LOC"]:
                locations.append(Location(kind="facility", **common))
            elif labels["LOC"] > labels["GPE"]:
                locations.append(Location(kind="region", **common))
            else:
                locations.append(Location(kind="place", **common))
            continue
        roles = Counter(m.role for m in e.mentions if m.role)
        role = max(roles, key=lambda r: (roles[r], r)) if roles else None
        actors.append(Actor(kind=e.cls, role=role, **common))
    kind_order = {"person": 0, "organization": 1, "country": 2, "group": 3}
    actors.sort(key=lambda a: (kind_order[a.kind], -a.mentions, a.name))
    locations.sort(key=lambda loc: (-loc.mentions, loc.name))
    return tuple(actors), tuple(locations)


__all__ = ["Block", "Entity", "Mention", "assign_ids", "complete_mentions", "find_mentions", "name_key", "resolve_entities", "to_facts"]
