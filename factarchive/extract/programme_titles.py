"""A programme's title after a broadcaster's possessive: "BBC One's Breakfast with Frost", "Radio 4's Today programme".
(A work's title before who plays in it or made it, "Star Wars actor Tom Hale", is
:func:`factarchive.extract.cues.described_as_work`'s, on the lexicon's ``work_maker`` nouns.)

The model reads the words of such a title as the names they look like ("Frost" a person, "Breakfast" a place, "Today"
a date); the title is one work, which the schema leaves out (a "thing"). A find rule offers the whole title as one
candidate, which outranks the model's shorter names inside it (spaCy's ``filter_spans``: the longest wins), and a vote
rule says it is a work.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from . import gazetteer
from .lexicon import (BROADCASTERS, CHANNEL_WORDS, DATE_WORDS, OCCUPATIONS, OFFICE_TITLES, PROGRAMME_NOUNS,
                      TITLE_JOINERS, TITLE_SMALL_WORDS)
from .nlp import entities_of, lowers_of
from .rules import rule

# The most words a programme's title runs to ("Have I Got News For You"); a longer run of capitals is a headline's.
MAX_TITLE_WORDS = 7
# What a word of a title may end in where the tagger splits it off ("Woman's Hour", "I'm a Celebrity").
CLITICS = frozenset({"'s", "'m", "'re", "'ll", "'ve", "'d", "n't"})


def broadcaster_before(doc, p: int) -> Optional[tuple[int, bool]]:
    """Where the broadcaster whose possessive is the token at ``p`` ("'s") starts, and whether it is a channel (the
    broadcaster's name with a channel's word or number: "BBC One", "Radio 4", "ITV1", "Channel 4"; "Five" alone) rather
    than the broadcaster alone ("the BBC's", "ITV's"); None where the possessor is no broadcaster."""
    j = p
    while j > 0 and p - j < 4:
        tok = doc[j - 1]
        low = tok.lower_
        if not (low in BROADCASTERS or low in CHANNEL_WORDS or tok.like_num) or not (tok.is_title or tok.is_upper or tok.like_num
                                                                                     or tok.text[:1].isupper()):
            break
        j -= 1
    words = doc[j:p]
    if not len(words) or not any(t.lower_ in BROADCASTERS for t in words) or words[0].like_num:
        return None
    channel = len(words) >= 2 or any(ch.isdigit() for ch in words[0].text) or words[0].lower_ == "five"
    return j, channel


def title_after(doc, start: int) -> int:
    """The end of a title's run of capitalised words from ``start``, small words between them ("Breakfast with Frost",
    "Top of the Pops"), but not before a day or a month ("Tom Hale on Sunday" says when); ``start`` where none."""
    end, k = start, start
    while k < len(doc) and k - start < MAX_TITLE_WORDS + 1:
        tok = doc[k]
        if tok.is_alpha and (tok.is_title or tok.is_upper) or tok.like_num and k > start:
            k += 1
            end = k
        elif tok.is_lower and tok.lower_ in TITLE_JOINERS and k > start \
                and not (k + 1 < len(doc) and doc[k + 1].lower_ in DATE_WORDS):  # "the BBC's Tom Hale on Sunday"
            k += 1
        else:
            break
    return end if end - start <= MAX_TITLE_WORDS else start


def cut_short(doc, end: int) -> bool:
    """True where the title's run ends before a word that is a title's yet joins none here, with a capitalised word
    after it: a small word ("World at One", "Tom Hale in Rome") or a clitic ("Woman's Hour", "I'm a Celebrity"): the
    run is part of a longer title, or of no title."""
    if end + 1 >= len(doc):
        return False
    tok, nxt = doc[end], doc[end + 1]
    if not (tok.is_lower and tok.lower_ in TITLE_SMALL_WORDS or tok.lower_.replace("’", "'") in CLITICS):
        return False
    if nxt.lower_ in ("a", "an", "the") and end + 2 < len(doc):  # "I'm a Celebrity"
        nxt = doc[end + 2]
    return nxt.is_alpha and (nxt.is_title or nxt.is_upper) and nxt.lower_ not in DATE_WORDS  # not "Today on Sunday"


def persons_name_or_office(doc, start: int, end: int) -> bool:
    """True where a title's run ends in a name the model tagged a person's: of two words or more ("BBC World's Lyse
    Doucet", "the BBC's Head of News Helen Boaden"), or after an office's or a job's word that begins the run ("BBC
    Scotland's Political Editor Hale": ``OFFICE_TITLES``, ``OCCUPATIONS``). Not one word alone: the model tags a
    programme's one-word title a person's too ("Five Live's Sportsweek"). Where the model tagged the run otherwise
    ("Head of News Helen Boaden" an organisation), the run stays a title: no wrong body for it."""
    words = [t.lower_ for t in doc[start:end] if not t.is_lower][:2]
    office = any(w in OFFICE_TITLES or w in OCCUPATIONS for w in words)
    return any(ent.label_ == "PERSON" and ent.end == end and start <= ent.start and (len(ent) >= 2 or office)
               for ent in entities_of(doc))


def programme_title(doc, start: int) -> int:
    """The end of a programme's title that starts at ``start``, right after a broadcaster's possessive; ``start`` where
    none starts there (see :func:`programme_after_broadcaster`)."""
    if start < 2 or doc[start - 1].lower_ not in ("'s", "’s") or doc[start - 1].tag_ not in ("POS", "VBZ"):  # "BBC 1's": VBZ
        return start
    found = broadcaster_before(doc, start - 1)
    end = title_after(doc, start) if found is not None else start
    if end == start:
        return start
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_title and after.is_alpha:
        return start  # the run was cut short by its length: no title
    if after is not None and after.lower_ in PROGRAMME_NOUNS:
        return end
    if cut_short(doc, end) or persons_name_or_office(doc, start, end):
        return start  # "Radio 4's World at One" cut to "World"; "BBC World's Lyse Doucet"
    joined = any(t.is_lower for t in doc[start:end])  # "the BBC's Breakfast with Frost": no one's name
    if (found[1] or joined) and not gazetteer.given_name(doc[start].text):
        return end
    return start


@rule("find", "programme_after_broadcaster", uses=(broadcaster_before, title_after, cut_short, persons_name_or_office,
                                                  programme_title))
def programme_after_broadcaster(doc, text: Optional[str] = None) -> list:
    """"BBC One's Breakfast with Frost", "Radio 4's Today programme", "the BBC's Newsnight programme": the capitalised
    words after a broadcaster's possessive are a programme's title, one work, where a noun for a programme follows them
    ("programme", "show"), or where the possessor is a channel ("BBC One's", "Radio 4's": a channel has programmes, a
    broadcaster correspondents too, "the BBC's Tom Hale") or the title joins its words with a small one ("the BBC's
    Breakfast with Frost"), and the title does not begin with a given name ("Radio 4's John Hale"), nor is a person's
    name or begins with an office's word (:func:`persons_name_or_office`: "BBC World's Lyse Doucet"), nor was cut
    short (:func:`cut_short`: "World at One", "Woman's Hour": better no title than a wrong one). The title's run stops
    at a lower-case word other than a title's small words, and is no longer than a title runs (a headline prints
    every word with a capital)."""
    if "'s" not in (doc.text if text is None else text) and "’s" not in (doc.text if text is None else text):
        return []
    spans = []
    lowers = lowers_of(doc)
    for i in range(1, len(doc) - 1):
        if lowers[i] not in ("'s", "’s"):
            continue  # no title starts after it (programme_title's first test, without making the token)
        end = programme_title(doc, i + 1)
        if end > i + 1:
            spans.append(Span(doc, i + 1, end, label="WORK_OF_ART"))
    return spans


@rule("vote", "programme_of_broadcaster", field="work", uses=(broadcaster_before, title_after, cut_short,
                                                              persons_name_or_office, programme_title))
def _programme_of_broadcaster(doc, cut) -> int:
    """A programme's title after a broadcaster's possessive (:func:`programme_title`: "on BBC One's Strictly Ice
    Dancing") is a work, whatever the model tagged it (where it tagged the title's very words, its name outranks the
    find rule's) and whatever else its sentence seems to say ("join ... on X" reads as a web service's): two votes for a
    work, as "the film X" gives (:func:`factarchive.extract.cues.described_as_work`)."""
    return 2 * (cut.end > cut.start and programme_title(doc, cut.start) == cut.end)


__all__ = ["broadcaster_before", "cut_short", "persons_name_or_office", "programme_after_broadcaster",
           "programme_title", "title_after"]
