r"""A fact sheet that holds only what lists of articles show, and is decoded whole when more is asked of it.

The site build used to hold every fact sheet of the archive as objects (437 MB at 20,000 synthetic articles,
3.2 GB of page generation at 100,000; issue 14). A :class:`LazySheet` is a ``FactSheet`` (``isinstance``,
``dataclasses.fields`` and ``model.to_data`` see one) that keeps its id, title, date and outlet, and
the dates of its figures; any other field (actors, figures, ...) is read from the whole sheet, which its
:class:`SheetSource` decodes from the catalog when asked and keeps among the few it decoded last. So the
archive is held as one small head per article, and a page holds the sheets it shows.

Its actors, places and figures are an exception: asked for while the whole sheet is not decoded, they
come as refs (:class:`ActorRef`, :class:`LocationRef`, :class:`FigureRef`) that read what is asked of
them from the whole sheet; an actor's ref knows its id. The lists of articles count each article's places
and figures: two passes over the archive that decode nothing. Where an entity lives
(``urls.fact_anchor``: is it an actor of that article?) is asked of every entity named in one article, in
every pass that lists entities (the pages, ``entities.json``, search, the database), and of every article
naming an entity with a page, for its page and twin: decoding the article each time made that the largest
cost of a build, and making the refs each time the next (55 us for 15 actors). A head keeps its refs once
made (about 120 bytes an actor).

Its ``repr`` is its id and a digest of its content (not the content): page caches and the fingerprints of
generated files hash reprs, and a digest changes exactly when the content does, without decoding the sheet.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable, Optional

from ..model import Actor, FactSheet, Figure, Location

KEEP = 8  # whole sheets kept decoded: an article page, its view, its JSON twin and JSON-LD read one sheet in turn


class SheetSource:
    """Decodes whole sheets for their :class:`LazySheet` heads: ``decode(key)`` -> the sheet; the last few are kept."""

    def __init__(self, decode: Callable[[Any], FactSheet], derived: Any = None):
        self._decode = decode
        self.derived = derived  # what was derived from each sheet, by digest (sheetstore.Derived), or None
        self._recent: OrderedDict[str, FactSheet] = OrderedDict()
        self.decoded = 0  # sheets decoded so far (for measurements and tests)

    def whole(self, head: "LazySheet") -> FactSheet:
        sheet = self._recent.get(head.id)
        if sheet is not None:
            self._recent.move_to_end(head.id)
            return sheet
        sheet = self._decode(head._key)
        self.decoded += 1
        self._recent[head.id] = sheet
        if len(self._recent) > KEEP:
            self._recent.popitem(last=False)
        return sheet

    def decoded_now(self, head: "LazySheet") -> Optional[FactSheet]:
        """The whole sheet if it is among those kept, else None (nothing is decoded)."""
        return self._recent.get(head.id)

    def forget(self) -> None:
        self._recent.clear()


class LazySheet(FactSheet):
    """A fact sheet's head: id, title, published, outlet; the rest is read from the whole sheet when asked."""

    __slots__ = ("_source", "_key", "_digest", "_dates", "_actor_ids", "_counts")

    def __getattr__(self, name: str) -> Any:
        # Only called for what the head does not hold (an unset field of FactSheet's slots).
        if name.startswith("_"):
            raise AttributeError(name)
        if name in _REFS:
            whole = self._source.decoded_now(self)
            if whole is not None:
                return getattr(whole, name)
            if name == "actors":
                refs = self._actor_ids
                if refs and type(refs[0]) is str:  # made once, then kept: asked for again and again (see above)
                    refs = tuple(_ref(ActorRef, self, n, actor_id) for n, actor_id in enumerate(refs))
                    object.__setattr__(self, "_actor_ids", refs)
                return refs
            # The lists of articles (newest, by month) show how many places and figures each has: counted by refs.
            return tuple(_ref(_REFS[name], self, n) for n in range(self._counts[name == "figures"]))
        return getattr(self._source.whole(self), name)

    def whole(self) -> FactSheet:
        """The whole sheet, decoded (kept among the last few)."""
        return self._source.whole(self)

    @property
    def digest(self) -> str:
        """What names its content: equal digests, equal sheets."""
        return self._digest

    @property
    def actor_ids(self) -> tuple[str, ...]:
        """Its actors' ids, in order, without decoding the sheet or making refs (for ``urls.fact_anchor``)."""
        refs = self._actor_ids
        return tuple(r if type(r) is str else r.id for r in refs)

    def __repr__(self) -> str:
        return f"LazySheet(id={self.id!r}, digest={self._digest!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazySheet):
            return self.id == other.id and self._digest == other._digest
        if isinstance(other, FactSheet):
            return self.whole() == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.id, self._digest))


class _Ref:
    """An actor, place or figure of a :class:`LazySheet` by its place in the sheet; read from the whole sheet.

    A subclass of the model's class (``isinstance``, ``dataclasses.fields`` and ``to_data`` see one), with
    none of its fields set but an actor's id: what it is asked is read from the item of the whole sheet.
    """

    __slots__ = ()
    FIELD = ""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._item(), name)

    def _item(self) -> Any:
        return getattr(self._sheet.whole(), self.FIELD)[self._index]

    def __repr__(self) -> str:
        return repr(self._item())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _Ref):
            other = other._item()
        item = self._item()
        return item == other if isinstance(other, type(item)) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._item())


class ActorRef(_Ref, Actor):
    """An actor of a head, which knows its id."""

    __slots__ = ("_sheet", "_index")
    FIELD = "actors"


class LocationRef(_Ref, Location):
    __slots__ = ("_sheet", "_index")
    FIELD = "locations"


class FigureRef(_Ref, Figure):
    __slots__ = ("_sheet", "_index")
    FIELD = "figures"


_REFS = {"actors": ActorRef, "locations": LocationRef, "figures": FigureRef}


def _ref(cls: type, sheet: LazySheet, index: int, actor_id: Optional[str] = None) -> Any:
    ref = object.__new__(cls)
    object.__setattr__(ref, "_sheet", sheet)
    object.__setattr__(ref, "_index", index)
    if actor_id is not None:
        object.__setattr__(ref, "id", actor_id)
    return ref


def lazy_sheet(source: SheetSource, key: Any, digest: str, id: str, title: str, published: Optional[str],
               outlet: Optional[str], dates: tuple[str, ...], actor_ids: tuple[str, ...], places: int) -> LazySheet:
    """A head for the sheet ``source`` decodes from ``key``; ``digest`` names its content, ``dates`` its
    figures' period dates (one per figure), ``actor_ids`` its actors' ids in order, ``places`` its places."""
    head = object.__new__(LazySheet)
    for name, value in (("id", id), ("title", title), ("published", published), ("outlet", outlet),
                        ("_source", source), ("_key", key), ("_digest", digest), ("_dates", dates),
                        ("_actor_ids", actor_ids), ("_counts", (places, len(dates)))):
        object.__setattr__(head, name, value)
    return head


def figure_dates(sheet: FactSheet) -> tuple[Optional[str], ...]:
    """The period dates of a sheet's figures; a head answers without decoding the sheet."""
    if isinstance(sheet, LazySheet):
        return sheet._dates
    return tuple(f.period_date for f in sheet.figures)
