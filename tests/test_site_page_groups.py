"""Issue #14: a long month of articles and a long unit of figures are a page-cache group per page, so one changed
title renders the one page that lists it, not every page of its month or unit."""

from __future__ import annotations

from dataclasses import replace

from factarchive.model import Figure
from factarchive.site import figure_pages, render
from factarchive.site.render import generate

from .test_site_render import sheet
from .trees import tree


def _articles() -> list:
    """Six articles of March 2020, each with a count of people (6 to 1): three pages of two in the month and unit."""
    return [sheet(f"a{n}", f"Story {n}", f"2020-03-{10 + n:02d}", figures=(
        Figure(id="f1", value=7 - n, text=str(7 - n), counts="people", evidence=(f"{7 - n} people came.",)),))
        for n in range(1, 7)]


def _spy(monkeypatch, module, name: str) -> list[int]:
    """Calls to <module>.<name> (a page of a month or of a unit), by page number."""
    pages: list[int] = []
    real = getattr(module, name)

    def page(*args):
        pages.append(args[-1])
        return real(*args)

    monkeypatch.setattr(module, name, page)
    return pages


def test_one_changed_title_renders_the_one_page_of_its_month_and_of_its_unit(monkeypatch, tmp_path):
    monkeypatch.setattr(render, "INDEX_PAGE", 2)
    months, units = _spy(monkeypatch, render, "_month_page"), _spy(monkeypatch, figure_pages, "_unit_page")
    sheets = _articles()
    generate(sheets, tmp_path / "docs", salt="test")
    assert (sorted(months), sorted(units)) == ([1, 2, 3], [1, 2, 3])  # the first run renders every page
    months.clear(), units.clear()
    # Newest first in the month (a6 a5 | a4 a3 | a2 a1); largest first in the unit (a1 a2 | a3 a4 | a5 a6).
    sheets[2] = replace(sheets[2], title="Story 3, updated")
    generate(sheets, tmp_path / "docs", salt="test")
    assert (months, units) == ([2], [2])
    generate(sheets, tmp_path / "clean", salt="test", clean=True)
    incremental, clean = tree(tmp_path / "docs"), tree(tmp_path / "clean")
    assert sorted(incremental) == sorted(clean)
    assert [p for p in incremental if incremental[p] != clean[p]] == []
    assert "Story 3, updated" in incremental["browse/articles/2020-03-2.md"].decode()
    assert "Story 3, updated" in incremental["browse/figures/no-unit-2.md"].decode()
