"""Figures: numbers with what they count, how exact they are, when, and who reported them.

What is a figure (the rule, decided once):

* A figure says **how many or how much**: a count ("30 Turkish military
  vehicles", "two leaders", "hundreds of thousands"), an amount of money
  ("$40 million", value 40000000, unit USD), a percentage, or a measured
  quantity ("12 miles", "3,000-meter race", unit mi / m).
* A length of time is a figure only as a measure of a thing: "a nine-year
  conflict" (9, years, counts "conflict"), "a 43-year-old man" (43, years).
  On its own ("for 20 years", "in three months", "two months ago") it says
  *when*, and becomes the ``period`` of the figure it qualifies instead.
* Dates, times of day and years ("1998", "March 5") are never figures; nor
  are ordinals used as ranks ("second largest"), which spaCy tags ORDINAL
  and which are not read at all; nor numbers that are part of a name or an
  address ("Local 802", "Kosmos-2350", "at 601 Riverview Dr.").
* Vague plurals are a lower bound: "millions" is 2000000 with qualifier
  "at least"; "hundreds of thousands" 200000, "at least". A stated range
  ("$30 million to $40 million", "5-10") gives ``value`` and ``value_max``.
* ``period`` is the date or time phrase attached to the same verb ("entered
  Idlib since March 5" -> "since March 5"); ``period_date`` is its ISO date,
  resolved against the publication date where it is relative (see
  :mod:`factarchive.extract.dates`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from text_to_num import text2num

from ..model import Figure
from . import dates
from .lexicon import (COUNTING_WORDS, CURRENCIES, FRACTIONS, QUALIFIER_CANONICAL, QUALIFIERS, REPORTING_VERBS,
                      SUBUNIT_VALUE, SUBUNITS, TIME_UNITS, UNITS)
from .nlp import sentence_of

FIGURE_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "billions": 2_000_000_000, "tens": 20}
SEVERAL = {"several": 3, "a few": 2, "few": 2, "many": 2}  # lower bounds: "several hundred" >= 300
PERIOD_PREPOSITIONS = frozenset({"since", "in", "on", "over", "during", "by", "until", "till", "from", "for",
                                 "within", "between", "after", "before", "as", "through", "last", "this"})
NUMBER = re.compile(r"(?P<n>\d+)/(?P<d>\d+)|(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:\s+(?P<fn>\d+)/(?P<fd>\d+))?")
RANGE = re.compile(r"^(?:between |from )?(?P<a>.+?)(?:\s*(?:-|–|to|and)\s*)(?P<b>(?:[$£€¥]|us\$|rm)?\s*\d.*|[a-z].*)$")
QUALIFIER_RE = re.compile(r"^(?:" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+")
MEASURE_OF_TIME = re.compile(r"[\w,.]+-(?:year|month|week|day|hour)s?(?:-old)?", re.I)
CURRENCY_PREFIX = re.compile(r"^(us\$|hk\$|c\$|a\$|[$£€¥]|rm(?=\s*\d))\s*")


@dataclass(frozen=True)
class Value:
    """A parsed number: value, upper end of a range, qualifier, unit."""

    value: float | int
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    value_max: Optional[float | int] = None


def _int_if_whole(value: float | int) -> float | int:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return round(value, 6) if isinstance(value, float) else value


def _words_number(words: str) -> Optional[float | int]:
    """A number in words: "a million", "nine", "two-thirds", "half", "a dozen", "three hundred thousand"."""
    words = re.sub(r"^(a|an) ", "one ", words.strip()).replace("-", " ")
    if not words:
        return None
    if words in ("half", "one half"):
        return 0.5
    parts = words.split()
    if parts[-1] in COUNTING_WORDS:
        head = _words_number(" ".join(parts[:-1])) if len(parts) > 1 else 1
        return head * COUNTING_WORDS[parts[-1]] if head is not None else None
    if len(parts) >= 2 and parts[-1] in FRACTIONS:
        head = _words_number(" ".join(parts[:-1]))
        return head * FRACTIONS[parts[-1]] if head is not None else None
    if parts[0] == "half" and len(parts) == 2 and parts[1] in SCALES:
        return SCALES[parts[1]] // 2
    try:
        return text2num(words, "en")
    except ValueError:
        return None


def _unit_of(words: str) -> tuple[Optional[str], str, float]:
    """The unit at the end of a phrase: ("%", rest, 1), ("USD", rest, 0.01) for cents, (None, phrase, 1)."""
    for size in (2, 1):
        parts = words.split()
        if len(parts) < size:
            continue
        tail = " ".join(parts[-size:])
        rest = " ".join(parts[:-size])
        if tail in ("%", "percent", "per cent", "pct", "percentage points", "percentage point"):
            return "%", rest, 1
        if tail in SUBUNITS:
            return SUBUNITS[tail], rest, SUBUNIT_VALUE[tail]
        if tail in CURRENCIES:
            return CURRENCIES[tail], rest, 1
        if tail in UNITS and (size == 2 or tail not in SCALES or not rest):
            return UNITS[tail], rest, 1
    return None, words, 1


def _single(words: str, currency: Optional[str]) -> Optional[Value]:
    """One number with its unit, no qualifier, no range."""
    words = words.strip()
    m = CURRENCY_PREFIX.match(words)
    if m:
        currency, words = CURRENCIES.get(m.group(1), CURRENCIES.get(m.group(1).strip())), words[m.end():]
    words = re.sub(r"(?<=\d)(?=[a-z%])", " ", words).strip()  # "47km", "1.6ha", "20%"
    # "3,000-meter", "nine-year-old", "50-kilometer": number, hyphen, unit
    words = re.sub(r"-(?=(?:[a-z]+)(?:-old)?$)", " ", words)
    words = re.sub(r" old$", "", words)
    unit, words, factor = _unit_of(words)
    vague = re.fullmatch(r"(?P<a>dozens|scores|hundreds|thousands|millions|billions|tens)(?: of (?P<b>thousands|millions|billions))?", words)
    if vague:
        value = VAGUE[vague.group("a")] * (VAGUE[vague.group("b")] // 2 if vague.group("b") else 1)
        return Value(value, "at least", unit or currency)
    several = re.fullmatch(r"(?P<s>several|a few|few|many) (?P<scale>hundred|thousand|million|billion)", words)
    if several:
        return Value(SEVERAL[several.group("s")] * SCALES[several.group("scale")], "at least", unit or currency)
    num = NUMBER.match(words)
    if num and num.end() < len(words) and not words[num.end()].isspace():
        num = None  # "802nd", "3a": not a plain number
    if num:
        if num.group("n"):
            value: float | int = int(num.group("n")) / int(num.group("d"))
        else:
            clean = num.group("num").replace(",", "")
            value = float(clean) if "." in clean else int(clean)
            if num.group("fn"):
                value = value + int(num.group("fn")) / int(num.group("fd"))
        rest = words[num.end():].strip()
        if rest:
            if rest not in SCALES:
                return None
            value = value * SCALES[rest]
    else:
        value = _words_number(words)
        if value is None:
            return None
    return Value(_int_if_whole(value * factor if factor != 1 else value), None, unit or currency)


def parse_value(text: str) -> Optional[Value]:
    """The number a phrase states, with qualifier, unit and range.

    "2,980" -> 2980; "nearly a million" -> 1000000 (nearly); "$40 million" ->
    40000000 USD; "hundreds of thousands" -> 200000 (at least); "$30 million to
    $40 million" -> 30000000 to 40000000 USD; "nine-year" -> 9 years.
    """
    words = re.sub(r"\s+", " ", text.strip().lower()).strip(" .,;:")
    qualifier = None
    while m := QUALIFIER_RE.match(words):  # "at more than $40 million"
        q = m.group(0).strip()
        qualifier = QUALIFIER_CANONICAL.get(q, q) or qualifier
        words = words[m.end():]
    currency = None
    m = CURRENCY_PREFIX.match(words)
    if m:
        currency = CURRENCIES.get(m.group(1))
    rng = RANGE.match(words)
    if rng and rng.group("b").strip() not in SCALES and not re.fullmatch(r"[\w,.]+-(?:[a-z]+)(?:-old)?", words):
        high = _single(rng.group("b"), currency)
        low = _single(rng.group("a"), currency)
        if low and high:
            unit = low.unit or high.unit
            low_value = low.value
            # "30 to 40 million": the scale of the upper end applies to the lower one.
            b_scale = next((s for s in ("trillion", "billion", "million", "thousand") if rng.group("b").rstrip().endswith(s)), None)
            if b_scale and not any(rng.group("a").rstrip().endswith(s) for s in SCALES if len(s) > 2):
                low_value = _int_if_whole(low.value * SCALES[b_scale])
            return Value(low_value, qualifier, unit, high.value)
    single = _single(words, currency)
    if single is None:
        return None
    return Value(single.value, qualifier or single.qualifier, single.unit, None)


def _counts(doc, start: int, end: int) -> Optional[str]:
    """The noun phrase a number counts: "30 Turkish military vehicles" -> "Turkish military vehicles"."""
    root = doc[start:end].root
    head = root.head
    if root.dep_ not in ("nummod", "quantmod", "compound", "amod", "npadvmod") or head.i < end or head.pos_ not in ("NOUN", "PROPN"):
        return None
    words = doc[end : head.i + 1]
    if any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") for t in words):
        return head.text
    return words.text


def _verb_of(tok):
    """The verb a token hangs from (itself when it is one), or the sentence root."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 20:
        tok, seen = tok.head, seen + 1
    return tok


def _period(doc, span) -> Optional[str]:
    """The date or time phrase on the same verb as the figure: "since March 5", "in three months"."""
    verb = _verb_of(span.root)
    best = None
    for ent in sentence_of(doc, span.start).ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start < span.end and span.start < ent.end or MEASURE_OF_TIME.fullmatch(ent.text):
            continue
        if _verb_of(ent.root).i != verb.i:
            continue
        start = ent.start
        if start > 0 and doc[start - 1].lower_ in PERIOD_PREPOSITIONS and doc[start - 1].dep_ == "prep":
            start -= 1
        distance = min(abs(ent.start - span.end), abs(span.start - ent.end))
        if best is None or distance < best[0]:
            best = (distance, doc[start : ent.end].text)
    return best[1] if best else None


def _reported_by(sent) -> Optional[str]:
    """Who the sentence attributes its statement to: the subject of its reporting verb."""
    for tok in sent:
        if tok.lower_ in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.pos_ != "PRON":
                    return sent.doc[child.left_edge.i : child.right_edge.i + 1].text
        if tok.lower_ == "according":
            for child in tok.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return sent.doc[obj.left_edge.i : obj.right_edge.i + 1].text
    return None


@dataclass(frozen=True)
class Found:
    """One figure where it was found: the block and the characters of its number."""

    figure: Figure  # without id: ids are given per article
    key: str  # what makes two occurrences one figure: value, unit, what it counts
    block: int
    start_char: int
    end_char: int


def _in_name(doc, start: int, end: int) -> bool:
    """A number that is part of a name or an address: "Local 802", "at 601 Riverview Dr."."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.ent_type_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW") and before.is_title:
        return True
    if before is not None and before.text == "-" and start > 1 and doc[start - 2].pos_ == "PROPN":
        return True
    return after is not None and after.ent_type_ in ("FAC", "LOC") and after.is_title and after.pos_ == "PROPN"


def _rank_or_list(doc, start: int, end: int) -> bool:
    """A rank or a list marker, not a quantity: "No. 1", "number two", "1. Preheat the oven"."""
    if start > 0 and doc[start - 1].lower_ in ("no.", "no", "number", "#"):
        return True
    return start == 0 and end < len(doc) and doc[end].text == "." and end - start == 1


def _measure_spans(doc, ents) -> list:
    """Lengths of time the model tags as DATE but that measure a thing: "nine-year conflict", "43-year-old"."""
    spans = []
    for ent in ents:
        if ent.label_ != "DATE" or not MEASURE_OF_TIME.fullmatch(ent.text):
            continue
        head = ent.root.head if ent.root.head.i != ent.root.i else None
        if ent.text.lower().endswith("-old") or (head is not None and head.i >= ent.end and head.pos_ in ("NOUN", "PROPN")):
            spans.append(ent)
    return spans


def find_figures(doc, block: int = 0) -> list[Found]:
    """Every figure in one parsed block, with its sentence (stage ``figures.find``)."""
    found = []
    all_ents = doc.ents  # rebuilt on every access: read once
    ents = sorted([e for e in all_ents if e.label_ in FIGURE_LABELS] + _measure_spans(doc, all_ents), key=lambda e: e.start)
    for ent in ents:
        start = ent.start
        # A qualifier the model left outside the entity ("nearly" before "a million").
        before = doc[max(0, start - 3) : start].text.lower()
        for q in sorted(QUALIFIERS, key=len, reverse=True):
            if q not in ("at", "only", "some", "over", "under") and (before == q or before.endswith(" " + q)):
                start -= len(q.split())
                break
        end = ent.end
        # A currency the model left outside: "dlrs 25", "RM 50,000", "$ 23"; "millions of dollars".
        currency = None
        if start == ent.start and start > 0 and (doc[start - 1].lower_ in CURRENCIES and not doc[start - 1].lower_.isalpha()
                                                 or doc[start - 1].lower_ in ("dlrs", "dlr", "rm", "us$")):
            start -= 1
            currency = CURRENCIES[doc[start].lower_]
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in CURRENCIES:
            end += 2
        if _rank_or_list(doc, ent.start, ent.end):
            continue
        text = doc[start:end].text
        parsed = parse_value(text)
        if parsed is None and currency:  # "dlrs 25": currency first
            inner = parse_value(doc[start + 1 : end].text)
            parsed = Value(inner.value, inner.qualifier, currency, inner.value_max) if inner else None
        if parsed is None or _in_name(doc, ent.start, ent.end):
            continue
        if ent.label_ == "CARDINAL" and isinstance(parsed.value, int) and 1900 <= parsed.value <= 2100 \
                and parsed.unit is None and not _counts(doc, ent.start, ent.end):
            continue  # a bare year
        unit = parsed.unit
        if ent.label_ == "PERCENT":
            unit = "%"
        elif ent.label_ == "QUANTITY" and unit is None:
            unit = ent.text.split()[-1].lower()
        elif ent.label_ == "CARDINAL" and unit in TIME_UNITS:
            continue  # "20 years" tagged CARDINAL: a period, not a figure
        counts = None if ent.label_ in ("PERCENT", "MONEY") else _counts(doc, ent.start, ent.end)
        if unit is None and counts and counts.split()[-1].lower() in UNITS:
            unit, counts = UNITS[counts.split()[-1].lower()], None  # "60 miles" tagged CARDINAL: a measure
            if unit in TIME_UNITS:
                continue  # "15 years": a period
        figure = Figure(
            id="",
            value=parsed.value,
            text=text,
            value_max=parsed.value_max,
            counts=counts,
            unit=unit,
            qualifier=parsed.qualifier,
            reported_by=_reported_by(sentence_of(doc, ent.start)),
            period=_period(doc, ent),
            evidence=(sentence_of(doc, ent.start).text.strip(),),
        )
        key = f"{parsed.value}|{parsed.value_max}|{unit}|{(counts or '').lower()}"
        found.append(Found(figure, key, block, doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)))
    return found


def number_figures(found: list[Found], published: Optional[str] = None) -> tuple[Figure, ...]:
    """Merge repeats of one figure (headline and body), date their periods, number them f1, f2, ... (stage ``figures.merge``)."""
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
    out = []
    for i, figure in enumerate(merged.values(), start=1):
        period_date = dates.resolve_date(figure.period, published) if figure.period else None
        out.append(replace(figure, id=f"f{i}", period_date=period_date))
    return tuple(out)
