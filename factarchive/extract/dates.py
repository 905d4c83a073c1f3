"""Dates as stated in copy, normalised with dateparser.

The rule: a full date ("February 27, 2020") is written as ISO 8601. A partial
or relative one ("January 30", "on Sunday", "two months ago") is resolved only
against the article's publication date, when the input states it; without one
it is kept as stated, because guessing the year or the week would invent a fact.
A length of time ("three months", "recent weeks") is not a date and is never
turned into one. A publication date outside 1800 .. tomorrow (a CMS's
"0001-01-01") is no publication date: nothing is resolved against it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..readers.common import publication_date
from .lexicon import WEEKDAYS

FULL_DATE = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "MDY", "PREFER_LOCALE_DATE_ORDER": False}
# Words that anchor a phrase to a day: without one, "three months" is a length, not a date.
ANCHORS = re.compile(
    r"\b(ago|yesterday|today|tonight|tomorrow|last|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b",
    re.I,
)
RELATIVE = re.compile(r"\b(ago|yesterday|today|tonight|tomorrow|last|next|this)\b", re.I)
WEEKDAY = re.compile(r"(?:last |this )?(" + "|".join(WEEKDAYS) + r")", re.I)
LEADING = re.compile(r"^(on|since|from|until|till|by|as of|before|after|in|during|at)\s+", re.I)


@lru_cache(maxsize=8192)
def resolve_date(text: str, published: Optional[str] = None) -> Optional[str]:
    """The ISO 8601 date a phrase names, or None where it names none or cannot be resolved.

    "February 27, 2020" -> "2020-02-27" always; "on Sunday", "two months ago",
    "January 30" only with ``published`` (ISO date), else None.
    """
    import dateparser  # slow to import; only extraction needs it

    phrase = LEADING.sub("", re.sub(r"\s+", " ", text.strip()))
    if not phrase or not (ANCHORS.search(phrase) or re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", phrase)):
        return None
    absolute = re.search(r"\b\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b", phrase) and not RELATIVE.search(phrase)
    if absolute:
        try:
            full = dateparser.parse(phrase, languages=["en"], settings=FULL_DATE)
        except (OverflowError, ValueError):
            full = None
        if full:
            return full.date().isoformat()
    published = publication_date(published)  # "0001-01-01" is a template's placeholder: nothing to resolve against
    if not published:
        return None
    from datetime import datetime, timedelta

    base = datetime.fromisoformat(published)
    weekday = WEEKDAY.fullmatch(phrase)
    if weekday:  # "on Sunday" in a story is the last Sunday up to the day it was published
        back = (base.weekday() - WEEKDAYS.index(weekday.group(1).lower())) % 7
        try:
            return (base - timedelta(days=back)).date().isoformat()
        except OverflowError:
            return None
    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "DATE_ORDER": "MDY", "PREFER_LOCALE_DATE_ORDER": False}
    try:
        data = dateparser.date.DateDataParser(languages=["en"], settings=settings).get_date_data(phrase)
    except (OverflowError, ValueError):  # "900 years ago" from an early base runs off the calendar
        return None
    if data.date_obj is None:
        return None
    # As precise as the phrase: "last year" is a year (1997), "last month" a month (1998-02).
    return data.date_obj.date().isoformat()[: {"year": 4, "month": 7}.get(data.period, 10)]


def normalise_date(text: str, published: Optional[str] = None) -> str:
    """ISO 8601 where the phrase can be resolved (see :func:`resolve_date`), else the phrase as stated."""
    return resolve_date(text, published) or text.strip()


def warm_up() -> None:
    """Import dateparser and load its English data now, once per process."""
    resolve_date("on Sunday", "2000-01-01")
    resolve_date("January 1, 2000")
