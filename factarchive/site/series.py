"""Series of one thing counted across articles, and the days their reports disagree.

A figure's *series key* names what it counts and in what unit (and, for a rate, per what: "$1,300 a week" is
never a point of a series of totals). Split from catalog.py (one job a module); catalog.py still exports these
names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Optional

from ..model import FactSheet, Figure
from ..slug import slug
from .dates import plausible_date


def _pick(counter: Counter) -> str:
    return max(counter, key=lambda v: (counter[v], v))


@dataclass(frozen=True, slots=True)
class FigureSeries:
    """One counted thing ("Turkish military vehicles") reported in several articles: a chart over time."""

    id: str  # slug of what it counts (and its unit)
    label: str  # the most common wording
    unit: Optional[str]
    points: Sequence[tuple[FactSheet, Figure]]  # oldest article first, undated last (read when asked, in a build)
    article_count: int  # articles among the points (an article may report the thing twice)
    dated_count: int  # points whose article states a date
    # What one value is per, as the first point prints it (a series holds rates per one thing only: series_key).
    # Kept beside the points, which a build reads only when asked: a page of a series that names it must not read
    # every report of the series for it (at 100,000 articles a series of 40,000 reports has 140 pages).
    per: Optional[str] = None

    @property
    def share(self) -> bool:
        """A series of shares ("half of the population"): its key says so (:data:`SHARE`)."""
        return self.id.endswith(SHARE)


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Articles that give different values for one counted thing at one time: a number to check before use."""

    series: str  # the series id (catalog.series)
    date: str  # the day the values refer to: the figure's stated period, else its article's publication day
    points: Sequence[tuple[FactSheet, Figure]]  # every report of that thing for that day, smallest value first

    @property
    def anchor(self) -> str:
        return f"disagree-{self.date}"


# The end of a series key of shares: like "--per-", no slug holds it (a slug never holds two dashes in a row).
SHARE = "--share"


def is_share(figure: Figure) -> bool:
    """A part of what the figure counts, printed as a fraction of it ("almost half of the population": 0.5, "two-thirds
    of pupils"): no unit, and a value (and upper value) between 0 and 1. Shares are a series of their own, never
    points of the series of counts of the same thing ("18m people" beside "half of the people" would chart 0.5
    people), nor compared with counts for a disagreement."""
    top = figure.value_max if figure.value_max is not None else figure.value
    return figure.unit is None and 0 < figure.value < 1 and 0 < top < 1


def series_key(figure: Figure) -> Optional[str]:
    """What makes two figures one series: the same counted thing, in the same unit, per the same thing.

    A rate ("$1,300 a week": ``per`` "week") is never a point of the series of totals of what it counts, nor
    compared with them for a disagreement: its key ends "--per-" and the slug of its ``per``, which a key
    without one cannot end with (a slug never holds two dashes in a row). A share (:func:`is_share`) ends
    :data:`SHARE` the same way.
    """
    if not figure.counts:
        return None
    key = slug(f"{figure.counts} {figure.unit or ''}".strip().casefold())
    per = getattr(figure, "per", None)
    if per:
        return f"{key}--per-{slug(per.casefold())}"
    return key + SHARE if is_share(figure) else key


def _series(figures: Sequence[tuple[FactSheet, Figure]], keys: Optional[Sequence[Optional[str]]] = None,
            ) -> tuple[dict[str, FigureSeries], dict[tuple[str, str], str]]:
    """Series of ``figures`` (in article order); ``keys``: their series_key, as derived and kept with their sheet."""
    groups: dict[str, list[tuple[FactSheet, Figure]]] = defaultdict(list)
    for (sheet, fig), key in zip(figures, keys if keys is not None else map(series_key, (f for _, f in figures))):
        if key:
            groups[key].append((sheet, fig))
    series, membership = {}, {}
    for key in sorted(groups):
        points = groups[key]
        if len({sheet.id for sheet, _ in points}) < 2:
            continue
        # Oldest first for a chart; undated points last, in article id order.
        points.sort(key=lambda p: (p[0].published is None, p[0].published or "", p[0].id, p[1].id))
        labels = Counter(fig.counts for _, fig in points)
        units = Counter(fig.unit for _, fig in points if fig.unit)
        series[key] = FigureSeries(id=key, label=_pick(labels), unit=_pick(units) if units else None, points=tuple(points),
                                   article_count=len({sheet.id for sheet, _ in points}),
                                   dated_count=sum(1 for sheet, _ in points if sheet.published),
                                   per=getattr(points[0][1], "per", None))
        membership.update({(sheet.id, fig.id): key for sheet, fig in points})
    return series, membership


def _disagreements(series: dict[str, FigureSeries]) -> dict[str, tuple[Disagreement, ...]]:
    """Per series, the days on which two articles give values that cannot both hold.

    Two reports are of the same thing when they are in one series (same counted thing, same unit) and refer
    to the same day: the figure's own period where the sentence states one (``period_date``), else the day
    its article was published. A death toll that grows from one day to the next is a series, not a
    disagreement; two tolls for one day are. Values agree when their ranges (``value`` to ``value_max``)
    overlap. Reports with no date at all are not compared.
    """
    found: dict[str, tuple[Disagreement, ...]] = {}
    for key, item in series.items():
        by_day: dict[str, list[tuple[FactSheet, Figure]]] = defaultdict(list)
        for sheet, fig in item.points:
            day = plausible_date(fig.period_date) or plausible_date(sheet.published)
            if day:
                by_day[day.isoformat()].append((sheet, fig))
        days = []
        for day in sorted(by_day):
            points = by_day[day]
            if len({sheet.id for sheet, _ in points}) < 2:
                continue
            lowest_high = min(float(f.value_max if f.value_max is not None else f.value) for _, f in points)
            highest_low = max(float(f.value) for _, f in points)
            if highest_low > lowest_high:
                points = sorted(points, key=lambda p: (float(p[1].value), p[0].id, p[1].id))
                days.append(Disagreement(series=key, date=day, points=tuple(points)))
        if days:
            found[key] = tuple(days)
    return found
