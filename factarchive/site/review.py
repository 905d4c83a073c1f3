"""The review page's data: the facts most worth a human look, those that reach most pages first.

Three kinds of fact are worth an editor's minute, each with the correction
that would settle it:

- an entity whose articles disagree on its kind ("Idlib" an organisation in one
  article, a city in three), with what decided it in each ("2 by a sentence,
  14 by the model alone"): it sits on one index page and shows one kind on
  every article page, so a wrong decision is wrong everywhere. Fixed once, for
  the whole archive, by ``set: {id: {kind: ...}}`` in ``corrections.yaml``;
- a person named in many articles with no role: their page and every article
  naming them say who, never what they are. ``set: {id: {role: ...}}``;
- a figure with nothing counted ("30" of what?): it joins no series and says
  little on its article page. Fixed in the article's own fact sheet.

Items are ranked by what is at stake: the number of articles whose pages show
the fact, and for a disputed kind that number times how close the vote was
("Europe" a region in 221 articles and an organisation in one is hardly in
doubt; "Chelsea" a club in 35, a city in 12 and a person in 20 is). Ties go to
the kind of item, then the id: a total order, so the page is the same for the
same archive. Everything here reads the gathered catalog only, but the list
below them: the machine's merges across articles (:func:`merge_rows`, from the
links of :mod:`factarchive.resolve`), each with the articles it covers and how
many keep the name (a surname is decided article by article).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, fields
from typing import Any, Callable, Mapping, Optional

from ..contract import ID_PATTERN
from ..model import ACTOR_KINDS, LOCATION_KINDS
from . import pagecache, urls
from .catalog import Catalog, EntityRecord
from .facts import weights as weights_of
from .layout import chunks

KIND_DISPUTED = "kind-disputed"
NO_ROLE = "no-role"
NOTHING_COUNTED = "nothing-counted"
REASONS = (KIND_DISPUTED, NO_ROLE, NOTHING_COUNTED)  # ties in reach: an entity's kind first (it decides its index page)
# A person named in at least this many articles is someone a reader of the site meets often enough to want
# their office; below it, an unstated role is what the articles themselves left out.
MANY_ARTICLES = 3
LABELS = {KIND_DISPUTED: "kind disputed", NO_ROLE: "no role", NOTHING_COUNTED: "nothing counted"}
# Items on the page; the JSON twin holds them all. A first look at a large archive (the BBC's 2,225 articles
# have thousands of figures with nothing counted) needs the top of the list, not a page of megabytes.
SHOWN = 500
CORRECTIONS_FILE = "corrections.yaml"  # in archive/
PLACEHOLDER = "…"  # in a fix, what the editor must fill in: valid YAML text, so a forgotten one is seen, not lost


@dataclass(frozen=True)
class ReviewItem:
    """One fact worth a human look, and the YAML that would fix it."""

    reason: str  # one of REASONS
    name: str  # the entity's name, or the figure as printed
    detail: str  # what is in doubt: "city in 3 articles, organization in 1"; the figure's sentence
    articles: int  # articles whose pages show the fact: how much of the site a fix changes
    page: str  # the docs page that shows it (entities/<bb>/<id>.md, articles/<bb>/<id>.md)
    anchor: str  # the fact's anchor on that page ("" for an entity's own page)
    file: str  # where the fix goes, relative to archive/: corrections.yaml, or <article id>.yaml
    fix: str  # YAML to add there; made only of ids, kinds and fixed words, so it is safe to print unescaped
    entity: Optional[str] = None
    article: Optional[str] = None
    figure: Optional[str] = None
    closeness: float = 0.0  # for a disputed kind: runner-up's weight / winner's weight (1.0: a tie)
    stake: float = 0.0  # what ranks it: articles, times closeness for a disputed kind


def _home(entity: EntityRecord) -> tuple[str, str]:
    """Where the review links an entity: its page, or its fact on the one article naming it."""
    return urls.entity_home(entity)


# How the review names what decided a kind in an article (model.BASES), strongest first.
BASIS_LABELS = {"correction": "by an editor", "sentence": "by a sentence", "gazetteer": "by the gazetteer",
                "lexicon": "by the words of the name", "model": "by the model alone"}


def _bases(decisions: list[tuple], kind: str) -> str:
    """"2 by a sentence, 14 by the model alone": what decided ``kind`` in the articles that say it, strongest first."""
    said = Counter((basis[0] if basis else None) or "model" for k, _, _, *basis in decisions if k == kind)
    return ", ".join(f"{said[b]} {label}" for b, label in BASIS_LABELS.items() if said[b])


def _kind_item(entity: EntityRecord, decisions: list[tuple]) -> Optional[ReviewItem]:
    articles = Counter(kind for kind, *_ in decisions)
    if len(articles) < 2:
        return None
    # Each kind's weight as the catalog weighs it (facts.weights): an article's mentions, a located place double,
    # times what decided it there (a sentence's decision counts more than the model's guess).
    weights = weights_of(decisions)
    order = sorted(articles, key=lambda k: (k != entity.kind, -weights[k], k))  # the site's decision first
    others = [k for k in order if k != entity.kind]
    runner_up = max(weights[k] for k in others)
    detail = "; ".join(f"{k} in {_count(articles[k], 'article')}, {_bases(decisions, k)}" for k in order)
    fix = (f"set:\n  {_safe_id(entity.id)}: {{kind: {_safe_kind(entity.kind)}}}"
           f"  # the articles also say: {', '.join(_safe_kind(k) for k in others)}\n")
    closeness = min(runner_up, weights[entity.kind]) / max(runner_up, weights[entity.kind])
    return ReviewItem(reason=KIND_DISPUTED, name=entity.name, detail=detail, articles=entity.article_count,
                      page=_home(entity)[0], anchor=_home(entity)[1], file=CORRECTIONS_FILE, fix=fix, entity=entity.id,
                      closeness=round(closeness, 3), stake=round(entity.article_count * closeness, 3))


def _role_item(entity: EntityRecord) -> Optional[ReviewItem]:
    # People only: an organisation, a country or a place has no office the articles would state.
    if entity.article_count < MANY_ARTICLES or entity.kind != "person" or entity.roles:  # the count first: no read
        return None
    fix = f"set:\n  {_safe_id(entity.id)}: {{role: {PLACEHOLDER}}}  # the office, as the articles give it\n"
    return ReviewItem(reason=NO_ROLE, name=entity.name, detail=f"named in {_count(entity.article_count, 'article')}, "
                      "none gives a role", articles=entity.article_count, page=_home(entity)[0], anchor=_home(entity)[1],
                      file=CORRECTIONS_FILE, fix=fix, entity=entity.id, stake=float(entity.article_count))


def _figure_item(sheet_id: str, figure_id: str, text: str, sentence: str) -> ReviewItem:
    fix = (f"figures:  # the figure with this id, as the sheet has it, with one line more\n"
           f"- id: {_safe_figure_id(figure_id)}\n  counts: {PLACEHOLDER}  # what the number counts, in the sentence's words\n")
    return ReviewItem(reason=NOTHING_COUNTED, name=text, detail=sentence, articles=1, page=urls.article(sheet_id),
                      anchor=figure_id, file=f"{_safe_id(sheet_id)}.yaml", fix=fix, article=sheet_id, figure=figure_id,
                      stake=1.0)


_FIELDS = tuple(f.name for f in fields(ReviewItem))


class ReviewMemo:
    """What the last run found worth a look, by article and by entity, with the digest of what it was found in.

    An article's figures with nothing counted depend on that article alone, and an entity's items on the
    articles naming it (their digests: the corrected sheets), its name and where it lives: an article or entity
    whose digest is the last run's gives the last run's items without its figures or its decisions being read
    (every article's figures and 3,700 entities' decisions on the BBC archive, on every build). Kept in the page
    cache's notes (``review``), as plain values; with no notes (a first or clean run) every item is found anew.
    """

    def __init__(self, before: Any = None):
        before = before if isinstance(before, dict) else {}
        self.articles_before = before.get("articles") if isinstance(before.get("articles"), dict) else {}
        self.entities_before = before.get("entities") if isinstance(before.get("entities"), dict) else {}
        self.now: dict[str, dict[str, list]] = {"articles": {}, "entities": {}}

    def figures(self, sheet: Any, catalog: Catalog) -> list[list[str]]:
        """[figure id, text, first sentence] of each of the article's figures with nothing counted."""
        key = pagecache.digest(repr(sheet))
        old = self.articles_before.get(sheet.id)
        if isinstance(old, list) and len(old) == 2 and old[0] == key:
            found = old[1]
        else:
            found = [[fig.id, fig.text, fig.evidence[0] if fig.evidence else ""]
                     for fig in catalog.figures.of(sheet) if not fig.counts]
        self.now["articles"][sheet.id] = [key, found]
        return found

    def entity(self, entity: EntityRecord, key: Optional[str],
               find: Callable[[], list[ReviewItem]]) -> list[ReviewItem]:
        """The entity's items: the last run's if ``key`` (the digest of its inputs) is the same, else ``find()``."""
        if key is None:
            return find()
        old = self.entities_before.get(entity.id)
        if isinstance(old, list) and len(old) == 2 and old[0] == key:
            self.now["entities"][entity.id] = old
            return [ReviewItem(*values) for values in old[1]]
        found = find()
        # Each item as its fields' values in order (dataclasses.asdict copies deeply: most of the time reused here).
        self.now["entities"][entity.id] = [key, [[getattr(item, name) for name in _FIELDS] for item in found]]
        return found


def _entity_keys(catalog: Catalog, homes: Optional[Mapping[str, tuple[str, str]]]) -> dict[str, str]:
    """Entity id -> a digest of what its review items are made of: the ids and digests of the articles naming it,
    its name and its home (``homes``: as the renderer found them); {} without homes or when the catalog has no
    index of the articles naming each entity."""
    from .views import _cooccurrence

    naming = getattr(_cooccurrence(catalog), "naming", None)
    if naming is None or homes is None:
        return {}
    digests = {sheet.id: pagecache.digest(repr(sheet)) for sheet in catalog.articles}
    return {entity_id: pagecache.digest((tuple(f"{a} {digests[a]}" for a in naming.get(entity_id, ())), entity.name,
                                         *homes[entity_id]))
            for entity_id, entity in catalog.entities.items() if len(naming.get(entity_id, ())) > 1}


def review_items(catalog: Catalog, memo: Optional[ReviewMemo] = None,
                 homes: Optional[Mapping[str, tuple[str, str]]] = None) -> tuple[ReviewItem, ...]:
    """Every fact worth a human look, most at stake first. ``memo``: the last run's items, to reuse where their
    inputs are unchanged (:class:`ReviewMemo`), with ``homes`` (entity id -> where it lives, as the renderer found
    them: templating.entity_homes) for the entities'; the items are the same with or without it."""
    items = []
    keys = _entity_keys(catalog, homes) if memo is not None else {}
    for entity in catalog.entities.values():
        def find(entity: EntityRecord = entity) -> list[ReviewItem]:
            # (kind, mentions, located) as each article naming it decided, from the gathered rows: no sheet
            # decoded. A fact naming it decides one kind, and article_count counts those facts (its mentions): an
            # entity with one cannot be disputed, so its decisions (most entities: 9,000 of the BBC archive's
            # 12,400, each read back from the catalog's rows) are not read.
            decisions = entity.decisions if entity.article_count > 1 else []
            return [item for item in (_kind_item(entity, decisions), _role_item(entity)) if item is not None]

        # Only an entity named in two articles or more has items that read the catalog (its decisions, its roles):
        # the others' are found at once, and not noted.
        reuse = memo is not None and entity.article_count > 1
        items.extend(memo.entity(entity, keys.get(entity.id), find) if reuse else find())
    for sheet in catalog.articles:
        if not catalog.figures.count(sheet.id):
            continue
        if memo is not None:
            found = memo.figures(sheet, catalog)
        else:
            found = [[fig.id, fig.text, fig.evidence[0] if fig.evidence else ""]
                     for fig in catalog.figures.of(sheet) if not fig.counts]
        items.extend(_figure_item(sheet.id, *figure) for figure in found)
    return tuple(sorted(items, key=lambda i: (-i.stake, REASONS.index(i.reason), i.entity or "", i.article or "",
                                              i.figure or "")))


def page_context(items: tuple[ReviewItem, ...], twin: str = "review.json",
                 merges: tuple[MergeRow, ...] = ()) -> dict[str, Any]:
    """What review.md.j2 needs besides the renderer's own (``link``): the items shown, the count of each reason,
    the docs path of the JSON twin (the first of :func:`review_twins`) and how many files the twin has, and the
    machine's merges (:func:`merge_rows`): the first SHOWN on the page, all in the twin's files."""
    return {"items": items, "shown": items[:SHOWN], "counts": _counts(items), "labels": LABELS, "twin": twin,
            "twin_files": len(_twin_pages(items, merges)), "merges": merges,
            "merges_shown": merges[:SHOWN], "merged_names": len({m.source for m in merges}),
            "merges_partial": sum(1 for m in merges if m.kept)}


@dataclass(frozen=True)
class MergeRow:
    """One of the machine's cross-article merges (:class:`factarchive.resolve.Link`), as the review lists it."""

    source: str  # the id merged away (in ``articles``)
    name: str  # its name, as the articles it stays in name it ("" when none keeps it)
    target: str  # the id it became there
    target_name: str
    reason: str  # "alias", "fuller name" or "surname"
    evidence: str
    articles: int  # articles where the merge applies
    kept: int  # articles naming ``source`` where no merge applies: there it stays itself
    target_page: str = ""  # the docs page that shows the target ("" when it has none, e.g. corrected away)
    target_anchor: str = ""
    page: str = ""  # the source's own page where articles keep it
    anchor: str = ""


def merge_rows(links: Any, entities: Mapping[str, EntityRecord],
               homes: Optional[Mapping[str, tuple[str, str]]] = None) -> tuple[MergeRow, ...]:
    """The machine's merges, most articles merged first (then by id): what the review page and its twin list.

    Plain values (the page cache's key); where each end lives as the pages link it (``homes``, else
    :func:`_home`). A surname merged in some of its articles names how many keep it: those articles show their own
    entity, not the person's page."""
    def where(entity_id: str) -> tuple[str, str]:
        if entity_id not in entities:
            return "", ""
        return homes[entity_id] if homes is not None and entity_id in homes else _home(entities[entity_id])

    rows = []
    for link in links:
        target = entities.get(link.target)
        source = entities.get(link.source) if link.kept else None
        rows.append(MergeRow(link.source, source.name if source else "", link.target,
                             target.name if target else link.target, link.reason, link.evidence, len(link.articles),
                             len(link.kept), *where(link.target), *(where(link.source) if source else ("", ""))))
    return tuple(sorted(rows, key=lambda r: (-r.articles, r.source, r.target)))


# Items (and merges) in each further file of the review's JSON (review.json holds the SHOWN the page shows):
# about 560 KB of items.
JSON_PAGE = 1000


def review_twins(items: tuple[ReviewItem, ...], merges: tuple[MergeRow, ...] = ()) -> list[tuple[str, dict[str, Any]]]:
    """The review's JSON, paged: [(path, data)], the first at ``review.json`` with what the page shows.

    Every file has the counts by reason, ``merge_count`` (how many merges in all), its ``page`` number, ``pages``
    (how many files), ``next`` (the next file's path, null on the last), its ``items`` and its ``merges`` (the
    machine's merges across articles, :class:`MergeRow`), each in page order: SHOWN in the first, JSON_PAGE in each
    further one (``urls.review_json``); the files are as many as the longer of the two lists needs, and a file past
    the end of one has it empty. One file of every item grew with the archive (issue #14: 4.4 MB, 7,788 items, on
    the BBC archive; a figure with nothing counted is most of them); the merges grow with it too (268 on the BBC
    archive, tens of thousands expected at 100,000 articles).
    """
    counts = _counts(items)
    pages = _twin_pages(items, merges)
    return [(urls.review_json(n), {"counts": counts, "merge_count": len(merges), "page": n, "pages": len(pages),
                                   "next": urls.review_json(n + 1) if n < len(pages) else None,
                                   "items": [asdict(item) for item in page_items],
                                   "merges": [asdict(m) for m in page_merges]})
            for n, (page_items, page_merges) in enumerate(pages, 1)]


def _twin_pages(items: tuple[ReviewItem, ...], merges: tuple[MergeRow, ...]) -> list[tuple[list, list]]:
    """(items, merges) of each file of the review's JSON: SHOWN in the first, JSON_PAGE in each further one."""
    by_item, by_merge = chunks(list(items), SHOWN, JSON_PAGE), chunks(list(merges), SHOWN, JSON_PAGE)
    return [(by_item[n] if n < len(by_item) else [], by_merge[n] if n < len(by_merge) else [])
            for n in range(max(len(by_item), len(by_merge)))]


def _counts(items: tuple[ReviewItem, ...]) -> dict[str, int]:
    return {reason: sum(1 for i in items if i.reason == reason) for reason in REASONS}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


# The fixes are printed unescaped in a code block: every value in them is checked to be an id or a kind.
def _safe_id(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError(f"review: {value!r} is not an id")
    return value


def _safe_kind(value: str) -> str:
    if value not in (*ACTOR_KINDS, *LOCATION_KINDS):
        raise ValueError(f"review: {value!r} is not a kind")
    return value


_FIGURE_ID = re.compile(r"[A-Za-z0-9-]*")  # ASCII letters, digits and hyphens (checked for every figure: in C)


def _safe_figure_id(value: str) -> str:
    if not _FIGURE_ID.fullmatch(value):
        raise ValueError(f"review: {value!r} is not a figure id")
    return value


__all__ = ["KIND_DISPUTED", "LABELS", "NOTHING_COUNTED", "NO_ROLE", "REASONS", "SHOWN", "MergeRow", "ReviewItem",
           "ReviewMemo", "merge_rows", "page_context", "review_items", "review_twins"]
