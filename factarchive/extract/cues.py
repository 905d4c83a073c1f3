"""What a sentence says about a name that tells an organisation from a person (part of stage ``entities.mentions``).

The model often tags a company named like a person ("Merrill Lynch", "Qradio")
as a person, or misses it. The sentence around it says otherwise:

* it stands in apposition to a noun for an organisation: "Pfizer, its maker",
  "At-Plan, a marketing research firm", "her restaurant, Bayona", or names the
  kind of thing it is: "the Plastika factory";
* someone works there: "chief economist at Merrill Lynch", "the spokeswoman
  for Castle Rock", "a founding partner of Qradio";
* a relative clause with "which", not "who", follows it: "Qradio, which was started";
* it is another name of an organisation given beside it: "..., or Fannie Mae", "LVMH (Louis Vuitton ...)".

Each is evidence for the vote in :mod:`factarchive.extract.entities`, never a decision on its own.
"""

from __future__ import annotations

import re

from . import gazetteer
from .candidates import common_noun, singular
from .lexicon import (BAND_MEMBERS, BAND_NOUNS, CLUB_NAME_WORDS, CLUB_POST_QUALIFIERS, CLUB_POSTS, FOUNDING_VERBS, HOME_SIDE_VERBS, HEADS_OF_BODIES, INSTITUTION_HEADS, ORG_WORDS, CLUB_NOUNS, DATE_WORDS, PEOPLE, EMPLOYEE_NOUNS, EMPLOYER_PREPOSITIONS, FIRM_NOUNS, ORG_NOUNS, POSTING_VERBS,
                      MATCH_NOUNS, RESULT_VERBS, SCHOOL_MEMBERS, SERVICE_NOUNS, SIDE_NOUNS, SOFTWARE_RUNNERS, STANDING_GAPS, TAKE_FORMS, TEAM_NOUNS, THING_HYPHEN_WORDS, THING_NOUNS, WORK_MAKERS,
                      WORK_NOUNS)
from .nlp import per_span, sentence_of
from .rules import rule


@per_span
def described_as_org(span) -> int:
    """2 when the name stands in apposition to, or modifies, a noun for an organisation, else 0.

    "her restaurant, Bayona", "At-Plan, a marketing research firm", "the Plastika
    factory". ("a Glasgow firm" says where a firm is: the gazetteer's places do
    not take these votes, see :func:`factarchive.extract.name_votes._vote`.)
    """
    root = span.root
    head = root.head
    if root.dep_ == "appos" and _org_noun(head) and 0 < span.start - head.i <= 2:
        return 2
    # The apposition starts right after the name's comma.
    if any(child.dep_ == "appos" and _org_noun(child) and child.left_edge.i == span.end + 1 for child in root.children):
        return 2
    if root.dep_ == "compound" and _org_noun(head) and head.lower_ != "house":
        return 2
    # "Nordic operator Teliasonera", "budget airline Ryanair": the noun for an organisation right before the name; not
    # a noun for a person too ("publisher Rupert Murdoch"), and before a given name only a noun for a firm alone
    # ("investment bank Merrill Lynch", not "developer Donald Trump").
    given = bool(gazetteer.given_name(span[0].text))
    return 2 * any(child.dep_ == "compound" and child.i == span.start - 1 and _org_noun(child) and child.lower_ != "house"
                   and child.lower_ not in PEOPLE and (not given or child.lower_ in FIRM_NOUNS) for child in root.children)


def org_noun_before_words(span) -> int:
    """2 when the word right before the name is a noun for a body (``ORG_NOUNS``, in lower case, not a person's:
    ``PEOPLE``) that :func:`described_as_org` did not read because the parser misread it: "According to blog analysis
    firm Kavotek, blogs double" ("firm" read as an adjective), "Rival bourse Zentrix is working on a bid" (noun and
    name read as two subjects); in the plural before one name, a noun for a person too ("with new publishers Kavotek":
    :func:`_plural_before_one_name`; not the subject of a verb: "the wedding bands Tom gave her"). The same limits as there: before a given name only a noun for a firm alone
    (``FIRM_NOUNS``: "developer Donald Trump" is a person). Not where the noun is the object of a preposition or a verb
    or joined to another noun ("In a letter to the company Hale said": the name opens a clause of its own), nor where the name is the subject of a
    clause that describes the noun ("the firm Tom Hale founded", "the company Hale runs")."""
    doc, start = span.doc, span.start
    if start < 1 or described_as_org(span):
        return 0
    noun = doc[start - 1]
    low = noun.lower_
    if noun.tag_ == "NNS" and _plural_before_one_name(span) and span.root.dep_ not in ("nsubj", "nsubjpass"):
        low = singular(low)
    elif low in PEOPLE:
        return 0
    if not noun.is_lower or low not in ORG_NOUNS or low == "house" \
            or gazetteer.given_name(span[0].text) and low not in FIRM_NOUNS:
        return 0
    if noun.dep_ in ("pobj", "dobj", "dative", "attr", "pcomp", "conj") and noun.head.i != span.root.i \
            and span.root.head.i != noun.i:
        return 0
    verb = span.root.head
    if span.root.dep_ in ("nsubj", "nsubjpass") and verb.dep_ in ("relcl", "acl") and verb.head.i == noun.i \
            or span.end < len(doc) and doc[span.end].lower_ in FOUNDING_VERBS:
        return 0
    return 2


def _plural_before_one_name(span) -> bool:
    """True for a name that is not one of a list ("with new publishers Kavotek, under the name"): a noun in the plural
    right before it says what the one body is, a noun for a person too ("publishers"; people would be two names:
    "publishers Tom Hale and Ann Berg")."""
    doc, end, root = span.doc, span.end, span.root
    if root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    if end < len(doc) and doc[end].lower_ in ("and", "or", "&"):
        return False
    return not (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN")


def _org_noun_plural(word: str) -> bool:
    """A noun for a body in the plural ("companies", "firms", "services"), not a person's ("publishers")."""
    one = singular(word)
    return one in ORG_NOUNS and one not in PEOPLE and word not in PEOPLE


def body_of_a_kind(span) -> int:
    """2 for a name given as one of a kind of body: "companies like Zentrix Arts", "firms such as Kavotek", "services
    including Kavotek", "providers, which include Zentrix and Kavotek", "Zentrix, Kavotek and other download services"
    (a noun for a body in the plural, :func:`_org_noun_plural`, before "like", "such as", "including", ", which
    include", or after "and other" and up to four words in lower case; the name alone or in a list of names, read from
    the words). Not a name with a given name first, unless the noun is a firm's (``FIRM_NOUNS``): "developers like
    Donald Trump" are people."""
    doc = span.doc
    noun = _kind_before(doc, _list_start(doc, span.start)) or _kind_after(doc, span.end)
    if noun is None:
        return 0
    return 0 if gazetteer.given_name(span[0].text) and singular(noun.lower_) not in FIRM_NOUNS else 2


# The most names of a list read before or after a name by :func:`body_of_a_kind`.
MAX_LISTED = 6


def _list_start(doc, start: int) -> int:
    """Where the list of names that ends with the name at ``start`` begins: "eDonkey, Kazaa and Grokster" (names of
    proper nouns joined by commas, "and" or "or")."""
    for _ in range(MAX_LISTED):
        j = start - 1
        if j >= 0 and doc[j].lower_ in ("and", "or"):
            j -= 1
        if j >= 0 and doc[j].text == ",":
            j -= 1
        if j == start - 1 or j < 0 or doc[j].pos_ != "PROPN":
            break
        while j > 0 and doc[j - 1].pos_ == "PROPN":
            j -= 1
        start = j
    return start


def _kind_noun(tok):
    """The token if it is a noun for a body in the plural, in lower case or capitalised where it opens the sentence (after
    a quotation mark too: "'Networks like Kazaa")."""
    first = sentence_of(tok.doc, tok.i).start
    opening = tok.i == first or tok.i == first + 1 and tok.doc[first].is_quote
    if (tok.is_lower or opening) and _org_noun_plural(tok.lower_):
        return tok
    return None


def _kind_before(doc, start: int):
    """The noun for a body in the plural before "like", "including", "such as", ", which include" and the list at
    ``start``, or None."""
    before = [t.lower_ for t in doc[max(0, start - 4):start]]
    if before[-1:] in (["like"], ["including"]) and start >= 2:
        return _kind_noun(doc[start - 2])
    if before[-2:] == ["such", "as"] and start >= 3:
        return _kind_noun(doc[start - 3])
    if before[-1:] and before[-1] in ("include", "includes", "included") and before[-2:-1] in (["which"], ["that"]):
        k = start - 3 - (start >= 3 and doc[start - 3].text == ",")
        return _kind_noun(doc[k]) if k >= 0 else None
    return None


def _kind_after(doc, end: int):
    """The noun for a body in the plural that ends "and other" and up to four words in lower case after the list of
    names that begins at ``end`` ("Zentrix, Kavotek and other net download services"), or None."""
    for _ in range(MAX_LISTED):
        if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].pos_ == "PROPN":
            end += 1
            while end < len(doc) and doc[end].pos_ == "PROPN":
                end += 1
        else:
            break
    if end + 2 >= len(doc) or doc[end].lower_ not in ("and", "or") or doc[end + 1].lower_ != "other":
        return None
    k = end + 2
    while k < len(doc) and k - end - 2 < 4 and doc[k].is_lower and (doc[k].is_alpha or "-" in doc[k].text):
        k += 1
    return _kind_noun(doc[k - 1]) if k > end + 2 else None


def _org_noun(tok) -> bool:
    return tok.lower_ in ORG_NOUNS and tok.pos_ == "NOUN"


def employer(span) -> bool:
    """True for the place of work of someone named by a job: "chief economist at Merrill Lynch"."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in EMPLOYER_PREPOSITIONS and prep.head.lower_ in EMPLOYEE_NOUNS


def _org_token(tok) -> bool:
    return tok.ent_type_ == "ORG"


def alias_of_org(doc, start: int, end: int) -> bool:
    """True for another name of an organisation the model tagged, given beside it.

    "LVMH (Louis Vuitton Moet Hennessy)", "the Federal National Mortgage
    Association, or Fannie Mae", "Federal Home Loan Mortgage Corp., known as Freddie Mac".
    """
    if start >= 2 and doc[start - 1].text == "(" and _org_token(doc[start - 2]) and end < len(doc) and doc[end].text == ")":
        return True
    if start >= 3 and doc[start - 1].lower_ == "or" and doc[start - 2].text == "," and _org_token(doc[start - 3]):
        return True
    if start >= 3 and doc[start - 1].lower_ == "as" and doc[start - 2].lower_ == "known":
        before = doc[start - 3] if doc[start - 3].text != "," or start < 4 else doc[start - 4]
        return _org_token(before) or before.text == "." and start >= 5 and _org_token(doc[start - 5])
    return False


def which_follows(doc, end: int) -> bool:
    """True when ", which" follows the name: said of a thing or a body, not of a person."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which"


# Verbs in the plural that a name in the singular takes only when it stands for a body of people: "Merrill Lynch are
# sole bookrunners", "Chelsea were beaten" (British usage); a person "is", "was". The tagger's VBP (a present verb
# not in the third person singular) is the same agreement for any other verb ("Chelsea face a trip").
PLURAL_VERBS = frozenset({"are", "were", "have", "'re", "'ve"})


def plural_subject(span) -> bool:
    """True for a name in the singular that is the subject of a verb in the plural: a body, not a person.

    Not a name joined to another ("Blair and Brown are"), nor a name that is itself a plural ("the Beatles are",
    "Kurds were"); the verb (or its first auxiliary) follows the name directly, so that a misread quote ("Blair, I
    have said") gives nothing.
    """
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.tag_ != "NNP" or root.text.endswith("s") or root.head.i < span.end:
        return False
    if any(c.dep_ in ("conj", "cc") for c in root.children) or any(t.dep_ == "conj" for t in span):
        return False
    verb = root.head
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i > root.i]
    first = aux[0] if aux else verb
    return first.i == span.end and (first.lower_ in PLURAL_VERBS or first.tag_ == "VBP" and first.lower_ not in ("am", "do"))


def plural_relative(span) -> bool:
    """True for a name in the singular followed by ", who" and a verb in the plural: "Franz Ferdinand, who were
    shortlisted in five categories" (a band, a body of people; a person "was"). The mirror of :func:`plural_subject`
    for a relative clause; not a name joined to another ("Blair and Brown, who are"), nor a plural name ("the Kinks,
    who were")."""
    doc, root = span.doc, span.root
    if root.tag_ != "NNP" or root.text.endswith("s") or root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    if span.start > 0 and doc[span.start - 1].lower_ in ("and", "or", "&", "nor"):  # "Graham Hale and Julian White, who were"
        return False
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ != "who":
        return False
    i += 2
    while i < len(doc) and doc[i].pos_ == "ADV":  # "who also are", "who recently were"
        i += 1
    return i < len(doc) and (doc[i].lower_ in PLURAL_VERBS or doc[i].tag_ == "VBP" and doc[i].lower_ not in ("am", "do"))


def school_member(span) -> int:
    """2 when the name modifies a noun for someone who studies or studied there: "a former Eton pupil", "a Harvard
    graduate" (``SCHOOL_MEMBERS``): the school is a body (a city the gazetteer knows keeps its own votes)."""
    root = span.root
    head = root.head
    return 2 * (root.dep_ in ("compound", "poss", "nmod") and head.i >= span.end and head.lower_ in SCHOOL_MEMBERS and head.pos_ == "NOUN")


def band_member(span) -> int:
    """2 when the name modifies a noun for a member of a band: "Franz Ferdinand frontman Alex Kapranos", "the Keane
    singer" (the band is a body of people; the mirror of :func:`club_votes`' "Glasgow flanker")."""
    root = span.root
    head = root.head
    return 2 * (root.dep_ in ("compound", "poss", "nmod") and head.i >= span.end and head.lower_ in BAND_MEMBERS and head.pos_ == "NOUN")


def band_noun_before(span) -> int:
    """2 when a noun for a band (``BAND_NOUNS``) stands right before the name, itself after a determiner or a word that
    describes the band: "the band Keane played", "Scottish rock band Franz Ferdinand, who shot to prominence", "Glasgow
    group Franz Ferdinand won two prizes" (read from the tokens: the parser hangs "the band Keane played" as a relative
    clause). Not a name followed by a verb of founding ("the band Tom Hale formed": its founder), nor a name joined
    to another ("the band Tom Hale and Ann Berg formed"), nor a noun in the plural."""
    doc, start, end = span.doc, span.start, span.end
    if start < 2 or doc[start - 1].lower_ not in BAND_NOUNS or doc[start - 1].tag_ != "NN":
        return 0
    before = doc[start - 2]
    if not (before.pos_ in ("DET", "ADJ", "NOUN", "PROPN") or before.tag_ == "PRP$"):
        return 0
    after = doc[end] if end < len(doc) else None
    if after is not None and (after.lower_ in FOUNDING_VERBS or after.lower_ in ("and", "&", "or")):
        return 0
    return 2


def member_after_band(span) -> int:
    """2 when the name is printed right before a noun for a band's member (``BAND_MEMBERS``) and a personal name:
    "Franz Ferdinand frontman Alex Kapranos", "Keane singer Tom Chaplin" (the mirror of :func:`staff_after`; the parser
    hangs the band's name on the person's as often as on the noun, which :func:`band_member` reads)."""
    doc, i = span.doc, span.end
    return 2 * (i + 1 < len(doc) and doc[i].is_lower and doc[i].lower_ in BAND_MEMBERS and doc[i + 1].pos_ == "PROPN"
                and doc[i + 1].is_title and not band_member(span))


# What may stand before a name that takes a verb in the plural as a question or a wish, not as its subject in the
# plural: "would John Terry have gone", "if Tony Blair were", "did Keane have".
_NOT_A_PLURAL_SUBJECT = frozenset({"if", "would", "could", "should", "might", "must", "will", "shall", "can", "may",
                                   "did", "does", "do", "has", "had", "have", "wish", "that", "whether"})


def plural_verb_after(span) -> int:
    """2 for a name of one or two words, tagged a person, that a verb in the plural follows at once: "Keane have sold a
    million albums", "Franz Ferdinand were named best group" (a band, a body of people; a person "has", "was"). Read
    from the words, whatever the parse (which reads "demanding that Tony Blair spell out" as plural too, so only "are",
    "were", "have" count). Not after a modal or "if" ("would John Terry have gone", "if Tony Blair were"), nor a name
    joined to another ("Blair and Brown are") or itself a plural ("the Beatles are"), nor one after a title."""
    doc, start, end = span.doc, span.start, span.end
    if span.root.ent_type_ != "PERSON" or not 1 <= end - start <= 2 or end >= len(doc) or doc[end - 1].text.endswith("s"):
        return 0
    if doc[end].lower_ not in PLURAL_VERBS or start > 0 and (doc[start - 1].lower_ in _NOT_A_PLURAL_SUBJECT
                                                             or doc[start - 1].lower_.rstrip(".") in PEOPLE):
        return 0
    if any(t.dep_ == "conj" for t in span) or any(c.dep_ in ("conj", "cc") for c in span.root.children) \
            or span.root.dep_ in ("pobj", "dobj"):
        return 0
    # The noun phrase the name ends ("Olympic relay star Alvin Harrison") must open its clause: not after "and" ("Kelli
    # White and ... Alvin Harrison have": two people), a preposition or a verb ("a museum dedicated to Jimi Hendrix are
    # flailing", "directors including Akira Kurosawa have had": the verb is another subject's).
    i = start - 1
    while i >= 0 and (doc[i].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or doc[i].tag_ in ("PRP$", "POS")):
        i -= 1
    if i >= 0 and i >= sentence_of(doc, start).start and (doc[i].pos_ in ("ADP", "CCONJ", "VERB", "AUX", "SCONJ")
                                                 or doc[i].lower_ in ("and", "&", "or", "nor")):
        return 0
    # Nor a name in apposition, after a noun phrase and a comma ("The Streets, aka British rapper and songwriter, Mike
    # Skinner have topped a poll": the verb is the band's). A phrase that opens the sentence with a preposition or a
    # subordinating word is no apposition ("After the show, Keane were", "On Tuesday night, Keane were"), nor a date.
    if i >= 1 and i > sentence_of(doc, start).start and doc[i].text == "," and doc[i - 1].pos_ in ("NOUN", "PROPN") \
            and doc[i - 1].lower_ not in DATE_WORDS:
        j = i - 1
        while j > sentence_of(doc, start).start and (doc[j - 1].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "NUM", "CCONJ")
                                             or doc[j - 1].tag_ in ("PRP$", "POS")):
            j -= 1
        opening = j > sentence_of(doc, start).start and doc[j - 1].pos_ in ("ADP", "SCONJ")
        if not opening:
            return 0
    return 2


# --------------------------------------------------------------------------- things, services, clubs


def thing_votes(doc, start: int, end: int) -> int:
    """Votes that the name is a work, a product or an award, from the sentence (0 when none).

    Two for a name that modifies a noun for a work or product ("the Star Wars
    film", "the Nintendo Switch console", "an Oscar nomination") or for an award
    joined to "winning" or "nominated" ("Oscar-winning director"); one for a
    name counted like a thing ("won an Oscar": a personal name takes no "an").
    """
    root = doc[start:end].root
    head = root.head
    # Not across a bracket: in a line of results "Atlanta 2 (1st game)" the parser hangs the side on the game.
    votes = 2 * (root.dep_ in ("compound", "amod", "nmod") and head.i >= end and head.lower_ in THING_NOUNS and head.pos_ == "NOUN"
                 and not any(t.text in ("(", ")") for t in doc[end:head.i]))
    # "the best Xbox game category", "the Harry Potter film series": the noun right after the name is a work's or a
    # product's, and both modify one head (the category is the game's).
    # Not a place ("Hollywood film studios" are the place's studios; :func:`_known_place`: a title only the model reads as
    # a city is no place).
    if not votes and root.dep_ == "compound" and end < len(doc) and doc[end].dep_ == "compound" and doc[end].head.i == head.i \
            and doc[end].lower_ in THING_NOUNS and doc[end].pos_ == "NOUN" and not _known_place(doc[start:end]):
        votes = 2
    if root.dep_ not in ("compound", "amod", "nmod") and start > 0 and doc[start - 1].lower_ in ("a", "an") and not doc[start - 1].is_title:
        votes += 1
    # "PCs running Windows", "machines that run Windows": what a machine runs is software (a person runs a firm).
    if root.dep_ == "dobj" and head.lower_ in ("run", "runs", "running", "ran") and _runner(head).lower_ in SOFTWARE_RUNNERS:
        votes += 2
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].lower_ in THING_HYPHEN_WORDS:
        votes += 2
    # "Metal Slug 3 is a wake-up call", "Grand Theft Auto 4 sold": a number after a name, in a sentence going on in
    # lower case, is a sequel's (not a score in a table: "Nick Price 69 68", "Hooper 22 not out").
    if end + 1 < len(doc) and doc[end].text.isdigit() and len(doc[end].text) <= 2 and doc[end].dep_ == "nummod" \
            and doc[end].head.i == root.i and doc[end + 1].pos_ in ("AUX", "VERB") and not doc[end + 1].is_title \
            and not gazetteer.given_name(doc[start].text):
        votes += 2
    return votes


# A product's version printed after its name: "Xbox 2", "PlayStation 2s", "Firefox 1.0".
VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?s?")


def version_after(doc, start: int, end: int) -> int:
    """1 for a product's version printed right after a name the model cut before it, in a sentence going on in lower case:
    "Microsoft's Xbox 2, is not expected", "the open-source browser Firefox 1.0". Not a score ("Chelsea 2 Arsenal 1",
    "beat Leeds 2-1": another number or a dash follows, or another capitalised word with a number is in the sentence),
    nor a number that counts something else ("Polti 5 seconds behind": the number must modify the name),
    and only after a name in a product's shape (:func:`_product_shaped`: not "BBC Radio 4", "Thierry Henry 2")."""
    if end + 1 >= len(doc) or not VERSION.fullmatch(doc[end].text) or doc[end + 1].like_num or doc[end + 1].text in ("-", "\u2013") \
            or doc[end].head.i != doc[start:end].root.i or not _product_shaped(doc, start, end):
        return 0
    sent = sentence_of(doc, start)
    scored = sum(1 for i in range(sent.start + 1, sent.end) if doc[i].text[:1].isdigit() and doc[i - 1].is_title)
    return int(scored == 1 and any(t.is_lower and t.is_alpha for t in sent))


def _product_shaped(doc, start: int, end: int) -> bool:
    """A name that may be a product's: not tagged a person by the model, no given name first, no place the gazetteer
    knows, and a last word that is no English common noun ("BBC Radio 4", "Channel 4" are stations; "Xbox 2" is a
    product) nor a body's word ("the Bank of England's Monetary Policy Committee")."""
    last = doc[end - 1].lower_
    return doc[start].ent_type_ != "PERSON" and not gazetteer.given_name(doc[start].text) and not _placelike(doc[start:end]) \
        and not common_noun(last) and last not in ORG_WORDS and last not in INSTITUTION_HEADS


def new_model(doc, start: int, end: int) -> int:
    """1 for a name after "new" or "next generation" that heads its noun phrase: "the new iPod", "the next generation
    Xbox" (a product's new model; "the new Chelsea manager" says nothing of Chelsea), not a personal name ("the new
    Maradona")."""
    root = doc[start:end].root
    if start == 0 or root.dep_ in ("compound", "poss", "amod", "nmod") or not _product_shaped(doc, start, end):
        return 0
    before = doc[start - 1]
    return int(before.lower_ in ("new", "next", "latest") and before.head.i == root.i
               or before.lower_ == "generation" and start > 1 and doc[start - 2].lower_ == "next")


def _placelike(span) -> bool:
    """A name the model tagged a place, or that the gazetteer knows as a country, US state or city."""
    return span.root.ent_type_ in ("GPE", "LOC", "FAC") or bool(gazetteer.lookup(span.text) or gazetteer.us_state(span.text))


def _known_place(span) -> bool:
    """A name the gazetteer knows as a country, US state or city, or the model tagged a place other than a country or
    a city (a region, a facility): not a name only the model read as a country or a city, which it does of an
    unfamiliar title ("her role in Zentrix", "cult hit Zentrix")."""
    return span.root.ent_type_ in ("LOC", "FAC") or bool(gazetteer.lookup(span.text) or gazetteer.us_state(span.text))


def _runner(verb):
    """Who runs: the noun a participle describes ("PCs running"), or the subject ("machines that run", "the PC runs")."""
    if verb.dep_ in ("acl", "relcl"):
        return verb.head
    return next((t for t in verb.children if t.dep_ == "nsubj"), verb)


@per_span
def described_as_work(span) -> int:
    """2 when the name stands in apposition to a noun for a work right before it, or right after one that modifies it:
    "the film Ray", "abortion drama Vera Drake", "the animated series American Dad", "children's film Mary Poppins"
    (the mirror of :func:`described_as_org`; the noun is a work's, never a person's: "Oscar winner Jamie Foxx" is not)."""
    root = span.root
    head = root.head
    if root.dep_ == "appos" and head.lower_ in WORK_NOUNS and head.pos_ == "NOUN" and 0 < span.start - head.i <= 2:
        return 2
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in WORK_NOUNS and before.pos_ == "NOUN" and before.dep_ in ("compound", "nmod", "amod") \
            and before.head.i == root.i:
        return 2
    # "Harry Potter author JK Rowling", "his Harry Potter co-star Tom Hale": the name modifies a noun for the work's maker
    # or cast (``WORK_MAKERS``) that a person's name follows; no one is "Tom Hale author Ann Berg".
    # Not a place: "US author Dan Brown" says where the author is from; but a title only the model reads as a city is
    # none (:func:`_known_place`: "Holby City actor Tom Hale").
    doc, end = span.doc, span.end
    if work_title_after(span):
        return 2
    return 2 * (root.dep_ == "compound" and root.head.i == end and end + 1 < len(doc) and doc[end].lower_ in WORK_MAKERS
                and doc[end].pos_ == "NOUN" and doc[end + 1].ent_type_ == "PERSON" and not _known_place(span))


def work_title_after(span) -> bool:
    """True for a hero's name the model cut from the title of a work: "Harry Potter and the Prisoner of Azkaban" ("and
    the", then capitalised words with "of" inside that the model tagged nothing). Not a body the model tagged ("Tony Blair
    and the Bank of England"), nor an office or a person's noun ("Tom Hale and the Governor of Texas"), nor a place after
    "of" ("the Mayor of London")."""
    doc, j = span.doc, span.end
    if j + 4 >= len(doc) or doc[j].lower_ != "and" or doc[j + 1].lower_ != "the":
        return False
    words = []
    for tok in doc[j + 2:]:
        if not (tok.is_title or tok.lower_ in ("of", "the")):
            break
        words.append(tok)
    while words and not words[-1].is_title:
        words.pop()
    of = [k for k, w in enumerate(words) if w.lower_ == "of"]
    return len(words) >= 3 and bool(of) and 0 < of[0] < len(words) - 1 and not words[0].ent_type_ \
        and words[0].lower_ not in PEOPLE and not any(w.ent_type_ in ("GPE", "LOC", "NORP", "PERSON") for w in words)


def web_service(span) -> int:
    """2 when the name is a web service: it modifies "account", "page", "followers", is posted "on" ("posted on Twitter"),
    or taken "to" with nothing taken ("took to Twitter"; someone written to or a matter taken to is a person)."""
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in SERVICE_NOUNS:
        return 2
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "on Facebook, Twitter and Instagram"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via", "to"):
        verbs = [tok.head.head, tok.head.head.head]
        if tok.head.lower_ == "to":  # "took to Twitter"; not "wrote to Tony Blair", "take the matter to Tony Blair"
            verbs = [v for v in verbs if v.lower_ in TAKE_FORMS and not any(c.dep_ == "dobj" for c in v.children)]
        if any(v.lower_ in POSTING_VERBS and v.pos_ in ("VERB", "ADJ", "AUX") for v in verbs):
            return 2
        # "said on Twitter", "users on Twitter": a statement made on it, or its users (not "count on Smith")
        if tok.head.lower_ == "on" and (tok.head.head.lower_ in SAYING_ON or tok.head.head.lower_ in SERVICE_NOUNS):
            return 2
    return 0


# Forms of "say" that put a web service after "on" ("said on Twitter"); not "count on", "put on", which take people.
SAYING_ON = frozenset({"say", "says", "said", "announced", "wrote", "commented"})


def heads_of_body(doc, end: int) -> bool:
    """True where the name is followed by who runs or founded it and that person's name: "Twitter CEO Jack Dorsey",
    "Apple chief executive Tim Cook", "Microsoft co-founder Bill Gates" (``HEADS_OF_BODIES``)."""
    j = end
    if j + 1 < len(doc) and doc[j].lower_ == "chief" and doc[j + 1].lower_ == "executive":
        j += 2
    elif j < len(doc) and doc[j].lower_ in HEADS_OF_BODIES:
        j += 1
    elif j + 2 < len(doc) and doc[j].lower_ == "co" and doc[j + 1].text == "-" and doc[j + 2].lower_ == "founder":
        j += 3  # "co-founder", split by the tokenizer
    else:
        return False
    return j < len(doc) and doc[j].is_title and doc[j].pos_ == "PROPN"


@per_span
def club_votes(span) -> int:
    """Votes that a place's name stands for its sports club here (0 when none).

    Three where it modifies a word for a club's player or staff ("Glasgow
    flanker", "the Leeds striker") or is one side of a result with another name
    ("Leicestershire beat Somerset", "Leeds drew with Hull"), or the subject
    of a verb in the plural ("Chelsea are top", :func:`plural_subject`): as
    much as a city's own votes in an article that names its country.
    """
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "poss", "nmod") and head.i >= span.end and head.lower_ in CLUB_NOUNS and head.pos_ == "NOUN":
        return 3
    if staff_after(span) or club_post_after(span):  # "Chelsea left-back Wayne Bridge": the parser hangs the name on the player's
        return 3
    if root.dep_ == "pobj" and head.lower_ in ("with", "against") and head.head.lower_ in MATCH_NOUNS:
        return 3  # "the top-of-the-table clash with Chelsea", "their match against Leeds": the other side
    verb = head.head if root.dep_ == "pobj" and head.lower_ in RESULT_PREPOSITIONS else head  # "lost to Chelsea"
    if (root.dep_ in ("nsubj", "dobj") or verb is not head) and (verb.lower_ in RESULT_VERBS or verb.lower_ in HOME_SIDE_VERBS):
        sides = [c for c in verb.children if c.i != root.i and c.dep_ in ("nsubj", "dobj")]
        sides += [g for c in verb.children if c.dep_ == "prep" and c.lower_ in RESULT_PREPOSITIONS for g in c.children
                  if g.dep_ == "pobj" and g.i != root.i]
        # A player plays a player ("Mauresmo plays Australia's Samantha Stosur"): a personal name on either side is no
        # club's result.
        if _personal(span[0], span.root) or any(_personal(s.left_edge, s) for s in sides):
            sides = []
        # The other side a name, or "they"/"we" (a side speaks of itself in the plural: "when they play Chelsea"), or a
        # word for a side ("his side losing 3-2 to Chelsea").
        # "entertain" not between two names the model calls people ("Spurs entertain Brighton" is a fixture; "Mandela
        # entertained Clinton at his home" is a host and a guest).
        if verb.lower_ in HOME_SIDE_VERBS and root.ent_type_ == "PERSON" and all(s.ent_type_ == "PERSON" for s in sides):
            sides = []
        if any(s.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") or s.lower_ in SIDE_WORDS for s in sides):
            return 3
    if _scored_side(span) or plural_subject(span) or side_before(span):  # "Chelsea are doing well", "leaders Chelsea"
        return 3
    return 0


def _personal(first, last) -> bool:
    """A personal name ending at token ``last``: a given name, then a capitalised word, both in the noun phrase from
    ``first`` ("Samantha Stosur" of "Australia's Samantha Stosur"; a possessor before it is left out). Not a given name
    that is also a big city, a US state or a country: "the Florida Marlins", "the Houston Astros" are clubs; nor a last
    word of a club's name: "Crystal Palace", "Lincoln City" (a given name first) are clubs too (``CLUB_NAME_WORDS``)."""
    doc = first.doc
    words = [t for t in doc[first.i:last.i + 1] if t.is_title and (t.i == last.i or t.head.i == last.i and t.dep_ == "compound")]
    first = words[0].text if words else ""
    city = gazetteer.city(first, frozenset()) if first else None
    big = city is not None and gazetteer.own_name(city, first) and city.population >= gazetteer.BIG_CITY
    return len(words) >= 2 and bool(gazetteer.given_name(first)) and not big and not gazetteer.us_state(first) \
        and not gazetteer.country(first) and words[-1].lower_ not in CLUB_NAME_WORDS


def club_post_after(span) -> bool:
    """True for a name before a club's post with its qualifier: "Spurs sporting director Frank Arnesen", "the Leeds
    caretaker boss" (``CLUB_POST_QUALIFIERS``, ``CLUB_POSTS``): only a club has them."""
    doc, i = span.doc, span.end
    word, j = "", i
    while j < len(doc) and (doc[j].is_lower or doc[j].text == "-") and j - i < 3 and doc[j].lower_ not in CLUB_POSTS:
        word, j = word + doc[j].lower_, j + 1
    return word in CLUB_POST_QUALIFIERS and j < len(doc) and doc[j].lower_ in CLUB_POSTS


# The prepositions that join a result's verb to the other side ("drew with Hull", "lost to Chelsea").
RESULT_PREPOSITIONS = ("with", "to", "against")
# Words for one side of a result, where the sentence does not name it ("they play Chelsea", "his side lost to Hull").
SIDE_WORDS = frozenset({"they", "we", "side", "team"})


def staff_after(span) -> bool:
    """True for a name printed right before a word for a club's player or staff (``CLUB_NOUNS``) and a personal name:
    "Chelsea left-back Wayne Bridge", "Chelsea boss Jose Mourinho" (the parser hangs the name on the person's, not on
    the word between, and splits "left-back" in three tokens, joined again here)."""
    doc, i = span.doc, span.end
    if i >= len(doc) or not doc[i].is_lower:
        return False
    word, j = doc[i].lower_, i + 1
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        word, j = f"{word}-{doc[j + 1].lower_}", j + 2
    return word in CLUB_NOUNS and j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].is_title


def side_before(span) -> bool:
    """True for a name right after a plural noun for a side in a competition: "15 points behind leaders Chelsea", "along
    with rivals Leicestershire", "Holders Porto" (``SIDE_NOUNS``): a team. Not a list ("world leaders Anna Berg and Tom
    Hale"), nor a name with a given name and more ("rivals Tom Hale": people)."""
    doc, root = span.doc, span.root
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.lower_ not in SIDE_NOUNS or before.tag_ not in ("NNS", "NNPS", "NNP"):
        return False
    if root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return False
    return not (len(span) >= 2 and gazetteer.given_name(span[0].text))


def _outside_brackets(doc, sent_start: int, i: int) -> bool:
    depth = 0
    for t in doc[sent_start:i]:
        depth += t.text.count("(") - t.text.count(")")
    return depth <= 0


def _scored_side(span) -> bool:
    """A scorecard's side: "Warwickshire 195, Surrey 429-7 (C. Lewis 80 ...)": a name outside brackets followed by its
    score, in a sentence where two names or more are (a player's figures are inside the brackets). Hand-written: no
    library reads scorecards; spaCy tags such a county a person or a place."""
    doc = span.doc
    sent = sentence_of(doc, span.start)

    def scored(i: int) -> bool:  # a number right after a capitalised word that is no date word, outside brackets
        return doc[i].text.isdigit() and i > sent.start and doc[i - 1].is_title and doc[i - 1].lower_ not in DATE_WORDS \
            and _outside_brackets(doc, sent.start, i)

    if span.end >= sent.end or not scored(span.end):
        return False
    return sum(scored(i) for i in range(sent.start + 1, sent.end)) >= 2


# A line of a results table or a fixture list: names, each followed by numbers ("Stoke 4 3 1 0 7 4 10",
# "Bradford 1 Tranmere 0", "NEW YORK 74 59 .556 -"), or two names with "v" between ("Birmingham v Barnsley";
# not "at": "CLEVELAND AT TEXAS" names where the game is played).
_TABLE_NAME = r"[A-Z][\w'.&]*(?:[ -][A-Z][\w'.&]*){0,3}"
_TABLE_NUMBERS = r"(?: (?:\d+(?:[-/.]\d+)*|\.\d+|-))+"
SCORE_LINE = re.compile(rf"{_TABLE_NAME}{_TABLE_NUMBERS}(?: {_TABLE_NAME}{_TABLE_NUMBERS})*|{_TABLE_NAME} (?:v|vs\.?) {_TABLE_NAME}")

# A dateline's date ("LONDON 1996-08-30") is no score.
DATELINE_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


def score_line(text: str) -> bool:
    """True for a block that is one line of a results table or fixture list (see ``SCORE_LINE``).

    A place named there is a club ("Stoke", "TORONTO"): the votes of :func:`club_votes`, which a country
    (a national side, printed as the country) and a personal name never take.
    """
    text = text.strip()
    return len(text) < 120 and "\n" not in text and not DATELINE_DATE.search(text) and bool(SCORE_LINE.fullmatch(text))


# --------------------------------------------------------------------------- the vote rules
# Each is called as ``rule(doc, cut)`` on a cleaned name (``cut``: its bounds, label and block, see
# :class:`factarchive.extract.mentions.Cut`) by :func:`factarchive.extract.mentions.find_mentions`, which iterates the
# registry; a rule's votes add up in the field of the mention it names (a yes/no field is yes when any rule says so).


@rule("vote", "score_line", scope="block", field="table", uses=(score_line,))
def _score_line(doc, block) -> bool:
    """A body block that is one line of a results table (:func:`score_line`): its places are clubs."""
    return block.kind == "body" and score_line(block.text)


@rule("vote", "described_as_org", field="institution", uses=(described_as_org,))
def _described_as_org(doc, cut) -> int:
    return described_as_org(cut.span)


@rule("vote", "org_noun_before_words", field="institution", uses=(org_noun_before_words, described_as_org, _plural_before_one_name,
                                                                singular))
def _org_noun_before_words(doc, cut) -> int:
    """A noun for a body right before the name, read from the words where the parse missed it
    (:func:`org_noun_before_words`): two votes for a body."""
    return org_noun_before_words(cut.span)


@rule("vote", "body_of_a_kind", field="institution", uses=(body_of_a_kind, _org_noun_plural, _list_start, _kind_noun, _kind_before,
                                                         _kind_after, singular))
def _body_of_a_kind(doc, cut) -> int:
    """A name given as one of a kind of body ("companies like Zentrix", :func:`body_of_a_kind`): two votes for a body."""
    return body_of_a_kind(cut.span)


@rule("vote", "alias_of_org", field="institution", uses=(alias_of_org,))
def _alias_of_org(doc, cut) -> int:
    return 2 * alias_of_org(doc, cut.start, cut.end)


@rule("vote", "employer", field="institution", uses=(employer,))
def _employer(doc, cut) -> int:
    return employer(cut.span)


@rule("vote", "which_follows", field="institution", uses=(which_follows,))
def _which_follows(doc, cut) -> int:
    return which_follows(doc, cut.end)


@rule("vote", "plural_subject", field="institution", uses=(plural_subject,))
def _plural_subject(doc, cut) -> int:
    """A name in the singular with a verb in the plural (:func:`plural_subject`): two votes for a body."""
    return 2 * plural_subject(cut.span)


@rule("vote", "plural_relative", field="band", uses=(plural_relative,))
def _plural_relative(doc, cut) -> int:
    """A name in the singular with ", who" and a verb in the plural (:func:`plural_relative`): two votes for a body."""
    return 2 * plural_relative(cut.span)


@rule("vote", "school_member", field="institution", uses=(school_member,))
def _school_member(doc, cut) -> int:
    """A name that modifies a noun for a school's pupil or graduate (:func:`school_member`): two votes for a body."""
    return school_member(cut.span)


@rule("vote", "band_member", field="band", uses=(band_member,))
def _band_member(doc, cut) -> int:
    """A name that modifies a noun for a band's member (:func:`band_member`): two votes for a body."""
    return band_member(cut.span)


@rule("vote", "band_noun_before", field="band", uses=(band_noun_before,))
def _band_noun_before(doc, cut) -> int:
    """A noun for a band right before the name (:func:`band_noun_before`): two votes for a band."""
    return band_noun_before(cut.span)


@rule("vote", "member_after_band", field="band", uses=(member_after_band, band_member))
def _member_after_band(doc, cut) -> int:
    """A noun for a band's member and a personal name right after the name (:func:`member_after_band`): two votes."""
    return member_after_band(cut.span)


@rule("vote", "plural_verb_after", field="band", uses=(plural_verb_after,))
def _plural_verb_after(doc, cut) -> int:
    """A verb in the plural right after a name of one or two words tagged a person (:func:`plural_verb_after`)."""
    return plural_verb_after(cut.span)


@rule("vote", "side_before_name", field="institution", uses=(side_before,))
def _side_before_name(doc, cut) -> int:
    """A name right after a plural noun for a side ("leaders Chelsea", :func:`side_before`): two votes for a body."""
    return 2 * side_before(cut.span)


@rule("vote", "web_service", field="service", uses=(web_service,))
def _web_service(doc, cut) -> int:
    return web_service(cut.span)


@rule("vote", "head_of_body", field="institution", uses=(heads_of_body,))
def _head_of_body(doc, cut) -> int:
    return 2 * heads_of_body(doc, cut.end)


@rule("vote", "thing_votes", field="thing", uses=(thing_votes, _known_place))
def _thing_votes(doc, cut) -> int:
    return thing_votes(doc, cut.start, cut.end)


@rule("vote", "product_votes", field="product", uses=(version_after, new_model, _product_shaped, _placelike, common_noun))
def _product_votes(doc, cut) -> int:
    """What only a product's name takes: its version after it, "the new" before it (one vote each). Not its maker's
    "'s" before it: "Microsoft's Xbox" reads as "Citicorp's Citibank", a firm's own firm."""
    return version_after(doc, cut.start, cut.end) + new_model(doc, cut.start, cut.end)


@rule("vote", "described_as_work", field="work", uses=(described_as_work, _known_place, work_title_after))
def _described_as_work(doc, cut) -> int:
    return described_as_work(cut.span)


@rule("vote", "club_votes", field="club", uses=(club_votes, _scored_side, _outside_brackets, plural_subject, side_before,
                                                 staff_after, club_post_after, _personal))
def _club_votes(doc, cut) -> int:
    """Three in a line of a results table, else what the sentence says (:func:`club_votes`)."""
    return 3 if cut.table else club_votes(cut.span)


def club_words_around(span) -> bool:
    """True for a name the words around it show to be a club's side where the parser hangs it elsewhere: "a" or a
    possessive, a word the model tagged a person or a body, then a noun for a side ("a Chelsea side", "Mourinho's
    Chelsea team", ``TEAM_NOUNS``; not after "the", "the Volgograd side" is the side from Volgograd, nor a place the
    model tagged so, nor a league's name, "a Zurich Premiership side" is a side in it); "in
    the title race" after it; "points behind", "three points clear of" before it (``STANDING_GAPS``); a player's
    position and "for" before it ("a fly-half for Llanelli", ``CLUB_NOUNS``). Counted only for a place's name or a name
    the model tagged a place or a body (:func:`~factarchive.extract.name_votes._club_of_place`): "the Blair team" is his
    staff, "two shots behind Tom Hale" a golfer."""
    doc, start, end = span.doc, span.start, span.end
    after = [t.lower_ for t in doc[end:end + 4]]
    if end == start + 1 < len(doc) and start > 0 and after[0] in TEAM_NOUNS and doc[end].pos_ == "NOUN" \
            and span.root.ent_type_ in ("PERSON", "ORG") \
            and (doc[start - 1].lower_ in ("a", "an") or doc[start - 1].tag_ == "POS"):
        return True
    if after == ["in", "the", "title", "race"]:
        return True
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    if before[-2:] in (["points", "behind"], ["point", "behind"]) or len(before) == 3 and before[0] in ("points", "point") \
            and before[1] in STANDING_GAPS and before[2] == "of":
        return True
    if start < 2 or doc[start - 1].lower_ != "for":
        return False
    k = start - 2  # the player's position, joined again across its hyphens ("fly-half" is three tokens)
    while k > 0 and not doc[k - 1].whitespace_ and (doc[k - 1].text == "-" or doc[k].text == "-"):
        k -= 1
    return doc[k:start - 1].text.lower() in CLUB_NOUNS


@rule("vote", "club_words_around", field="club", uses=(club_words_around, club_votes))
def _club_words_around(doc, cut) -> int:
    """A club's side shown by the words around its name (:func:`club_words_around`): three votes, as a result does
    (:func:`club_votes`); none where that rule gave them already."""
    return 3 * (club_words_around(cut.span) and not cut.table and not club_votes(cut.span))


__all__ = ["alias_of_org", "band_member", "body_of_a_kind", "club_words_around", "band_noun_before", "member_after_band", "plural_verb_after", "club_votes", "described_as_org", "described_as_work", "employer", "new_model", "org_noun_before_words", "plural_relative", "plural_subject", "school_member", "score_line", "side_before", "staff_after", "thing_votes", "version_after", "web_service", "work_title_after",
           "which_follows"]
