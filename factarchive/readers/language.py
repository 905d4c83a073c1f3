"""Which language an article is written in: py3langid over its body text.

The extraction model is English, so a reader refuses any other language
rather than producing nonsense facts. py3langid (trafilatura's own optional
language classifier, model shipped inside the wheel) decides; the page's
declared language is not trusted, because templates declare ``en`` for
pages in every language.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .common import SeedError

SUPPORTED = "en"
# Below this many letters the classifier is a guess (a headline, a caption), so the
# article is taken as English rather than refused on noise.
MIN_LETTERS = 200
# Refuse only when the classifier is this sure the text is not English.
MIN_CONFIDENCE = 0.9
# The classifier reads at most this much; a few paragraphs decide as well as the whole.
SAMPLE_CHARS = 5000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO 639-1 code, probability) of ``text``'s language."""
    lang, prob = _identifier().classify(text[:SAMPLE_CHARS])
    return lang, float(prob)


def check_english(path: Path, title: str, paragraphs: tuple[str, ...] | list[str]) -> str:
    """Return "en", or raise SeedError naming the language the article is written in."""
    text = "\n".join([title, *paragraphs])
    if sum(ch.isalpha() for ch in text) < MIN_LETTERS:
        return SUPPORTED
    lang, prob = detect_language(text)
    if lang != SUPPORTED and prob >= MIN_CONFIDENCE:
        raise SeedError(path, f"language is {lang!r}, only English is supported")
    return SUPPORTED
