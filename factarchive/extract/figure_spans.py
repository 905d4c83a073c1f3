"""Finding numbers: the spans of a block that may be figures, the model's and those it missed or mis-cut.

Each finder is a registered rule (:mod:`factarchive.extract.rules`, step ``find``, scope ``figure``), called as
``rule(doc, ents, found)`` with the block's entities read once and the spans found so far, and returning those spans
with its own added (or re-cut); the rules run in the order of this module (:func:`numbers`). Turned off, a rule
returns what it was given. What a span then says (its value, unit, what it counts) and whether it is a figure at all
is :mod:`factarchive.extract.figure_rules`'.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from .lexicon import (AGE_BEFORE_RANGE, CHANGE_WORDS, FRACTIONS, MEASURE_UNITS, PERCENTAGE_POINT_WORDS,
                      PERCENT_WORDS, QUALIFIERS, RESULT_WORDS, SCALES, TERM_NOUNS, TIME_PLURALS, TIME_UNITS, VAGUE,
                      VOTE_WORDS)
from .money import CURRENCY_SYMBOLS, money_spans, parallel_currency, suffix_after
from .quantities import parse_value, trailing_scale
from .nlp import lowers_of, numbers_of, sentence_of, texts_of
from .rules import active, rule

FIGURE_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
MEASURE_OF_TIME = re.compile(r"[\w,.]+-(?:year|month|week|day|hour)s?(?:-old)?", re.I)
FRACTION_ORDINAL = re.compile(r"\d+/\d+(?:st|nd|rd|th)")
VOTE = "vote"  # the kb_id of a span that is one count of a vote (figure_find reads it: counts "votes", never a score)


def numbers(doc, ents) -> list:
    """The number spans of a parsed block, every ``find`` rule of scope ``figure`` in turn, sorted by where they start
    (ties keep the order found: the first found wins)."""
    found: list = []
    for _, find in active("find", "figure"):
        found = find(doc, ents, found)
    return sorted(found, key=lambda e: e.start)


def _tokens(spans) -> set[int]:
    return {i for e in spans for i in range(e.start, e.end)}


@rule("find", "model_numbers", scope="figure")
def model_numbers(doc, ents, found):
    """The model's own numbers: counts, amounts of money, percentages, quantities."""
    return found + [e for e in ents if e.label_ in FIGURE_LABELS]


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


@rule("find", "lengths_of_time", scope="figure", uses=(_singulars,))
def lengths_of_time(doc, ents, found):
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
    return found + spans


def _vote_spans(doc) -> list:
    """The pairs of counts of a vote, each count a span marked :data:`VOTE`."""
    from spacy.tokens import Span

    spans = []
    words = lowers_of(doc)
    if VOTE_WORDS.isdisjoint(words):
        return spans  # most blocks name no vote
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
        sent = sentence_of(doc, i)  # the window, kept to the sentence
        near = words[max(sent.start, i - 8) : min(sent.end, i + 8)]
        if any(w in VOTE_WORDS for w in near) and not any(w in RESULT_WORDS for w in near):
            spans += [Span(doc, i, i + 1, label="CARDINAL", kb_id=VOTE), Span(doc, i + 2, i + 3, label="CARDINAL", kb_id=VOTE)]
    return spans


@rule("find", "vote_counts", scope="figure", uses=(_vote_spans,))
def vote_counts(doc, ents, found):
    """The two counts of a vote: "the amendment passed |271|-|147|", "a |382|-|37| vote", "voting |589| to |193|".

    A pair of whole numbers joined by a dash or "to" with a word of voting near and no word of results (a vote is
    not a "1-0 win") states how many voted each way: two figures, each counting votes. Read as one number it was
    dropped as a score, and the model tags such pairs as anything (a date "337-80", the first number only): the
    model's numbers on the pair, its dash and its ends give way.
    """
    votes = _vote_spans(doc)
    if not votes:
        return found
    voted = {i for v in votes for i in range(v.start - 1, v.end + 1)}  # the pair, its dash and its ends
    return [e for e in found if e.label_ not in FIGURE_LABELS or voted.isdisjoint(range(e.start, e.end))] + votes


@rule("find", "two_counts_in_one", scope="figure")
def two_counts_in_one(doc, ents, found):
    """Two numbers the model ran into one span, an adjective or adverb between them: two figures.

    "receive |two additional 55 cents| payments" states how many payments (two) and how much each is (55 cents); read
    as one figure it is "two additional 55 cents", worth 55 cents. Numbers joined by a word of range or relation ("5
    to 10", "1 in 4", "one of 11"), by a hyphen ("2-for-1") or by a magnitude ("two hundred") stay one span.
    """
    from spacy.tokens import Span

    out = []
    for ent in found:
        numbers_in = [t.i for t in ent if t.like_num and t.lower_ not in SCALES]
        for a, b in zip(numbers_in, numbers_in[1:]):
            gap = doc[a + 1 : b]
            if len(gap) and all(t.is_alpha and t.pos_ in ("ADJ", "ADV") and t.lower_ not in SCALES and t.lower_ not in FRACTIONS
                                for t in gap) and all(t.whitespace_ for t in doc[a:b]):
                first = "MONEY" if ent.label_ == "MONEY" and any(t.lower_ in CURRENCY_SYMBOLS or t.text[:1] in "$£€¥"
                                                                  for t in doc[ent.start : a + 1]) else "CARDINAL"
                out += [Span(doc, ent.start, a + 1, label=first), Span(doc, b, ent.end, label=ent.label_)]
                break
        else:
            out.append(ent)
    return out


def _plural_name(tok) -> bool:
    """A plural name of a people or a group, which a number counts ("Tutsis", "Hutus"; the model tags some as persons)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ in ("", "NORP", "PERSON") \
        and (tok.tag_ == "NNPS" or tok.lower_.endswith("s") and tok.ent_type_ != "")


@rule("find", "counts_in_dates", scope="figure", uses=(_plural_name,))
def counts_in_dates(doc, ents, found):
    """A count the model took into a date: "his |18 earlier| acquisitions" (DATE) counts acquisitions, "up to a |half
    million| Rwandan Tutsis" (DATE) counts Rwandan Tutsis.

    A number of a DATE span that modifies a noun after the span, where neither the noun nor any word of the span is a
    unit of time and the number is no year, counts that noun ("in the past 10 years", "1990 elections" stay dates);
    a magnitude takes the numbers and fraction before it ("up to a |half million| Rwandans", not "million").
    """
    from spacy.tokens import Span

    spans = []
    for ent in ents:
        if ent.label_ != "DATE" or any(MEASURE_UNITS.get(t.lower_) in TIME_UNITS for t in ent):
            continue
        for tok in ent:
            head = tok.head
            # a common noun, or a plural name of a people the model took for a person ("a half million Rwandan Tutsis")
            if tok.like_num and tok.dep_ == "nummod" and head.i >= ent.end \
                    and (head.pos_ == "NOUN" and not head.ent_type_ or _plural_name(head)) \
                    and MEASURE_UNITS.get(head.lower_) not in TIME_UNITS and not re.fullmatch(r"\d{4}s?", tok.text):
                first = tok.i
                while first > ent.start and tok.lower_ in SCALES and (doc[first - 1].like_num or doc[first - 1].lower_ in FRACTIONS):
                    first -= 1  # "up to a half million| Rwandans": the whole number, not "million" alone
                spans.append(Span(doc, first, tok.i + 1, label="CARDINAL"))
    return found + spans


@rule("find", "numbers_taken_as_dates", scope="figure")
def numbers_taken_as_dates(doc, ents, found):
    """A number the model took for a date that is the object of its verb: "killing nine people and injuring |45|", and
    fractions written with an ordinal ("down to |1/70th to 1/80th| of the ratio"), which are never dates.

    Only a bare number right after a verb: an age between commas ("John Smith, 63,"), which the model also tags as a
    date, is no figure (see lengths_of_time), and "in 45", "on 5 March" say when.
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
    return found + spans


def _change_parts(doc, ent) -> list:
    """One span read as a change or two amounts (two spans), or as itself."""
    from spacy.tokens import Span

    to = next((t.i for t in doc[ent.start + 1 : ent.end - 1] if t.lower_ in ("to", "and")), None)
    if to is None or not doc[to - 1].whitespace_:
        return [ent]  # "three-and-a-half": one number written with hyphens
    low, high = parse_value(doc[ent.start:to].text), parse_value(doc[to + 1 : ent.end].text)
    if low is None or high is None or low.value_max is not None or high.value_max is not None:
        return [ent]
    before = [t.lower_ for t in doc[max(0, ent.start - 4) : ent.start + 1]]
    if doc[to].lower_ == "and":
        if to + 2 <= ent.end and doc[to + 1].lower_ in ("a", "an", "one") and doc[to + 2].lower_ in FRACTIONS:
            return [ent]  # "two and a half (times)": one mixed number (2.5), not 2 and a half of its own
        whole = parse_value(ent.text)
        if whole is not None and whole.value_max is None and whole.value > max(low.value, high.value):
            return [ent]  # "two hundred and fifty": one number written the British way (250), not 200 and 50
        between = "between" in before[-2:]
        return [ent] if between else [Span(doc, ent.start, to, label=ent.label_), Span(doc, to + 1, ent.end, label=ent.label_)]
    change = "from" in before[-3:] and not any(w.startswith("rang") for w in before) \
        or ent.start > 0 and doc[ent.start - 1].lower_ not in ("by", "between") and any(w in CHANGE_WORDS for w in before[-4:-1]) \
        and high.value > 3 * low.value  # a change and the level it reaches, not a range ("up 1/2 to 3/4 point")
    if low.value <= high.value and not change:
        return [ent]
    return [Span(doc, ent.start, to, label=ent.label_), Span(doc, to + 1, ent.end, label=ent.label_)]


@rule("find", "changes_from_to", scope="figure", uses=(_change_parts,))
def changes_from_to(doc, ents, found):
    """A change stated as "from X to Y" or a fall "X to Y" tagged as one span: two figures, not a range.

    "rejected it 59% to 41%", "lowered the rate from 9% to 8 1/2%", "8 13/16% to 8 11/16%", "rose $4 to $367.30",
    "a gain of 0.54 cent to 14.26 cents" (a word of change before, and a level far above the change: by how much,
    then to what level): each end is a figure of its own. A stated range goes up ("5% to 17%", "$30 million to $40
    million") and stays one figure with ``value_max``; so does "ranged from X to Y". Two amounts joined by "and" are
    two figures ("US$5 million and C$10"), unless "between" makes them a range.
    """
    return [part for ent in found for part in _change_parts(doc, ent)]


def _alternative_parts(doc, ent) -> list:
    """One span of two numbers joined by "or" as its two numbers, or as itself (see alternatives_apart)."""
    from spacy.tokens import Span

    joint = next((t.i for t in doc[ent.start + 1 : ent.end - 1] if t.lower_ == "or"), None)
    if joint is None:
        return [ent]
    low, high = parse_value(doc[ent.start:joint].text), parse_value(doc[joint + 1 : ent.end].text)
    whole = parse_value(ent.text)
    if low is None or high is None or whole is None or low.value_max is not None or high.value_max is not None \
            or whole.value != low.value:
        return [ent]  # "three or four million": the upper end's magnitude is the lower's too, one range (3m to 4m)
    if low.unit is not None or high.unit is not None or ent.label_ in ("QUANTITY", "MONEY", "PERCENT"):
        # "7% or 8%", "$5 or $6", "five or six megabits per second": one rate, amount or measure, a range (as OntoNotes
        # prints it, one span), not a count of the unit's word and a measure of the rest
        return [ent]
    return [Span(doc, ent.start, joint, label=ent.label_), Span(doc, joint + 1, ent.end, label=ent.label_)]


@rule("find", "alternatives_apart", scope="figure", uses=(_alternative_parts,))
def alternatives_apart(doc, ents, found):
    """Two counts joined by "or" that the model tagged as one span, "|two or three| games", are two figures, as the model
    tags them when it sees them apart ("|9,000| or |10,000| interviews") and as both gold sets print counts ("five or
    six"); read as one number, the first was lost and the value was the second. Where the upper end carries the
    magnitude of both ("three or four million"), or the ends carry a unit ("7% or 8%", "$5 or $6"), the span stays one
    figure, a range (3m to 4m; 7 to 8 %), as OntoNotes prints such a rate."""
    return [part for ent in found for part in _alternative_parts(doc, ent)]


def _joined_to_scaled(doc, low, high):
    """One span for a number and the scaled one joined to it by "or" or "to" the model tagged apart, "|two| or |three
    hundred| people", "|Some five| or |six hundred thousand|": the lower end takes the upper end's scale, one range (see
    scaled_alternatives_joined); None where they are not such a pair."""
    from spacy.tokens import Span

    if low.label_ != "CARDINAL" or high.label_ != "CARDINAL" or high.start != low.end + 1 \
            or doc[low.end].lower_ not in ("or", "to") or trailing_scale(high.text.lower()) is None:
        return None
    if trailing_scale(low.text.lower()) is not None or low.start > 0 and doc[low.start - 1].lower_ == "from":
        return None  # "two million or three million": each its own; "from five to six hundred": a change
    if doc[low.end].lower_ == "to" and any(t.lower_ in CHANGE_WORDS for t in doc[max(0, low.start - 3) : low.start]):
        return None  # "rose 32,000 to 1.41 million": by how much, then to what level
    joined = Span(doc, low.start, high.end, label=high.label_)
    value, alone = parse_value(joined.text), parse_value(low.text)
    if value is None or value.value_max is None or alone is None or value.value == alone.value:
        return None  # the lower end did not take the upper's scale ("fifty to three hundred"): two numbers as tagged
    return joined


def _pairs_joined(doc, spans: list, join) -> list:
    """``spans`` with each span and the one a word after it replaced by ``join(doc, low, high)`` where that is a span
    (the two ends of a range tagged apart), in the order given."""
    out = list(spans)
    for low in list(out):
        high = next((e for e in out if e.start == low.end + 1), None)
        joined = join(doc, low, high) if high is not None and low in out else None
        if joined is not None:
            out[out.index(low)] = joined
            out.remove(high)
    return out


@rule("find", "scaled_alternatives_joined", scope="figure", uses=(_joined_to_scaled, _pairs_joined))
def scaled_alternatives_joined(doc, ents, found):
    """A count and a scaled count joined by "or" or "to" that the model tagged as two spans ("|Two| or |three hundred|
    people gathered") are one range, 200 to 300, as "two or three hundred" is when tagged whole: read apart, the
    lower end was 2 people and the upper 300."""
    return _pairs_joined(doc, list(found), _joined_to_scaled)


def _fraction_of_at(doc, ent, nxt):
    """Where a fraction in words at ``ent`` and what it is a fraction of end, as (end, label, whether the next span
    ``nxt`` was taken), or None (see fractions_of_amounts)."""
    if ent.label_ != "CARDINAL" or ent.end >= len(doc) or doc[ent.end].lower_ != "of" \
            or any(t.like_num and t.text[:1].isdigit() for t in ent):
        return None
    parsed = parse_value(ent.text)  # "a quarter", "almost a quarter"
    if parsed is None or parsed.unit is not None or parsed.value_max is not None or not 0 < parsed.value < 1:
        return None

    if nxt is not None and nxt.start == ent.end + 1 and nxt.label_ in ("PERCENT", "MONEY", "QUANTITY"):
        return nxt.end, nxt.label_, True  # "seven-tenths of 1 percent"
    article = ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ in ("a", "an", "one")
    if not article:
        return None
    if nxt is not None and nxt.start in (ent.end + 1, ent.end + 2) and nxt.label_ == "CARDINAL" \
            and all(t.lower_ in SCALES or t.lower_ in ("a", "an", "one") for t in nxt) and len(nxt[-1]) > 2:
        return nxt.end, "CARDINAL", True  # "a quarter of a| million|"
    if nxt is not None and nxt.start == ent.end + 2 and nxt.label_ in ("PERCENT", "QUANTITY") \
            and _unit_at(doc, nxt.start) == len(nxt) and doc[nxt.start].text != "-":
        unit = " ".join(t.lower_ for t in nxt)
        return nxt.end, "PERCENT" if unit in PERCENT_WORDS else "QUANTITY", True  # "about a third of a |mile|": the unit alone
    if nxt is not None and nxt.start <= ent.end + 2:
        return None
    if ent.end + 2 < len(doc) and doc[ent.end + 2].lower_ in SCALES and len(doc[ent.end + 2]) > 2:
        return ent.end + 3, "CARDINAL", False  # "almost a quarter of a million| consumers", the magnitude untagged
    at = ent.end + 2
    if " ".join(t.lower_ for t in doc[at : at + 2]) in PERCENTAGE_POINT_WORDS:
        return at + 2, "PERCENT", False  # "a quarter of a percentage point"
    size = _unit_at(doc, at)
    if not size or doc[at].text == "-":
        return None
    unit = " ".join(t.lower_ for t in doc[at : at + size])
    return at + size, "PERCENT" if unit in PERCENT_WORDS else "QUANTITY", False  # "a tenth of an inch"


@rule("find", "fractions_the_model_missed", scope="figure", uses=(_fraction_of_at,))
def fractions_the_model_missed(doc, ents, found):
    """A fraction in words the model tagged as nothing, of a unit, a magnitude or a percentage point: "around |a quarter|
    of a mile", "|a tenth| of an inch". An article and a fraction ("a quarter", "one third") that no span holds, where
    what follows "of" makes it an amount (:func:`_fraction_of_at`), is a count that fractions_of_amounts then joins
    to what it is a fraction of; "half of a nine-year sentence", "a quarter of the market" are not amounts."""
    from spacy.tokens import Span

    taken = _tokens(found) | _tokens(ents)
    spans = []
    lowers = lowers_of(doc)
    for tok in (doc[i] for i in range(1, len(doc)) if lowers[i] in FRACTIONS):
        if tok.i in taken or tok.i - 1 in taken or doc[tok.i - 1].lower_ not in ("a", "an", "one"):
            continue
        span = Span(doc, tok.i - 1, tok.i + 1, label="CARDINAL")
        nxt = next((e for e in sorted(found, key=lambda e: e.start) if e.start >= span.end), None)
        if _fraction_of_at(doc, span, nxt) is not None:
            spans.append(span)
    return sorted(found + spans, key=lambda e: e.start) if spans else found


@rule("find", "fractions_of_amounts", scope="figure", uses=(_fraction_of_at,))
def fractions_of_amounts(doc, ents, found):
    """A fraction the model tagged apart from the amount it is a fraction of: "|seven-tenths| of |1 percent|" is 0.7 %,
    "|a quarter| of a |million| students" 250,000 students, "|a quarter| of a percentage point" 0.25 %.

    A number below one in words ("one-tenth", "half", "a quarter") followed by "of" and an amount the model tagged as a
    figure, or "of a" and a bare magnitude the model tagged ("million"), is one figure, the product of both; so is one
    followed by "of a" and a unit of measure or a percentage the model did not tag ("of an inch", "of a percentage
    point"). What follows "of" alone ("1 percent", "a million") is not what the sentence states.
    """
    from spacy.tokens import Span

    out, skip = [], set()
    for i, ent in enumerate(found):
        if i in skip:
            continue
        nxt = found[i + 1] if i + 1 < len(found) else None
        joined = _fraction_of_at(doc, ent, nxt)
        if joined is not None:
            end, label, took_next = joined
            out.append(Span(doc, ent.start, end, label=label))
            if took_next:
                skip.add(i + 1)
            continue
        out.append(ent)
    return out


@rule("find", "currency_amounts", scope="figure", uses=(money_spans,))
def currency_amounts(doc, ents, found):
    """Amounts the model did not tag as figures: a currency sign before a number or a currency name after it
    (:func:`factarchive.extract.money.money_spans`)."""
    return found + money_spans(doc, _tokens(found))


@rule("find", "parallel_amounts", scope="figure", uses=(parallel_currency, suffix_after))
def parallel_amounts(doc, ents, found):
    """Amounts the model did not tag, printed with a suffix beside a parallel amount with a currency and the same suffix:
    "from £20m to |15m|", "9.5bn kronor against |6.3bn|" (:func:`factarchive.extract.money.parallel_currency`)."""
    from spacy.tokens import Span

    taken = _tokens(found)
    spans = []
    for tok in (doc[i] for i, text in enumerate(texts_of(doc)) if text[:1].isdigit()):
        if tok.i in taken:
            continue
        end = tok.i + 2 if tok.like_num and tok.i + 1 not in taken and suffix_after(doc, tok.i + 1) else tok.i + 1
        if parallel_currency(doc, tok.i, end):  # "15|m", or "6.3bn" as one token
            spans.append(Span(doc, tok.i, end, label="MONEY"))
    return found + spans


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
                and (size == 2 or len(phrase) > 2 or phrase in ("kv", "kw", "mw", "ft", "km", "kg", "mi", "cm", "mm", "ha", "lb", "oz",
                                                            "kb", "mb", "gb", "tb", "hz")):
            return size
    return 0


@rule("find", "measures_with_unit", scope="figure", uses=(_unit_at,))
def measures_with_unit(doc, ents, found):
    """Measures the model did not tag as figures: "the |3,000 meters|" (nothing), "more than |230 kilometers|" (TIME).

    A number written with a unit of measure right after it is a measure whatever the model said of it; lengths of
    time are not (they are periods; see the rule in :mod:`factarchive.extract.figures`).
    """
    from spacy.tokens import Span

    taken = _tokens(found)
    spans = []
    for tok in (doc[i] for i, text in enumerate(texts_of(doc)) if text[:1].isdigit()):
        if tok.i in taken or not tok.like_num:
            continue
        scale = 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("thousand", "million", "billion") else 0
        size = _unit_at(doc, tok.i + 1 + scale)  # "40 million tons"
        if size:
            spans.append(Span(doc, tok.i, tok.i + 1 + scale + size, label="QUANTITY"))
    return found + spans


# A number and a unit printed as one token the tokenizer keeps whole ("8Mbps", "512kbps"; it splits "6GB" itself).
GLUED_UNIT = re.compile(r"\d[\d,]*(?:\.\d+)?(?P<unit>[A-Za-z][A-Za-z/]+)")


@rule("find", "numbers_glued_to_units", scope="figure")
def numbers_glued_to_units(doc, ents, found):
    """A measure printed as one token, number and unit glued together: "speeds of |8Mbps|", "a |512kbps| line". The
    tokenizer splits the units it knows ("6|GB", "1.8|GHz"), not these, and the model tags none of them; a unit of
    two letters or more and no length of time ("8Mbps" yes, "5s", "10am" no)."""
    from spacy.tokens import Span

    taken = _tokens(found)
    spans = []
    for i, text in enumerate(texts_of(doc)):
        if text[:1].isdigit() and i not in taken:
            glued = GLUED_UNIT.fullmatch(text)
            unit = MEASURE_UNITS.get(glued.group("unit").lower()) if glued else None
            if unit is not None and unit not in TIME_UNITS and len(glued.group("unit")) > 2:
                spans.append(Span(doc, i, i + 1, label="QUANTITY"))
    return found + spans


@lru_cache(maxsize=1)
def _qualifier_words() -> tuple[list[str], ...]:
    """The qualifiers a count may follow, as lists of words, longest first ("at" and "only" left out)."""
    return tuple(q.split() for q in sorted(QUALIFIERS, key=len, reverse=True) if q not in ("at", "only"))


@rule("find", "qualified_numbers", scope="figure", uses=(_qualifier_words,))
def qualified_numbers(doc, ents, found):
    """Numbers the model tagged as nothing that a bound says are counts: "about 21 states", "nearly a billion shares",
    "over ninety other cases", and vague plurals on their own ("they have billions to invest").

    Measured on the dev sets before it was written (2026-11-30): of the numbers the news model leaves untagged, those
    right after a qualifier of quantity, or a vague plural, are figures in the gold 19 times out of 20 (OntoNotes 15
    of 15, IE-ER 4 of 5; "scores", also the plural of "score", left out), while untagged numbers in general are
    gold only one time in four. A number written into a compound ("a billion-dollar morass") is left to the model.
    """
    from spacy.tokens import Span

    taken = _tokens(found) | _tokens(ents)
    spans = []
    qualifiers = _qualifier_words()
    after = 0  # the token after the last number read (the loop goes on from there)
    vague = (i for i, word in enumerate(lowers_of(doc)) if word in VAGUE and word != "scores")
    for i in sorted(set(numbers_of(doc)).union(vague)):
        if i < after or i in taken:
            continue
        tok = doc[i]
        j = i - 1 if i > 0 and doc[i - 1].lower_ in ("a", "an") else i  # "nearly a| billion"
        qualified = any([t.lower_ for t in doc[max(0, j - len(q)) : j]] == q for q in qualifiers)
        end = i + 1
        while end < len(doc) and end not in taken and (doc[end].like_num or doc[end].lower_ in SCALES) and doc[end].text != "-":
            end += 1  # "over 2 million", "as much as 1 5/32"
        # "one in every |five| or six": the first of two numbers joined by "or" when the model tagged the second only
        either = end + 1 < len(doc) and doc[end].lower_ == "or" and doc[end + 1].ent_type_ == "CARDINAL" and doc[end + 1].like_num
        if (qualified or either or tok.lower_ in VAGUE) and not (end < len(doc) and doc[end].text == "-"):
            spans.append(Span(doc, i, end, label="CARDINAL"))
        after = end
    return found + spans


_MONTHS = frozenset(calendar.month_name[1:]) | frozenset(calendar.month_abbr[1:])  # the calendar's, in English


def _range_end(doc, i: int):
    """The token after one end of a range starting at ``i`` ("15,000", "$3", "4 million", "5%", "2.5bn"), else None.

    A year ("between 1990 and 1995") or a time of day is no end of a range of amounts."""
    if i < len(doc) and (doc[i].lower_ in CURRENCY_SYMBOLS or doc[i].text in ("$", "£", "€", "¥")):
        i += 1  # "between $3 and $4 million"
    if i >= len(doc) or not doc[i].like_num or doc[i].ent_type_ == "TIME" \
            or re.fullmatch(r"\d{4}", doc[i].text):  # a year or a time ("2200 and 0700"): amounts print "2,700"
        return None
    end = i + 1
    while end < len(doc) and end - i < 4 and (doc[end].lower_ in SCALES or suffix_after(doc, end)):
        end += 1  # "4 million", "2.5|bn"
    return end + _unit_at(doc, end)  # "5|%", "3| kilometres"


@rule("find", "ranges_between", scope="figure", uses=(_range_end,))
def ranges_between(doc, ents, found):
    """A range "between X and Y" is one figure from X to Y, whatever part of it the model tagged.

    The model often tags only the upper end ("Between 15,000 and |20,000| couples": the lower end was lost) or takes
    the whole range for a date ("|Between 3 and 4 million| people", DATE; a count rule then read "3" alone). Two
    numbers joined by "and" after "between" that are not years nor times of day, and not followed by a unit of time
    (a length of time is no figure of its own), are one span, labelled as the model labelled its upper end (CARDINAL
    when it saw a date): the range reading (quantities.parse_value) then gives ``value`` and ``value_max``, the
    scale of the upper end applying to the lower ("3 and 4 million": 3m to 4m).
    """
    from spacy.tokens import Span

    out = list(found)
    for tok in (doc[i] for i, word in enumerate(lowers_of(doc)) if word == "between"):
        low_end = _range_end(doc, tok.i + 1)
        if low_end is None or low_end >= len(doc) or doc[low_end].lower_ != "and":
            continue
        end = _range_end(doc, low_end + 1)
        if end is None or end < len(doc) and (MEASURE_UNITS.get(doc[end].lower_) in TIME_UNITS or doc[end].ent_type_ == "DATE"):
            continue  # "between three and four years": a length of time; "between 6 and 12 December": days
        if tok.i > 0 and doc[tok.i - 1].lower_ in AGE_BEFORE_RANGE:
            continue  # "people aged between 18 and 34": ages, which are no figures
        if end < len(doc) and doc[end].text.title().rstrip(".") in _MONTHS:
            continue  # "between 6 and 12 December" (untagged): days of a month
        inside = [e for e in out if e.start < end and tok.i < e.end]
        if not inside and not any(e.label_ == "DATE" and e.start < end and tok.i < e.end for e in ents):
            continue  # the model saw no number here: an untagged number is a figure only after a qualifier
        if any(e.label_ in FIGURE_LABELS and e.start <= tok.i + 1 and e.end >= end for e in inside):
            continue  # the model's span holds the whole range already
        if any(e.label_ not in FIGURE_LABELS and e.label_ != "DATE" for e in inside):
            continue
        upper = next((e for e in inside if e.label_ in FIGURE_LABELS and e.start > low_end), None)
        end = max([end] + [e.end for e in inside if e.label_ in FIGURE_LABELS])
        out = [e for e in out if e not in inside]
        out.append(Span(doc, tok.i, end, label=upper.label_ if upper is not None else "CARDINAL"))
    return out


def _joined_to_measured(doc, low, high):
    """One span for a bare number and the amount, percentage or measure joined to it by "to" or "or" that were tagged
    apart, "|30| to |40 million dollars|", "|5| to |10 per cent|": the lower end takes the upper end's scale and unit,
    one range (see ranges_tagged_apart); None where they are not such a pair."""
    from spacy.tokens import Span

    if low.label_ != "CARDINAL" or high.label_ not in ("MONEY", "PERCENT", "QUANTITY") or high.start != low.end + 1 \
            or doc[low.end].lower_ not in ("to", "or") or low.start > 0 and doc[low.start - 1].lower_ == "from":
        return None  # "from 5 to 10 per cent": a change, each end its own figure
    alone, upper = parse_value(low.text), parse_value(high.text)
    if alone is None or upper is None or alone.unit is not None or alone.value_max is not None or upper.unit is None \
            or upper.value_max is not None:
        return None
    joined = Span(doc, low.start, high.end, label=high.label_)
    value = parse_value(joined.text)
    if value is None or value.value_max is None or value.unit != upper.unit or value.value > value.value_max:
        return None  # "cut 50 to 10 per cent": no range goes down
    if doc[low.end].lower_ == "to" and any(t.lower_ in CHANGE_WORDS for t in doc[max(0, low.start - 3) : low.start]) \
            and value.value_max > 3 * value.value:
        return None  # "rose 2 to 9 per cent": by how much, then to what level (as changes_from_to reads one span)
    return joined


@rule("find", "ranges_tagged_apart", scope="figure", uses=(_joined_to_measured, _pairs_joined))
def ranges_tagged_apart(doc, ents, found):
    """A bare number joined by "to" or "or" to an amount, percentage or measure tagged apart ("|30| to |40 million
    dollars|", "prices rose |5| to |10 per cent|") is one range with the upper end's scale and unit, 30m to 40m USD,
    as the model reads "30 to 40 million dollars" when it tags it whole: read apart, the lower end was a count of
    nothing (30) and the upper a figure of its own."""
    return _pairs_joined(doc, sorted(found, key=lambda e: e.start), _joined_to_measured)


@rule("find", "counts_the_model_missed", scope="figure")
def counts_the_model_missed(doc, ents, found):
    """A number the model tagged as nothing that the parse makes the count of a plural noun after it: "the press has
    |800| scholarly and general interest titles".

    Only a number on its own (not joined by a hyphen: "six-packs", "7-11"), not "one" (an article as often as a count),
    a number modifying (``nummod``) a plural common noun printed after it. Read on the dev sets before it was
    written: of the untagged numbers so placed that no other rule finds, most are gold counts; the others are lengths
    of time ("240 years"), which the figure rules drop as they drop any.
    """
    from spacy.tokens import Span

    taken = _tokens(found) | _tokens(ents)
    spans = []
    for tok in (doc[i] for i in numbers_of(doc) if i not in taken):
        if tok.lower_ in ("one", "a", "an") or tok.dep_ != "nummod":
            continue
        head, before = tok.head, doc[tok.i - 1] if tok.i > 0 else None
        if head.i <= tok.i or head.tag_ != "NNS" or head.ent_type_ or not head.is_lower or head.lower_ in TIME_PLURALS:
            continue  # "53 secs": a time
        if any(t.text == "-" for t in doc[max(0, tok.i - 1) : tok.i + 2]) or re.fullmatch(r"\d{4}", tok.text) or "/" in tok.text:
            continue  # "six-packs", "7-11"; a year ("1998 elections"); "24/7"
        if any(t.like_num or t.text == "-" or t.is_punct or t.pos_ in ("VERB", "ADP") for t in doc[tok.i + 1 : head.i]):
            continue  # "40 or 50-year old women": another number, or a clause, before the noun
        if before is not None and (before.pos_ == "PROPN" and before.is_title or before.text.isupper() and before.is_alpha):
            continue  # a name's number: "the Hot 100 books chart", "Group Four fixtures", "USB 2.0 connections"
        if tok.lower_ in SCALES and before is not None and (before.like_num or before.lower_ in ("of", "-")
                                                            or before.lower_ in ("a", "an") and tok.i > 1 and doc[tok.i - 2].lower_ == "of"):
            continue  # "10 million", "10-20 million", "a quarter of a million": the model's number holds the magnitude
        spans.append(Span(doc, tok.i, tok.i + 1, label="CARDINAL"))
    return found + spans
