"""Gather the whole archive before any page is written: entities across articles, back-links, co-occurrence.

Everything here is derived from fact sheets alone; no seed is read.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Optional

from ..model import Actor, Caption, Coordinates, FactSheet, Figure, Location

# Kinds as the index pages group them.
KIND_GROUPS = {
    "person": "people",
    "organization": "organizations",
    "group": "groups",
    "country": "places",
    "city": "places",
    "region": "places",
    "facility": "places",
    "place": "places",
}
KIND_ORDER = ("person", "organization", "country", "group", "city", "region", "facility", "place")


@dataclass(frozen=True)
class Mention:
    """One article's mention of an entity, with the sentences that show it."""

    article: FactSheet
    name: str  # the name as that article gives it
    role: Optional[str]
    evidence: tuple[str, ...]
    mentions: int


@dataclass(frozen=True)
class EntityRecord:
    """An entity across the archive: what its page shows."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[str, ...]
    country: Optional[str]
    coordinates: Optional[Coordinates]
    mentions: tuple[Mention, ...]  # newest article first
    figures: tuple[tuple[FactSheet, Figure], ...]  # figures whose sentence names the entity
    cooccurring: tuple[tuple[str, int], ...]  # (entity id, articles shared), most first

    @property
    def group(self) -> str:
        return KIND_GROUPS[self.kind]

    @property
    def article_count(self) -> int:
        return len(self.mentions)


@dataclass(frozen=True)
class Catalog:
    """The archive, gathered: what every page needs, computed once."""

    articles: tuple[FactSheet, ...]  # newest first, then by id
    entities: dict[str, EntityRecord]  # by id, in id order
    figures: tuple[tuple[FactSheet, Figure], ...]
    captions: tuple[tuple[FactSheet, Caption], ...]

    def by_group(self, group: str) -> list[EntityRecord]:
        """Entities of one index page, most-mentioned first."""
        found = [e for e in self.entities.values() if e.group == group]
        return sorted(found, key=lambda e: (-e.article_count, e.name.casefold(), e.id))


def article_order(sheet: FactSheet) -> tuple:
    """Newest first; undated articles last; ties by id, so the order is total."""
    return (sheet.published is None, "" if sheet.published is None else _negate(sheet.published), sheet.id)


def _negate(date: str) -> str:
    # Sort ISO dates descending inside an ascending sort key.
    return "".join(chr(0x10FFFF - ord(c)) for c in date)


def _pick(counter: Counter) -> str:
    return max(counter, key=lambda v: (counter[v], v))


def gather(sheets: list[FactSheet]) -> Catalog:
    """Build the catalog from every valid fact sheet."""
    articles = tuple(sorted(sheets, key=article_order))
    facts: dict[str, list[tuple[FactSheet, Actor | Location]]] = defaultdict(list)
    for sheet in articles:
        for fact in (*sheet.actors, *sheet.locations):
            facts[fact.id].append((sheet, fact))

    # Co-occurrence: entities named in the same article.
    together: dict[str, Counter] = defaultdict(Counter)
    for sheet in articles:
        ids = sorted({f.id for f in (*sheet.actors, *sheet.locations)})
        for a in ids:
            for b in ids:
                if a != b:
                    together[a][b] += 1

    entities: dict[str, EntityRecord] = {}
    for entity_id in sorted(facts):
        pairs = facts[entity_id]
        names = Counter(f.name for _, f in pairs)
        kinds = Counter(f.kind for _, f in pairs)
        name = _pick(names)
        aliases = sorted({a for _, f in pairs for a in f.aliases} | set(names) - {name}, key=str.casefold)
        roles = sorted({f.role for _, f in pairs if isinstance(f, Actor) and f.role})
        countries = Counter((f.country_code if isinstance(f, Actor) else f.country) for _, f in pairs)
        countries.pop(None, None)
        coords = [f.coordinates for _, f in pairs if isinstance(f, Location) and f.coordinates]
        sentences = {(sheet.id, s) for sheet, f in pairs for s in f.evidence}
        figures = tuple(
            (sheet, fig) for sheet, _ in pairs for fig in sheet.figures if any((sheet.id, s) in sentences for s in fig.evidence)
        )
        entities[entity_id] = EntityRecord(
            id=entity_id,
            name=name,
            kind=max(kinds, key=lambda k: (kinds[k], -KIND_ORDER.index(k))),
            aliases=tuple(aliases),
            roles=tuple(roles),
            country=_pick(countries) if countries else None,
            coordinates=coords[0] if coords else None,
            mentions=tuple(
                Mention(article=sheet, name=f.name, role=getattr(f, "role", None), evidence=f.evidence, mentions=f.mentions)
                for sheet, f in pairs
            ),
            figures=figures,
            cooccurring=tuple(sorted(together[entity_id].items(), key=lambda kv: (-kv[1], kv[0]))),
        )
    return Catalog(
        articles=articles,
        entities=entities,
        figures=tuple((s, f) for s in articles for f in s.figures),
        captions=tuple((s, c) for s in articles for c in s.images),
    )
