"""Photo captions: one per photo, with credit, agency, date, place and people pictured."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..model import Caption, PictureSubject, RawCaption
from .lexicon import AGENCIES

DATE_SETTINGS = {"REQUIRE_PARTS": ["day", "month", "year"], "DATE_ORDER": "MDY", "PREFER_LOCALE_DATE_ORDER": False}


@lru_cache(maxsize=4096)
def normalise_date(text: str) -> str:
    """A full date as ISO 8601 ("February 27, 2020" -> "2020-02-27"); anything less, as stated.

    A date without a year ("January 30") is kept as printed: guessing the year
    would invent a fact.
    """
    import dateparser  # slow to import; only extraction needs it

    parsed = dateparser.parse(text, languages=["en"], settings=DATE_SETTINGS)
    return parsed.date().isoformat() if parsed else text


def agency_name(credit: Optional[str]) -> Optional[str]:
    """The agency's full name for a credit ("AFP" -> "Agence France-Presse"), where known."""
    if not credit:
        return None
    return AGENCIES.get(credit.strip().casefold())


def build_caption(index: int, raw: RawCaption, doc, places: list[str], people: list[tuple[str, str, Optional[str]]]) -> Caption:
    """One Caption from its parsed text and the article's resolved entities (stage ``captions.build``).

    ``places`` are ids of the locations the caption mentions, most specific
    first; ``people`` are (name, actor id, position) of the persons it names.
    """
    dates = [ent.text for ent in doc.ents if ent.label_ == "DATE"]
    subjects, seen = [], set()
    for name, actor, position in people:
        if actor in seen:
            continue
        seen.add(actor)
        subjects.append(PictureSubject(name=name, actor=actor, position=position))
    return Caption(
        id=f"c{index}",
        caption=raw.text,
        credit=raw.credit,
        agency=agency_name(raw.credit),
        date=normalise_date(dates[0]) if dates else None,
        place=places[0] if places else None,
        people=tuple(subjects),
    )
