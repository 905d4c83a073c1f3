"""Mentions: every name in one parsed block, cleaned (stages ``entities.mentions``, ``entities.complete``).

The candidates of :mod:`factarchive.extract.candidates` are trimmed of "the"
and "'s", full names restored where the model cut them short, titles and
honorifics split off (office titles kept as roles, also from apposition:
"Vladimir Putin, the Russian president,"), credits and agencies marked as
provenance, names that are not facts dropped (:mod:`factarchive.extract.filters`),
and what the sentence says of each name recorded (:mod:`factarchive.extract.cues`).
What each name *is* is decided later, once per article (:mod:`factarchive.extract.entities`).

This module runs the registry's rules over one block (:func:`find_mentions`); the rules and records live in modules of
one job each: :mod:`~factarchive.extract.mention_types` (:class:`Block`, :class:`Cut`, :class:`Mention`),
:mod:`~factarchive.extract.name_context` (what the words around a name say), the clean rules in the order a name passes
through them (:mod:`~factarchive.extract.clean_bounds`, :mod:`~factarchive.extract.clean_kinds`,
:mod:`~factarchive.extract.clean_drops`), :mod:`~factarchive.extract.sentence_votes`, and
:mod:`~factarchive.extract.mention_links` (stage ``entities.complete``: :func:`complete_mentions`).
"""

from __future__ import annotations

from typing import Iterable, Optional

from spacy.util import filter_spans as spacy_filter_spans

# Importing registers the rules, in this order (the order a name passes through them; see rules.py):
from . import cues, filters, rules  # noqa: F401 (cues and filters register their vote and block rules)
from . import clean_bounds, clean_kinds, clean_drops, sentence_votes  # noqa: F401 (the clean and vote rules of a span)
from .candidates import GAZETTEER_ONLY, name_key, name_words, party_member, warm_up
from .lexicon import AGENCIES
from .mention_links import complete_mentions
from .mention_types import ENTITY_LABELS, Block, Cut, Mention
from .name_context import _position_after
from .nlp import sentence_text


# Fields of a mention that are yes or no (the others count votes).
YES_NO_FIELDS = frozenset({"provenance", "locative", "titled", "settlement", "speaker", "shouted", "table"})


def find_mentions(doc, block: Block, provenance_names: Iterable[str] = ()) -> list[Mention]:
    """Every name in one parsed block, cleaned (stage ``entities.mentions``).

    The registry's rules, each step iterated in order (:func:`factarchive.extract.rules.active`): the ``find`` rules
    offer candidates (overlaps resolved by spaCy's ``filter_spans``: the longest, then the first offered); the block
    rules say what the block says of every name in it; each candidate passes through the ``clean`` rules of scope
    ``span`` until one drops it; the ``vote`` rules of scope ``span`` give the mention's fields.
    """
    provenance = frozenset({name_key(n) for n in provenance_names} | set(AGENCIES))
    text = block.text
    candidates = [span for _, find in rules.active("find", "block") for span in find(doc, text)]
    facts = {r.field: fact(doc, block) for step in ("clean", "vote") for r, fact in rules.active(step, "block")}
    cleaners = rules.active("clean", "span")
    voters = rules.active("vote", "span")
    found: list[Mention] = []
    for ent in sorted(spacy_filter_spans(candidates), key=lambda e: e.start):
        label = ENTITY_LABELS.get(ent.label_)
        if label is None:
            continue
        cut: Optional[Cut] = Cut(doc, ent, label, block, facts, provenance)
        for _, clean in cleaners:
            cut = clean(doc, cut)
            if cut is None:
                break
        if cut is None:
            continue
        span = cut.span
        fields = {"titled": cut.titled, "shouted": cut.shouted, "table": cut.table}
        for r, vote in voters:
            value = vote(doc, cut)
            if value:
                fields[r.field] = fields.get(r.field, 0) + value
        fields = {k: bool(v) if k in YES_NO_FIELDS else int(v) for k, v in fields.items()}
        found.append(
            Mention(
                text=cut.text,
                label=cut.label,
                spacy_label=ent.label_,
                block=block.index,
                start_char=span.start_char,
                sentence=sentence_text(doc, span.start),
                role=cut.role,
                position=_position_after(doc, cut.end) if block.kind == "caption" else None,
                dep=span.root.dep_,
                **fields,
            )
        )
    return found


__all__ = ["ENTITY_LABELS", "GAZETTEER_ONLY", "Block", "Cut", "Mention", "complete_mentions", "find_mentions", "name_key", "name_words",
           "party_member", "warm_up"]
