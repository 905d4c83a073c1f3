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
from typing import Iterable, Optional

from ..model import Actor, Location
from ..slug import slug
from . import gazetteer
from .lexicon import ADMIN_SUFFIXES, AGENCIES, FACILITY_NOUNS, HONORIFICS, OFFICE_TITLES, REPORTING_VERBS

ENTITY_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}
# Order used to break a tied vote: a place name is more often right than not.
CLASS_ORDER = ("place", "person", "organization", "group")
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

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def order(self) -> tuple[int, int]:
        return (self.block, self.start_char)


def name_key(text: str) -> str:
    """How two surface forms of one name compare: case-folded, no "the", no "'s"."""
    key = re.sub(r"\s+", " ", text).strip().casefold()
    key = re.sub(r"^the ", "", key)
    key = re.sub(r"['’]s$", "", key)
    return key


def _name_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", name_key(text)) if w]


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
    for ent in doc.ents:
        label = ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
            end -= 1
        role = None
        if label == "person":
            while start < end and (doc[start].lower_ in HONORIFICS or doc[start].lower_ in OFFICE_TITLES):
                start += 1  # "President Bashar al-Assad" tagged whole: the title is a role
            # spaCy often drops the first of three given names ("Recep Tayyip Erdogan").
            while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not doc[start - 1].ent_type_ \
                    and doc[start - 1].lower_ not in OFFICE_TITLES and doc[start - 1].lower_ not in HONORIFICS:
                start -= 1
            role = _role_before(doc, start)
        elif label == "place" and ent.label_ == "FAC":
            while end < len(doc) and doc[end].lower_ in FACILITY_NOUNS:
                end += 1
        elif label == "group" and (doc[end - 1].pos_ == "ADJ" or not doc[end - 1].text.endswith("s")):
            continue  # "Turkish forces": a demonym used as an adjective is not an actor
        if start >= end:
            continue
        span = doc[start:end]
        text = re.sub(r"\s+", " ", span.text).strip()
        if "\n" in span.text or not any(ch.isalpha() for ch in text) or text.islower():
            continue
        found.append(
            Mention(
                text=text,
                label=label,
                spacy_label=ent.label_,
                block=block.index,
                start_char=span.start_char,
                sentence=span.sent.text.strip(),
                role=role,
                position=_position_after(doc, end) if block.kind == "caption" else None,
                dep=span.root.dep_,
                provenance=name_key(text) in provenance and (block.kind == "caption" or _is_attribution(span)),
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
                                 start_char=tok.idx, sentence=tok.sent.text.strip(), dep=tok.dep_))
    return sorted(mentions + added, key=lambda m: m.order)


# --------------------------------------------------------------------------- resolve


@dataclass(frozen=True)
class Entity:
    """All mentions of one thing in one article, with the decision made about it."""

    name: str
    cls: str  # person, organization, place, group
    mentions: tuple[Mention, ...]


def _vote(mentions: list[Mention]) -> str:
    votes = Counter(m.label for m in mentions)
    text = mentions[0].text
    if gazetteer.country(text):
        votes["place"] += 2
    elif gazetteer.city(text):
        votes["place"] += 1
    return max(CLASS_ORDER, key=lambda c: (votes[c], -CLASS_ORDER.index(c)))


def _canonical(cls: str, mentions: list[Mention]) -> str:
    forms = Counter(m.text for m in mentions)
    if cls == "person":  # the fullest form of a name is its name
        return max(forms, key=lambda f: (len(_name_words(f)), forms[f], f))
    if cls == "place":
        place = gazetteer.country(max(forms, key=lambda f: (forms[f], len(f), f)))
        if place:
            return place.name
    return max(forms, key=lambda f: (forms[f], len(f), f))


def resolve_entities(mentions: list[Mention]) -> list[Entity]:
    """Pool mentions into entities: one type per name, short names linked to full ones (stage ``entities.resolve``)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if not m.provenance:
            groups[m.key].append(m)
    decided = {key: _vote(ms) for key, ms in groups.items()}

    # "Idlib province" is Idlib, where the article or the gazetteer knows Idlib.
    for key in sorted(groups):
        words = key.split()
        if decided.get(key) == "place" and len(words) >= 2 and words[-1] in ADMIN_SUFFIXES:
            base = " ".join(words[:-1])
            if decided.get(base) == "place" or (base not in groups and gazetteer.lookup(base)):
                groups[base].extend(groups.pop(key))
                decided[base] = "place"
                decided.pop(key)

    # A short name links to the one longer name it ends: "Erdogan" -> "Recep Tayyip Erdogan".
    persons = sorted((k for k, c in decided.items() if c == "person"), key=lambda k: (-len(_name_words(k)), k))
    target: dict[str, str] = {}
    for i, short in enumerate(persons):
        sw = _name_words(short)
        longer = [k for k in persons[:i] if len(_name_words(k)) > len(sw) and _name_words(k)[-len(sw):] == sw]
        roots = {target.get(k, k) for k in longer}
        if len(roots) == 1:
            target[short] = roots.pop()
    for short, full in sorted(target.items()):
        groups[full].extend(groups.pop(short))
        decided.pop(short)

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
            if place:
                locations.append(Location(kind="city", country=place.country, coordinates=place.coordinates, **common))
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
