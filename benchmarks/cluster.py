"""Benchmark extraction on Dask: one process against local clusters of 1 and 2 workers, on BBC text.

    python benchmarks/cluster.py                # 600 BBC articles
    python benchmarks/cluster.py --limit 2225   # all of them

Prints, per engine: wall time, articles/s, speed-up over one process, and peak
memory (max RSS) of each worker; then the scheduler's cost per batch (a batch
of 200 articles sent to a worker and 200 fact sheets' worth of data sent back,
with no extraction) and a no-change rerun through the CLI (no model loaded,
no cluster started). Checks that every archive is byte-identical to the
one-process archive. Skips with a message when ../shared/corpus/bbc is absent.
This is a benchmark: it prints numbers and asserts nothing about time.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "corpus" / "bbc"


def _seeds(limit: int, dest: Path) -> int:
    files = sorted(p for p in BBC.rglob("*.txt") if p.name != "README.TXT")[:limit]
    dest.mkdir(parents=True)
    for p in files:
        shutil.copyfile(p, dest / f"{p.parent.name}-{p.name}")
    return len(files)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _echo(batch):
    return batch


def run_cluster(seeds: Path, archive: Path, jobs: int) -> dict:
    """Extract through the library with a local cluster of ``jobs`` workers; report each worker's peak RSS."""
    from factarchive.extract import cluster
    from factarchive.extract.run import ExtractReport, save_extraction
    from factarchive.extract.versions import extractor_info
    from factarchive.extract.run import _read_articles
    from factarchive import archive as archive_mod

    report = ExtractReport()
    articles, _ = _read_articles(seeds, report, lambda path, seed: None)
    ids = archive_mod.assign_ids(articles, [])
    todo = [(a, ids[a.seed]) for a in articles]
    archive.mkdir(parents=True)
    manifest: dict[str, str] = {}
    started = time.perf_counter()
    client = cluster.connect(None, jobs)
    try:
        info = extractor_info()
        connected = time.perf_counter() - started
        for sheet in cluster.extract_on_cluster(todo, client, expected=(info.version, info.model, info.stages)):
            save_extraction(archive, sheet, manifest, report)
        wall = time.perf_counter() - started
        rss = sorted(client.run(_maxrss_mb).values())
        # Scheduling cost of one batch: 200 articles out and the same bytes back, no extraction.
        batch = todo[:200]
        client.submit(_echo, batch, pure=False).result()  # warm
        t0 = time.perf_counter()
        rounds = 20
        for _ in range(rounds):
            client.submit(_echo, batch, pure=False).result()
        per_batch = (time.perf_counter() - t0) / rounds
    finally:
        cluster.close(client)
    archive_mod.write_manifest(archive, manifest)
    return {"wall": wall, "start": connected, "rss": rss, "per_batch": per_batch, "batch": len(batch)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=600)
    args = ap.parse_args()
    if not BBC.is_dir():
        print(f"skipped: {BBC} is absent")
        return 0
    work = Path(tempfile.mkdtemp(prefix="fa-cluster-"))
    try:
        seeds = work / "seeds"
        n = _seeds(args.limit, seeds)
        py = sys.executable
        # One process, through the CLI, with its peak memory.
        t0 = time.perf_counter()
        out = subprocess.run([py, "-c", "import resource,sys; from factarchive.cli import main; r=main(sys.argv[1:]); "
                              "print('maxrss', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024); sys.exit(r)",
                              "extract", "--seeds", str(seeds), "--archive", str(work / "one")],
                             cwd=ROOT, capture_output=True, text=True)
        one = time.perf_counter() - t0
        one_rss = float(out.stdout.split("maxrss")[-1])
        base = _tree(work / "one")
        print(f"{n} BBC articles")
        print(f"{'engine':<22}{'wall s':>8}{'art/s':>8}{'speed-up':>10}  peak MB per process")
        print(f"{'one process':<22}{one:>8.1f}{n / one:>8.1f}{1.0:>10.2f}  {one_rss:.0f}")
        per_batch = None
        for jobs in (1, 2):
            r = run_cluster(seeds, work / f"jobs{jobs}", jobs)
            same = _tree(work / f"jobs{jobs}") == base
            rss = ", ".join(f"{x:.0f}" for x in r["rss"])
            print(f"{f'local cluster, {jobs} w.':<22}{r['wall']:>8.1f}{n / r['wall']:>8.1f}{one / r['wall']:>10.2f}  "
                  f"{rss} (start-up {r['start']:.1f} s; archive {'identical' if same else 'DIFFERENT'})")
            per_batch = r["per_batch"], r["batch"]
        print(f"scheduler cost per batch of {per_batch[1]} articles (out and back, no work): {per_batch[0] * 1000:.0f} ms")
        t0 = time.perf_counter()
        out = subprocess.run([py, "-X", "importtime", "build.py", "extract", "--seeds", str(seeds),
                              "--archive", str(work / "one"), "--jobs", "2"], cwd=ROOT, capture_output=True, text=True)
        again = time.perf_counter() - t0
        imported = {line.rsplit("|", 1)[-1].strip() for line in out.stderr.splitlines() if "|" in line}
        print(f"no-change rerun with --jobs 2: {again:.1f} s, spacy imported: {'spacy' in imported}, "
              f"distributed imported: {'distributed' in imported}; {out.stdout.strip()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
