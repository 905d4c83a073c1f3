"""Datelines: the place (and date) a wire story was filed from, printed before its first sentence.

The shapes news agencies print::

    SALVADOR, Feb 26 - Showers continued ...             (Reuters, 1987)
    WASHINGTON, March 5 (Reuters) - The Senate ...        (Reuters)
    NAIROBI, Kenya (AP) _ Thousands of laborers ...       (AP, 1998)
    CAMBRIDGE, Mass. _ In the Media Laboratory ...        (NYT wire)
    VATICAN CITY (AP) — More than 10 years ...

The place starts in capitals (that is what tells a dateline from a sentence
that happens to start with a name); a region in ordinary case may follow.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Optional

from ..model import Dateline

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3})"  # NAIROBI, VATICAN CITY, ST. LOUIS
    rf"(?:,\s(?!{_MONTH}\s\d)(?P<region>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){{0,2}}))?"  # , Kenya / , Mass.
    rf"(?:,\s(?P<date>{_MONTH}\s\d{{1,2}}))?"  # , Feb 26
    r"\s*(?:\((?P<agency>[A-Z][\w .&-]{0,30})\))?"  # (AP) / (Reuters)
    r"\s*(?:-{1,2}|_|—|–)\s+(?P<rest>\S.*)$",
    re.S,
)
MIN_PLACE_LETTERS = 3  # "US - " and "AP - " are not datelines


def split_dateline(paragraph: str, published: Optional[str] = None) -> tuple[Optional[Dateline], Optional[str], str]:
    """(dateline, agency credited in it, the paragraph without it); (None, None, paragraph) if there is none.

    A dateline date without a year ("Feb 26") is made ISO 8601 with the year of
    ``published`` (the story's own date line) when there is one, else kept as printed.
    """
    match = DATELINE.match(paragraph)
    if not match or sum(ch.isalpha() for ch in match.group("place")) < MIN_PLACE_LETTERS:
        return None, None, paragraph
    place = match.group("place").rstrip(".")
    if match.group("region"):
        place = f"{place}, {match.group('region')}"
    printed = match.group("date")
    when = _with_year(printed, published) if printed else None
    return Dateline(place=place, date=when), match.group("agency"), match.group("rest").strip()


def _with_year(printed: str, published: Optional[str]) -> str:
    """"Feb 26" + "1987-02-26" -> "1987-02-26"; the year before when that would be after publication."""
    if not published:
        return printed
    month_name, day = printed.replace(".", "").split()
    month = MONTHS[month_name[:4].lower() if month_name[:4].lower() == "sept" else month_name[:3].lower()]
    try:
        pub = date.fromisoformat(published[:10])
        filed = date(pub.year, month, int(day))
        if filed > pub:
            filed = date(pub.year - 1, month, int(day))
    except ValueError:
        return printed
    return filed.isoformat()
