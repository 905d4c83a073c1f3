"""Names that are not facts of the article, whatever the model tagged (part of stage ``entities.mentions``).

* a name inside the title of a work quoted in the text: ``"Russia's War: Blood
  Upon the Snow"``, ``"Last Tango in Paris"``, ``"Nostra Aetate"`` (the book or
  film is not about a place the article mentions);
* a word of a subheading printed in capitals ("REBOUNDS", "TOO GOOD A SOUND TO
  LOSE") is kept only where the article names it elsewhere or the gazetteer
  knows it (see :func:`factarchive.extract.entities.resolve_entities`);
* a compass region with no proper name in it ("the Northeast", "the West
  Coast", "Middle West"): relative to some country the text does not name, so
  one page for it would pool unrelated places; named regions such as "Middle
  East" stay;
* an era after a year ("2000 B.C.");
* a wire-service slug after a headline ("(2nd LD)", "(URGENT)");
* what a plain-text reader left of a character reference ("Blair&#191;s" is Blair).
"""

from __future__ import annotations

import re

from .cues import score_line
from .lexicon import COMPANY_SUFFIXES, COMPASS_WORDS, ERAS, NAMED_COMPASS_REGIONS, ORG_WORDS, TITLE_SMALL_WORDS, WIRE_SLUGS
from .nlp import texts_of
from .rules import rule

# Punctuation a work's title can hold ("Israel and the Arabs: The 50 Years' War", "Toys 'R' Us").
TITLE_PUNCTUATION = frozenset({":", "'", "’", "-", "–", "—", "_", "&", "`", "!", "?"})
OPENING_QUOTES = {"``": ("''",), "“": ("”",), '"': ('"',)}
MAX_TITLE_TOKENS = 16

# A subheading: a short block with letters and no lower-case letter.
SUBHEADING_WORDS = 12


def work_title_tokens(doc, text: str) -> frozenset[int]:
    """Indices of the tokens inside quoted titles of works: every word capitalised, no sentence punctuation.

    ``text`` is the block's text, for a cheap test before the token walk.
    """
    if '"' not in text and "``" not in text and "“" not in text:
        return frozenset()
    words = texts_of(doc)
    inside: set[int] = set()
    i = 0
    n = len(words)
    while i < n:
        word = words[i]
        if word == "`" and i + 1 < n and words[i + 1] == "`":  # the tokenizer splits "``" in two
            word, i = "``", i + 1
        closers = OPENING_QUOTES.get(word)
        if closers is None:
            i += 1
            continue
        end = next((j for j in range(i + 1, min(n, i + 2 + MAX_TITLE_TOKENS)) if words[j] in closers), None)
        if end is None:
            i += 1
            continue
        if _title_case(doc[i + 1 : end]):
            inside.update(range(i + 1, end))
        i = end + 1
    return frozenset(inside)


def _title_case(tokens) -> bool:
    words = list(tokens)
    while words and words[-1].is_punct:  # "Cyberspace and the Law of the Horse,'': American style keeps the comma inside
        words.pop()
    if not words or not words[0].text[:1].isupper():
        return False
    for tok in words:
        if tok.is_punct or tok.is_space:
            if tok.text not in TITLE_PUNCTUATION:
                return False
        elif tok.text[:1].isalpha() and not tok.text[:1].isupper() and tok.lower_ not in TITLE_SMALL_WORDS:
            return False
    return True


def subheading(text: str) -> bool:
    """True for a short block printed in capitals: "REBOUNDS", "FOCUS: MARCH WINDS"; not a line of a results table
    ("NEW YORK 74 59 .556", "SEATTLE 7 BOSTON 3": :func:`factarchive.extract.cues.score_line`), whose names are clubs and
    sides, kept and typed by the table's rules (CoNLL-2003's results pages are made of such lines)."""
    return len(text) < 200 and text == text.upper() and text != text.lower() and len(text.split()) <= SUBHEADING_WORDS \
        and not score_line(text)


def compass_region(key: str) -> bool:
    """True for a name made of compass words alone: "Northeast", "West Coast", "Middle West" (not "Middle East")."""
    words = [w for w in re.split(r"[\s\-]+", key) if w]
    return bool(words) and all(w in COMPASS_WORDS for w in words) and " ".join(words) not in NAMED_COMPASS_REGIONS


def era_after_year(doc, start: int, end: int) -> bool:
    """True for "B.C." or "A.D." right after a number: a calendar era, not British Columbia."""
    return end - start == 1 and doc[start].lower_ in ERAS and start > 0 and doc[start - 1].like_num


def wire_slug(doc, start: int, end: int) -> bool:
    """True for a wire-service slug: "LD" in "(2nd LD)", "URGENT" in "(URGENT)"; not a name."""
    if end - start != 1 or doc[start].lower_ not in WIRE_SLUGS or start == 0:
        return False
    before = doc[start - 1]
    return before.text == "(" or bool(re.fullmatch(r"\d+(st|nd|rd|th)", before.lower_))


# A numeric character reference left in the text ("Blair&#191;s") and what follows it in the same word: the
# possessive of a name whose apostrophe was mis-encoded.
CHARACTER_REFERENCE = re.compile(r"&#(?:\d+|[xX][0-9a-fA-F]+);?\w*")


# A bracketed part inside a company's name, after a word of it and before its legal form or last word: "Kestrel Mining
# (Borneo) Ltd.", "Brantwood Foods (Holdings)"; part of the name as printed.
_BRACKET_IN_NAME = re.compile(r"(?<=\w) \([A-Z][\w. ]*\)(?=$| [A-Z])")


def _company_word(word: str) -> bool:
    """A company's own last word, not its legal form: "Holdings" (not "SA", a team's country too)."""
    return word.istitle() and word.lower() in ORG_WORDS and word.lower() not in COMPANY_SUFFIXES


def clean_name(text: str) -> str:
    """The printed name, tidied: one space between words, no brackets ("(Dietmar) Hamann"), no character reference, no
    dash left at either end ("(reporter Li Wen)-": the bracket's dash). A bracketed part inside a company's name, after
    a word of it, stays (:func:`factarchive.extract.candidates.bracketed_companies`: "Kestrel Mining (Borneo) Ltd.")."""
    text = CHARACTER_REFERENCE.sub("", text)
    if "(" in text or ")" in text:
        kept = [m.span() for m in _BRACKET_IN_NAME.finditer(text)
                if m.end() < len(text) or _company_word(m.group().strip(" ()"))]  # not "Tom Hale (Labour)", "T Hale (SA)"
        text = "".join(ch if ch not in "()" or any(a < i < b for a, b in kept) else " " for i, ch in enumerate(text))
    return re.sub(r"\s+", " ", text).strip(" -\u2013\u2014")


# --------------------------------------------------------------------------- block rules
# What a block says of every name in it, run by :func:`factarchive.extract.mentions.find_mentions` through the registry
# (the clean rules of scope ``span`` that drop a name read these fields of its cut).


@rule("clean", "work_title_tokens", scope="block", field="titles", off=lambda doc, block: frozenset(), uses=(work_title_tokens,))
def _work_title_tokens(doc, block) -> frozenset[int]:
    """The tokens inside a quoted title of a work (:func:`work_title_tokens`): no name there is a fact."""
    return work_title_tokens(doc, block.text)


@rule("clean", "subheading", scope="block", field="shouted", uses=(subheading, score_line))
def _subheading(doc, block) -> bool:
    """A body block printed in capitals (:func:`subheading`): its names are kept only where named elsewhere or known."""
    return block.kind == "body" and subheading(block.text)


# A team sheet: five names or more between commas, each one to three capitalised words, perhaps with a substitution
# in brackets ("Fabregas (Toure 90)"), after the side's name and a colon or a dash ("Arsenal: Almunia, Lauren, ...").
_SHEET_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?: \([^()]{1,40}\))?"
TEAM_SHEET = re.compile(rf"(?:[A-Z][\w .'’-]{{0,40}}[:–-] )?{_SHEET_NAME}(?:, {_SHEET_NAME}){{4,}}(?:,? and {_SHEET_NAME})?\.?")


def team_sheet(text: str) -> bool:
    """True for a block that is a list of players' names (see ``TEAM_SHEET``)."""
    text = text.strip()
    return len(text) < 600 and "\n" not in text and bool(TEAM_SHEET.fullmatch(text))


@rule("clean", "team_sheet", scope="block", field="roster", uses=(team_sheet,))
def _team_sheet(doc, block) -> bool:
    """A body block that is a team sheet (:func:`team_sheet`): its names are players'."""
    return block.kind == "body" and team_sheet(block.text)


__all__ = ["clean_name", "compass_region", "era_after_year", "subheading", "wire_slug", "work_title_tokens"]
