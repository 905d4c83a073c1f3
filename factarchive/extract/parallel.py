"""Extraction across processes: batches of articles to a pool of workers, results in order.

spaCy's own ``nlp.pipe(n_process=2)`` was slower than one process on this
kind of machine (it ships every Doc back through a pipe); here each worker
loads the model once and returns only the finished fact sheets, which are
small frozen dataclasses.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from typing import Iterator, Sequence

from ..model import Article, FactSheet

CHUNK = 16  # articles per task: big enough to batch the model, small enough to balance the workers


def _work(chunk: list[tuple[Article, str]]) -> list[FactSheet]:
    from .pipeline import extract

    return list(extract(chunk))


def extract_parallel(todo: Sequence[tuple[Article, str]], jobs: int) -> Iterator[FactSheet]:
    """Fact sheets for ``todo`` in input order, computed by ``jobs`` worker processes."""
    if jobs <= 1 or len(todo) <= CHUNK:
        from .pipeline import extract

        yield from extract(todo)
        return
    chunks = [list(todo[i : i + CHUNK]) for i in range(0, len(todo), CHUNK)]
    # fork: workers inherit the imported modules; each loads the model on its first chunk.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        for sheets in pool.map(_work, chunks):  # map keeps input order: output is deterministic
            yield from sheets
