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
  surname alone is left to the surname rule). Where the long form is the
  short one with a possessive ("Treasury's" named for "the Treasury": an
  extraction's slip), the link goes the other way, into the plain name;
* **fuller name** — "George Bush" and "George W. Bush": same first and last
  word, the shorter one's words all inside the only longer name that has them;
* **surname** — "Blair" alone links to "Tony Blair" only on evidence that
  points to him and to no other person of that surname in the archive: the
  same role ("Prime Minister"), or else two other people or organisations
  named both beside "Blair" and beside "Tony Blair" (names found in more than
  one article in twenty, such as the governing party, are too common to
  count). Decided **article by article**: one id ``keane`` is the band in the
  music stories and the footballer in two match reports, so each article's
  "Keane" is weighed on that article's own role and company (against each
  fuller name's, over all of its articles), and the link covers only the
  articles whose evidence points to him. A name merged into a fuller one in
  every article ("George Bush" into "George W Bush") is that person, not a
  second person of the surname: its roles and company are the fuller name's.
  Without such evidence a surname stays its own entity in that article: a
  later article's "Blair" may be someone else. One surname may so link to two
  people, in different articles (a link each).

Alias and fuller-name links hold for every article of the name: the evidence
of an alias is written in an article (any article's "UN" is the one written
for "United Nations", since no other entity carries it), and a fuller name is
the only one of its words; neither weighs the article the name is in.

Links never chain through an ambiguous name, never cross kinds (a person is
not merged into an organisation), and every walk is sorted, so the same
archive always gives the same links.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Sequence

from .factindex import CONTEXT_KINDS as _INDEX_CONTEXT_KINDS
from .factindex import FactIndex, words
from .model import FactSheet

# Entities that say little about who else is meant: countries are named beside everyone.
CONTEXT_KINDS = ("person", "organization")
assert CONTEXT_KINDS == _INDEX_CONTEXT_KINDS
MIN_SHARED_CONTEXT = 2
MIN_COMMON, COMMON_SHARE = 3, 0.05
POSSESSIVES = ("'s", "\u2019s")
# Articles an evidence names at most (the rest counted: "a, b, c and 56 more"); the Link has every one.
EVIDENCE_ARTICLES = 3


@dataclass(frozen=True)
class Link:
    """One merge the resolution decided, with its reason, for review."""

    source: str  # the entity id that is merged away
    target: str  # the canonical entity id it becomes
    kind: str  # person, organization, ...
    reason: str  # "alias", "fuller name" or "surname"
    evidence: str  # what the decision rests on, in words
    articles: tuple[str, ...]  # fact sheet ids where the merge applies (every one naming ``source``, but a surname's)
    kept: tuple[str, ...] = ()  # fact sheet ids naming ``source`` that no link covers: there it stays itself


def _words(name: str) -> list[str]:
    return words(name)


def _is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(any(w == x for x in it) for w in short)


def _is_possessive(name: str, of: str) -> bool:
    """Whether ``name`` is ``of`` with a possessive ("Treasury's" of "Treasury")."""
    return name.casefold() in {f"{of.casefold()}{s}" for s in POSSESSIVES}


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
    decided: dict[str, Link] = {}  # links for every article of their source
    surname: list[Link] = []  # links for some articles of their source (rule 3)

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
        written_in = index.alias_sheets(target_id, source_id)
        if _is_possessive(target_name, source_name):  # "Treasury's" is an extraction's slip: it goes to "Treasury"
            # (over any other alias link decided for the possessive: the slip is certain, an alias only likely)
            decided[target_id] = Link(target_id, source_id, source_kind, "alias",
                                      f'"{target_name}" is "{source_name}" with a possessive, written for it in '
                                      f"{_listed(written_in)}", index.articles(target_id))
        elif source_id not in decided:
            decided[source_id] = Link(source_id, target_id, source_kind, "alias",
                                      f'"{source_name}" is written for "{target_name}" in {_listed(written_in)}',
                                      index.articles(source_id))

    # 2. fuller name and 3. surname, for people: one surname at a time (its people with two words or more,
    # and those named by it alone).
    for group in index.people_by_surname():
        by_last = [(i, n) for i, n in group if len(_words(n)) >= 2]
        for entity_id, name in by_last:  # fuller names first: the surname rule then weighs each person once
            if entity_id in decided:
                continue
            words = _words(name)
            fuller = [(i, n) for i, n in by_last if i != entity_id and len(_words(n)) > len(words)
                      and _words(n)[0].casefold() == words[0].casefold()
                      and _is_subsequence([w.casefold() for w in words], [w.casefold() for w in _words(n)])]
            if len(fuller) == 1:
                decided[entity_id] = Link(entity_id, fuller[0][0], "person", "fuller name",
                                          f'"{name}" is "{fuller[0][1]}" without a middle name',
                                          index.articles(entity_id))
        for entity_id, name in group:
            words = _words(name)
            if entity_id in decided or len(words) >= 2:
                continue
            people = _people(decided, [i for i, _ in by_last if i != entity_id])
            people.pop(entity_id, None)
            if people:
                surname.extend(_by_surname(index, entity_id, words[0], people, common))

    # No chains: a link into an entity that is itself merged (everywhere) goes to the end of the chain.
    out = []
    for source in sorted(decided):
        link = decided[source]
        target = _chain_end(decided, source, link.target)
        if target != source:
            out.append(replace(link, target=target))
    for link in surname:
        out.append(replace(link, target=_chain_end(decided, link.source, link.target)))
    return tuple(sorted(out, key=lambda link: (link.source, link.target)))


def _listed(articles: Sequence[str]) -> str:
    """Article ids for an evidence: the first EVIDENCE_ARTICLES, then how many more ("a, b, c and 56 more")."""
    more = len(articles) - EVIDENCE_ARTICLES
    return ", ".join(articles[:EVIDENCE_ARTICLES]) + (f" and {more} more" if more > 0 else "")


def _chain_end(decided: dict[str, Link], source: str, target: str) -> str:
    seen = {source}
    while target in decided and target not in seen:
        seen.add(target)
        target = decided[target].target
    return target


def _people(decided: dict[str, Link], ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The people behind fuller names of one surname: each id's chain end -> the ids that are it, so that "George
    Bush", merged into "George W Bush" in every article, is no second person of the name for a lone "Bush"."""
    people: dict[str, tuple[str, ...]] = {}
    for i in ids:
        end = _chain_end(decided, i, decided[i].target) if i in decided else i
        people[end] = tuple(sorted({*people.get(end, (end,)), i}))
    return dict(sorted(people.items()))


def _by_surname(index: FactIndex, entity_id: str, surname: str, people: dict[str, tuple[str, ...]],
                common: set[str]) -> list[Link]:
    """The surname rule for one id named by a surname alone, article by article: a link per person some of
    its articles' evidence points to (each covering those articles), none where no article's does. ``people``:
    each person of the surname (an id) -> the ids merged into it everywhere, whose roles and company are its own."""
    same_last = list(people)
    target_roles = {t: set().union(*(index.roles(m) for m in people[t])) for t in same_last}
    target_context: dict[str, set[str]] = {}
    found: dict[str, dict[str, list[str]]] = defaultdict(dict)  # target -> evidence -> its articles
    facts = defaultdict(list)
    for sheet, role in index.facts_by_sheet(entity_id):
        facts[sheet].append(role)
    context = None
    kept = []
    # Its kind in an article is no evidence: extraction calls a rugby player a club in one lineup, a person in the next.
    for sheet in sorted(facts):
        roles = {role for role in facts[sheet] if role}
        by_role = [(t, sorted(roles & target_roles[t])) for t in same_last if roles & target_roles[t]]
        if len(by_role) == 1:
            target_id, evidence = by_role[0][0], f'both are "{by_role[0][1][0]}"'
        elif by_role:
            kept.append(sheet)  # as much evidence for two people of that surname: never merged
            continue
        else:
            if context is None:
                context = index.context_by_sheet(entity_id)
            mine = context.get(sheet, set()) - common
            shared = []
            for t in same_last:
                if t not in target_context:
                    target_context[t] = set().union(*(index.context(m) for m in people[t]))
                together = sorted((mine & target_context[t]) - {entity_id, *people[t]})
                if len(together) >= MIN_SHARED_CONTEXT:
                    shared.append((t, together))
            if len(shared) != 1:
                kept.append(sheet)  # no evidence, or as much for two people of that surname: never merged
                continue
            target_id, evidence = shared[0][0], f"named beside {', '.join(shared[0][1][:3])} in both"
        found[target_id].setdefault(evidence, []).append(sheet)
    others = len(same_last) - 1
    about = f"the only person named {surname} in the archive" if not others else \
        f"{others} other {'person' if others == 1 else 'people'} named {surname} without it"
    out = []
    for target_id in sorted(found):
        by_evidence = sorted(found[target_id].items(), key=lambda item: item[1][0])
        articles = tuple(sorted(a for _, arts in by_evidence for a in arts))
        if len(by_evidence) == 1:
            evidence = by_evidence[0][0]
        else:
            shown = [f"in {_listed(arts)}: {ev}" for ev, arts in by_evidence[:EVIDENCE_ARTICLES]]
            rest = sum(len(arts) for _, arts in by_evidence[EVIDENCE_ARTICLES:])
            evidence = "; ".join(shown) + (f"; and {rest} more article{'s' if rest != 1 else ''} on evidence of "
                                           f"{'their' if rest != 1 else 'its'} own" if rest else "")
        out.append(Link(entity_id, target_id, "person", "surname", f"{evidence} ({about})", articles, tuple(kept)))
    return out


def resolve_archive(sheets: Sequence[FactSheet]) -> dict[str, str]:
    """Entity id -> the canonical id it is merged into, for the ids merged in every article naming them, into one
    (see :func:`links`, which also has the merges of some articles only)."""
    targets = defaultdict(set)
    for link in links(sheets):
        targets[link.source].add(link.target if not link.kept else None)
    return {source: next(iter(t)) for source, t in sorted(targets.items()) if len(t) == 1 and None not in t}


__all__ = ["Link", "links", "links_in", "resolve_archive"]
