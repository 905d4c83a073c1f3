"""Issue #14: an article page shows, of a disagreement it takes part in, its own reports and the nearest in value
(not the table of every report of that day, which a busy day of a newsroom archive repeats on dozens of pages)."""

from __future__ import annotations

import re
from dataclasses import replace

from factarchive.model import Figure, Location
from factarchive.site import figure_pages, render, urls, views
from factarchive.site.catalog import gather
from factarchive.site.render import build_pages, clash_pages

from .test_site_disagreement_stories import toll
from .test_site_render import sheet
from .test_site_series_paging import _equals_a_clean_build_at_each_step

DAY = "2020-03-01"
SERIES = "series/f4/people-killed.md"


def _day(values, day: str = DAY) -> list:
    """One report of people killed per article, article "r<value>" reporting <value>, all on ``day``."""
    return [toll(f"r{v}", day, v) for v in values]


def _section(page: str) -> str:
    """The page's section "Figures other articles report differently", up to the next heading."""
    return page.split("## Figures other articles report differently\n\n", 1)[1].split("\n## ", 1)[0]


def _shown(page: str) -> list[str]:
    """The value cell of each row of the section's tables, in order."""
    return re.findall(r"^\| ([^|]+) \| [^|]+ \|  \| CGTN \|", _section(page), re.M)


def _row(value: str, article: str, bucket: str) -> str:
    return (f"| {value} | {value.strip('*')} |  | CGTN | {DAY} | the day of publication | "
            f"[Toll {article}](../../articles/{bucket}/{article}.md#f1) |\n")


def test_an_article_in_a_large_disagreement_shows_its_own_report_and_the_three_nearest_each_side():
    files = build_pages(gather(_day(range(10, 25)))).files  # 15 reports, 10 to 24
    assert _section(files[urls.article("r17")]) == (
        f"**people killed, {DAY}, about Idlib:** 15 reports, values from 10 to 24\n\n"
        "| Value | As printed | Reported by | Outlet | Published | Refers to | Article |\n"
        "|---|---|---|---|---|---|---|\n"
        + _row("14", "r14", "48") + _row("15", "r15", "db") + _row("16", "r16", "6e") + _row("**17**", "r17", "01")
        + _row("18", "r18", "fc") + _row("19", "r19", "8f") + _row("20", "r20", "cf")
        + f"\n[8 more reports of that day about Idlib](../../{SERIES}#disagree-{DAY}-idlib)\n")
    # At either end of the range: its report and the three beyond it.
    assert _shown(files[urls.article("r10")]) == ["**10**", "11", "12", "13"]
    assert _shown(files[urls.article("r24")]) == ["21", "22", "23", "**24**"]
    assert "[11 more reports of that day about Idlib]" in files[urls.article("r24")]
    # The series page still shows the day whole.
    assert len(re.findall(r"^\| \d+ \| \d+ \|  \| CGTN \|", files[SERIES], re.M)) == 15


def test_a_small_disagreement_is_shown_whole():
    size = figure_pages.ALL_REPORTS
    assert size == 10
    files = build_pages(gather(_day(range(10, 10 + size)))).files
    page = files[urls.article("r10")]
    assert _shown(page) == ["**10**", "11", "12", "13", "14", "15", "16", "17", "18", "19"]
    assert "more report" not in page
    files = build_pages(gather(_day(range(10, 11 + size)))).files  # one more: cut
    assert _shown(files[urls.article("r10")]) == ["**10**", "11", "12", "13"]
    assert "[7 more reports of that day about Idlib]" in files[urls.article("r10")]


def test_two_reports_of_one_article_show_the_nearest_to_each_in_value_order():
    figures = tuple(Figure(id=f"f{n}", value=v, text=str(v), counts="people killed", evidence=(f"{v} died in Idlib.",))
                    for n, v in ((1, 30), (2, 11)))
    both = sheet("both", "Two tolls", DAY, figures=figures, locations=(Location(
        id="idlib", name="Idlib", kind="city", mentions=2, evidence=("30 died in Idlib.", "11 died in Idlib.")),))
    catalog = gather([*_day(range(10, 20)), *_day(range(25, 35)), both])
    shown = figure_pages.article_clashes("both", both.figures, catalog, clash_pages(catalog))
    assert [(c.count, [f.value for _, f in c.rows], c.own, c.gaps, c.more, c.page) for c in shown] == [
        (22, [10, 11, 11, 12, 13, 27, 28, 29, 30, 30, 31, 32], (1, 8), (4,), 10, SERIES)]
    assert [s.id for s, _ in shown[0].rows] == [  # equal values: by article id, as the day is sorted
        "r10", "both", "r11", "r12", "r13", "r27", "r28", "r29", "both", "r30", "r31", "r32"]
    # On the page: a row of … where reports between the two windows are left out.
    page = build_pages(catalog).files[urls.article("both")]
    assert re.findall(r"^\| ([^|]+) \|", _section(page), re.M) == [
        "Value", "10", "**11**", "11", "12", "13", "…", "27", "28", "29", "**30**", "30", "31", "32"]
    assert "| … |  |  |  |  |  |  |\n" in page and "[10 more reports of that day about Idlib]" in page


def test_the_more_line_leads_to_the_page_that_shows_the_day(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 1)
    files = build_pages(gather([*_day(range(10, 25)), *_day(range(40, 42), "2020-03-02")])).files
    older = "browse/series/f4/people-killed/disagreements-2.md"
    assert f"[8 more reports of that day about Idlib](../../{older}#disagree-{DAY}-idlib)\n" in files[urls.article("r17")]
    assert f'<a id="disagree-{DAY}-idlib"></a>**people killed, {DAY}, about Idlib:** 15 reports' in files[older]


def test_a_report_far_from_the_articles_values_changes_its_page_only_through_the_counts():
    before = build_pages(gather(_day(range(10, 25)))).files[urls.article("r12")]
    after = build_pages(gather(_day([*range(10, 25), 90]))).files[urls.article("r12")]
    assert len(before.splitlines()) == len(after.splitlines())
    link = f"**[other articles disagree](../../{SERIES}#disagree-{DAY}-idlib)** | 12 |  | 12 people were killed in Idlib. |"
    assert [(a, b) for a, b in zip(before.splitlines(), after.splitlines()) if a != b] == [
        (f'| <a id="f1"></a>**12** | people killed ([in 15 articles over time](../../{SERIES})) · {link}',
         f'| <a id="f1"></a>**12** | people killed ([in 16 articles over time](../../{SERIES})) · {link}'),
        (f"**people killed, {DAY}, about Idlib:** 15 reports, values from 10 to 24",
         f"**people killed, {DAY}, about Idlib:** 16 reports, values from 10 to 90"),
        (f"[9 more reports of that day about Idlib](../../{SERIES}#disagree-{DAY}-idlib)",
         f"[10 more reports of that day about Idlib](../../{SERIES}#disagree-{DAY}-idlib)")]


def _view(sheets, article_id: str) -> tuple:
    catalog = gather(sheets)
    sheet_of = {s.id: s for s in catalog.articles}
    homes = render._Renderer(catalog).homes
    return views._article_view(sheet_of[article_id], catalog, sheet_of, homes, None, clash_pages(catalog))


def test_the_page_cache_view_holds_the_reports_shown_not_the_whole_day():
    day = _day(range(10, 25))
    retitled = [replace(s, title="Renamed") if s.id in ("r24", "r14") else s for s in day]
    # A far report's new title is not on r17's page: its view is the same; a shown one's is.
    assert _view([*day[:-1], retitled[-1]], "r17") == _view(day, "r17")
    assert _view([*day[:4], retitled[4], *day[5:]], "r17") != _view(day, "r17")
    clashes = _view(day, "r17")[2]
    assert [(c[5], [row[0] for row in c[9]], c[10], c[11], c[12], c[13]) for c in clashes] == [
        (15, ["r14", "r15", "r16", "r17", "r18", "r19", "r20"], (3,), (), 8, SERIES)]


def test_incremental_pages_equal_a_clean_build_as_a_day_of_disagreement_grows(monkeypatch, tmp_path):
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 12)
    other = _day(range(50, 53), "2020-03-02")
    _equals_a_clean_build_at_each_step(tmp_path, [
        _day(range(10, 14)), _day(range(10, 25)), [*_day(range(10, 25)), *other],
        [*_day([*range(10, 25), 90]), *other], [*_day(v for v in range(12, 25) if v != 20), toll("r20", DAY, 21), *other[:2]],
        _day(range(10, 13))])
