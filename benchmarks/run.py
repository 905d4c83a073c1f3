"""Benchmark the whole build on the BBC corpus and print one table.

    python benchmarks/run.py                 # all 2,225 BBC articles, one run
    python benchmarks/run.py --runs 3        # medians of three runs
    python benchmarks/run.py --limit 500     # the first 500 articles (sorted paths)
    python benchmarks/run.py --limit 600 --extraction-only   # raw spaCy and extraction only, no site
    python benchmarks/run.py --extraction-only --paired       # each twice, A B B A: the ratio on a drifting machine

Each step runs in its own subprocess so that its peak memory (max RSS) is its
own. Steps: raw spaCy over the same texts (the ceiling), full extraction, a
no-change rebuild, a one-article rebuild, page generation, the MkDocs build.
Skips with a message when ../shared/corpus/bbc is absent. This is a benchmark,
not a test: it prints numbers and asserts nothing about time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(os.environ.get("FACTARCHIVE_CORPUS", ROOT.parent / "shared" / "corpus"))
sys.path.insert(0, str(ROOT))


# --------------------------------------------------------------------------- steps (run in subprocesses)


def _peak_mb(children: bool = False) -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024  # kB on Linux


def _read_all(seeds: Path):
    from factarchive.readers import SeedError, read_seed, seed_files

    articles = []
    for path in seed_files(seeds):
        try:
            articles.append(read_seed(path, seeds))
        except SeedError:
            pass
    return articles


def _raw(work: Path, full: bool) -> dict:
    started, cpu = time.perf_counter(), time.process_time()
    import spacy

    from factarchive.extract.nlp import BATCH_SIZE, DISABLED, MODEL_NAME
    from factarchive.extract.pipeline import blocks_of

    articles = _read_all(work / "seeds")
    texts = [b.text for a in articles for b in blocks_of(a)]
    nlp = spacy.load(MODEL_NAME, disable=[] if full else list(DISABLED))
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu, "articles": len(articles),
            "words": sum(len(t.split()) for t in texts), "rss_mb": _peak_mb()}


def step_raw(work: Path) -> dict:
    """The ceiling: read the seeds, load the model (full pipeline), nlp.pipe over exactly the texts extraction parses."""
    return _raw(work, full=True)


def step_raw_ours(work: Path) -> dict:
    """The same, with only the components the extraction uses (the lemmatizer off)."""
    return _raw(work, full=False)


def step_prepare(work: Path) -> dict:
    """Build what extraction keeps in the user's cache folder (the gazetteer's city index) if it is not there yet:
    a cost paid once per machine, not per run, kept out of the timed steps and reported on its own."""
    from factarchive.extract import gazetteer

    if not hasattr(gazetteer, "_city_db_path"):  # an older tree, whose index is built in each process
        return {"seconds": 0.0, "built": False, "path": ""}
    path = gazetteer._city_db_path()
    started = time.perf_counter()
    existed = path.is_file()
    gazetteer._city_db()
    return {"seconds": time.perf_counter() - started, "built": not existed and path.is_file(), "path": str(path)}


def step_extract(work: Path, archive: str = "archive") -> dict:
    """Extraction through the real entry point (read, model, stages, YAML writes)."""
    from factarchive.extract.run import extract_seeds

    started, cpu = time.perf_counter(), time.process_time()
    report = extract_seeds(work / "seeds", work / archive)
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu, "written": len(report.written), "skipped": len(report.skipped),
            "errors": len(report.errors), "rss_mb": _peak_mb()}


def step_pages(work: Path) -> dict:
    """Page generation: load every fact sheet, gather, render, write docs/."""
    from factarchive.archive import load_archive
    from factarchive.site.render import generate

    started = time.perf_counter()
    sheets, _ = load_archive(work / "archive")
    written, _ = generate(sheets, work / "docs")
    md = sum(1 for _ in (work / "docs").rglob("*.md"))
    return {"seconds": time.perf_counter() - started, "files": written, "pages": md, "rss_mb": _peak_mb()}


def step_mkdocs(work: Path) -> dict:
    """The MkDocs build of the generated pages, as `python build.py site` runs it."""
    from factarchive.site.mkdocs_build import run_mkdocs

    started = time.perf_counter()
    result = run_mkdocs(ROOT / "mkdocs.yml", work / "docs", work / "site", strict=False)
    if not result.ok:
        raise SystemExit(result.output[-3000:])
    return {"seconds": time.perf_counter() - started, "rss_mb": _peak_mb(children=True)}


def step_extract_again(work: Path) -> dict:
    """The full extraction once more, into an archive of its own (``--paired``)."""
    return step_extract(work, "archive-again")


STEPS = {"prepare": step_prepare, "raw": step_raw, "raw_ours": step_raw_ours, "extract": step_extract,
         "extract_again": step_extract_again, "pages": step_pages, "mkdocs": step_mkdocs}


# --------------------------------------------------------------------------- orchestration


def run_step(name: str, work: Path) -> dict:
    proc = subprocess.run([sys.executable, __file__, "--step", name, "--work", str(work)], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"step {name} failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def prepare_seeds(dest: Path, limit: int | None) -> list[Path]:
    files = sorted(p for p in (CORPUS / "bbc").rglob("*.txt"))
    if limit:
        files = files[:limit]
    for src in files:
        target = dest / src.relative_to(CORPUS / "bbc")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
    return files


def one_run(limit: int | None, keep: Path | None = None, extraction_only: bool = False, paired: bool = False) -> dict:
    with tempfile.TemporaryDirectory(prefix="factarchive-bench-") as tmp:
        work = Path(tmp)
        try:
            return _measure(work, limit, extraction_only, paired)
        finally:
            if keep:  # seeds, archive, docs and site, for a look or for another builder
                shutil.rmtree(keep, ignore_errors=True)
                shutil.copytree(work, keep, symlinks=True)


def _both(first: dict, second: dict) -> dict:
    """One step measured twice: its times the mean of both, its peak memory the larger, both kept (``runs``)."""
    both = dict(first, runs=[first, second], rss_mb=max(first["rss_mb"], second["rss_mb"]))
    for key in ("seconds", "cpu_seconds"):
        both[key] = (first[key] + second[key]) / 2
    return both


def _measure(work: Path, limit: int | None, extraction_only: bool = False, paired: bool = False) -> dict:
    """Every step once, in order, on a fresh copy of the corpus in ``work`` (``extraction_only``: the first three).

    ``paired``: raw spaCy, the lemmatizer-less pipeline and the extraction each twice, in the order raw, raw_ours,
    extract, extract, raw_ours, raw, each step's time the mean of its two. The machine's speed drifts over minutes on
    a shared host (one run measured the lemmatizer-less pipeline as slow as the full one); taken so, a drift during the
    run weighs on both sides of the ratio alike."""
    prepare_seeds(work / "seeds", limit)
    out = {"prepare": run_step("prepare", work)}
    out |= {"raw": run_step("raw", work), "raw_ours": run_step("raw_ours", work), "extract": run_step("extract", work)}
    if paired:
        again = run_step("extract_again", work)
        out["raw_ours"] = _both(out["raw_ours"], run_step("raw_ours", work))
        out["raw"] = _both(out["raw"], run_step("raw", work))
        out["extract"] = _both(out["extract"], again)
    if extraction_only:
        return out
    out["noop"] = run_step("extract", work)
    added = work / "seeds" / "zz-benchmark-added.txt"
    first = sorted((work / "seeds").rglob("*.txt"))[0]
    added.write_text(first.read_text("utf-8", errors="replace") + "\n\nOne paragraph added for the benchmark.\n", "utf-8")
    out["one"] = run_step("extract", work)
    out["pages"] = run_step("pages", work)
    out["mkdocs"] = run_step("mkdocs", work)
    out["site_mb"] = _size_mb(work / "site")
    index = work / "site" / "search"  # the sharded index's files (factarchive/site/search.py)
    out["search_index_mb"] = sum(f.stat().st_size for f in index.rglob("*") if f.is_file()) / 1e6
    out["archive_mb"] = _size_mb(work / "archive")
    return out


def machine() -> str:
    libs = ", ".join(f"{p} {version(p)}" for p in ("spacy", "thinc", "blis", "numpy", "mkdocs", "mkdocs-material"))
    return f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.machine()}; {libs}"


def _ratio(runs: list[dict], part: str, whole: str, fmt: str = ".0%", throughput: bool = False,
           key: str = "seconds") -> str:
    """The median over runs of one step's time over another's, each pair from the same run, with its range.

    ``throughput``: the inverse, ``whole``'s time over ``part``'s (the share of the ceiling's speed reached).
    ``key``: "seconds" (wall clock) or "cpu_seconds" (the step's own CPU time).
    """
    ratios = sorted((r[whole][key] / r[part][key]) if throughput else (r[part][key] / r[whole][key]) for r in runs)
    spread = f" (runs: {ratios[0]:{fmt}}-{ratios[-1]:{fmt}})" if len(ratios) > 1 else ""
    return f"{statistics.median(ratios):{fmt}}{spread}"


def report(runs: list[dict]) -> str:
    """Times are medians over runs; ratios are medians of the ratio within each run (the machine is noisy).

    Runs of ``--extraction-only`` (or saved before a step existed) have rows only for the steps they ran.
    """
    med = lambda f: statistics.median(f(r) for r in runs)  # noqa: E731
    ran = lambda *steps: all(step in r for r in runs for step in steps)  # noqa: E731
    n = runs[0]["raw"]["articles"]
    words = runs[0]["raw"]["words"]
    raw_s, ext_s = med(lambda r: r["raw"]["seconds"]), med(lambda r: r["extract"]["seconds"])
    ours_s = med(lambda r: r["raw_ours"]["seconds"])
    rows = [
        ("articles / words", f"{n:,} / {words:,}", ""),
        ("raw spaCy, full pipeline (read + load + nlp.pipe)", f"{raw_s:.1f} s", f"{n / raw_s:.1f} art/s, {words / raw_s:,.0f} words/s"),
        ("raw spaCy, components we use (no lemmatizer)", f"{ours_s:.1f} s", f"{n / ours_s:.1f} art/s, {words / ours_s:,.0f} words/s"),
        ("full extraction", f"{ext_s:.1f} s", f"{n / ext_s:.1f} art/s, {words / ext_s:,.0f} words/s"),
        ("extraction / raw spaCy throughput", _ratio(runs, "extract", "raw", throughput=True),
         f"target >= 90%; {_ratio(runs, 'extract', 'raw_ours', throughput=True)} of the lemmatizer-less pipeline"),
    ]
    if all("cpu_seconds" in r[step] for r in runs for step in ("raw", "raw_ours", "extract")):
        # CPU time is what a loaded machine disturbs least: other processes stretch wall time, not a step's own CPU.
        cpu = lambda step: med(lambda r: r[step]["cpu_seconds"])  # noqa: E731
        rows.append(("CPU time: raw / raw, no lemmatizer / extraction",
                     f"{cpu('raw'):.1f} / {cpu('raw_ours'):.1f} / {cpu('extract'):.1f} s",
                     f"extraction at {_ratio(runs, 'extract', 'raw', throughput=True, key='cpu_seconds')} of raw spaCy's "
                     f"throughput, {_ratio(runs, 'extract', 'raw_ours', throughput=True, key='cpu_seconds')} of the "
                     "lemmatizer-less pipeline"))
    if ran("prepare") and all(r["prepare"]["path"] for r in runs):
        built = [r["prepare"]["seconds"] for r in runs if r["prepare"]["built"]]
        rows.append(("gazetteer city index (user cache, once per machine)",
                     f"built, {built[0]:.1f} s" if built else "reused",
                     "before the timed steps; an existing file is only opened (0.01 s)"))
    if ran("noop", "one"):
        noop_s, one_s = med(lambda r: r["noop"]["seconds"]), med(lambda r: r["one"]["seconds"])
        rows += [
            ("no-change rebuild", f"{noop_s:.2f} s", f"{_ratio(runs, 'noop', 'extract', '.1%')} of full extraction (target <= 5%)"),
            ("one-article rebuild", f"{one_s:.2f} s", f"{_ratio(runs, 'one', 'extract', '.1%')} of full extraction; re-extracted {runs[0]['one']['written']}"),
        ]
    if ran("pages", "mkdocs"):
        pages_s, mk_s = med(lambda r: r["pages"]["seconds"]), med(lambda r: r["mkdocs"]["seconds"])
        n_pages = runs[0]["pages"]["pages"]
        rows += [
            ("page generation", f"{pages_s:.1f} s", f"{n_pages:,} pages, {n_pages / pages_s:,.0f} pages/s"),
            ("MkDocs build", f"{mk_s:.1f} s", f"{n_pages / mk_s:,.0f} pages/s"),
            ("page generation / MkDocs build", _ratio(runs, "pages", "mkdocs"), "target <= 15%"),
            ("peak RSS raw / extract / pages / mkdocs", " / ".join(f"{max(r[k]['rss_mb'] for r in runs):.0f}" for k in ("raw", "extract", "pages", "mkdocs")) + " MB", "target < 1 GB"),
            ("output: archive / site / search index", f"{runs[0]['archive_mb']:.1f} / {runs[0]['site_mb']:.1f} / {runs[0]['search_index_mb']:.1f} MB", ""),
        ]
    else:
        rows.append(("peak RSS raw / extract", " / ".join(f"{max(r[k]['rss_mb'] for r in runs):.0f}" for k in ("raw", "extract")) + " MB", "target < 1 GB"))
    width = max(len(r[0]) for r in rows)
    paired = " (each step twice, A B B A, its mean)" if all("runs" in r["extract"] for r in runs) else ""
    lines = [f"machine: {machine()}", f"runs: {len(runs)}{paired} (times: medians; ratios: median of each run's own ratio)", ""]
    lines += [f"| {'measure'.ljust(width)} | value | note |", f"|{'-' * (width + 2)}|---|---|"]
    lines += [f"| {a.ljust(width)} | {b} | {c} |" for a, b, c in rows]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--json", type=Path, help="also write the raw measurements here")
    parser.add_argument("--keep", type=Path, help="copy the last run's seeds, archive, docs and site here")
    parser.add_argument("--extraction-only", action="store_true",
                        help="only raw spaCy and the full extraction (no rebuilds, no site): the throughput ratio alone")
    parser.add_argument("--paired", action="store_true",
                        help="raw spaCy and the extraction twice each, in the order A B B A, each the mean of its two "
                             "(a drift in the machine's speed weighs on both alike)")
    parser.add_argument("--report", type=Path, metavar="JSON", help="print the table for measurements saved with --json; run nothing")
    parser.add_argument("--step", choices=sorted(STEPS), help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.step:
        print(json.dumps(STEPS[args.step](args.work)))
        return 0
    if args.report:
        print(report(json.loads(args.report.read_text())))
        return 0
    if not (CORPUS / "bbc").is_dir():
        print(f"skipped: no corpus at {CORPUS / 'bbc'} (set FACTARCHIVE_CORPUS)")
        return 0
    runs = [one_run(args.limit, args.keep, args.extraction_only, args.paired) for _ in range(args.runs)]
    if args.json:
        args.json.write_text(json.dumps(runs, indent=1, sort_keys=True))
    print(report(runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
