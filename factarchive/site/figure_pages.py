"""The figures' pages: the figures index, a page per unit, and a page (or pages) per series of one thing counted.

A series is the reports of one thing across articles (catalog.FigureSeries); the days its reports about one story
disagree (catalog.Disagreement) are on its page, the newest in full and older ones on pages of their own that
keep their content and URL as the archive grows (clash_layout), and on the figures index; an article page shows a
disagreement's reports nearest its own (clash_shown).
Called by render.build_pages, which passes the renderer, the page cache's groups and the index page size.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, fields, replace
from itertools import groupby
from operator import attrgetter
from typing import Any, Iterable, Iterator, Mapping, Optional, Sequence

from ..model import FactSheet, Figure
from ..slug import slug
from . import pictures, urls
from .catalog import Catalog, Disagreement
from .layout import chunks, format_number, pager
from .views import _clash_view, _figure_row_view, _Groups, _series_points, _series_view

# A series page lists this many reports, newest first, once it has more; older ones are further pages.
SERIES_PAGE = 200
# Days on which a series' reports disagree, paged by rows (each disagreement is a table of every report of it, and
# one busy day of a newsroom archive has dozens) from the OLDEST day: each page of disagreements (disagreements-2,
# -3, ..., oldest first) holds days up to SERIES_CLASHES_PAGE rows, and the days after the last full page, the
# newest, are on the series page. A newer day then changes the series page only, or closes its days into the next
# numbered page: a page of older days keeps its days and its URL as the archive grows (a link a newsroom saved
# still leads to its day, and an incremental build writes it once). A day (its disagreements, one per story) is
# never split (a day over the budget fills a page alone); each disagreement's heading and table header count
# CLASH_DAY_ROWS rows, so a page of many small ones stays as short as one of a few large ones. clash_layout
# decides; clash_pages and series_pages follow it.
SERIES_CLASHES_PAGE = 400
CLASH_DAY_ROWS = 2
# An article page shows, of each disagreement it takes part in, its own reports and the NEAREST_REPORTS reports
# nearest in value below and above each of them, then a line counting the others, linked to the day's full table
# (100 articles reporting one thing on one day must not each carry the table of all 100). A disagreement of at
# most ALL_REPORTS reports is shown whole: cutting it would hide no more than the counting line costs.
NEAREST_REPORTS = 3
ALL_REPORTS = 2 * NEAREST_REPORTS + 4
# The figures index lists the things whose reports disagree, this many a page (the first on figures.md, further
# pages under browse/figures/), each with its newest CLASH_DATES_SHOWN disagreements (day and what it is about) and
# the count of older ones.
FIGURES_DISAGREEMENTS_PAGE = 100
CLASH_DATES_SHOWN = 10


def unit_key(unit: Optional[str]) -> str:
    """The page name of a unit's figures: "no-unit", "percent" or "unit-" + its slug."""
    if not unit:
        return "no-unit"
    return "percent" if unit.strip() == "%" else "unit-" + slug(unit)


@dataclass(frozen=True)
class UnitFigures:
    """The figures of one unit, as the figures index lists them."""

    key: str
    title: str
    note: str
    count: int
    largest: Any
    pages: tuple[str, ...]


def newest_reports(points: Iterable[tuple[FactSheet, Any]]) -> list[tuple[FactSheet, Any]]:
    """A series' reports newest first (catalog order reversed), the undated ones last in their catalog order."""
    points = list(points)
    dated = [p for p in points if p[0].published is not None]
    return dated[::-1] + [p for p in points if p[0].published is None]


@dataclass(frozen=True)
class ClashShown:
    """One disagreement as a page shows it (_disagreement.md.j2): the heading (its reports' count and range of
    values), the reports shown in value order, and how many others, on the page that shows the day whole."""

    series: str
    date: str
    anchor: str
    about_name: str  # the name of the entity that ties its reports into one story (Disagreement.about_name)
    count: int  # every report of that thing on that day, about that story
    low: Any  # the smallest value reported
    high: Any  # the last report's upper value (or value), as the range of the day is stated
    per: Optional[str]
    rows: tuple  # (article, figure) pairs shown, in value order
    own: tuple[int, ...]  # positions in ``rows`` of the page's own article's reports
    gaps: tuple[int, ...]  # positions in ``rows`` after which reports are left out (between two own reports')
    more: int  # reports of that day not shown
    page: Optional[str]  # the page that shows the day whole (where ``more``)


def clash_shown(clash: Disagreement, catalog: Catalog, article_id: Optional[str] = None,
                page: Optional[str] = None) -> ClashShown:
    """``clash`` whole (a series' page), or as article ``article_id``'s page shows it: its own reports and the
    NEAREST_REPORTS nearest in value each side of each (whole when it has at most ALL_REPORTS reports); ``page``:
    where the day is shown whole (clash_pages), which the line counting the rest links to. Its reports are read
    through ``catalog.clash_reads`` (the last few disagreements read, this build's)."""
    points = catalog.clash_reads.points(clash)  # smallest value first (series._disagreements)
    keep = range(len(points))
    if article_id is not None and len(points) > ALL_REPORTS:
        mine = [n for n, (sheet, _) in enumerate(points) if sheet.id == article_id]
        keep = sorted({k for n in mine for k in range(max(0, n - NEAREST_REPORTS),
                                                       min(len(points), n + NEAREST_REPORTS + 1))})
    rows = tuple(points[n] for n in keep)
    last = points[-1][1]
    return ClashShown(series=clash.series, date=clash.date, anchor=clash.anchor, about_name=clash.about_name,
                      count=len(points),
                      low=points[0][1].value, high=last.value_max if last.value_max is not None else last.value,
                      per=points[0][1].per, rows=rows,
                      own=tuple(n for n, (sheet, _) in enumerate(rows) if sheet.id == article_id),
                      gaps=tuple(n for n in range(len(keep) - 1) if keep[n + 1] != keep[n] + 1),
                      more=len(points) - len(rows), page=page if len(rows) < len(points) else None)


def article_clashes(article_id: str, figures: Iterable[Any], catalog: Catalog,
                    where: Mapping[tuple[str, str], str]) -> list[ClashShown]:
    """The disagreements an article's ``figures`` take part in, in the order of its figures, each once, as its
    page shows them (clash_shown); ``where``: clash_pages (a day's disagreements are on one page)."""
    found: list[ClashShown] = []
    seen = set()
    for fig in figures:
        clash = catalog.figure_disagreement.get((article_id, fig.id))
        if clash is not None and (clash.series, clash.anchor) not in seen:
            seen.add((clash.series, clash.anchor))
            found.append(clash_shown(clash, catalog, article_id, where.get((clash.series, clash.date))))
    return found


def clash_layout(clashes: Sequence[Disagreement]) -> list[list[Disagreement]]:
    """A series' disagreements (oldest day first, as the catalog holds them) laid out on pages, from the oldest
    day: ``[newest, *full]``, where ``full`` are the pages of disagreements oldest first (urls.series_disagreements
    2, 3, ...), each of days up to SERIES_CLASHES_PAGE rows (a disagreement counts its reports and CLASH_DAY_ROWS),
    and ``newest`` the days after them, on the series page. Full pages depend on the days up to theirs only: a
    newer day changes ``newest``, or closes it into a new full page. A day is never split, and a page holds at
    least one day. Always at least one page (maybe empty)."""
    full: list[list[Disagreement]] = []
    newest: list[Disagreement] = []
    used = 0
    for _, day in groupby(clashes, key=attrgetter("date")):
        day = list(day)
        rows = sum(len(clash.points) + CLASH_DAY_ROWS for clash in day)
        if newest and used + rows > SERIES_CLASHES_PAGE:
            full.append(newest)
            newest, used = [], 0
        newest.extend(day)
        used += rows
    return [newest, *full]


def clash_paths(series_id: str, layout: Sequence[Any]) -> list[str]:
    """The docs pages of a series' disagreements laid out as ``layout`` (clash_layout): its own page first."""
    return [urls.series(series_id)] + [urls.series_disagreements(series_id, n) for n in range(2, len(layout) + 1)]


def clash_pages(catalog: Catalog) -> dict[tuple[str, str], str]:
    """(series id, day) -> the docs page that shows that day's disagreements in full (each at its clash.anchor),
    as :func:`clash_layout` lays them out (and :func:`series_pages` writes them)."""
    found = {}
    for series_id, clashes in catalog.disagreements.items():
        layout = clash_layout(clashes)
        for path, days in zip(clash_paths(series_id, layout), layout):
            found.update(((series_id, clash.date), path) for clash in days)
    return found


def _span(clashes: Sequence[Disagreement]) -> str:
    """The days of a page of disagreements: "2020-03-01" or "2020-03-01 to 2020-03-05"."""
    first, last = clashes[0].date, clashes[-1].date
    return first if first == last else f"{first} to {last}"


def _newest_first(clashes: Sequence[Disagreement]) -> list[Disagreement]:
    """Newest day first; a day's disagreements in their order (by what they are about)."""
    return sorted(clashes, key=attrgetter("date"), reverse=True)  # a stable sort: ties keep their order


def clash_pagers(layout: Sequence[Sequence[Disagreement]], paths: Sequence[str]) -> list[list]:
    """The line of links of each page of ``layout`` (clash_layout; ``paths``: clash_paths), as _pager.md.j2 shows
    it: the series page's leads to the full pages newest first (a window of them, pager), each named by its days;
    a full page's only to the newest days, the next newer and the next older page, so that a page of older days
    stays as it is when the archive grows (a new page changes the line of the one before it only)."""
    if len(layout) < 2:
        return [[]]
    order = [0, *range(len(layout) - 1, 0, -1)]  # the series page, then the full pages newest first
    spans = ["newest days", *(_span(days) for days in layout[1:])]
    lines = [[(spans[order[label - 1]] if path else label, path, here)
              for label, path, here in pager([paths[i] for i in order], 1)]]
    for i in range(1, len(layout)):
        line = [("newest days", paths[0], False)]
        if i + 1 < len(layout):
            line.append((f"newer: {spans[i + 1]}", paths[i + 1], False))
        line.append((spans[i], paths[i], True))
        if i > 1:
            line.append((f"older: {spans[i - 1]}", paths[i - 1], False))
        lines.append(line)
    return lines


def series_pages(pages: Any, render: Any, item: Any, catalog: Catalog, cached: Optional[_Groups] = None) -> None:
    """A series page: the chart, the disagreements and its reports; a long series is paged (issue #14).

    Up to SERIES_PAGE reports: one page, oldest first, one chart point per report linking to its row.
    Beyond: the newest SERIES_PAGE reports on the page, older ones on further pages (browse/series/...), and the
    chart draws one point per period (pictures.series_periods: day, month or year, at most
    pictures.CHART_POINTS) linking to the period's row in a table of periods on the page, whose row links to
    the period's newest report on whichever page lists it. The page stays bounded however many articles report
    the thing (a series of 7,845 reports was 5.6 MB of Markdown at 20,000 synthetic articles).

    With ``cached`` (the page cache's groups), the series' pages of reports are one group ("series:<id>") and
    each full page of its disagreements one of its own ("series-disagreements:<id>:<n>"), whose view is its days
    and its line of pages: a newer day renders the series page and at most the newest full page again, not every
    page of the series (a series of 40,000 reports has 140 pages of disagreements at 100,000 articles).
    """
    cached = cached if cached is not None else _Groups(pages, None)
    # The newest days of disagreement on the page; older days on pages of their own, from the oldest (clash_layout
    # decides, clash_pages follows it), reached by the line of pages: the page says how many days there are, not
    # which (a newsroom's series may disagree on thousands of days), and articles and the figures index link to a
    # day on its own page.
    layout = clash_layout(catalog.disagreements.get(item.id, ()))
    paths_of_clashes = clash_paths(item.id, layout)
    lines = clash_pagers(layout, paths_of_clashes)
    older = len({clash.date for days in layout[1:] for clash in days})
    for n, path in enumerate(paths_of_clashes[1:], 2):
        days = layout[n - 1]

        def clash_page(path: str = path, days: list = days, n: int = n) -> None:
            pages.add(path, render("series.md.j2", path, series=item, all_series=catalog.series,
                                   clashes=[clash_shown(clash, catalog) for clash in _newest_first(days)],
                                   older_count=0, clash_pager=lines[n - 1], part="disagreements", span=_span(days),
                                   chart=None, rows=[], newest_first=True, page_number=n, pager=[], pager_title="",
                                   grouping=None, periods=[]))

        cached(f"series-disagreements:{item.id}:{n}",
               lambda days=days, n=n: (item.id, item.label, item.unit, item.per, n, tuple(lines[n - 1]),
                                       tuple(_clash_view(clash, catalog.series) for clash in days)),
               clash_page)
    newest = layout[0] if len(layout) == 1 else _newest_first(layout[0])
    # The series page and its pages of reports read every report (the chart reads plausible dates: 'tomorrow'
    # moves), the newest days of disagreement, how many older days there are and the line of pages.
    cached("series:" + item.id,
           lambda: (item.id, item.label, item.unit, item.per, item.article_count,
                    _series_points(item),
                    older, tuple(lines[0]), tuple(_clash_view(clash, catalog.series) for clash in newest)),
           lambda: _report_pages(pages, render, item, catalog, newest, older, lines[0]))


def _report_pages(pages: Any, render: Any, item: Any, catalog: Catalog, newest: Sequence[Disagreement], older: int,
                  clash_pager: list) -> None:
    """The series page (its chart, its newest days of disagreement, its reports) and its further pages of reports."""
    points = list(item.points)
    clashes = [clash_shown(clash, catalog) for clash in newest]
    if len(points) <= SERIES_PAGE:
        page = urls.series(item.id)
        pages.add(page, render("series.md.j2", page, series=item, all_series=catalog.series, clashes=clashes,
                               older_count=older, clash_pager=clash_pager, part="reports",
                               chart=pictures.series_chart(points, item.label, format_number, item.unit),
                               rows=points, newest_first=False, page_number=1, pager=[], pager_title="Pages of reports",
                               grouping=None, periods=[]))
        return
    chunked = chunks(newest_reports(points), SERIES_PAGE, SERIES_PAGE)
    paths = [urls.series_reports(item.id, n) for n in range(1, len(chunked) + 1)]
    where = {(sheet.id, fig.id): paths[n] for n, rows in enumerate(chunked) for sheet, fig in rows}
    grouping, periods = pictures.series_periods(pictures.chart_points(points, item.label, item.unit))
    listed = [(p, where[(p.newest[0].id, p.newest[1].id)]) for p in reversed(periods)]  # newest period first
    chart = pictures.series_chart(points, item.label, format_number, item.unit, by_period=True)
    for n, path in enumerate(paths, 1):
        pages.add(path, render("series.md.j2", path, series=item, all_series=catalog.series,
                               clashes=clashes if n == 1 else (), older_count=older if n == 1 else 0,
                               clash_pager=clash_pager if n == 1 else [], part="reports",
                               chart=chart if n == 1 else None,
                               rows=chunked[n - 1], newest_first=True, page_number=n, pager=pager(paths, n),
                               pager_title="Pages of reports", grouping=grouping if chart else None,
                               periods=listed if chart and n == 1 else []))


UNIT_TITLES = {"no-unit": ("Counts", "counting things (people, vehicles, votes)"), "percent": ("Percentages", "in per cent")}


def figure_pages(pages: Any, render: Any, catalog: Catalog, cached: Optional[_Groups] = None,
                 index_page: int = 200) -> None:
    """The figures index (units, things counted in several articles, disagreements) and a page per unit.

    ``pages`` is render.Pages, ``render`` its renderer; units and things counted are listed ``index_page`` rows a
    page (render.INDEX_PAGE, as every index). The pages of each unit are a group of the page cache, and the
    index's pages another.
    """
    cached = cached if cached is not None else _Groups(pages, None)
    # Each figure as a unit's page shows it: its fields but its sentences (catalog.figures reads an article at a
    # time; the sentences, most of a figure's bytes, are not held for the whole archive).
    by_unit: dict[str, list] = {}
    for sheet, fig in _without_sentences(catalog):
        by_unit.setdefault(unit_key(fig.unit), []).append((sheet, fig))
    units = []
    for key in sorted(by_unit, key=lambda k: (-len(by_unit[k]), k)):
        rows = sorted(by_unit[key], key=lambda p: (-float(p[1].value), p[0].id, p[1].id))
        chunked = chunks(rows, index_page, index_page)
        paths = [urls.figures_unit(key, n) for n in range(1, len(chunked) + 1)]
        named = Counter(fig.unit for _, fig in rows)
        title, note = UNIT_TITLES.get(key, (max(named, key=lambda u: (named[u], u or "")), "in this unit"))
        unit = UnitFigures(key=key, title=title, note=note, count=len(rows), largest=rows[0][1].value, pages=tuple(paths))
        units.append(unit)
        # Each page of a unit is a group of its own: one changed article renders the pages that list its figures
        # (the BBC's counts are 24 pages), unless the unit's count changed, which every page states.
        for n in range(1, len(paths) + 1):
            cached(f"figures:{key}:{n}", lambda: (key, title, note, len(rows), len(paths), n,
                                                  tuple(_figure_row_view(*row) for row in chunked[n - 1])),
                   lambda: _unit_page(pages, render, unit, paths, chunked, n))
    featured = max(catalog.series.values(), key=lambda s: (s.dated_count, s.id), default=None)
    counted = chunks(sorted(catalog.series.values(), key=lambda s: (-s.article_count, -len(s.points), s.id)),
                     index_page, index_page)
    counted_paths = [urls.figures_counted(n) for n in range(1, len(counted) + 1)]
    # Things its reports disagree on, most disagreements first, FIGURES_DISAGREEMENTS_PAGE to a page (the first on
    # the index): each with its newest disagreements (CLASH_DATES_SHOWN at most: day and story) and a link to the
    # first of them, on its own page.
    clash_paths = clash_pages(catalog)
    disagreements = []
    for series_id, clashes in sorted(catalog.disagreements.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        shown = clashes[-CLASH_DATES_SHOWN:]
        disagreements.append((catalog.series[series_id], shown, len(clashes) - len(shown),
                              clash_paths[(series_id, shown[0].date)]))
    by_clashes = chunks(disagreements, FIGURES_DISAGREEMENTS_PAGE, FIGURES_DISAGREEMENTS_PAGE)
    clash_index = [urls.figures_disagreements(n) for n in range(1, len(by_clashes) + 1)]

    def clash_rows(n: int) -> tuple:
        return tuple((s.id, s.label, s.unit, tuple((c.date, c.about, c.about_name) for c in shown), hidden, path)
                     for s, shown, hidden, path in by_clashes[n - 1])

    def index_page(path: str, counted_page: int, clash_page: int) -> None:
        pages.add(path, render(
            "figures.md.j2", path, catalog=catalog, featured=featured, counted_page=counted_page, units=units,
            chart=pictures.series_chart(list(featured.points), featured.label, format_number, featured.unit,
                                        by_period=len(featured.points) > SERIES_PAGE)  # bounded, as on its page
            if featured and counted_page == 1 else None,
            series=counted[counted_page - 1] if counted_page else [],
            counted_pager=pager(counted_paths, counted_page) if counted_page else [],
            disagreements=by_clashes[clash_page - 1] if clash_page else [], disagreements_total=len(disagreements),
            disagreements_page=clash_page, disagreements_pager=pager(clash_index, clash_page) if clash_page else []))

    # The index reads the count of figures, the featured series whole (its chart), each unit's line, the first
    # page of things counted and of disagreements, and how many pages of each there are.
    cached("figures", lambda: (len(catalog.figures), _series_view(featured) if featured else None,
                               tuple((u.key, u.title, u.count, u.largest, u.pages) for u in units),
                               tuple((s.id, s.label, s.unit, s.article_count) for s in counted[0]), len(counted),
                               clash_rows(1), len(disagreements), len(by_clashes)),
           lambda: index_page(urls.FIGURES, 1, 1))
    for n in range(2, len(counted) + 1):
        cached(f"figures-counted:{n}", lambda: (n, len(counted), tuple((s.id, s.label, s.unit, s.article_count)
                                                                       for s in counted[n - 1])),
               lambda: index_page(counted_paths[n - 1], n, 0))
    for n in range(2, len(by_clashes) + 1):
        cached(f"figures-disagreements:{n}", lambda: (n, len(by_clashes), len(disagreements), clash_rows(n)),
               lambda: index_page(clash_index[n - 1], 0, n))


_EVIDENCE = [f.name for f in fields(Figure)].index("evidence")


def _without_sentences(catalog: Catalog) -> Iterator[tuple[FactSheet, Figure]]:
    """Every (article, figure) of the archive, in catalog order, each figure without its sentences: made from
    the catalog's row of its article where there is one (not made whole first), else copied."""
    figures = catalog.figures
    for sheet in catalog.articles:
        found = figures.plain_of(sheet)
        if found is None:
            for fig in figures.of(sheet):
                yield sheet, replace(fig, evidence=()) if fig.evidence else fig
            continue
        for values in found:
            values = list(values)
            values[_EVIDENCE] = ()
            yield sheet, Figure(*values)


def _unit_page(pages: Any, render: Any, unit: UnitFigures, paths: list[str], chunked: list[list],
               n: int) -> None:
    path = paths[n - 1]
    pages.add(path, render("figures_unit.md.j2", path, unit=unit, rows=chunked[n - 1], pager=pager(paths, n),
                           pager_title="Pages"))
