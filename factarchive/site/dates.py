"""Dates as the site reads them: which are plausible, and the order of articles (newest first).

Split from catalog.py (one job a module); catalog.py still exports these names.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Optional

from ..model import FactSheet
from .lazysheet import figure_dates

# Dates outside these bounds are misread, not news: "0001-01-01" stretched the timeline over two thousand
# years. The upper bound is tomorrow (a time zone ahead of this machine), read when the site is built.
EARLIEST_YEAR = 1800


def plausible_date(text: Optional[str], today: Optional[dt.date] = None) -> Optional[dt.date]:
    """The date an ISO text starts with, if it is a real date between 1800 and tomorrow; else None."""
    if not text or len(text) < 10:
        return None
    try:
        day = dt.date.fromisoformat(text[:10])
    except ValueError:
        return None
    latest = (today or dt.date.today()) + dt.timedelta(days=1)
    return day if EARLIEST_YEAR <= day.year and day <= latest else None


def beyond_tomorrow(sheets: Iterable[FactSheet], today: Optional[dt.date] = None) -> tuple[str, ...]:
    """The archive's dates that :func:`plausible_date` refuses today because they are later than tomorrow.

    They are all the pages read of the build day: a page cache keyed on them stays right when the day
    changes (a date that becomes plausible changes this list) and is not thrown away every midnight.
    """
    bound = ((today or dt.date.today()) + dt.timedelta(days=1)).isoformat()
    found = {d[:10] for s in sheets for d in (s.published, *figure_dates(s)) if d and d[:10] > bound}
    return tuple(sorted(found))



def article_order(sheet: FactSheet) -> tuple:
    """Newest first; undated articles last; ties by id, so the order is total."""
    return (sheet.published is None, "" if sheet.published is None else descending(sheet.published), sheet.id)


def descending(date: str) -> str:
    """A key that sorts ISO dates (or any text) descending inside an ascending sort."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date)

