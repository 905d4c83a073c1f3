"""Vote rules of scope ``span`` that read the sentence around a name: a credited source, "in", "the town of", a noun
for a person in apposition, the subject of "said". Registered after :mod:`factarchive.extract.cues`' votes.
"""

from __future__ import annotations

from .candidates import dateline_credit, name_key, state_after_place
from .lexicon import LOCATIVE, ORG_WORDS, REPORTING_VERBS, SETTLEMENTS
from .mention_types import Cut
from .name_context import _described_as_person, _is_attribution
from .rules import rule


@rule("vote", "credited_source", field="provenance", uses=(_is_attribution, dateline_credit))
def _credited_source(doc, cut: Cut) -> bool:
    """An agency or outlet the article credits, cited as a source: in a caption, "said Reuters", "NAIROBI (AP)"."""
    return name_key(cut.text) in cut.provenance and (cut.kind == "caption" or _is_attribution(cut.span)
                                                     or dateline_credit(doc, cut.start, cut.end))


@rule("vote", "locative", field="locative")
def _locative(doc, cut: Cut) -> bool:
    """Right after "in", "near", "at": said of a place."""
    return cut.start > 0 and doc[cut.start - 1].lower_ in LOCATIVE


@rule("vote", "settlement_of", field="settlement")
def _settlement_of(doc, cut: Cut) -> bool:
    """After "the town of", "the city of": a city, whatever the gazetteer knows."""
    return cut.start > 1 and doc[cut.start - 1].lower_ == "of" and doc[cut.start - 2].lower_ in SETTLEMENTS


@rule("vote", "city_before_state", field="settlement", uses=(state_after_place,))
def _city_before_state(doc, cut: Cut) -> bool:
    """"College Station, TX", "Grass Valley, Calif.": a name right before a comma and a US state's abbreviation is a
    town of that state, though the model tagged it a person or a body; not a body's name with a body's word in it
    ("State University at Buffalo, N.Y.": the university of that town; "College Station" tagged a person is a town)."""
    return cut.end + 1 < len(doc) and state_after_place(doc, cut.end + 1) and doc[cut.end - 1].is_title \
        and not (cut.label == "organization" and any(t.lower_ in ORG_WORDS for t in doc[cut.start:cut.end]))


@rule("vote", "described_as_person", field="titled", uses=(_described_as_person,))
def _described_as_person_vote(doc, cut: Cut) -> bool:
    """A person's or an organisation's name in apposition to a noun for a person ("X, the baritone")."""
    return cut.label in ("person", "organization") and _described_as_person(cut.span)


@rule("vote", "speaker", field="speaker")
def _speaker(doc, cut: Cut) -> bool:
    """The subject of "said", "told": someone who speaks."""
    return cut.span.root.dep_ == "nsubj" and cut.span.root.head.lower_ in REPORTING_VERBS
