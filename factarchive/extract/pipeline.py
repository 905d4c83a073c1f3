"""The extraction pipeline: named, versioned stages from Article to FactSheet.

The model runs once over every block of every article (``nlp.pipe``); each stage
after it is a pure function of the parsed blocks and of what earlier stages
found. Each stage's version is derived from its source (:mod:`.versions`), and
the fact sheet records every version, so a later build knows what to redo.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Iterable, Iterator, Sequence

from ..model import Article, Extractor, FactSheet
from . import ages, captions, dates, entities, figures, gazetteer, mentions
from .nlp import BATCH_SIZE, load_model
from .versions import extractor_info

PICTURED_DEPS = ("nsubj", "nsubjpass", "ROOT")


def blocks_of(article: Article) -> list[mentions.Block]:
    """The article's text as the model reads it: headline, body paragraphs, captions."""
    blocks = [mentions.Block("title", 0, article.title)]
    blocks += [mentions.Block("body", i, p) for i, p in enumerate(article.paragraphs, start=1)]
    first = len(blocks)
    blocks += [mentions.Block("caption", first + i, c.text) for i, c in enumerate(captions.unique_captions(article.captions))]
    return blocks


def article_entities(article: Article, parsed: Sequence[tuple[object, mentions.Block]]) -> list[entities.Entity]:
    """The article's entities, every mention pooled and decided (stages ``entities.*``)."""
    provenance = [n for n in (article.outlet, article.source) if n] + [c.credit for c in captions.unique_captions(article.captions) if c.credit]
    found = []
    for doc, block in parsed:
        found += mentions.find_mentions(doc, block, provenance)
    return entities.resolve_entities(mentions.complete_mentions(parsed, found))


def article_figures(parsed: Sequence[tuple[object, mentions.Block]]) -> list[figures.Found]:
    """Every figure in the headline and body, before repeats are merged (stage ``figures.find``)."""
    found = []
    for doc, block in parsed:
        if block.kind != "caption":
            found += figures.find_figures(doc, block.index)
    return found


def with_ages(actors, parsed, resolved: Sequence[entities.Entity], ids: dict) -> tuple:
    """The actors, each person given the age the article states of them (stage ``ages``)."""
    people = [(ids[e], e.name, e.mentions) for e in resolved if e.cls == "person"]
    others = [m for e in resolved if e.cls not in ("person", "group") for m in e.mentions]
    found = ages.person_ages(parsed, people, others)
    return tuple(replace(a, age=found[a.id]) if a.kind == "person" and a.id in found else a for a in actors)


def facts_from_docs(article: Article, article_id: str, parsed: Sequence[tuple[object, mentions.Block]], extractor: Extractor) -> FactSheet:
    """All stages after the model, for one article (pure: same docs, same fact sheet)."""
    resolved = article_entities(article, parsed)
    ids = entities.assign_ids(resolved)
    actors, locations = entities.to_facts(resolved, ids)
    actors = with_ages(actors, parsed, resolved, ids)
    figure_list = figures.number_figures(article_figures(parsed), article.published)

    # Which entity each caption mention belongs to, to link places and people pictured.
    location_ids = {loc.id for loc in locations}
    country_ids = {a.id for a in actors if a.kind == "country"}
    person_ids = {a.id for a in actors if a.kind == "person"}
    owner = {m: ids[e] for e in resolved for m in e.mentions}
    names = {e_id: e.name for e, e_id in ids.items()}
    images = []
    for n, ((doc, block), raw) in enumerate(zip((p for p in parsed if p[1].kind == "caption"), captions.unique_captions(article.captions)), start=1):
        in_block = sorted((m for m in owner if m.block == block.index), key=lambda m: m.order)
        places = [owner[m] for m in in_block if owner[m] in location_ids]
        places += [owner[m] for m in in_block if owner[m] in country_ids]
        # Pictured: placed in the frame ("(L)") or the subject of the caption, not "Assad regime airstrikes".
        people = [(names[owner[m]], owner[m], m.position) for m in in_block
                  if m.label == "person" and owner[m] in person_ids and (m.position or m.dep in PICTURED_DEPS)]
        images.append(captions.build_caption(n, raw, doc, places, people, article.published))

    return FactSheet(
        id=article_id,
        title=article.title,
        seed=article.seed,
        content_hash=article.content_hash,
        extractor=extractor,
        outlet=article.outlet,
        source=article.source,
        published=article.published,
        url=article.url,
        byline=article.byline,
        authors=article.authors,
        published_source=article.published_source,
        dateline=article.dateline,
        language=article.language,
        encoding=article.encoding,
        related=article.related,
        actors=actors,
        locations=locations,
        figures=figure_list,
        images=tuple(images),
    )


def warm_up():
    """Load the model and build the gazetteer indexes and matchers: once per process, before any article."""
    import gc

    nlp = load_model()
    gazetteer.warm_up()
    dates.warm_up()
    mentions.warm_up(nlp.vocab)
    # The model, the vocabulary, the lexicon and the gazetteer live as long as the process: out of the collector's
    # reach, its full collections walk only what the articles make (they cost 2.1 s of 121 s on the BBC corpus).
    gc.freeze()
    return nlp


@dataclass(frozen=True)
class ExtractionFailure:
    """An article the stages could not turn into a fact sheet: reported, never fatal to the rest."""

    seed: str
    message: str


def _facts_or_failure(article: Article, article_id: str, parsed, extractor: Extractor) -> FactSheet | ExtractionFailure:
    try:
        return facts_from_docs(article, article_id, parsed, extractor)
    except Exception as exc:  # one article's bug must not cost the newsroom the other thousands
        return ExtractionFailure(article.seed, f"extraction failed ({type(exc).__name__}: {exc})")


def extract(articles: Iterable[tuple[Article, str]]) -> Iterator[FactSheet | ExtractionFailure]:
    """Fact sheets for (article, id) pairs, in order, running the model over all blocks in batches.

    An article whose stages raise yields an :class:`ExtractionFailure` in its place.
    """
    nlp = warm_up()
    extractor = extractor_info()
    pending = list(articles)
    all_blocks = [(i, b) for i, (a, _) in enumerate(pending) for b in blocks_of(a)]
    docs = nlp.pipe((b.text for _, b in all_blocks), batch_size=BATCH_SIZE)
    current: list[tuple[object, mentions.Block]] = []
    index = 0
    for (i, block), doc in zip(all_blocks, docs):
        while i != index:  # articles are contiguous in all_blocks
            yield _facts_or_failure(pending[index][0], pending[index][1], current, extractor)
            current, index = [], index + 1
        current.append((doc, block))
    if pending:
        yield _facts_or_failure(pending[index][0], pending[index][1], current, extractor)
