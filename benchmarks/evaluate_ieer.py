"""Score the extraction against NIST IE-ER gold tags (94 AP/NYT stories, 1998).

Usage::

    python benchmarks/evaluate_ieer.py [--corpus ../shared/corpus/gold/ieer] [--errors TYPE]

Runs the real extraction (the same model run and the same stages as
``build.py extract``) over the body of every story and prints precision,
recall and F1 per type, for raw spaCy and for factarchive, from one model run:

* PERSON, ORGANIZATION, LOCATION at mention level (exact character spans) and
  at article level (the set of unique names per article, case-folded, without
  "the" and "'s");
* CARDINAL, MONEY, PERCENT, MEASURE as figures (a figure matches a gold number
  it overlaps, one to one), and all four together.

Scoring rules, fixed before looking at any story:

* gold tags marked ``status="opt"`` count neither way;
* the dateline's agency credit ("NAIROBI, Kenya (AP) _") is provenance by
  design (the fact sheet records it as the source, not as an actor), so the
  dateline is left out for both sides;
* raw spaCy is mapped PERSON->PERSON, ORG->ORGANIZATION, GPE/LOC/FAC->LOCATION,
  CARDINAL->CARDINAL, MONEY, PERCENT, QUANTITY->MEASURE; factarchive's
  person, organization, country/place, and figures by unit (% -> PERCENT,
  currency -> MONEY, any other unit -> MEASURE, none -> CARDINAL).

Skips (exit 0, with a message) when the corpus is absent.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "gold" / "ieer"
ENTITY_TYPES = ("PERSON", "ORGANIZATION", "LOCATION")
NUMBER_TYPES = ("CARDINAL", "MONEY", "PERCENT", "MEASURE")
RAW_ENTITY = {"PERSON": "PERSON", "ORG": "ORGANIZATION", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
RAW_NUMBER = {"CARDINAL": "CARDINAL", "MONEY": "MONEY", "PERCENT": "PERCENT", "QUANTITY": "MEASURE"}
OURS_ENTITY = {"person": "PERSON", "organization": "ORGANIZATION", "place": "LOCATION"}
TAG = re.compile(r'<b_(?P<kind>enamex|numex|timex) type="(?P<type>[A-Z]+)"(?P<attrs>[^>]*)>|<e_(?:enamex|numex|timex)>')
DATELINE = re.compile(r"^[A-Z][^()_]*\((?:AP|Reuters|AFP)\) [_-] ")  # "PARIS (AP) -", "SAN`A, Yemen (AP) _"


@dataclass(frozen=True)
class Span:
    type: str
    block: int
    start: int
    end: int
    text: str
    optional: bool = False


@dataclass(frozen=True)
class Story:
    docno: str
    published: str
    paragraphs: tuple[str, ...]
    gold: tuple[Span, ...]


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


def read_stories(path: Path) -> list[Story]:
    """The stories of one IE-ER file, body paragraphs and gold spans per paragraph."""
    raw = path.read_text(encoding="latin-1")
    stories = []
    for doc in re.findall(r"<DOC>(.*?)</DOC>", raw, re.S):
        docno = re.search(r"<DOCNO>\s*(\S+)\s*</DOCNO>", doc).group(1)
        month, day, year = re.search(r"<DATE_TIME>\s*(\d+)/(\d+)/(\d+)", doc).groups()
        body = re.search(r"<TEXT>(.*?)</TEXT>", doc, re.S).group(1)
        body = re.sub(r"<ANNOTATION>.*?</ANNOTATION>", "", body, flags=re.S)
        text, spans = _strip_tags(body)
        paragraphs, gold = [], []
        bounds = [0] + [m.end() for m in re.finditer(r"\n[ ]*\t", text)] + [len(text)]
        for start_at, end_at in zip(bounds, bounds[1:]):
            chunk = text[start_at:end_at]
            lead = start_at + len(chunk) - len(chunk.lstrip())
            chunk = chunk.strip().replace("\n", " ")  # same length: offsets hold
            if not chunk:
                continue
            dateline = DATELINE.match(chunk)
            skip = dateline.end() if dateline else 0
            index = len(paragraphs) + 1  # block 0 is the headline
            paragraphs.append(chunk)
            for kind, typ, start, end, opt in spans:
                if start < lead or start >= lead + len(chunk):
                    continue
                start, end = start - lead, min(end - lead, len(chunk))
                if kind == "timex" or start < skip:
                    continue
                gold.append(Span(typ, index, start, end, chunk[start:end], opt))
        stories.append(Story(docno, f"{year}-{month}-{day}", tuple(paragraphs), tuple(gold)))
    return stories


def _name(text: str) -> str:
    from factarchive.extract.mentions import name_key

    return name_key(text)


class Score:
    """True positives, false positives and false negatives per type."""

    def __init__(self) -> None:
        self.tp, self.fp, self.fn = Counter(), Counter(), Counter()
        self.errors: list[tuple[str, str, str, str]] = []  # (type, "FP"/"FN", docno, text)

    def add(self, typ: str, tp: int, fp: int, fn: int) -> None:
        self.tp[typ] += tp
        self.fp[typ] += fp
        self.fn[typ] += fn

    def prf(self, typ: str) -> tuple[float, float, float]:
        tp, fp, fn = self.tp[typ], self.fp[typ], self.fn[typ]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _optional_hit(span: Span, gold: list[Span]) -> bool:
    return any(g.optional and g.block == span.block and g.start < span.end and span.start < g.end for g in gold)


def score_exact(score: Score, docno: str, gold: list[Span], predicted: list[Span], types: tuple[str, ...]) -> None:
    """Mention level: a prediction is right when type, start and end are the gold's."""
    predicted = [p for p in predicted if not _optional_hit(p, gold)]
    for typ in types:
        g = {(s.block, s.start, s.end): s.text for s in gold if s.type == typ and not s.optional}
        p = {(s.block, s.start, s.end): s.text for s in predicted if s.type == typ}
        score.add(typ, len(g.keys() & p.keys()), len(p.keys() - g.keys()), len(g.keys() - p.keys()))
        score.errors += [(typ, "FP", docno, p[k]) for k in sorted(p.keys() - g.keys())]
        score.errors += [(typ, "FN", docno, g[k]) for k in sorted(g.keys() - p.keys())]


def score_names(score: Score, docno: str, gold: list[Span], predicted: list[Span], types: tuple[str, ...]) -> None:
    """Article level: the set of unique (type, name) pairs per article."""
    optional = {_name(s.text) for s in gold if s.optional}
    for typ in types:
        g = {_name(s.text) for s in gold if s.type == typ and not s.optional}
        p = {_name(s.text) for s in predicted if s.type == typ} - (optional - g)
        score.add(typ, len(g & p), len(p - g), len(g - p))
        score.errors += [(typ, "FP", docno, t) for t in sorted(p - g)]
        score.errors += [(typ, "FN", docno, t) for t in sorted(g - p)]


def score_overlap(score: Score, docno: str, gold: list[Span], predicted: list[Span], label: str | None) -> None:
    """Figures: one-to-one matching of overlapping spans (same type unless ``label`` pools them)."""
    predicted = [p for p in predicted if not _optional_hit(p, gold)]
    for typ in ((label,) if label else NUMBER_TYPES):
        g = [s for s in gold if not s.optional and (label or s.type == typ)]
        p = [s for s in predicted if label or s.type == typ]
        used: set[int] = set()
        tp = 0
        for s in p:
            hit = next((i for i, o in enumerate(g) if i not in used and o.block == s.block and o.start < s.end and s.start < o.end), None)
            if hit is None:
                score.errors.append((typ, "FP", docno, s.text))
            else:
                used.add(hit)
                tp += 1
        score.errors += [(typ, "FN", docno, o.text) for i, o in enumerate(g) if i not in used]
        score.add(typ, tp, len(p) - tp, len(g) - tp)


def _figure_type(unit: str | None) -> str:
    from factarchive.extract.lexicon import CURRENCIES

    if unit is None:
        return "CARDINAL"
    if unit == "%":
        return "PERCENT"
    if unit in set(CURRENCIES.values()):
        return "MONEY"
    return "MEASURE"


def evaluate(corpus: Path) -> dict[str, Score]:
    """Run the model once over every story and score raw spaCy and factarchive."""
    from factarchive.extract.mentions import Block
    from factarchive.extract.nlp import BATCH_SIZE
    from factarchive.extract.pipeline import article_entities, article_figures, extractor_info, facts_from_docs, warm_up
    from factarchive.model import Article

    stories = [s for f in sorted(corpus.iterdir()) if f.name != "README" for s in read_stories(f)]
    started = time.perf_counter()
    nlp = warm_up()
    setup_seconds = time.perf_counter() - started
    extractor = extractor_info()
    blocks = [(s, Block("body", i, p)) for s in stories for i, p in enumerate(s.paragraphs, start=1)]
    started = time.perf_counter()
    docs = list(nlp.pipe((b.text for _, b in blocks), batch_size=BATCH_SIZE))
    model_seconds = time.perf_counter() - started
    words = sum(len(d) for d in docs)

    scores = {name: Score() for name in ("raw names", "ours names", "raw articles", "ours articles",
                                         "raw figures", "ours figures", "raw all figures", "ours all figures")}
    stage_seconds = 0.0
    by_story: dict[str, list] = {}
    for (story, block), doc in zip(blocks, docs):
        by_story.setdefault(story.docno, []).append((doc, block))
    for story in stories:
        parsed = by_story.get(story.docno, [])
        gold = list(story.gold)
        skip = {b.index: (m.end() if (m := DATELINE.match(b.text)) else 0) for _, b in parsed}
        raw_ents = [Span(RAW_ENTITY[e.label_], b.index, e.start_char, e.end_char, e.text)
                    for d, b in parsed for e in d.ents if e.label_ in RAW_ENTITY and e.start_char >= skip[b.index]]
        raw_nums = [Span(RAW_NUMBER[e.label_], b.index, e.start_char, e.end_char, e.text)
                    for d, b in parsed for e in d.ents if e.label_ in RAW_NUMBER and e.start_char >= skip[b.index]]

        article = Article(seed=story.docno, content_hash="", title="", paragraphs=story.paragraphs, published=story.published)
        started = time.perf_counter()
        facts_from_docs(article, story.docno, parsed, extractor)  # timed: every stage after the model
        stage_seconds += time.perf_counter() - started
        resolved = article_entities(article, parsed)
        found = article_figures(parsed)
        ours_ents = [Span(OURS_ENTITY[e.cls], m.block, m.start_char, m.start_char + len(m.text), m.text)
                     for e in resolved if e.cls in OURS_ENTITY for m in e.mentions if m.start_char >= skip[m.block]]
        ours_nums = [Span(_figure_type(f.figure.unit), f.block, f.start_char, f.end_char, f.figure.text)
                     for f in found if f.start_char >= skip[f.block]]

        gold_ents = [s for s in gold if s.type in ENTITY_TYPES]
        gold_nums = [s for s in gold if s.type in NUMBER_TYPES]
        score_exact(scores["raw names"], story.docno, gold_ents, raw_ents, ENTITY_TYPES)
        score_exact(scores["ours names"], story.docno, gold_ents, ours_ents, ENTITY_TYPES)
        score_names(scores["raw articles"], story.docno, gold_ents, raw_ents, ENTITY_TYPES)
        score_names(scores["ours articles"], story.docno, gold_ents, ours_ents, ENTITY_TYPES)
        score_overlap(scores["raw figures"], story.docno, gold_nums, raw_nums, None)
        score_overlap(scores["ours figures"], story.docno, gold_nums, ours_nums, None)
        score_overlap(scores["raw all figures"], story.docno, gold_nums, raw_nums, "FIGURE")
        score_overlap(scores["ours all figures"], story.docno, gold_nums, ours_nums, "FIGURE")

    print(f"IE-ER: {len(stories)} stories, {len(blocks)} paragraphs, {words} tokens")
    print(f"setup once per process (model, gazetteer indexes) {setup_seconds:.1f} s")
    print(f"model {model_seconds:.1f} s ({words / model_seconds:,.0f} tokens/s); "
          f"factarchive stages after it {stage_seconds:.2f} s "
          f"(extraction at {model_seconds / (model_seconds + stage_seconds):.0%} of raw spaCy throughput)")
    return scores


def print_table(scores: dict[str, Score]) -> None:
    """The Markdown table of P/R/F1, raw spaCy beside factarchive."""
    rows = [("mention", t, "names") for t in ENTITY_TYPES] + [("article", t, "articles") for t in ENTITY_TYPES]
    rows += [("figure", t, "figures") for t in NUMBER_TYPES] + [("figure", "FIGURE", "all figures")]
    print("| level | type | gold | raw spaCy P / R / F1 | factarchive P / R / F1 |")
    print("|---|---|---:|---|---|")
    for level, typ, name in rows:
        raw, ours = scores[f"raw {name}"], scores[f"ours {name}"]
        gold = ours.tp[typ] + ours.fn[typ]
        cells = ["{:.3f} / {:.3f} / **{:.3f}**".format(*s.prf(typ)) for s in (raw, ours)]
        print(f"| {level} | {typ if typ != 'FIGURE' else 'all figures'} | {gold} | {cells[0]} | {cells[1]} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 epilog="example: python benchmarks/evaluate_ieer.py --errors 'ours articles:ORGANIZATION'")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of IE-ER gold files")
    ap.add_argument("--errors", metavar="SCORE:TYPE", help="also list the errors of one score, e.g. 'ours articles:PERSON'")
    args = ap.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: no IE-ER gold corpus at {args.corpus}")
        return 0
    scores = evaluate(args.corpus)
    print_table(scores)
    if args.errors:
        name, typ = args.errors.rsplit(":", 1)
        for t, kind, docno, text in scores[name].errors:
            if t == typ:
                print(f"{kind}\t{docno}\t{text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
