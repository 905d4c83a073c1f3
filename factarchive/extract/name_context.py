"""What the words around a name say of it: an office title before or in apposition after it (a role), a noun for a
person it stands in apposition to, a follower's adjective made from a surname, a caption's "(L)", an attribution
("said Reuters"). Helpers of the clean and vote rules of :mod:`factarchive.extract.mentions`.
"""

from __future__ import annotations

from typing import Optional

from . import gazetteer
from .lexicon import OCCUPATIONS, OFFICE_TITLES, PERSON_NOUNS, REPORTING_VERBS
from .mention_types import POSITIONS


def _role_before(doc, start: int) -> Optional[str]:
    """An office title right before a name: "President of Turkey", "Russian President"."""
    j = start - 1
    while j >= 0 and start - j <= 6:
        tok = doc[j]
        if tok.lower_ in OFFICE_TITLES or tok.lower_ in ("of", "the") or (tok.ent_type_ in ("GPE", "NORP", "ORG") and tok.is_title):
            j -= 1
            continue
        break
    words = list(doc[j + 1 : start])
    while words and words[0].lower_ in ("of", "the"):
        words.pop(0)
    if not any(w.lower_ in OFFICE_TITLES for w in words):
        return None
    return " ".join(w.text for w in words) or None


def _role_after(doc, start: int, end: int) -> Optional[str]:
    """An office in apposition after a name: "Vladimir Putin, the Russian president," -> "Russian president"."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    root = doc[start:end].root
    for child in root.children:
        if child.dep_ != "appos" or child.i <= end:
            continue
        words = list(doc[child.left_edge.i : child.right_edge.i + 1])
        while words and (words[0].pos_ == "DET" or words[0].is_punct):
            words.pop(0)
        while words and words[-1].is_punct:
            words.pop()
        if 0 < len(words) <= 8 and any(w.lower_ in OFFICE_TITLES for w in words) and not any(w.ent_type_ == "PERSON" for w in words):
            return doc[words[0].i : words[-1].i + 1].text
    return None


def follower_adjective(word: str) -> bool:
    """A follower's adjective made from a surname: "Blairite", "Thatcherite" (not a given name such as "Marguerite")."""
    return len(word) > 5 and word[:1].isupper() and word.lower().endswith("ite") and not gazetteer.given_name(word)


def _person_noun(tok) -> bool:
    low = tok.lower_
    return low in PERSON_NOUNS or low in OCCUPATIONS or low in OFFICE_TITLES


def _described_as_person(span) -> bool:
    """True when the name stands in apposition to a noun for a person.

    "Eyad Ismoil, the man who drove the van", "Hans-Joachim Ketelsen, the German
    baritone", "France's U.N. ambassador, Alain Dejammet".
    """
    root = span.root
    if root.dep_ == "appos" and _person_noun(root.head):
        return True
    return any(child.dep_ == "appos" and _person_noun(child) for child in root.children)


def _position_after(doc, end: int) -> Optional[str]:
    """"(L)", "(R)", "(C)" right after a name in a caption."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return POSITIONS.get(doc[end + 1].lower_)
    return None


def _is_attribution(span) -> bool:
    """True when the span is who a statement is attributed to ("said Reuters", "according to AP")."""
    root = span.root
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lower_ in REPORTING_VERBS:
        return True
    head = root.head
    return root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"
