"""The links: an article's mentions of one thing under several names joined (or kept apart) after the vote.

Part of stage ``entities.resolve``: :func:`factarchive.extract.entities.resolve_entities` runs the registry's ``link``
rules of scope ``article`` (:func:`_links`) in registration order, each given the article's names (key -> mentions) and
their decided types, and returning both after its links: "Erdogan" -> "Recep Tayyip Erdogan", "UN" -> "United Nations",
"U.S." with "United States", "Idlib province" with "Idlib".
"""

from __future__ import annotations

from collections import defaultdict
from typing import Optional

from . import gazetteer, rules
from .lexicon import ACRONYM_SKIP, ADMIN_SUFFIXES, COMPANY_FORMS, COMPANY_SUFFIXES, FIRM_ENDINGS, ORG_WORDS
from .mentions import Mention, name_words
from .name_votes import _vote
from .rules import rule


def _initials(key: str) -> str:
    return "".join(w[0] for w in name_words(key) if w not in ACRONYM_SKIP and w[0].isalpha())


def _acronym(text: str) -> Optional[str]:
    """"UN", "U.N.", "IMF" -> lower-case letters; None for anything that is not an acronym."""
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters.lower()
    return None


def _merge(groups: dict[str, list[Mention]], decided: dict[str, str], short: str, full: str) -> None:
    groups[full].extend(groups.pop(short))
    decided.pop(short)


# --------------------------------------------------------------------------- link
# Each link rule takes the article's names (key -> mentions) and their decided types and returns both after
# its links; :func:`resolve_entities` runs this module's link rules in the order they are written here.
_Linked = tuple[dict[str, list[Mention]], dict[str, str]]


def _unchanged(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """What a link rule that is off returns: the names and types as they were."""
    return groups, decided


def _copy(groups: dict[str, list[Mention]], decided: dict[str, str]) -> _Linked:
    return defaultdict(list, {key: list(ms) for key, ms in groups.items()}), dict(decided)


def _initial(word: str) -> str:
    """The letter of an initial ("c", "c."), "" for any other word."""
    letter = word[:-1] if word.endswith(".") else word
    return letter if len(letter) == 1 and letter.isalpha() else ""


@rule("link", "initial_and_surname", off=_unchanged, uses=(_initial,))
def _link_initial_and_surname(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"C Hale" in a team sheet, "Chris Hale" in the report: a name of an initial and a surname, decided a person, is the
    one personal name of the article with that surname whose given name begins with that letter; none where two do ("A
    Hale" with Alan and Andrew Hale). Before the surname alone is linked, which two fuller names would leave alone."""
    groups, decided = _copy(groups, decided)
    personal = [k for k in groups if len(name_words(k)) >= 2 and name_words(k)[-1] not in ORG_WORDS
                and not _initial(name_words(k)[0]) and (decided[k] == "person" or gazetteer.given_name(name_words(k)[0]))]
    for short in sorted(groups):
        words = name_words(short)
        letter = _initial(words[0]) if len(words) == 2 else ""
        if not letter or decided.get(short) != "person":
            continue
        owners = {k for k in personal if k in groups and name_words(k)[-1] == words[1] and name_words(k)[0][0] == letter}
        if len(owners) == 1:
            _merge(groups, decided, short, owners.pop())
    return groups, decided


@rule("link", "surname_before_vote", off=_unchanged)
def _link_surname_before_vote(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """A surname joins the one personal name it ends, before the vote."""
    groups, decided = _copy(groups, decided)
    # A surname joins the one personal name it ends before the vote, whatever the model
    # called either ("Pechstein" tagged a place, "Claudia Pechstein" a person): one vote for both.
    personal = sorted((k for k in groups if len(name_words(k)) >= 2 and name_words(k)[-1] not in ORG_WORDS
                       and (decided[k] == "person" or gazetteer.given_name(name_words(k)[0]))),
                      key=lambda k: (-len(name_words(k)), k))
    for short in sorted(groups, key=lambda k: (len(name_words(k)), k)):
        sw = name_words(short)
        if len(sw) != 1 or short not in groups or gazetteer.country(short) or gazetteer.us_state(short) or gazetteer.demonym(short):
            continue
        longer = {k for k in personal if k in groups and name_words(k)[-1] == sw[0]}
        if len(longer) == 1:
            full = longer.pop()
            _merge(groups, decided, short, full)
            if decided[full] != "person":
                decided[full] = _vote(full, groups[full], countries)
        elif len(longer) > 1 and all(decided[k] == "person" for k in longer):
            decided[short] = "person"  # "Rosenbaum" with Louis and Alvin Rosenbaum: a person, which one unsaid
    return groups, decided


@rule("link", "province_word", off=_unchanged)
def _link_province_word(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"Idlib province" is Idlib."""
    groups, decided = _copy(groups, decided)
    # "Idlib province" is Idlib, where the article or the gazetteer knows Idlib.
    for key in sorted(groups):
        words = key.split()
        if decided.get(key) == "place" and len(words) >= 2 and words[-1] in ADMIN_SUFFIXES:
            base = " ".join(words[:-1])
            if decided.get(base) == "place" or (base not in groups and gazetteer.lookup(base)):
                groups.setdefault(base, [])
                decided[base] = "place"
                _merge(groups, decided, key, base)
    return groups, decided


@rule("link", "one_country", off=_unchanged)
def _link_one_country(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """One country, one entity: "U.S." and "United States"."""
    groups, decided = _copy(groups, decided)
    # One country, one entity: "U.S." and "United States" (by the gazetteer's name, so that England,
    # Scotland and Wales, which share the UK's code, stay countries of their own).
    by_name: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: (-len(k), k)):
        place = gazetteer.country(key) if decided[key] == "place" else None
        if place:
            if place.name in by_name:
                _merge(groups, decided, key, by_name[place.name])
            else:
                by_name[place.name] = key
    return groups, decided


@rule("link", "short_personal_name", off=_unchanged)
def _link_short_personal_name(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """A short name links to the one longer personal name it ends."""
    groups, decided = _copy(groups, decided)
    # A short name links to the one longer personal name it ends, whatever the model
    # called it: "Erdogan" -> "Recep Tayyip Erdogan", "Clinton" (tagged a place) -> "Bill Clinton".
    persons = sorted((k for k, c in decided.items() if c == "person"), key=lambda k: (-len(name_words(k)), k))
    target: dict[str, str] = {}
    for short in sorted(decided, key=lambda k: (-len(name_words(k)), k)):
        sw = name_words(short)
        if decided[short] != "person" and (gazetteer.country(short) or gazetteer.us_state(short) or len(sw) > 1):
            continue
        longer = [k for k in persons if len(name_words(k)) > len(sw) and name_words(k)[-len(sw):] == sw]
        roots = {target.get(k, k) for k in longer}
        if len(roots) == 1:
            target[short] = roots.pop()
    for short, full in sorted(target.items()):
        _merge(groups, decided, short, full)
    return groups, decided


def _firm_ending(word: str) -> bool:
    return word in COMPANY_FORMS or word in COMPANY_SUFFIXES or word in FIRM_ENDINGS


@rule("link", "firm_named_for_person", off=_unchanged)
def _link_firm_named_for_person(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"Harmon Ridley" and "Harmon" decided people where the article prints "Harmon Ridley & Co.": a firm named for a
    person, printed whole with its form somewhere in the article, is the firm where its name is printed short, the whole
    name without the form or its first word alone (before one more word and the form). Only a name no longer personal
    name of the article took (the link to "Anna Harmon" comes first), and only where one firm of the article fits."""
    groups, decided = _copy(groups, decided)
    firms = [k for k, c in decided.items() if c == "organization" and _firm_ending(name_words(k)[-1])]
    for key in sorted(groups):
        words = name_words(key)
        if decided.get(key) != "person":
            continue
        owners = {k for k in firms if k in groups and name_words(k)[:len(words)] == words
                  and sum(not _firm_ending(w) for w in name_words(k)[len(words):]) <= (len(words) == 1)
                  and len(name_words(k)) > len(words)}
        if len(owners) == 1:
            _merge(groups, decided, key, owners.pop())
    return groups, decided


@rule("link", "given_name_alone", off=_unchanged)
def _link_given_name_alone(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"I know David very well" in an article that names David Blunkett: a given name alone, decided a person, is the one
    person of the article whose name it begins; where two share it ("David Hale" and "David Marsh"), neither."""
    groups, decided = _copy(groups, decided)
    persons = [k for k, c in decided.items() if c == "person" and len(name_words(k)) >= 2]
    for key in sorted(groups):
        words = name_words(key)
        if decided.get(key) != "person" or len(words) != 1 or not gazetteer.given_name(words[0]):
            continue
        owners = {k for k in persons if k in groups and name_words(k)[0] == words[0]}
        if len(owners) == 1:
            _merge(groups, decided, key, owners.pop())
    return groups, decided


@rule("link", "acronym", off=_unchanged)
def _link_acronym(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """An acronym links to the one name whose initials it is."""
    groups, decided = _copy(groups, decided)
    # An acronym links to the one name whose initials it is: "UN" -> "United Nations".
    for key in sorted(groups):
        letters = _acronym(groups[key][0].text)
        if not letters or gazetteer.country(key):
            continue
        longer = [k for k in decided if k != key and len(name_words(k)) >= 2 and _initials(k) == letters
                  and decided[k] in ("organization", "place")]
        if len(longer) == 1:
            _merge(groups, decided, key, longer[0])
    return groups, decided


@rule("link", "surname_with_s", off=_unchanged)
def _link_surname_with_s(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"Blairs" beside Tony Blair is the one person whose name it ends."""
    groups, decided = _copy(groups, decided)
    # "Blairs" beside Tony Blair: a surname with a stray "s" (the family, or a possessive without its
    # apostrophe) is the one person whose name it ends, never an organisation of its own.
    persons = [k for k, c in decided.items() if c == "person"]
    for key in sorted(groups):
        words = name_words(key)
        if len(words) != 1 or not key.endswith("s") or len(key) < 4 or gazetteer.lookup(key) or gazetteer.demonym(key):
            continue
        owners = {k for k in persons if k in groups and name_words(k)[-1] == key[:-1]}
        if len(owners) == 1:
            _merge(groups, decided, key, owners.pop())
    return groups, decided


def _links() -> list:
    """This module's link rules, in registration (source) order."""
    return [r.run for r in rules.registered("link", "article")]
