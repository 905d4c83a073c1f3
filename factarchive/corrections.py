"""Archive-wide entity corrections: ``archive/corrections.yaml``, applied to every fact sheet at site-build time.

An editor fixes an entity once for the whole archive, in a plain YAML file
reviewed as a git diff::

    reject: [m4]                                   # wrong everywhere: removed
    split:                                         # one id that is really several
      georgia:
        - {id: georgia-us-state, name: Georgia, kind: region, articles: [storm-hits-atlanta]}
        - {id: georgia}                            # no articles: every other article
    merge:                                         # the same entity under two ids
      tayyip-erdogan: recep-tayyip-erdogan
    rename:                                        # the right name (the id follows it)
      recep-tayyip-erdogan: Recep Tayyip Erdoğan
    skip:                                          # seeds seen and set aside: never extracted
      - seed: pages/fr/**
        reason: not in English

They are applied in that order (reject, split, merge, rename) to the sheets as
extracted, so a re-extraction never undoes them: the fact sheets stay the
machine's record plus article-level edits (see :mod:`factarchive.merge`), and
this file stays the editor's. Merged and renamed ids are returned as redirects,
so their old permalinks keep working. ``skip`` is read by extraction, not by the
site: the seeds it names are reported as skipped instead of as errors.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Optional


from .archive import CORRECTIONS, OUTSIDE_ARCHIVE, ArchiveError, ArchiveProblem, load_yaml, schema_message
from .fsutil import inside
from .limits import MAX_EXCERPT_CHARS, excerpt, shorten
from .model import ACTOR_KINDS, LOCATION_KINDS, Actor, Caption, FactSheet, Location, PictureSubject
from .slug import slug

CORRECTIONS_FILE = CORRECTIONS


@dataclass(frozen=True)
class SplitPart:
    """One of the entities a split id really is."""

    id: str
    name: Optional[str] = None  # None: keep the name each article gives
    kind: Optional[str] = None  # None: keep the extracted kind
    articles: Optional[tuple[str, ...]] = None  # fact sheet ids; None: every article no other part lists


@dataclass(frozen=True)
class Corrections:
    """The editor's corrections, as loaded and checked."""

    path: str = CORRECTIONS_FILE
    reject: tuple[str, ...] = ()
    split: tuple[tuple[str, tuple[SplitPart, ...]], ...] = ()
    merge: tuple[tuple[str, str], ...] = ()  # (old id, surviving id)
    rename: tuple[tuple[str, str], ...] = ()  # (id, correct name)
    skip: tuple["SkipEntry", ...] = ()  # seeds the extraction leaves out (not a correction of the sheets)

    def __bool__(self) -> bool:
        return bool(self.reject or self.split or self.merge or self.rename)


class CorrectionsError(ArchiveError):
    """corrections.yaml cannot be used; carries every problem, each naming the file and field."""


# --------------------------------------------------------------------------- loading


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The corrections JSON Schema."""
    return json.loads(resources.files("factarchive").joinpath("schema/corrections.schema.json").read_text("utf-8"))


def corrections_path(archive: Path) -> Path:
    return Path(archive) / CORRECTIONS_FILE


def load_corrections(archive: Path) -> Corrections:
    """Read and check ``archive/corrections.yaml``; no file means no corrections."""
    path = corrections_path(archive)
    if path.is_symlink() and not inside(path, archive):  # never publish, nor apply, a file from elsewhere
        raise CorrectionsError([ArchiveProblem(str(path), "", OUTSIDE_ARCHIVE)])
    try:
        text = path.read_text("utf-8")
    except FileNotFoundError:
        return Corrections(path=str(path))
    except (OSError, UnicodeDecodeError) as exc:
        raise CorrectionsError([ArchiveProblem(str(path), "", f"cannot be read ({exc})")]) from exc
    return parse_corrections(text, str(path))


def parse_corrections(text: str, path: str) -> Corrections:
    """Parse corrections YAML; raise CorrectionsError naming the file and field of every problem."""
    data = load_yaml(text, path, CorrectionsError)
    problems = _schema_problems(data, path)
    if problems:
        raise CorrectionsError(problems)
    data = data or {}
    corrections = Corrections(
        path=path,
        reject=tuple(data.get("reject") or ()),
        split=tuple(
            (old, tuple(SplitPart(id=p["id"], name=p.get("name"), kind=p.get("kind"),
                                  articles=tuple(p["articles"]) if "articles" in p else None) for p in parts))
            for old, parts in (data.get("split") or {}).items()
        ),
        merge=tuple((data.get("merge") or {}).items()),
        rename=tuple((data.get("rename") or {}).items()),
        skip=_skip_entries(data.get("skip") or (), text),
    )
    problems = _consistency_problems(corrections)
    if problems:
        raise CorrectionsError(problems)
    return corrections


def _schema_problems(data: Any, path: str) -> list[ArchiveProblem]:
    from jsonschema import Draft202012Validator

    # YAML allows keys that are not strings (`123: x`); ids are always strings.
    for section in ("split", "merge", "rename"):
        block = data.get(section) if isinstance(data, dict) else None
        for key in block if isinstance(block, dict) else ():
            if not isinstance(key, str):
                return [ArchiveProblem(path, f"{section}.{excerpt(key, 40)}",
                                       f"expected an entity id (a slug), got {type(key).__name__} {excerpt(key)}")]
    if isinstance(data, dict) and any(not isinstance(k, str) for k in data):
        return [ArchiveProblem(path, "", f"expected sections reject, split, merge, rename, skip; got {excerpt(sorted(map(repr, data)))}")]
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
    merged = dict(c.merge)
    split_ids = [old for old, _ in c.split]

    def problem(field: str, message: str) -> None:
        problems.append(ArchiveProblem(c.path, field, message))

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
    for old, new in c.merge:
        field = f"merge.{old}"
        if old == new:
            problem(field, f"expected another entity's id, got the same id {new!r}")
        elif new in merged:
            problem(field, f"expected the surviving id, got {new!r}, which is itself merged into {merged[new]!r}; write {old}: {merged[new]}")
        if old in rejected or new in rejected:
            problem(field, f"expected entities that are not rejected, got {(old if old in rejected else new)!r} in reject")
    for old, name in c.rename:
        if old in merged:
            problem(f"rename.{old}", f"expected a surviving id, got {old!r}, which is merged into {merged[old]!r}; rename {merged[old]!r} instead")
        if old in rejected:
            problem(f"rename.{old}", f"expected an entity that is not rejected, got {old!r} in reject")
        if old in split_ids:
            problem(f"rename.{old}", f"expected an entity that is not split, got {old!r}; give the parts names under split.{old}")
    return problems


# --------------------------------------------------------------------------- applying


def _with_name(fact: Actor | Location, new_id: str, name: Optional[str], kind: Optional[str]) -> Actor | Location:
    """The fact under a new id/name/kind; a replaced name is kept as an alias."""
    name = name or fact.name
    aliases = fact.aliases
    if name != fact.name and fact.name not in aliases:
        aliases = (*aliases, fact.name)
    aliases = tuple(a for a in aliases if a != name)
    kinds = ACTOR_KINDS if isinstance(fact, Actor) else LOCATION_KINDS
    return replace(fact, id=new_id, name=name, aliases=aliases, kind=kind if kind in kinds else fact.kind)


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


class _Plan:
    """The corrections as lookups, and what each id becomes in one article."""

    def __init__(self, c: Corrections):
        self.reject = set(c.reject)
        self.split = dict(c.split)
        self.merge = dict(c.merge)
        self.rename = dict(c.rename)

    def part(self, old: str, article: str) -> Optional[SplitPart]:
        parts = self.split[old]
        return next((p for p in parts if p.articles and article in p.articles), None) or \
            next((p for p in parts if p.articles is None), None)

    def final(self, entity_id: str) -> tuple[str, Optional[str]]:
        """(id, pinned name) after merge and rename."""
        entity_id = self.merge.get(entity_id, entity_id)
        if entity_id in self.rename:
            return slug(self.rename[entity_id]), self.rename[entity_id]
        return entity_id, None


def _correct_facts(facts: tuple, sheet_id: str, plan: _Plan, ids: dict[str, Optional[str]]) -> tuple:
    """One list of facts corrected; ``ids`` learns what each extracted id became (None: rejected)."""
    corrected: list[tuple[Actor | Location, str]] = []  # (corrected fact, extracted id)
    for fact in facts:
        if fact.id in plan.reject:
            ids[fact.id] = None
            continue
        new_id, name, kind = fact.id, None, None
        if fact.id in plan.split and (part := plan.part(fact.id, sheet_id)) is not None:
            new_id, name, kind = part.id, part.name, part.kind
        new_id, pinned = plan.final(new_id)
        extracted = fact.id
        if (new_id, pinned or name, kind) != (fact.id, None, None):
            fact = _with_name(fact, new_id, pinned or name, kind)
        ids[extracted] = fact.id
        corrected.append((fact, extracted))
    # Pool the facts that now share an id, at the place of the first; the merge target as extracted leads.
    groups: dict[str, list[tuple[Actor | Location, str]]] = defaultdict(list)
    for fact, extracted in corrected:
        groups[fact.id].append((fact, extracted))
    out = []
    for group in groups.values():
        if len(group) == 1:
            out.append(group[0][0])
            continue
        target = next((f for f, extracted in group if extracted not in plan.merge), group[0][0])
        out.append(_combine([f for f, _ in group], target))
    return tuple(out)


def _correct_sheet(sheet: FactSheet, plan: _Plan) -> FactSheet:
    if not (plan.reject or plan.split or plan.merge or plan.rename):
        return sheet
    ids: dict[str, Optional[str]] = {}
    actors = _correct_facts(sheet.actors, sheet.id, plan, ids)
    locations = _correct_facts(sheet.locations, sheet.id, plan, ids)
    before = {f.id: f.name for f in (*sheet.actors, *sheet.locations)}
    after = {f.id: f.name for f in (*actors, *locations)}
    # Names a caption should follow: the entity got a new id or its name changed.
    names = {old: after[new] for old, new in ids.items() if new is not None and (new != old or after[new] != before[old])}
    images = tuple(_correct_caption(c, ids, names) for c in sheet.images)
    return replace(sheet, actors=actors, locations=locations, images=images)


def _correct_caption(caption: Caption, ids: dict[str, Optional[str]], names: dict[str, str]) -> Caption:
    place = ids.get(caption.place, caption.place) if caption.place else None
    people = tuple(
        PictureSubject(name=names.get(p.actor, p.name), actor=ids[p.actor], position=p.position) if p.actor in ids else p
        for p in caption.people
    )
    return replace(caption, place=place, people=people)


def apply_corrections(sheets: Iterable[FactSheet], corrections: Corrections) -> tuple[list[FactSheet], dict[str, str]]:
    """The fact sheets with every correction applied, and the redirects (old entity id -> new id), sorted."""
    plan = _Plan(corrections)
    corrected = [_correct_sheet(s, plan) for s in sheets]
    live = {f.id for s in corrected for f in (*s.actors, *s.locations)}
    candidates = {old: plan.final(old)[0] for old in (*plan.merge, *plan.rename)}
    for old, parts in plan.split.items():
        default = next((p for p in parts if p.articles is None), None)
        if default is not None:
            candidates[old] = plan.final(default.id)[0]
    # A permalink redirects only where its page is gone and the new one exists.
    redirects = {old: new for old, new in sorted(candidates.items()) if old != new and old not in live and new in live}
    return corrected, redirects


def check_corrections(sheets: Iterable[FactSheet], corrections: Corrections) -> list[str]:
    """Warnings: corrections that name an entity or article no fact sheet has, or that cannot apply."""
    sheets = list(sheets)
    facts = {f.id: f for s in sheets for f in (*s.actors, *s.locations)}
    articles = {s.id for s in sheets}
    path = corrections.path
    warnings = []
    named = [("reject", i) for i in corrections.reject] + [("split." + i, i) for i, _ in corrections.split] \
        + [("merge." + i, i) for i, _ in corrections.merge] + [("rename." + i, i) for i, _ in corrections.rename]
    for field, entity_id in named:
        if entity_id not in facts:
            warnings.append(f"{path}: field '{field}': no fact sheet has an entity {entity_id!r}; the correction does nothing")
    for old, new in corrections.merge:
        if new not in facts and new not in {p.id for _, parts in corrections.split for p in parts}:
            warnings.append(f"{path}: field 'merge.{old}': no fact sheet has the surviving entity {new!r}; "
                            f"the merged entity takes that id and keeps its own name")
    for old, parts in corrections.split:
        for n, part in enumerate(parts):
            for article in part.articles or ():
                if article not in articles:
                    warnings.append(f"{path}: field 'split.{old}.{n}.articles': no fact sheet {article!r}")
            fact = facts.get(old)
            if part.kind and fact is not None:
                kinds = ACTOR_KINDS if isinstance(fact, Actor) else LOCATION_KINDS
                if part.kind not in kinds:
                    warnings.append(f"{path}: field 'split.{old}.{n}.kind': expected one of {list(kinds)} for this entity, "
                                    f"got {part.kind!r}; the extracted kind is kept")
        if all(p.articles is not None for p in parts):
            listed = {a for p in parts for a in p.articles or ()}
            for sheet in sheets:
                if sheet.id not in listed and any(f.id == old for f in (*sheet.actors, *sheet.locations)):
                    warnings.append(f"{path}: field 'split.{old}': article {sheet.id!r} names {old!r} but is in no part "
                                    f"(add it to one, or give one part no 'articles'); it keeps {old!r}")
    return warnings


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


def _skip_entries(items: list, text: str) -> tuple[SkipEntry, ...]:
    """The validated ``skip`` items as entries, each with its line in the file."""
    lines = _skip_lines(text)
    entries = []
    for n, item in enumerate(items):
        pattern, reason = (item, None) if isinstance(item, str) else (item["seed"], item.get("reason"))
        entries.append(SkipEntry(pattern=pattern, reason=reason, line=lines[n] if n < len(lines) else 0))
    return tuple(entries)


def _skip_lines(text: str) -> list[int]:
    """The 1-based line of each item of the top-level ``skip`` list (the data carries no positions)."""
    import yaml

    from . import yamlsafe

    root = yamlsafe.compose(text)  # the text has loaded already: valid YAML, no anchors
    if not isinstance(root, yaml.MappingNode):
        return []
    for key, value in root.value:
        if key.value == "skip" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def skip_entry_for(seed: str, entries: Iterable[SkipEntry]) -> Optional[SkipEntry]:
    """The first entry that names ``seed``, or None."""
    return next((e for e in entries if e.matches(seed)), None)
