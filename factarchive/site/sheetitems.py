"""The archive's figures and captions as lists read an article at a time, never all held (issue 14).

``Catalog.figures`` and ``Catalog.captions`` are (article, item) pairs in article order, as before, but what
they hold is each article and its count of items: the items themselves are read when asked, an article at a
time, from what gathering kept of the sheet in the catalog by its digest (``sheetstore.Derived``: one query),
or from the sheet itself where it is held whole. An article page asks for its own (:meth:`SheetItems.of`); the
figures index, search and the database iterate them, and hold one article's at a time. At 5,000 synthetic
articles the figures and captions with their sentences were 16 MB of the 46 MB a build held.

An entity's figures (those whose sentence names it) are kept as (article, place in its figures) and read the
same way (:class:`EntityFigures`).
"""

from __future__ import annotations

import marshal
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from itertools import accumulate
from typing import Any, Iterator, Optional

from ..model import Caption, FactSheet, Figure
from .lazysheet import LazySheet
from .sheetstore import decoder

# Texts not interned: what is read here is held for a page or a pass, and interning hashes every sentence again.
_FIGURE, _CAPTION = decoder(Figure, intern=False), decoder(Caption, intern=False)


class ItemReader:
    """An article's figures and captions, read when asked: from the catalog's row for its digest (``derived``),
    else from the sheet (a head decodes it). The last few read are kept: an article's page, its view, its
    twin, search and the database ask for one article's items in turn."""

    KEEP = 8

    def __init__(self, derived: Any = None, held: Optional[dict[str, tuple[tuple, tuple]]] = None):
        self.derived = derived  # sheetstore.Derived, or None
        self.held = held if held is not None else {}  # article id -> (figures, captions) of heads not in a catalog
        self._recent: OrderedDict[str, tuple[tuple, tuple]] = OrderedDict()
        self._plain: tuple[Optional[str], Any] = (None, None)  # the last article read plain: (digest, items)
        self.entities: OrderedDict[int, tuple[Any, tuple]] = OrderedDict()  # EntityFigures' pairs, the last few
        self.read = 0  # articles read so far (for measurements and tests)

    def plain(self, sheet: FactSheet) -> Optional[tuple[tuple, tuple]]:
        """(figures, captions) of one article as the catalog keeps them (``sheetstore.plain`` values: each a list
        of its fields in order), not made into objects; None where the catalog has no row for it."""
        if not isinstance(sheet, LazySheet) or sheet.id in self.held or self.derived is None \
                or sheet._source.derived is not self.derived:
            return None
        if self._plain[0] == sheet.digest:  # its figures' ids, then its captions': one read
            return self._plain[1]
        packed = self.derived.index(sheet.digest)
        if packed is None:
            return None
        _, _, figures, captions, _ = marshal.loads(packed)
        self._plain = (sheet.digest, (figures, captions))
        return figures, captions

    def __call__(self, sheet: FactSheet) -> tuple[tuple, tuple]:
        """(figures, captions) of one article."""
        if not isinstance(sheet, LazySheet):
            return sheet.figures, sheet.images  # held whole anyway: its own objects
        kept = self.held.get(sheet.id)
        if kept is not None:
            return kept
        found = self._recent.get(sheet.id)
        if found is not None and found[0] == sheet.digest:
            self._recent.move_to_end(sheet.id)
            return found[1]
        items = None
        found = self.plain(sheet)
        if found is not None:
            items = (tuple(map(_FIGURE, found[0])), tuple(map(_CAPTION, found[1])))
        if items is None:  # no row (another build dropped it meanwhile): the sheet itself
            whole = sheet.whole()
            items = (whole.figures, whole.images)
        self.read += 1
        self._recent[sheet.id] = (sheet.digest, items)
        if len(self._recent) > self.KEEP:
            self._recent.popitem(last=False)
        return items


class SheetItems(Sequence):
    """Every article's figures (``part`` 0) or captions (1) as (article, item) pairs, in article order.

    Holds the articles that have some and their counts; an item is read with its article's (see the module's
    note). ``of`` an article's items; indexing finds the article by bisection.
    """

    __slots__ = ("_read", "_part", "_articles", "_ends", "_at")

    def __init__(self, read: ItemReader, part: int, articles: list[FactSheet], counts: list[int]):
        self._read, self._part = read, part
        kept = [(a, n) for a, n in zip(articles, counts) if n]
        self._articles = tuple(a for a, _ in kept)
        self._ends = tuple(accumulate(n for _, n in kept))
        self._at = {a.id: k for k, (a, _) in enumerate(kept)}

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def count(self, article_id: str) -> int:
        """How many items the article has (nothing read)."""
        k = self._at.get(article_id)
        if k is None:
            return 0
        return self._ends[k] - (self._ends[k - 1] if k else 0)

    def of(self, sheet: FactSheet) -> tuple:
        """The article's items (one read), or () if it has none."""
        return self._read(sheet)[self._part] if sheet.id in self._at else ()

    def ids_of(self, sheet: FactSheet) -> tuple[str, ...]:
        """The ids of the article's items, read without making the items (an id is an item's first field)."""
        if sheet.id not in self._at:
            return ()
        kept = self._read._recent.get(sheet.id)
        found = self._read.plain(sheet) if kept is None or kept[0] != sheet.digest else None
        if found is None:
            return tuple(item.id for item in self._read(sheet)[self._part])
        return tuple(values[0] for values in found[self._part])

    def plain_of(self, sheet: FactSheet) -> Optional[tuple]:
        """The article's items as the catalog keeps them (fields in order), or None where it keeps none."""
        found = self._read.plain(sheet) if sheet.id in self._at else ()
        return found[self._part] if found else found

    def __iter__(self) -> Iterator[tuple[FactSheet, Any]]:
        for sheet in self._articles:
            for item in self._read(sheet)[self._part]:
                yield sheet, item

    def locate(self, index: int) -> tuple[FactSheet, int]:
        """(article, place among its items) of item ``index``, nothing read."""
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        k = bisect_right(self._ends, index)
        return self._articles[k], index - (self._ends[k - 1] if k else 0)

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        sheet, n = self.locate(index)
        return sheet, self._read(sheet)[self._part][n]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (SheetItems, tuple, list)):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._part, self._articles, self._ends))

    def __repr__(self) -> str:
        return f"SheetItems({('figures', 'captions')[self._part]}, {len(self)} in {len(self._articles)} articles)"

    def __reduce__(self) -> tuple:
        return tuple, (tuple(self),)  # pickled as the pairs themselves: the reader stays with this process


class EntityFigures(Sequence):
    """An entity's figures, (article, figure) pairs in article order: kept as (article, place in its figures)."""

    __slots__ = ("_read", "_places")

    def __init__(self, read: ItemReader, places: tuple[tuple[FactSheet, int], ...]):
        self._read, self._places = read, places

    def __len__(self) -> int:
        return len(self._places)

    def _pairs(self) -> tuple[tuple[FactSheet, Figure], ...]:
        """Read once for the few entities asked last: a page, its view and its twin ask in turn, and an entity
        named in more articles than the reader keeps would read each of them again every time."""
        recent = self._read.entities
        hit = recent.get(id(self))
        if hit is not None and hit[0] is self:
            return hit[1]
        read = self._read
        pairs = tuple((sheet, read(sheet)[0][n]) for sheet, n in self._places)
        recent[id(self)] = (self, pairs)
        if len(recent) > 4:
            recent.popitem(last=False)
        return pairs

    def __iter__(self) -> Iterator[tuple[FactSheet, Figure]]:
        return iter(self._pairs())

    def __getitem__(self, index: Any) -> Any:
        return self._pairs()[index]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (EntityFigures, tuple, list)):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._places)

    def __repr__(self) -> str:
        return f"EntityFigures({len(self)} figures)"

    def __reduce__(self) -> tuple:
        return tuple, (tuple(self),)
