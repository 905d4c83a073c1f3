"""Retrain the shipped news NER (``make train``): convert, ``spacy train``, export.

Usage::

    python training/train.py [--max-steps N] [--skip-convert] [--no-export]

1. ``training/convert.py``: CoNLL-2003 and OntoNotes nw TRAIN splits -> DocBins in
   ``training/corpus/`` (gitignored), 10% of each source's training documents held out
   as the run's own dev set (checkpoint selection). The official dev splits are never
   read: they are for reporting (``training/score.py``).
2. ``spacy train training/ner_news.cfg`` through the Python API (CPU, seed from the
   config), output in ``training/output/`` (gitignored).
3. Export: the best checkpoint's ``ner`` component only (``to_disk`` without the
   vocab) to ``factarchive/models/ner_news/``, plus ``training.json`` (steps, seed,
   holdout scores). ``factarchive.extract.nlp`` loads it into stock sm.

Deterministic given the config's seed and ``--max-steps``. The default, 2,400 steps of
~1,000 words (about 2 passes over the training data), took 7-12 minutes on 2 shared cores
(the shipped weights, reproduced byte for byte; conversion 20 s more); ``--max-steps 600`` is a 3-minute check.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

CONFIG = HERE / "ner_news.cfg"
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output"
SHIPPED = ROOT / "factarchive" / "models" / "ner_news"


def register() -> None:
    """The two functions ner_news.cfg names: the stock model's NORM table in the training vocab."""
    import spacy
    from spacy.util import registry

    @registry.misc("factarchive.stock_lookups.v1")
    def stock_lookups(model: str):
        # NORM is one of the ner's features; sm computes it with its lexeme_norm table
        # ("colour" -> "color"), which a blank English vocab lacks (spacy-lookups-data
        # is not installed): take the very table sm ships.
        return spacy.load(model, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"]).vocab.lookups

    @registry.callbacks("factarchive.refresh_norms.v1")
    def refresh_norms():
        def refresh(nlp):
            # Lexemes made before the table was set (tokenizer exceptions, labels) keep the
            # old norm: recompute them from the table.
            table = nlp.vocab.lookups.get_table("lexeme_norm")
            for lex in nlp.vocab:
                if lex.orth_ in table:
                    lex.norm_ = table[lex.orth_]
            return nlp

        return refresh


def check_norms(nlp, stock_name: str) -> None:
    import spacy

    stock = spacy.load(stock_name, exclude=["tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
    text = "The colour of the organisation's cheques, gonna realise, Mr. Smith's U.S. $5m"
    ours = [t.norm_ for t in nlp.make_doc(text)]
    theirs = [t.norm_ for t in stock.make_doc(text)]
    if ours != theirs:
        raise SystemExit(f"train: token norms differ from stock sm's: {ours} != {theirs}")


def export(best: Path, dest: Path, info: dict) -> None:
    import spacy

    from factarchive.extract import nlp as nlp_mod

    nlp = spacy.load(best)
    check_norms(nlp, nlp_mod.MODEL_NAME)
    dest.mkdir(parents=True, exist_ok=True)
    for name in nlp_mod.NER_FILES:
        (dest / name).unlink(missing_ok=True)
    nlp.get_pipe("ner").to_disk(dest, exclude=["vocab"])
    meta = json.loads((best / "meta.json").read_text())
    info = dict(info, holdout=meta.get("performance", {}))
    (dest / "training.json").write_text(json.dumps(info, indent=1, sort_keys=True) + "\n")
    print(f"train: exported {best} -> {dest} ({nlp_mod.shipped_version(dest)})", flush=True)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--max-steps", type=int, default=None, help="training steps (default: the config's, 2400)")
    ap.add_argument("--eval-frequency", type=int, default=None, help="steps between holdout evaluations")
    ap.add_argument("--skip-convert", action="store_true", help="reuse training/corpus/*.spacy")
    ap.add_argument("--no-export", action="store_true", help="train only; leave factarchive/models/ as is")
    ap.add_argument("--output", type=Path, default=OUTPUT)
    ap.add_argument("--dest", type=Path, default=SHIPPED)
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    import convert

    if not (args.skip_convert and (CORPUS / "train.spacy").exists()):
        if not (convert.DEFAULT_GOLD / "conll2003" / "train.txt").exists():
            print(f"train: {convert.DEFAULT_GOLD} is absent (needs ../shared/corpus)", file=sys.stderr)
            return 1
        convert.build(convert.DEFAULT_GOLD, CORPUS, log=lambda m: print(m, flush=True))
    print(f"train: corpus ready ({time.perf_counter() - t0:.0f} s)", flush=True)

    register()
    from spacy.cli.train import train as spacy_train
    from spacy.util import load_config

    overrides = {"paths.train": str(CORPUS / "train.spacy"), "paths.dev": str(CORPUS / "holdout.spacy")}
    if args.max_steps is not None:
        overrides["training.max_steps"] = args.max_steps
    if args.eval_frequency is not None:
        overrides["training.eval_frequency"] = args.eval_frequency
    config = load_config(CONFIG, overrides=overrides)
    if args.output.exists():
        shutil.rmtree(args.output)
    spacy_train(CONFIG, args.output, overrides=overrides, use_gpu=-1)
    print(f"train: trained ({time.perf_counter() - t0:.0f} s)", flush=True)
    if not args.no_export:
        info = {
            "config": "training/ner_news.cfg",
            "seed": config["system"]["seed"],
            "max_steps": config["training"]["max_steps"],
            "learn_rate": config["training"]["optimizer"]["learn_rate"],
            "batch_words": config["training"]["batcher"]["size"],
            "source": config["paths"]["stock"],
        }
        export(args.output / "model-best", args.dest, info)
    print(f"train: done ({time.perf_counter() - t0:.0f} s)", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
