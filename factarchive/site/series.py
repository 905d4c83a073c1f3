"""Series of one thing counted across articles, and the days their reports disagree.

A figure's *series key* names what it counts and in what unit (and, for a rate, per what: "$1,300 a week" is
never a point of a series of totals). Split from catalog.py (one job a module); catalog.py still exports these
names.
"""

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from collections.abc import Callable, Sequence
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
    """Articles that give different values for one counted thing at one time, about one story: a number to check
    before use."""

    series: str  # the series id (catalog.series)
    date: str  # the day the values refer to: the figure's stated period, else its article's publication day
    points: Sequence[tuple[FactSheet, Figure]]  # every report of that thing for that day and story, smallest value first
    # What ties the reports into one story: the entity named by most of them (then the first by id), its id and
    # name. One day of one series may hold several disagreements, one per story: never two with one ``about``
    # (reports sharing an entity are one story), so it tells them apart in the anchor.
    about: str
    about_name: str

    @property
    def anchor(self) -> str:
        return f"disagree-{self.date}-{self.about}"


class ClashReads:
    """The reports of the last few disagreements read, as tuples: owned by one catalog (one build), so two builds in
    one process never see each other's. The articles of one day are adjacent in the archive's order and each shows
    the same disagreements (for its page's view, then its page), and reading a disagreement's reports reads the
    figures of every article reporting (a catalog row each): 58 articles of one day in 8 disagreements of 70
    reports read 32,000 rows, not 560. Each entry holds its disagreement, so that its id is not reused."""

    KEEP = 32

    def __init__(self) -> None:
        self._recent: OrderedDict[int, tuple[Disagreement, tuple]] = OrderedDict()

    def points(self, clash: Disagreement) -> tuple:
        """``clash.points`` as a tuple, read once for the last KEEP disagreements asked."""
        hit = self._recent.get(id(clash))
        if hit is not None and hit[0] is clash:
            self._recent.move_to_end(id(clash))
            return hit[1]
        points = tuple(clash.points)
        self._recent[id(clash)] = (clash, points)
        if len(self._recent) > self.KEEP:
            self._recent.popitem(last=False)
        return points


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


def _stories(points: Sequence[tuple[FactSheet, Figure]], ties: Sequence[Sequence[str]]) -> list[list[int]]:
    """``points`` (of one series on one day) grouped by story: connected components of the reports, two reports
    joined when their ``ties`` (the entities their sentence names, else those their article names most:
    catalog.gather) share one. A report with no tie tells no story and is in none. Each group in the order of
    ``points``; groups by their first report."""
    parent = list(range(len(points)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    first: dict[str, int] = {}  # entity -> the first report naming it
    for n, tied in enumerate(ties):
        for entity in tied:
            other = first.setdefault(entity, n)
            if other != n:
                a, b = root(other), root(n)
                if a != b:
                    parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for n, tied in enumerate(ties):
        if tied:
            groups[root(n)].append(n)
    return list(groups.values())


def _disagreements(series: dict[str, FigureSeries], ties: Callable[[FactSheet, Figure], Sequence[str]],
                   entity: Callable[[str], tuple[str, int]]) -> dict[str, tuple[Disagreement, ...]]:
    """Per series, the days on which two articles about one story give values that cannot both hold.

    Two reports are of the same thing when they are in one series (same counted thing, same unit), refer
    to the same day (the figure's own period where the sentence states one, ``period_date``, else the day
    its article was published) and are about the same story: ``ties(sheet, figure)`` gives the entities (ids;
    ``entity(id)``: its name and the count of articles naming it) that tie a report to its story, and reports
    sharing one, directly or through others, are one story (:func:`_stories`); a report with none is compared
    with no other. Two BBC
    articles of one day, one on a flood and one on a concert, both count "people": no disagreement. A death
    toll that grows from one day to the next is a series, not a disagreement; two tolls for one day are. Values
    agree when their ranges (``value`` to ``value_max``) overlap. Reports with no date at all are not compared.
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
            tied = [ties(sheet, fig) for sheet, fig in points]
            found_today = []
            for story in _stories(points, tied):
                group = [points[n] for n in story]
                if len({sheet.id for sheet, _ in group}) < 2:
                    continue
                lowest_high = min(float(f.value_max if f.value_max is not None else f.value) for _, f in group)
                highest_low = max(float(f.value) for _, f in group)
                if highest_low <= lowest_high:
                    continue
                # What the heading says it is about: the entity most of its reports name (counted once a report),
                # then the first by id. Only the day's own reports decide it, never counts over the archive: the
                # anchor holds it, and a link a newsroom saved to an old day must not move when newer articles arrive.
                named = Counter(e for n in story for e in set(tied[n]))
                about = min(named, key=lambda e: (-named[e], e))
                group.sort(key=lambda p: (float(p[1].value), p[0].id, p[1].id))
                found_today.append(Disagreement(series=key, date=day, points=tuple(group), about=about,
                                                about_name=entity(about)[0]))
            # A day's stories in anchor order: one order whatever order the archive's articles come in.
            days.extend(sorted(found_today, key=lambda d: d.about))
        if days:
            found[key] = tuple(days)
    return found
