"""Archive-wide entity corrections: ``archive/corrections.yaml``, applied to every fact sheet at site-build time.

An editor fixes an entity once for the whole archive, in a plain YAML file
reviewed as a git diff::

    reject: [m4]                                   # wrong everywhere: removed
    split:                                         # one id that is really several
      florida:
        - {id: florida-us-state, name: Florida, kind: region, country: US,
           coordinates: {lat: 27.8, lon: -81.7}, articles: [storm-hits-miami]}
        - {id: florida}                            # no articles: every other article
    merge:                                         # the same entity under two ids; the target's name wins
      tayyip-erdogan: recep-tayyip-erdogan
    rename:                                        # the right name (the id follows it)
      recep-tayyip-erdogan: Recep Tayyip Erdoğan
    set:                                           # editorial fields, everywhere (the id stays)
      twitter: {kind: organization}
      adolf-hitler: {name: Adolf Hitler, role: Führer of Germany}
      idlib: {kind: city, country: SY, coordinates: {lat: 35.93, lon: 36.63}}
    skip:                                          # seeds seen and set aside: never extracted
      - seed: pages/fr/**
        reason: not in English

They are applied in that order (reject, split, merge, rename, set) to the
sheets as extracted, so a re-extraction never undoes them: the fact sheets stay
the machine's record plus article-level edits (see :mod:`factarchive.merge`),
and this file stays the editor's. ``set`` and a split part's fields (name,
kind, role, country, coordinates) replace what the articles say; a kind that is
a place moves an actor to the locations and back. A merge names the merged
entity as the archive names its target, unless ``set`` or ``rename`` names it.
Merged and renamed ids are returned as redirects, so their old permalinks keep
working. ``skip`` is read by extraction, not by the site: the seeds it names are
reported as skipped instead of as errors.

Every problem and warning names the file and the line of the correction.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, fields, replace
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Container, Iterable, Optional

import yaml

from . import yamlsafe
from .archive import CORRECTIONS, OUTSIDE_ARCHIVE, ArchiveError, ArchiveProblem, load_yaml, schema_message
from .factindex import FactIndex
from .fsutil import inside
from .limits import MAX_EXCERPT_CHARS, excerpt, shorten
from .model import ACTOR_KINDS, LOCATION_KINDS, Actor, Caption, Coordinates, FactSheet, Location, PictureSubject
from .slug import slug

CORRECTIONS_FILE = CORRECTIONS
SECTIONS = ("reject", "split", "merge", "rename", "set", "skip")


@dataclass(frozen=True)
class EntityFields:
    """What an editor sets on an entity (``set``, or one part of a ``split``); None: as the articles say."""

    name: Optional[str] = None  # the display name (the id stays; the old name becomes an alias)
    kind: Optional[str] = None  # any actor or location kind: a place kind makes an actor a location, and back
    role: Optional[str] = None  # actors only
    country: Optional[str] = None  # ISO 3166-1 alpha-2; places and countries only
    coordinates: Optional[Coordinates] = None

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self))


@dataclass(frozen=True)
class SplitPart:
    """One of the entities a split id really is."""

    id: str
    name: Optional[str] = None  # None: keep the name each article gives
    kind: Optional[str] = None  # None: keep the extracted kind
    articles: Optional[tuple[str, ...]] = None  # fact sheet ids; None: every article no other part lists
    role: Optional[str] = None
    country: Optional[str] = None
    coordinates: Optional[Coordinates] = None

    @property
    def fields(self) -> EntityFields:
        return EntityFields(name=self.name, kind=self.kind, role=self.role, country=self.country, coordinates=self.coordinates)


@dataclass(frozen=True)
class Corrections:
    """The editor's corrections, as loaded and checked."""

    path: str = CORRECTIONS_FILE
    reject: tuple[str, ...] = ()
    split: tuple[tuple[str, tuple[SplitPart, ...]], ...] = ()
    merge: tuple[tuple[str, str], ...] = ()  # (old id, surviving id); an id merged into itself does nothing
    rename: tuple[tuple[str, str], ...] = ()  # (id, correct name)
    set: tuple[tuple[str, EntityFields], ...] = ()  # (final id, fields set everywhere)
    skip: tuple["SkipEntry", ...] = ()  # seeds the extraction leaves out (not a correction of the sheets)
    # The editor's merges name the merged entity as the archive names the target ("hitler" -> "Adolf Hitler");
    # the machine's cross-article links (factarchive.site.source) keep each article's wording.
    merge_takes_target_name: bool = False
    # The machine's cross-article links, each in the articles it covers: (old id, surviving id, sheet ids). A
    # surname is decided article by article ("Keane" the band in some, Roy Keane in others); an editor's file
    # has none (its merges are everywhere).
    merge_in: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    lines: tuple[tuple[str, int], ...] = ()  # (field, 1-based line in the file): 'merge.hitler', 'split.x.1.articles'

    def __bool__(self) -> bool:
        return bool(self.reject or self.split or self.merge or self.rename or self.set or self.merge_in)

    @cached_property
    def _line_of(self) -> dict[str, int]:
        return dict(self.lines)

    def line(self, field: str) -> int:
        """The line of a field, or of the nearest enclosing one that has a line (0: unknown)."""
        found = self._line_of
        while field:
            if field in found:
                return found[field]
            field = field.rpartition(".")[0]
        return 0

    def where(self, field: str) -> str:
        """'corrections.yaml: line 3: field 'merge.x'', for a message about one correction."""
        line = self.line(field)
        return f"{self.path}: " + (f"line {line}: " if line else "") + f"field '{field}'"


class CorrectionsError(ArchiveError):
    """corrections.yaml cannot be used; carries every problem, each naming the file and field."""


# --------------------------------------------------------------------------- loading


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The corrections JSON Schema."""
    return json.loads(resources.files("factarchive").joinpath("schema/corrections.schema.json").read_text("utf-8"))


def corrections_path(archive: Path) -> Path:
    """Where an archive's corrections live."""
    return Path(archive) / CORRECTIONS_FILE


def load_corrections(archive: Path) -> Corrections:
    """Read and check ``archive/corrections.yaml``; no file means no corrections."""
    path = corrections_path(archive)
    if path.is_symlink() and not inside(path, archive):  # never publish, nor apply, a file from elsewhere
        raise CorrectionsError([ArchiveProblem(str(path), "", OUTSIDE_ARCHIVE)])
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return Corrections(path=str(path), merge_takes_target_name=True)
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError([ArchiveProblem(str(path), "", f"cannot be read ({exc})")]) from exc
    return parse_corrections(text, str(path))


def _fields(data: dict) -> dict[str, Any]:
    """The editorial fields of a ``set`` entry or a split part, as EntityFields arguments."""
    out = {k: data[k] for k in ("name", "kind", "role", "country") if k in data}
    if "coordinates" in data:
        out["coordinates"] = Coordinates(lat=data["coordinates"]["lat"], lon=data["coordinates"]["lon"])
    return out


def parse_corrections(text: str, path: str) -> Corrections:
    """Parse corrections YAML; raise CorrectionsError naming the file and field of every problem."""
    data = load_yaml(text, path, CorrectionsError)
    problems = _schema_problems(data, path)
    if problems:
        raise CorrectionsError(problems)
    data = data or {}
    lines, repeated = _field_lines(text)
    if repeated:  # PyYAML keeps the last of two equal keys: a second `set:` pasted below the first would drop it
        raise CorrectionsError([ArchiveProblem(path, field, f"is given twice, on lines {first} and {again}; "
                                               "YAML would keep only the last: write it once", line=again)
                                for field, first, again in repeated])
    corrections = Corrections(
        path=path,
        reject=tuple(data.get("reject") or ()),
        split=tuple(
            (old, tuple(SplitPart(id=p["id"], articles=tuple(p["articles"]) if "articles" in p else None, **_fields(p))
                        for p in parts))
            for old, parts in (data.get("split") or {}).items()
        ),
        merge=tuple((data.get("merge") or {}).items()),
        rename=tuple((data.get("rename") or {}).items()),
        set=tuple((entity_id, EntityFields(**_fields(given))) for entity_id, given in (data.get("set") or {}).items()),
        skip=_skip_entries(data.get("skip") or (), lines),
        merge_takes_target_name=True,
        lines=tuple(sorted(lines.items())),
    )
    problems = _consistency_problems(corrections)
    if problems:
        raise CorrectionsError(problems)
    return corrections


def _field_lines(text: str) -> tuple[dict[str, int], list[tuple[str, int, int]]]:
    """The 1-based line of every key and list item, by dotted field ('split.georgia.0.articles'; the data has
    none), and every key given twice in one mapping as (field, first line, second line)."""
    root = yamlsafe.compose(text)  # the text has loaded already: valid YAML, no anchors
    lines: dict[str, int] = {}
    repeated: list[tuple[str, int, int]] = []

    def walk(node: yaml.Node, field: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                inner = f"{field}.{key.value}" if field else str(key.value)
                if inner in lines:
                    repeated.append((inner, lines[inner], key.start_mark.line + 1))
                lines.setdefault(inner, key.start_mark.line + 1)
                walk(value, inner)
        elif isinstance(node, yaml.SequenceNode):
            for n, item in enumerate(node.value):
                inner = f"{field}.{n}"
                lines.setdefault(inner, item.start_mark.line + 1)
                walk(item, inner)

    if root is not None:
        walk(root, "")
    return lines, repeated


def _schema_problems(data: Any, path: str) -> list[ArchiveProblem]:
    from jsonschema import Draft202012Validator

    # YAML allows keys that are not strings (`123: x`); ids are always strings.
    for section in ("split", "merge", "rename", "set"):
        block = data.get(section) if isinstance(data, dict) else None
        for key in block if isinstance(block, dict) else ():
            if not isinstance(key, str):
                return [ArchiveProblem(path, f"{section}.{excerpt(key, 40)}",
                                       f"expected an entity id (a slug), got {type(key).__name__} {excerpt(key)}")]
    if isinstance(data, dict) and any(not isinstance(k, str) for k in data):
        return [ArchiveProblem(path, "", f"expected sections {', '.join(SECTIONS)}; got {excerpt(sorted(map(repr, data)))}")]
    if isinstance(data, dict) and data.get("skip") is not None:
        skip_problems = _skip_problems(data["skip"], path)
        if skip_problems:  # the schema's own words for an anyOf ('not valid under any of the given schemas') say nothing
            return skip_problems
    problems = []
    for error in sorted(Draft202012Validator(schema()).iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)), e.message)):
        field = ".".join(str(p) for p in error.absolute_path)
        problems.append(ArchiveProblem(path, shorten(field, MAX_EXCERPT_CHARS), schema_message(error)))
    return problems


def _consistency_problems(c: Corrections) -> list[ArchiveProblem]:
    """Corrections that contradict each other: each id corrected one way only, no merge chains."""
    problems = []
    rejected = set(c.reject)
    merged = {old: new for old, new in c.merge if old != new}  # into itself: a warning (check_corrections)
    renamed = dict(c.rename)
    split = dict(c.split)

    def problem(field: str, message: str) -> None:
        problems.append(ArchiveProblem(c.path, field, message, line=c.line(field)))

    for old, parts in c.split:
        if old in rejected:
            problem(f"split.{old}", f"expected an entity that is not also rejected, got {old!r} in reject")
        if old in merged:
            problem(f"split.{old}", f"expected an entity that is not also merged, got merge.{old}: {merged[old]}")
        ids = [p.id for p in parts]
        for dup in sorted({i for i in ids if ids.count(i) > 1}):
            problem(f"split.{old}", f"expected a different id for every part, got {dup!r} twice")
        defaults = [n for n, p in enumerate(parts) if p.articles is None]
        if len(defaults) > 1:
            problem(f"split.{old}.{defaults[1]}", "expected at most one part without 'articles' (it takes every other article), got two")
        listed: dict[str, int] = {}
        for n, part in enumerate(parts):
            for article in part.articles or ():
                if article in listed:
                    problem(f"split.{old}.{n}.articles", f"expected each article in one part, got {article!r} also in part {listed[article]}")
                listed[article] = n
    for old, new in merged.items():
        field = f"merge.{old}"
        if new in merged:
            problem(field, f"expected the surviving id, got {new!r}, which is itself merged into {merged[new]!r}; write {old}: {merged[new]}")
        if old in rejected or new in rejected:
            problem(field, f"expected entities that are not rejected, got {(old if old in rejected else new)!r} in reject")
    for old, name in c.rename:
        if old in merged:
            problem(f"rename.{old}", f"expected a surviving id, got {old!r}, which is merged into {merged[old]!r}; rename {merged[old]!r} instead")
        if old in rejected:
            problem(f"rename.{old}", f"expected an entity that is not rejected, got {old!r} in reject")
        if old in split:
            problem(f"rename.{old}", f"expected an entity that is not split, got {old!r}; give the parts names under split.{old}")
    for entity_id, _ in c.set:
        field = f"set.{entity_id}"
        # `set` names an entity as it ends up: after split, merge and rename.
        if entity_id in rejected:
            problem(field, f"expected an entity that is not rejected, got {entity_id!r} in reject")
        elif entity_id in merged:
            problem(field, f"expected a surviving id, got {entity_id!r}, which is merged into {merged[entity_id]!r}; "
                           f"set {merged[entity_id]!r} instead")
        elif entity_id in renamed:
            problem(field, f"expected the id after renaming, got {entity_id!r}, which is renamed "
                           f"{renamed[entity_id]!r}; set {slug(renamed[entity_id])!r} instead")
        elif entity_id in split and entity_id not in {p.id for p in split[entity_id]}:
            problem(field, f"expected the id of a part, got {entity_id!r}, which is split into "
                           f"{', '.join(repr(p.id) for p in split[entity_id])}; give the fields to the parts under split.{entity_id}")
    return problems


# --------------------------------------------------------------------------- applying


def _renamed(fact: Actor | Location, new_id: str, name: Optional[str]) -> Actor | Location:
    """The fact under a new id and name; a replaced name is kept as an alias."""
    name = name or fact.name
    aliases = fact.aliases
    if name != fact.name and fact.name not in aliases:
        aliases = (*aliases, fact.name)
    return replace(fact, id=new_id, name=name, aliases=tuple(a for a in aliases if a != name))


def _as_kind(fact: Actor | Location, kind: str) -> Actor | Location:
    """The fact as this kind: an actor given a place kind becomes a location, a location given an actor kind an actor."""
    if kind in (ACTOR_KINDS if isinstance(fact, Actor) else LOCATION_KINDS):
        return replace(fact, kind=kind)
    common = dict(id=fact.id, name=fact.name, kind=kind, basis=fact.basis, aliases=fact.aliases,
                  coordinates=fact.coordinates, mentions=fact.mentions, evidence=fact.evidence)
    if isinstance(fact, Actor):  # its role goes: a place holds no office
        return Location(country=fact.country_code, **common)
    return Actor(country_code=fact.country, **common)


def _edited(fact: Actor | Location, given: EntityFields) -> Actor | Location:
    """The fact with the editor's fields; a role on a place, or a country on a person, does not apply."""
    if given.name:
        fact = _renamed(fact, fact.id, given.name)
    if given.kind:  # an editor's kind is decided by the editor: the site's vote weighs it above every article's
        fact = replace(_as_kind(fact, given.kind), basis="correction")
    if given.coordinates:
        fact = replace(fact, coordinates=given.coordinates)
    if given.country and isinstance(fact, Location):
        fact = replace(fact, country=given.country)
    elif given.country and fact.kind == "country":
        fact = replace(fact, country_code=given.country)
    if given.role and isinstance(fact, Actor):
        fact = replace(fact, role=given.role)
    return fact


def _combine(facts: list[Actor | Location], target: Actor | Location) -> Actor | Location:
    """Several facts of one sheet that are one entity: the target's name and kind, everything else pooled."""
    ordered = [target] + [f for f in facts if f is not target]
    names = [n for f in ordered for n in (f.name, *f.aliases)]
    aliases = tuple(dict.fromkeys(n for n in names if n != target.name))
    evidence = tuple(dict.fromkeys(s for f in facts for s in f.evidence))  # sheet order, each sentence once
    merged = replace(target, aliases=aliases, evidence=evidence, mentions=sum(f.mentions for f in facts),
                     coordinates=next((f.coordinates for f in ordered if f.coordinates), None))
    if isinstance(target, Actor):
        merged = replace(merged, role=next((f.role for f in ordered if isinstance(f, Actor) and f.role), None),
                         country_code=next((f.country_code for f in ordered if isinstance(f, Actor) and f.country_code), None))
    else:
        merged = replace(merged, country=next((f.country for f in ordered if isinstance(f, Location) and f.country), None))
    return merged


class CorrectionPlan:
    """The corrections as lookups, and what each id becomes in one article."""

    def __init__(self, c: Corrections, sheets: Iterable[FactSheet]):
        """``sheets``: those whose facts name the merge targets (read once, only when there are merges whose
        target's name is taken): every sheet of the archive, or only those."""
        self.reject = set(c.reject)
        self.split = dict(c.split)
        self.merge = {old: new for old, new in c.merge if old != new}
        # old id -> {sheet id -> surviving id}: merges made in those articles only (Corrections.merge_in)
        self.merge_in: dict[str, dict[str, str]] = defaultdict(dict)
        for old, new, articles in c.merge_in:
            if old != new:
                self.merge_in[old].update((a, new) for a in articles)
        self.merge_in = dict(self.merge_in)
        self.rename = dict(c.rename)
        self.set = dict(c.set)
        self.target_names = self._target_names(sheets) if c.merge_takes_target_name and self.merge else {}

    def __bool__(self) -> bool:
        return bool(self.reject or self.split or self.merge or self.rename or self.set or self.merge_in)

    def merged(self, entity_id: str, article: Optional[str]) -> Optional[str]:
        """The id ``entity_id`` is merged into in ``article`` (None: not merged there). A merge made in some
        articles only is asked with the article; without one (None), only merges made everywhere answer."""
        if entity_id in self.merge_in:
            return self.merge_in[entity_id].get(article) if article is not None else None
        return self.merge.get(entity_id)

    def part(self, old: str, article: str) -> Optional[SplitPart]:
        parts = self.split[old]
        return next((p for p in parts if p.articles and article in p.articles), None) or \
            next((p for p in parts if p.articles is None), None)

    def after_split(self, fact: Actor | Location, article: str) -> tuple[str, Optional[SplitPart]]:
        """(id, split part) of a fact once split: its own id where it is not split."""
        return self.split_id(fact.id, article)

    def split_id(self, entity_id: str, article: str) -> tuple[str, Optional[SplitPart]]:
        """(id, split part) of an entity id in an article once split: :meth:`after_split`."""
        if entity_id in self.split and (part := self.part(entity_id, article)) is not None:
            return part.id, part
        return entity_id, None

    def changes(self) -> set[str]:
        """Every extracted id this plan may change a fact of (reject, split, merge, rename, set; a merge target's
        facts are changed only where a merged fact joins them, in a sheet that names the merged id)."""
        return set(self.reject) | set(self.split) | set(self.merge) | set(self.merge_in) | set(self.rename) | set(self.set)

    def merge_pairs(self) -> set[tuple[str, str]]:
        """Every (merged id, surviving id) of the plan, in all articles or some."""
        return set(self.merge.items()) | {(old, new) for old, per in self.merge_in.items() for new in per.values()}

    def _target_sheets_ids(self) -> set[str]:
        """The ids whose facts :meth:`_target_names` reads (the merge targets, and the ids split into parts)."""
        return set(self.merge.values()) | set(self.split) if self.merge else set()

    def final(self, entity_id: str, article: Optional[str] = None) -> tuple[str, Optional[str]]:
        """(id, pinned name) after merge and rename, in ``article`` (see :meth:`merged`)."""
        entity_id = self.merged(entity_id, article) or entity_id
        if entity_id in self.rename:
            return slug(self.rename[entity_id]), self.rename[entity_id]
        return entity_id, None

    def _target_names(self, sheets: list[FactSheet]) -> dict[str, str]:
        """Each merge target's name across the archive, as its entity page would title it before the merge."""
        targets = set(self.merge.values())
        names: dict[str, Counter] = defaultdict(Counter)
        for sheet in sheets:
            for fact in (*sheet.actors, *sheet.locations):
                if fact.id in self.reject:
                    continue
                entity_id, part = self.after_split(fact, sheet.id)
                if entity_id in targets:
                    names[entity_id][(part.name if part else None) or fact.name] += 1
        # The most frequent name, ties to the greater text: the rule of factarchive.site.catalog's entity names.
        return {t: max(c, key=lambda name: (c[name], name)) for t, c in names.items()}


def correct_sheet(sheet: FactSheet, plan: CorrectionPlan) -> FactSheet:
    """One sheet with a plan's corrections applied (what :func:`apply_corrections` does to each sheet)."""
    if not plan:
        return sheet
    ids: dict[str, Optional[str]] = {}  # extracted id -> corrected id (None: rejected)
    corrected: list[tuple[Actor | Location, str]] = []  # (corrected fact, extracted id), actors then locations
    for fact in (*sheet.actors, *sheet.locations):
        extracted = fact.id
        if extracted in plan.reject:
            ids[extracted] = None
            continue
        entity_id, part = plan.after_split(fact, sheet.id)
        if part is not None:
            fact = _edited(_renamed(fact, entity_id, part.name), replace(part.fields, name=None))
        new_id, pinned = plan.final(entity_id, sheet.id)
        told = plan.set.get(new_id)  # `set` names it: the target's name is not wanted, not even as an alias
        name = pinned or (None if told and told.name else plan.target_names.get(plan.merged(entity_id, sheet.id) or ""))
        if new_id != fact.id or name:
            fact = _renamed(fact, new_id, name)
        ids[extracted] = new_id
        corrected.append((fact, extracted))
    # Pool the facts that now share an id, at the place of the first; the merge target as extracted leads.
    groups: dict[str, list[tuple[Actor | Location, str]]] = defaultdict(list)
    for fact, extracted in corrected:
        groups[fact.id].append((fact, extracted))
    pooled = []
    for group in groups.values():
        target = next((f for f, extracted in group if plan.merged(extracted, sheet.id) is None), group[0][0])
        facts = [f if type(f) is type(target) else _as_kind(f, target.kind) for f, _ in group]  # noqa: E721
        fact = facts[0] if len(facts) == 1 else _combine(facts, target)
        pooled.append(_edited(fact, plan.set[fact.id]) if fact.id in plan.set else fact)
    actors = tuple(f for f in pooled if isinstance(f, Actor))
    locations = tuple(f for f in pooled if isinstance(f, Location))
    before = {f.id: f.name for f in (*sheet.actors, *sheet.locations)}
    after = {f.id: f.name for f in pooled}
    # Names a caption should follow: the entity got a new id or its name changed.
    names = {old: after[new] for old, new in ids.items() if new is not None and (new != old or after[new] != before[old])}
    links = _CaptionLinks(ids, names, people={f.id for f in actors},
                          places={f.id for f in locations} | {f.id for f in actors if f.kind == "country"})
    return replace(sheet, actors=actors, locations=locations, images=tuple(links.correct(c) for c in sheet.images))


@dataclass(frozen=True)
class _CaptionLinks:
    """What a caption's links become: an id corrected into something it cannot point at (a person that is now a
    place, a place now a person) loses the link, as a rejected one does; the name printed stays."""

    ids: dict[str, Optional[str]]
    names: dict[str, str]
    people: set[str]  # actor ids: what a pictured person may link to
    places: set[str]  # location and country ids: what a caption's place may link to

    def correct(self, caption: Caption) -> Caption:
        place = caption.place
        if place in self.ids:
            place = self.ids[place] if self.ids[place] in self.places else None
        people = tuple(
            PictureSubject(name=self.names.get(p.actor, p.name),
                           actor=self.ids[p.actor] if self.ids[p.actor] in self.people else None, position=p.position)
            if p.actor in self.ids else p
            for p in caption.people
        )
        return replace(caption, place=place, people=people)


def apply_corrections(sheets: Iterable[FactSheet], corrections: Corrections) -> tuple[list[FactSheet], dict[str, str]]:
    """The fact sheets with every correction applied, and the redirects (old entity id -> new id), sorted."""
    sheets = list(sheets)
    plan = CorrectionPlan(corrections, sheets)
    corrected = [correct_sheet(s, plan) for s in sheets]
    live = {f.id for s in corrected for f in (*s.actors, *s.locations)}
    return corrected, plan_redirects(plan, live)


def redirect_candidates(plan: CorrectionPlan) -> dict[str, str]:
    """Old id -> the id its permalink would redirect to (where the old page is gone and the new one exists)."""
    candidates = {old: plan.final(old)[0] for old in (*plan.merge, *plan.rename)}
    for old, per in plan.merge_in.items():  # merged in some articles: only where one id takes every one of them
        if len(set(per.values())) == 1 and old not in plan.rename:
            candidates[old] = plan.final(next(iter(per.values())))[0]
    for old, parts in plan.split.items():
        default = next((p for p in parts if p.articles is None), None)
        if default is not None:
            candidates[old] = plan.final(default.id)[0]
    return candidates


def plan_redirects(plan: CorrectionPlan, live: Container[str]) -> dict[str, str]:
    """The redirects of a plan applied to an archive whose corrected facts have the ``live`` ids, sorted."""
    # A permalink redirects only where its page is gone and the new one exists.
    return {old: new for old, new in sorted(redirect_candidates(plan).items())
            if old != new and old not in live and new in live}


def check_corrections(sheets: Iterable[FactSheet], corrections: Corrections) -> list[str]:
    """Warnings, each naming the file and line: corrections that name an entity or article no fact sheet has,
    or that cannot apply."""
    index = FactIndex.of_sheets(sheets)
    try:
        return check_corrections_in(index, corrections)
    finally:
        index.close()


def check_corrections_in(index: FactIndex, corrections: Corrections) -> list[str]:
    """:func:`check_corrections`, asked of an index of the archive's facts (the catalog's, in a site build)."""
    c = corrections
    plan = CorrectionPlan(c, [])  # no sheets: no target names, only what ids become
    warnings = []

    def warn(field: str, message: str) -> None:
        warnings.append(f"{c.where(field)}: {message}")

    named = [(f"reject.{n}", i) for n, i in enumerate(c.reject)] + [("split." + i, i) for i, _ in c.split] \
        + [("merge." + i, i) for i, new in c.merge if i != new] + [("rename." + i, i) for i, _ in c.rename]
    for field, entity_id in named:
        if not index.has_entity(entity_id):
            warn(field, f"no fact sheet has an entity {entity_id!r}; the correction does nothing")
    for old, new in c.merge:
        if old == new:
            warn(f"merge.{old}", f"merges {old!r} into itself; the correction does nothing (remove it)")
        elif not index.has_entity(new) and new not in {p.id for _, parts in c.split for p in parts}:
            warn(f"merge.{old}", f"no fact sheet has the surviving entity {new!r}; the merged entity takes that id and keeps its own name")
    for old, parts in c.split:
        facts = index.facts_of(old)
        for n, part in enumerate(parts):
            for article in part.articles or ():
                if not index.has_sheet(article):
                    warn(f"split.{old}.{n}.articles", f"no fact sheet {article!r}")
            if facts:  # the kind of its last fact in archive order, as a dict of every fact by id keeps it
                warnings.extend(_fields_not_applying(c, f"split.{old}.{n}", part.fields, [facts[-1][1]]))
        if all(p.articles is not None for p in parts):
            listed = {a for p in parts for a in p.articles or ()}
            for sheet_id in index.articles(old):
                if sheet_id not in listed:
                    warn(f"split.{old}", f"article {sheet_id!r} names {old!r} but is in no part "
                                         f"(add it to one, or give one part no 'articles'); it keeps {old!r}")
    # `set` names ids as they end up: those of the facts once split, merged and renamed. A fact whose id no
    # correction changes keeps it; the others are asked what they become.
    targets = {entity_id for entity_id, _ in c.set}
    changing = set(plan.split) | set(plan.merge) | set(plan.rename)
    final: dict[str, set[str]] = defaultdict(set)  # id as it ends up -> the kinds of its facts
    for entity_id in sorted(targets - changing - plan.reject):
        final[entity_id].update(kind for _, kind in index.facts_of(entity_id))
    for entity_id in sorted(changing - plan.reject):
        for sheet_id, kind in index.facts_of(entity_id):
            ends = plan.final(plan.split_id(entity_id, sheet_id)[0], sheet_id)[0]
            if ends in targets:
                final[ends].add(kind)
    for entity_id, given in c.set:
        if not final.get(entity_id):
            warn(f"set.{entity_id}", f"no fact sheet has an entity {entity_id!r} (after split, merge and rename); "
                                     "the correction does nothing")
        else:
            warnings.extend(_fields_not_applying(c, f"set.{entity_id}", given, final[entity_id]))
    return warnings


def _fields_not_applying(c: Corrections, field: str, given: EntityFields, kinds: Iterable[str]) -> list[str]:
    """Warnings for a role given to a place, or a country to an actor that is not a country (as the fields make
    it); ``kinds``: those of the entity's facts."""
    kinds = {given.kind} if given.kind else set(kinds)
    out = []
    if given.role and not kinds & set(ACTOR_KINDS):
        out.append(f"{c.where(field + '.role')}: a role applies to people, organisations, countries and groups, "
                   f"got a place ({'/'.join(sorted(kinds))}); the role is not set")
    if given.country and not kinds & {"country", *LOCATION_KINDS}:
        out.append(f"{c.where(field + '.country')}: a country applies to places and countries, "
                   f"got {'/'.join(sorted(kinds))}; the country is not set")
    return out


# --------------------------------------------------------------------------- skip list (read by extraction)


@dataclass(frozen=True)
class SkipEntry:
    """One entry of ``skip``: a seed path or glob, relative to the seeds folder, and why it is set aside."""

    pattern: str  # 'a.html', 'pages/fr/*.html', 'old/**' (gitignore-style; '**' crosses folders)
    reason: Optional[str] = None
    line: int = 0  # line of the entry in corrections.yaml, for messages

    def matches(self, seed: str) -> bool:
        """Whether ``seed`` (a path relative to the seeds folder, '/' separators) is one this entry names."""
        return _skip_spec(self.pattern).match_file(seed)


@lru_cache(maxsize=1024)
def _skip_spec(pattern: str):
    # pathspec (git's wildmatch, already installed with MkDocs) rather than fnmatch, whose '*' crosses '/'.
    # The leading '/' anchors the pattern at the seeds folder: 'a.txt' is seeds/a.txt, never seeds/old/a.txt.
    import pathspec

    return pathspec.PathSpec.from_lines("gitignore", ["/" + pattern])


def _skip_problems(items: Any, path: str) -> list[ArchiveProblem]:
    """What is wrong with the ``skip`` section, each problem naming the entry; [] when the schema may take it."""
    if not isinstance(items, list):
        return [ArchiveProblem(path, "skip", "expected a list of seed paths or globs (- seed: pages/fr/**), "
                                             f"got {type(items).__name__} {excerpt(items)}")]
    import re

    valid = re.compile(schema()["$defs"]["seed_pattern"]["pattern"])
    problems = []
    for n, item in enumerate(items):
        if isinstance(item, dict):
            if not isinstance(item.get("seed"), str) or set(item) - {"seed", "reason"} \
                    or not (isinstance(item.get("reason", "-"), str) and item.get("reason", "-")):
                problems.append(ArchiveProblem(path, f"skip.{n}", "expected 'seed' (a path or glob) and optionally "
                                               f"'reason' (text), got {excerpt(item)}"))
                continue
            item = item["seed"]
        if not isinstance(item, str) or not valid.match(item) or len(item) > 1000:
            problems.append(ArchiveProblem(path, f"skip.{n}", "expected a seed path or glob relative to the seeds "
                                           "folder (no leading '/' or '!', no '..', '/' between folders), "
                                           f"got {excerpt(item)}"))
    return problems


def _skip_entries(items: list, lines: dict[str, int]) -> tuple[SkipEntry, ...]:
    """The validated ``skip`` items as entries, each with its line in the file."""
    entries = []
    for n, item in enumerate(items):
        pattern, reason = (item, None) if isinstance(item, str) else (item["seed"], item.get("reason"))
        entries.append(SkipEntry(pattern=pattern, reason=reason, line=lines.get(f"skip.{n}", 0)))
    return tuple(entries)


def skip_entry_for(seed: str, entries: Iterable[SkipEntry]) -> Optional[SkipEntry]:
    """The first entry that names ``seed``, or None."""
    return next((e for e in entries if e.matches(seed)), None)
