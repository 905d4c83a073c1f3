"""The three development gold sets, read into one shape and written as seeds the project's readers read.

Every gold document becomes a :class:`GoldDoc`: its text blocks (block 0 the headline, then paragraphs)
and its gold spans, with character offsets into those blocks. :func:`seed_text` writes it as a plain-text
wire story ("headline, blank line, paragraphs"), which :mod:`factarchive.readers.wire` reads back with the
same headline and paragraphs, so every offset still points at the same text.

* IE-ER (``gold/ieer/``, 94 AP/NYT stories): the real headline (not annotated, so not scored), the story's
  date line, then the body paragraphs; ENAMEX and NUMEX tags are gold, TIMEX is not scored; ``status="opt"``
  tags count neither way.
* CoNLL-2003 ``dev.txt`` (216 Reuters documents, IOB1, four columns): the first sentence (the Reuters
  headline, annotated) is the headline, every later sentence a paragraph ("LONDON 1996-08-30" included:
  it is text the reader keeps); PER, ORG, LOC are gold, MISC counts neither way (it holds nationalities,
  events and works alike).
* OntoNotes 5.0 newswire ``dev.txt`` (294 documents, ``token TAG`` BIO): the documents have no headline
  (a first sentence runs to 454 characters, longer than the reader takes as one), so the headline is a
  neutral, unscored "Newswire story N" and every sentence a paragraph. PERSON, ORG, GPE/LOC/FAC (as LOC),
  MONEY, PERCENT, CARDINAL, QUANTITY are gold. NORP ("Iraqi", "Shiite", "Democrats") counts neither way:
  a nationality or a political group is not a person, an organisation or a place, yet the project may
  fairly list one as a group. DATE, TIME, ORDINAL, PRODUCT, EVENT, WORK_OF_ART, LAW and LANGUAGE are not
  ours to find, so a prediction on one of them is simply wrong.

Only the development splits are read here; the ``train.txt`` files are for training, never for scores.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

GOLD = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "gold"
ENTITY_CLASSES = ("PERSON", "ORG", "LOC")
FIGURE_CLASSES = ("MONEY", "PERCENT", "CARDINAL", "QUANTITY")

IEER_CLASSES = {"PERSON": "PERSON", "ORGANIZATION": "ORG", "LOCATION": "LOC", "CARDINAL": "CARDINAL",
                "MONEY": "MONEY", "PERCENT": "PERCENT", "MEASURE": "QUANTITY"}
CONLL_CLASSES = {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC"}
CONLL_NEUTRAL = {"MISC"}
ONTONOTES_CLASSES = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC", "MONEY": "MONEY",
                     "PERCENT": "PERCENT", "CARDINAL": "CARDINAL", "QUANTITY": "QUANTITY"}
ONTONOTES_NEUTRAL = {"NORP"}


@dataclass(frozen=True)
class Span:
    """One gold (or predicted) span: class, block, character offsets in the block, text."""

    cls: str
    block: int
    start: int
    end: int
    text: str
    optional: bool = False  # counts neither way (IE-ER status="opt", CoNLL MISC, OntoNotes NORP)


@dataclass(frozen=True)
class GoldDoc:
    """One gold document as the seed it is written to: blocks (0 = headline) and gold spans."""

    docid: str
    blocks: tuple[str, ...]
    spans: tuple[Span, ...]
    date_line: str | None = None  # "(03/14/1998 10:36:00)": the wire reader takes it as the story's date
    title_scored: bool = True  # False where the headline carries no gold tags (IE-ER)


def seed_text(doc: GoldDoc) -> str:
    """The document as a plain-text wire story: headline, [date line], blank line, paragraphs."""
    head = [doc.blocks[0]] + ([doc.date_line] if doc.date_line else [])
    return "\n".join(head) + "\n\n" + "\n\n".join(doc.blocks[1:]) + "\n"


# --------------------------------------------------------------------------- detokenising

# Tokenised text back to running text, keeping every token's offset. Written here rather than taken from
# a library (Moses', NLTK's Treebank detokenisers) because those return the string only, and scoring needs
# where each gold token landed; the rules are the Penn Treebank conventions both corpora follow.
BRACKETS = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": '"', "''": '"', "`": "'"}
NO_SPACE_BEFORE = {",", ".", ":", ";", "!", "?", "%", ")", "]", "}", "...", "'s", "'S", "n't", "N'T", "'re", "'ve",
                   "'ll", "'d", "'m", "'RE", "'VE", "'LL", "'D", "'M"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "US$", "C$", "A$", "HK$", "S$"}


def detokenize(tokens: Iterable[str], join_hyphens: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """Running text and each token's (start, end) in it.

    ``join_hyphens``: OntoNotes splits "Asia-Pacific" into "Asia - Pacific" (a dash is "--" there), so a
    lone "-" joins its neighbours; CoNLL keeps words whole and prints "SOCCER - RESULTS", so it does not.
    """
    out: list[str] = []
    offsets: list[tuple[int, int]] = []
    length = 0
    open_double = open_single = False
    glue_next = False
    for raw in tokens:
        tok = BRACKETS.get(raw, raw)
        space = bool(out) and not glue_next
        glue_next = False
        if raw in NO_SPACE_BEFORE or raw in ("-RRB-", "-RSB-", "-RCB-", "''"):
            space = False
        elif raw == "``":
            open_double, glue_next = True, True
        elif raw == '"':
            if open_double:
                space = False
            else:
                glue_next = True
            open_double = not open_double
        elif raw == "'":
            if out and (out[-1].endswith(("s", "S")) and not open_single):  # "workers '" -> "workers'"
                space = False
            elif open_single:
                space, open_single = False, False
            else:
                open_single, glue_next = True, True
        elif raw == "`":
            open_single, glue_next = True, True
        elif join_hyphens and raw in ("-", "/"):
            space, glue_next = False, True
        elif raw == "/":
            space, glue_next = False, True
        if raw in NO_SPACE_AFTER or raw in ("-LRB-", "-LSB-", "-LCB-"):
            glue_next = True
        if space:
            out.append(" ")
            length += 1
        offsets.append((length, length + len(tok)))
        out.append(tok)
        length += len(tok)
    return "".join(out), offsets


def bio_spans(tags: list[str]) -> list[tuple[str, int, int]]:
    """(type, first token, end token) of every tagged span, IOB1 and BIO alike.

    "B-X" always opens a span; "I-X" continues one of type X and opens one after anything else (IOB1's
    rule, which also reads BIO correctly).
    """
    spans: list[tuple[str, int, int]] = []
    current: list | None = None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        continues = prefix == "I" and current is not None and current[0] == typ
        if prefix == "B" or (prefix == "I" and not continues) or prefix == "O":
            if current is not None:
                spans.append(tuple(current))
                current = None
            if prefix in ("B", "I"):
                current = [typ, i, i + 1]
        else:
            current[2] = i + 1
    return spans


def _columns_docs(path: Path, token_col: int, tag_col: int) -> Iterator[tuple[str, list[list[tuple[str, str]]]]]:
    """(document id, sentences of (token, tag)) from a CoNLL-style column file."""
    docid, sentences, current = None, [], []
    count = 0
    # CoNLL's dev.txt opens without a -DOCSTART- line and ends with one: the text before the first marker
    # is a document too, and a marker with nothing after it is none.
    for line in path.read_text(encoding="utf-8").splitlines() + ["-DOCSTART- end"]:
        if line.startswith("-DOCSTART-"):
            if current:
                sentences.append(current)
                current = []
            if sentences:
                count += 1
                yield docid or f"doc{count:04d}", sentences
            rest = line.split()[1:]
            docid = " ".join(rest) if rest and rest[0] != "-X-" else None
            sentences = []
            continue
        cols = line.split()
        if not cols:
            if current:
                sentences.append(current)
                current = []
            continue
        current.append((cols[token_col], cols[tag_col]))


def _sentence_doc(docid: str, sentences: list[list[tuple[str, str]]], classes: dict[str, str], neutral: set[str],
                  join_hyphens: bool, headline: str | None = None) -> GoldDoc:
    """Every sentence a paragraph; the first one is the headline unless ``headline`` (unscored) is given."""
    blocks, spans = ([headline], []) if headline else ([], [])
    for index, sentence in enumerate(sentences, start=len(blocks)):
        text, offsets = detokenize((t for t, _ in sentence), join_hyphens)
        blocks.append(text)
        for typ, first, end in bio_spans([tag for _, tag in sentence]):
            if typ not in classes and typ not in neutral:
                continue
            start, stop = offsets[first][0], offsets[end - 1][1]
            spans.append(Span(classes.get(typ, typ), index, start, stop, text[start:stop], typ in neutral))
    return GoldDoc(docid, tuple(blocks), tuple(spans), title_scored=headline is None)


def read_conll(path: Path) -> list[GoldDoc]:
    """CoNLL-2003 (token, POS, chunk, NER; IOB1) documents."""
    return [_sentence_doc(d, s, CONLL_CLASSES, CONLL_NEUTRAL, join_hyphens=False) for d, s in _columns_docs(path, 0, 3)]


def read_ontonotes(path: Path) -> list[GoldDoc]:
    """OntoNotes newswire (token TAG; BIO) documents, leaving out those with no tag of any of the 18 types.

    15 of the 294 dev documents (the translated ``dev_09_c2e`` and ``p2.5_c2e`` stories) carry no name layer:
    "Iraqi officials said today ... in Sadr City" has not one tag, not even a date. Scored, every name found in
    them would be a false positive for every row, so they are not gold for anything.
    """
    return [_sentence_doc(d, s, ONTONOTES_CLASSES, ONTONOTES_NEUTRAL, join_hyphens=True, headline=f"Newswire story {n}")
            for n, (d, s) in enumerate(_columns_docs(path, 0, 1), start=1)
            if any(tag != "O" for sentence in s for _, tag in sentence)]


# --------------------------------------------------------------------------- IE-ER

TAG = re.compile(r'<b_(?P<kind>enamex|numex|timex) type="(?P<type>[A-Z]+)"(?P<attrs>[^>]*)>|<e_(?:enamex|numex|timex)>')


def _strip_tags(text: str) -> tuple[str, list[tuple[str, str, int, int, bool]]]:
    """Plain text and (kind, type, start, end, optional) of every tag in it."""
    out, spans, stack, pos = [], [], [], 0
    length = 0
    for m in TAG.finditer(text):
        segment = html.unescape(text[pos : m.start()])  # "&amp;" is "&" in the story
        out.append(segment)
        length += len(segment)
        pos = m.end()
        if m.group("kind"):
            stack.append((m.group("kind"), m.group("type"), length, 'status="opt"' in m.group("attrs")))
        else:
            kind, typ, start, opt = stack.pop()
            spans.append((kind, typ, start, length, opt))
    out.append(html.unescape(text[pos:]))
    return "".join(out), spans


def read_ieer_file(path: Path) -> list[GoldDoc]:
    """The stories of one IE-ER file: headline (unscored), date line, body paragraphs with their gold spans."""
    raw = path.read_text(encoding="latin-1")
    docs = []
    for doc in re.findall(r"<DOC>(.*?)</DOC>", raw, re.S):
        docno = re.search(r"<DOCNO>\s*(\S+)\s*</DOCNO>", doc).group(1)
        stamp = re.search(r"<DATE_TIME>\s*([\d/]+ [\d:]+)", doc).group(1)
        headline = re.search(r"<HEADLINE>(.*?)</HEADLINE>", doc, re.S)
        title, _ = _strip_tags(headline.group(1) if headline else "")
        title = " ".join(title.split()) or docno
        body = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S).group(1)
        body = re.sub(r"<ANNOTATION>.*?</ANNOTATION>", "", body, flags=re.S)
        text, tags = _strip_tags(body)
        blocks, spans = [title], []
        bounds = [0] + [m.end() for m in re.finditer(r"\n[ ]*\t", text)] + [len(text)]
        for start_at, end_at in zip(bounds, bounds[1:]):
            chunk = text[start_at:end_at]
            lead = start_at + len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip().replace("\n", " ")  # same length: offsets hold
            if not chunk:
                continue
            index = len(blocks)
            blocks.append(chunk)
            for kind, typ, start, end, opt in tags:
                if kind == "timex" or typ not in IEER_CLASSES or not lead <= start < lead + len(chunk):
                    continue
                start, end = start - lead, min(end - lead, len(chunk))
                spans.append(Span(IEER_CLASSES[typ], index, start, end, chunk[start:end], opt))
        docs.append(GoldDoc(docno, tuple(blocks), tuple(spans), date_line=f"({stamp})", title_scored=False))
    return docs


def read_ieer(folder: Path) -> list[GoldDoc]:
    """All IE-ER stories of the folder (every file but the README)."""
    return [d for f in sorted(folder.iterdir()) if f.is_file() and not f.name.startswith("README") for d in read_ieer_file(f)]


# Set name -> (title, how to read it, where it is under the gold folder).
SETS = {
    "ieer": ("IE-ER (NIST 1999, AP/NYT 1998)", read_ieer, "ieer"),
    "conll": ("CoNLL-2003 dev (Reuters 1996)", read_conll, "conll2003/dev.txt"),
    "ontonotes": ("OntoNotes 5.0 newswire dev", read_ontonotes, "ontonotes_nw/dev.txt"),
}


def load_set(name: str, gold: Path = GOLD) -> list[GoldDoc]:
    """The gold documents of one development set."""
    _, reader, where = SETS[name]
    return reader(gold / where)
