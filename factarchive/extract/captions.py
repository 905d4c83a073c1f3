"""Photo captions: one per photo, with credit, agency, date, place and people pictured."""

from __future__ import annotations

import re
from typing import Iterable, Optional

from ..model import Caption, PictureSubject, RawCaption
from .dates import normalise_date
from .figures import content_ids
from .lexicon import AGENCIES

# Credits a reader may have left in the caption text: "... (Photo: AFP)", "... Photo: Reuters",
# "... /AFP Photo", "... AFP/Getty Images", "... Photo by AP".
CREDIT_PATTERNS = (
    re.compile(r"^(?P<text>.+?)\s*\((?:photo|picture|image)s?\s*(?:by|:)\s*(?P<credit>[^()]{1,60})\)\s*$", re.I | re.S),
    re.compile(r"^(?P<text>.+?)\s*/\s*(?P<credit>[A-Z][\w.&' -]{0,40}?)\s+Photos?\s*$", re.S),
    re.compile(r"^(?P<text>.+?[.!?])\s*(?:photo|picture|image)s?\s*(?:by|:)\s*(?P<credit>[A-Z][\w.&'/ -]{0,60}?)\s*$", re.I | re.S),
    re.compile(r"^(?P<text>.+?[.!?])\s+(?P<credit>[A-Z][\w.&' -]{0,30}/(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock))\s*$", re.S),
)


def split_credit(raw: RawCaption) -> RawCaption:
    """The caption with its credit split off, where the reader left the credit in the text."""
    if raw.credit:
        return raw
    for pattern in CREDIT_PATTERNS:
        m = pattern.match(raw.text.strip())
        if m:
            return RawCaption(text=m.group("text").strip(), credit=m.group("credit").strip())
    return raw


def photo_key(text: str, credit: Optional[str]) -> tuple[str, Optional[str]]:
    """What makes two captions one photo: the same text and credit, whatever the case and spacing."""
    return " ".join(text.split()).casefold(), (credit or "").casefold() or None


def unique_captions(captions: Iterable[RawCaption]) -> tuple[RawCaption, ...]:
    """Each photo once: pages print a caption again beside the gallery; same text and credit is one photo."""
    seen: dict[tuple[str, Optional[str]], RawCaption] = {}
    for raw in captions:
        raw = split_credit(raw)
        seen.setdefault(photo_key(raw.text, raw.credit), raw)
    return tuple(seen.values())


def caption_ids(captions: Iterable[tuple[str, Optional[str]]]) -> list[str]:
    """The ids of captions given as (text, credit), in article order: ``c-`` and 8 hex digits of what the photo is.

    Made from :func:`photo_key`, the key :func:`unique_captions` keeps each
    photo once by, so two captions of one sheet never share what the id is
    made from; a repeat (two hashes that agree) still gets ``-2``.
    """
    return content_ids("c", ("\0".join(part or "" for part in photo_key(text, credit)) for text, credit in captions))


def agency_name(credit: Optional[str]) -> Optional[str]:
    """The agency's full name for a credit ("AFP" -> "Agence France-Presse"), where known."""
    if not credit:
        return None
    key = credit.strip().casefold()
    # "AFP/Getty Images": the agency that took it comes first; "Jane Roe, AP", "Ann Lee/The Union via AP",
    # "AP Photo/Bo Chan, File", "Bo Chan/AFP/Getty Images": the first part that names an agency
    if key in AGENCIES:
        return AGENCIES[key]
    for part in CREDIT_PARTS.split(key):
        part = PHOTO_WORDS.sub("", part).strip(" .")
        if part in AGENCIES:
            return AGENCIES[part]
    return None


CREDIT_PARTS = re.compile(r"\s*(?:/|,|;|:|\||\s-\s|\bvia\b|\bfor\b)\s*")
PHOTO_WORDS = re.compile(r"\b(?:photos?|files?|images?|pool|handout|contributor)\b")


MONTH_OR_YEAR = re.compile(r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                           r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b1[89]\d\d\b|\b20\d\d\b", re.I)


def _calendar_date(text: str, published: Optional[str]) -> bool:
    """True for a date a photo was taken on ("March 5, 2020", "January 30", "last week"), not a span or an age.

    spaCy's DATE also covers "25 days", "18 years", "8-year-old", "the 14th century", "third-quarter", "the first half".
    """
    from .dates import resolve_date

    return bool(MONTH_OR_YEAR.search(text)) or bool(resolve_date(text, published))


def build_caption(index: int, raw: RawCaption, doc, places: list[str], people: list[tuple[str, str, Optional[str]]],
                  published: Optional[str] = None) -> Caption:
    """One Caption from its parsed text and the article's resolved entities (stage ``captions.build``).

    Its id is made from its text and credit (:func:`caption_ids`), not from
    ``index``, its place among the article's photos, so that a photo found or
    lost elsewhere leaves it as it was.

    ``places`` are ids of the locations the caption mentions, most specific
    first; ``people`` are (name, actor id, position) of the persons it names.
    The date is the first of the caption's calendar dates (not a span or an
    age: "25 days", "8-year-old"), ISO 8601 where full, or resolved against
    ``published`` where partial ("January 30"); otherwise as printed.
    """
    dates = [ent.text for ent in doc.ents if ent.label_ == "DATE" and _calendar_date(ent.text, published)]
    subjects, seen = [], set()
    for name, actor, position in people:
        if actor in seen:
            continue
        seen.add(actor)
        subjects.append(PictureSubject(name=name, actor=actor, position=position))
    return Caption(
        id=caption_ids([(raw.text, raw.credit)])[0],
        caption=raw.text,
        credit=raw.credit,
        agency=agency_name(raw.credit),
        date=normalise_date(dates[0], published) if dates else None,
        place=places[0] if places else None,
        people=tuple(subjects),
    )
