"""The figure rules, in the order a number passes through them: its bounds as printed, then what it is.

Each is a registered rule (:mod:`factarchive.extract.rules`, step ``clean``) given a
:class:`~factarchive.extract.figure_reading.Reading` and returning it, changed, or None: the number is no figure.

* scope ``number``: the bounds of the number as printed (the qualifier, currency and magnitude the model left out of
  its span), before its value is read;
* scope ``figure``: what the value is (unit, what it counts, what it is per), and the numbers that are no figure.

Turned off (``FACTARCHIVE_RULES_OFF``), a rule passes the reading on as it was given: a rule that drops drops nothing,
a rule that reads leaves what it would have read unread. The rules run in the order of this module
(:func:`factarchive.extract.figure_find.find_figures` iterates them).
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache

from . import figure_drops as drops
from .ages import age_of_name
from .figure_reading import (OWNED, Reading, changed, _measured, _number_root, _reports, counted, number_naming_a_reporter, period_of, printed_start,
                             reporter, unit_of_measure, verb_of)
from .figure_rates import rate_per
from .figure_spans import _unit_at
from .lexicon import (AMOUNT_PLURALS, CHANGE_PREPOSITIONS, CHANGE_VERBS_LIKE_NOUNS, COUNTED_NOUNS,
                      COUNTING_WORDS, CURRENCIES, CURRENCY_SYMBOLS, FRACTIONS, GROUP_SIZE_WORDS, LEVEL_PREPOSITIONS,
                      LEVEL_VERBS, MEASURE_UNITS, NUMBER_NOUNS, PARTITIVE_RELATIVES, QUALIFIERS, QUALIFIERS_APART, SCALES, SECONDS, SEVERAL,
                      SIZED_GROUPS, SPEED_UNITS, TEMPERATURE_NOUNS, TIME_UNITS, VAGUE)
from .money import (ISO_CURRENCIES, audience_in_millions, bracketed_currency, currency_of_country, extend_amount, int_if_whole, magnitude_suffix,
                    parallel_currency, scale_at, suffix_after)
from .nlp import entities_in, lowers_of, per_doc, sentence_of
from .quantities import parse_value
from .rules import rule

# --------------------------------------------------------------------------- the bounds as printed (scope "number")


@rule("clean", "article_before_scale", scope="number")
def article_before_scale(r: Reading):
    """ "a" the model left outside a bare scale word ("displaced nearly a| million| people", "a| dozen") or a fraction
    ("up to a| half million| villagers", "around a| quarter of a percentage point")."""
    doc, ent = r.doc, r.ent
    fraction = doc[r.start].lower_ in FRACTIONS  # "up to a| half million|", "around a| quarter of a percentage point|"
    if r.start > 0 and doc[r.start - 1].lower_ in ("a", "an") and len(ent.text) > 2 \
            and (ent.text.lower() in SCALES or ent.text.lower() in COUNTING_WORDS or fraction):
        return r.cut(start=r.start - 1, shown=r.start - 1)
    return r


@rule("clean", "several_before_vague", scope="number")
def several_before_vague(r: Reading):
    """ "many| thousands|", "a few| hundreds|": the word of how many the model left outside a vague plural."""
    if r.ent.text.lower() in VAGUE:
        for size in (2, 1):
            if r.start >= size and r.doc[r.start - size : r.start].text.lower() in SEVERAL:
                return r.cut(start=r.start - size, shown=r.start - size)
    return r


@rule("clean", "currency_before", scope="number")
def currency_before(r: Reading):
    """A currency the model left outside: "dlrs 25", "RM 50,000", "$ 23"."""
    doc, start = r.doc, r.start
    if start == r.ent.start and start > 0 and (doc[start - 1].lower_ in CURRENCIES and not doc[start - 1].lower_.isalpha()
                                               or doc[start - 1].lower_ in CURRENCY_SYMBOLS):
        return r.cut(start=start - 1, shown=start - 1, cur=start - 1, currency=CURRENCIES[doc[start - 1].lower_])
    return r


@lru_cache(maxsize=1)
def _qualifiers_longest_first() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each qualifier with its words, the longest first (so that "more than" is read before "more")."""
    return tuple((q, tuple(q.split())) for q in sorted(QUALIFIERS, key=len, reverse=True))


@rule("clean", "qualifier_cut_in_two", scope="number", uses=(_qualifiers_longest_first,))
def qualifier_cut_in_two(r: Reading):
    """A qualifier of several words that the model's span cut in two: "up| to half a million", "as many| as 12", "more|
    than 40". The span's first words end the qualifier, the words before it start it: the figure starts with them."""
    start, lowers = r.start, lowers_of(r.doc)
    for q, words in _qualifiers_longest_first():
        for inside in range(1, len(words)):
            outside = len(words) - inside
            if start >= outside and start + inside < r.end and lowers[start - outside : start + inside] == words:
                first = start - outside
                return r.cut(start=first, shown=first + len(words) if q in QUALIFIERS_APART else first)
    return r


@rule("clean", "qualifier_before", scope="number", uses=(_qualifiers_longest_first,))
def qualifier_before(r: Reading):
    """A qualifier the model left outside the entity ("nearly" before "a million", "as much as" before "$|8.70"). The
    value reads it; the figure as printed starts with it only when it is printed with the number (QUALIFIERS_APART)."""
    before = r.doc[max(0, r.start - 3) : r.start].text.lower()
    for q, _ in _qualifiers_longest_first():
        if q not in ("at", "only", "some", "over", "under") and (before == q or before.endswith(" " + q)):
            start = r.start - len(q.split())
            return r.cut(start=start, shown=r.shown if q in QUALIFIERS_APART else start)
    return r


@rule("clean", "fraction_after_numerator", scope="number")
def fraction_after_numerator(r: Reading):
    """ "three|-sevenths": the model tagged the numerator only."""
    doc, end = r.doc, r.end
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].lower_ in FRACTIONS and doc[end - 1].like_num:
        return r.cut(end=end + 2)
    return r


@rule("clean", "measure_before_hyphen_word", scope="number")
def measure_before_hyphen_word(r: Reading):
    """ "a 34-foot|-tall statue": the measure is "34-foot"; what it measures is the sentence's."""
    doc, start, end = r.doc, r.start, r.end
    while end - start > 2 and doc[end - 2].text == "-" and doc[end - 1].is_alpha and not doc[end - 2].whitespace_ \
            and parse_value(doc[start:end].text) is None and parse_value(doc[start : end - 2].text) is not None:
        end -= 2
    return r.cut(end=end) if end != r.end else r


@rule("clean", "magnitude_and_currency_after", scope="number", uses=(extend_amount,))
def magnitude_and_currency_after(r: Reading):
    """The magnitude and currency the model left out of an amount: "£9|m", "190 million| US dollars"."""
    doc = r.doc
    after_currency = any(t.lower_ in CURRENCY_SYMBOLS or t.text[:1] in "$£€¥" for t in doc[r.start : r.end])
    end = extend_amount(doc, r.end, r.label, after_currency)
    return r.cut(end=end) if end != r.end else r


@rule("clean", "currency_after_of", scope="number")
def currency_after_of(r: Reading):
    """ "millions| of dollars|": the currency after "of" is the amount's."""
    doc, end = r.doc, r.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in CURRENCIES:
        return r.cut(end=end + 2)
    return r


@rule("clean", "speed_after_slash", scope="number")
def speed_after_slash(r: Reading):
    """ "100 km|/h": a unit of speed printed as one unit (figure_rates.py: a speed so printed is a unit, not a rate)."""
    doc, end = r.doc, r.end
    if end + 1 < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
            and doc[end + 1].lower_.rstrip(".") in ("h", "hr") and doc[end - 1].lower_ == "km":
        return r.cut(end=end + 2)
    return r


@rule("clean", "span_past_full_stop", scope="number")
def span_past_full_stop(r: Reading):
    """ "the 1000m.| Swedish": a span the model ran past the full stop printed on a suffix ("m." is one token, and the
    sentence is not split there) ends at that full stop when a capital follows it."""
    doc = r.doc
    for tok in doc[r.start : r.end - 1]:
        if len(tok) > 1 and tok.text.endswith(".") and tok.i > 0 and doc[tok.i - 1].text[-1:].isdigit() \
                and not doc[tok.i - 1].whitespace_ and tok.lower_[:-1] in SCALES.keys() | MEASURE_UNITS.keys() \
                and doc[tok.i + 1].text[:1].isupper():
            return r.cut(end=tok.i + 1)
    return r


@rule("clean", "sentence_full_stop", scope="number", uses=(scale_at,))
def sentence_full_stop(r: Reading):
    """ "$500m." at the end of a sentence: the full stop is the sentence's."""
    if r.doc[r.end - 1].lower_.endswith(".") and scale_at(r.doc, r.end - 1):
        return changed(r, text=r.text[:-1])
    return r


@rule("clean", "owned_percent", scope="number")
def owned_percent(r: Reading):
    """ "62%-owned by American Express", one token: the figure is "62%"."""
    owned = OWNED.fullmatch(r.text)
    return changed(r, text=owned.group(1)) if owned else r


# --------------------------------------------------------------------------- what the figure is (scope "figure")


@rule("clean", "currency_of_parallel_amount", scope="figure", uses=(parallel_currency, suffix_after, bracketed_currency))
def currency_of_parallel_amount(r: Reading):
    """An amount printed without its currency beside a parallel amount with one and the same suffix: "77m euros,
    up from 38m" (38000000 EUR, not 38 metres), "from £20m to 15m", "9.5bn kronor against 6.3bn"."""
    if r.vote or r.label == "PERCENT" or r.unit in ISO_CURRENCIES or r.unit == "%":
        return r
    doc, end = r.doc, r.end
    if suffix_after(doc, end):
        end += 1  # "38|m": the suffix the model left out
    found = parallel_currency(doc, r.ent.start, end)
    suffix = magnitude_suffix(doc, r.ent.start, end)
    if found is None and suffix is not None and bracketed_currency(doc, end, len(doc)) is not None:
        found = (None, suffix)  # "made 204.3m (£109m)": converted into pounds, an amount in millions of a currency unsaid
    if found is None:
        return r
    currency, suffix = found
    if end != r.end:
        r = r.cut(end=end)
    parsed = parse_value(r.text)
    if parsed is None:
        return r
    if parsed.unit is not None and parsed.unit != MEASURE_UNITS.get(suffix):
        return r  # a unit of its own ("38m tonnes")
    scale = Decimal(SCALES[suffix]) if parsed.unit is not None else Decimal(1)  # "38m" read as metres, or as millions

    def scaled(v):
        return None if v is None else int_if_whole(Decimal(str(v)) * scale)
    return changed(r, parsed=replace(parsed, value=scaled(parsed.value), value_max=scaled(parsed.value_max),
                                     unit=currency, counts=None), unit=currency)


@rule("clean", "millions_of_an_audience", scope="figure", uses=(audience_in_millions, magnitude_suffix))
def millions_of_an_audience(r: Reading):
    """A suffix "m" that is millions of people or things, not metres, where the sentence speaks of an audience or
    sales and of nothing measured: "the show peaked at 11.9m" (11,900,000), "ratings drop by 4|m"."""
    if r.vote or r.label == "PERCENT" or r.unit not in (None, "m") or r.parsed.counts \
            or not audience_in_millions(r.doc, r.start, r.end):
        return r
    if r.unit is None:
        if magnitude_suffix(r.doc, r.start, r.end) is not None or not suffix_after(r.doc, r.end) \
                or r.doc[r.end].lower_.rstrip(".") != "m":
            return r
        r = r.cut(end=r.end + 1)  # "4|m": the suffix the model left out
        if r.text.endswith("."):
            r = changed(r, text=r.text[:-1])
    parsed = parse_value(re.sub(r"(?<=\d)\s*m\.?$", "", r.text.strip(), flags=re.I))
    if parsed is None or parsed.unit is not None:
        return r

    def millions(v):
        return None if v is None else int_if_whole(Decimal(str(v)) * 1_000_000)
    return changed(r, parsed=replace(parsed, value=millions(parsed.value), value_max=millions(parsed.value_max),
                                     qualifier=parsed.qualifier or r.parsed.qualifier), unit=None)


@rule("clean", "weight_in_pounds", scope="figure", uses=(drops.weight_in_pounds,))
def weight_in_pounds(r: Reading):
    """ "pounds" as a weight, not money: "weighing 10,000 pounds", "400,000 pounds of uranium"."""
    if r.unit == "GBP" and drops.weight_in_pounds(r.doc, r.start, r.end):
        return changed(r, unit="lb")
    return r


@rule("clean", "country_currency", scope="figure", uses=(currency_of_country,))
def country_currency(r: Reading):
    """A currency name several countries use, in the currency of the country the paragraph names ("pesos": PHP)."""
    if r.unit in ISO_CURRENCIES:
        return changed(r, unit=currency_of_country(r.doc, r.doc[r.end - 1].lower_, r.unit))
    return r


@rule("clean", "percent_unit", scope="figure")
def percent_unit(r: Reading):
    """What the model tagged PERCENT is a percentage, whatever the words ("50 percentage points"), unless they print
    another unit ("the final 400m" tagged PERCENT)."""
    return changed(r, unit="%") if r.label == "PERCENT" and r.unit not in MEASURE_UNITS.values() else r


@rule("clean", "quantity_unit_word", scope="figure", uses=(unit_of_measure,))
def quantity_unit_word(r: Reading):
    """A QUANTITY whose unit the lexicon does not know: its last word ("500,000 metric tons" -> "tons")."""
    if r.label == "QUANTITY" and r.unit is None and not r.parsed.counts:
        return changed(r, unit=unit_of_measure(r.ent.text))
    return r


@rule("clean", "what_it_counts", scope="figure", uses=(counted, printed_start))
def what_it_counts(r: Reading):
    """The noun phrase a count counts ("30 Turkish military vehicles"); money and percentages count nothing."""
    if r.label in ("PERCENT", "MONEY") or r.unit in ISO_CURRENCIES:
        return r
    lead = max(r.ent.start, printed_start(r.doc, r.start, r.shown, r.end, r.text))  # "only to| 162 million shares"
    return changed(r, counts=r.parsed.counts or counted(r.doc, lead, r.end))


@rule("clean", "counted_inside_the_span", scope="figure")
def counted_inside_the_span(r: Reading):
    """A count whose span the model ran on into what it counts ("|About three million Britons| have ...", "|12
    million Britons|"): nothing is counted after it, so the plural at the span's end is what it counts, and the figure
    ends at its number."""
    if r.counts or r.unit is not None or r.currency or r.label not in ("CARDINAL", "MONEY"):  # "five million Britons"
        return r  # is MONEY to the model at times, with no currency
    doc, number = r.doc, r.end - 1
    while number > r.start and not (doc[number].like_num or doc[number].lower_ in SCALES):
        number -= 1
    words = doc[number + 1 : r.end]
    if not len(words) or words[-1].tag_ not in ("NNS", "NNPS") or any(t.pos_ not in ("NOUN", "PROPN", "ADJ") for t in words) \
            or words[-1].lower_ in MEASURE_UNITS or words[-1].lower_ in SECONDS:
        return r  # a unit or a length of time is not what is counted ("20 seconds")
    # The words before them state the whole value: not "two thirds", "six zeros", "the many hundreds".
    alone = parse_value(doc[r.start : number + 1].text)
    if alone is None or alone.value != r.parsed.value:
        return r
    return r.cut(end=number + 1, counts=words.text)


@rule("clean", "share_of_a_group", scope="figure", uses=(drops.share_at, drops.share_noun))
def share_of_a_group(r: Reading):
    """A share of a group, not a count: "eight out of 10 voters" is 0.8 of voters, "one in five" 0.2, "three in
    four adults" 0.75 of adults (the site keys a share series for a figure with no unit and 0 < value < 1); the
    figure as printed stays the first number, as the gold sets tag it."""
    if r.vote or r.unit is not None or r.end != r.ent.end:
        return r
    found = drops.share_at(r.doc, r.ent.start, r.end, r.parsed.value)
    if found is None:
        return r
    denominator, after = found
    value = int_if_whole(Decimal(str(r.parsed.value)) / Decimal(denominator))
    value_max = None if r.parsed.value_max is None or r.parsed.value_max >= denominator \
        else int_if_whole(Decimal(str(r.parsed.value_max)) / Decimal(denominator))
    return changed(r, parsed=replace(r.parsed, value=value, value_max=value_max), counts=drops.share_noun(r.doc, after))


@rule("clean", "denominator_of_share", scope="figure", uses=(drops.denominator_of_share,))
def denominator_of_share(r: Reading):
    """The second number of a share ("one in| five", "eight out of| 10 voters") counts nothing of its own: not 10
    voters. It stays a number, as the gold sets tag it (dropping it cost OntoNotes CARDINAL recall)."""
    if not r.vote and r.unit is None and r.counts and drops.denominator_of_share(r.doc, r.ent.start, r.end):
        return changed(r, counts=None)
    return r


@rule("clean", "age_not_a_count", scope="figure", uses=(drops.age_printed, drops.age_range_printed))
def age_not_a_count(r: Reading):
    """An age printed as one ("died aged 70", "at the age of 27", "who was 13 at the time", "dies at 62", "15 to
    24-year-olds"): who is meant, not how many of anything (figures.py); the ages stage keeps a person's present age."""
    if r.label == "CARDINAL" and r.unit is None and not r.counts and (drops.age_printed(r.doc, r.ent.start, r.end)
                                                                    or drops.age_range_printed(r.doc, r.ent.start, r.end)):
        return None
    return r


@rule("clean", "age_range_first_end", scope="figure", uses=(drops.first_age_of_a_range,))
def age_range_first_end(r: Reading):
    """The first end of a range of ages the model cut from the second ("unskilled 17|-to 18-year-olds", "9| and
    10-year-old pupils"): an age, not a count of what the ages describe (figures.py: an age is no figure)."""
    if r.label == "CARDINAL" and r.unit is None and not r.vote and r.end == r.ent.end and len(r.ent) == 1 \
            and drops.first_age_of_a_range(r.doc, r.end):
        return None
    return r


@rule("clean", "metres_printed_after", scope="figure", uses=(suffix_after,))
def metres_printed_after(r: Reading):
    """A suffix "m" printed on a number the model cut before it, with no currency, no plural it counts and no audience
    (millions_of_an_audience): metres, as when the model takes it in ("the 10,000|m champion", "cleared 1.90|m");
    what follows is what was run or jumped, not what the length counts."""
    if r.unit is not None or r.vote or r.label not in ("CARDINAL", "QUANTITY") or r.parsed.counts:
        return r
    doc, end = r.doc, r.end
    if not suffix_after(doc, end) or doc[end].lower_.rstrip(".") != "m":
        return r
    measured = parse_value(doc[r.start : end + 1].text)  # "10,000m" -> 10000 m
    if measured is None or measured.unit != "m":
        return r
    r = r.cut(end=end + 1, parsed=measured, unit="m", counts=None)
    return changed(r, text=r.text[:-1]) if r.text.endswith(".") else r


@rule("clean", "members_of_a_group", scope="figure")
def members_of_a_group(r: Reading):
    """A group printed with how many it has, "a |40|-strong troupe", "a 1,000-strong crowd": the number counts the
    group's members, and the group is what a newsroom reads as counted (counts "troupe"). None of the gold sets tags
    these (IE-ER and OntoNotes have none; CoNLL tags no numbers), so this is for the archive: on BBC text 17 such
    figures counted nothing."""
    doc, end = r.doc, r.end
    if r.counts or r.unit or end + 2 >= len(doc) or doc[end].text != "-" or doc[end - 1].whitespace_ \
            or doc[end].whitespace_ or doc[end + 1].lower_ not in GROUP_SIZE_WORDS:
        return r
    noun = doc[end + 1].head  # the group "strong" describes: "a 40-strong music and theatre troupe"
    if noun.i < end + 2 or noun.i > end + 6 or noun.pos_ not in ("NOUN", "PROPN"):
        return r
    return changed(r, counts=doc[end + 2 : noun.i + 1].text)


def _counted_tokens(doc, end: int, counts: str):
    """The tokens after a number (within a few words) that print what it counts, or None."""
    words = counts.split()
    for first in range(end, min(end + 8, len(doc))):
        last = first + len(words)
        if last <= len(doc) and [t.text for t in doc[first:last]] == words:
            return doc[first:last]
    return None


@rule("clean", "counted_before_a_verb", scope="figure", uses=(_counted_tokens,))
def counted_before_a_verb(r: Reading):
    """What a number counts ends before a verb of change the tagger took for a noun: "its 161-strong majority| cut to
    just 14" counts the majority, "the five-day conference| range from" the conference. The word is a verb when it is
    singular after a number above one (161 majorities would be "cuts"), a noun comes before it and "to", "from" or
    "by" after it."""
    if not r.counts or r.vote or not isinstance(r.parsed.value, (int, float)) or r.parsed.value <= 1:
        return r
    words = _counted_tokens(r.doc, r.end, r.counts)
    if words is None or len(words) < 2:
        return r
    last, before = words[-1], words[-2]
    after = r.doc[last.i + 1] if last.i + 1 < len(r.doc) else None
    if last.lower_ in CHANGE_VERBS_LIKE_NOUNS and last.tag_ in ("NN", "VB", "VBD", "VBN", "VBP") \
            and before.pos_ in ("NOUN", "PROPN") and after is not None and after.lower_ in CHANGE_PREPOSITIONS:
        return changed(r, counts=words[:-1].text)
    return r


@rule("clean", "votes_counted", scope="figure")
def votes_counted(r: Reading):
    """Each count of a vote ("passed 271-147") counts votes."""
    return changed(r, counts="votes") if r.vote else r


@rule("clean", "counted_noun_form", scope="figure")
def counted_noun_form(r: Reading):
    """A thing counted one by one, in one form: "a 190-point plunge" counts points, "a 76-story tower" storeys."""
    if r.counts and r.counts.lower() in COUNTED_NOUNS:
        return changed(r, counts=COUNTED_NOUNS[r.counts.lower()])
    return r


@rule("clean", "slash_not_a_fraction", scope="figure", uses=(drops.slash_not_a_fraction,))
def slash_not_a_fraction(r: Reading):
    """Odds, seasons, tie-breaks and days printed with a slash are no figures: "offering odds of 1/5" is not 0.2, "in
    2001/2" not 1000.5, "after 9/11" not 0.82."""
    return None if drops.slash_not_a_fraction(r.doc, r.start, r.end) else r


@rule("clean", "rank_or_list_marker", scope="figure", uses=(drops.rank_or_list,))
def rank_or_list_marker(r: Reading):
    """A rank or a list marker, not a quantity: "No. 1", "number two", "1. Preheat the oven"."""
    return None if not r.vote and drops.rank_or_list(r.doc, r.ent.start, r.ent.end) else r


@rule("clean", "result_or_score", scope="figure", uses=(drops.result,))
def result_or_score(r: Reading):
    """A result or a score, which counts nothing: "a 1-0 win", "won 3-1", "6-4 6-2"."""
    return None if not r.vote and drops.result(r.doc, r.ent.start, r.ent.end) else r


@rule("clean", "number_in_name", scope="figure", uses=(drops.in_name,))
def number_in_name(r: Reading):
    """A number that is part of a name or an address: "Local 802", "at 601 Riverview Dr."; an amount of money or a
    percentage never is ("paid Fiat 1.55bn euros")."""
    if r.parsed.unit not in ISO_CURRENCIES and r.parsed.unit != "%" and r.label != "PERCENT" \
            and drops.in_name(r.doc, r.ent.start, r.ent.end):
        return None
    return r


@rule("clean", "number_naming_an_index", scope="figure", uses=(drops.names_an_index,))
def number_naming_an_index(r: Reading):
    """A number that completes a name in capitals, a market index's above all: "the FTSE 100 index" (read as a figure it
    was 100 of nothing on BBC text), "S&P 500 futures"; an amount or a percentage never is."""
    if r.vote or r.unit is not None or r.label in ("MONEY", "PERCENT") or not drops.names_an_index(r.doc, r.ent.start, r.ent.end):
        return r
    return None


@rule("clean", "number_word_in_name", scope="figure", uses=(drops.number_word_in_name,))
def number_word_in_name(r: Reading):
    """A number word printed with a capital inside a sentence is part of a name: "the Six Nations", "BBC Two controller",
    "runs on Five", "the Fantastic Four"."""
    return None if drops.number_word_in_name(r.doc, r.ent.start, r.ent.end) else r


@rule("clean", "name_of_a_reporter", scope="figure", uses=(number_naming_a_reporter,))
def name_of_a_reporter(r: Reading):
    """A capitalised number word that is, on its own, the subject of a reporting verb names who reports, not how many:
    "Five said it had received 100 complaints" (a TV channel); "Five were killed" stays a count."""
    if r.ent.end - r.ent.start == 1 and number_naming_a_reporter(r.doc[r.ent.start]):
        return None
    return r


# A year of accounts or a season printed as two years ("1998/99", "2003/2004"), which the value parser reads as a fraction.
SPLIT_YEAR = re.compile(r"(?:19|20)\d\d/(?:\d\d|(?:19|20)\d\d)")


@rule("clean", "bare_year", scope="figure", uses=(counted,))
def bare_year(r: Reading):
    """A bare year ("in 1998"), or a year of accounts or a season ("in 1998/99", 6 such figures on BBC text, read as
    1998 divided by 99); not "thousands", which reads 2000, nor "1998 students"."""
    parsed = r.parsed
    if r.label in ("CARDINAL", "DATE") and SPLIT_YEAR.fullmatch(r.ent.text.strip()) and parsed.unit is None:
        return None
    if r.label == "CARDINAL" and isinstance(parsed.value, int) and 1900 <= parsed.value <= 2100 \
            and re.fullmatch(r"\d{4}", r.ent.text) and parsed.unit is None and not counted(r.doc, r.ent.start, r.ent.end):
        return None
    return r


@rule("clean", "length_of_time_alone", scope="figure")
def length_of_time_alone(r: Reading):
    """ "20 years", "at least two consecutive months" tagged CARDINAL: a period, not a figure."""
    if r.label == "CARDINAL" and (r.unit in TIME_UNITS or MEASURE_UNITS.get(r.doc[r.ent.end - 1].lower_) in TIME_UNITS):
        return None
    return r


def hyphenated_time_after(doc, end: int) -> bool:
    """A length of time printed on the number with hyphens that the model cut off: "six|-and-a-half-year low",
    "two|-to-three-month delay"; the words run on without a space and end with a unit of time (not "-old": an age)."""
    i = end
    while i < len(doc) and i - end < 10 and doc[i - 1].whitespace_ == "" and (doc[i].text == "-" or doc[i].is_alpha):
        if doc[i].text != "-" and MEASURE_UNITS.get(doc[i].lower_) in TIME_UNITS and doc[i - 1].text == "-":
            return i + 1 >= len(doc) or doc[i].whitespace_ != "" or doc[i + 1].text != "-"
        i += 1
    return False


@rule("clean", "length_of_time_hyphenated", scope="figure", uses=(hyphenated_time_after,))
def length_of_time_hyphenated(r: Reading):
    """ "a six|-and-a-half-year low": the model tagged only the first number of a length of time printed with hyphens;
    read alone it is a count of nothing with the wrong value (6, not 6.5 years), and the length is the span of time
    itself or the length of what follows, as lengths of time are (figures.py): no figure."""
    if r.label == "CARDINAL" and r.unit is None and r.end == r.ent.end and hyphenated_time_after(r.doc, r.end):
        return None
    return r


def _time_word(tok) -> bool:
    return MEASURE_UNITS.get(tok.lower_) in TIME_UNITS


def beside_length_of_time(doc, start: int, end: int) -> bool:
    """A bare number joined to a length of time as its other end or its alternative: "two| to three years", "two| or
    three months", "a year or| two| longer", "declined to 6.8 weeks from| 7.2"."""
    joiners = ("to", "or", "and", "-", "–", "from", "than")
    if end < len(doc) and doc[end].lower_ == "of":
        return False  # "a year or half of those": a share of something
    if end + 2 < len(doc) and doc[end].lower_ in joiners and doc[end + 1].like_num and _time_word(doc[end + 2]):
        return True
    if start < 3 or doc[start - 1].lower_ not in joiners or not _time_word(doc[start - 2]):
        return False
    # the length before is a number and its unit ("6.8 weeks from| 7.2", "six months to| nine"), or "(the next) year or| two";
    # not a date or a rate ("last month from 57.8", "year-on-year to 85,000", "doubled in a year to 13 million")
    if doc[start - 1].lower_ == "or":
        return True
    # and the bare number is one of a length's size: "grown in five years to| 12,000", "took three years and| 2,000
    # took part", "fell in the six months to| 450" are counts the sentence gives after a length of time
    text = doc[start].text
    small = "," not in text and not (text.replace(".", "", 1).isdigit() and float(text) >= 100)
    return doc[start - 3].like_num and small


@rule("clean", "length_of_time_beside", scope="figure", uses=(beside_length_of_time, _time_word))
def length_of_time_beside(r: Reading):
    """A bare number that is the other end or the alternative of a length of time, which the model tagged apart from it:
    "in two| to three years", "a year or two| longer", "declined to 6.8 weeks from 7.2|": a length of time too, so no
    figure (figures.py); read alone it counts nothing."""
    if r.label == "CARDINAL" and r.unit is None and not r.counts and not r.vote and r.end == r.ent.end and len(r.ent) == 1 \
            and beside_length_of_time(r.doc, r.ent.start, r.end):
        return None
    return r


@rule("clean", "age_of_a_name", scope="figure", uses=(age_of_name,))
def age_of_a_name(r: Reading):
    """A person's age set off after the name, which the ages stage reads ("Jane Doe, sixty-three,", "Kwan, who is 17
    and ..."): an age, not a count (figures.py: an age describes who the story is about)."""
    if r.label == "CARDINAL" and r.unit is None and not r.counts and age_of_name(r.doc, r.ent.start, r.ent.end):
        return None
    return r


@rule("clean", "hour_not_a_count", scope="figure", uses=(drops.hour_of_the_clock,))
def hour_not_a_count(r: Reading):
    """An hour of the clock the model tagged a number ("until three or four in the morning", "2 or 3 in the morning"):
    a time of day, which is never a figure (figures.py)."""
    if r.label == "CARDINAL" and r.unit is None and not r.counts and drops.hour_of_the_clock(r.doc, r.end - 1, r.end):
        return None
    return r


@rule("clean", "code_not_a_count", scope="figure", uses=(drops.code_with_leading_zero,))
def code_not_a_count(r: Reading):
    """Digits printed with a leading zero ("from 0800 to 1800GMT", "the area code 056", "007"): a time, a code or a name,
    no figure (figures.py: numbers that are part of a name are never figures)."""
    if r.unit is None and not r.counts and drops.code_with_leading_zero(r.doc, r.ent.start, r.ent.end):
        return None
    return r


@rule("clean", "round_not_a_count", scope="figure", uses=(drops.round_of_a_contest,))
def round_not_a_count(r: Reading):
    """ "a quarter-final": the round of a contest, no quarter of anything (as "the second half" is no half)."""
    return None if r.unit is None and drops.round_of_a_contest(r.doc, r.ent.start, r.ent.end) else r


@rule("clean", "half_named_by_rank", scope="figure", uses=(drops.half_named_by_rank,))
def half_named_by_rank(r: Reading):
    """ "the second half", "at half time": a part of a match named by its rank, not a quantity."""
    return None if r.unit is None and drops.half_named_by_rank(r.doc, r.ent.start, r.ent.end) else r


@rule("clean", "one_as_article", scope="figure", uses=(drops.one_as_article,))
def one_as_article(r: Reading):
    """ "one" used as an article or a pronoun: "one of the", "At one point", "one particularly long monologue"."""
    return None if drops.one_as_article(r.doc, r.ent.start, r.ent.end, r.counts) else r


@rule("clean", "number_names_thing_before", scope="figure", uses=(drops.names_thing_before,))
def number_names_thing_before(r: Reading):
    """A number that names the thing before it: "resolution 425", "Part two", "Flight 800"."""
    if r.label == "CARDINAL" and not r.counts and r.unit is None and not r.vote \
            and drops.names_thing_before(r.doc, r.ent.start, r.ent.end):
        return None
    return r


@rule("clean", "unit_printed_after", scope="figure", uses=(_unit_at,))
def unit_printed_after(r: Reading):
    """The unit printed right after a number the model cut before it: "16| kilowatts", "350| basis points"."""
    if r.unit is not None or r.label not in ("CARDINAL", "QUANTITY"):
        return r
    size = _unit_at(r.doc, r.end)
    measured = parse_value(r.doc[r.start : r.end + size].text) if size else None
    if measured is not None and measured.unit is not None:
        return r.cut(end=r.end + size, parsed=measured, unit=measured.unit, counts=None)
    return r


@rule("clean", "counts_a_length_of_time", scope="figure")
def counts_a_length_of_time(r: Reading):
    """ "15 years" tagged CARDINAL, read as counting years: a period, not a figure; so is "a 60-second spot" (seconds)."""
    if r.unit is None and r.counts and (MEASURE_UNITS.get(r.counts.split()[-1].lower()) in TIME_UNITS
                                        or r.counts.lower() in SECONDS):
        return None
    return r


@rule("clean", "measure_counted", scope="figure")
def measure_counted(r: Reading):
    """ "60 miles" tagged CARDINAL, read as counting miles: a measure (unit mi), and the unit printed after it; so is
    a unit of speed ("300km/h")."""
    word = r.counts.split()[-1].lower() if r.unit is None and r.counts else ""
    if word in MEASURE_UNITS or word in SPEED_UNITS:  # "300km/h": "km/h" read as what 300 counts
        unit = MEASURE_UNITS.get(word) or SPEED_UNITS[word]
        after = r.doc[r.end].lower_ if r.end < len(r.doc) else ""
        if (MEASURE_UNITS.get(after) or SPEED_UNITS.get(after)) == unit:  # printed right after: "the 50K", "300km/h"
            return r.cut(end=r.end + 1, unit=unit, counts=None)
        return changed(r, unit=unit, counts=None)
    return r


def _noun_phrase(doc, noun) -> str:
    """A counted noun with the adjectives and nouns right before it ("mobile phone users", "specialist sport colleges")."""
    first = noun.i
    while first > 0 and doc[first - 1].dep_ in ("amod", "compound") and doc[first - 1].head.i in range(first, noun.i + 1) \
            and not doc[first - 1].like_num:
        first -= 1
    return doc[first : noun.i + 1].text


def temperature_reached(doc, start: int, end: int) -> bool:
    """The number at ``start:end`` is the level a temperature reaches: "temperatures surged to near 60", "the mercury hit
    95" (a verb whose subject is a temperature, the number its object or after its preposition of level)."""
    root = doc[start:end].root
    verb = verb_of(root)
    if root.i == verb.i or not (root.head.i == verb.i and root.dep_ in ("dobj", "npadvmod", "attr")
                                or root.dep_ == "pobj" and root.head.lower_ in LEVEL_PREPOSITIONS | {"near", "around"}
                                and verb_of(root.head).i == verb.i):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in TEMPERATURE_NOUNS for c in verb.children)


@rule("clean", "temperature_in_degrees", scope="figure", uses=(temperature_reached,))
def temperature_in_degrees(r: Reading):
    """A bare number that is the level a temperature reaches is in degrees: "temperatures surged to near 60" is 60 °, not
    60 of nothing (the gold sets tag temperatures as measures: "375 degrees")."""
    if r.unit or r.counts or r.vote or r.label != "CARDINAL" or not temperature_reached(r.doc, r.ent.start, r.end):
        return r
    return changed(r, unit=MEASURE_UNITS["degrees"])


def counted_by_level(doc, start: int, end: int):
    """What a bare number counts, read from what its verb says grew, fell or reached it: "the number of blogs has
    exceeded 4.8 million" (blogs), "mobile phone users grew by 1.4 million to 44.9 million" (mobile phone users)."""
    root = doc[start:end].root
    while root.dep_ in ("quantmod", "compound", "nummod") and root.head.like_num and root.head.i != root.i:
        root = root.head  # "from 350 to 400": the parser hangs the first number on the second
    verb = verb_of(root)
    if verb.lower_ not in LEVEL_VERBS:
        return None
    # the number is the level or the change itself ("rose 32,000 to 1.41 million"), not when ("In 1998/99,
    # contributions rose") nor the whole of a share ("in three out of four regions")
    if not (root.dep_ in ("dobj", "npadvmod", "attr", "conj") and root.head.i == verb.i
            or root.dep_ == "pobj" and root.head.lower_ in LEVEL_PREPOSITIONS and root.head.head.i == verb.i):
        return None
    for child in verb.children:
        if child.dep_ not in ("nsubj", "nsubjpass", "dobj") or start <= child.i < end:
            continue
        if child.lower_ in NUMBER_NOUNS:
            of = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and obj.pos_ == "NOUN" and obj.tag_ == "NNS" and obj.lower_ not in AMOUNT_PLURALS:
                return _noun_phrase(doc, obj)
        elif child.dep_ == "nsubj" and child.pos_ == "NOUN" and child.tag_ == "NNS" and child.lower_ not in AMOUNT_PLURALS \
                and child.lower_ not in CURRENCIES and child.ent_type_ == "":
            return _noun_phrase(doc, child)
    return None


@rule("clean", "counted_by_its_level", scope="figure", uses=(counted_by_level, _noun_phrase))
def counted_by_its_level(r: Reading):
    """A bare number that is a level or a change of what the sentence counts: "the number of blogs has exceeded 4.8
    million" counts blogs, "mobile phone users grew by 1.4 million to 44.9 million" counts mobile phone users (on BBC text
    about 70 such figures counted nothing)."""
    if r.counts or r.unit or r.vote or r.label != "CARDINAL":
        return r
    counts = counted_by_level(r.doc, r.ent.start, r.end)
    return changed(r, counts=counts) if counts else r


@rule("clean", "multiplier_counts_times", scope="figure")
def multiplier_counts_times(r: Reading):
    """A number before "times" counts times, as "restated its reserves four times" does: "10 times faster", "four times
    as fast", "three times" (28 such figures on BBC text counted nothing)."""
    if r.counts or r.unit or r.vote or r.end >= len(r.doc) or r.doc[r.end].lower_ != "times":
        return r
    return changed(r, counts="times")


# Parts a number takes when it stands for a noun ("and 3.5 million in total", "The Aviator has 11", "a further 300").
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "attr", "appos"})


def counted_before(doc, start: int, end: int):
    """What the nearest number before a bare one in its sentence counts, when the bare one stands for a noun: "sold
    750,000 copies in its first week and 3.5 million in total" (copies), "175,000 people at Heathrow and 10,000 at
    Gatwick" (people). A plural counted one by one, never a length of time or a unit."""
    root = doc[start:end].root
    if root.dep_ not in NOMINAL_DEPS or end < len(doc) and (doc[end].pos_ in ("NOUN", "PROPN", "ADJ") or doc[end].text == "-"):
        return None
    if doc[start:end].text.lower() in VAGUE or "/" in doc[start:end].text or start > 0 and doc[start - 1].lower_ == "top":
        return None  # "running into millions" (of pounds), odds "as short as 1/14", a chart's "top 10"
    if root.dep_ == "pobj" and root.head.lower_ == "at" or end < len(doc) and doc[end].text == ")" \
            and (start == 0 or doc[start - 1].text != "("):
        return None  # an age or a place in a chart ("left school at 14", "at seven"), a list marker ("1) If ...")
    sent = sentence_of(doc, start)
    for ent in reversed([e for e in entities_in(doc, sent.start, sent.end) if e.label_ == "CARDINAL" and e.end <= start]):
        if ent.start > 0 and doc[ent.start - 1].lower_ == "per":
            continue  # "7.5 connections per 100 people, compared to 6.7": the base of a rate counts no figure's things
        counts = counted(doc, ent.start, ent.end)
        if not counts:
            continue
        last = next((t for t in doc[ent.end : min(len(doc), ent.end + 8)] if t.text == counts.split()[-1]), None)
        word = counts.split()[-1].lower()
        if last is not None and last.tag_ == "NNS" and word not in MEASURE_UNITS and word not in TIME_UNITS \
                and MEASURE_UNITS.get(word) not in TIME_UNITS and word != "times":
            return counts
        return None  # the nearest number before counts something else, or nothing: not said
    return None


@rule("clean", "counted_as_the_number_before", scope="figure", uses=(counted_before,))
def counted_as_the_number_before(r: Reading):
    """A bare number that stands for a noun counts what the number before it in the sentence counts: "sold 750,000
    copies in its first week and 3.5 million in total" (3.5 million copies), "Million Dollar Baby has seven nominations
    while The Aviator has 11" (11 nominations)."""
    if r.counts or r.unit or r.vote or r.label != "CARDINAL":
        return r
    counts = counted_before(r.doc, r.ent.start, r.end)
    return changed(r, counts=counts) if counts else r


def group_sized(doc, start: int, end: int):
    """The group a number is the size of, printed "<group> of <number>": "a total workforce of 6,500" -> "workforce",
    "a crowd of 360,000" -> "crowd" (SIZED_GROUPS; nouns before it are kept: "the parish congregation")."""
    root = _number_root(doc[start:end])
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep" or of.i >= start:
        return None
    noun = of.head
    if noun.i != of.i - 1 or noun.lower_ not in SIZED_GROUPS or noun.pos_ != "NOUN":
        return None
    first = noun.i
    while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].pos_ == "NOUN" and doc[first - 1].head.i == noun.i:
        first -= 1
    return doc[first : noun.i + 1].text


@rule("clean", "size_of_a_group", scope="figure", uses=(group_sized,))
def size_of_a_group(r: Reading):
    """A number that is the size of a group printed before it counts the group: "a workforce of 6,500" (workforce),
    "a population of 70,000" (population), as "a 40-strong troupe" counts the troupe (members_of_a_group)."""
    if r.counts or r.unit or r.vote or r.label != "CARDINAL":
        return r
    counts = group_sized(r.doc, r.ent.start, r.end)
    return changed(r, counts=counts) if counts else r


def _relative_of(tok) -> bool:
    """``tok`` has "of whom" / "of which" hanging from it."""
    return any(c.lower_ == "of" and any(o.dep_ == "pobj" and o.lower_ in PARTITIVE_RELATIVES
                                          for o in c.children) for c in tok.children)


def antecedent_counted(doc, start: int, end: int):
    """What a number in a relative clause of a part counts: the plural the clause is about. "farm workers, thousands of
    whom marched" (farm workers), "his songs, half of which he wrote" (songs), "the halls, of which there are 27"
    (halls). The number has "of whom|which" (or its verb has it, before the number: "of which there are"); the noun is
    the one the clause hangs from (or the number's, when the parser makes the number its apposition), a plural common
    noun before the number, not a length of time nor a unit."""
    root = _number_root(doc[start:end])
    verb = verb_of(root)
    if _relative_of(root):
        pass
    elif not (verb.i != root.i and _relative_of(verb) and all(c.i < start for c in verb.children if c.lower_ == "of")):
        return None
    if root.dep_ == "appos" and root.head.i < start:
        noun = root.head  # "workers, thousands of whom ...": the parser hangs the number on the noun
    elif verb.dep_ == "relcl" and verb.head.i < start:
        noun = verb.head
    elif start >= 2 and doc[start - 1].text in (",", "-", "\u2013", "\u2014") and end < len(doc) and doc[end].lower_ == "of":
        noun = doc[start - 2]  # "his songs, half of which have been written": the parser missed the clause
    else:
        return None
    word = noun.lower_
    if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY",
                                                                     "CARDINAL") \
            or word in MEASURE_UNITS or word in TIME_UNITS or word in AMOUNT_PLURALS or word in SECONDS:
        return None
    return _noun_phrase(doc, noun)


@rule("clean", "counted_by_its_antecedent", scope="figure", uses=(antecedent_counted, _noun_phrase))
def counted_by_its_antecedent(r: Reading):
    """A number of a part in a relative clause counts the noun the clause is about: "farm workers, thousands of whom
    marched" counts farm workers, "his songs, half of which he wrote" songs, "halls, of which there are 27" halls."""
    if r.counts or r.unit or r.vote or r.label != "CARDINAL":
        return r
    counts = antecedent_counted(r.doc, r.ent.start, r.end)
    return changed(r, counts=counts) if counts else r


@rule("clean", "sentence_words_not_printed", scope="figure", uses=(printed_start,))
def sentence_words_not_printed(r: Reading):
    """Words of the sentence the model took into its span ("sold all| 126,000"), and qualifiers that stand apart
    ("below| 50%", "an estimated| 11%"), are not printed with the figure."""
    return changed(r, shown=printed_start(r.doc, r.start, r.shown, r.end, r.text))


@rule("clean", "period_of_figure", scope="figure", uses=(period_of, magnitude_suffix))
def period_of_figure(r: Reading):
    """The date or time phrase on the same verb as the figure: "since March 5", "in three months"."""
    return changed(r, period=period_of(r.doc, r.ent))


@rule("clean", "reported_by", scope="figure", uses=(reporter, _reports, _measured, number_naming_a_reporter))
def reported_by(r: Reading):
    """Who the sentence attributes the figure to: the subject of its reporting verb, "according to" whom; never the
    subject the figure measures ("The debt was put at $5m", "70% said")."""
    sent = sentence_of(r.doc, r.ent.start)
    return changed(r, reported_by=per_doc(r.doc, ("reporter", sent.start), lambda: reporter(sent)))  # once per sentence


@rule("clean", "rate_of_figure", scope="figure", uses=(rate_per,))
def rate_of_figure(r: Reading):
    """What one value of a rate is per: "$1,300 a week" (per week), "RM120 per day", "$40 a head"."""
    per = rate_per(r.doc, r.ent.start, r.end, r.unit, r.counts)
    return changed(r, per=per) if per else r
