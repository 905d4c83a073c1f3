"""Figures: numbers with what they count, how exact they are and who reported them.

The rule for what is a figure: a cardinal number, an amount of money, a
percentage or a measured quantity, as the model tags them. Dates, times, years
and ordinals ("second largest") are not figures: they say when or which, not
how many.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Optional

from text_to_num import text2num

from ..model import Figure
from .lexicon import CURRENCIES, QUALIFIER_CANONICAL, QUALIFIERS, REPORTING_VERBS

FIGURE_LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "bn": 1_000_000_000, "k": 1_000}
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "billions": 2_000_000_000, "tens": 20}


@dataclass(frozen=True)
class Value:
    value: float | int
    qualifier: Optional[str] = None
    unit: Optional[str] = None


def _number(text: str) -> float | int:
    clean = text.replace(",", "")
    return float(clean) if "." in clean else int(clean)


def parse_value(text: str) -> Optional[Value]:
    """The number a phrase states: "2,980" -> 2980, "nearly a million" -> 1000000 (nearly).

    Vague plurals give their lower bound with the qualifier "at least":
    "hundreds of thousands" -> 200000, "millions" -> 2000000.
    """
    words = re.sub(r"\s+", " ", text.strip().lower())
    qualifier = None
    for q in QUALIFIERS:
        if words.startswith(q + " "):
            qualifier = QUALIFIER_CANONICAL.get(q, q)
            words = words[len(q) + 1 :]
            break
    unit = None
    for symbol, code in sorted(CURRENCIES.items(), key=lambda kv: -len(kv[0])):
        if not symbol.isalpha() and words.startswith(symbol):
            unit, words = code, words[len(symbol) :].strip()
            break
    tail = words.split()
    while tail and (tail[-1] in CURRENCIES or tail[-1] in ("%", "percent", "per", "cent")):
        last = tail.pop()
        unit = "%" if last in ("%", "percent", "cent", "per") else CURRENCIES[last]
    words = " ".join(tail)
    if words.endswith("%"):
        unit, words = "%", words[:-1].strip()

    vague = re.fullmatch(r"(?P<a>dozens|scores|hundreds|thousands|millions|billions|tens)(?: of (?P<b>thousands|millions|billions))?", words)
    if vague:
        value = VAGUE[vague.group("a")] * (VAGUE[vague.group("b")] // 2 if vague.group("b") else 1)
        return Value(value, qualifier or "at least", unit)
    m = re.fullmatch(r"(?P<num>\d+(?:[.,]\d+)*)\s*(?P<scale>hundred|thousand|million|billion|trillion|m|bn|k)?", words)
    if m:
        value = _number(m.group("num"))
        if m.group("scale"):
            value = value * SCALES[m.group("scale")]
            value = int(value) if float(value).is_integer() else value
        return Value(value, qualifier, unit)
    spelled = re.sub(r"^(a|an) ", "one ", words).replace("-", " ")
    try:
        return Value(text2num(spelled, "en"), qualifier, unit)
    except ValueError:
        return None


def _counts(doc, ent) -> Optional[str]:
    """The noun phrase a number counts: "30 Turkish military vehicles" -> "Turkish military vehicles"."""
    root = ent.root
    head = root.head
    if root.dep_ not in ("nummod", "quantmod", "compound", "amod") or head.i < ent.end or head.pos_ not in ("NOUN", "PROPN"):
        return None
    words = doc[ent.end : head.i + 1]
    if any(t.is_punct or t.pos_ in ("VERB", "ADP", "CCONJ") for t in words):
        return head.text
    return words.text


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


def find_figures(doc, block: int = 0) -> list[Found]:
    """Every figure in one parsed block, with its sentence (stage ``figures.find``)."""
    found = []
    for ent in doc.ents:
        if ent.label_ not in FIGURE_LABELS:
            continue
        start = ent.start
        # A qualifier the model left outside the entity ("nearly" before "a million").
        before = doc[max(0, start - 2) : start].text.lower()
        text = ent.text
        for q in QUALIFIERS:
            if (before == q or before.endswith(" " + q)) and not text.lower().startswith(q):
                text = doc[start - len(q.split()) : ent.end].text
                break
        parsed = parse_value(text)
        if parsed is None:
            continue
        if ent.label_ == "CARDINAL" and isinstance(parsed.value, int) and 1900 <= parsed.value <= 2100 and not _counts(doc, ent):
            continue  # a bare year
        unit = parsed.unit
        if ent.label_ == "PERCENT":
            unit = "%"
        elif ent.label_ == "QUANTITY" and unit is None:
            unit = ent.text.split()[-1].lower()
        counts = None if ent.label_ in ("PERCENT", "MONEY") else _counts(doc, ent)
        figure = Figure(
            id="",
            value=parsed.value,
            text=text,
            counts=counts,
            unit=unit,
            qualifier=parsed.qualifier,
            reported_by=_reported_by(ent.sent),
            evidence=(ent.sent.text.strip(),),
        )
        key = f"{parsed.value}|{unit}|{(counts or '').lower()}"
        found.append(Found(figure, key, block, ent.start_char, ent.end_char))
    return found


def number_figures(found: list[Found], published: Optional[str] = None) -> tuple[Figure, ...]:
    """Merge repeats of one figure (headline and body) and number them f1, f2, ... (stage ``figures.merge``)."""
    merged: dict[str, Figure] = {}
    for item in found:
        figure, key = item.figure, item.key
        if key in merged:
            old = merged[key]
            evidence = old.evidence + tuple(s for s in figure.evidence if s not in old.evidence)
            merged[key] = replace(old, evidence=evidence, reported_by=old.reported_by or figure.reported_by)
        else:
            merged[key] = figure
    return tuple(replace(f, id=f"f{i}") for i, f in enumerate(merged.values(), start=1))
