"""Mentions completed across the article (stage ``entities.complete``): surnames the model missed, two surnames
joined by a hyphen, a province word beside a bare place name.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from typing import Optional

from . import gazetteer
from .lexicon import ORG_WORDS, PROVINCE_WORDS
from .candidates import name_key, title_word
from .mention_types import Mention
from .nlp import sentence_text, texts_of
from .rules import rule


# "Blair-Brown", "Blair and Brown": two surnames joined by a hyphen or by "and".
JOINED_SURNAMES = re.compile(r"([A-Z][\w']+)(?:-| and )([A-Z][\w']+)")


@rule("link", "split_joined_surnames", scope="mentions", off=lambda m, surnames: [m])
def _split_joined_surnames(m: Mention, surnames: dict[str, set[str]]) -> list[Mention]:
    """"Blair-Brown" (tagged an organisation), "Blair and Brown are like squabbling school kids" (tagged a person or a
    body) where the article names Tony Blair and Gordon Brown: the two men ("Marks and Spencer" stays whole where the
    article names no one called Marks and no one called Spencer, and where the sentence says it is a body: "Marks and
    Spencer shares fell", "retailer Marks and Spencer", beside a Mr Marks and a Ms Spencer)."""
    match = JOINED_SURNAMES.fullmatch(m.text)
    if not match or any(len(surnames.get(part, ())) != 1 for part in match.groups()) or m.label == "organization" and m.institution:
        return [m]
    return [replace(m, text=part, label="person", start_char=m.start_char + match.start(k), institution=0, service=0, club=0, thing=0)
            for k, part in enumerate(match.groups(), start=1)]


PROVINCE_AFTER = re.compile(r" (" + "|".join(sorted(PROVINCE_WORDS)) + r")\b")


@rule("link", "with_province", scope="mentions", off=lambda docs_blocks, mentions: mentions)
def _with_province(docs_blocks, mentions: list[Mention]) -> list[Mention]:
    """"in Idlib province" where the article also names Idlib alone: the mention is "Idlib province" (an alias of Idlib).

    Only beside a bare mention: a region the article names with its division word alone keeps
    the name the model read, since newswire style varies on whether the word is the name's.
    """
    texts = {block.index: block.text for _, block in docs_blocks}

    def province(m: Mention) -> Optional[str]:
        text = texts.get(m.block, "")
        end = m.start_char + len(m.text)
        match = PROVINCE_AFTER.match(text, end) if m.label == "place" and text[m.start_char:end] == m.text else None
        return match.group(0) if match else None

    words = {id(m): province(m) for m in mentions}
    bare = {m.key for m in mentions if m.label == "place" and words[id(m)] is None}
    return [replace(m, text=m.text + words[id(m)]) if words[id(m)] and m.spacy_label == "GPE" and m.key in bare else m
            for m in mentions]


@rule("link", "capital_only_by_position", scope="mentions", off=lambda docs_blocks, mentions: mentions)
def _capital_only_by_position(docs_blocks, mentions: list[Mention]) -> list[Mention]:
    """"House prices fell in November" where the article also prints "house prices": a one-word name printed only at
    the start of a sentence or a headline, whose word the article prints in lower case elsewhere and never with a
    capital inside a sentence, is a common word capitalised by its place, not a name ("Apple shares rose" stays a firm
    where the article never prints "apple"; "this House" inside a sentence keeps the Commons). Not a person's name
    (the model's person tags of a sentence's first word are left to the person rules)."""
    initial = defaultdict(list)
    for m in mentions:
        if m.label != "person" and " " not in m.text and m.text.isalpha() and m.text.istitle() and m.sentence.startswith(m.text):
            initial[m.text].append(m)
    if not initial:
        return mentions
    keys = {m.key for m in mentions if m.text not in initial or not m.sentence.startswith(m.text)}
    lower, inside = set(), set()
    for doc, _ in docs_blocks:
        for i, text in enumerate(texts_of(doc)):  # (spaCy's is_lower is str.islower)
            if text.istitle() and text in initial:
                if not doc[i].is_sent_start:
                    inside.add(text)
            elif text.islower() and text.capitalize() in initial:
                lower.add(text.capitalize())
    common = {word for word in initial if word in lower and word not in inside and initial[word][0].key not in keys}
    return [m for m in mentions if not (m.text in common)] if common else mentions


# "Yahoo and Lycos", "del Ponte and Skuratov": two names joined by "and" (each of one to four words, the first
# capitalised or after a lower-case particle).
JOINED_NAMES = re.compile(r"((?:[a-z]{1,3} )?[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}) and ([A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3})")


@rule("link", "pair_named_apart", scope="mentions", off=lambda mentions: mentions)
def _pair_named_apart(mentions: list[Mention]) -> list[Mention]:
    """"visitors to Yahoo and Lycos", "del Ponte and Skuratov said" taken as one name: where the article names each of
    the two alone elsewhere (or each is the end of a person's full name: "Carla del Ponte"), the mention is the two, each
    of the kind most of its mentions there have. A firm named for two ("Marks and Spencer") stays whole where the
    article does not name both halves alone, or where the sentence says it is a body although both halves are people's
    names there ("retailer Marks and Spencer" beside a Mr Marks and a Ms Spencer); so does a name the gazetteer knows
    whole ("Trinidad and Tobago")."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:
        if " and " not in m.text:
            counts[m.key][m.label] += 1
            words = m.key.split()
            if m.label == "person":
                for k in range(1, len(words)):
                    counts[" ".join(words[k:])]["person"] += 1
    alone = {key: labels.most_common(1)[0][0] for key, labels in counts.items()}  # the kind most of its mentions have
    out = []
    for m in mentions:
        match = JOINED_NAMES.fullmatch(m.text) if m.label != "thing" else None
        parts = match.groups() if match else ()
        if not parts or any(name_key(p) not in alone for p in parts) or gazetteer.lookup(m.text) \
                or m.label == "organization" and m.institution and all(alone[name_key(p)] == "person" for p in parts):
            out.append(m)
            continue
        out += [replace(m, text=p, label=alone[name_key(p)], start_char=m.start_char + match.start(k), institution=0, service=0,
                        club=0, thing=0) for k, p in enumerate(parts, start=1)]
    return out


@rule("link", "surname_inside_other_name", scope="mentions", off=lambda doc, tok: False)
def _inside_other_name(doc, tok) -> bool:
    """"First Choice Foods" where the article also names "Michael Foods": a word that ends a personal name elsewhere is
    no surname here when it is a word a body's name ends in and no census surname ("Foods", ``ORG_WORDS``), or when capitalised words that are
    no title run into it ("Basic American Foods"): it ends another name (hand-written: which tokens the model left
    untagged is the question, which no library answers). Not after a given name ("Tony Blair" untagged is still Blair)."""
    if tok.lower_ in ORG_WORDS and not gazetteer.surname(tok.text):  # "Post" is a surname too ("Post said")
        return True
    before = doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and not before.is_sent_start and before.is_title and before.pos_ == "PROPN" \
        and not title_word(before) and not gazetteer.given_name(before.text)


def complete_mentions(docs_blocks, mentions: list[Mention]) -> list[Mention]:
    """Find the surnames of the article's people where the model missed them (stage ``entities.complete``).

    "the Putin-Erdogan talks" names both men; the model tags neither. A token is
    taken only when it is a proper noun that equals the last word of exactly one
    person named elsewhere in the article. A name of two such surnames joined
    by a hyphen ("Blair-Brown", tagged an organisation) is the two people.
    """
    mentions = _with_province(docs_blocks, mentions)
    mentions = _capital_only_by_position(docs_blocks, mentions)
    mentions = _pair_named_apart(mentions)
    surnames: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.label == "person":
            words = m.text.split()
            if len(words) >= 2:
                surnames[words[-1]].add(m.key)
    if not surnames:
        return mentions
    mentions = [part for m in mentions for part in _split_joined_surnames(m, surnames)]
    covered = {(m.block, m.start_char) for m in mentions}
    spans = defaultdict(list)
    for m in mentions:
        spans[m.block].append((m.start_char, m.start_char + len(m.text)))
    added = []
    for doc, block in docs_blocks:
        for i, text in enumerate(texts_of(doc)):
            owners = surnames.get(text)
            if not owners or len(owners) != 1:
                continue
            tok = doc[i]
            if tok.pos_ != "PROPN":
                continue
            if (block.index, tok.idx) in covered or any(a <= tok.idx < b for a, b in spans[block.index]) \
                    or _inside_other_name(doc, tok):
                continue
            added.append(Mention(text=tok.text, label="person", spacy_label="", block=block.index,
                                 start_char=tok.idx, sentence=sentence_text(doc, tok.i), dep=tok.dep_))
    return sorted(mentions + added, key=lambda m: m.order)
