"""Names the model reads as people or places that are bodies or plain words: "Uefa officials", "Uefa has said its own
...", "Bookmaker William Hill", "Euro hopes".

Vote rules (scope ``span``, field ``institution``) that add a body's cues :mod:`factarchive.extract.cues` does not read:
who works for the body after its name, and the body's "its" in the clause it is the subject of; and clean rules (scope
``span``): a firm's noun that opens a sentence before the firm's name, a currency's name alone, and a name made an
adjective by a hyphen ("George Bush-style").
"""

from __future__ import annotations

from typing import Optional

from . import filters, gazetteer
from .lexicon import (AMBIGUOUS_CURRENCY_WORDS, BODY_STAFF, BODY_STAFF_PLURALS, CURRENCIES, FACILITY_NOUNS, FIRM_NOUNS,
                      GENERIC_ORG_NOUNS, HONORIFICS, NAME_ADJECTIVE_SUFFIXES, OCCUPATIONS, ORG_NOUNS, PEOPLE,
                      PLACE_HEADS)
from .mention_types import Cut
from .nlp import entities_of, lowers_of, sentence_of
from .rules import rule

# The forms of "work" whose "for" names an employer (the pipeline has no lemmatizer).
WORK_FORMS = frozenset({"work", "works", "worked", "working"})
# The most lower-case words between a body's name and its staff's noun ("Ryanair deputy chief executive Tom Hale").
MAX_STAFF_WORDS = 3


def coined_name(span) -> bool:
    """A name that is no one's: its first word no given name (one word alone no surname either), no place the gazetteer
    knows, and no place's or facility's last word ("Downing Street officials" say where they work)."""
    first, last = span[0], span[-1]
    if gazetteer.given_name(first.text) or len(span) == 1 and gazetteer.surname(first.text):
        return False
    if last.lower_ in PLACE_HEADS or last.lower_ in FACILITY_NOUNS:
        return False
    return not (gazetteer.lookup(span.text) or gazetteer.country(span.text) or gazetteer.region(span.text))


def after_honorific(cut) -> bool:
    """True for a name after an honorific ("Mr Ebber's lawyers")."""
    return cut.titled or cut.start > 0 and cut.doc[cut.start - 1].lower_ in HONORIFICS


def person_shaped(cut) -> bool:
    """True for a name printed as a person's is: after an honorific (:func:`after_honorific`), or of two words or more
    the model tagged a person's ("Slobodan Milosevic's lawyers", whose given name the census does not list)."""
    return after_honorific(cut) or cut.end - cut.start >= 2 and cut.ent.label_ == "PERSON"


def printed_as_person(cut) -> bool:
    """True for a name :func:`person_shaped` that is also a person's by its first word, a given name ("Gordon Hale has
    said its own members must decide"; not "Zycie Warszawy", which the model tags a person's too, nor "Morgan
    Stanley", which it tags a body's), or after an honorific."""
    return after_honorific(cut) or person_shaped(cut) and gazetteer.given_name(cut.doc[cut.start].text)


def body_staff_after(span) -> Optional[str]:
    """The noun of who works for the name, printed right after it: "Uefa officials", "Zentrix' lawyers", "G7 finance
    ministers" (a plural noun of ``BODY_STAFF_PLURALS``, after up to two lower-case words), "Uefa delegate Tom Hale",
    "Zentrix deputy chief executive Tom Hale" (a singular one of ``BODY_STAFF``, then a personal name); None where
    there is none."""
    doc = span.doc
    first = span.end + (span.end < len(doc) and doc[span.end].tag_ == "POS")  # "Zentrix' lawyers", "Uefa's officials"
    for k in range(first, min(first + MAX_STAFF_WORDS, len(doc))):
        tok = doc[k]
        if not (tok.is_lower and tok.is_alpha) or tok.pos_ not in ("NOUN", "ADJ", "PROPN"):
            return None
        if tok.lower_ in BODY_STAFF_PLURALS:
            return tok.lower_
        if tok.lower_ in BODY_STAFF:
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            return tok.lower_ if nxt is not None and nxt.is_title and nxt.pos_ == "PROPN" else None
    return None


def worked_for(span) -> bool:
    """True for the object of "work for" ("he has been working for Zentrix"): an employer."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lower_ in WORK_FORMS


@rule("vote", "staff_of_a_body", field="institution",
      uses=(after_honorific, coined_name, person_shaped, body_staff_after, worked_for))
def _staff_of_a_body(doc, cut: Cut) -> int:
    """"Uefa officials", "Uefa delegate Tom Hale", "working for Uefa": a name that is no one's (:func:`coined_name`)
    printed before who works for it (:func:`body_staff_after`), or that someone works for (:func:`worked_for`), is a
    body's; two votes. Not a personal name ("a Blair spokesman", "Bush officials", "worked for Blair": a person has staff too),
    nor a name printed as a person's (:func:`person_shaped`: "Mr Ebber's lawyers", "Slobodan Milosevic's lawyers"),
    nor a place ("Kenyan officials", "Downing Street officials"). One word the model tagged a person's still counts,
    even before staff that a person has too ("Yukos spokesman", "working for Uefa"): the model tags these bodies a
    person's as often as a foreign surname, and an article names a person in full elsewhere ("Vladimir Putin")."""
    span = cut.span
    if body_staff_after(span) is None and not worked_for(span):
        return 0  # (most names: told before the gazetteer is asked)
    return 0 if person_shaped(cut) or not coined_name(span) else 2


def its_in_clause(span) -> bool:
    """True for a name that is the subject of a verb whose clause refers back to it as "its": "Uefa has said its own
    delegate saw nothing" ("its own" anywhere after it), "Zentrix cut its prices", "Zentrix is confident of its case" ("its" in the verb's own clause:
    the first verb above it is the name's), with no noun between the name and "its" that "its" could be said of ("Tom
    Hale criticised Zentrix's handling of its budget"; "Tom Hale said the firm would cut its prices")."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    doc, verb = span.doc, root.head
    for tok in doc[span.end:sentence_of(doc, root.i).end]:
        if tok.pos_ in ("NOUN", "PROPN", "PRON") and tok.lower_ != "its":
            return False
        if tok.lower_ == "its":
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "own":
                return True  # "its own" is the subject's, wherever it stands
            head = tok.head
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
            return head.i == verb.i
    return False


def other_body_near(span) -> bool:
    """True where a body other than the name is named before it, in its sentence or the one before: a name the model
    tagged an organisation, or a noun for a body ("Arsenal lost again. Tom Hale has defended its players", "The club
    was relegated. Tom Hale bought its shares"): "its" may be that body's."""
    doc = span.doc
    sent = sentence_of(doc, span.start)
    start = sentence_of(doc, sent.start - 1).start if sent.start > 0 else sent.start
    if any(e.label_ == "ORG" and start <= e.start and e.end <= span.start for e in entities_of(doc)):
        return True
    return any(t.pos_ == "NOUN" and (t.lower_ in GENERIC_ORG_NOUNS or t.lower_ in ORG_NOUNS)
               for t in doc[start:span.start])


@rule("vote", "its_own_subject", field="institution", uses=(after_honorific, its_in_clause, other_body_near,
                                                                  person_shaped, printed_as_person))
def _its_own_subject(doc, cut: Cut) -> int:
    """"Uefa has said its own tunnel representative saw nothing": a name whose clause refers back to it as "its"
    (:func:`its_in_clause`) is a body's, not a person's; two votes. Not a name printed as a person's
    (:func:`printed_as_person`: "Tom Hale has said its own members must decide" is the party's; the model's tag does
    not count here: it reads "Zycie Warszawy said its own ..." as a person's), nor, where "its" is not "its own", a name
    of two words the model tagged a person's (:func:`person_shaped`) with another body named before it, in its
    sentence or the one before (:func:`other_body_near`: "Arsenal lost again. Arsene Wenger has defended its
    players"; a one-word name is no one's first name: "The Audit Office said Defra had improved its capacity")."""
    if "its" not in lowers_of(doc)[cut.end:]:
        return 0  # (most names)
    span = cut.span
    if printed_as_person(cut) or not its_in_clause(span):
        return 0
    own = any(t.lower_ == "its" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "own"
              for t in doc[span.end:sentence_of(doc, span.start).end])
    return 2 * (own or not (person_shaped(cut) and other_body_near(span)))


@rule("clean", "firm_noun_opening_name", uses=(filters.clean_name,))
def _firm_noun_opening_name(doc, cut: Cut) -> Optional[Cut]:
    """"Bookmaker William Hill has stopped taking bets": a noun for a firm (``FIRM_NOUNS``, none a person's job) that the
    model took into a person's name, capitalised where it opens the sentence, is no part of it, and says the name after it
    is a firm's ("the bookmaker William Hill"). Only before a name of two words or more: "Band Aid" is one name. Run after the name was tidied (``clean_name``), so tidied again."""
    if cut.label != "person" or cut.end - cut.start < 2:
        return cut
    tok = doc[cut.start]
    low = tok.lower_
    if tok.is_title and low in FIRM_NOUNS and low not in PEOPLE and low not in OCCUPATIONS \
            and cut.end - cut.start >= 3 and all(t.is_title for t in doc[cut.start + 1:cut.end]):
        cut.start += 1
        cut.label = "organization"
        cut.cleaned = filters.clean_name(cut.span.text)  # the name as tidied, without the noun
    return cut


def firm_noun_opening(doc, start: int) -> bool:
    """True where a noun for a firm (``FIRM_NOUNS``, none a person's job) opens the sentence right before the name at
    ``start``, capitalised by its place ("Bookmaker William Hill said"): the tagger reads it as part of a proper name,
    so :func:`factarchive.extract.cues.described_as_org` (a common noun before the name) does not see it."""
    if start < 1:
        return False
    tok = doc[start - 1]
    low = tok.lower_
    return start - 1 == sentence_of(doc, start - 1).start and tok.is_title and low in FIRM_NOUNS and low not in PEOPLE and low not in OCCUPATIONS


@rule("vote", "firm_noun_opening_sentence", field="institution", uses=(firm_noun_opening,))
def _firm_noun_opening_sentence(doc, cut: Cut) -> int:
    """"Bookmaker William Hill has stopped taking bets": a noun for a firm opening the sentence before the name
    (:func:`firm_noun_opening`), two votes for a body, as the noun in lower case gives elsewhere ("the bookmaker William
    Hill")."""
    return 2 * firm_noun_opening(doc, cut.start)


@rule("clean", "currency_word_alone")
def _currency_word_alone(doc, cut: Cut) -> Optional[Cut]:
    """"Everton cools Euro hopes", "the Yen rose": a currency's name alone (``CURRENCIES``), capitalised, is no person,
    place or body: the currency, or a clipped adjective ("Euro" for European). Not a currency word that is also a
    word of other names ("Real", "Rand", "Mark": ``AMBIGUOUS_CURRENCY_WORDS``), nor one that is a given name or a
    surname."""
    if cut.end - cut.start != 1 or cut.label not in ("person", "place", "organization"):
        return cut
    tok = doc[cut.start]
    low = tok.lower_
    if tok.is_alpha and low in CURRENCIES and low not in AMBIGUOUS_CURRENCY_WORDS \
            and not gazetteer.given_name(tok.text) and not gazetteer.surname(tok.text):
        return None
    return cut


@rule("clean", "adjective_made_of_a_name", uses=(filters.clean_name,))
def _adjective_made_of_a_name(doc, cut: Cut) -> Optional[Cut]:
    """"a George Bush-style tax cut", "the Clinton-era rules": a name the model ran on across a hyphen into a word that
    makes an adjective of it (``NAME_ADJECTIVE_SUFFIXES``) ends before the hyphen: the name is mentioned, "George
    Bush-style" is no one. Run after the name was tidied (``clean_name``), so tidied again."""
    end = cut.end
    if end - cut.start < 2 or doc[end - 1].lower_ not in NAME_ADJECTIVE_SUFFIXES or doc[end - 2].text != "-" \
            or doc[end - 2].whitespace_ or end - 3 < cut.start or doc[end - 3].whitespace_:
        return cut
    cut.end = end - 2
    cut.cleaned = filters.clean_name(cut.span.text)
    return cut


__all__ = ["after_honorific", "coined_name", "firm_noun_opening", "its_in_clause", "other_body_near", "person_shaped",
           "printed_as_person", "body_staff_after", "worked_for"]
