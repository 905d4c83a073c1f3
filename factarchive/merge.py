"""Three-way merge of one fact sheet: what the machine wrote last, what a person made of it, what the machine writes now.

A person edits a fact sheet in place (fixes a figure, renames an actor in one
article, deletes a wrong fact, sets ``reviewed: true``). When the article is
extracted again (a newer extractor, a changed seed, ``--force``), the new
machine output is merged into the edited sheet fact by fact, keyed by the
fact's id, and field by field inside a fact, against the machine output the
edit started from (``archive/.machine/<id>.yaml``):

- a field the person changed is kept;
- a field only the machine changed takes the machine's new value;
- a field both changed, to different values, keeps the person's value and is
  reported as a conflict, naming the field;
- a fact the person deleted stays deleted; a fact the person added stays;
  a fact the machine newly finds is added; a fact the machine no longer finds
  is dropped unless the person changed it.

Figures and captions are keyed by ids made from what they are (the figure's
sentence, the caption's text and credit), so a fact found or lost elsewhere in
the article never moves an edit to another fact. Sheets made when those ids
were positions (``f1``, ``f2``, ``c1``) migrate on their first merge: each fact
of the machine copy is given the id the extractor gives it now, from its
content, and the person's facts under the same old id follow it
(:func:`migrate_ids`).

Provenance fields (``seed``, ``content_hash``, ``extractor``) always describe
the newest extraction. Everything here works on plain data (``to_data`` form)
and is pure.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import factsheet_schema

# Fields that say what made the sheet, not what it says: always the newest extraction's (the title is the
# person's to fix). tests/test_contract.py checks they are the schema's.
PROVENANCE = ("schema_version", "id", "seed", "content_hash", "extractor")


def _keyed_lists(schema: dict[str, Any]) -> tuple[str, ...]:
    """The schema's lists of facts, each fact keyed by its id (entity id, f-1f3a9c0d, c-5e0b77a2), in sheet order."""
    def resolve(node: dict) -> dict:
        return schema["$defs"][node["$ref"].rsplit("/", 1)[-1]] if "$ref" in node else node

    return tuple(key for key, node in schema["properties"].items()
                 if node.get("type") == "array" and "id" in resolve(node["items"]).get("properties", {}))


KEYED_LISTS = _keyed_lists(factsheet_schema())


class _Missing:
    def __repr__(self) -> str:
        return "absent"


MISSING: Any = _Missing()


@dataclass(frozen=True)
class Conflict:
    """A field the person and the new extraction both changed, differently; the person's value is kept."""

    field: str  # "actors[recep-tayyip-erdogan].role", "figures[f2].value", "title"
    edited: Any
    machine: Any

    def __str__(self) -> str:
        return f"field '{self.field}': kept the edited value {_show(self.edited)}; the new extraction has {_show(self.machine)}"


@dataclass(frozen=True)
class MergeResult:
    data: dict[str, Any]
    conflicts: tuple[Conflict, ...]
    machine_changes: tuple[str, ...]  # fields the merge took from the new extraction, in sheet order


class MergeError(ValueError):
    """The sheets cannot be merged fact by fact (a list holds one id twice)."""


def _show(value: Any) -> str:
    if value is MISSING:
        return "nothing (the fact or field is absent)"
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."


class _Merge:
    def __init__(self) -> None:
        self.conflicts: list[Conflict] = []
        self.changes: list[str] = []

    def value(self, field: str, base: Any, edited: Any, new: Any) -> Any:
        """One field: the person's change wins; the machine's change is taken where the person made none."""
        if edited == new:
            return edited
        if edited == base:
            self.changes.append(field)
            return new
        if new == base:
            return edited
        self.conflicts.append(Conflict(field, edited, new))
        return edited

    def mapping(self, prefix: str, base: dict, edited: dict, new: dict, skip: tuple[str, ...] = ()) -> dict:
        out = {}
        for key in _ordered_keys(edited, new, base):
            if key in skip:
                continue
            merged = self.value(prefix + key, base.get(key, MISSING), edited.get(key, MISSING), new.get(key, MISSING))
            if merged is not MISSING:
                out[key] = merged
        return out

    def facts(self, name: str, base: list, edited: list, new: list) -> list:
        b, e, n = _by_id(name, base, "machine copy"), _by_id(name, edited, "edited sheet"), _by_id(name, new, "new extraction")
        # The person's order first (they may have reordered), then what only the new extraction has.
        order = list(e) + [i for i in n if i not in e and i not in b]
        out = []
        for fact_id in order:
            field = f"{name}[{fact_id}]"
            bf, ef, nf = b.get(fact_id, MISSING), e.get(fact_id, MISSING), n.get(fact_id, MISSING)
            if ef is MISSING:  # new in this extraction
                self.changes.append(field)
                out.append(nf)
            elif nf is MISSING:
                if bf is MISSING:  # added by the person
                    out.append(ef)
                elif ef == bf:  # the machine no longer finds it and the person never touched it
                    self.changes.append(field)
                else:
                    self.conflicts.append(Conflict(field, ef, MISSING))
                    out.append(ef)
            else:
                out.append(self.mapping(field + ".", {} if bf is MISSING else bf, ef, nf))
        for fact_id in b:  # deleted by the person: stays deleted, but say so if the machine changed it since
            if fact_id not in e and fact_id in n and n[fact_id] != b[fact_id]:
                self.conflicts.append(Conflict(f"{name}[{fact_id}]", MISSING, n[fact_id]))
        return out


def _ordered_keys(*mappings: dict) -> list[str]:
    seen: dict[str, None] = {}
    for m in mappings:
        for key in m:
            seen.setdefault(key, None)
    return list(seen)


def _by_id(name: str, facts: Any, which: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for fact in facts if isinstance(facts, list) else []:
        fact_id = fact.get("id") if isinstance(fact, dict) else None
        if fact_id in out:
            raise MergeError(f"field '{name}': the {which} lists id {fact_id!r} twice; expected each id once")
        out[fact_id] = fact
    return out


def _content_ids(name: str, facts: list) -> list[str]:
    """The ids the extractor gives now to the machine's ``facts`` of list ``name``, from their content."""
    # Imported here: a run with nothing to merge need not load the extraction rules.
    from .extract.captions import caption_ids
    from .extract.figures import figure_ids

    if name == "figures":
        return figure_ids((str(f.get("text", "")), str((f.get("evidence") or [""])[0])) for f in facts)
    return caption_ids((str(f.get("caption", "")), f.get("credit")) for f in facts)


def renamed_ids(base: dict[str, Any], new: dict[str, Any]) -> dict[str, dict[str, str]]:
    """For figures and images: {old id: new id} of the machine copy ``base``'s facts that ``new`` holds under another id.

    A fact is renamed when ``new`` no longer uses its id and does use the id
    its content gives now (a sheet from before content ids: ``f2`` ->
    ``f-0d014a07``). Lists with nothing renamed are left out.
    """
    out = {}
    for name in ("figures", "images"):
        machine = [f for f in base.get(name) or [] if isinstance(f, dict)]
        if not machine:
            continue
        in_new = {f.get("id") for f in new.get(name) or [] if isinstance(f, dict)}
        renamed = {f.get("id"): fact_id for f, fact_id in zip(machine, _content_ids(name, machine))
                   if f.get("id") not in in_new and fact_id in in_new and f.get("id") != fact_id}
        if renamed:
            out[name] = renamed
    return out


def migrate_ids(base: dict[str, Any], edited: dict[str, Any], new: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """``base`` and ``edited`` with their figures and captions under the ids ``new`` uses for the same facts.

    A machine-copy fact whose id the new extraction does not use, and whose
    content gives an id the new extraction does use, is renamed to it, and so
    is the person's fact under the same old id, edits and all. Matching goes
    through the machine copy because the person may have changed the very
    fields the id is made from. Ids the new extraction still uses, and facts
    the person added, are left as they are.
    """
    base, edited = dict(base), dict(edited)
    for name, renamed in renamed_ids(base, new).items():
        for sheet in (base, edited):
            if isinstance(sheet.get(name), list):
                sheet[name] = [dict(f, id=renamed[f["id"]]) if isinstance(f, dict) and f.get("id") in renamed else f
                               for f in sheet[name]]
    return base, edited


def merge_sheet(base: dict[str, Any], edited: dict[str, Any], new: dict[str, Any]) -> MergeResult:
    """Merge the new extraction ``new`` into the person's ``edited`` sheet, both descended from ``base``."""
    base, edited = migrate_ids(base, edited, new)
    merge = _Merge()
    data = merge.mapping("", base, edited, new, skip=PROVENANCE + KEYED_LISTS)
    for key in PROVENANCE:
        if key in new:
            data[key] = new[key]
    for name in KEYED_LISTS:
        facts = merge.facts(name, base.get(name, []), edited.get(name, []), new.get(name, []))
        if facts:
            data[name] = facts
    return MergeResult(data=data, conflicts=tuple(merge.conflicts), machine_changes=tuple(merge.changes))
