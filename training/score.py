"""Raw NER of stock en_core_web_sm vs the shipped news NER, on the three dev sets.

Usage::

    python training/score.py [--only conll,ontonotes,ieer] [--speed N] [--ner DIR]

Mention level, exact spans, precision / recall / F1 per type and micro over all types
(the official dev splits: reporting only, never used in training):

* CoNLL-2003 ``dev.txt`` (gold tokens, whole documents): predictions mapped PERSON->PER,
  ORG->ORG, GPE/LOC/FAC->LOC, other types ignored (CoNLL does not annotate them); a
  prediction overlapping a gold MISC span counts neither way (MISC is not mapped).
* OntoNotes nw ``dev.txt`` (gold tokens, whole documents): all 18 types as they are.
* IE-ER (``benchmarks/evaluate_gold.py``'s reader, spaCy's own tokenizer on each body
  paragraph, the dateline's agency credit left out): PERSON, ORG (ORGANIZATION), LOC
  (LOCATION; predicted GPE/LOC/FAC), CARDINAL, MONEY, PERCENT, QUANTITY (MEASURE);
  ``status="opt"`` gold counts neither way.

``--speed N``: words/s of ``nlp.pipe`` (the extraction's pipeline: stock sm minus the
lemmatizer) over the first N BBC articles, stock and trained alternately, 3 rounds each.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
GOLD = ROOT.parent / "shared" / "corpus" / "gold"
BBC = ROOT.parent / "shared" / "corpus" / "bbc"
CONLL_OF = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}


class PRF:
    def __init__(self) -> None:
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()

    def add(self, gold: set, pred: set) -> None:
        for label, *_ in gold & pred:
            self.tp[label] += 1
        for label, *_ in pred - gold:
            self.fp[label] += 1
        for label, *_ in gold - pred:
            self.fn[label] += 1

    def prf(self, label: str | None = None) -> tuple[float, float, float, int]:
        if label is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0), tp + fn

    def labels(self) -> list[str]:
        return sorted(set(self.tp) | set(self.fn))


def load(stock: bool, ner_dir: Path | None = None):
    """The NER part of the extraction's pipeline (the ner reads no other component)."""
    import spacy

    from factarchive.extract import nlp as nlp_mod

    nlp = spacy.load(nlp_mod.MODEL_NAME, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    if not stock:
        nlp.get_pipe("ner").from_disk(ner_dir or nlp_mod.NER_DIR, exclude=["vocab"])
    return nlp


def _tagged(nlp, docs):
    """(gold tags, doc with the ner's entities) per gold document: the ner runs on the gold tokens."""
    from spacy.tokens import Doc

    words = [[tok for sent in d for tok, _ in sent] for d in docs]
    tags = [[tag for sent in d for _, tag in sent] for d in docs]
    return zip(tags, nlp.get_pipe("ner").pipe(Doc(nlp.vocab, words=w) for w in words))


def score_conll(nlp) -> PRF:
    import convert

    score = PRF()
    for ts, doc in _tagged(nlp, convert.read_conll(GOLD / "conll2003" / "dev.txt")):
        spans = convert.iob1_spans(ts)
        misc = [(s, e) for s, e, t in spans if t == "MISC"]
        gold = {(t, s, e) for s, e, t in spans if t != "MISC"}
        pred = set()
        for ent in doc.ents:
            if ent.label_ not in CONLL_OF or any(s < ent.end and ent.start < e for s, e in misc):
                continue
            pred.add((CONLL_OF[ent.label_], ent.start, ent.end))
        score.add(gold, pred)
    return score


def score_ontonotes(nlp) -> PRF:
    import convert

    score = PRF()
    for ts, doc in _tagged(nlp, convert.read_ontonotes(GOLD / "ontonotes_nw" / "dev.txt")):
        gold = {(t, s, e) for s, e, t in convert.bio_spans(ts)}
        score.add(gold, {(e.label_, e.start, e.end) for e in doc.ents})
    return score


IEER_OF = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "CARDINAL": "CARDINAL",
           "MONEY": "MONEY", "PERCENT": "PERCENT", "QUANTITY": "QUANTITY"}
# The agency credit that opens a wire story ("NAIROBI, Kenya (AP) _") is provenance: left out on both sides.
DATELINE = re.compile(r"^[A-Z][^()_]*\((?:AP|Reuters|AFP)\) [_-] ")


def score_ieer(nlp) -> PRF:
    """IE-ER body paragraphs (``benchmarks/evaluate_gold.py``'s reader), exact character spans."""
    from benchmarks import evaluate_gold

    score = PRF()
    for story in evaluate_gold.read_ieer(GOLD / "ieer"):
        paras = story.blocks[1:]  # block 0 is the headline, which IE-ER does not tag
        for block, (para, doc) in enumerate(zip(paras, nlp.pipe(paras)), start=1):
            dl = DATELINE.match(para)
            skip = dl.end() if dl else 0
            golds = [g for g in story.spans if g.block == block and g.start >= skip]
            optional = [(g.start, g.end) for g in golds if g.optional]
            gold = {(g.cls, g.start, g.end) for g in golds if not g.optional}
            pred = set()
            for ent in doc.ents:
                s, e = ent.start_char, ent.end_char
                if ent.label_ not in IEER_OF or s < skip or any(a < e and s < b for a, b in optional):
                    continue
                pred.add((IEER_OF[ent.label_], s, e))
            score.add(gold, pred)
    return score


SETS = {"conll": ("CoNLL-2003 dev", score_conll), "ontonotes": ("OntoNotes nw dev", score_ontonotes), "ieer": ("IE-ER", score_ieer)}


def table(title: str, stock: PRF, ours: PRF) -> str:
    rows = [f"### {title} (mention level, exact spans)", "", "| type | gold | stock P | stock R | stock F1 | news P | news R | news F1 |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for label in [None] + sorted(set(stock.labels()) | set(ours.labels())):
        a, b = stock.prf(label), ours.prf(label)
        rows.append(f"| {label or 'ALL (micro)'} | {a[3]} | {a[0]:.3f} | {a[1]:.3f} | {a[2]:.3f} | {b[0]:.3f} | {b[1]:.3f} | {b[2]:.3f} |")
    return "\n".join(rows)


def speed(n: int, ner_dir: Path | None) -> str:
    import spacy

    from factarchive.extract import nlp as nlp_mod

    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(BBC.glob("*/*.txt"))[:n]]
    models = {}
    for name in ("stock", "news"):
        nlp = spacy.load(nlp_mod.MODEL_NAME, disable=list(nlp_mod.DISABLED))
        if name == "news":
            nlp.get_pipe("ner").from_disk(ner_dir or nlp_mod.NER_DIR, exclude=["vocab"])
        models[name] = nlp
    words = sum(len(d) for d in models["stock"].tokenizer.pipe(texts))
    best = {k: 0.0 for k in models}
    for _ in range(3):
        for name, nlp in models.items():
            t = time.perf_counter()
            for _doc in nlp.pipe(texts, batch_size=nlp_mod.BATCH_SIZE):
                pass
            best[name] = max(best[name], words / (time.perf_counter() - t))
    return (f"speed ({n} BBC articles, {words} tokens, best of 3): stock {best['stock']:,.0f} words/s, "
            f"news {best['news']:,.0f} words/s, ratio {best['news'] / best['stock']:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default="conll,ontonotes,ieer")
    ap.add_argument("--speed", type=int, default=0, metavar="N", help="also time nlp.pipe on the first N BBC articles")
    ap.add_argument("--ner", type=Path, default=None, help="a trained ner folder (default: the shipped one)")
    args = ap.parse_args(argv)
    if not GOLD.exists():
        print(f"score: {GOLD} is absent (needs ../shared/corpus)")
        return 0
    stock, ours = load(True), load(False, args.ner)
    for key in args.only.split(","):
        title, fn = SETS[key]
        t = time.perf_counter()
        print(table(title, fn(stock), fn(ours)), f"\n\n({time.perf_counter() - t:.0f} s)\n", flush=True)
    if args.speed:
        print(speed(args.speed, args.ner), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
