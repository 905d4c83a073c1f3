"""An entity's facts across the archive: what gathering derives from each sheet, and reads back when asked.

What gathering takes from one sheet (:func:`_derive`: the entities it names, each fact's name, role, kind and
aliases, its sentences apart, its figures and captions) is kept in the catalog beside the archive by the
sheet's digest (:class:`factarchive.site.sheetstore.Derived`). An entity's mentions are read back from the rows
of the articles naming it when a page asks for them (:class:`MentionList`), its fields are computed from those
rows (:func:`_entity_fields`, :func:`entity_kind`), and who is named with whom is counted when asked
(:class:`Cooccurrence`). Split from catalog.py (one job a module); catalog.py still exports these names.
"""

from __future__ import annotations

import marshal
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain
from operator import itemgetter
from typing import Any, Iterable, Iterator, Optional

from ..model import Actor, FactSheet, Location
from .lazysheet import LazySheet
from .series import series_key
from .sheetstore import plain

# Kinds as the index pages group them.
KIND_GROUPS = {
    "person": "people",
    "organization": "organizations",
    "group": "groups",
    "country": "places",
    "city": "places",
    "region": "places",
    "facility": "places",
    "place": "places",
}
KIND_ORDER = ("person", "organization", "country", "group", "city", "region", "facility", "place")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2018": "'", "`": "'"})
_SPACES = re.compile(r"\s+")

def fold(name: str) -> str:
    """What two spellings of one name share: case, apostrophes (’ and ') and runs of spaces do not count."""
    return _SPACES.sub(" ", name.translate(_APOSTROPHES)).strip().casefold()



@dataclass(frozen=True, slots=True)
class Mention:
    """One article's mention of an entity, with the sentences that show it."""

    article: FactSheet
    name: str  # the name as that article gives it
    role: Optional[str]
    evidence: tuple[str, ...]
    mentions: int
    age: Optional[int] = None  # the person's age as that article states it (ages differ across articles)



class MentionList(Sequence):
    """An entity's mentions, newest article first: counted when gathered, read back when iterated or indexed."""

    __slots__ = ("_store", "_entity", "_count")

    def __init__(self, store: "_FactStore", entity_id: str, count: int):
        self._store, self._entity, self._count = store, entity_id, count

    def __len__(self) -> int:
        return self._count

    def decisions(self) -> list[tuple[str, int, bool]]:
        return self._store.decisions(self._entity)

    def __getitem__(self, index: Any) -> Any:
        return self._store.of(self._entity)[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._store.of(self._entity))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (MentionList, tuple, list)):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._entity, self._count))

    def __repr__(self) -> str:
        return f"MentionList({self._entity!r}, {self._count} mentions)"

    def __reduce__(self) -> tuple:
        return tuple, (tuple(self),)  # pickled as the mentions themselves: the rows stay with this process


# A fact's row as derived from its sheet (its sentences apart): entity id, name, role, kind, mentions, located,
# country, aliases, age, basis (what decided its kind there: model.BASES, "model" for a sheet written before it was
# recorded).
_ENTITY, _NAME, _ROLE, _KIND, _MENTIONS, _KNOWN, _COUNTRY, _ALIASES, _AGE, _BASIS = range(10)


class _FactStore:
    """Each article's facts as :func:`_derive` gives them: in the catalog (heads read through it: rows by the
    sheet's digest, an entity's read back by a query), else kept here (sheets given whole)."""

    def __init__(self, articles: dict[str, FactSheet], derived: Any):
        self.articles = articles  # article id -> the article (as gathered), for Mention.article
        self.derived = derived  # sheetstore.Derived, or None
        self.digests: dict[str, str] = {}  # article id -> its digest, for articles whose rows are in the catalog
        self.naming: dict[str, list[str]] = {}  # entity id -> the articles naming it, newest first (set by gather)
        self.order: tuple[FactSheet, ...] = ()  # the articles in catalog order (set by gather)
        self.fields: dict[str, bytes] = {}  # entity id -> the key its fields are kept under in the catalog
        self._held: dict[str, tuple[tuple, tuple]] = {}  # article id -> (facts, sentences), not in the catalog
        self.items: dict[str, tuple[tuple, tuple]] = {}  # a head's (figures, captions), not in the catalog
        self._recent: dict[str, tuple[Mention, ...]] = {}
        self._ranks: Optional[dict[str, int]] = None

    def index(self, head: FactSheet) -> tuple:
        """What gathering reads of one article: (entities named, per entity (facts, first coordinates, figures
        shown), its count of figures, its count of captions, series keys): from the catalog, or derived now (and
        kept). Its figures and captions are not decoded here: catalog.figures reads them when asked."""
        if self.derived is not None and isinstance(head, LazySheet) and head._source.derived is self.derived:
            packed = self.derived.index(head.digest)
            self.digests[head.id] = head.digest
            if packed is not None:
                names, per_entity, figures, captions, keys = marshal.loads(packed)
                return names, per_entity, len(figures), len(captions), keys
            sheet = head.whole()
            index, facts, sentences = _derive(sheet)
            self.derived.put(head.digest, marshal.dumps(index, 2), [
                (row[_ENTITY], marshal.dumps(row[1:], 2), marshal.dumps(said, 2)) for row, said in zip(facts, sentences)])
        else:
            sheet = head.whole() if isinstance(head, LazySheet) else head
            index, facts, sentences = _derive(sheet)
            self._held[head.id] = (facts, sentences)
            if isinstance(head, LazySheet) and (sheet.figures or sheet.images):
                self.items[head.id] = (sheet.figures, sheet.images)  # not in a catalog: kept, not decoded again
        names, per_entity, figures, captions, keys = index
        return names, per_entity, len(figures), len(captions), keys

    def gathered(self, articles: tuple[FactSheet, ...], naming: dict[str, list[str]]) -> None:
        """Every article read: the catalog's rows are queried in this order from now on."""
        self.order, self.naming = articles, naming
        if self.derived is not None:
            self.derived.articles([a.digest if a.id in self.digests else "" for a in articles])

    def rows(self, entity_id: str, sentences: bool = False) -> list[tuple[FactSheet, tuple, Any]]:
        """(article, row, its sentences if asked) of each fact naming the entity, in article order."""
        naming = self.naming.get(entity_id, ())
        found: list[tuple[int, int, tuple, Any]] = []
        if self.derived is not None:
            found = [(seq, n, (entity_id, *marshal.loads(row)), said)
                     for seq, n, row, said in self.derived.mentions(entity_id, sentences)]
            if len({seq for seq, _, _, _ in found}) != sum(1 for a in naming if a in self.digests):
                found = self._again(entity_id, naming)  # rows another build dropped meanwhile: derived again
        if self._held:
            rank = self._rank()
            for article_id in naming:
                held = self._held.get(article_id)
                if held is not None:
                    found.extend((rank[article_id], n, row, held[1][n] if sentences else None)
                                 for n, row in enumerate(held[0]) if row[_ENTITY] == entity_id)
            found.sort(key=itemgetter(0, 1))
        order = self.order
        return [(order[seq], row, said) for seq, _, row, said in found]

    def _rank(self) -> dict[str, int]:
        if self._ranks is None:
            self._ranks = {a.id: n for n, a in enumerate(self.order)}
        return self._ranks

    def _again(self, entity_id: str, naming: list[str]) -> list[tuple[int, int, tuple, Any]]:
        rank = self._rank()
        found = []
        for article_id in naming:
            if article_id in self.digests:
                _, facts, sentences = _derive(self.articles[article_id].whole())
                found.extend((rank[article_id], n, row, marshal.dumps(sentences[n]))
                             for n, row in enumerate(facts) if row[_ENTITY] == entity_id)
        return found

    def decisions(self, entity_id: str) -> list[tuple[str, int, bool, str]]:
        key = self.fields.get(entity_id)
        packed = self.derived.fields(key) if key is not None else None
        if packed is not None:  # kept with its fields: no article read
            return list(marshal.loads(packed)[-1])
        return [_decision(row) for _, row, _ in self.rows(entity_id)]

    def of(self, entity_id: str) -> tuple[Mention, ...]:
        found = self._recent.get(entity_id)
        if found is None:
            found = tuple(Mention(article=article, name=row[_NAME], role=row[_ROLE],
                                  evidence=marshal.loads(said) if type(said) is bytes else said,
                                  mentions=row[_MENTIONS], age=row[_AGE])
                          for article, row, said in self.rows(entity_id, sentences=True))
            if len(self._recent) >= 4:
                del self._recent[next(iter(self._recent))]  # the oldest asked
            self._recent[entity_id] = found
        return found



class Cooccurrence:
    """Which entities each article names and which articles name each entity: co-occurrence on demand.

    Holding every entity's (other entity, articles shared) pairs was the largest part of a gathered
    archive (millions of pairs at 20,000 articles: a hub is named with tens of thousands), yet each list
    is read only while that entity's pages are made. So the pairs are counted when asked, from these two
    indexes (a few bytes per mention), and the last few are kept: a page, its view and its JSON twin ask
    for the same entity one after the other.
    """

    __slots__ = ("naming", "named", "_recent")
    KEEP = 4

    def __init__(self, naming: dict[str, list[str]], named: dict[str, tuple[str, ...]]):
        self.naming = naming  # entity id -> the articles naming it, newest first
        self.named = named  # article id -> the entity ids it names, in id order
        self._recent: dict[str, tuple[tuple[str, int], ...]] = {}

    def of(self, entity_id: str) -> tuple[tuple[str, int], ...]:
        found = self._recent.get(entity_id)
        if found is None:
            found = _cooccurring(entity_id, self.naming, self.named) if entity_id in self.naming else ()
            if len(self._recent) >= self.KEEP:
                del self._recent[next(iter(self._recent))]  # the oldest asked
            self._recent[entity_id] = found
        return found




def entity_kind(facts: list[Actor | Location]) -> str:
    """The kind of an entity across articles: the evidence weighed, not a majority of articles.

    Each article's decision weighs as many mentions as it found (at least one), times what decided it there
    (``BASIS_WEIGHTS``: a sentence that says what the name is, "the band X", "X frontman Y", counts more than many
    articles where the model alone guessed from a name printed once, "supporting X"; an editor's correction decides);
    a place the gazetteer located (coordinates, or a country's code) weighs double, and is never outvoted by
    "person": an article that made "Glasgow" a person had only a modifier to go on ("Glasgow flanker"), the
    gazetteer knows the city. Ties go by ``KIND_ORDER``.
    """
    return _kind([(f.kind, f.mentions, _located(f), f.basis or "model") for f in facts])


def _located(fact: Actor | Location) -> bool:
    return bool(fact.coordinates) if isinstance(fact, Location) else bool(fact.country_code)


# How much an article's decision of a kind counts, by what decided it there (the fact's ``basis``), per mention.
# The model's labels alone (``model``) and the name's words (``lexicon``: a given name first, which a band named like
# a person has too) are the weakest and most common: in most articles a name is printed once or twice with nothing
# said of it ("beat Franz Ferdinand to the award"), and the model reads the same shape the same way every time. A
# sentence that says what the name is ("Scottish rock band Franz Ferdinand", "X frontman Y", "Mr X") is evidence a
# model's guess is not: counted SENTENCE_WEIGHT times. Not against a place the gazetteer located in some article
# (``weight``'s ``place``): there a club's cues ("Newcastle striker", "beat Newcastle") are sentences too, and a city
# that shares its name with a club keeps the balance it had (mentions, a located place double), so that a gazetteer
# place is not outvoted by modifiers. An editor's correction decides (``CORRECTION_WEIGHT``).
# Measured on the BBC archive (2,126 articles): of the entities named in two articles or more, a sentence's weight
# changes the group (people, organisations, places) of 28 at 2, 49 at 4 and 57 at 8. The band the model made a person
# in 15 articles (18 mentions), and 3 articles' sentences a band (12 mentions: "Scottish rock band Franz Ferdinand"),
# is a body from 2; at 4, of the 30 most named that change, 25 are right (Manchester City, New Labour, Keane, Euronext,
# Snow Patrol ... bodies), 3 were wrong before and are still (Devon, an event, a product) and 2 are made wrong (a
# stadium and a singer: "The Streets, aka ... Mike Skinner have topped a poll"); above 4 come a player and a demonym.
SENTENCE_WEIGHT = 4
CORRECTION_WEIGHT = 10**6
BASIS_WEIGHTS = {"model": 1, "lexicon": 1, "gazetteer": 1, "sentence": SENTENCE_WEIGHT, "correction": CORRECTION_WEIGHT}


def weight(mentions: int, located: Any, basis: Optional[str], place: bool = False) -> int:
    """What one article's decision of a kind weighs (:func:`entity_kind`); ``basis`` None: a sheet from before it was
    recorded, weighed as the model's; ``place``: some article located the entity as a place (then only an editor's
    correction counts more than its mentions)."""
    factor = BASIS_WEIGHTS.get(basis or "model", 1)
    if place and factor < CORRECTION_WEIGHT:
        factor = 1
    return max(1, mentions) * (2 if located else 1) * factor


def _decision(row: tuple) -> tuple[str, int, bool, str]:
    """(kind, mentions, located, basis) of a fact's row: what :func:`_kind` weighs and the review shows."""
    return (row[_KIND], row[_MENTIONS], bool(row[_KNOWN]), row[_BASIS] or "model")


def weights(decisions: Iterable[tuple]) -> Counter:
    """Each kind's weight (:func:`entity_kind`) from (kind, mentions, located, basis) per fact (basis may be left out:
    the model's)."""
    decisions = list(decisions)
    place = any(known for _, _, known, *_ in decisions)
    weighed: Counter = Counter()
    for kind, mentions, known, *basis in decisions:
        weighed[kind] += weight(mentions, known, basis[0] if basis else None, place)
    return weighed


def _kind(decisions: Iterable[tuple]) -> str:
    """:func:`entity_kind` of (kind, mentions, located, basis) per fact (basis may be left out: the model's)."""
    decisions = list(decisions)
    weighed = weights(decisions)
    if len(weighed) > 1 and any(known for _, _, known, *_ in decisions) \
            and not any(kind == "person" and basis == ["correction"] for kind, _, _, *basis in decisions):
        weighed.pop("person", None)
    return max(weighed, key=lambda k: (weighed[k], -KIND_ORDER.index(k)))


def _alias_order(alias: str) -> tuple[str, str]:
    return alias.casefold(), alias


def _pick(counter: Counter) -> str:
    return max(counter, key=lambda v: (counter[v], v))


# Words a person's or a body's name may hold in lower case ("Robin van Persie", "Bank of England"): anything
# else in lower case ("Lil Jon and Ludacris", "the Bill") makes a longer name no fuller form of the short one.
NAME_PARTICLES = frozenset({"al", "bin", "da", "de", "del", "della", "der", "di", "du", "la", "le", "of", "van", "von"})


def _fullest(name: str, names: Counter) -> str:
    """The entity's name: a one-word name printed most ("Byrne", "City") gives way to the entity's own longer names
    that end in it ("Shane Byrne", "Man City"), the most printed of them.

    A lone surname is how a story names a person after the first mention, so it is printed in more articles than
    the whole name once the archive's links merge the two (59 entities of the BBC archive were titled by a surname);
    the page, the indexes and search should name the person. A name of two words or more is kept as printed most:
    which words may lead a name ("Rapper Kanye West" is one slip, not a fuller name) is the extraction's to say.
    """
    if " " in name:
        return name
    longer = Counter({other: count for other, count in names.items() if other.endswith(" " + name)
                      and all(w[:1].isupper() or w in NAME_PARTICLES for w in other.split())})
    return _pick(longer) if longer else name


def _entity_fields(rows: list[tuple]) -> tuple:
    """(name, kind, aliases, roles, country, decisions) of an entity from the rows of its facts, in article order.

    decisions: (kind, mentions, located, basis) as each fact decided (what :func:`entity_kind` weighs; the review
    reads them), kept with the fields so that they are not read back from every article naming the entity.
    """
    decisions = tuple(map(_decision, rows))
    if len(rows) == 1:  # most entities (named once in the archive): what the rules below give for one fact
        row = rows[0]
        return (row[_NAME], row[_KIND], tuple(sorted(set(row[_ALIASES]), key=_alias_order)),
                (row[_ROLE],) if row[_ROLE] else (), row[_COUNTRY], decisions)
    names = Counter(row[_NAME] for row in rows)
    name = _fullest(_pick(names), names)
    given = {a for row in rows for a in row[_ALIASES]}
    # Case-blind order, then the exact text: "UK" and "Uk" are equal to casefold, and a set's
    # order (which changes with the hash seed) must not decide which comes first.
    aliases = sorted(given | set(names) - {name}, key=_alias_order)
    roles = sorted({row[_ROLE] for row in rows if row[_ROLE]})
    countries = Counter(row[_COUNTRY] for row in rows)
    countries.pop(None, None)
    return (name, _kind(decisions), tuple(aliases), tuple(roles), _pick(countries) if countries else None, decisions)


def _derive(sheet: FactSheet) -> tuple[tuple, tuple, tuple]:
    """What gathering takes from one sheet, as plain values (``marshal`` data): (index, facts, sentences).

    index: the entity ids it names, in id order; for each, (its facts here, the first coordinates given as
    (lat, lon) or None, the places among the sheet's figures of those whose sentence names it, once per fact);
    its figures and captions (:func:`factarchive.site.sheetstore.plain` values); its figures' series keys.
    facts: a row per fact (entity id, name, role, kind, mentions, located, country, aliases, age, basis), actors then
    places. sentences: each fact's sentences, in the same order.
    """
    facts = (*sheet.actors, *sheet.locations)
    said: dict[str, set[str]] = defaultdict(set)
    count: Counter = Counter()
    where: dict[str, tuple[float, float]] = {}
    rows = []
    for fact in facts:
        said[fact.id].update(fact.evidence)
        count[fact.id] += 1
        if fact.coordinates and fact.id not in where:
            where[fact.id] = (fact.coordinates.lat, fact.coordinates.lon)
        actor = isinstance(fact, Actor)
        rows.append((fact.id, fact.name, fact.role if actor else None, fact.kind, fact.mentions, _located(fact),
                     fact.country_code if actor else fact.country, fact.aliases, fact.age if actor else None,
                     fact.basis))
    names = tuple(sorted(said))
    per_entity = tuple((count[e], where.get(e), tuple(n for n, fig in enumerate(sheet.figures)
                                                      if not said[e].isdisjoint(fig.evidence)) * count[e])
                       for e in names)
    index = (names, per_entity, tuple(map(plain, sheet.figures)), tuple(map(plain, sheet.images)),
             tuple(map(series_key, sheet.figures)))
    return index, tuple(rows), tuple(fact.evidence for fact in facts)


def _cooccurring(entity_id: str, naming: dict[str, list[str]], named: dict[str, tuple[str, ...]]) -> tuple[tuple[str, int], ...]:
    """(other entity, articles shared), most first: entities named in the same articles."""
    articles = naming[entity_id]
    if len(articles) == 1:
        # Most entities are named in one article (9,000 of 12,800 on the BBC archive): each other entity
        # of it shares exactly that one, and named[...] is already in id order.
        return tuple((other, 1) for other in named[articles[0]] if other != entity_id)
    # Counter counts an iterable in C: this is the hot loop of gathering a large archive.
    together = Counter(chain.from_iterable(named[a] for a in articles))
    together.pop(entity_id, None)
    # Most shared first, ties by id: sort by id, then stably by count (reverse keeps ties in order).
    # Two sorts with C-level keys instead of one with a Python key: half a million pairs on the BBC archive.
    return tuple(sorted(sorted(together.items()), key=itemgetter(1), reverse=True))
