"""Extraction on a Dask cluster: the same stages, many processes, one or many machines.

``--jobs N`` starts a local cluster of N single-threaded worker processes;
``--scheduler tcp://HOST:8786`` sends the work to an existing
``dask.distributed`` cluster. Both go through :func:`extract_on_cluster`, so
there is one mechanism (one job keeps the plain in-process path of
:func:`factarchive.extract.pipeline.extract`).

How work moves:

* the client has already read and hashed every seed (``run.py``); it sends
  :class:`~factarchive.model.Article` values, in batches, never file paths, so
  workers need no access to ``seeds/``;
* each worker loads the model once, when it joins (:class:`LoadModel`, a worker
  plugin; :func:`~factarchive.extract.nlp.load_model` is also a per-process
  cache), and a task returns fact sheets, plain frozen dataclasses, never
  spaCy objects;
* the client alone writes ``archive/``, as results arrive, so writes stay atomic
  and one process owns the archive;
* a batch whose worker died is run again by the scheduler (up to its
  ``allowed-failures``); a batch that still fails is reported seed by seed, and
  the rest still build.

A fact sheet depends only on its article and the extractor's versions, never on
the batch it was in: the archive is byte-identical with one process, a local
cluster and a remote one. Workers whose extractor versions differ from the
client's are refused before any work is sent, since they would write
different sheets.
"""

from __future__ import annotations

import logging
import math
from typing import Iterator, Sequence

from ..model import Article, FactSheet
from .pipeline import ExtractionFailure

BATCH = 200  # articles per task at scale: ~8 s of work on one core, so scheduling costs ~0.1% (see docs/scaling.md)
MIN_BATCH = 8  # small runs are cut finer, so that every worker gets several batches
NANNY_ENV = "distributed.nanny.pre-spawn-environ"


class ClusterError(Exception):
    """The cluster could not be reached or cannot be used; the message says why."""


def batches(todo: Sequence[tuple[Article, str]], workers: int, size: int = BATCH) -> list[list[tuple[Article, str]]]:
    """``todo`` cut into consecutive batches: ``size`` articles, or fewer so each worker gets about four."""
    if not todo:
        return []
    per = max(MIN_BATCH, min(size, math.ceil(len(todo) / (max(1, workers) * 4))))
    return [list(todo[i : i + per]) for i in range(0, len(todo), per)]


def extract_batch(batch: list[tuple[Article, str]]) -> list[FactSheet | ExtractionFailure]:
    """Run on a worker: the fact sheets (or failures) of one batch, in order."""
    from .pipeline import extract

    return list(extract(batch))


def worker_extractor() -> tuple:
    """Run on a worker: the versions its fact sheets would record."""
    from .versions import extractor_info

    info = extractor_info()
    return (info.version, info.model, info.stages)


def _load_model_plugin():
    from distributed import WorkerPlugin

    class LoadModel(WorkerPlugin):
        """Load the model and build the matchers once, when a worker joins (never pickled: built there)."""

        name = "factarchive-load-model"

        def setup(self, worker):
            from .pipeline import warm_up

            warm_up()

    return LoadModel()


def connect(scheduler: str | None, jobs: int):
    """A ``distributed.Client`` on ``scheduler``, or on a new local cluster of ``jobs`` workers.

    Closing the client (``client.close()``) also stops a cluster started here.
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError as exc:  # pinned in requirements.lock; only an odd install lacks it
        raise ClusterError(f"Dask is not installed ({exc}); install factarchive's requirements.lock") from exc
    for name in ("distributed", "distributed.worker", "distributed.scheduler", "distributed.nanny"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc
    else:
        import dask

        # Dask's nanny sets MALLOC_TRIM_THRESHOLD_ in its workers, which turns off glibc's adaptive mmap
        # threshold: spaCy's arrays are then mapped and unmapped on every batch (measured: 200 BBC articles
        # in 8.9 s with it, 6.5 s without, one worker). Remote workers: see README, "Extraction on many cores".
        with dask.config.set({f"{NANNY_ENV}.MALLOC_TRIM_THRESHOLD_": None}):
            cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=":0")
        client = Client(cluster)
        client._factarchive_cluster = cluster  # closed with the client below
    return client


def close(client) -> None:
    """Close the client, and the local cluster if :func:`connect` started one."""
    cluster = getattr(client, "_factarchive_cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def check_workers(client, expected: tuple) -> None:
    """Refuse a cluster with no workers, or whose workers would record other extractor versions."""
    client.wait_for_workers(1, timeout=60)
    found = client.run(worker_extractor)
    other = {addr: v for addr, v in found.items() if tuple(v[:2]) != tuple(expected[:2]) or tuple(map(tuple, v[2])) != tuple(expected[2])}
    if other:
        addr, versions = sorted(other.items())[0]
        raise ClusterError(
            f"worker {addr} runs factarchive {versions[0]} with model {versions[1]}, but this machine runs "
            f"{expected[0]} with {expected[1]}; install the same version on every worker")


def extract_on_cluster(todo: Sequence[tuple[Article, str]], client, *, expected: tuple,
                       batch_size: int = BATCH, progress=None) -> Iterator[FactSheet | ExtractionFailure]:
    """Fact sheets for ``todo``, computed on ``client``'s workers and yielded as each batch arrives.

    The workers are checked and the batches submitted before this returns (a
    :class:`ClusterError` is raised here, not while iterating). ``progress`` (a
    tqdm bar or None) is advanced by articles done. Output order follows
    completion, not input; every article yields exactly once.
    """
    check_workers(client, expected)
    client.register_plugin(_load_model_plugin())
    parts = batches(todo, len(client.scheduler_info().get("workers", {})) or 1, batch_size)
    futures = {client.submit(extract_batch, part, pure=False, retries=1): part for part in parts}
    return _gather(futures, progress)


def _gather(futures: dict, progress) -> Iterator[FactSheet | ExtractionFailure]:
    from distributed import as_completed

    for future in as_completed(list(futures)):
        part = futures.pop(future)
        try:
            results = future.result()
        except Exception as exc:  # a batch that failed on every try (e.g. its workers kept dying)
            reason = f"extraction failed on the cluster ({type(exc).__name__}: {exc})"
            results = [ExtractionFailure(article.seed, reason) for article, _ in part]
        future.release()
        if progress is not None:
            progress.update(len(part))
        yield from results
