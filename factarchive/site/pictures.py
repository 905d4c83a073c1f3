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
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable, Optional

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from ..model import Coordinates, FactSheet, Figure
from . import urls

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
                xy = [_project(lon, lat) for lon, lat in ring(indexes)]
                parts.append("M" + " ".join(f"{_number(x)} {_number(y)}" for x, y in xy) + "Z")
    return "".join(parts)


@dataclass(frozen=True)
class Marker:
    id: str
    name: str
    articles: int
    x: float
    y: float
    r: float


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


def place_map(places: Iterable[tuple[str, str, int, Optional[Coordinates]]]) -> Optional[Markup]:
    """An SVG map of (id, name, article count, coordinates); None when no place has coordinates."""
    located = [(i, n, c, xy) for i, n, c, xy in places if xy is not None]
    if not located:
        return None
    points = [_project(xy.lon, xy.lat) for *_, xy in located]
    x0, y0, w, h = _viewbox(points)
    most = max(c for _, _, c, _ in located)
    markers = [
        Marker(id=i, name=n, articles=c, x=round(x, 2), y=round(y, 2), r=round(w / 120 * (1 + 2 * math.sqrt(c / most)), 2))
        for (i, n, c, _), (x, y) in zip(located, points)
    ]
    markers.sort(key=lambda m: (-m.r, m.id))  # big ones first, so small ones stay clickable on top
    step = 30 if w > 120 else 10
    grid = "".join(f"M{x} 0V180" for x in range(0, 361, step)) + "".join(f"M0 {y}H360" for y in range(0, 181, step))
    return _render("map.svg.j2", viewbox=" ".join(_number(v) for v in (x0, y0, w, h)), land=land_path(), grid=grid,
                   markers=markers, stroke=round(w / 600, 3))


# --------------------------------------------------------------------------- the timeline


def month_of(published: Optional[str]) -> Optional[str]:
    """"2020-03-05" -> "2020-03"; None for a missing or unreadable date."""
    if not published or len(published) < 7:
        return None
    try:
        dt.date(int(published[:4]), int(published[5:7]), 1)
    except ValueError:
        return None
    return published[:7]


def month_label(month: str) -> str:
    return f"{MONTH_NAMES[int(month[5:7]) - 1]} {month[:4]}"


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline(counts: dict[str, int]) -> Optional[Markup]:
    """An SVG bar chart of articles per month ("2020-03" -> count); None without dated articles."""
    if not counts:
        return None
    months = _months(min(counts), max(counts))
    width, height, top = 800.0, 160.0, 20.0
    most = max(counts.values())
    slot = width / len(months)
    bars = []
    for n, month in enumerate(months):
        count = counts.get(month, 0)
        if count:
            h = (height - top) * count / most
            bars.append({"month": month, "label": month_label(month), "count": count, "x": round(n * slot + slot * 0.1, 2),
                         "y": round(height - h, 2), "w": round(max(slot * 0.8, 1.0), 2), "h": round(h, 2)})
    return _render("timeline.svg.j2", width=width, height=height, bars=bars, most=most,
                   first=month_label(months[0]), last=month_label(months[-1]))


# --------------------------------------------------------------------------- a figure over time


def _nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5 times a power of ten that is at least ``value``."""
    if value <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= value)


def series_chart(points: list[tuple[FactSheet, Figure]], label: str, format_number) -> Optional[Markup]:
    """An SVG chart of one counted thing over time (dated points only); None with fewer than two."""
    dated = [(dt.date.fromisoformat(sheet.published[:10]), sheet, fig) for sheet, fig in points
             if sheet.published and len(sheet.published) >= 10 and _is_date(sheet.published[:10])]
    if len(dated) < 2:
        return None
    width, height, left, bottom, top = 800.0, 240.0, 70.0, 30.0, 15.0
    first, last = dated[0][0], dated[-1][0]
    span = (last - first).days or 1
    ceiling = _nice_ceiling(max(float(fig.value) for _, _, fig in dated))
    marks = []
    for day, sheet, fig in dated:
        x = left + (width - left - 10) * ((day - first).days / span if last != first else 0.5)
        y = top + (height - top - bottom) * (1 - float(fig.value) / ceiling)
        marks.append({"anchor": urls.POINT_ANCHOR.format(article=sheet.id, figure=fig.id), "x": round(x, 2), "y": round(y, 2), "date": day.isoformat(),
                      "value": format_number(fig.value), "title": sheet.title})
    return _render("chart.svg.j2", width=width, height=height, left=left, bottom=bottom, top=top, marks=marks,
                   line=" ".join(f"{m['x']},{m['y']}" for m in marks), label=label,
                   ceiling=format_number(ceiling), first=first.isoformat(), last=last.isoformat())


def _is_date(text: str) -> bool:
    try:
        dt.date.fromisoformat(text)
    except ValueError:
        return False
    return True
