"""Rates: what one value of a figure is per ("$1,300 a week": per "week"), read from the parse.

A rate is an amount, a count or a measure with what one of it is per, printed right after it (or after the noun it
counts), inside the model's span or outside it:

* "a"/"an"/"every" and a singular noun the parser attaches as a noun used as an adverb (``npadvmod``): "$1,300 a
  week", "$40 a head", "$1.50 a share", "11,000 barrels a day", "300 people a day", "20% a year", "100,000 people
  every year";
* the same printed with hyphens on the amount, as a modifier: "a $100-a-month job", "$40-a-barrel oil";
* "per" and its object (``prep`` and ``pobj``): "RM120 per day", "$30,000 per capita", "$200 per tonne", "4.25
  percent per annum", "$5 per 100 grams".

Between the figure and its rate there may stand the same amount in another currency, in brackets ("76.40 kroner
(dlrs 10.6) an hour": both per hour), and a word of how exact the figure is ("125,000 new jobs or so a month").

``Figure.per`` is the noun as printed, common nouns in lower case ("week", "capita", "annum", "100 grams", "LSE
share"), so that a reader and a scorer find it in the sentence; ``value`` stays the amount, ``unit`` its currency or
unit, ``counts`` what it counts.

Decisions:

* A percentage a year ("inflation of 20% a year", "5% per annum") is a rate like any other: ``per`` "year". The
  sentence says the percentage is per year, and a reader comparing "20%" with "20% a year" needs to know.
* A speed written with a distance and "an hour" ("50 miles an hour", "80 km per hour") is a rate: unit mi, per
  "hour", as printed; a speed written as one unit of speed ("50 mph", "100 km/h") has that unit and no ``per``. The
  value and unit stay what the sentence prints in both cases; converting one into the other would print a unit the
  article does not use.
* Not a rate: no amount ("once a week", "twice a day": no figure at all); a time that says when ("5% a year ago",
  "$5m a year earlier", "a year after"): the noun then hangs from an adverb ("ago") or is followed by a word of
  time; a date phrase on the verb that does not follow the figure ("met her once a week, paying $50"); plurals
  ("every four years": a period, not one of something).
"""

from __future__ import annotations

from typing import Optional

from .lexicon import PERCENT_WORDS, RATE_DETERMINERS, RATE_TIME_NOUNS, ROUGHLY_AFTER, WHEN_AFTER


def rate_per(doc, start: int, end: int, unit: Optional[str], counts: Optional[str]) -> Optional[str]:
    """What one value of the figure at ``start:end`` is per, as printed ("week"), or None when it is no rate.

    The rate's words start right after the figure's last number (inside the model's span: "50 miles an hour" tagged
    whole) and at the latest right after the figure, after the noun it counts ("300 people| a day") or after a short
    "of" phrase saying what the measure is of ("450,000 litres of water| a day"). A second rate phrase right after
    the first is part of it: "RM120 per day per athlete" is per "day per athlete".
    """
    # "per second": an ordinal's word after "per" is the rate's noun, not a number of the figure
    numbers = [t.i for t in doc[start:end] if (t.like_num or t.text[:1].isdigit()) and not (t.i > start and doc[t.i - 1].lower_ == "per")]
    first = numbers[-1] + 1 if numbers else end
    last = end
    if counts:
        noun = counts.split()[-1]
        last = next((t.i + 1 for t in doc[end : end + 8] if t.text == noun), end)
    if last < len(doc) and doc[last].lower_ == "of" and doc[last].dep_ == "prep":
        obj = next((c for c in doc[last].children if c.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i - last <= 3:
            last = obj.right_edge.i + 1  # "barrels of oil| a day"
    last, roughly = _past_aside(doc, start, last)
    for i in range(first, min(last, len(doc) - 1) + 1):
        found = _rate_at(doc, i, loose=roughly and i == last)
        if found:
            noun_start, noun_end = found
            while noun_end < len(doc) - 1 and (more := _rate_at(doc, noun_end)) is not None:
                noun_end = more[1]  # "per day| per athlete"
            return _as_printed(doc[noun_start:noun_end])
    return None


def _past_aside(doc, start: int, last: int) -> tuple[int, bool]:
    """Where a rate phrase may start after the words that stand aside between a figure and its rate, and whether
    one of them is a word of how exact the figure is: the same amount in brackets ("76.40 kroner (dlrs 10.6)| an
    hour"), the closing bracket of a figure that is itself in brackets ("(dlrs 10.6)| an hour"), "or so"."""
    if last < len(doc) and doc[last].text == ")" and any(t.text == "(" for t in doc[max(0, start - 2) : start]):
        last += 1  # the figure is the bracketed one
    elif last + 2 < len(doc) and doc[last].text == "(":
        close = next((t.i for t in doc[last + 1 : last + 8] if t.text == ")"), None)
        if close is not None and any(t.like_num or t.text[:1].isdigit() for t in doc[last + 1 : close]):
            last = close + 1  # another currency's amount in brackets, not another rate
    roughly = tuple(t.lower_ for t in doc[last : last + 2]) in ROUGHLY_AFTER
    return (last + 2, True) if roughly else (last, False)


def _rate_at(doc, i: int, loose: bool = False) -> Optional[tuple[int, int]]:
    """The tokens of the rate's noun when a rate phrase starts at token ``i``: "a| week", "per| day", "per| 100
    grams"; None when none starts there. ``loose``: right after "or so", where the parser often attaches the noun
    elsewhere, a noun of time with "a" before it is read however it is attached."""
    tok = doc[i]
    hyphened = _hyphenated_rate_at(doc, i)
    if hyphened is not None:
        return hyphened
    if tok.lower_ == "per" and tok.dep_ == "prep":
        obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.left_edge.i != i + 1 \
                or f"per {obj.lower_}" in PERCENT_WORDS:  # "per cent": a unit, no rate
            return None
        return i + 1, obj.i + 1
    if tok.lower_ in RATE_DETERMINERS and tok.dep_ == "det" and i + 1 < len(doc):
        noun = doc[i + 1]
        attached = noun.dep_ == "npadvmod" and noun.head.pos_ != "ADV" or loose and noun.lower_ in RATE_TIME_NOUNS
        if tok.head.i != noun.i or not attached or noun.tag_ != "NN":
            return None
        after = [t.lower_ for t in doc[i + 2 : i + 4]]
        if after and (after[0] in WHEN_AFTER or after[:2] in (["from", "now"], ["from", "today"], ["from", "then"])
                      or after[0] == "on" and (len(after) == 1 or not after[1].isalpha())):
            return None  # "a year ago", "a year after the war", "a year from now", "a year on,"
        return i + 1, i + 2
    return None


def _hyphenated_rate_at(doc, i: int) -> Optional[tuple[int, int]]:
    """A rate printed with hyphens on the amount, as a modifier: "a $100|-a-month job", "a £100,000|-a-year post",
    "$40|-a-barrel oil": the hyphen, "a"/"an", a hyphen and one singular noun, with no space between (whatever the
    parse makes of words so joined)."""
    if i + 3 >= len(doc) or doc[i].text != "-" or doc[i + 2].text != "-" or not doc[i - 1].text[-1:].isdigit():
        return None
    if any(t.whitespace_ for t in doc[i - 1 : i + 3]) or doc[i + 1].lower_ not in ("a", "an"):
        return None
    noun = doc[i + 3]
    if not noun.is_alpha or noun.lower_.endswith("s") and noun.lower_ not in RATE_TIME_NOUNS:
        return None  # a plural is no "one of something"
    if i + 4 < len(doc) and not noun.whitespace_ and doc[i + 4].text == "-":
        return None  # "$5-a-head-fee" and the like run on: not read
    return i + 3, i + 4


def _as_printed(words) -> str:
    """The words of a rate's noun as printed, common nouns in lower case ("week" of "A Week" in a headline, "LSE
    share")."""
    return "".join((t.text if t.pos_ == "PROPN" else t.lower_) + t.whitespace_ for t in words).strip()
