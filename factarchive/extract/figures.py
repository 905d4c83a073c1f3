"""Figures: numbers with what they count, how exact they are, when, and who reported them.

What is a figure (the rule, decided once):

* A figure says **how many or how much**: a count ("30 Turkish military
  vehicles", "two leaders", "hundreds of thousands"), an amount of money
  ("$40 million", value 40000000, unit USD), a percentage, or a measured
  quantity ("12 miles", "3,000-meter race", unit mi / m).
* A length of time is a figure only as the length of something that happens:
  "a nine-year conflict" (9, years, counts "conflict"), "a 23-day strike".
  On its own ("for 20 years", "in three months", "two months ago") it says
  *when*, and becomes the ``period`` of the figure it qualifies instead. An
  age ("a 43-year-old man", "four-year-old copies") describes who or what
  the story is about and is no figure; nor is the term that makes a thing
  what it is ("30-year bonds", "a seven-day yield") or a span of time itself
  ("a 30-day period", "a four-month low").
* Units are units of measure (metres, tonnes, barrels, km, ...). A number of
  things counted one by one ("237 seats", "190 points", "a 76-storey
  tower") counts them: ``counts: seats``, no unit.
* Dates, times of day and years ("1998", "March 5") are never figures; nor
  are ordinals used as ranks ("second largest"), which spaCy tags ORDINAL
  and which are not read at all; nor numbers that are part of a name or an
  address ("Local 802", "Kosmos-2350", "at 601 Riverview Dr.") or that name
  the thing before them ("resolution 425", "Part two", "Flight 800").
* A share of a group is its fraction of what it counts: "eight out of 10
  voters" is 0.8, counts "voters"; "one in five" 0.2 (no unit and a value
  between 0 and 1: the site keys a share series). The figure as printed is
  the first number, as the gold sets tag it; the second ("10") stays a
  number that counts nothing of its own. An age printed as one ("died aged
  70", "at the age of 27", "who was 13 at the time") is no figure.
* A suffix "m" printed on a number is metres ("cleared 4.88m", "the 400m
  title") unless a plural it counts follows ("1m people") or the sentence
  speaks of an audience or sales and of nothing measured ("the show peaked
  at 11.9m": 11,900,000).
* Vague plurals are a lower bound: "millions" is 2000000 with qualifier
  "at least"; "hundreds of thousands" 200000, "at least". A stated range
  ("$30 million to $40 million", "5-10", "between $4 billion and $6 billion")
  gives ``value`` and ``value_max``; a change ("from 9% to 8%", "59% to 41%")
  and two amounts joined by "and" are two figures.
* ``text`` is the figure as printed: the model's span, with the unit printed
  after the number ("16 kilowatts") and the bound printed with it ("nearly a
  million"); a qualifier that stands apart ("fell below 50%", "an estimated
  11%") and that the model left outside its span is recorded in
  ``qualifier`` but not printed in ``text``.
* A rate keeps its amount as ``value`` and says what one value is per in
  ``per``: "$1,300 a week" (1300 USD, per "week"), "11,000 barrels a day",
  "20% a year"; not "5% a year ago" (when) nor "once a week" (no amount).
  A speed printed as one unit ("100 km/h", "50 mph") has that unit; "50
  miles an hour" is 50 mi per "hour" (see
  :mod:`factarchive.extract.figure_rates`).
* ``period`` is the date or time phrase attached to the same verb ("entered
  Idlib since March 5" -> "since March 5"); ``period_date`` is its ISO date,
  resolved against the publication date where it is relative (see
  :mod:`factarchive.extract.dates`).

The work is split by job: finding the number spans (:mod:`~factarchive.extract.figure_spans`), the rules a number
passes through (:mod:`~factarchive.extract.figure_rules`, registered by name in :mod:`~factarchive.extract.rules`,
with the tests they read in :mod:`~factarchive.extract.figure_drops` and :mod:`~factarchive.extract.figure_reading`),
rates (:mod:`~factarchive.extract.figure_rates`), the loop over a block
(:mod:`~factarchive.extract.figure_find`); this module merges repeats and gives ids (stage ``figures.merge``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import replace
from typing import Iterable, Optional

from ..model import Figure
from . import dates
from .figure_find import Found, find_figures
from .money import ISO_CURRENCIES
from .quantities import Value, parse_value

# Found, find_figures, Value, parse_value and ISO_CURRENCIES are part of this module's interface too: the pipeline,
# the tests and benchmarks/evaluate.py import them from here (they live in figure_find.py, quantities.py and money.py).
__all__ = ["ISO_CURRENCIES", "Found", "Value", "content_ids", "figure_content", "figure_ids", "find_figures",
           "number_figures", "parse_value"]


def content_ids(prefix: str, contents: Iterable[str]) -> list[str]:
    """Ids made from what facts are: ``prefix-`` and 8 hex digits of sha256 of each content, in the given order.

    A content seen before in the list (two identical facts, or two hashes that
    happen to agree) gets ``-2``, ``-3``, ... in list order, so ids are unique
    within a sheet and the same list always gets the same ids. An id never
    depends on the facts around it, so a fact found or lost elsewhere in the
    article leaves every other id as it was.
    """
    seen: Counter[str] = Counter()
    ids = []
    for content in contents:
        base = f"{prefix}-{hashlib.sha256(content.encode('utf-8')).hexdigest()[:8]}"
        seen[base] += 1
        ids.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return ids


def _normalised(text: str) -> str:
    """Text as an id reads it: case folded, any run of white space one space."""
    return " ".join(text.split()).casefold()


_FIGURE_MARK = "\0"  # stands for the printed figure in its sentence: hashed, never shown


def figure_content(text: str, sentence: str) -> str:
    """What a figure is, for its id: its sentence with the printed figure marked where it stands.

    The number itself is left out, so that a figure the article later corrects
    ("2,980" becomes "3,100" in the same sentence) keeps its id and an editor's
    correction of it meets the new number as a conflict, not as a second fact.
    Where the sentence does not print the text as found, both are kept.
    """
    at = standing_alone(text.strip(), sentence) if text.strip() else None
    if at is None:
        return _normalised(text) + _FIGURE_MARK + _normalised(sentence)
    return _normalised(sentence[: at[0]]) + _FIGURE_MARK + _normalised(sentence[at[1]:])


def _word_character(ch: str) -> bool:
    return ch.isalnum() or ch == "_"  # what the re module's \w matches in a str pattern


def standing_alone(text: str, sentence: str) -> Optional[tuple[int, int]]:
    r"""Where ``text`` is first printed in ``sentence`` standing alone, not inside a longer number or word ("2" in
    "2,980", "1.2" or "x2"): (start, end), or None. What ``re.search(r"(?<![\w.,])" + re.escape(text) +
    r"(?![\w]|[.,]\d)", sentence)`` finds, written out: the pattern differs for every figure, and compiling one per
    figure (the re module keeps 512) cost 1 % of the extraction."""
    start = sentence.find(text)
    while start != -1:
        end = start + len(text)
        before = sentence[start - 1] if start else ""
        after = sentence[end:end + 2]
        if not (before and (_word_character(before) or before in ".,")) \
                and not (after and (_word_character(after[0]) or after[0] in ".," and after[1:2].isdecimal())):
            return start, end
        start = sentence.find(text, start + 1)
    return None


def figure_ids(figures: Iterable[tuple[str, str]]) -> list[str]:
    """The ids of figures given as (text as printed, first sentence), in article order: ``f-`` and 8 hex digits."""
    return content_ids("f", (figure_content(text, sentence) for text, sentence in figures))


def number_figures(found: list[Found], published: Optional[str] = None) -> tuple[Figure, ...]:
    """Merge repeats of one figure (headline and body), date their periods, give each its id (stage ``figures.merge``).

    The id comes from the figure's first sentence and where its number stands
    in it (:func:`figure_ids`), never from its position among the others.
    """
    merged: dict[str, Figure] = {}
    for item in found:
        figure, key = item.figure, item.key
        if key in merged:
            old = merged[key]
            evidence = old.evidence + tuple(s for s in figure.evidence if s not in old.evidence)
            merged[key] = replace(old, evidence=evidence, reported_by=old.reported_by or figure.reported_by,
                                  period=old.period or figure.period)
        else:
            merged[key] = figure
    ids = figure_ids((f.text, f.evidence[0] if f.evidence else "") for f in merged.values())
    out = []
    for fact_id, figure in zip(ids, merged.values()):
        period_date = dates.resolve_date(figure.period, published) if figure.period else None
        out.append(replace(figure, id=fact_id, period_date=period_date))
    return tuple(out)
