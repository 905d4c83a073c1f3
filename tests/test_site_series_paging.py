"""Issue #14: series pages and the figures index stay bounded at any archive size: the newest reports and days of
disagreement, further pages, a chart of periods."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
import re
from pathlib import Path

from factarchive.model import Figure, Location
from factarchive.site import figure_pages, pictures, render, urls
from factarchive.site.catalog import gather
from factarchive.site.render import build_pages, format_number, generate

from .test_site_disagreement_stories import toll
from .test_site_render import sheet
from .trees import tree

PAGE = "series/f4/people-killed.md"
MORE = "browse/series/f4/people-killed/reports-{n}.md"

# Six reports of people killed: two in March 2020 (two days), two in April 2020, one in 2021, one undated.
TOLLS = [toll("a", "2020-03-01", 10), toll("b", "2020-03-02", 12), toll("c", "2020-04-10", 20),
         toll("d", "2020-04-11", 30, value_max=40), toll("e", "2021-01-05", 50), toll("u", None, 7)]


def _rows(page: str) -> list[tuple[str, str]]:
    """(point anchor, published) of each row of a series table, in order."""
    return re.findall(r'^\| <a id="(point-[^"]+)"></a>([\d-]*) \|', page, re.M)


def _chart_links(page: str) -> list[tuple[str, str]]:
    return re.findall(r'<a href="#([^"]+)"><circle [^>]*><title>([^<]*)</title>', page)


def test_series_within_a_page_is_one_page_oldest_first_as_before(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_PAGE", 6)
    files = build_pages(gather(TOLLS)).files
    assert [p for p in files if "people-killed" in p] == [PAGE]
    page = files[PAGE]
    assert page.startswith("# people killed\n\nA figure counting people killed, reported in 6 articles; oldest first.\n\n"
                           "<figure ")
    assert _rows(page) == [("point-a-f1", "2020-03-01"), ("point-b-f1", "2020-03-02"), ("point-c-f1", "2020-04-10"),
                           ("point-d-f1", "2020-04-11"), ("point-e-f1", "2021-01-05"), ("point-u-f1", "")]
    assert _chart_links(page) == [
        ("point-a-f1", "2020-03-01: 10 (Toll a)"), ("point-b-f1", "2020-03-02: 12 (Toll b)"),
        ("point-c-f1", "2020-04-10: 20 (Toll c)"), ("point-d-f1", "2020-04-11: 30 (Toll d)"),
        ("point-e-f1", "2021-01-05: 50 (Toll e)")]
    assert "Pages of reports" not in page and "## By " not in page and "## Every report" not in page


def test_long_series_shows_its_newest_reports_and_pages_the_rest(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_PAGE", 2)
    files = build_pages(gather(TOLLS)).files
    assert sorted(p for p in files if "people-killed" in p) == [MORE.format(n=2), MORE.format(n=3), PAGE]
    first, second, third = files[PAGE], files[MORE.format(n=2)], files[MORE.format(n=3)]
    # Newest first across the pages; the undated report last.
    assert [_rows(first), _rows(second), _rows(third)] == [
        [("point-e-f1", "2021-01-05"), ("point-d-f1", "2020-04-11")],
        [("point-c-f1", "2020-04-10"), ("point-b-f1", "2020-03-02")],
        [("point-a-f1", "2020-03-01"), ("point-u-f1", "")]]
    assert ("A figure counting people killed, reported in 6 articles (6 reports). The table shows the newest 2, "
            "newest first; older ones are on further pages.\n") in first
    pager = ("**Pages of reports:** **1** · [2](../../browse/series/f4/people-killed/reports-2.md) · "
             "[3](../../browse/series/f4/people-killed/reports-3.md)\n{: .fa-pager }\n")
    assert first.count(pager) == 2  # above and below the table
    assert second.startswith("---\nsearch:\n  exclude: true\n---\n\n# people killed: reports, page 2\n\n"
                             "Reports of a figure counting people killed (6 in 6 articles), newest first: page 2.\n")
    assert ("**Pages of reports:** [1](../../../../series/f4/people-killed.md) · **2** · "
            "[3](../../../../browse/series/f4/people-killed/reports-3.md)\n") in second
    assert "<figure" not in second and "no chart" not in second and "## By " not in second


def test_long_series_chart_draws_one_point_per_period_linked_to_its_row(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_PAGE", 2)
    monkeypatch.setattr(pictures, "CHART_POINTS", 3)  # 5 days, 3 months: one point per month
    page = build_pages(gather(TOLLS)).files[PAGE]
    assert _chart_links(page) == [("period-2020-03", "2020-03: median 11 (2 reports, 10 to 12)"),
                                  ("period-2020-04", "2020-04: median 25 (2 reports, 20 to 40)"),
                                  ("period-2021-01", "2021-01: median 50 (1 report)")]
    assert ("One point per month, at the median of its reports (3 months); a point leads to its row in the table "
            "of months below.\n") in page
    # Each period's row links to its newest report, on whichever page lists it.
    assert ("| Month | Reports | Median | Range | Newest report |\n|---|---|---|---|---|\n"
            '| <a id="period-2021-01"></a>2021-01 | 1 | 50 | 50 | [Toll e](../../series/f4/people-killed.md#point-e-f1) |\n'
            '| <a id="period-2020-04"></a>2020-04 | 2 | 25 | 20–40 | [Toll d](../../series/f4/people-killed.md#point-d-f1) |\n'
            '| <a id="period-2020-03"></a>2020-03 | 2 | 11 | 10–12 | '
            "[Toll b](../../browse/series/f4/people-killed/reports-2.md#point-b-f1) |\n") in page


def test_periods_are_the_shortest_that_stay_within_the_bound():
    dated = pictures.chart_points(list(gather(TOLLS).series["people-killed"].points), "people killed", None)
    assert [p.key for p in pictures.series_periods(dated, 5)[1]] == [
        "2020-03-01", "2020-03-02", "2020-04-10", "2020-04-11", "2021-01-05"]
    assert pictures.series_periods(dated, 5)[0] == "day"
    grouping, periods = pictures.series_periods(dated, 2)
    assert grouping == "year"
    assert [(p.key, p.day, p.count, p.median, p.low, p.high, p.newest[0].id) for p in periods] == [
        ("2020", dt.date(2020, 3, 2), 4, 16.0, 10.0, 40.0, "d"),
        ("2021", dt.date(2021, 1, 5), 1, 50.0, 50.0, 50.0, "e")]
    assert pictures.series_periods(dated, 1)[0] == "year"  # years are the last resort: 2 points over a bound of 1


def test_chart_of_periods_is_bounded():
    days = [toll(f"t{n}", (dt.date(2020, 1, 1) + dt.timedelta(days=n)).isoformat(), n + 1) for n in range(500)]
    points = list(gather(days).series["people-killed"].points)
    chart = pictures.series_chart(points, "people killed", format_number, by_period=True)
    assert chart.count("<circle") == 17  # 500 days over the bound of 400: Jan 2020 to May 2021, a point per month
    assert pictures.series_chart(points, "people killed", format_number).count("<circle") == 500


def test_disagreements_stay_on_the_first_page(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_PAGE", 2)
    files = build_pages(gather([*TOLLS, toll("a2", "2020-03-01", 99)])).files
    assert '<a id="disagree-2020-03-01-idlib"></a>' in files[PAGE]
    assert "## Reports that disagree" not in files[MORE.format(n=2)]


def _equals_a_clean_build_at_each_step(tmp_path, steps: list) -> Path:
    """Generate each step's archive into one docs folder, incrementally, and into a folder of its own from nothing:
    the same files, byte for byte, at every step. Returns the incremental folder."""
    docs = tmp_path / "docs"
    for n, sheets in enumerate(steps):
        generate(sheets, docs, salt="test")
        generate(sheets, tmp_path / f"clean-{n}", salt="test", clean=True)
        incremental, clean = tree(docs), tree(tmp_path / f"clean-{n}")
        assert sorted(incremental) == sorted(clean)
        assert [p for p in incremental if incremental[p] != clean[p]] == []
    return docs


def test_incremental_pages_equal_a_clean_build_as_a_series_grows_and_shrinks(monkeypatch, tmp_path):
    monkeypatch.setattr(figure_pages, "SERIES_PAGE", 2)
    docs = _equals_a_clean_build_at_each_step(tmp_path, [
        TOLLS[:2], TOLLS, [*TOLLS[:3], toll("d", "2020-04-11", 31), *TOLLS[4:]], TOLLS[:3], TOLLS[:2]])
    assert not (docs / "browse" / "series").exists() or not any((docs / "browse" / "series").rglob("*.md"))
    assert urls.series_reports("people-killed", 1) == PAGE and urls.series_reports("people-killed", 3) == MORE.format(n=3)


def test_many_days_of_disagreement_keep_the_newest_in_full_and_page_the_rest_from_the_oldest(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 1)
    sheets = [toll(f"{day}{n}", f"2020-03-0{day}", 10 * day + n) for day in (1, 2, 3) for n in (0, 1)]
    files = build_pages(gather(sheets)).files
    more = "browse/series/f4/people-killed/disagreements-{n}.md"
    assert sorted(p for p in files if "people-killed" in p) == [more.format(n=2), more.format(n=3), PAGE]
    page = files[PAGE]
    assert re.findall(r'<a id="(disagree-[\d-]+-idlib)"></a>', page) == ["disagree-2020-03-03-idlib"]  # in full
    # Older days are counted, not listed (a newsroom's series may disagree on thousands of days): the line of pages
    # leads to them, newest first, each named by its days; articles link to a day on the page that shows it.
    assert "2 older days on which they disagree, on further pages of disagreements.\n" in page
    assert ("**Pages of disagreements:** **newest days** · [2020-03-02](../../browse/series/f4/people-killed/"
            "disagreements-3.md) · [2020-03-01](../../browse/series/f4/people-killed/disagreements-2.md)\n") in page
    assert len(_rows(page)) == 6  # every report still on the page (6 <= SERIES_PAGE)
    # Numbered from the oldest: the oldest day is page 2, and stays so however many days come after it.
    oldest = files[more.format(n=2)]
    assert oldest == (
        "---\nsearch:\n  exclude: true\n---\n\n# people killed: disagreements, 2020-03-01\n\n"
        "Days on which reports of a figure counting people killed disagree, 2020-03-01, newest first.\n\n"
        "## Reports that disagree\n\nArticles about one story (naming the same person, organisation or place with "
        "the figure, else as their subject) that give different values for people killed on the same day (the day "
        "the figure refers to where the sentence says, else the day the article was published):\n\n"
        '<a id="disagree-2020-03-01-idlib"></a>**people killed, 2020-03-01, about Idlib:** 2 reports, values from '
        "10 to 11\n\n| Value | As printed | Reported by | Outlet | Published | Refers to | Article |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 10 | 10 |  | CGTN | 2020-03-01 | the day of publication | [Toll 10](../../../../articles/44/10.md#f1) |\n"
        "| 11 | 11 |  | CGTN | 2020-03-01 | the day of publication | [Toll 11](../../../../articles/d7/11.md#f1) |\n"
        "\n**Pages of disagreements:** [newest days](../../../../series/f4/people-killed.md) · "
        "[newer: 2020-03-02](../../../../browse/series/f4/people-killed/disagreements-3.md) · **2020-03-01**\n{: .fa-pager }\n\n")
    newer = files[more.format(n=3)]
    assert re.findall(r'<a id="(disagree-[\d-]+-idlib)"></a>', newer) == ["disagree-2020-03-02-idlib"]
    assert ("**Pages of disagreements:** [newest days](../../../../series/f4/people-killed.md) · **2020-03-02** · "
            "[older: 2020-03-01](../../../../browse/series/f4/people-killed/disagreements-2.md)\n") in newer
    assert _rows(newer) == [] and "<figure" not in newer
    assert ("**[other articles disagree](../../browse/series/f4/people-killed/disagreements-2.md#disagree-2020-03-01-idlib)**"
            in files[urls.article("10")])


def _disagree_link(page: str) -> list[str]:
    return re.findall(r"\*\*\[other articles disagree\]\(([^)]+)\)\*\*", page)


def _many_days() -> list:
    """Three days (2020-03-01 to 03) on each of which two reports of people killed disagree: articles 10 and 11 ..."""
    return [toll(f"{day}{n}", f"2020-03-0{day}", 10 * day + n) for day in (1, 2, 3) for n in (0, 1)]


def test_an_article_links_to_the_page_that_shows_its_day_of_disagreement(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 1)
    catalog = gather(_many_days())
    assert render.clash_pages(catalog) == {
        ("people-killed", "2020-03-03"): PAGE,
        ("people-killed", "2020-03-02"): "browse/series/f4/people-killed/disagreements-3.md",
        ("people-killed", "2020-03-01"): "browse/series/f4/people-killed/disagreements-2.md"}
    files = build_pages(catalog).files
    assert _disagree_link(files[urls.article("10")]) == [
        "../../browse/series/f4/people-killed/disagreements-2.md#disagree-2020-03-01-idlib"]
    assert _disagree_link(files[urls.article("21")]) == [
        "../../browse/series/f4/people-killed/disagreements-3.md#disagree-2020-03-02-idlib"]
    assert _disagree_link(files[urls.article("31")]) == ["../../series/f4/people-killed.md#disagree-2020-03-03-idlib"]
    # Each link's anchor is on its page.
    assert '<a id="disagree-2020-03-01-idlib"></a>**' in files["browse/series/f4/people-killed/disagreements-2.md"]


def _injured(sheet_id: str, published: str, value: int):
    said = f"{value} people were injured in Leeds."
    return sheet(sheet_id, f"Hurt {sheet_id}", published, figures=(
        Figure(id="f1", value=value, text=str(value), counts="people injured", evidence=(said,)),),
        locations=(Location(id="leeds", name="Leeds", kind="city", mentions=1, evidence=(said,)),))


def test_figures_index_pages_the_things_that_disagree_and_shows_their_newest_days(monkeypatch):
    monkeypatch.setattr(figure_pages, "FIGURES_DISAGREEMENTS_PAGE", 1)
    monkeypatch.setattr(figure_pages, "CLASH_DATES_SHOWN", 2)
    sheets = [*_many_days(), _injured("h1", "2020-04-01", 5), _injured("h2", "2020-04-01", 8)]
    files = build_pages(gather(sheets)).files
    assert sorted(p for p in files if p.startswith("browse/figures/disagreements")) == [
        "browse/figures/disagreements-2.md"]
    first = files["figures.md"]
    # Most disagreements first; the newest CLASH_DATES_SHOWN of each (day and story), oldest of them first, and the
    # count of the others.
    assert ("## Reports that disagree\n\n2 things counted differently by two or more articles about one story on the "
            "same day:\n\n- [people killed](series/f4/people-killed.md#disagree-2020-03-02-idlib): 2020-03-02 (Idlib), "
            "2020-03-03 (Idlib) (and 1 older)\n\n**Pages of disagreements:** **1** · [2](browse/figures/disagreements-2.md)\n"
            "{: .fa-pager }\n\n## Counted in several articles\n") in first
    second = files["browse/figures/disagreements-2.md"]
    assert second == (
        "---\nsearch:\n  exclude: true\n---\n\n# Figures: reports that disagree, page 2\n\n"
        "## Reports that disagree\n\nThings counted differently by two or more articles about one story on the same "
        "day (2), most disagreements first: page 2.\n\n- [people injured](../../series/56/people-injured.md#disagree-"
        "2020-04-01-leeds): 2020-04-01 (Leeds)\n\n**Pages of disagreements:** [1](../../figures.md) · **2**\n"
        "{: .fa-pager }\n\n")


def test_incremental_pages_equal_a_clean_build_as_days_of_disagreement_come_and_go(monkeypatch, tmp_path):
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 1)
    monkeypatch.setattr(figure_pages, "FIGURES_DISAGREEMENTS_PAGE", 1)
    monkeypatch.setattr(figure_pages, "CLASH_DATES_SHOWN", 1)
    days, hurt = _many_days(), [_injured("h1", "2020-04-01", 5), _injured("h2", "2020-04-01", 8)]
    docs = _equals_a_clean_build_at_each_step(tmp_path, [days[:2], days, [*days, *hurt], [*days[2:], *hurt], days[:4]])
    assert sorted(p for p in tree(docs) if "disagree" in p) == ["browse/series/f4/people-killed/disagreements-2.md"]


def _days_of(sizes: dict[str, int]) -> list:
    """Per day of March 2020 ("01".."31"), that many reports of people killed, all different (article "<day>-<n>")."""
    return [toll(f"{day}-{n}", f"2020-03-{day}", 100 * int(day) + n) for day, size in sizes.items() for n in range(size)]


def _days_on(page: str) -> list[str]:
    return re.findall(r'<a id="disagree-([\d-]+)-idlib"></a>\*\*', page)


def test_days_of_disagreement_are_paged_by_rows_from_the_oldest_and_a_day_is_never_split(monkeypatch):
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 12)
    monkeypatch.setattr(figure_pages, "CLASH_DAY_ROWS", 2)
    # Rows with the day's heading: 01: 4, 02: 5, 03: 14 (over a page), 04: 4, 05: 6. From the oldest: 01 and 02 (9)
    # on page 2, 03 alone on page 3, and the days after the last full page, 04 and 05 (10), on the series page.
    catalog = gather(_days_of({"01": 2, "02": 3, "03": 12, "04": 2, "05": 4}))
    clashes = catalog.disagreements["people-killed"]
    assert [[c.date for c in page] for page in figure_pages.clash_layout(clashes)] == [
        ["2020-03-04", "2020-03-05"], ["2020-03-01", "2020-03-02"], ["2020-03-03"]]
    more = "browse/series/f4/people-killed/disagreements-{n}.md"
    assert render.clash_pages(catalog) == {
        ("people-killed", "2020-03-05"): PAGE, ("people-killed", "2020-03-04"): PAGE,
        ("people-killed", "2020-03-03"): more.format(n=3),
        ("people-killed", "2020-03-02"): more.format(n=2), ("people-killed", "2020-03-01"): more.format(n=2)}
    files = build_pages(catalog).files
    assert sorted(p for p in files if "people-killed" in p and "disagree" in p) == [more.format(n=2), more.format(n=3)]
    # clash_pages agrees with the pages written: each page shows exactly the days it is said to show, in full,
    # newest first.
    written = {p: _days_on(files[p]) for p in (PAGE, more.format(n=2), more.format(n=3))}
    assert written == {PAGE: ["2020-03-05", "2020-03-04"], more.format(n=2): ["2020-03-02", "2020-03-01"],
                       more.format(n=3): ["2020-03-03"]}
    assert "3 older days on which they disagree, on further pages of disagreements.\n" in files[PAGE]
    assert len(re.findall(r"^\| 3\d\d \|", files[more.format(n=3)], re.M)) == 12  # the day over the budget, whole
    assert files[more.format(n=2)].startswith("---\nsearch:\n  exclude: true\n---\n\n# people killed: "
                                              "disagreements, 2020-03-01 to 2020-03-02\n\n")


def test_a_series_whose_days_fit_its_page_lists_them_oldest_first():
    catalog = gather(_days_of({"01": 2, "02": 3, "04": 2}))
    assert [[c.date for c in page] for page in figure_pages.clash_layout(catalog.disagreements["people-killed"])] == [
        ["2020-03-01", "2020-03-02", "2020-03-04"]]
    files = build_pages(catalog).files
    assert _days_on(files[PAGE]) == ["2020-03-01", "2020-03-02", "2020-03-04"]
    assert "older day" not in files[PAGE] and not any("disagreements-" in p for p in files)


def test_incremental_pages_equal_a_clean_build_as_days_grow_past_the_row_budget(monkeypatch, tmp_path):
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 12)
    monkeypatch.setattr(figure_pages, "CLASH_DAY_ROWS", 2)
    docs = _equals_a_clean_build_at_each_step(tmp_path, [
        _days_of({"01": 2, "02": 3}), _days_of({"01": 2, "02": 3, "03": 12, "04": 2, "05": 4}),
        _days_of({"01": 2, "02": 6, "03": 3, "04": 2, "05": 4}), _days_of({"01": 2, "05": 4})])
    assert sorted(p for p in tree(docs) if "disagreements-" in p) == []


def test_clash_pages_and_the_pages_written_agree_for_any_sizes_of_days(monkeypatch):
    monkeypatch.setattr(figure_pages, "CLASH_DAY_ROWS", 2)
    for rest, sizes in [(12, (2, 2, 2, 2, 2, 2, 2)), (5, (9, 2, 9, 2)), (8, (3, 4, 5, 6, 2, 3)),
                        (30, (2, 3, 4, 5, 6, 7, 2))]:
        monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", rest)
        catalog = gather(_days_of({f"{n + 1:02d}": size for n, size in enumerate(sizes)}))
        files = build_pages(catalog).files
        shown: dict[tuple[str, str], str] = {}
        for path, page in files.items():
            if path == PAGE or path.startswith("browse/series/f4/people-killed/disagreements-"):
                days = _days_on(page)
                rows = sum(sizes[int(day[-2:]) - 1] + 2 for day in days)
                assert len(days) == 1 or rows <= rest, (path, days)
                shown.update((("people-killed", day), path) for day in days)
        assert shown == render.clash_pages(catalog)
        assert len(shown) == len(sizes)


class _Indexed(tuple):
    """A series' points that count being indexed: a lazy catalog reads every report of the series for that."""

    indexed = 0

    def __getitem__(self, index):
        type(self).indexed += 1
        return tuple.__getitem__(self, index)


def test_a_series_page_takes_what_its_values_are_per_from_the_series_not_from_its_reports(monkeypatch):
    """A page of a series (and every further page of its disagreements, the figures index, a day's heading) says
    "per week" or "share" from the series itself: at 100,000 articles a series of 40,000 reports had 140 pages,
    and each indexed its lazily read points once more."""
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 4)
    monkeypatch.setattr(figure_pages, "CLASH_DAY_ROWS", 2)
    catalog = gather(_days_of({"01": 2, "02": 2, "03": 2, "04": 2}))
    item = catalog.series["people-killed"]
    assert (item.per, item.share) == (None, False)
    catalog.series["people-killed"] = replace(item, points=_Indexed(item.points))
    files = build_pages(catalog).files
    assert sorted(p for p in files if "people-killed" in p and "disagree" in p) == [
        f"browse/series/f4/people-killed/disagreements-{n}.md" for n in (2, 3, 4)]
    assert _Indexed.indexed == 0
