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

from spacy.tokens import Span

from .lexicon import CLUB_NOUNS, POSTING_VERBS, RESULT_VERBS, SERVICE_NOUNS, THING_HYPHEN_WORDS, THING_NOUNS
from .rules import rule

# Nouns for an organisation that a name stands in apposition to, or modifies ("the Plastika factory").
ORG_NOUNS = frozenset({
    "company", "companies", "firm", "corporation", "conglomerate", "business", "bank", "brokerage", "insurer",
    "newspaper", "paper", "daily", "weekly", "magazine", "network", "broadcaster", "channel",
    "publisher", "agency", "studio", "studios", "label", "restaurant", "bistro", "cafe", "hotel", "resort", "chain",
    "retailer", "maker", "manufacturer", "carrier", "airline", "shipyard", "factory",
    "union", "party", "charity", "organization", "organisation", "group", "venture", "start-up", "startup",
    "subsidiary", "unit", "division", "band", "orchestra", "club", "team", "website", "service",
    "consortium", "foundation", "institute", "university", "college", "school", "museum", "theater", "theatre",
    "bookstore", "store", "supermarket", "developer", "operator", "fund", "house",
})
# A person who works somewhere, before "at", "for", "of" and the employer's name.
EMPLOYEE_NOUNS = frozenset({
    "economist", "analyst", "spokesman", "spokeswoman", "spokesperson", "president", "vice-president",
    "chairman", "chairwoman", "executive", "director", "partner", "founder", "co-founder", "employee",
    "employees", "staff", "lawyer", "lawyers", "attorney", "researcher", "researchers", "scientist",
    "scientists", "engineer", "engineers", "editor", "reporter", "correspondent", "producer", "manager",
    "owner", "officer", "strategist", "trader", "broker", "consultant", "worker", "workers", "chef",
})
EMPLOYER_PREPOSITIONS = frozenset({"at", "for", "of", "with"})
# For a name the model missed, not "of": "Director of Public Prosecutions" is an office.
UNTAGGED_EMPLOYER_PREPOSITIONS = frozenset({"at", "for", "with"})
NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


@rule("vote", "described_as_org")
def described_as_org(span) -> int:
    """2 when the name stands in apposition to, or modifies, a noun for an organisation, else 0.

    "her restaurant, Bayona", "At-Plan, a marketing research firm", "the Plastika
    factory". ("a Glasgow firm" says where a firm is: the gazetteer's places do
    not take these votes, see :func:`factarchive.extract.entities._vote`.)
    """
    root = span.root
    head = root.head
    if root.dep_ == "appos" and _org_noun(head) and 0 < span.start - head.i <= 2:
        return 2
    # The apposition starts right after the name's comma.
    if any(child.dep_ == "appos" and _org_noun(child) and child.left_edge.i == span.end + 1 for child in root.children):
        return 2
    return 2 * (root.dep_ == "compound" and _org_noun(head) and head.lower_ != "house")


def _org_noun(tok) -> bool:
    return tok.lower_ in ORG_NOUNS and tok.pos_ == "NOUN"


@rule("vote", "employer")
def employer(span) -> bool:
    """True for the place of work of someone named by a job: "chief economist at Merrill Lynch"."""
    root = span.root
    prep = root.head
    return root.dep_ == "pobj" and prep.lower_ in EMPLOYER_PREPOSITIONS and prep.head.lower_ in EMPLOYEE_NOUNS


def _org_token(tok) -> bool:
    return tok.ent_type_ == "ORG"


@rule("vote", "alias_of_org")
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


@rule("vote", "which_follows")
def which_follows(doc, end: int) -> bool:
    """True when ", which" follows the name: said of a thing or a body, not of a person."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "which"


WEB_NAME = re.compile(r"[A-Z][\w-]*\.(?:com|net|org)")


def _untagged_name(doc, i: int) -> Span:
    """The capitalised proper nouns the model left untagged that end at token ``i``: "Freedom Forum", "At-Plan"."""
    start = i
    while start > 0 and i - start < 3 and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
            and doc[start - 1].text[:1].isupper():
        start -= 1
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_:
        start -= 2  # "At-Plan"
    return Span(doc, start, i + 1, label="ORG")


@rule("find", "described_orgs")
def described_orgs(doc, text: str) -> list:
    """Names the model left untagged that the sentence calls an organisation.

    "At-Plan, a marketing research firm", "employees at the Smithsonian", and
    web names ("Goto.com"). ``text`` is the block's text (``doc.text`` is rebuilt on every access).
    """
    spans = []
    if ".com" in text or ".net" in text or ".org" in text:  # most blocks have none: skip the regex
        spans += [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if not t.ent_type_ and WEB_NAME.fullmatch(t.text)]
    for tok in doc:
        low = tok.lower_
        if low in UNTAGGED_EMPLOYER_PREPOSITIONS:
            if tok.head.lower_ not in EMPLOYEE_NOUNS:
                continue
            for obj in tok.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not obj.ent_type_ and obj.text[:1].isupper():
                    name = _untagged_name(doc, obj.i)
                    before = doc[name.start - 1] if name.start else None
                    if before is None or not (before.ent_type_ in NAME_TYPES or before.tag_ == "POS"):
                        spans.append(name)  # not the rest of a tagged name: "TV Books" + "LLC", "Standard & Poor's" + "DRI"
        elif low in ORG_NOUNS and low != "house" and tok.pos_ == "NOUN":
            names = [c for c in tok.children if c.dep_ == "appos"] + ([tok.head] if tok.dep_ == "appos" else [])
            spans += [_untagged_name(doc, n.i) for n in names if n.pos_ == "PROPN" and not n.ent_type_ and n.text[:1].isupper()]
    return spans





# --------------------------------------------------------------------------- things, services, clubs


@rule("vote", "thing_votes")
def thing_votes(doc, start: int, end: int) -> int:
    """Votes that the name is a work, a product or an award, from the sentence (0 when none).

    Two for a name that modifies a noun for a work or product ("the Star Wars
    film", "the Nintendo Switch console", "an Oscar nomination") or for an award
    joined to "winning" or "nominated" ("Oscar-winning director"); one for a
    name counted like a thing ("won an Oscar": a personal name takes no "an").
    """
    root = doc[start:end].root
    head = root.head
    votes = 2 * (root.dep_ in ("compound", "amod", "nmod") and head.i >= end and head.lower_ in THING_NOUNS and head.pos_ == "NOUN")
    if root.dep_ not in ("compound", "amod", "nmod") and start > 0 and doc[start - 1].lower_ in ("a", "an") and not doc[start - 1].is_title:
        votes += 1
    if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].lower_ in THING_HYPHEN_WORDS:
        votes += 2
    return votes


@rule("vote", "web_service")
def web_service(span) -> int:
    """2 when the name is a web service: it modifies "account", "page", "followers", or is posted "on" ("posted on Twitter")."""
    root = span.root
    if root.dep_ == "compound" and root.head.lower_ in SERVICE_NOUNS:
        return 2
    tok = root
    while tok.dep_ == "conj" and tok.head.i != tok.i:  # "on Facebook, Twitter and Instagram"
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "via", "to"):
        verbs = [tok.head.head, tok.head.head.head]
        if any(v.lower_ in POSTING_VERBS and v.pos_ in ("VERB", "ADJ", "AUX") for v in verbs):
            return 2
    return 0


@rule("vote", "club_votes")
def club_votes(span) -> int:
    """Votes that a place's name stands for its sports club here (0 when none).

    Three where it modifies a word for a club's player or staff ("Glasgow
    flanker", "the Leeds striker") or is one side of a result with another name
    ("Leicestershire beat Somerset", "Leeds drew with Hull"): as much as a
    city's own votes in an article that names its country.
    """
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "poss", "nmod") and head.i >= span.end and head.lower_ in CLUB_NOUNS and head.pos_ == "NOUN":
        return 3
    if root.dep_ in ("nsubj", "dobj") and head.lower_ in RESULT_VERBS:
        sides = [c for c in head.children if c.i != root.i and c.dep_ in ("nsubj", "dobj")]
        sides += [g for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "to", "against") for g in c.children if g.dep_ == "pobj"]
        if any(s.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "PERSON") for s in sides):
            return 3
    return 0


# A line of a results table or a fixture list: names, each followed by numbers ("Stoke 4 3 1 0 7 4 10",
# "Bradford 1 Tranmere 0", "NEW YORK 74 59 .556 -"), or two names with "v" between ("Birmingham v Barnsley";
# not "at": "CLEVELAND AT TEXAS" names where the game is played).
_TABLE_NAME = r"[A-Z][\w'.&]*(?:[ -][A-Z][\w'.&]*){0,3}"
_TABLE_NUMBERS = r"(?: (?:\d+(?:[-/.]\d+)*|\.\d+|-))+"
SCORE_LINE = re.compile(rf"{_TABLE_NAME}{_TABLE_NUMBERS}(?: {_TABLE_NAME}{_TABLE_NUMBERS})*|{_TABLE_NAME} (?:v|vs\.?) {_TABLE_NAME}")

# A dateline's date ("LONDON 1996-08-30") is no score.
DATELINE_DATE = re.compile(r"\b\d{4}-\d\d-\d\d\b")


@rule("vote", "score_line")
def score_line(text: str) -> bool:
    """True for a block that is one line of a results table or fixture list (see ``SCORE_LINE``).

    A place named there is a club ("Stoke", "TORONTO"): the votes of :func:`club_votes`, which a country
    (a national side, printed as the country) and a personal name never take.
    """
    text = text.strip()
    return len(text) < 120 and "\n" not in text and not DATELINE_DATE.search(text) and bool(SCORE_LINE.fullmatch(text))


__all__ = ["alias_of_org", "club_votes", "described_as_org", "described_orgs", "employer", "score_line", "thing_votes", "web_service", "which_follows"]
