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
* ``period`` is the date or time phrase attached to the same verb ("entered
  Idlib since March 5" -> "since March 5"); ``period_date`` is its ISO date,
  resolved against the publication date where it is relative (see
  :mod:`factarchive.extract.dates`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from ..model import Figure
from . import dates
from .lexicon import (CHANGE_WORDS, COUNTED_NOUNS, COUNTING_WORDS, CURRENCIES, CURRENCY_SYMBOLS, FRACTIONS, MEASURE_UNITS,
                      ONE_AS_ARTICLE_HEADS, PERIOD_PREPOSITIONS, QUALIFIERS, QUALIFIERS_APART, REPORTING_VERBS, RESULT_WORDS,
                      PERCENT_WORDS, SCALES, SENTENCE_PHRASES, SEVERAL, TERM_NOUNS, TIME_UNITS, VAGUE, VOTE_WORDS,
                      WEIGHING_WORDS)
from .money import (ISO_CURRENCIES, currency_of_country, extend_amount,
                    money_spans, scale_at)
from .nlp import sentence_of
from .quantities import Value, parse_value, parse_value_at, words_number

# Value, parse_value and ISO_CURRENCIES are part of this module's interface too: the tests and
# benchmarks/evaluate.py import them from here (they live in quantities.py and money.py).

FIGURE_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
# Parts of speech of words before a number that belong to the sentence, not to the figure as printed (_printed_start).
SENTENCE_WORDS = frozenset({"DET", "ADP", "ADV", "PART", "SCONJ", "CCONJ"})
MEASURE_OF_TIME = re.compile(r"[\w,.]+-(?:year|month|week|day|hour)s?(?:-old)?", re.I)
# How the number was got, inside the model's span: recorded as the qualifier, not printed, as the qualifiers apart are
# (IE-ER leaves "(an) estimated" out of its numbers 4 times of 4, OntoNotes 4 of 9; measured: IE-ER MONEY, PERCENT and
# CARDINAL +1 each, OntoNotes -1 MONEY, +2 PERCENT); bounds the model printed with the number ("close to") stay.
# So are phrases of the sentence the model took in ("a total of", "a mere": SENTENCE_PHRASES), which are not recorded.
APART_PHRASES = [q.split() for q in sorted(QUALIFIERS_APART, key=len, reverse=True) if q.endswith("estimated")] \
    + [q.split() for q in SENTENCE_PHRASES]
APART_FIRST = frozenset(words[0] for words in APART_PHRASES)
FRACTION_ORDINAL = re.compile(r"\d+/\d+(?:st|nd|rd|th)")
SCORE_PAIR = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")


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
    if head.ent_type_ in ("DATE", "TIME") and not doc[start:end].root.ent_type_ in ("DATE", "TIME"):
        return None  # "rose by 3,000 last month": the date after the number is when, not what is counted
    words = doc[end : head.i + 1]
    if any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") or t.like_num for t in words):
        return head.text  # "two additional 55 cents payments": another number between is not what is counted
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


def _label(doc, start: int, end: int) -> bool:
    """A number that names the thing before it, not how many: "resolution 425", "Part two", "Flight 800", "S&P 500".

    One whole number right after a singular noun that it modifies, with no noun or adjective after it (a count stands
    before what it counts: "425 resolutions"; "a record 39 Israeli troops" counts troops, whatever the parse says). A
    level with decimals is a figure ("spot index 129.25"); so is a number after a proper noun the model names as a
    body, person or place ("Labour 355" in a table of seats). Ranks ("No. 9") are _rank_or_list's.
    """
    if end - start != 1 or start == 0:
        return False
    tok, before = doc[start], doc[start - 1]
    if not (tok.text.isdigit() or tok.is_alpha) or end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    if tok.head.i != before.i or tok.dep_ not in ("nummod", "appos", "compound") or before.tag_ not in ("NN", "NNP") \
            or not before.is_alpha:  # "No. 9" split as "No", ".": the full stop is no noun
        return False
    if before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC") \
            or before.lower_ in ("no.", "no", "number", "#"):
        return False  # a rank is _rank_or_list's to judge
    return before.lower_ not in MEASURE_UNITS and before.lower_ not in CURRENCIES and before.lower_ not in COUNTED_NOUNS


def _rank_or_list(doc, start: int, end: int) -> bool:
    """A rank or a list marker, not a quantity: "No. 1", "number two", "1. Preheat the oven"."""
    if start > 0 and doc[start - 1].lower_ in ("no.", "no", "number", "#") and doc[start].like_num:
        return True  # a rank has no qualifier: not "whose holdings number more than 17 million volumes" (a verb)
    return start == 0 and end < len(doc) and doc[end].text == "." and end - start == 1


def _measure_spans(doc, ents) -> list:
    """Lengths of time the model tags as DATE that measure something happening: "nine-year conflict".

    Not ages ("a 63-year-old chairman", "the 40-year-old Mr. Murakami"): an age describes a person or a thing
    the story is about, it is not how many or how much of anything the story reports (newsroom figures are
    counts and amounts; OntoNotes tags ages as dates, IE-ER as measures: about 40 of IE-ER's 169 gold measures
    are ages, which this rule leaves out on purpose). Not the term of a thing or a span of time itself
    ("30-year bonds", "a 30-day period", "a four-month low", "30-day suspensions"; TERM_NOUNS).
    """
    spans = []
    for ent in ents:
        if ent.label_ != "DATE" or not MEASURE_OF_TIME.fullmatch(ent.text) or ent.text.lower().endswith("-old"):
            continue
        head = ent.root.head if ent.root.head.i != ent.root.i else None
        if head is None or head.i < ent.end or head.pos_ not in ("NOUN", "PROPN"):
            continue
        # The nouns up to the head, compounds included: "a three-year contract offer", "a 12-year average life assumption".
        if not any(_singulars(t.lower_) & TERM_NOUNS for t in doc[ent.end : head.i + 1] if t.pos_ in ("NOUN", "PROPN", "ADJ")):
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


def _one_as_article(doc, start: int, end: int, counts: Optional[str]) -> bool:
    """ "one" used as an article or a pronoun, not as a count: "one of the", "At one point", "one particularly long monologue"."""
    if doc[start:end].text.lower() != "one":
        return False
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "in") and (doc[end + 1].like_num or doc[end + 1].lower_ == "every"):
        return False  # "one of 11 men", "one in every ten people": a count out of a stated number
    if counts is None:
        return True
    head = doc[start:end].root.head.lower_
    if any(t.pos_ == "ADV" for t in doc[end : doc[start:end].root.head.i]):
        return True  # "one particularly long monologue"
    if start > 0 and doc[start - 1].pos_ == "VERB" and doc[start:end].root.dep_ == "nummod":
        return False  # "awarding one point for each answer": right after its verb, "one" counts (not "At one point")
    return head in ONE_AS_ARTICLE_HEADS or head[:-1] in ONE_AS_ARTICLE_HEADS


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


def _counts_in_dates(doc, ents) -> list:
    """A count the model took into a date: "his |18 earlier| acquisitions" (DATE) counts acquisitions.

    A number of a DATE span that modifies a noun after the span, where neither the noun nor any word of the span is a
    unit of time and the number is no year, counts that noun ("in the past 10 years", "1990 elections" stay dates).
    """
    from spacy.tokens import Span

    spans = []
    for ent in ents:
        if ent.label_ != "DATE" or any(MEASURE_UNITS.get(t.lower_) in TIME_UNITS for t in ent):
            continue
        for tok in ent:
            head = tok.head
            if tok.like_num and tok.dep_ == "nummod" and head.i >= ent.end and head.pos_ == "NOUN" and not head.ent_type_ \
                    and MEASURE_UNITS.get(head.lower_) not in TIME_UNITS and not re.fullmatch(r"\d{4}s?", tok.text):
                spans.append(Span(doc, tok.i, tok.i + 1, label="CARDINAL"))
    return spans


def _numbers_taken_as_dates(doc, ents) -> list:
    """A number the model took for a date that is the object of its verb: "killing nine people and injuring |45|", and
    fractions written with an ordinal ("down to |1/70th to 1/80th| of the ratio"), which are never dates.

    Only a bare number right after a verb: an age between commas ("John Smith, 63,"), which the model also tags as a
    date, is no figure (see _measure_spans), and "in 45", "on 5 March" say when.
    """
    from spacy.tokens import Span

    spans = []
    for ent in ents:
        if ent.label_ == "DATE" and any(FRACTION_ORDINAL.fullmatch(t.text) for t in ent) \
                and all(FRACTION_ORDINAL.fullmatch(t.text) or t.lower_ in ("to", "-", "and", "or") for t in ent):
            spans.append(Span(doc, ent.start, ent.end, label="CARDINAL"))  # "1/70th to 1/80th of the ratio": no date
            continue
        if ent.label_ == "DATE" and len(ent) == 1 and ent[0].like_num and ent[0].text.replace(",", "").isdigit() \
                and len(ent[0].text) < 4 and ent.start > 0 and doc[ent.start - 1].pos_ == "VERB" and ent[0].dep_ == "dobj":
            spans.append(Span(doc, ent.start, ent.end, label="CARDINAL"))
    return spans


def _vote_spans(doc) -> list:
    """The two counts of a vote: "the amendment passed |271|-|147|", "a |382|-|37| vote", "voting |589| to |193|".

    A pair of whole numbers joined by a dash or "to" with a word of voting near and no word of results (a vote is
    not a "1-0 win") states how many voted each way: two figures, each counting votes. Read as one number it was
    dropped as a score, and the model tags such pairs as anything (a date "337-80", the first number only).
    """
    from spacy.tokens import Span

    import numpy
    from spacy.attrs import LOWER

    spans = []
    vote_ids = [doc.vocab.strings[w] for w in VOTE_WORDS]
    if not numpy.isin(doc.to_array(LOWER), vote_ids).any():
        return spans  # most blocks name no vote: not read token by token (the array is read in C)
    words = [t.lower_ for t in doc]
    for i in range(len(words) - 2):
        if not (words[i].isdigit() and words[i + 2].isdigit() and len(words[i]) <= 3 and len(words[i + 2]) <= 3):
            continue
        a, joint = doc[i], doc[i + 1]
        if not (joint.text in ("-", "–") and not a.whitespace_ and not joint.whitespace_ or joint.lower_ == "to"):
            continue
        if (i > 0 and words[i - 1] in ("-", "–")) or (i + 3 < len(words) and words[i + 3] in ("-", "–")):
            continue  # "3-4-5"
        near = words[max(0, i - 8) : i + 8]
        if not any(w in VOTE_WORDS for w in near):
            continue
        sent = a.sent  # the window, kept to the sentence (computed only here: it walks the parse)
        near = words[max(sent.start, i - 8) : min(sent.end, i + 8)]
        if any(w in VOTE_WORDS for w in near) and not any(w in RESULT_WORDS for w in near):
            spans += [Span(doc, i, i + 1, label="CARDINAL"), Span(doc, i + 2, i + 3, label="CARDINAL")]
    return spans


def _unit_of_measure(text: str) -> Optional[str]:
    """The last word of a measure the lexicon does not know ("500,000 metric tons" -> "tons"); never a magnitude."""
    word = text.split()[-1].lower() if text.split() else ""
    if not word.isalpha() or word in SCALES or words_number(word) is not None:
        return None  # "two trillion" tagged QUANTITY: "trillion" is how much, not a unit
    return word


def _change_parts(doc, ent) -> list:
    """A change stated as "from X to Y" or a fall "X to Y" tagged as one span: two figures, not a range.

    "rejected it 59% to 41%", "lowered the rate from 9% to 8 1/2%", "8 13/16% to 8 11/16%", "rose $4 to $367.30",
    "a gain of 0.54 cent to 14.26 cents" (a word of change before, and a level far above the change: by how much,
    then to what level): each end is a figure of its own. A stated range goes up ("5% to 17%", "$30 million to $40 million") and stays one figure with ``value_max``;
    so does "ranged from X to Y". Two amounts joined by "and" are two figures ("US$5 million and C$10"), unless
    "between" makes them a range.
    """
    from spacy.tokens import Span

    to = next((t.i for t in doc[ent.start + 1 : ent.end - 1] if t.lower_ in ("to", "and")), None)
    if to is None or not doc[to - 1].whitespace_:
        return [ent]  # "three-and-a-half": one number written with hyphens
    low, high = parse_value(doc[ent.start:to].text), parse_value(doc[to + 1 : ent.end].text)
    if low is None or high is None or low.value_max is not None or high.value_max is not None:
        return [ent]
    before = [t.lower_ for t in doc[max(0, ent.start - 4) : ent.start + 1]]
    if doc[to].lower_ == "and":
        between = "between" in before[-2:]
        return [ent] if between else [Span(doc, ent.start, to, label=ent.label_), Span(doc, to + 1, ent.end, label=ent.label_)]
    change = "from" in before[-3:] and not any(w.startswith("rang") for w in before) \
        or ent.start > 0 and doc[ent.start - 1].lower_ not in ("by", "between") and any(w in CHANGE_WORDS for w in before[-4:-1]) \
        and high.value > 3 * low.value  # a change and the level it reaches, not a range ("up 1/2 to 3/4 point")
    if low.value <= high.value and not change:
        return [ent]
    return [Span(doc, ent.start, to, label=ent.label_), Span(doc, to + 1, ent.end, label=ent.label_)]


def _two_counts(doc, ent) -> list:
    """Two numbers the model ran into one span, an adjective or adverb between them: two figures.

    "receive |two additional 55 cents| payments" states how many payments (two) and how much each is (55 cents); read
    as one figure it is "two additional 55 cents", worth 55 cents. Numbers joined by a word of range or relation ("5
    to 10", "1 in 4", "one of 11"), by a hyphen ("2-for-1") or by a magnitude ("two hundred") stay one span.
    """
    from spacy.tokens import Span

    numbers = [t.i for t in ent if t.like_num and t.lower_ not in SCALES]
    for a, b in zip(numbers, numbers[1:]):
        gap = doc[a + 1 : b]
        if len(gap) and all(t.is_alpha and t.pos_ in ("ADJ", "ADV") and t.lower_ not in SCALES and t.lower_ not in FRACTIONS
                            for t in gap) and all(t.whitespace_ for t in doc[a:b]):
            first = "MONEY" if ent.label_ == "MONEY" and any(t.lower_ in CURRENCY_SYMBOLS or t.text[:1] in "$£€¥" for t in doc[ent.start : a + 1]) \
                else "CARDINAL"
            return [Span(doc, ent.start, a + 1, label=first), Span(doc, b, ent.end, label=ent.label_)]
    return [ent]


def _fractions_of(doc, ents: list) -> list:
    """A fraction the model tagged apart from the amount it is a fraction of: "|seven-tenths| of |1 percent|" is 0.7 %.

    A number below one in words ("one-tenth", "half") followed by "of" and an amount the model tagged as a figure is
    one figure, the product of both; what follows "of" alone ("1 percent") is not what the sentence states.
    """
    from spacy.tokens import Span

    out, skip = [], set()
    for i, ent in enumerate(ents):
        if i in skip:
            continue
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if nxt is not None and ent.label_ == "CARDINAL" and nxt.start == ent.end + 1 and doc[ent.end].lower_ == "of" \
                and nxt.label_ in ("PERCENT", "MONEY", "QUANTITY") and not any(t.like_num and t.text[:1].isdigit() for t in ent):
            value = words_number(ent.text.lower())
            if value is not None and 0 < value < 1:
                out.append(Span(doc, ent.start, nxt.end, label=nxt.label_))
                skip.add(i + 1)
                continue
        out.append(ent)
    return out


def _unit_at(doc, i: int) -> int:
    """How many tokens from ``i`` are a unit of measure ("kilometers", "square feet", "- megabyte") or a percentage
    ("%", "per cent"), 0 when none."""
    if i < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_:
        return 1 + _unit_at(doc, i + 1) if _unit_at(doc, i + 1) else 0  # "40-megabyte": the hyphen and the unit
    for size in (2, 1):
        words = doc[i : i + size]
        phrase = " ".join(t.lower_ for t in words)
        if len(words) == size and phrase in PERCENT_WORDS:
            return size  # "9|%", "41.77| per cent": a percentage the model cut after its number
        if len(words) == size and phrase in MEASURE_UNITS and MEASURE_UNITS[phrase] not in TIME_UNITS \
                and (size == 2 or len(phrase) > 2 or phrase in ("kv", "kw", "mw", "ft", "km", "kg", "mi", "cm", "mm", "ha", "lb", "oz")):
            return size
    return 0


def _unit_spans(doc, taken: set[int]) -> list:
    """Measures the model did not tag as figures: "the |3,000 meters|" (nothing), "more than |230 kilometers|" (TIME).

    A number written with a unit of measure right after it is a measure whatever the model said of it; lengths of
    time are not (they are periods; see the module's rule).
    """
    from spacy.tokens import Span

    spans = []
    for tok in doc:
        if tok.i in taken or not tok.text[:1].isdigit() or not tok.like_num:
            continue
        scale = 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("thousand", "million", "billion") else 0
        size = _unit_at(doc, tok.i + 1 + scale)  # "40 million tons"
        if size:
            spans.append(Span(doc, tok.i, tok.i + 1 + scale + size, label="QUANTITY"))
    return spans


def _printed_start(doc, start: int, shown: int, end: int, text: str) -> int:
    """The first token of a figure as printed: not words of the model's span that are the sentence's, not the number's.

    The model's span may open with words the value parser leaves out: a determiner, a preposition or an adverb of
    the sentence ("sold all| 126,000 copies", "rose only to| 162 million shares", "about a| 150-point drop") and a
    preposition that stands apart from the number ("remains below| 50%", "above| 50%": QUALIFIERS_APART, recorded
    as the ``qualifier``). Neither is printed. Words that say something of the amount stay, as the model printed them:
    "a record $16.7 billion", "an additional 150", "as much as 10%", "an estimated $4 million" (adjectives and
    bounds; the gold sets disagree on whether they belong to the number, OntoNotes keeping them and IE-ER not).
    """
    found = parse_value_at(text)
    if found and found[1]:
        offset = doc[start].idx + len(" ".join(text.split()[: found[1]])) + 1
        at = next((t.i for t in doc[shown:end] if t.idx >= offset), None)
        if at is not None and at > shown and doc[at].idx == offset \
                and all(t.pos_ in SENTENCE_WORDS for t in doc[shown:at]):
            shown = at
    if shown + 1 < end and doc[shown].lower_ in QUALIFIERS_APART and doc[shown].pos_ == "ADP":
        return shown + 1
    for words in APART_PHRASES if doc[shown].lower_ in APART_FIRST else ():  # "an estimated| 11%" inside the model's span
        if shown + len(words) < end and [t.lower_ for t in doc[shown : shown + len(words)]] == words:
            return shown + len(words)
    return shown


def _qualified_spans(doc, taken: set[int]) -> list:
    """Numbers the model tagged as nothing that a bound says are counts: "about 21 states", "nearly a billion shares",
    "over ninety other cases", and vague plurals on their own ("they have billions to invest").

    Measured on the dev sets before it was written (2026-11-30): of the numbers the news model leaves untagged, those
    right after a qualifier of quantity, or a vague plural, are figures in the gold 19 times out of 20 (OntoNotes 15
    of 15, IE-ER 4 of 5; "scores", also the plural of "score", left out), while untagged numbers in general are
    gold only one time in four. A number written into a compound ("a billion-dollar morass") is left to the model.
    """
    from spacy.tokens import Span

    spans = []
    qualifiers = [q.split() for q in sorted(QUALIFIERS, key=len, reverse=True) if q not in ("at", "only")]
    i = 0
    while i < len(doc):
        tok = doc[i]
        if i in taken or not (tok.like_num or tok.lower_ in VAGUE and tok.lower_ != "scores"):
            i += 1
            continue
        j = i - 1 if i > 0 and doc[i - 1].lower_ in ("a", "an") else i  # "nearly a| billion"
        qualified = any([t.lower_ for t in doc[max(0, j - len(q)) : j]] == q for q in qualifiers)
        end = i + 1
        while end < len(doc) and end not in taken and (doc[end].like_num or doc[end].lower_ in SCALES) and doc[end].text != "-":
            end += 1  # "over 2 million", "as much as 1 5/32"
        # "one in every |five| or six": the first of two numbers joined by "or" when the model tagged the second only
        either = end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].ent_type_ == "CARDINAL" and doc[end + 1].like_num
        if (qualified or either or tok.lower_ in VAGUE) and not (end < len(doc) and doc[end].text == "-"):
            spans.append(Span(doc, i, end, label="CARDINAL"))
        i = end
    return spans


def _weight_in_pounds(doc, start: int, end: int) -> bool:
    """ "pounds" as a weight, not money: "weighing 10,000 pounds", "400,000 pounds of uranium", and a line of a recipe
    that opens with the weight of what it names ("2 pounds sweet potatoes")."""
    if doc[end - 1].lower_ not in ("pound", "pounds"):
        return False
    if any(t.lower_ in WEIGHING_WORDS for t in doc[max(0, start - 3) : start]):
        return True
    if start == doc[start].sent.start and doc[start].like_num and end < len(doc) and doc[end].pos_ in ("NOUN", "ADJ") \
            and doc[end].lower_ not in CURRENCIES and not doc[end].ent_type_:
        return True
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ") \
        and doc[end + 1].lower_ not in CURRENCIES


# A figure with neither a unit nor anything it counts ("the Dow fell 50 to 7,500", "30 were hurt") is kept:
# dropping them was measured (benchmarks/evaluate_ieer.py, 2026-11-29) and cost IE-ER figure recall
# .78 -> .64 (CARDINAL recall .71 -> .52) for +.01 precision; most are meaningful numbers whose noun is elsewhere
# in the sentence. The junk among them is removed by the narrower rules above ("one" as an article, results).


def find_figures(doc, block: int = 0) -> list[Found]:
    """Every figure in one parsed block, with its sentence (stage ``figures.find``)."""
    found = []
    all_ents = doc.ents  # rebuilt on every access: read once
    votes = _vote_spans(doc)
    voted = {i for v in votes for i in range(v.start - 1, v.end + 1)}  # the pair, its dash and its ends
    ents = [part for e in all_ents if e.label_ in FIGURE_LABELS and voted.isdisjoint(range(e.start, e.end))
            for whole in _two_counts(doc, e) for part in _change_parts(doc, whole)] + _measure_spans(doc, all_ents) + votes \
        + _counts_in_dates(doc, all_ents) + [part for e in _numbers_taken_as_dates(doc, all_ents) for part in _change_parts(doc, e)]
    vote_starts = {v.start for v in votes}
    ents = _fractions_of(doc, ents)
    ents += money_spans(doc, {i for e in ents for i in range(e.start, e.end)})
    ents += _unit_spans(doc, {i for e in ents for i in range(e.start, e.end)})
    ents += _qualified_spans(doc, {i for e in list(ents) + list(all_ents) for i in range(e.start, e.end)})
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
        # "many| thousands|", "a few| hundreds|": the word of how many the model left outside a vague plural.
        if ent.text.lower() in VAGUE:
            for size in (2, 1):
                if start >= size and doc[start - size : start].text.lower() in SEVERAL:
                    start -= size
                    break
        shown = start
        # A currency the model left outside: "dlrs 25", "RM 50,000", "$ 23"; "millions of dollars".
        currency = cur = None
        if start == ent.start and start > 0 and (doc[start - 1].lower_ in CURRENCIES and not doc[start - 1].lower_.isalpha()
                                                 or doc[start - 1].lower_ in CURRENCY_SYMBOLS):
            start = shown = cur = start - 1
            currency = CURRENCIES[doc[start].lower_]
        # A qualifier the model left outside the entity ("nearly" before "a million", "as much as" before "$|8.70"). The
        # value reads it; the figure as printed starts with it only when it is printed with the number (QUALIFIERS_APART).
        before = doc[max(0, start - 3) : start].text.lower()
        for q in sorted(QUALIFIERS, key=len, reverse=True):
            if q not in ("at", "only", "some", "over", "under") and (before == q or before.endswith(" " + q)):
                start -= len(q.split())
                shown = shown if q in QUALIFIERS_APART else start
                break
        end = ent.end
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                and doc[end + 1].lower_ in FRACTIONS and doc[end - 1].like_num:
            end += 2  # "three|-sevenths": the model tagged the numerator only
        while end - start > 2 and doc[end - 2].text == "-" and doc[end - 1].is_alpha and not doc[end - 2].whitespace_ \
                and parse_value(doc[start:end].text) is None and parse_value(doc[start : end - 2].text) is not None:
            end -= 2  # "a 34-foot|-tall statue": the measure is "34-foot"; what it measures is the sentence's
        after_currency = any(t.lower_ in CURRENCY_SYMBOLS or t.text[:1] in "$£€¥" for t in doc[start : end])
        end = extend_amount(doc, end, ent.label_, after_currency)
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in CURRENCIES:
            end += 2
        if ent.start not in vote_starts and (_rank_or_list(doc, ent.start, ent.end) or _result(doc, ent.start, ent.end)):
            continue
        text = doc[start:end].text
        if doc[end - 1].lower_.endswith(".") and scale_at(doc, end - 1):
            text = text[:-1]  # "$500m." at the end of a sentence: the full stop is the sentence's
        owned = re.fullmatch(r"(.*\d ?%)-[a-z]+", text)
        if owned:
            text = owned.group(1)  # "62%-owned by American Express", one token: the figure is "62%"
        parsed = parse_value(text)
        if (parsed is None or parsed.unit is None) and currency:  # "dlrs 25": currency first
            inner = parse_value(doc[cur + 1 : end].text)
            parsed = Value(inner.value, inner.qualifier, inner.unit or currency, inner.value_max) if inner else None
        if parsed is None or parsed.unit not in ISO_CURRENCIES and parsed.unit != "%" and ent.label_ != "PERCENT" \
                and _in_name(doc, ent.start, ent.end):
            continue  # an amount of money or a percentage is never part of a name ("paid Fiat 1.55bn euros")
        if ent.label_ == "CARDINAL" and isinstance(parsed.value, int) and 1900 <= parsed.value <= 2100 \
                and re.fullmatch(r"\d{4}", ent.text) and parsed.unit is None and not _counts(doc, ent.start, ent.end):
            continue  # a bare year ("in 1998"; not "thousands", which reads 2000)
        unit = parsed.unit
        if unit == "GBP" and _weight_in_pounds(doc, start, end):
            unit = "lb"
        elif unit in ISO_CURRENCIES:
            unit = currency_of_country(doc, doc[end - 1].lower_, unit)
        if ent.label_ == "PERCENT":
            unit = "%"
        elif ent.label_ == "QUANTITY" and unit is None and not parsed.counts:
            unit = _unit_of_measure(ent.text)
        elif ent.label_ == "CARDINAL" and (unit in TIME_UNITS or MEASURE_UNITS.get(doc[ent.end - 1].lower_) in TIME_UNITS):
            continue  # "20 years", "at least two consecutive months" tagged CARDINAL: a period, not a figure
        lead = max(ent.start, _printed_start(doc, start, shown, end, text))  # "only to| 162 million shares"
        counts = None if ent.label_ in ("PERCENT", "MONEY") or unit in ISO_CURRENCIES \
            else parsed.counts or _counts(doc, lead, end)
        if ent.start in vote_starts:
            counts = "votes"
        if counts and counts.lower() in COUNTED_NOUNS:
            counts = COUNTED_NOUNS[counts.lower()]  # "a 190-point plunge": 190 points
        if _one_as_article(doc, ent.start, ent.end, counts):
            continue
        if ent.label_ == "CARDINAL" and not counts and unit is None and ent.start not in vote_starts \
                and _label(doc, ent.start, ent.end):
            continue
        size = _unit_at(doc, end) if unit is None and ent.label_ in ("CARDINAL", "QUANTITY") else 0
        measured = parse_value(doc[start : end + size].text) if size else None
        if measured is not None and measured.unit is not None:  # the unit printed right after: "16 kilowatts", "350 basis points"
            end += size
            text, parsed, unit, counts = doc[start:end].text, measured, measured.unit, None
        if unit is None and counts and counts.split()[-1].lower() in MEASURE_UNITS:
            unit, counts = MEASURE_UNITS[counts.split()[-1].lower()], None  # "60 miles" tagged CARDINAL: a measure
            if unit in TIME_UNITS:
                continue  # "15 years": a period
            if end < len(doc) and MEASURE_UNITS.get(doc[end].lower_) == unit:  # printed right after: "the 50K"
                end += 1
                text = doc[start:end].text
        shown = _printed_start(doc, start, shown, end, text)
        printed = text[doc[shown].idx - doc[start].idx:]
        sentence = sentence_of(doc, ent.start).text.strip()
        if not sentence:
            continue  # no figure without the sentence that states it
        figure = Figure(
            id="",
            value=parsed.value,
            text=printed,
            value_max=parsed.value_max,
            counts=counts,
            unit=unit,
            qualifier=parsed.qualifier,
            reported_by=_reported_by(sentence_of(doc, ent.start)),
            period=_period(doc, ent),
            evidence=(sentence,),
        )
        # Two occurrences are one figure when they state the same: value, unit, what is counted and how exact it is
        # ("more than $2 billion" and "$2 billion" are two statements).
        # With nothing counted, only the same number printed the same way is known to be the same statement: "8.50%"
        # (a prime rate) and "8 1/2%" (a deposit rate) in one table, "closed up 2" and "two" in two sentences, are two.
        key = f"{parsed.value}|{parsed.value_max}|{unit}|{(counts or '').lower()}|{parsed.qualifier or ''}" \
            + ("" if counts else "|" + " ".join(printed.lower().split()))
        found.append(Found(figure, key, block, doc[shown].idx, doc[shown].idx + len(printed)))
        done = end
    return found


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
    # The printed text where it stands alone, not inside a longer number ("2" in "2,980" or "1.2").
    at = re.search(r"(?<![\w.,])" + re.escape(text.strip()) + r"(?![\w]|[.,]\d)", sentence) if text.strip() else None
    if at is None:
        return _normalised(text) + _FIGURE_MARK + _normalised(sentence)
    return _normalised(sentence[: at.start()]) + _FIGURE_MARK + _normalised(sentence[at.end():])


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
