"""Render the catalog to Markdown pages (and their JSON twins) through Jinja templates.

Pages are plain Markdown, so any MkDocs-compatible builder (MkDocs 1.6,
ProperDocs, Zensical) can build them. Every ``{{ value }}`` in a template goes
through :func:`~factarchive.site.escape.escape_md` unless it is a link or other
markup this module made itself.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context
from markupsafe import Markup

from .. import archive as archive_mod
from ..fsutil import write_atomic
from ..model import FactSheet, to_data
from . import urls
from .catalog import Catalog, EntityRecord
from .escape import escape_md

GENERATED_LIST = ".factarchive-generated"  # what the last run wrote, so stale pages can go
GROUP_TITLES = {"people": "People", "organizations": "Organisations", "places": "Places", "groups": "Groups"}
KIND_LABELS = {"person": "person", "organization": "organisation", "country": "country", "group": "group",
               "city": "city", "region": "region", "facility": "facility", "place": "place"}


def format_number(value: Any) -> str:
    """2980 -> "2,980"; 1.50 -> "1.5"."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.6f}".rstrip("0").rstrip(".")
    return f"{int(value):,}"


@pass_context
def _link(ctx, text: Any, target: str, anchor: str = "") -> Markup:
    href = urls.relative(ctx["page"], target) + (f"#{anchor}" if anchor else "")
    return Markup(f"[{escape_md(text)}]({href})")


def _external(url: Any) -> Markup:
    """A link to an article's original URL; anything but http(s) is shown as inert text."""
    text = str(url or "")
    if not text.lower().startswith(("http://", "https://")):
        return escape_md(text)
    return Markup(f'<a href="{html.escape(text, quote=True)}" rel="noopener">{escape_md(text)}</a>')


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja environment: strict undefined, every value escaped on output."""
    env = Environment(
        loader=PackageLoader("factarchive.site", "templates"),
        finalize=escape_md,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,  # finalize escapes for Markdown and HTML at once
    )
    env.globals.update(link=_link, external=_external, urls=urls, kind_label=KIND_LABELS, group_titles=GROUP_TITLES)
    env.filters["number"] = format_number
    return env


@dataclass
class Pages:
    """Every file the site half generates: docs path -> content."""

    files: dict[str, str] = field(default_factory=dict)

    def add(self, path: str, content: str) -> None:
        if path in self.files:  # two things may never claim one URL
            raise ValueError(f"{path} would be written twice")
        self.files[path] = content


def _render(template: str, page: str, **context: Any) -> str:
    return environment().get_template(template).render(page=page, **context)


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def entity_data(entity: EntityRecord) -> dict[str, Any]:
    """The machine-readable twin of an entity page."""
    return {
        "id": entity.id,
        "name": entity.name,
        "kind": entity.kind,
        "aliases": list(entity.aliases),
        "roles": list(entity.roles),
        "country": entity.country,
        "coordinates": to_data(entity.coordinates) if entity.coordinates else None,
        "page": urls.entity(entity.id)[:-3] + "/",
        "articles": [
            {"id": m.article.id, "title": m.article.title, "published": m.article.published,
             "name": m.name, "role": m.role, "evidence": list(m.evidence)}
            for m in entity.mentions
        ],
        "cooccurring": [{"id": other, "articles": n} for other, n in entity.cooccurring],
    }


def build_pages(catalog: Catalog) -> Pages:
    """Render every page of the site from the gathered catalog (nothing is written here)."""
    pages = Pages()
    entities = catalog.entities
    pages.add(urls.HOME, _render("home.md.j2", urls.HOME, catalog=catalog,
                                 groups=[(g, len(catalog.by_group(g))) for g in GROUP_TITLES]))
    pages.add(urls.ARTICLE_INDEX, _render("article_index.md.j2", urls.ARTICLE_INDEX, catalog=catalog))
    for sheet in catalog.articles:
        page = urls.article(sheet.id)
        pages.add(page, _render("article.md.j2", page, sheet=sheet, entities=entities,
                                places={loc.id: loc for loc in sheet.locations} | {a.id: a for a in sheet.actors}))
        pages.add(urls.ARTICLE_JSON.format(id=sheet.id), _json(to_data(sheet)))
    for entity in entities.values():
        page = urls.entity(entity.id)
        pages.add(page, _render("entity.md.j2", page, entity=entity, entities=entities))
        pages.add(urls.ENTITY_JSON.format(id=entity.id), _json(entity_data(entity)))
    for group, title in GROUP_TITLES.items():
        page = urls.group_index(group)
        pages.add(page, _render("entity_index.md.j2", page, title=title, entities=catalog.by_group(group)))
    pages.add(urls.FIGURES, _render("figures.md.j2", urls.FIGURES, catalog=catalog))
    pages.add(urls.CAPTIONS, _render("captions.md.j2", urls.CAPTIONS, catalog=catalog, entities=entities))
    schema = archive_mod.schema()
    pages.add(urls.SCHEMA, _render("schema.md.j2", urls.SCHEMA, schema=schema, fields=_schema_fields(schema)))
    pages.add(urls.SCHEMA_JSON, json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
    return pages


def _schema_fields(schema: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(field path, type, description) rows for the schema page."""
    rows = []

    def walk(prefix: str, node: dict[str, Any]) -> None:
        node = _deref(schema, node)
        for name, prop in node.get("properties", {}).items():
            resolved = _deref(schema, prop)
            kind = resolved.get("type") or ("one of " + ", ".join(resolved["enum"]) if "enum" in resolved else "")
            if "const" in resolved:
                kind = f"always {resolved['const']}"
            description = prop.get("description") or resolved.get("description", "")
            rows.append((prefix + name, kind if isinstance(kind, str) else "/".join(kind), description))
            if resolved.get("type") == "object" and "properties" in resolved:
                walk(prefix + name + ".", resolved)
            items = resolved.get("items")
            if items:
                walk(prefix + name + "[].", items)

    walk("", schema)
    return rows


def _deref(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def write_pages(pages: Pages, docs: Path) -> tuple[int, int]:
    """Write generated files into ``docs``; remove the ones the last run made and this one did not.

    Only changed files are rewritten (unchanged ones keep their mtime), and
    hand-written files in ``docs`` are never touched. Returns (written, removed).
    """
    docs = Path(docs)
    listing = docs / GENERATED_LIST
    try:
        before = set(listing.read_text("utf-8").split("\n")) - {""}
    except OSError:
        before = set()
    written = sum(write_atomic(docs / path, content) for path, content in sorted(pages.files.items()))
    removed = 0
    for stale in sorted(before - set(pages.files)):
        target = (docs / stale).resolve()
        if docs.resolve() in target.parents and target.is_file():
            target.unlink()
            removed += 1
    write_atomic(listing, "".join(f"{p}\n" for p in sorted(pages.files)))
    return written, removed


def generate(sheets: Iterable[FactSheet], docs: Path) -> tuple[int, int]:
    """Gather, render and write the site's pages for these fact sheets."""
    from .catalog import gather

    return write_pages(build_pages(gather(list(sheets))), docs)

