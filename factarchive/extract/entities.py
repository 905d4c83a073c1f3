"""Entities: every mention of an article pooled, and one decision made per entity.

Stages ``entities.resolve`` and ``entities.gazetteer``, after
:mod:`factarchive.extract.mentions` found the names (find, then assign, as in
spaCy's EntityRuler): :func:`resolve_entities` votes one type per name (with
gazetteer evidence), links short names, acronyms and country forms to the
full name, and :func:`to_facts` makes the article's actors and locations.

The type votes live in :mod:`~factarchive.extract.name_votes`, the links across the article in
:mod:`~factarchive.extract.entity_links`; this module pools the mentions, runs both, and makes the facts.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable

from ..model import Actor, Location
from ..slug import slug
from . import gazetteer
from .entity_links import _acronym, _initials, _links  # noqa: F401  (importable from here, as before the split)
from .lexicon import ADMIN_SUFFIXES
from .mentions import GAZETTEER_ONLY, Mention, name_words
from .name_votes import CLASS_ORDER, DECISIVE, Name, _coined_firm_word, _decide, _tally, _vote, basis  # noqa: F401  (as above)

# The key of a place's club, split from the place (see :func:`resolve_entities`).
CLUB_KEY = " \x00club"


# --------------------------------------------------------------------------- resolve


@dataclass(frozen=True)
class Entity:
    """All mentions of one thing in one article, with the decision made about it."""

    name: str
    cls: str  # person, organization, place, group (a "thing" is decided, then left out)
    mentions: tuple[Mention, ...]
    basis: str = "model"  # what decided cls (name_votes.basis): model, lexicon, gazetteer or sentence


def _canonical(cls: str, mentions: list[Mention]) -> str:
    forms = Counter(m.text for m in mentions)
    if cls == "person":  # the fullest form of a name is its name
        return max(forms, key=lambda f: (len(name_words(f)), forms[f], f))
    if cls == "place":
        # "Homs" over "Homs province", however often each is printed: the province word is the place's type.
        short = {f for f in forms if len(f.split()) >= 2 and f.split()[-1].lower() in ADMIN_SUFFIXES and f.rsplit(" ", 1)[0] in forms}
        form = max(forms, key=lambda f: (f not in short, forms[f], len(f), f))
        place = gazetteer.country(form)
        if place:
            return place.name
        if all(gazetteer.state_abbreviated(f) for f in forms):  # "Calif.", "TX": the state, its printed forms its aliases
            return gazetteer.state_abbreviated(form).name
        if all(f.isupper() for f in forms) and len(form) > 3:  # "NAIROBI" in a dateline
            # The gazetteer's spelling ("McLean", "Port-au-Prince") only where it is this very name in other letters:
            # never a place found by another of its names ("FLORIDA" is not "Floridablanca").
            place = gazetteer.place_below_country(form)
            return place.name if place and place.name.casefold() == form.casefold() else form.title()
        return form
    return max(forms, key=lambda f: (forms[f], len(f), f))


def resolve_entities(mentions: list[Mention]) -> list[Entity]:
    """Pool mentions into entities: one type per name, short names linked to full ones (stage ``entities.resolve``)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if not m.provenance:
            groups[m.key].append(m)
    # The countries the article names: a country, or a US state ("Rep. Jack Quinn, R-Buffalo, a New York congressman"
    # names the United States as much as "U.S." does).
    countries = frozenset(p.country for key in groups if (p := gazetteer.country(key) or gazetteer.us_state(key)))
    for key in sorted(groups):
        if all(m.shouted for m in groups[key]) and not gazetteer.lookup(key, countries):
            del groups[key]  # "REBOUNDS", "TOO GOOD A SOUND": a word of a subheading, named nowhere else
        elif all(m.spacy_label == GAZETTEER_ONLY for m in groups[key]):
            place = gazetteer.city(key, countries) or gazetteer.region(key)
            if place is None or place.country not in countries:
                del groups[key]
    # "NEW YORK 1996-08-30" (the dateline) and "NEW YORK 74 59 .556" (a line of a table): the city and its club, two
    # entities where the table's mentions and the others vote apart.
    for key in sorted(groups):
        rows = [m for m in groups[key] if m.table]
        rest = [m for m in groups[key] if not m.table]
        if rows and rest and _vote(key, rows, countries) != _vote(key, rest, countries):
            groups[key] = rest
            groups[key + CLUB_KEY] = rows
    tallies = {key: (tuple(ms), _tally(key.removesuffix(CLUB_KEY), ms, countries)) for key, ms in sorted(groups.items())}
    decided = {key: _decide(tally, list(ms)) for key, (ms, tally) in tallies.items()}

    for link in _links():
        groups, decided = link(groups, decided, countries)

    entities = []
    for key, ms in groups.items():
        ms = sorted(ms, key=lambda m: m.order)
        cls = decided[key]
        if cls == "thing":
            continue  # a work, product, award or event: neither an actor nor a place
        voted = tallies.get(key)
        if voted is None or len(voted[0]) != len(ms) or not all(a is b for a, b in zip(sorted(voted[0], key=lambda m: m.order), ms)):
            voted = (tuple(ms), _tally(key.removesuffix(CLUB_KEY), ms, countries))  # its mentions joined or split by a link
        entities.append(Entity(name=_canonical(cls, ms), cls=cls, mentions=tuple(ms), basis=basis(voted[1], ms, cls)))
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
        common = dict(id=ids[e], name=e.name, basis=e.basis, aliases=_aliases(e), mentions=len(e.mentions),
                      evidence=_evidence(e.mentions))
        if e.cls == "place":
            place = gazetteer.country(e.name)
            if place:
                actors.append(Actor(kind="country", country_code=place.country, **common))
                continue
            place = gazetteer.place_below_country(e.name, countries)
            labels = Counter(m.spacy_label for m in e.mentions)
            if place and place.kind == "continent":
                locations.append(Location(kind="region", coordinates=place.coordinates, **common))
            elif place and place.kind == "city":
                locations.append(Location(kind="city", country=place.country, coordinates=place.coordinates, **common))
            elif any(m.settlement for m in e.mentions):
                locations.append(Location(kind="city", **common))
            elif place:
                locations.append(Location(kind="region", country=place.country, **common))
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


__all__ = ["CLASS_ORDER", "Entity", "assign_ids", "resolve_entities", "to_facts"]
