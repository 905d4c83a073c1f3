"""Finding the figures of a block: the number spans (:mod:`~factarchive.extract.figure_spans`), then each through the
figure rules (:mod:`~factarchive.extract.figure_rules`), its bounds, its value, what it is (stage ``figures.find``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..model import Figure
from . import figure_rules  # noqa: F401  (registers the rules this module runs)
from .figure_reading import Reading, changed
from .figure_spans import VOTE, numbers
from .nlp import entities_of, sentence_text
from .money import counted_plural_at, int_if_whole, measure_in_millions_at
from .quantities import Value, parse_value
from .rules import active


@dataclass(frozen=True)
class Found:
    """One figure where it was found: the block and the characters of its number."""

    figure: Figure  # without id: ids are given per article
    key: str  # what makes two occurrences one figure: value, unit, what it counts
    block: int
    start_char: int
    end_char: int


def _value(r: Reading) -> Reading:
    """The value the words state; with a currency printed before the model's span, the amount after it ("dlrs 25")."""
    parsed = parse_value(r.text)
    if (parsed is None or parsed.unit is None) and r.currency:  # "dlrs 25": currency first
        inner = parse_value(r.doc[r.cur + 1 : r.end].text)
        parsed = Value(inner.value, inner.qualifier, inner.unit or r.currency, inner.value_max) if inner else None
    if parsed is not None and parsed.unit == "m" and r.doc[r.end - 1].lower_ == "m" and counted_plural_at(r.doc, r.end):
        # "1m people": the suffix printed on the number is millions of what follows, not metres (money.extend_amount)
        parsed = Value(int_if_whole(Decimal(str(parsed.value)) * 1_000_000), parsed.qualifier, None,
                       int_if_whole(Decimal(str(parsed.value_max)) * 1_000_000) if parsed.value_max is not None else None)
    elif parsed is not None and parsed.unit == "m" and r.doc[r.end - 1].lower_ == "m" and measure_in_millions_at(r.doc, r.end):
        # "113.5m ounces": millions of a unit of measure that is not a length (money.measure_in_millions_at)
        longer = r.cut(end=r.end + 1)
        measured = parse_value(longer.text)
        if measured is not None and measured.unit not in (None, "m"):
            return changed(longer, parsed=measured, unit=measured.unit)
    return changed(r, parsed=parsed, unit=parsed.unit if parsed else None)


def find_figures(doc, block: int = 0) -> list[Found]:
    """Every figure in one parsed block, with its sentence (stage ``figures.find``)."""
    found = []
    spans = numbers(doc, entities_of(doc))
    vote_starts = {s.start for s in spans if s.kb_id_ == VOTE}
    bounds, rules = active("clean", "number"), active("clean", "figure")
    done = 0  # tokens before this one already belong to a figure
    for ent in spans:
        if ent.start < done:
            continue
        r = Reading(doc, ent, ent.start in vote_starts, ent.start, ent.start, ent.end, ent.text)
        for _, bound in bounds:
            r = bound(r)
        r = _value(r)
        if r.parsed is None:
            continue  # no value: no figure
        for _, read in rules:
            r = read(r)
            if r is None:
                break
        if r is None:
            continue
        doc_start = doc[r.start].idx
        printed = r.text[doc[r.shown].idx - doc_start:]
        sentence = sentence_text(doc, ent.start)
        if not sentence:
            continue  # no figure without the sentence that states it
        parsed = r.parsed
        figure = Figure(id="", value=parsed.value, text=printed, value_max=parsed.value_max, counts=r.counts, unit=r.unit,
                        qualifier=parsed.qualifier, reported_by=r.reported_by, period=r.period, per=r.per,
                        evidence=(sentence,))
        # Two occurrences are one figure when they state the same: value, unit, what is counted and how exact it is
        # ("more than $2 billion" and "$2 billion" are two statements), and what a rate is per.
        # With nothing counted, only the same number printed the same way is known to be the same statement: "8.50%"
        # (a prime rate) and "8 1/2%" (a deposit rate) in one table, "closed up 2" and "two" in two sentences, are two.
        key = f"{parsed.value}|{parsed.value_max}|{r.unit}|{(r.counts or '').lower()}|{parsed.qualifier or ''}" \
            + ("" if r.counts else "|" + " ".join(printed.lower().split())) + (f"|per {r.per}" if r.per else "")
        found.append(Found(figure, key, block, doc[r.shown].idx, doc[r.shown].idx + len(printed)))
        done = r.end
    return found
