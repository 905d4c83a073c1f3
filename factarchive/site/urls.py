"""Every page path and URL pattern of the site, in one place.

Paths are relative to ``docs/``. Pages link to each other by their ``.md``
paths, so MkDocs checks every link (``--strict``) and rewrites it for whichever
URL style the build uses (directory URLs online, ``.html`` files offline).
"""

from __future__ import annotations

import posixpath

HOME = "index.md"
ARTICLE_INDEX = "articles/index.md"
ARTICLE = "articles/{id}.md"
ARTICLE_JSON = "articles/{id}.json"
ENTITY = "entities/{id}.md"
ENTITY_JSON = "entities/{id}.json"
GROUP_INDEX = "{group}.md"  # people.md, organizations.md, places.md, groups.md
FIGURES = "figures.md"
CAPTIONS = "captions.md"
SCHEMA = "schema.md"
SCHEMA_JSON = "schema/factsheet.schema.json"

# Anchors of single facts on an article page, for tools that link to one fact.
ACTOR_ANCHOR = "actor-{id}"
PLACE_ANCHOR = "place-{id}"
# Figures and captions use their own ids (f1, c1) as anchors.


def article(article_id: str) -> str:
    return ARTICLE.format(id=article_id)


def entity(entity_id: str) -> str:
    return ENTITY.format(id=entity_id)


def group_index(group: str) -> str:
    return GROUP_INDEX.format(group=group)


def relative(from_page: str, to_path: str) -> str:
    """The link from one docs page to another path, as a relative path."""
    return posixpath.relpath(to_path, posixpath.dirname(from_page) or ".")
