"""Quantities: the number a phrase states, with its qualifier, range, unit and the noun it counts.

"2,980" -> 2980; "nearly a million" -> 1000000 (nearly); "$30 million to $40 million" -> 30000000 to
40000000 USD; "hundreds of thousands" -> 200000 (at least); "190-point" -> 190, counts "points". Text only:
what a number counts in its sentence, and whether it is a figure at all, is :mod:`factarchive.extract.figures`'
to say; currencies and magnitudes are :mod:`factarchive.extract.money`'s tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from text_to_num import text2num

from .lexicon import (AMBIGUOUS_SUFFIXES, COUNTED_NOUNS, COUNTING_WORDS, CURRENCIES, FRACTIONS, MEASURE_UNITS, QUALIFIER_CANONICAL,
                      QUALIFIERS, SCALES, SEVERAL, SPEED_UNITS, SUBUNITS, UNIT_FACTORS, VAGUE)
from .money import CURRENCY_PREFIX, int_if_whole


NUMBER = re.compile(r"(?P<n>\d+)/(?P<d>\d+)|(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:\s+(?P<fn>\d+)/(?P<fd>\d+))?")
# "two or three", "three or four million": two numbers joined by "or" state a range too (the lower end takes the upper's
# scale), not the last of them alone (read as "three", the first number was lost and the value was the upper end).
# "to" and "and" not inside a word: the "and" of "thousand" joins nothing ("one thousand to two million" was "one
# thous" to "to two million"); after a digit they still do ("between £5,001and £10,000", a typing slip).
RANGE = re.compile(r"^(?:between |from )?(?P<a>.+?)(?P<sep>\s*(?:-|–)\s*|\s*(?<![a-z])(?:to|and)(?![a-z])\s*|\s+or\s+)(?P<b>(?:[$£€¥]|us\$|rm)?\s*\d.*|[a-z].*)$")
TENS_AND_UNITS = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)\b")
QUALIFIER_RE = re.compile(r"^(?:" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+")


@dataclass(frozen=True)
class Value:
    """A parsed number: value, upper end of a range, qualifier, unit."""

    value: float | int
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    value_max: Optional[float | int] = None
    counts: Optional[str] = None  # a counted noun printed with the number ("190-point" -> "points")


# Bits as printed after a number: a capital and a small "b" ("2Mb", "100 Kb"), read before the phrase is lower-cased.
BITS_PRINTED = re.compile(r"(?<=\d)\s?([KkMG])b\b")


def words_number(words: str) -> Optional[float | int]:
    """A number in words: "a million", "nine", "two-thirds", "half", "a dozen", "three hundred thousand"."""
    words = re.sub(r"^(a|an) (?=half \w)", "", words.strip())  # "a half million" is half a million
    words = re.sub(r"^(a|an) ", "one ", words).replace("-", " ")
    if not words:
        return None
    if words in ("half", "one half", "quarter"):
        return FRACTIONS[words.split()[-1]]  # "a quarter of black voters", tagged "quarter"
    parts = words.split()
    if not parts:
        return None
    if len(parts) == 3 and parts[0] == "half" and parts[1] in ("a", "an", "one") and parts[2] in COUNTING_WORDS:
        return COUNTING_WORDS[parts[2]] // 2 if COUNTING_WORDS[parts[2]] % 2 == 0 else COUNTING_WORDS[parts[2]] / 2  # "half a dozen"
    if parts[-1] in COUNTING_WORDS:
        head = words_number(" ".join(parts[:-1])) if len(parts) > 1 else 1
        return head * COUNTING_WORDS[parts[-1]] if head is not None else None
    if len(parts) >= 2 and parts[-1] in FRACTIONS:
        head = words_number(" ".join(parts[:-1]))
        return head * FRACTIONS[parts[-1]] if head is not None else None
    if parts[0].lower() == "half" and parts[-1].lower() in SCALES and [p.lower() for p in parts[1:-1]] in ([], ["a"], ["one"]):
        return SCALES[parts[-1].lower()] // 2  # "half a million", "half million": not "a million"
    try:
        return text2num(words, "en")
    except ValueError:
        pass
    # text2num stops at a billion: "one trillion", "two and a half trillion" are the words before it, times the scale.
    if parts[-1] in SCALES and len(parts[-1]) > 3:
        head = words_number(" ".join(parts[:-1])) if len(parts) > 1 else 1
        return head * SCALES[parts[-1]] if head is not None else None
    return None


def trailing_scale(words: str) -> Optional[int]:
    """The magnitude the words end with, every magnitude word multiplied ("six hundred thousand": 100,000; "40 million":
    1,000,000; "a dozen": 12), or None. A unit after the number ends no scale ("six megabits")."""
    found = trailing_scale_words(words)
    if not found:
        return None
    scale = 1
    for word in found:
        scale *= _scale_of(word)
    return scale


def _scale_of(word: str) -> int:
    """What a magnitude word of :func:`trailing_scale_words` multiplies by."""
    return SCALES[word] if word in SCALES and len(word) > 3 else COUNTING_WORDS[word]


def trailing_scale_words(words: str) -> list[str]:
    """The magnitude words the words end with, in order ("six hundred thousand": ["hundred", "thousand"]; "a dozen":
    ["dozen"]; "6.3bn": [], a suffix is no word)."""
    parts = re.split(r"[\s-]+", words.strip())
    found: list[str] = []
    for word in reversed(parts[1:]):
        if word in SCALES and len(word) > 3:  # words, not suffixes ("10 m" may be metres: see the range's suffix)
            found.append(word)
        elif word in COUNTING_WORDS and not found:
            found.append(word)
        else:
            break
    return found[::-1]


def _unit_of(words: str) -> tuple[Optional[str], str, Decimal]:
    """The unit at the end of a phrase: ("%", rest, 1), ("USD", rest, 0.01) for cents, (None, phrase, 1)."""
    for size in (3, 2, 1):
        parts = words.split()
        if len(parts) < size:
            continue
        tail = " ".join(parts[-size:])
        rest = " ".join(parts[:-size])
        if tail in ("%", "percent", "per cent", "pct", "percentage points", "percentage point"):
            return "%", rest, Decimal(1)
        if tail in SUBUNITS:
            return SUBUNITS[tail][0], rest, Decimal(str(SUBUNITS[tail][1]))
        if size > 1 and parts[-1] in ("cent", "cents"):  # "65 Canadian cents" (CAD), "20 euro cents" (EUR)
            named = " ".join(parts[-size:-1])
            currency = CURRENCIES.get(f"{named} dollars") or (CURRENCIES.get(named) if named.isalpha() else None)
            if currency:
                return currency, rest, Decimal("0.01")
        if tail in CURRENCIES and (size > 1 or rest):
            return CURRENCIES[tail], re.sub(r" of$", "", rest), Decimal(1)  # "billions of dollars"
        if tail in SPEED_UNITS:
            return SPEED_UNITS[tail], rest, Decimal(1)
        if tail in MEASURE_UNITS and (size == 2 or tail not in SCALES or not rest):
            return MEASURE_UNITS[tail], rest, Decimal(UNIT_FACTORS.get(tail, "1"))
    return None, words, Decimal(1)


def _single(words: str, currency: Optional[str]) -> Optional[Value]:
    """One number with its unit, no qualifier, no range."""
    words = words.strip()
    m = CURRENCY_PREFIX.match(words)
    if m:
        currency, words = CURRENCIES.get(m.group(1), CURRENCIES.get(m.group(1).strip())), words[m.end():]
    words = re.sub(r"(?<=\d/\d)(?:st|nd|rd|th)\b|(?<=\d/\d\d)(?:st|nd|rd|th)\b|(?<=\d/\d\d\d)(?:st|nd|rd|th)\b", "", words)  # "1/70th"
    # A magnitude printed on the number is the amount's; a magnitude word after it is a slip of typing, not a product
    # ("$4.5bn trillion" is $4.5bn; written in words, "1.2 thousand million" multiplies)
    words = re.sub(r"(?<=\d)(bn|m|mn|k)\s+(?:thousand|million|billion|trillion)\b", r"\1", words)
    words = re.sub(r"(?<=\d)(?=[a-z%])", " ", words).strip()  # "47km", "1.6ha", "20%", "9m"
    # "3,000-meter", "nine-year-old", "50-kilometer": number, hyphen, unit
    words = re.sub(r"-(?=[a-z-]*$)", " ", words)  # every hyphen of the words at the end: "250,000-square-foot"
    words = re.sub(r" old$", "", words)
    unit, words, factor = _unit_of(words)
    plus = re.fullmatch(r"(?P<n>.+?)(?: plus|\+)", words)  # "49,000-plus seats": more than 49,000
    if plus:
        inner = _single(plus.group("n"), currency)
        return Value(inner.value, "more than", inner.unit or unit, counts=inner.counts) if inner else None
    multi = re.fullmatch(r"multi-?(?P<scale>million|billion|trillion)", words)  # "a multibillion-dollar dam"
    if multi:
        return Value(VAGUE[multi.group("scale") + "s"], "at least", unit or currency)
    counted = None
    if unit is None and " " in words and words.rsplit(" ", 1)[1] in COUNTED_NOUNS:  # "190-point", "12 seats"
        words, last = words.rsplit(" ", 1)
        counted = COUNTED_NOUNS[last]
    vague = re.fullmatch(r"(?P<a>dozens|scores|hundreds|thousands|millions|billions|tens)(?: of (?P<b>thousands|millions|billions))?", words)
    if vague:
        value = VAGUE[vague.group("a")] * (VAGUE[vague.group("b")] // 2 if vague.group("b") else 1)
        return Value(value, "at least", unit or currency, counts=counted)
    several = re.fullmatch(r"(?P<s>several|a few|few|many) (?P<scale>hundred|thousand|million|billion)(?: (?P<scale2>thousand|million|billion))?s?", words)
    if several:
        value = SEVERAL[several.group("s")] * SCALES[several.group("scale")] * (SCALES[several.group("scale2")] if several.group("scale2") else 1)
        return Value(value, "at least", unit or currency, counts=counted)
    num = NUMBER.match(words)
    if num and num.end() < len(words) and not words[num.end()].isspace():
        num = None  # "802nd", "3a": not a plain number
    if num:
        if num.group("n"):
            value: Decimal | float | int = Decimal(num.group("n")) / Decimal(num.group("d"))
        else:
            value = Decimal(num.group("num").replace(",", ""))
            if num.group("fn"):
                value = value + Decimal(num.group("fn")) / Decimal(num.group("fd"))
        rest = words[num.end():].strip()
        if rest:
            if rest in AMBIGUOUS_SUFFIXES and not (currency or unit):
                # "400m", "5k" with no currency: a race in metres, a run in kilometres, not millions
                return Value(int_if_whole(value), None, MEASURE_UNITS[rest]) if rest in MEASURE_UNITS else None
            scale = Decimal(1)
            for word in rest.split():  # "3.5 billion", "40 crore", "1.2 thousand million"
                if word not in SCALES:
                    return None
                scale *= SCALES[word]
            value = value * scale
    else:
        value = words_number(words)
        if value is None:
            return None
        value = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return Value(int_if_whole(value * factor), None, unit or currency, counts=counted)


def parse_value(text: str) -> Optional[Value]:
    """The number a phrase states, with qualifier, unit and range; words around it it cannot read are left out.

    The model's number spans carry words the parser has no use for ("a record $16.7 billion", "an additional
    150", "500,000 metric tons"): when the whole phrase does not parse, leading words are dropped one at a time,
    then trailing ones, and the first reading that parses is the value (at most three words either way).
    """
    found = parse_value_at(text)
    return found[0] if found else None


@lru_cache(maxsize=1 << 14)
def parse_value_at(text: str) -> Optional[tuple[Value, int]]:
    """:func:`parse_value`, with how many leading words of ``text`` it left out ("a full 360 degrees": 2). Kept per
    text (a figure's words are read by several rules; a Value is frozen)."""
    words = re.sub(r"\s+", " ", text.strip()).strip(" .,;:").split(" ")
    for drop_end in range(0, min(3, len(words) - 1) + 1):
        kept = words[: len(words) - drop_end]
        for drop_start in range(0, min(3, len(kept) - 1) + 1):
            if any(c.isdigit() for w in kept[:drop_start] for c in w):
                break  # never drop the number itself ("#18.49 million" is not "million")
            value = _parse_phrase(" ".join(kept[drop_start:]))
            if value is not None:
                return value, drop_start
    return None


def _parse_phrase(text: str) -> Optional[Value]:
    """The number a whole phrase states, with qualifier, unit and range (None when any word is not understood).

    "2,980" -> 2980; "nearly a million" -> 1000000 (nearly); "$40 million" ->
    40000000 USD; "hundreds of thousands" -> 200000 (at least); "$30 million to
    $40 million" -> 30000000 to 40000000 USD; "nine-year" -> 9 years.
    """
    text = BITS_PRINTED.sub(r" \1bit", text)  # "2Mb broadband" is megabits, "512MB" (or "512mb") of memory megabytes
    words = re.sub(r"\s+", " ", text.strip().lower()).strip(" .,;:")
    words = TENS_AND_UNITS.sub(r"\1 \2", words)  # "thirty-five million" is one number, not a range from 30 to 5 million
    qualifier = None
    while m := QUALIFIER_RE.match(words):  # "at more than $40 million"
        q = m.group(0).strip()
        qualifier = QUALIFIER_CANONICAL.get(q, q) or qualifier
        words = words[m.end():]
    currency = None
    m = CURRENCY_PREFIX.match(words)
    if m:
        currency = CURRENCIES.get(m.group(1), CURRENCIES.get(m.group(1).strip()))
    half = re.fullmatch(r"(?P<w>[a-z0-9 -]+?)[ -]and[ -](?:a|one)[ -]half(?: (?P<scale>hundred|thousand|million|billion|trillion))?", words)
    if half:  # "three and a half", "two-and-a-half million": a number, not a range joined by "and"
        whole = _single(half.group("w"), None)
        if whole is not None and whole.unit is None:
            value = (Decimal(repr(whole.value)) + Decimal("0.5")) * SCALES.get(half.group("scale") or "", 1)
            return Value(int_if_whole(value), qualifier, currency)
    half = re.fullmatch(r"(?P<w>[a-z0-9 -]+?)[ -]and[ -](?:a|one)[ -]half(?P<tail>(?:[ -][a-z][a-z-]*)+)", words)
    if half:  # "two and a half years", "three-and-a-half-hour": the whole number and half of one of what follows
        whole, one = _single(half.group("w") + half.group("tail"), None), _single("1" + half.group("tail"), None)
        if whole is not None and one is not None and whole.unit == one.unit:
            value = Decimal(repr(whole.value)) + Decimal(repr(one.value)) / 2
            return Value(int_if_whole(value), qualifier, whole.unit or currency, counts=whole.counts)
    rng = RANGE.match(words)
    if rng and rng.group("sep").strip() == "and" and not words.startswith("between ") and _single(words, currency) is not None:
        rng = None  # "two hundred and fifty", "one thousand and one": one number, the British way (was 200 to 50)
    # A range never ends in a bare magnitude or counting word: "seven-million-ton" is no range up to a million, "a
    # half-dozen" none from a half to a dozen (it is 6).
    if rng and rng.group("b").strip() not in SCALES and rng.group("b").strip() not in COUNTING_WORDS \
            and not re.fullmatch(r"[\w,.]+-(?:[a-z]+)(?:-old)?", words) \
            and re.split(r"[\s-]", rng.group("b").strip())[0] not in SCALES:
        high = _single(rng.group("b"), currency)
        low = _single(rng.group("a"), currency)
        if low and high:
            unit = low.unit or high.unit
            low_value = low.value
            # "30 to 40 million", "five or six hundred thousand": the whole scale of the upper end (every magnitude word
            # it ends with) applies to the lower one.
            # The scale ends before a unit printed after it: "30 to 40 million dollars" is 30m to 40m dollars.
            b_unit, b_rest, _ = _unit_of(rng.group("b").strip())
            b_number = b_rest if b_unit and b_rest else rng.group("b")
            b_scale = trailing_scale(b_number)
            # "$1.3 to $1.5bn": a suffix printed on the upper amount only is the lower's too; "m" and "k" only on money
            # ("5 to 10m" may be metres: read as _single reads the upper end)
            suffix = re.match(r"(?:[$£€¥]|us\$|rm)?\s*[\d.,]*\d\s*(?P<s>[a-z]{1,3})\b", rng.group("b").strip())
            if b_scale is None and suffix and suffix.group("s") in SCALES \
                    and (suffix.group("s") not in AMBIGUOUS_SUFFIXES or high.unit in CURRENCIES.values()):
                b_scale = suffix.group("s")
            a_words, b_words = trailing_scale_words(rng.group("a")), trailing_scale_words(b_number)
            if b_scale and not any(rng.group("a").rstrip().endswith(s) for s in (*SCALES, *COUNTING_WORDS) if len(s) > 2) \
                    and not re.search(r"\d\s*[a-z]{1,3}$", rng.group("a").rstrip()):
                factor = b_scale if isinstance(b_scale, int) else SCALES.get(b_scale) or COUNTING_WORDS[b_scale]
                scaled = int_if_whole(Decimal(repr(low.value)) * factor)
                # "fifty to three hundred" is 50 to 300: a lower end the scale would put above the upper keeps its own
                low_value = scaled if scaled <= high.value else low_value
            elif a_words and len(b_words) > len(a_words) and b_words[:len(a_words)] == a_words:
                # "five hundred to six hundred thousand": the lower end has the upper's first magnitude words, not the
                # ones after them ("thousand"), which it takes (500,000); never above the upper end
                factor = 1
                for word in b_words[len(a_words):]:
                    factor *= _scale_of(word)
                scaled = int_if_whole(Decimal(repr(low.value)) * factor)
                low_value = scaled if scaled <= high.value else low_value
            return Value(low_value, qualifier, unit, high.value, low.counts or high.counts)
    part = re.fullmatch(r"(?P<f>[a-z][a-z -]*?|\d+/\d+(?:st|nd|rd|th)?) of (?P<b>.+)", words)  # "seven-tenths of 1 percent": 0.7 %
    fraction = None
    if part and part.group("f")[0].isdigit():  # "1/10th of one cent"
        single = _single(part.group("f"), None)
        fraction = single.value if single is not None and single.unit is None else None
    elif part:
        fraction = words_number(part.group("f"))
    if fraction is not None and 0 < fraction < 1:
        whole = _single(re.sub(r"^(?:a|an|one) (?=[a-z])", "1 ", part.group("b")), currency)  # "a tenth of an| inch": one inch
        if whole is not None and whole.unit is not None:
            value = int_if_whole(Decimal(repr(fraction)) * Decimal(repr(whole.value)))
            return Value(value, qualifier, whole.unit, None, whole.counts)
        if whole is not None and whole.counts is None and re.fullmatch(r"(?:a|an|one) (?:" + "|".join(SCALES) + ")", part.group("b")):
            value = int_if_whole(Decimal(repr(fraction)) * Decimal(repr(whole.value)))
            return Value(value, qualifier, currency)  # "a quarter of a million": 250,000
    single = _single(words, currency)
    if single is None:
        return None
    return Value(single.value, qualifier or single.qualifier, single.unit, None, single.counts)
