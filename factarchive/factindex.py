"""Every fact of the archive as a row (its sheet, id, name, kind, role, aliases), for questions across the archive.

Cross-article resolution (:mod:`factarchive.resolve`) and the checks of the editor's corrections
(:mod:`factarchive.corrections`) ask questions of the whole archive: which entities carry this alias, which
people share this surname, which articles name this entity, who is named beside it. They used to be answered
from every sheet's outline held at once (20 KB an article of page generation at 100,000 synthetic articles;
issue 14). They are now queries of a table: the site build keeps it in the catalog beside the sheets
(:mod:`factarchive.site.sheetstore`, written as each sheet is read, so a build holds none of it); a list of
sheets in memory (tests, ``build.py check``) is put into a private in-memory database first
(:meth:`FactIndex.of_sheets`). One implementation, so both give the same answers.

Each fact row: ``sheet`` (the sheet's id), ``n`` (its place among the sheet's actors, then places), ``entity``,
``fname`` (its name), ``kind`` (as extracted), ``rkind`` (its kind for resolution: a place's is "place"),
``role`` (casefolded), ``place`` (1 for a place), ``nwords``, ``first`` and ``last`` (the name's words,
casefolded: :func:`factarchive.resolve.words`). Each alias row: ``sheet``, ``entity``, ``slug`` (of the alias).
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, Iterator, Optional

from .model import FactSheet
from .slug import slug

FACT_COLUMNS = "sheet TEXT NOT NULL, n INTEGER NOT NULL, entity TEXT NOT NULL, fname TEXT NOT NULL, " \
               "kind TEXT NOT NULL, rkind TEXT NOT NULL, role TEXT, place INTEGER NOT NULL, nwords INTEGER NOT NULL, " \
               "first TEXT NOT NULL, last TEXT NOT NULL"
ALIAS_COLUMNS = "sheet TEXT NOT NULL, entity TEXT NOT NULL, slug TEXT NOT NULL"
CONTEXT_KINDS = ("person", "organization")  # resolve.CONTEXT_KINDS (kept here too: resolve imports this module)


def words(name: str) -> list[str]:
    """A name's words, as resolution compares them ("Jean-Marie Le Pen": five)."""
    return [w for w in name.replace("-", " ").split() if w]


def fact_rows(sheet: FactSheet) -> tuple[list[tuple], list[tuple]]:
    """(fact rows, alias rows) of one sheet (whole, or its outline: neither reads sentences)."""
    facts, aliases = [], []
    for n, fact in enumerate((*sheet.actors, *sheet.locations)):
        place = n >= len(sheet.actors)
        w = words(fact.name)
        role = None if place or not fact.role else fact.role.casefold()
        facts.append((sheet.id, n, fact.id, fact.name, fact.kind, "place" if place else fact.kind, role, int(place),
                      len(w), w[0].casefold() if w else "", w[-1].casefold() if w else ""))
        aliases.extend((sheet.id, fact.id, s) for s in dict.fromkeys(slug(a) for a in fact.aliases))
    return facts, aliases


def create_tables(conn: sqlite3.Connection, facts: str, aliases: str, keyed: bool = False) -> None:
    """The two tables (``keyed``: with a ``name`` column first, the catalog's file name of the sheet) and their indexes."""
    key = "name TEXT NOT NULL, " if keyed else ""
    conn.execute(f"CREATE TABLE IF NOT EXISTS {facts} ({key}{FACT_COLUMNS})")
    conn.execute(f"CREATE TABLE IF NOT EXISTS {aliases} ({key}{ALIAS_COLUMNS})")
    schema, _, bare_f = facts.rpartition(".")
    _, _, bare_a = aliases.rpartition(".")
    at = f"{schema}." if schema else ""
    for table, columns in ((bare_f, ("entity", "sheet") + (("name",) if keyed else ())),
                           (bare_a, ("slug",) + (("name",) if keyed else ()))):
        for column in columns:
            conn.execute(f"CREATE INDEX IF NOT EXISTS {at}{table}_{column} ON {table} ({column})")


class FactIndex:
    """Questions across the archive, asked of the fact rows of ``facts`` and ``aliases`` in ``conn``."""

    def __init__(self, conn: sqlite3.Connection, sheet_count: int, facts: str = "facts", aliases: str = "aliases",
                 sheets: str = "sheet_ids"):
        self._conn = conn
        self._f, self._a, self._s = facts, aliases, sheets  # ``sheets``: a table with a column ``sheet``, each id
        self.sheet_count = sheet_count  # sheets, with or without facts
        self._ents: Optional[str] = None

    @classmethod
    def of_sheets(cls, sheets: Iterable[FactSheet]) -> "FactIndex":
        """An index of these sheets, in a database of its own in memory."""
        conn = sqlite3.connect(":memory:")
        create_tables(conn, "facts", "aliases")
        conn.execute("CREATE TABLE sheet_ids (sheet TEXT NOT NULL)")
        conn.execute("CREATE INDEX sheet_ids_sheet ON sheet_ids (sheet)")
        count = 0
        for sheet in sheets:
            count += 1
            conn.execute("INSERT INTO sheet_ids VALUES (?)", (sheet.id,))
            facts, aliases = fact_rows(sheet)
            conn.executemany(f"INSERT INTO facts VALUES ({', '.join('?' * 11)})", facts)
            conn.executemany("INSERT INTO aliases VALUES (?, ?, ?)", aliases)
        return cls(conn, count)

    def _q(self, sql: str, *args) -> sqlite3.Cursor:
        return self._conn.execute(sql.replace("{f}", self._f).replace("{a}", self._a).replace("{s}", self._s)
                                  .replace("{e}", self._ents or ""), args)

    # ------------------------------------------------------------------ sheets and entities

    def has_sheet(self, sheet: str) -> bool:
        return self._q("SELECT 1 FROM {s} WHERE sheet = ? LIMIT 1", sheet).fetchone() is not None

    def has_entity(self, entity: str) -> bool:
        return self._q("SELECT 1 FROM {f} WHERE entity = ? LIMIT 1", entity).fetchone() is not None

    def articles(self, entity: str) -> tuple[str, ...]:
        """The ids of the sheets naming the entity, sorted."""
        return tuple(r[0] for r in self._q("SELECT DISTINCT sheet FROM {f} WHERE entity = ? ORDER BY sheet", entity))

    def sheets_with(self, entities: Iterable[str]) -> list[str]:
        """The ids of the sheets naming any of these entities, sorted."""
        found: set[str] = set()
        for entity in sorted(set(entities)):
            found.update(r[0] for r in self._q("SELECT sheet FROM {f} WHERE entity = ?", entity))
        return sorted(found)

    def facts_of(self, entity: str) -> list[tuple[str, str]]:
        """(sheet id, kind as extracted) of every fact with this id, in archive order (sheets sorted, facts in order)."""
        return self._q("SELECT sheet, kind FROM {f} WHERE entity = ? ORDER BY sheet, n", entity).fetchall()

    def _entities(self) -> str:
        """A temporary table of each entity as resolution sees it: the name and kind of its first fact (sheets
        sorted by id, each sheet's actors then places)."""
        if self._ents is None:
            name = f"temp.fa_ents_{id(self)}"
            self._ents = name
            # SQLite takes a bare column's value from the row that gives the min(): the first fact, as documented.
            self._q("CREATE TABLE {e} AS SELECT entity AS id, fname AS name, rkind AS kind, nwords, last, "
                    "min(sheet || char(1) || printf('%09d', n)) AS first_at FROM {f} GROUP BY entity")
            self._q(f"CREATE INDEX {name}_id ON {name.partition('.')[2]} (id)")
            self._q(f"CREATE INDEX {name}_last ON {name.partition('.')[2]} (kind, last, id)")
        return self._ents

    def entity(self, entity: str) -> Optional[tuple[str, str, str]]:
        """(id, name, kind) of an entity as resolution sees it, or None."""
        self._entities()
        return self._q("SELECT id, name, kind FROM {e} WHERE id = ?", entity).fetchone()

    def alias_owners(self) -> Iterator[tuple[str, set[str]]]:
        """(alias slug, the entities carrying that alias) for every alias slug that is itself an entity id, sorted."""
        self._entities()
        current, owners = None, set()
        for alias, entity in self._q("SELECT DISTINCT a.slug, a.entity FROM {a} a JOIN {e} e ON e.id = a.slug "
                                     "ORDER BY a.slug"):
            if alias != current:
                if current is not None:
                    yield current, owners
                current, owners = alias, set()
            owners.add(entity)
        if current is not None:
            yield current, owners

    def alias_sheets(self, entity: str, alias: str) -> tuple[str, ...]:
        """The ids of the sheets where the entity carries this alias (a slug), sorted: where an article wrote both."""
        return tuple(r[0] for r in self._q("SELECT DISTINCT sheet FROM {a} WHERE entity = ? AND slug = ? "
                                           "ORDER BY sheet", entity, alias))

    def people_by_surname(self) -> Iterator[list[tuple[str, str]]]:
        """The people (entities whose first fact is a person) with a name, as lists of (id, name) sharing the
        casefolded last word of their name, each sorted by id."""
        self._entities()
        current, group = None, []
        for entity, name, last in self._q("SELECT id, name, last FROM {e} WHERE kind = 'person' AND nwords > 0 "
                                          "ORDER BY last, id"):
            if last != current:
                if group:
                    yield group
                current, group = last, []
            group.append((entity, name))
        if group:
            yield group

    def roles(self, entity: str) -> set[str]:
        """Every role (casefolded) the articles give the entity."""
        return {r[0] for r in self._q("SELECT DISTINCT role FROM {f} WHERE entity = ? AND role IS NOT NULL", entity)}

    def context(self, entity: str) -> set[str]:
        """The people and organisations named in the articles that name the entity (itself included, if one)."""
        return {r[0] for r in self._named_beside(entity, "o.entity")}

    def facts_by_sheet(self, entity: str) -> list[tuple[str, Optional[str]]]:
        """(sheet id, role casefolded or None) of every fact with this id, sheets sorted."""
        return self._q("SELECT sheet, role FROM {f} WHERE entity = ? ORDER BY sheet, n", entity).fetchall()

    def context_by_sheet(self, entity: str) -> dict[str, set[str]]:
        """:meth:`context`, each article apart: sheet id -> the people and organisations it names (the entity
        itself included, if one), for each sheet naming the entity."""
        found: dict[str, set[str]] = {sheet: set() for sheet in self.articles(entity)}
        for sheet, other in self._named_beside(entity, "f.sheet, o.entity"):
            found[sheet].add(other)
        return found

    def _named_beside(self, entity: str, columns: str):
        """The distinct ``columns`` of the people and organisations (``o``) named in each sheet (``f``) naming the
        entity: what :meth:`context` and :meth:`context_by_sheet` read."""
        kinds = ", ".join(f"'{k}'" for k in CONTEXT_KINDS)
        return self._q(f"SELECT DISTINCT {columns} FROM {{f}} f JOIN {{f}} o ON o.sheet = f.sheet "
                       f"WHERE f.entity = ? AND o.place = 0 AND o.kind IN ({kinds})", entity)

    def spread_over(self, threshold: float) -> set[str]:
        """The people and organisations named in more than ``threshold`` articles."""
        kinds = ", ".join(f"'{k}'" for k in CONTEXT_KINDS)
        return {r[0] for r in self._q(f"SELECT entity FROM {{f}} WHERE place = 0 AND kind IN ({kinds}) "
                                      "GROUP BY entity HAVING count(DISTINCT sheet) > ?", threshold)}

    def close(self) -> None:
        if self._ents is not None:
            try:
                self._q("DROP TABLE IF EXISTS {e}")
            except sqlite3.Error:
                pass
            self._ents = None

