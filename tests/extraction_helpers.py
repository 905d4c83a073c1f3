"""Helpers for the entity tests: mentions of invented paragraphs, with the model or with its tags given.

``mentions_tagged`` sets the model's entities by hand, so that a rule written
against a mistake a model makes ("Afula" tagged a person) is tested whatever
the shipped model says of the sentence today.
"""

from __future__ import annotations

from factarchive.extract import entities, figures, mentions
from factarchive.extract.mentions import Block, Mention


def mentions_of(nlp, *paragraphs, provenance=()):
    """Mentions as the stages ``entities.mentions`` and ``entities.complete`` find them."""
    parsed = [(nlp(p), Block("body", i, p)) for i, p in enumerate(paragraphs, start=1)]
    return mentions.complete_mentions(parsed, [m for doc, block in parsed for m in mentions.find_mentions(doc, block, provenance)])


def doc_tagged(nlp, text, spans):
    """``text`` parsed, its entities set by hand: ``(name, label)`` pairs, in order (each found after the last)."""
    doc, ents, pos = nlp(text), [], 0
    for name, label in spans:
        start = text.index(name, pos)
        pos = start + len(name)
        ents.append(doc.char_span(start, pos, label=label))
    doc.ents = ents
    return doc


def mentions_tagged(nlp, *paragraphs):
    """As ``mentions_of``, each paragraph a ``(text, [(name, label), ...])`` pair: the model's entities, in order."""
    parsed = [(doc_tagged(nlp, text, tagged), Block("body", i, text)) for i, (text, tagged) in enumerate(paragraphs, start=1)]
    return mentions.complete_mentions(parsed, [m for doc, block in parsed for m in mentions.find_mentions(doc, block)])


def figures_tagged(nlp, text, spans):
    """Figures of one sentence whose number spans are given as ``(text, label)`` pairs, in order."""
    return [f.figure for f in figures.find_figures(doc_tagged(nlp, text, spans))]


def resolved(found):
    return [(e.name, e.cls, sorted({m.text for m in e.mentions})) for e in entities.resolve_entities(found)]


def mention(text, label, order, spacy_label="", **kw):
    return Mention(text=text, label=label, spacy_label=spacy_label, block=1, start_char=order, sentence=f"s{order}", **kw)


def facts(found):
    """(actors, locations) of a sheet made from ``found`` mentions."""
    from factarchive.extract import entities

    resolved_entities = entities.resolve_entities(found)
    return entities.to_facts(resolved_entities, entities.assign_ids(resolved_entities))


def figures_of(nlp, sentence):
    """The figures found in one sentence, before ids and merging (``Figure.id`` is "")."""
    from factarchive.extract import figures

    return [f.figure for f in figures.find_figures(nlp(sentence))]
