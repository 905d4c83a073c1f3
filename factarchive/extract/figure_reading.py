"""Reading a number in its sentence: where it is printed, what it counts, when, and who reported it.

:class:`Reading` is one number as the figure rules (:mod:`factarchive.extract.figure_rules`) pass it along: each rule
is given a reading and returns it, changed (:func:`changed`), or None when the number is no figure. The
functions here read the parse around a number for those rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .lexicon import (CLAUSE_REPORTING_VERBS, COUNTING_WORDS, DOCUMENT_NOUNS, MEASURE_UNITS, PERCENT_WORDS,
                      PERIOD_PREPOSITIONS, PLURAL_AUXILIARIES, PUT_FORMS, QUALIFIERS_APART, REPORTING_VERBS, SCALES, SENTENCE_PHRASES,
                      VAGUE)
from .nlp import entities_in, sentence_of
from .quantities import Value, parse_value_at, words_number

# Parts of speech of words before a number that belong to the sentence, not to the figure as printed (printed_start).
SENTENCE_WORDS = frozenset({"DET", "ADP", "ADV", "PART", "SCONJ", "CCONJ"})
# How the number was got, inside the model's span: recorded as the qualifier, not printed, as the qualifiers apart are
# (IE-ER leaves "(an) estimated" out of its numbers 4 times of 4, OntoNotes 4 of 9; measured: IE-ER MONEY, PERCENT and
# CARDINAL +1 each, OntoNotes -1 MONEY, +2 PERCENT); bounds the model printed with the number ("close to") stay.
# So are phrases of the sentence the model took in ("a total of", "a mere": SENTENCE_PHRASES), which are not recorded.
APART_PHRASES = [q.split() for q in sorted(QUALIFIERS_APART, key=len, reverse=True) if q.endswith("estimated")] \
    + [q.split() for q in SENTENCE_PHRASES]
APART_FIRST = frozenset(words[0] for words in APART_PHRASES)


@dataclass(frozen=True)
class Reading:
    """One number on its way to a figure: the model's span and what the rules have read of it so far."""

    doc: object  # the parsed block
    ent: object  # the span found (figure_spans)
    vote: bool  # one count of a vote
    start: int  # first token of the figure, qualifier and currency included
    shown: int  # first token of the figure as printed
    end: int  # the token after the figure
    text: str  # the words the value is read from
    currency: Optional[str] = None  # a currency printed before the model's span ("dlrs 25")
    cur: Optional[int] = None  # its token
    parsed: Optional[Value] = None  # the value as read from ``text``
    unit: Optional[str] = None
    counts: Optional[str] = None
    per: Optional[str] = None  # what one value of a rate is per ("week")
    period: Optional[str] = None
    reported_by: Optional[str] = None

    @property
    def label(self) -> str:
        return self.ent.label_

    def cut(self, start: Optional[int] = None, end: Optional[int] = None, **changes) -> "Reading":
        """The reading with new bounds, its text the words between them."""
        start = self.start if start is None else start
        end = self.end if end is None else end
        return changed(self, start=start, end=end, text=self.doc[start:end].text, **changes)


def changed(r: Reading, **changes) -> Reading:
    """``dataclasses.replace(r, **changes)``, made for the ~30 rules a figure passes: ``r`` itself where no field
    changes (most rules find nothing), else a copy of its fields with the changes. Written by hand: ``replace`` checks
    every field on each call (7.7 us; this is 1.4 us), and a Reading has no ``__post_init__`` and no field outside
    ``__init__`` that ``replace`` would have to treat apart."""
    unknown = changes.keys() - r.__dict__.keys()
    if unknown:
        raise TypeError(f"Reading has no field {', '.join(sorted(unknown))}")
    if all(getattr(r, name) is value for name, value in changes.items()):
        return r
    new = object.__new__(Reading)
    new.__dict__.update(r.__dict__, **changes)
    return new


def counted(doc, start: int, end: int) -> Optional[str]:
    """The noun phrase a number counts: "30 Turkish military vehicles" -> "Turkish military vehicles"."""
    if end - start > 1 and doc[start].lower_ == "between":
        start += 1  # "Between 15,000 and 20,000 couples": the parser may hang the range's "between" on the verb
    root = _number_root(doc[start:end])
    head = root.head
    if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end - 1].lower_ in VAGUE.keys() | SCALES.keys() | COUNTING_WORDS.keys():
        # "thousands of demonstrators", "a dozen of them": what follows "of" is what is counted
        obj = next((t for t in doc[end].children if t.dep_ == "pobj" and t.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            words = doc[end + 1 : obj.i + 1]
            # another number on the way is not what is counted ("1.1m of the country's 1.6m voters": voters)
            return obj.text if any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") or t.like_num for t in words) \
                else words.text
    part = partitive(doc, start, end)
    if part is not None:
        return part
    plural = _plural_after_suffix(doc, start, end)
    if plural is not None:
        return plural
    first = _first_of_pair(doc, end)
    if first is not None:
        return first
    if root.dep_ == "conj" and root.head.like_num and root.head.i < start and root.head.dep_ in ("nummod", "quantmod"):
        # "four or five| shows": the second number of an alternative counts what the first one does
        noun = root.head.head
        words = doc[end : noun.i + 1]
        if noun.pos_ in ("NOUN", "PROPN") and noun.i >= end and _counted_plural(noun) \
                and not any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") or t.like_num for t in words):
            return words.text
    last = doc[end - 1]
    if root.dep_ not in ("nummod", "quantmod", "compound", "amod", "npadvmod") and last.lower_ in SCALES \
            and last.dep_ == "nummod" and last.head.i >= end:
        root, head = last, last.head  # "a quarter of a million| students": the magnitude at the end counts them
    if root.dep_ not in ("nummod", "quantmod", "compound", "amod", "npadvmod") or head.i < end or head.pos_ not in ("NOUN", "PROPN"):
        return None
    if head.ent_type_ in ("DATE", "TIME") and not doc[start:end].root.ent_type_ in ("DATE", "TIME"):
        return None  # "rose by 3,000 last month": the date after the number is when, not what is counted
    words = doc[end : head.i + 1]
    if any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") or t.like_num for t in words):
        return head.text  # "two additional 55 cents payments": another number between is not what is counted
    return words.text


def _number_root(span):
    """The span's root, or its number when the parser hangs a word before the number on the same noun ("Some| 350
    films", "an additional| two pay TV channels": determiner, adjective and number all modify "films"; spaCy names the
    first of equals the root)."""
    root = span.root
    if root.like_num or root.dep_ not in ("det", "amod", "quantmod", "advmod") or root.head.i < span.end:
        return root
    return next((t for t in reversed(span) if t.like_num and t.dep_ == "nummod" and t.head.i == root.head.i), root)


def _counted_plural(noun) -> bool:
    """A plural noun things are counted by, as a pair counts them: not a ratio's singular ("an eight to one majority")
    nor a multiplier ("between two and three times")."""
    return noun.tag_ in ("NNS", "NNPS") and noun.lower_ != "times"


def _first_of_pair(doc, end: int) -> Optional[str]:
    """What the first number of a pair counts: "300 to| 400 new homes", "two or| three goals", what the second does.
    The model and the parser often cut a range or an alternative into two numbers and hang the noun on the second."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("to", "or", "and") or not doc[end + 1].like_num:
        return None
    after = end + 1
    while after < len(doc) and (doc[after].like_num or doc[after].lower_ in SCALES) and after - end < 4:
        after += 1
    root = doc[end + 1 : after].root
    noun = root.head
    if root.dep_ not in ("nummod", "quantmod", "compound") or noun.i < after or noun.pos_ != "NOUN" \
            or noun.ent_type_ in ("DATE", "TIME") or not _counted_plural(noun):
        return None
    words = doc[after : noun.i + 1]
    if any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") or t.like_num for t in words):
        return None
    return words.text


def _plural_after_suffix(doc, start: int, end: int) -> Optional[str]:
    """The plural after a number printed with a magnitude suffix ("11.9m| viewers", "1.4m| cash machines"), which the
    parser makes a sibling of the suffix rather than the noun the number modifies."""
    from .money import counted_plural_at, magnitude_suffix

    if end >= len(doc) or magnitude_suffix(doc, max(start, end - 1), end) is None or doc[end].lower_ == "of" \
            or not counted_plural_at(doc, end):
        return None
    tok = doc[end]
    if tok.dep_ in ("compound", "amod") and end < tok.head.i <= end + 2:
        return doc[end : tok.head.i + 1].text
    return tok.text


def partitive(doc, start: int, end: int) -> Optional[str]:
    """What a number of a group counts, read from the parse: "two of the British men" -> "British men", "almost half
    of all adults" -> "adults", "five of their seven previous encounters" -> "previous encounters", "eight out of 10
    voters" -> "voters", "half the population" -> "population".

    "of" (or "out of") must hang from the number and its object be a plural common noun (or a plural of a
    nationality: "two of the Britons"); a part of a whole ("a third of the staff", "half of the market") may count a
    singular one. Not a date or a number ("half of 2004", "two of the 11"), not a pronoun ("thousands of whom"): what
    is counted is then not said. The words kept are the noun and the adjectives and nouns right before it, without
    determiners, possessives and numbers.
    """
    at = end + 1 if end + 1 < len(doc) and doc[end].lower_ == "out" and doc[end + 1].lower_ == "of" else end
    root = doc[start:end].root
    if root.dep_ == "predet" and root.head.pos_ == "NOUN" and root.head.i > end:
        obj, at = root.head, end - 1  # "half the population", "all three the ...": the noun the number stands before
    elif at + 1 >= len(doc) or doc[at].lower_ != "of":
        return None
    elif at != end:
        # "eight out of 10 voters": the parser attaches "out of" in many ways; the words are fixed: the noun the second
        # number counts, after at most a determiner or a possessive
        obj = next((t for t in doc[at + 1 : at + 4] if t.pos_ == "NOUN"), None)
        if obj is None or not any(t.like_num for t in doc[at + 1 : obj.i]) \
                or not all(t.like_num or t.pos_ in ("DET", "PRON", "ADJ") for t in doc[at + 1 : obj.i]):
            return None
    elif start <= doc[at].head.i < end:
        obj = next((t for t in doc[at].children if t.dep_ == "pobj"), None)
    else:
        return None
    if obj is None or obj.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY") or obj.like_num \
            or obj.lower_ in MEASURE_UNITS or doc[obj.i - 1 : obj.i + 1].text.lower() in PERCENT_WORDS \
            or obj.lower_ in ("point", "points") and doc[obj.i - 1].lower_ in ("percentage", "basis"):
        # "72 of the most precious acres", "a quarter of a percentage point": a part of a measure counts no things
        return None
    value = parse_value_at(doc[start:end].text)
    fraction = value is not None and value[0].value is not None and 0 < value[0].value < 1
    plural = obj.tag_ == "NNS" and obj.is_lower or obj.tag_ in ("NNS", "NNPS") and obj.ent_type_ == "NORP"
    if not (plural or fraction and obj.tag_ == "NN" and obj.is_lower):
        return None
    first = obj.i
    while first - 1 > at and (doc[first - 1].pos_ in ("ADJ", "NOUN") or doc[first - 1].text == "-" and not doc[first - 1].whitespace_) \
            and not doc[first - 1].like_num and doc[first - 1].dep_ != "poss":
        first -= 1
    if doc[first - 1].like_num and doc[first].text == "-":  # "half of a nine-year| sentence": not the words joined
        while first < obj.i and (doc[first].text == "-" or doc[first - 1].text == "-"):  # to a number
            first += 1
    while first < obj.i and doc[first].text == "-":
        first += 1
    return doc[first : obj.i + 1].text


def verb_of(tok):
    """The verb a token hangs from (itself when it is one), or the sentence root."""
    seen = 0
    while tok.pos_ not in ("VERB", "AUX") and tok.head.i != tok.i and seen < 20:
        tok, seen = tok.head, seen + 1
    return tok


def period_of(doc, span) -> Optional[str]:
    """The date or time phrase on the same verb as the figure: "since March 5", "in three months"."""
    from .figure_spans import MEASURE_OF_TIME
    from .money import magnitude_suffix

    sent = sentence_of(doc, span.start)
    times = [ent for ent in entities_in(doc, sent.start, sent.end) if ent.label_ in ("DATE", "TIME")]
    if not times:
        return None  # (most sentences: told before the parse is walked)
    verb = verb_of(span.root)
    best = None
    for ent in times:
        if ent.start < span.end and span.start < ent.end or MEASURE_OF_TIME.fullmatch(ent.text):
            continue
        if magnitude_suffix(doc, ent.start, ent.end):
            continue  # "up from 38m" tagged a time: an amount in millions, never when
        if verb_of(ent.root).i != verb.i:
            continue
        start = ent.start
        if start > 0 and doc[start - 1].lower_ in PERIOD_PREPOSITIONS and doc[start - 1].dep_ == "prep":
            start -= 1
        distance = min(abs(ent.start - span.end), abs(span.start - ent.end))
        if best is None or distance < best[0]:
            best = (distance, doc[start : ent.end].text)
    return best[1] if best else None


# Entity types of a subject that is itself a measure ("Some 82% said", "A total of 53% of those polled said"): what the
# figure measures, never who reports it.
MEASURED_TYPES = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})


def _reports(verb, subject) -> bool:
    """Whether ``verb`` with ``subject`` reports a statement, as a reporter does: "put" as "put X at Y" or "put it", "add"
    with a clause ("analysts added that ..."), "show" with a document as subject ("figures show ...", not "the affair
    showed ..." nor "The first quarter showed growth of 6.3%"), any other reporting verb as it is."""
    if verb.lower_ in PUT_FORMS:
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children) \
            or any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    if verb.lower_.startswith("show"):
        return subject.lower_ in DOCUMENT_NOUNS
    if verb.lower_ in CLAUSE_REPORTING_VERBS:
        return any(c.dep_ == "ccomp" for c in verb.children)
    return True


def number_naming_a_reporter(tok) -> bool:
    """A capitalised number word that is, on its own, the subject of a reporting verb: the name of who reports (a TV
    channel, a band: "Five said it had received 100 complaints", "Five has confirmed the deal"), not how many did.

    Not a count of people: "Five were killed" (no reporting verb), "Five of the men said", "Five have confirmed" (a
    plural verb), "Five said they were beaten" (a plural "they" or "we" in what is said), "one" (also a pronoun), a
    number in figures or lower case ("of the eight, five said").
    """
    if not (tok.is_title and tok.is_alpha and tok.dep_ == "nsubj") or any(True for _ in tok.children):
        return False
    value = words_number(tok.lower_)
    verb = tok.head
    if not isinstance(value, int) or value < 2 or verb.lower_ not in REPORTING_VERBS or verb.pos_ not in ("VERB", "AUX") \
            or not _reports(verb, tok):
        return False
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBP" or c.lower_ in PLURAL_AUXILIARIES) for c in verb.children):
        return False  # "Five have confirmed": five people
    said = [t for c in verb.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree]
    return not any(t.lower_ in ("they", "we") and t.dep_ in ("nsubj", "nsubjpass") for t in said)


# Parts of a subject that say something of it in a clause or an aside, not what it is ("Deutsche Boerse - whose market
# capitalisation is more than £3bn - said", "Minutes of the meeting which pushed rates up to 2.25% showed").
ASIDE_DEPS = frozenset({"relcl", "acl", "appos", "advcl", "ccomp", "parataxis"})


def _measured(subject) -> bool:
    """A subject that is what a figure measures, not who reports it: its head is a number or a measure ("70% said",
    "One in four said"), or it states a share or an amount ("A total of 53% of those polled said"), outside any clause
    or aside on it. A subject that counts who speaks is who reports ("their two leaders said": the seed's)."""
    if subject.like_num or subject.ent_type_ in MEASURED_TYPES:
        # "One of the men, David Redvers, said": a whole number of a group named after "of" counts who speaks; a share
        # ("half of those polled", "two thirds of people") or a number alone ("70% said", "One in four said") does not
        value = words_number(subject.lower_) if not subject.text[:1].isdigit() else None
        whole = isinstance(value, int) and value >= 1
        if not (whole and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)):
            return True
    for tok in subject.subtree:
        if tok.ent_type_ in ("PERCENT", "MONEY"):
            path, at = [], tok
            while at.i != subject.i and at.head.i != at.i:
                path.append(at.dep_)
                at = at.head
            if not ASIDE_DEPS.intersection(path):
                return True
    return False


def reporter(sent) -> Optional[str]:
    """Who the sentence attributes its statement to: the subject of its reporting verb, "according to" whom.

    A reporter is someone or something that can report (a person, a body, a document such as "the report"), never the
    subject the figure measures: not the subject of a passive ("The debt was put at $5m": who put it is the agent, "by
    analysts", if the sentence names one), not a subject that is a measure (:func:`_measured`), and not the subject of
    "put", "add" or "show" used as verbs of what a thing did (:func:`_reports`).
    """
    for tok in sent:
        if tok.lower_ in REPORTING_VERBS and tok.pos_ in ("VERB", "AUX"):
            for child in tok.children:
                if child.dep_ == "agent":  # "was estimated by analysts": the agent is who reported
                    subject = next((o for o in child.children if o.dep_ == "pobj"), None)
                elif child.dep_ == "nsubj":
                    subject = child
                else:
                    continue
                if subject is None or subject.pos_ == "PRON" or not _reports(tok, subject) \
                        or _measured(subject) and not number_naming_a_reporter(subject):
                    continue
                return sent.doc[subject.left_edge.i : subject.right_edge.i + 1].text
        if tok.lower_ == "according":
            for child in tok.children:
                if child.lower_ == "to":
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            return sent.doc[obj.left_edge.i : obj.right_edge.i + 1].text
    return None


def unit_of_measure(text: str) -> Optional[str]:
    """The last word of a measure the lexicon does not know ("500,000 metric tons" -> "tons"), the last before "per" in a
    rate ("five or six megabits per second" -> "megabits": the period is the rate's); never a magnitude."""
    words = [w.lower() for w in text.split()]
    if "per" in words[1:]:
        words = words[: words.index("per", 1)]
    word = words[-1] if words else ""
    if not word.isalpha() or word in SCALES or words_number(word) is not None:
        return None  # "two trillion" tagged QUANTITY: "trillion" is how much, not a unit
    return word


def printed_start(doc, start: int, shown: int, end: int, text: str) -> int:
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


OWNED = re.compile(r"(.*\d ?%)-[a-z]+")
