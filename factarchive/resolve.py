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

from dataclasses import dataclass
from typing import Sequence

from .factindex import CONTEXT_KINDS as _INDEX_CONTEXT_KINDS
from .factindex import FactIndex, words
from .model import FactSheet

# Entities that say little about who else is meant: countries are named beside everyone.
CONTEXT_KINDS = ("person", "organization")
assert CONTEXT_KINDS == _INDEX_CONTEXT_KINDS
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
    return words(name)


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def links(sheets: Sequence[FactSheet]) -> tuple[Link, ...]:
    """Every merge across the archive, sorted by source id: the reviewable form of :func:`resolve_archive`."""
    index = FactIndex.of_sheets(sheets)
    try:
        return links_in(index)
    finally:
        index.close()


def links_in(index: FactIndex) -> tuple[Link, ...]:
    """:func:`links`, asked of an index of the archive's facts (the catalog's, in a site build): what is held
    at once is one surname's people and the links decided, not the archive."""
    # Names in more than one article in twenty (the party, the prime minister) say nothing about who is meant.
    common = index.spread_over(max(MIN_COMMON, index.sheet_count * COMMON_SHARE))
    decided: dict[str, Link] = {}

    # 1. alias: an article wrote both forms. alias slug -> the entities that carry it.
    for source_id, owners in index.alias_owners():
        targets = sorted(owners - {source_id})
        if len(targets) != 1:
            continue
        _, source_name, source_kind = index.entity(source_id)
        if source_kind == "person" and len(_words(source_name)) == 1:
            continue  # a surname alone needs evidence of its own (rule 3)
        target_id, target_name, target_kind = index.entity(targets[0])
        if target_kind != source_kind or len(_words(source_name)) > len(_words(target_name)):
            continue
        written_in = index.articles(target_id)
        decided[source_id] = Link(source_id, target_id, source_kind, "alias",
                                  f'"{source_name}" is written for "{target_name}" in {", ".join(written_in)}',
                                  index.articles(source_id))

    # 2. fuller name and 3. surname, for people: one surname at a time (its people with two words or more,
    # and those named by it alone).
    for group in index.people_by_surname():
        by_last = [(i, n) for i, n in group if len(_words(n)) >= 2]
        for entity_id, name in group:
            if entity_id in decided:
                continue
            words = _words(name)
            same_last = [(i, n) for i, n in by_last if i != entity_id]
            if len(words) >= 2:
                fuller = [(i, n) for i, n in same_last if len(_words(n)) > len(words)
                          and _words(n)[0].casefold() == words[0].casefold()
                          and _is_subsequence([w.casefold() for w in words], [w.casefold() for w in _words(n)])]
                if len(fuller) == 1:
                    decided[entity_id] = Link(entity_id, fuller[0][0], "person", "fuller name",
                                              f'"{name}" is "{fuller[0][1]}" without a middle name',
                                              index.articles(entity_id))
                continue
            if not same_last:
                continue
            # Evidence for each person of that surname; a link needs exactly one with the best evidence.
            roles = index.roles(entity_id)
            scored = [(target, sorted(roles & index.roles(target[0]))) for target in same_last]
            by_role = [t for t in scored if t[1]]
            if len(by_role) == 1:
                (target_id, _), shared_roles = by_role[0]
                evidence = f'both are "{shared_roles[0]}"'
            elif by_role:
                continue  # as much evidence for two people of that surname: never merged
            else:
                mine = index.context(entity_id) - common
                shared = [(t, sorted((mine & index.context(t[0])) - {entity_id, t[0]})) for t, _ in scored]
                by_context = [t for t in shared if len(t[1]) >= MIN_SHARED_CONTEXT]
                if len(by_context) != 1:
                    continue  # no evidence, or as much for two people of that surname: never merged
                (target_id, _), found = by_context[0]
                evidence = f"named beside {', '.join(found[:3])} in both"
            others = len(same_last) - 1
            evidence += f" (the only person named {words[0]} in the archive)" if not others else \
                f" ({others} other {'person' if others == 1 else 'people'} named {words[0]} without it)"
            decided[entity_id] = Link(entity_id, target_id, "person", "surname", evidence, index.articles(entity_id))

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


__all__ = ["Link", "links", "links_in", "resolve_archive"]
