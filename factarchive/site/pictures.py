"""Pictures drawn at build time as inline SVG: a map of places, a timeline of articles, a figure over time.

Nothing is fetched when a reader looks: no tiles, no chart library. The map's
land outline is Natural Earth's 1:110m land (world-atlas 2.0.2, vendored in
``assets/world-atlas``), decoded from TopoJSON here and drawn with an
equirectangular projection (x = longitude, y = -latitude). Every text in an SVG
goes through Jinja's HTML autoescape; markers and bars link to anchors on the
same page, so the links work in every URL style (online, offline, a subpath).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import statistics
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Optional

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..model import Coordinates, FactSheet, Figure
from . import urls
from .catalog import fold, plausible_date

MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")


@lru_cache(maxsize=1)
def markup_environment() -> Environment:
    """Jinja for SVG and XML: HTML autoescape on, so every text is inert wherever it lands."""
    env = Environment(loader=PackageLoader("factarchive.site", "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.globals["urls"] = urls
    return env


def _render(template: str, **context: Any) -> Markup:
    # One line per element and no blank line: Python-Markdown keeps the block as raw HTML.
    return Markup(markup_environment().get_template(template).render(**context).strip())


# --------------------------------------------------------------------------- the map


def _project(lon: float, lat: float) -> tuple[float, float]:
    return lon + 180.0, 90.0 - lat


def _number(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _split_ring(ring: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring of (lon, lat) cut where it crosses the ±180° meridian, as pieces that each stay on one side.

    Drawn whole, a step from 179° to -179° is a line across the whole map (Chukotka, Fiji, Antarctica).
    Each crossing ends a piece on its side's edge and starts the next on the other edge, at the latitude
    where the step crosses the meridian. A ring that crosses an odd number of times goes round a pole
    (Antarctica): its piece is closed along the map's edge through that pole.
    """
    pieces = [[ring[0]]]
    crossings = 0
    for (lon0, lat0), (lon1, lat1) in zip(ring, ring[1:]):
        if abs(lon1 - lon0) > 180:
            edge = 180.0 if lon0 > 0 else -180.0
            unwrapped = lon1 + 360 if lon0 > 0 else lon1 - 360
            t = (edge - lon0) / (unwrapped - lon0) if unwrapped != lon0 else 0.5
            lat = lat0 + t * (lat1 - lat0)
            pieces[-1].append((edge, lat))
            pieces.append([(-edge, lat)])
            crossings += 1
        pieces[-1].append((lon1, lat1))
    if crossings == 0:
        return pieces
    # The ring closes where it started: its last piece runs on into its first.
    first = pieces.pop(0)
    pieces[-1].extend(first[1:] if pieces[-1][-1] == first[0] else first)
    if crossings % 2:
        merged = pieces[-1]
        pole = -90.0 if sum(lat for _, lat in merged) < 0 else 90.0
        merged.extend([(merged[-1][0], pole), (merged[0][0], pole)])
    # A step that lands on the meridian repeats its point: one copy is enough.
    return [[p for n, p in enumerate(piece) if n == 0 or p != piece[n - 1]] for piece in pieces]


@lru_cache(maxsize=1)
def land_path() -> str:
    """The SVG path data of the world's land (Natural Earth 1:110m), projected; computed once."""
    topo = json.loads(resources.files("factarchive.site").joinpath("assets/world-atlas/land-110m.json").read_text("utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:  # quantized and delta-encoded (TopoJSON spec, "transforms")
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            points = arcs[i] if i >= 0 else arcs[~i][::-1]  # ~i: the arc walked backwards
            out.extend(points[1:] if out else points)
        return out

    parts = []
    for geometry in topo["objects"]["land"]["geometries"]:
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        for polygon in polygons:
            for indexes in polygon:
                for piece in _split_ring(ring(indexes)):
                    xy = [_project(lon, lat) for lon, lat in piece]
                    parts.append("M" + " ".join(f"{_number(x)} {_number(y)}" for x, y in xy) + "Z")
    return "".join(parts)


@dataclass(frozen=True)
class Pin:
    """A dot on the map for one place or a cluster of near ones: the biggest place names it and is linked."""

    id: str  # the entity the pin links to (the cluster's place in the most articles)
    name: str
    places: int  # places in the cluster
    articles: int  # articles naming them, added up over the places
    left: float  # percent of the map's width
    top: float  # percent of the map's height
    size: int  # 1..4, by articles
    label: str  # where its name goes: "right" or "left" of the dot, "" (on hover only) where it would cover another


@dataclass(frozen=True)
class PlaceMap:
    svg: Markup
    pins: tuple[Pin, ...]
    located: int  # places with coordinates


def _viewbox(points: list[tuple[float, float]]) -> tuple[float, float, float, float]:
    """A 2:1 window around the points, at least 40 by 20 degrees, inside the world."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w = max(40.0, (max(xs) - min(xs)) * 1.3, (max(ys) - min(ys)) * 1.3 * 2)
    w = min(w, 360.0)
    h = w / 2
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x0 = min(max(cx - w / 2, 0.0), 360.0 - w)
    y0 = min(max(cy - h / 2, 0.0), 180.0 - h)
    return x0, y0, w, h


CLUSTER_SPAN = 28  # a cluster takes in places within 1/28 of the map's width of its biggest place
LABEL_WIDTH = 720  # the map width (px) labels are laid out for; on a phone only the biggest keep theirs
LABEL_EM = 7.0  # px per character of a label at that width


def _clusters(located: list[tuple[str, str, int, float, float]], radius: float) -> list[list[tuple[str, str, int, float, float]]]:
    """Greedy clustering, biggest place first: each place joins the first cluster whose centre is near.

    Hand-written (a few lines) rather than a clustering library: the map needs a deterministic grouping by
    distance on screen, and a grid of cells of that size makes the search for a near centre constant time.
    """
    order = sorted(located, key=lambda p: (-p[2], p[0]))
    centres: dict[tuple[int, int], list[int]] = defaultdict(list)
    clusters: list[list[tuple[str, str, int, float, float]]] = []
    for place in order:
        _, _, _, x, y = place
        cx, cy = int(x // radius), int(y // radius)
        home = None
        for gx in (cx - 1, cx, cx + 1):
            for gy in (cy - 1, cy, cy + 1):
                for n in centres.get((gx, gy), ()):
                    head = clusters[n][0]
                    if (head[3] - x) ** 2 + (head[4] - y) ** 2 <= radius * radius and (home is None or n < home):
                        home = n
        if home is None:
            centres[(cx, cy)].append(len(clusters))
            clusters.append([place])
        else:
            clusters[home].append(place)
    return clusters


def place_map(places: Iterable[tuple[str, str, int, Optional[Coordinates]]]) -> Optional[PlaceMap]:
    """A map of (id, name, article count, coordinates): land in SVG, pins for the page to link; None without coordinates."""
    located = [(i, n, c, *_project(xy.lon, xy.lat)) for i, n, c, xy in places if xy is not None]
    if not located:
        return None
    x0, y0, w, h = _viewbox([(p[3], p[4]) for p in located])
    clusters = _clusters(located, w / CLUSTER_SPAN)
    most = max(sum(p[2] for p in c) for c in clusters)
    clusters.sort(key=lambda c: (-sum(p[2] for p in c), c[0][0]))
    scale = LABEL_WIDTH / w
    # Names go to the biggest dots first; a name covers no bigger dot and no other name, and may cover a
    # smaller dot (labelled pins are drawn above the rest, see factarchive.css).
    centres = [((c[0][3] - x0) * scale, (c[0][4] - y0) * scale) for c in clusters]
    dots = [(px - 8, py - 8, px + 8, py + 8) for px, py in centres]
    labels: list[tuple[float, float, float, float]] = []

    def free(box: tuple[float, float, float, float], own: int) -> bool:
        return all(box[2] < b[0] or box[0] > b[2] or box[3] < b[1] or box[1] > b[3] for b in dots[:own] + labels)

    pins = []
    for n, (cluster, (px, py)) in enumerate(zip(clusters, centres)):
        head = cluster[0]
        articles = sum(p[2] for p in cluster)
        text = (len(head[1]) + (4 if len(cluster) > 1 else 0) + len(str(articles)) + 3) * LABEL_EM
        label = ""
        for side, box in (("right", (px + 9, py - 9, px + 10 + text, py + 9)), ("left", (px - 10 - text, py - 9, px - 9, py + 9))):
            if box[0] >= 0 and box[2] <= LABEL_WIDTH and free(box, n):
                label = side
                labels.append(box)
                break
        pins.append(Pin(id=head[0], name=head[1], places=len(cluster), articles=articles,
                        left=round(100 * (head[3] - x0) / w, 2), top=round(100 * (head[4] - y0) / h, 2),
                        size=1 + min(3, int(3 * math.sqrt(articles / most) + 0.5)), label=label))
    step = 30 if w > 120 else 10
    grid = "".join(f"M{x} 0V180" for x in range(0, 361, step)) + "".join(f"M0 {y}H360" for y in range(0, 181, step))
    svg = _render("map.svg.j2", viewbox=" ".join(_number(v) for v in (x0, y0, w, h)), land=land_path(), grid=grid,
                  places=len(located), stroke=round(w / 600, 3))
    return PlaceMap(svg=svg, pins=tuple(pins), located=len(located))


# --------------------------------------------------------------------------- the timeline


def month_of(published: Optional[str]) -> Optional[str]:
    """"2020-03-05" -> "2020-03"; None for a missing, unreadable or impossible date (see catalog.plausible_date)."""
    day = plausible_date(published)
    return day.isoformat()[:7] if day else None


def month_label(month: str) -> str:
    return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}"


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


YEARLY_AFTER = 120  # months: a longer span is drawn a bar per year, or bars would be thinner than a pixel


def timeline(counts: dict[str, int], undated: int = 0) -> Optional[Markup]:
    """An SVG bar chart of articles per month ("2020-03" -> count); None without dated articles.

    ``undated`` (articles with no date, or an impossible one) is not drawn: the caption counts them apart.
    Over more than ten years the bars are years; each bar leads to the newest month of its span.
    """
    if not counts:
        return None
    months = _months(min(counts), max(counts))
    if len(months) > YEARLY_AFTER:
        slots = [(str(y), [m for m in months if m.startswith(str(y))]) for y in range(int(months[0][:4]), int(months[-1][:4]) + 1)]
        spans = [(year, year, ms) for year, ms in slots]
        first, last = months[0][:4], months[-1][:4]
    else:
        spans = [(m, month_label(m), [m]) for m in months]
        first, last = month_label(months[0]), month_label(months[-1])
    width, height, top = 800.0, 160.0, 20.0
    totals = [sum(counts.get(m, 0) for m in ms) for _, _, ms in spans]
    most = max(totals)
    slot = width / len(spans)
    bars = []
    for n, ((_, label, ms), count) in enumerate(zip(spans, totals)):
        if count:
            h = (height - top) * count / most
            target = max(m for m in ms if counts.get(m))
            bars.append({"month": target, "label": label, "count": count, "x": round(n * slot + slot * 0.1, 2),
                         "y": round(height - h, 2), "w": round(max(slot * 0.8, 1.0), 2), "h": round(h, 2)})
    return _render("timeline.svg.j2", width=width, height=height, bars=bars, most=most, first=first, last=last,
                   per="year" if len(months) > YEARLY_AFTER else "month", undated=undated)


# --------------------------------------------------------------------------- a figure over time


def _plain(value: float) -> Any:
    """A whole float as an int (12.0 -> 12), so format_number writes no decimals."""
    return int(value) if float(value).is_integer() else value


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


LOG_SCALE_FROM = 100  # a largest value this many times the smallest gets a log scale, or the small ones sit on 0
CHAR_WIDTH = 7.5  # px of a 12 px label character, to make room for the y axis's labels


def chart_points(points: list[tuple[FactSheet, Figure]], label: str, unit: Optional[str]) -> list[tuple[dt.date, FactSheet, Figure]]:
    """The points a chart may draw: a plausible date, and the very thing the series counts in its unit.

    A series gathers figures by slug ("people", "People's"); the chart only takes those whose wording folds
    to the series' label and whose unit is the series' unit, so unrelated counts are not drawn as one line.
    """
    out = []
    for sheet, fig in points:
        day = plausible_date(sheet.published)
        if day and fold(fig.counts or "") == fold(label) and (fig.unit or None) == (unit or None):
            out.append((day, sheet, fig))
    return out


CHART_POINTS = 400  # at most this many points drawn on a chart of periods (series_periods)
PERIODS = (("day", 10), ("month", 7), ("year", 4))  # a period's key is this many characters of the ISO date


@dataclass(frozen=True)
class Period:
    """The reports of one counted thing in one day, month or year, as one point of a long series' chart."""

    key: str  # "2020-03-01", "2020-03" or "2020": the anchor (urls.PERIOD_ANCHOR) and the label
    day: dt.date  # where it is drawn: the median day of its reports (a day of the period, inside the chart's span)
    count: int  # reports
    median: float  # of their values (statistics.median)
    low: float  # the smallest value
    high: float  # the largest value, or upper end of a range ("10-14")
    newest: tuple[FactSheet, Figure]  # its newest report (the last of its reports, oldest first)


def series_periods(dated: list[tuple[dt.date, FactSheet, Figure]],
                   limit: Optional[int] = None) -> tuple[str, list[Period]]:
    """Chart points (oldest first, from chart_points) grouped by the shortest period that gives at most ``limit``.

    Returns ("day" | "month" | "year", periods oldest first). Years are the last resort, whatever their number.
    ``limit`` defaults to CHART_POINTS.
    """
    limit = CHART_POINTS if limit is None else limit
    grouping, size = PERIODS[-1]
    for grouping, size in PERIODS:
        if len({day.isoformat()[:size] for day, _, _ in dated}) <= limit:
            break
    groups: dict[str, list[tuple[dt.date, FactSheet, Figure]]] = {}
    for point in dated:
        groups.setdefault(point[0].isoformat()[:size], []).append(point)
    periods = []
    for key, members in groups.items():  # insertion order: oldest first, as dated is
        values = [float(fig.value) for _, _, fig in members]
        days = sorted(day.toordinal() for day, _, _ in members)
        periods.append(Period(key=key, day=dt.date.fromordinal(days[(len(days) - 1) // 2]), count=len(members),
                              median=statistics.median(values), low=min(values),
                              high=max(float(fig.value_max if fig.value_max is not None else fig.value)
                                       for _, _, fig in members),
                              newest=members[-1][1:]))
    return grouping, periods


def series_chart(points: list[tuple[FactSheet, Figure]], label: str, format_number, unit: Optional[str] = None,
                 by_period: bool = False, limit: Optional[int] = None) -> Optional[Markup]:
    """An SVG chart of one counted thing over time (dated points only); None with fewer than two.

    ``by_period``: one point per period (series_periods: day, month or year, at most ``limit`` points) at the
    median of its reports, linking to the period's row (urls.PERIOD_ANCHOR) on the same page; else one point
    per report, linking to its row (urls.POINT_ANCHOR).
    """
    dated = chart_points(points, label, unit)
    if len(dated) < 2:
        return None
    if by_period:
        grouping, periods = series_periods(dated, limit)
        drawn = [(p.day, float(p.median), {
            "anchor": urls.PERIOD_ANCHOR.format(period=p.key), "date": p.key,
            "value": "median " + format_number(_plain(p.median)),
            "title": f"{p.count} report{'s' if p.count != 1 else ''}" + (
                f", {format_number(_plain(p.low))} to {format_number(_plain(p.high))}" if p.high != p.low else "")})
            for p in periods]
    else:
        drawn = [(day, float(fig.value), {
            "anchor": urls.POINT_ANCHOR.format(article=sheet.id, figure=fig.id), "date": day.isoformat(),
            "value": format_number(fig.value), "title": sheet.title}) for day, sheet, fig in dated]
    values = [v for _, v, _ in drawn]
    positive = [v for v in values if v > 0]
    log = len(positive) == len(values) and max(values) >= LOG_SCALE_FROM * min(values)
    if log:
        low, high = 10 ** math.floor(math.log10(min(values))), 10 ** math.ceil(math.log10(max(values)))
        high = high if high > low else low * 10
        ticks = [10 ** e for e in range(round(math.log10(low)), round(math.log10(high)) + 1)]

        def share(v: float) -> float:
            return (math.log10(v) - math.log10(low)) / (math.log10(high) - math.log10(low))
    else:
        ceiling = _nice_ceiling(max(values))
        ticks = [0.0, ceiling / 2, ceiling]

        def share(v: float) -> float:
            return v / ceiling
    labels = [format_number(_plain(t)) for t in ticks]
    width, height, bottom, top = 800.0, 240.0, 30.0, 15.0
    left = 12 + CHAR_WIDTH * max(len(t) for t in labels)  # room for the longest label: none is cut off
    first, last = dated[0][0], dated[-1][0]
    span = (last - first).days or 1
    marks = []
    for day, value, mark in drawn:
        x = left + (width - left - 10) * ((day - first).days / span if last != first else 0.5)
        y = top + (height - top - bottom) * (1 - share(value))
        marks.append({"anchor": mark["anchor"], "x": round(x, 2), "y": round(y, 2), "date": mark["date"],
                      "value": mark["value"], "title": mark["title"]})
    axis = [{"label": t, "y": round(top + (height - top - bottom) * (1 - share(v)), 2)} for t, v in zip(labels, ticks)]
    return _render("chart.svg.j2", width=width, height=height, left=left, bottom=bottom, top=top, marks=marks,
                   line=" ".join(f"{m['x']},{m['y']}" for m in marks), label=label, axis=axis, log=log,
                   first=first.isoformat(), last=last.isoformat())
