"""The index pages of entities, each group by count and A to Z; and what the articles index shares with them (months,
initials, a page of rows read when asked).

``per_page`` rows a page (render.INDEX_PAGE).
"""

from __future__ import annotations

import unicodedata
from typing import Any, Iterable, Optional

from ..model import FactSheet
from . import pictures, urls
from .catalog import EntityRecord, descending, fold
from .docs_files import Pages
from .layout import chunks, format_number, pager
from .templating import _Renderer

INDEX_PAGE = 200  # the default; render.INDEX_PAGE is the one the site uses


def _months(articles: Iterable[FactSheet]) -> list[tuple[Optional[str], list[FactSheet]]]:
    """Articles grouped by month of publication, newest month first; undated last."""
    groups: dict[Optional[str], list[FactSheet]] = {}
    for sheet in articles:  # already newest first
        groups.setdefault(pictures.month_of(sheet.published), []).append(sheet)
    return sorted(groups.items(), key=lambda kv: (kv[0] is None, descending(kv[0] or "")))


def initial(name: str) -> str:
    """The A-Z page a name goes on: its first letter without accents ("Émile" -> "e"), else "other"."""
    for char in unicodedata.normalize("NFKD", name.casefold()):
        if char.isalnum():
            return char if "a" <= char <= "z" else "other"
    return "other"


class _Page:
    """Rows ``start`` to ``end`` of a long sequence read from the catalog (catalog.SheetItems): read when called,
    the last read kept (a page's view and then its page ask for the same rows)."""

    __slots__ = ("items", "start", "end", "_rows")

    def __init__(self, items: Any, start: int, end: int):
        self.items, self.start, self.end, self._rows = items, start, end, None

    def __call__(self) -> list:
        if self._rows is None:
            self._rows = self.items[self.start:self.end]
        return self._rows


GROUP_ORDER_NOTE = "Sorted by number of articles, most first; the names below can be filtered as you type."


def _group_pages(pages: Pages, render: "_Renderer", group: str, title: str, members: list[EntityRecord],
                 per_page: int = INDEX_PAGE) -> None:
    """An index of one group: pages by number of articles (the first is people.md ...), and A-Z when it is long.

    A long index lists on its pages by count only the entities named in two articles or more: the ones named
    in one (most of them) are in no useful order there, and the A-Z pages list every name already (issue #14:
    each was listed twice, a tenth of the browse pages' bytes).
    """
    counted, order_note = members, GROUP_ORDER_NOTE
    if len(members) > per_page:
        counted = [e for e in members if e.article_count >= urls.PAGE_MIN_ARTICLES]  # most articles first: a prefix
        single = len(members) - len(counted)
        if single:
            order_note = (f"Sorted by number of articles, most first; the {format_number(single)} named in one "
                          "article each are on the A–Z pages. The names below can be filtered as you type.")
    by_count = chunks(counted, per_page, per_page)
    count_paths = [urls.group_page(group, n) for n in range(1, len(by_count) + 1)]
    letters: list[tuple[str, str]] = []
    by_letter: dict[str, list[EntityRecord]] = {}
    if len(members) > per_page:  # one page sorts A-Z in the browser (tablesort); a long index gets A-Z pages
        for e in sorted(members, key=lambda e: (fold(e.name), e.id)):
            by_letter.setdefault(initial(e.name), []).append(e)
        letters = [(letter, urls.letter_page(group, letter)) for letter in sorted(by_letter, key=lambda k: (k == "other", k))]
    show_kind = len({e.kind for e in members}) > 1
    located = None
    if group == "places":
        located = pictures.place_map([(e.id, e.name, e.article_count, e.coordinates) for e in members])
    for n, path in enumerate(count_paths, 1):
        pages.add(path, render(
            "entity_index.md.j2", path, title=title, group=group, heading=f"page {n}" if n > 1 else "",
            total=len(members), rows=by_count[n - 1], order_note=order_note, letters=letters, by_letter=False,
            current_letter=None, map=located if n == 1 else None, map_anchors=group == "places",
            pager=pager(count_paths, n), pager_title="Pages", show_kind=show_kind))
    for letter, rows in by_letter.items():
        chunked = chunks(rows, per_page, per_page)
        paths = [urls.letter_page(group, letter, n) for n in range(1, len(chunked) + 1)]
        label = letter.upper() if letter != "other" else "names not starting A-Z"
        for n, path in enumerate(paths, 1):
            pages.add(path, render(
                "entity_index.md.j2", path, title=title, group=group,
                heading=label + (f", page {n}" if n > 1 else ""), total=len(members), rows=chunked[n - 1],
                order_note="Sorted A-Z.", letters=letters, by_letter=True, current_letter=letter, map=None,
                map_anchors=False, pager=pager(paths, n), pager_title="Pages", show_kind=show_kind))
