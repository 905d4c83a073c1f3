"""Pictures drawn at build time: the land outline, map pins, the timeline and a figure's chart (issue #15)."""

from __future__ import annotations

import re

from factarchive.model import Coordinates, Figure
from factarchive.site import pictures
from factarchive.site.catalog import gather

from .test_site_render import ARCHIVE, convoy, sheet

# --------------------------------------------------------------------------- the map


def test_land_outline_is_natural_earth_110m_projected_and_cut_at_the_meridian():
    path = pictures.land_path()
    assert path.count("M") == path.count("Z") == 129  # 126 rings; three cross ±180° and are cut in two
    numbers = [float(n) for n in re.findall(r"-?[\d.]+", path)]
    xs, ys = numbers[0::2], numbers[1::2]
    assert (min(xs), max(xs), min(ys), max(ys)) == (0.0, 360.0, 6.4, 180.0)  # Antarctica closed through the pole


def test_no_land_outline_step_crosses_the_map():
    """Issue #15: horizontal lines crossed the whole map (Chukotka, Fiji, Antarctica) where rings stepped over ±180°."""
    widest = 0.0
    for ring in pictures.land_path().split("M")[1:]:
        numbers = [float(n) for n in re.findall(r"-?[\d.]+", ring)]
        points = list(zip(numbers[0::2], numbers[1::2]))
        # Steps along the map's bottom edge are Antarctica closed through the pole, not across the map.
        widest = max([widest] + [abs(b[0] - a[0]) for a, b in zip(points, points[1:]) if not a[1] == b[1] == 180.0])
    assert widest < 40


def test_a_ring_over_the_meridian_is_cut_into_one_piece_per_side():
    # A square from 170°E to 170°W (190°): crosses twice, at latitude 0 and 10.
    ring = [(170.0, 0.0), (-170.0, 0.0), (-170.0, 10.0), (170.0, 10.0), (170.0, 0.0)]
    assert pictures._split_ring(ring) == [
        [(-180.0, 0.0), (-170.0, 0.0), (-170.0, 10.0), (-180.0, 10.0)],
        [(180.0, 10.0), (170.0, 10.0), (170.0, 0.0), (180.0, 0.0)],
    ]
    assert pictures._split_ring([(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 0.0)]) == [
        [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 0.0)]]


def test_a_ring_round_the_pole_is_closed_along_the_edge_through_the_pole():
    ring = [(-180.0, -80.0), (0.0, -70.0), (180.0, -80.0), (-180.0, -80.0)]
    assert pictures._split_ring(ring) == [
        [(-180.0, -80.0), (0.0, -70.0), (180.0, -80.0), (180.0, -90.0), (-180.0, -90.0)]]


def test_place_map_clusters_near_places_under_the_biggest():
    located = pictures.place_map([
        ("idlib", "Idlib <b>", 5, Coordinates(lat=35.93, lon=36.63)),
        ("saraqib", "Saraqib", 2, Coordinates(lat=35.86, lon=36.80)),  # 20 km away: one dot with Idlib
        ("london", "London", 3, Coordinates(lat=51.5, lon=-0.12)),
        ("nowhere", "Nowhere", 1, None),
    ])
    # Idlib's label would leave the map on the right: it goes on the left of its dot.
    assert [(p.id, p.name, p.places, p.articles, p.left, p.top, p.size, p.label) for p in located.pins] == [
        ("idlib", "Idlib <b>", 2, 7, 88.11, 82.29, 4, "left"),
        ("london", "London", 1, 3, 11.54, 17.41, 3, "right"),
    ]
    assert located.located == 3
    assert 'aria-label="Map of 3 places in the archive"' in located.svg
    assert 'viewBox="174.3 34.3 48 24"' in located.svg
    assert "<a " not in located.svg  # the pins are Markdown links laid over it, so MkDocs checks and rewrites them
    assert pictures.place_map([("nowhere", "Nowhere", 1, None)]) is None


def test_labels_that_would_cover_another_are_left_to_hover():
    places = [(f"p{n}", f"A long place name {n}", 10 - n, Coordinates(lat=0.0, lon=n * 3.0)) for n in range(4)]
    pins = pictures.place_map(places).pins
    assert [(p.id, p.label) for p in pins] == [("p0", "right"), ("p1", ""), ("p2", ""), ("p3", "")]


# --------------------------------------------------------------------------- the timeline


def test_timeline_has_one_bar_per_month_with_articles():
    svg = pictures.timeline({"2020-01": 1, "2020-03": 1, "2020-05": 2})
    assert re.findall(r'<a href="#(month-[\d-]+)"><rect[^>]*><title>([^<]*)</title>', svg) == [
        ("month-2020-01", "January 2020: 1 article"), ("month-2020-03", "March 2020: 1 article"),
        ("month-2020-05", "May 2020: 2 articles")]
    assert "Not drawn" not in svg
    assert pictures.timeline({}) is None


def test_timeline_counts_undated_articles_apart():
    svg = pictures.timeline({"2020-01": 1}, undated=7)
    assert "Not drawn: 7 articles with no date, or an impossible one (counted under \"Date not stated\" below)." in svg


def test_timeline_over_decades_has_a_bar_per_year():
    svg = pictures.timeline({"1990-02": 1, "1990-06": 2, "2020-03": 4})
    assert re.findall(r'<a href="#(month-[\d-]+)"><rect[^>]*><title>([^<]*)</title>', svg) == [
        ("month-1990-06", "1990: 3 articles"), ("month-2020-03", "2020: 4 articles")]
    assert 'aria-label="Articles per year, 1990 to 2020"' in svg


def test_impossible_dates_have_no_month():
    assert [pictures.month_of(d) for d in ("2020-03-05", "0001-01-01", "2020-13-01", None, "3020-01-01")] == [
        "2020-03", None, None, None, None]


def test_dates_after_tomorrow_are_what_the_build_day_decides():
    """The page cache keys on them: a date that becomes plausible tomorrow renders its pages again, no other does."""
    import datetime as dt
    from dataclasses import replace

    from factarchive.site.catalog import beyond_tomorrow

    future = convoy("future", "2026-12-03T10:00:00", 30)
    future = replace(future, figures=(replace(future.figures[0], period_date="2027-01-01"),))
    sheets = [convoy("now", "2026-11-30", 12), future, convoy("undated", None, 5)]
    assert beyond_tomorrow(sheets, today=dt.date(2026, 11, 29)) == ("2026-12-03", "2027-01-01")
    assert beyond_tomorrow(sheets, today=dt.date(2026, 12, 2)) == ("2027-01-01",)
    assert beyond_tomorrow(sheets, today=dt.date(2026, 12, 31)) == ()


# --------------------------------------------------------------------------- a figure over time


def test_series_chart_plots_dated_points_only():
    catalog = gather(ARCHIVE)
    series = catalog.series["turkish-military-vehicles"]
    svg = pictures.series_chart(list(series.points), series.label, str)
    assert re.findall(r'<a href="#([^"]+)"><circle class="fa-point" cx="([\d.]+)" cy="([\d.]+)"', svg) == [
        ("point-convoy-march-f1", "27.0", "93.0"), ("point-convoy-may-f1", "790.0", "34.5")]
    # The y axis tops at 50, with its middle; the axis leaves room for the longest label.
    assert re.findall(r'<text class="fa-label" x="([\d.]+)" y="[\d.]+" text-anchor="end">(\d+)</text>', svg) == [
        ("21.0", "0"), ("21.0", "25"), ("21.0", "50")]


def test_series_chart_makes_room_for_long_labels_and_uses_a_log_scale_over_wide_ranges():
    """Issue #15: 12, 116 and 9 million on one linear axis put the small ones on zero, and the label was clipped."""
    points = [(convoy(f"c{n}", f"2020-0{n}-01", value), None) for n, value in ((1, 12), (2, 116), (3, 9_000_000))]
    points = [(s, s.figures[0]) for s, _ in points]
    svg = pictures.series_chart(points, "Turkish military vehicles", lambda v: f"{v:,}")
    labels = re.findall(r'<text class="fa-label" x="([\d.]+)" y="[\d.]+" text-anchor="end">([\d,]+)</text>', svg)
    assert [t for _, t in labels] == ["10", "100", "1,000", "10,000", "100,000", "1,000,000", "10,000,000"]
    left = float(re.search(r'<line class="fa-axis" x1="([\d.]+)"', svg).group(1))
    assert left == 12 + 7.5 * len("10,000,000")
    assert "(a log scale: each step up is ten times more)" in svg


def test_series_chart_draws_only_the_very_thing_counted_in_the_series_unit():
    def story(sheet_id, published, counts, unit=None):
        return sheet(sheet_id, sheet_id, published, figures=(Figure(id="f1", value=10, text="10", counts=counts, unit=unit),))

    points = [(s, s.figures[0]) for s in (story("a", "2020-01-01", "People"), story("b", "2020-02-01", "people"),
                                          story("c", "2020-03-01", "people's"), story("d", "2020-04-01", "people", "%"),
                                          story("e", "0001-01-01", "people"))]
    assert [s.id for _, s, _ in pictures.chart_points(points, "people", None)] == ["a", "b"]
