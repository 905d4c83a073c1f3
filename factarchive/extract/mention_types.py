"""The records a name passes through: a parsed block of text (:class:`Block`), a candidate name on its way through
the clean rules (:class:`Cut`), and one cleaned occurrence of a name in a sentence (:class:`Mention`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from spacy.tokens import Span

from .candidates import GAZETTEER_ONLY, name_key


# Works, products and events are kept as "thing": never a fact, but their mentions vote, so that a name the
# model tags a work in one sentence and a person in another is not made a person by the one vote alone.
ENTITY_LABELS = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group",
                 GAZETTEER_ONLY: "place", "PRODUCT": "thing", "WORK_OF_ART": "thing", "EVENT": "thing"}
# Parts of speech that do not begin a name ("Echoing Annan", "Asked Smith").
NOT_NAME_POS = frozenset({"VERB", "AUX", "ADV", "ADP", "SCONJ", "PRON", "PART", "INTJ"})
POSITIONS = {"l": "L", "left": "L", "r": "R", "right": "R", "c": "C", "center": "C", "centre": "C",
             "front": "front", "back": "back", "top": "top", "bottom": "bottom"}


@dataclass(frozen=True)
class Block:
    """A unit of article text parsed as one spaCy Doc."""

    kind: str  # "title", "body" or "caption"
    index: int  # position in the article (title 0, then body, then captions)
    text: str


@dataclass(frozen=True)
class Mention:
    """One occurrence of a name in one sentence."""

    text: str
    label: str  # one of ENTITY_LABELS' values
    spacy_label: str
    block: int
    start_char: int
    sentence: str
    role: Optional[str] = None
    position: Optional[str] = None  # where a caption places the person: L, R, C
    dep: str = ""  # dependency label of the span's root: tells a subject from a modifier
    provenance: bool = False  # a credit or an agency cited as the source of a statement
    locative: bool = False  # right after "in", "near", "at": said of a place
    titled: bool = False  # after "Mr", "Ms.", "President": said of a person
    settlement: bool = False  # after "the town of", "the city of": a city, whatever the gazetteer knows
    speaker: bool = False  # the subject of "said", "told": someone who speaks
    institution: int = 0  # votes for an organisation from the sentence (factarchive.extract.cues)
    service: int = 0  # votes for a web service from the sentence ("said on Twitter", "a Twitter account": a body)
    band: int = 0  # votes for a band, a body of people, that no person's name takes ("X frontman Y", "X, who were")
    shouted: bool = False  # in a subheading printed in capitals: kept only where named elsewhere or known
    thing: int = 0  # votes for a work, product or award from the sentence ("won an Oscar", "the Star Wars film")
    product: int = 0  # votes for a product from what only a product's name takes ("Xbox 2", "the new iPod")
    work: int = 0  # a noun for a work before it or in apposition ("the film Ray", "crime drama Vera Drake"): the work itself
    club: int = 0  # votes for the sports club named after a place ("Glasgow flanker", "Leicestershire beat Somerset")
    table: bool = False  # in a line of a results table ("Stoke 4 3 1 0 7 4 10"): a club, whatever the name is elsewhere

    @property
    def key(self) -> str:
        return name_key(self.text)

    @property
    def order(self) -> tuple[int, int]:
        return (self.block, self.start_char)


class Cut:
    """A candidate name on its way through the clean rules: its bounds in the block's doc, its label, and what its
    block says of every name in it. A clean rule returns the cut (its bounds or label changed, or as it was) or None
    (no name of the article); the vote rules then read the cleaned cut."""

    __slots__ = ("doc", "ent", "start", "end", "label", "titled", "role", "possessive", "cleaned", "_span", "kind", "titles",
                 "shouted", "table", "roster", "provenance")

    def __init__(self, doc, ent, label: str, block: Block, facts: dict, provenance: frozenset[str]):
        self.doc = doc
        self.ent = ent  # the candidate span, as found (its label_ is the model's or the find rule's)
        self.start, self.end, self.label = ent.start, ent.end, label
        self.titled = False  # a title was read before the name ("Mr", "President")
        self.role: Optional[str] = None  # an office title before or after a person's name
        self.possessive = False  # an organisation's name ends in its own "'s" ("Moody's said")
        self.cleaned: Optional[str] = None  # the name as printed, tidied (set by the clean rule ``clean_name``)
        self._span = None  # doc[start:end], made when asked for (see ``span``)
        self.kind = block.kind
        self.titles: frozenset[int] = facts.get("titles", frozenset())
        self.shouted = bool(facts.get("shouted"))
        self.table = bool(facts.get("table"))
        self.roster = bool(facts.get("roster"))  # the block is a team sheet: a list of players' names
        self.provenance = provenance

    @property
    def span(self):
        """``doc[start:end]``, made once per bounds: a clean rule that moves the bounds gets a new one (the ~180 rules
        a name passes read it; spaCy makes a new Span at every slicing)."""
        span = self._span
        if span is None or span.start != self.start or span.end != self.end:
            doc, start, end = self.doc, self.start, self.end
            # Span() itself where the bounds are the doc's (always, for a cut): slicing runs spaCy's normalize_slice
            span = self._span = Span(doc, start, end) if 0 <= start <= end <= len(doc) else doc[start:end]
        return span

    @property
    def text(self) -> str:
        """The name: as tidied by ``clean_name``, else as printed between the cut's bounds."""
        return self.cleaned if self.cleaned is not None else self.span.text
