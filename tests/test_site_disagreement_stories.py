"""Issue #14: a disagreement is two reports of one story. Reports of one thing on one day disagree only when they are
about the same story: the figure's sentence names an entity the other's names too (else its article's subject),
directly or through other reports; a day of one series may then hold several disagreements, each with its own
anchor, heading ("about Idlib") and links."""

from __future__ import annotations

import re
from dataclasses import replace

from factarchive.model import Actor, Figure, Location
from factarchive.site import figure_pages, render, urls
from factarchive.site.catalog import gather
from factarchive.site.render import build_pages
from factarchive.slug import slug

from .test_site_render import sheet

DAY = "2020-03-01"
SERIES = "series/f4/people-killed.md"


def toll(sheet_id: str, published: str | None, value: int, period_date: str | None = None, *, place: str = "Idlib",
         subject: str | None = None, **more):
    """A report of people killed in ``place`` (a city its sentence names; none if ``place`` is empty), in an
    article whose subject (named three times, in no figure's sentence) is ``subject``."""
    said = f"{value} people were killed in {place}." if place else f"{value} people were killed."
    locations = (Location(id=slug(place), name=place, kind="city", mentions=1, evidence=(said,)),) if place else ()
    actors = (Actor(id=slug(subject), name=subject, kind="organization", mentions=3,
                    evidence=(f"{subject} said it was shocked.",)),) if subject else ()
    return sheet(sheet_id, f"Toll {sheet_id}", published, actors=actors, locations=locations, figures=(
        Figure(id="f1", value=value, text=str(value), counts="people killed", period_date=period_date,
               evidence=(said,), **more),))


def _found(catalog) -> list:
    return [(d.date, d.about, d.about_name, d.anchor, [(s.id, f.value) for s, f in d.points])
            for found in catalog.disagreements.values() for d in found]


def test_two_reports_of_one_day_about_different_stories_are_no_disagreement():
    catalog = gather([toll("a", DAY, 10, place="Idlib"), toll("b", DAY, 20, place="Leeds")])
    assert list(catalog.series) == ["people-killed"]
    assert (catalog.disagreements, catalog.figure_disagreement) == ({}, {})


def test_two_reports_of_one_day_naming_one_place_disagree_about_it():
    catalog = gather([toll("a", DAY, 10), toll("b", DAY, 20), toll("c", "2020-03-02", 30)])
    assert _found(catalog) == [(DAY, "idlib", "Idlib", "disagree-2020-03-01-idlib", [("a", 10), ("b", 20)])]
    assert sorted(catalog.figure_disagreement) == [("a", "f1"), ("b", "f1")]


def test_reports_are_one_story_through_a_report_that_names_both_places():
    """Connected: "a" names Idlib, "b" Idlib and Aleppo, "c" Aleppo; "d" names neither. The heading names the place
    most reports name; of two named equally, the first by id."""
    both = toll("b", DAY, 20, place="Idlib")
    said = "20 people were killed in Idlib and Aleppo."
    both = replace(both, locations=(*both.locations, Location(id="aleppo", name="Aleppo", kind="city", mentions=1,
                                                              evidence=(said,))),
                   figures=(replace(both.figures[0], evidence=(said,)),))
    both = replace(both, locations=tuple(replace(loc, evidence=(said,)) for loc in both.locations))
    catalog = gather([toll("a", DAY, 10), both, toll("c", DAY, 30, place="Aleppo"), toll("d", DAY, 40, place="Leeds")])
    assert _found(catalog) == [
        (DAY, "aleppo", "Aleppo", "disagree-2020-03-01-aleppo", [("a", 10), ("b", 20), ("c", 30)])]
    # A third article naming Idlib alone: Idlib is named by more of them.
    catalog = gather([toll("a", DAY, 10), both, toll("c", DAY, 30, place="Aleppo"), toll("e", DAY, 50)])
    assert [d[1:4] for d in _found(catalog)] == [("idlib", "Idlib", "disagree-2020-03-01-idlib")]


def test_what_a_disagreement_is_about_and_its_anchor_stay_as_newer_articles_arrive():
    """Only the day's own reports decide the heading and the anchor: a link saved to an old day keeps its target."""
    said = "{} people were killed in Idlib and Zarqa."

    def both(sheet_id: str, value: int):
        report = toll(sheet_id, DAY, value)
        places = tuple(Location(id=slug(p), name=p, kind="city", mentions=1, evidence=(said.format(value),))
                       for p in ("Idlib", "Zarqa"))
        return replace(report, locations=places, figures=(replace(report.figures[0], evidence=(said.format(value),)),))

    day = [both("a", 10), both("b", 20)]
    assert [d[1:4] for d in _found(gather(day))] == [("idlib", "Idlib", "disagree-2020-03-01-idlib")]
    # Newer articles name Idlib (and count nothing): the old day is still about Idlib, at the same anchor.
    later = [replace(toll(f"n{n}", "2020-04-01", 5), figures=()) for n in range(4)]
    assert [d[1:4] for d in _found(gather(day + later))] == [("idlib", "Idlib", "disagree-2020-03-01-idlib")]


def test_a_figure_whose_sentence_names_no_one_is_tied_by_its_articles_subject():
    """"40 people were killed." names no one: the report is of the story its article names most (its subject, named
    three times); two subjects differ: two stories. A report whose article names no one is compared with none."""
    plain = dict(place="")
    catalog = gather([toll("a", DAY, 10, subject="Red Cross", **plain), toll("b", DAY, 20, subject="Red Cross", **plain),
                      toll("c", DAY, 30, subject="City Hall", **plain), toll("d", DAY, 40, **plain)])
    assert _found(catalog) == [(DAY, "red-cross", "Red Cross", "disagree-2020-03-01-red-cross", [("a", 10), ("b", 20)])]
    # The sentence's place comes first: "e" names Idlib with its figure, and its subject (Red Cross) is not its tie.
    catalog = gather([toll("a", DAY, 10, subject="Red Cross", **plain), toll("e", DAY, 50, subject="Red Cross")])
    assert _found(catalog) == []


def test_an_articles_subject_is_decided_by_the_article_alone_so_old_days_do_not_regroup():
    """Two subjects named equally: the first by id ties the report. Newer articles naming one of them many times
    change nothing (a rule preferring the subject fewer articles name would split this day into two stories)."""
    plain = dict(place="")

    def also(report, name):
        extra = Actor(id=slug(name), name=name, kind="organization", mentions=3, evidence=(f"{name} said it would help.",))
        return replace(report, actors=(*report.actors, extra))

    day = [also(toll("a", DAY, 10, subject="Red Cross", **plain), "Zeta Aid"),
           also(toll("b", DAY, 20, subject="Red Cross", **plain), "Tau Relief")]
    found = [(DAY, "red-cross", "Red Cross", "disagree-2020-03-01-red-cross", [("a", 10), ("b", 20)])]
    assert _found(gather(day)) == found
    later = [replace(toll(f"n{n}", "2020-04-01", 5, subject="Red Cross", **plain), figures=()) for n in range(4)]
    assert _found(gather(day + later)) == found


def _day_of_two_stories(size: int) -> list:
    """``size`` reports about Idlib ("i<n>", values 10, 11, ...) and ``size`` about Leeds ("l<n>", 100, 101, ...),
    all on DAY."""
    return [*(toll(f"i{n}", DAY, 10 + n) for n in range(size)),
            *(toll(f"l{n}", DAY, 100 + n, place="Leeds") for n in range(size))]


def test_a_day_with_two_stories_holds_two_disagreements_each_with_its_anchor_and_links():
    catalog = gather(_day_of_two_stories(12))
    assert [(d[0], d[3], len(d[4])) for d in _found(catalog)] == [
        (DAY, "disagree-2020-03-01-idlib", 12), (DAY, "disagree-2020-03-01-leeds", 12)]
    assert catalog.figure_disagreement[("i3", "f1")].about == "idlib"
    assert catalog.figure_disagreement[("l3", "f1")].about == "leeds"
    files = build_pages(catalog).files
    series = files[SERIES]
    assert re.findall(r'<a id="(disagree-[^"]+)"></a>\*\*([^*]+)\*\*', series) == [
        ("disagree-2020-03-01-idlib", f"people killed, {DAY}, about Idlib:"),
        ("disagree-2020-03-01-leeds", f"people killed, {DAY}, about Leeds:")]
    # Each article links to its own story's table, and shows only its own story's reports (12 > ALL_REPORTS: cut).
    for article, story, shown in (("i0", "idlib", ["**10**", "11", "12", "13"]),
                                  ("l11", "leeds", ["108", "109", "110", "**111**"])):
        page = files[urls.article(article)]
        assert re.findall(r"\]\(([^)]*#disagree-[^)]+)\)", page) == [
            f"../../{SERIES}#disagree-{DAY}-{story}", f"../../{SERIES}#disagree-{DAY}-{story}"]
        assert re.findall(r"^\| ([^|]+) \| [^|]+ \|  \| CGTN \|", page, re.M) == shown
        assert f"[8 more reports of that day about {story.capitalize()}](../../{SERIES}#disagree-{DAY}-{story})" in page


def test_a_day_of_two_stories_is_on_one_page_of_disagreements(monkeypatch):
    """A day is never split: its two disagreements are on one page, which clash_pages gives for the day."""
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 1)
    catalog = gather([*_day_of_two_stories(2), toll("n0", "2020-03-02", 1), toll("n1", "2020-03-02", 2)])
    older = "browse/series/f4/people-killed/disagreements-2.md"
    assert render.clash_pages(catalog) == {("people-killed", DAY): older, ("people-killed", "2020-03-02"): SERIES}
    files = build_pages(catalog).files
    assert re.findall(r'<a id="(disagree-[^"]+)"></a>', files[older]) == [
        "disagree-2020-03-01-idlib", "disagree-2020-03-01-leeds"]
    assert re.findall(r'<a id="(disagree-[^"]+)"></a>', files[SERIES]) == ["disagree-2020-03-02-idlib"]
    assert f"(../../{older}#disagree-{DAY}-leeds)" in files[urls.article("l0")]


def test_an_article_in_two_stories_of_one_day_shows_both():
    """An article whose two figures are of two stories of one day (one names Idlib, one Leeds) takes part in both."""
    said = ("5 people were killed in Idlib.", "500 people were killed in Leeds.")
    two = sheet("two", "Two tolls", DAY, locations=(
        Location(id="idlib", name="Idlib", kind="city", mentions=1, evidence=(said[0],)),
        Location(id="leeds", name="Leeds", kind="city", mentions=1, evidence=(said[1],))), figures=tuple(
        Figure(id=f"f{n}", value=v, text=str(v), counts="people killed", evidence=(s,))
        for n, v, s in ((1, 5, said[0]), (2, 500, said[1]))))
    catalog = gather([*_day_of_two_stories(1), two])
    assert [(d[3], d[4]) for d in _found(catalog)] == [
        ("disagree-2020-03-01-idlib", [("two", 5), ("i0", 10)]), ("disagree-2020-03-01-leeds", [("l0", 100), ("two", 500)])]
    shown = figure_pages.article_clashes("two", two.figures, catalog, render.clash_pages(catalog))
    assert [(c.anchor, c.about_name, c.own) for c in shown] == [
        ("disagree-2020-03-01-idlib", "Idlib", (0,)), ("disagree-2020-03-01-leeds", "Leeds", (1,))]


def _days(last: int) -> list:
    """Days 2020-03-01 to 2020-03-<last>: on each, two reports about Idlib and two about Leeds that disagree."""
    return [toll(f"{story[0]}{day:02d}{n}", f"2020-03-{day:02d}", 10 * day + n + (0 if story == "Idlib" else 500),
                 place=story) for day in range(1, last + 1) for story in ("Idlib", "Leeds") for n in (0, 1)]


def test_a_newer_day_leaves_the_pages_of_older_days_as_they_were(monkeypatch):
    """Pages of disagreements are numbered from the oldest: a newer day changes the series page, and the newest
    full page only when it closes the series page's days into a new one (its line of pages gains "newer")."""
    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 8)  # a day: 2 disagreements of 2 reports, 8 rows
    more = "browse/series/f4/people-killed/disagreements-{n}.md"

    def pages(last: int) -> dict[str, str]:
        files = build_pages(gather(_days(last))).files
        return {p: text for p, text in files.items() if p.startswith("browse/series/f4/people-killed/disagreements-")}

    assert sorted(pages(3)) == [more.format(n=2), more.format(n=3)]  # 01, 02 full; 03 on the series page
    before = pages(3)
    after = pages(4)
    assert sorted(after) == [more.format(n=2), more.format(n=3), more.format(n=4)]  # 03 closed into page 4
    assert after[more.format(n=2)] == before[more.format(n=2)]
    assert after[more.format(n=3)] != before[more.format(n=3)]  # the newest full page's line gains "newer"
    assert "[newer: 2020-03-03]" in after[more.format(n=3)] and "newer" not in before[more.format(n=3)]
    # Days later, the older pages are still byte for byte the same.
    later = pages(7)
    assert {p: later[p] for p in after if p != more.format(n=4)} == {p: after[p] for p in after if p != more.format(n=4)}
    assert len(later) == 6
    # And the links of an old article still lead to the same page and anchor.
    files = build_pages(gather(_days(7))).files
    assert f"(../../{more.format(n=2)}#disagree-2020-03-01-leeds)" in files[urls.article("L010")]


def test_incremental_pages_equal_a_clean_build_as_stories_come_and_go(monkeypatch, tmp_path):
    from .test_site_series_paging import _equals_a_clean_build_at_each_step

    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 8)
    days = _days(4)
    # Days added; a story's reports removed (one disagreement of a day left); a report joining two stories into one
    # (a sentence naming Idlib and Leeds); the days shrinking.
    said = "999 people were killed in Idlib and Leeds."
    joined = toll("J", "2020-03-02", 999)
    joined = replace(joined, figures=(replace(joined.figures[0], evidence=(said,)),), locations=(
        Location(id="idlib", name="Idlib", kind="city", mentions=1, evidence=(said,)),
        Location(id="leeds", name="Leeds", kind="city", mentions=1, evidence=(said,))))
    _equals_a_clean_build_at_each_step(tmp_path, [
        days[:8], days, [s for s in days if not s.id.startswith("L02")], [*days, joined], days[:4]])


def test_each_catalog_reads_its_own_disagreements():
    """The reports of the disagreements read last are kept by the catalog (one build), not by the module: two
    catalogs in one process never share them."""
    assert not hasattr(figure_pages, "_recent")
    first, second = gather(_days(1)), gather(_days(2))
    assert first.clash_reads is not second.clash_reads
    build_pages(first)
    kept = {id(clash) for clash, _ in first.clash_reads._recent.values()}
    assert kept == {id(d) for found in first.disagreements.values() for d in found}
    assert not second.clash_reads._recent


def test_a_country_says_where_not_which_story():
    """Two reports "in the United Kingdom" (a country, catalog.SETTINGS) are not one story by that alone; with one
    subject in their articles they are, about it."""
    def uk(sheet_id: str, value: int, subject: str | None = None):
        said = f"{value} people were killed in the United Kingdom."
        base = toll(sheet_id, DAY, value, place="", subject=subject)
        return replace(base, figures=(replace(base.figures[0], evidence=(said,)),), actors=(*base.actors, Actor(
            id="united-kingdom", name="United Kingdom", kind="country", mentions=1, evidence=(said,))))

    assert _found(gather([uk("a", 10), uk("b", 20)])) == []
    assert _found(gather([uk("a", 10, "Red Cross"), uk("b", 20, "Red Cross"), uk("c", 30, "City Hall")])) == [
        (DAY, "red-cross", "Red Cross", "disagree-2020-03-01-red-cross", [("a", 10), ("b", 20)])]


def test_a_renamed_entity_renames_the_heading_of_its_disagreements_in_an_incremental_build(tmp_path):
    """The heading names what ties the reports ("about Idlib"): the page cache's views hold it, so an entity
    renamed (one id, a new name) redraws the pages that show it."""
    from .test_site_series_paging import _equals_a_clean_build_at_each_step

    before = [toll("a", DAY, 10), toll("b", DAY, 20)]
    after = [replace(s, locations=tuple(replace(loc, name="Idleb") for loc in s.locations)) for s in before]
    docs = _equals_a_clean_build_at_each_step(tmp_path, [before, after])
    assert "about Idleb:**" in (docs / SERIES).read_text("utf-8")


def test_a_newer_day_renders_the_series_page_and_the_newest_full_page_only(monkeypatch, tmp_path):
    """Each full page of a series' disagreements is a group of the page cache: with a newer day, an incremental build
    renders the series page (and the newest full page, whose line gains "newer"), not the pages of older days."""
    from factarchive.site.render import _Renderer, generate

    monkeypatch.setattr(figure_pages, "SERIES_CLASHES_PAGE", 8)  # a day a page
    rendered: list[str] = []
    real = _Renderer.__call__

    def spy(self, template, path, **context):
        rendered.append(path)
        return real(self, template, path, **context)

    monkeypatch.setattr(_Renderer, "__call__", spy)
    generate(_days(5), tmp_path / "docs", salt="test")
    assert sorted(p for p in rendered if "people-killed" in p) == [
        *(f"browse/series/f4/people-killed/disagreements-{n}.md" for n in (2, 3, 4, 5)), SERIES]
    rendered.clear()
    generate(_days(6), tmp_path / "docs", salt="test")
    assert sorted(p for p in rendered if "people-killed" in p) == [
        "browse/series/f4/people-killed/disagreements-5.md", "browse/series/f4/people-killed/disagreements-6.md",
        SERIES]
