"""The benchmark's table: times are medians over runs, ratios the median of each run's own ratio."""

from __future__ import annotations

import importlib.util
import sys

from tests.conftest import ROOT

SPEC = importlib.util.spec_from_file_location("bench_run", ROOT / "benchmarks" / "run.py")
bench_run = importlib.util.module_from_spec(SPEC)
sys.modules["bench_run"] = bench_run
SPEC.loader.exec_module(bench_run)


def _run(raw, raw_ours, extract, pages, mkdocs):
    step = lambda s, **kw: {"seconds": s, "rss_mb": 100.0, **kw}  # noqa: E731
    return {"raw": step(raw, articles=10, words=1000), "raw_ours": step(raw_ours), "extract": step(extract),
            "noop": step(extract / 100), "one": step(extract / 20, written=1), "pages": step(pages, pages=50), "mkdocs": step(mkdocs),
            "archive_mb": 1.0, "site_mb": 2.0, "search_index_mb": 0.5}


def test_ratios_come_from_within_each_run_not_from_medians_of_different_runs():
    # Run 2 was slowed by a busy machine: dividing median times (80 s / 90 s = 89 %) would mix runs.
    runs = [_run(80, 72, 84, 8, 100), _run(100, 92, 125, 12, 120), _run(70, 66, 90, 7, 90)]
    rows = {line.split("|")[1].strip(): (line.split("|")[2].strip(), line.split("|")[3].strip())
            for line in bench_run.report(runs).splitlines() if line.startswith("| ") and "measure" not in line}
    assert rows["full extraction"] == ("90.0 s", "0.1 art/s, 11 words/s")
    # Per run: 80/84 = 95 %, 100/125 = 80 %, 70/90 = 78 % -> median 80 %.
    assert rows["extraction / raw spaCy throughput"] == ("80% (runs: 78%-95%)",
                                                          "target >= 90%; 74% (runs: 73%-86%) of the lemmatizer-less pipeline")
    assert rows["no-change rebuild"] == ("0.90 s", "1.0% (runs: 1.0%-1.0%) of full extraction (target <= 5%)")
    assert rows["page generation / MkDocs build"] == ("8% (runs: 8%-10%)", "target <= 15%")


def test_a_paired_run_takes_each_steps_mean_and_says_so():
    """``--paired``: each of raw, raw_ours and extract measured twice (A B B A); a drift that slowed the second raw
    run and sped up the second extraction weighs on both sides of the ratio."""
    first = {"seconds": 100.0, "cpu_seconds": 100.0, "rss_mb": 300.0, "articles": 10, "words": 1000}
    both = bench_run._both(first, {"seconds": 120.0, "cpu_seconds": 110.0, "rss_mb": 350.0, "articles": 10, "words": 1000})
    assert (both["seconds"], both["cpu_seconds"], both["rss_mb"], len(both["runs"])) == (110.0, 105.0, 350.0, 2)
    extract = bench_run._both({"seconds": 130.0, "cpu_seconds": 130.0, "rss_mb": 500.0},
                              {"seconds": 116.0, "cpu_seconds": 116.0, "rss_mb": 540.0})
    run = {"raw": both, "raw_ours": both, "extract": extract}
    table = bench_run.report([run])
    assert "runs: 1 (each step twice, A B B A, its mean)" in table
    # 105 s of raw CPU against 123 s of extraction: 85 %, not 100/130 (77 %) nor 110/116 (95 %).
    rows = {line.split("|")[1].strip(): (line.split("|")[2].strip(), line.split("|")[3].strip())
            for line in table.splitlines() if line.startswith("| ") and "measure" not in line}
    assert rows["CPU time: raw / raw, no lemmatizer / extraction"] == (
        "105.0 / 105.0 / 123.0 s", "extraction at 85% of raw spaCy's throughput, 85% of the lemmatizer-less pipeline")
