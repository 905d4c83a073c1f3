"""Cross-article entity resolution: which entity ids across the archive are one entity.

Within an article, extraction already pools "Mr Blair" and "Blair" into
"Tony Blair" (``extract.entities``). Across articles the same name has the same
id already (an entity is its slug), so what is left is a short or partial name
in one article that stands for a fuller name in another. This module decides
those links, as a pure function of the fact sheets, and says why for each one,
so that an editor can review (and correct) every merge:

* **alias** — some article itself wrote the two forms of one name ("the
  United Nations ... the UN"): the short form's entity elsewhere is the long
  one, unless articles tie the short form to two different entities (a
  surname alone is left to the surname rule);
* **fuller name** — "George Bush" and "George W. Bush": same first and last
  word, the shorter one's words all inside the only longer name that has them;
* **surname** — "Blair" alone links to "Tony Blair" only on evidence that
  points to him and to no other person of that surname in the archive: the
  same role ("Prime Minister"), or else two other people or organisations
  named both beside "Blair" and beside "Tony Blair" (names found in more than
  one article in twenty, such as the governing party, are too common to
  count). Without such evidence a surname stays its own entity: a later
  article's "Blair" may be someone else.

Links never chain through an ambiguous name, never cross kinds (a person is
not merged into an organisation), and every walk is sorted, so the same
archive always gives the same links.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from .model import FactSheet
from .slug import slug

# Entities that say little about who else is meant: countries are named beside everyone.
CONTEXT_KINDS = ("person", "organization")
MIN_SHARED_CONTEXT = 2
MIN_COMMON, COMMON_SHARE = 3, 0.05


@dataclass(frozen=True)
class Link:
    """One merge the resolution decided, with its reason, for review."""

    source: str  # the entity id that is merged away
    target: str  # the canonical entity id it becomes
    kind: str  # person, organization, ...
    reason: str  # "alias", "fuller name" or "surname"
    evidence: str  # what the decision rests on, in words
    articles: tuple[str, ...]  # fact sheet ids where ``source`` appears


def _words(name: str) -> list[str]:
    return [w for w in name.replace("-", " ").split() if w]


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


@dataclass
class _Entity:
    id: str
    name: str
    kind: str
    roles: set[str]
    aliases: set[str]
    articles: set[str]


def _gather(sheets: Sequence[FactSheet]) -> dict[str, _Entity]:
    found: dict[str, _Entity] = {}
    for sheet in sorted(sheets, key=lambda s: s.id):
        for actor in sheet.actors:
            e = found.setdefault(actor.id, _Entity(actor.id, actor.name, actor.kind, set(), set(), set()))
            e.articles.add(sheet.id)
            e.aliases.update(actor.aliases)
            if actor.role:
                e.roles.add(actor.role.casefold())
        for loc in sheet.locations:
            e = found.setdefault(loc.id, _Entity(loc.id, loc.name, "place", set(), set(), set()))
            e.articles.add(sheet.id)
            e.aliases.update(loc.aliases)
    return found


def _context(sheets: Sequence[FactSheet]) -> dict[str, set[str]]:
    """Article id -> ids of the people and organisations it names."""
    return {s.id: {a.id for a in s.actors if a.kind in CONTEXT_KINDS} for s in sheets}


def links(sheets: Sequence[FactSheet]) -> tuple[Link, ...]:
    """Every merge across the archive, sorted by source id: the reviewable form of :func:`resolve_archive`."""
    entities = _gather(sheets)
    context = _context(sheets)
    # Names in more than one article in twenty (the party, the prime minister) say nothing about who is meant.
    spread = defaultdict(int)
    for ids in context.values():
        for i in ids:
            spread[i] += 1
    common = {i for i, n in spread.items() if n > max(MIN_COMMON, len(sheets) * COMMON_SHARE)}
    decided: dict[str, Link] = {}

    def articles(e: _Entity) -> tuple[str, ...]:
        return tuple(sorted(e.articles))

    # 1. alias: an article wrote both forms. alias slug -> the entities that carry it.
    owners: dict[str, set[str]] = defaultdict(set)
    for e in entities.values():
        for alias in e.aliases:
            owners[slug(alias)].add(e.id)
    for source_id in sorted(owners):
        targets = sorted(owners[source_id] - {source_id})
        source = entities.get(source_id)
        if source is None or len(targets) != 1:
            continue
        if source.kind == "person" and len(_words(source.name)) == 1:
            continue  # a surname alone needs evidence of its own (rule 3)
        target = entities[targets[0]]
        if target.kind != source.kind or len(_words(source.name)) > len(_words(target.name)):
            continue
        written_in = sorted(a for a in target.articles)
        decided[source_id] = Link(source_id, target.id, source.kind, "alias",
                                  f'"{source.name}" is written for "{target.name}" in {", ".join(written_in)}', articles(source))

    # 2. fuller name and 3. surname, for people.
    people = sorted((e for e in entities.values() if e.kind == "person"), key=lambda e: e.id)
    by_last: dict[str, list[_Entity]] = defaultdict(list)
    for e in people:
        words = _words(e.name)
        if len(words) >= 2:
            by_last[words[-1].casefold()].append(e)
    for e in people:
        if e.id in decided:
            continue
        words = _words(e.name)
        if not words:
            continue
        same_last = [o for o in by_last.get(words[-1].casefold(), []) if o.id != e.id]
        if len(words) >= 2:
            fuller = [o for o in same_last if len(_words(o.name)) > len(words)
                      and _words(o.name)[0].casefold() == words[0].casefold()
                      and _is_subsequence([w.casefold() for w in words], [w.casefold() for w in _words(o.name)])]
            if len(fuller) == 1:
                decided[e.id] = Link(e.id, fuller[0].id, "person", "fuller name",
                                     f'"{e.name}" is "{fuller[0].name}" without a middle name', articles(e))
            continue
        if not same_last:
            continue
        # Evidence for each person of that surname; a link needs exactly one with the best evidence.
        mine = set().union(*(context[a] for a in e.articles)) - common
        scored = []
        for target in same_last:
            shared_roles = sorted(e.roles & target.roles)
            shared = sorted((mine & set().union(*(context[a] for a in target.articles))) - {e.id, target.id})
            scored.append((target, shared_roles, shared))
        by_role = [t for t in scored if t[1]]
        by_context = [t for t in scored if len(t[2]) >= MIN_SHARED_CONTEXT]
        if len(by_role) == 1:
            target, shared_roles, _ = by_role[0]
            evidence = f'both are "{shared_roles[0]}"'
        elif not by_role and len(by_context) == 1:
            target, _, shared = by_context[0]
            evidence = f"named beside {', '.join(shared[:3])} in both"
        else:
            continue  # no evidence, or as much for two people of that surname: never merged
        others = len(same_last) - 1
        evidence += f" (the only person named {words[0]} in the archive)" if not others else \
            f" ({others} other {'person' if others == 1 else 'people'} named {words[0]} without it)"
        decided[e.id] = Link(e.id, target.id, "person", "surname", evidence, articles(e))

    # No chains: a link into an entity that is itself merged goes to the end of the chain.
    out = []
    for source in sorted(decided):
        link = decided[source]
        target, seen = link.target, {source}
        while target in decided and target not in seen:
            seen.add(target)
            target = decided[target].target
        if target == source:
            continue
        out.append(Link(link.source, target, link.kind, link.reason, link.evidence, link.articles))
    return tuple(out)


def resolve_archive(sheets: Sequence[FactSheet]) -> dict[str, str]:
    """Entity id -> the canonical id it is merged into, for the ids that change (see :func:`links`)."""
    return {link.source: link.target for link in links(sheets)}


__all__ = ["Link", "links", "resolve_archive"]
