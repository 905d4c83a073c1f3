"""Extraction on Dask: one process, a local cluster and a real scheduler with two workers write the same archive."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from factarchive.cli import main
from factarchive.extract.cluster import MIN_BATCH, batches
from factarchive.model import Article

ROOT = Path(__file__).resolve().parent.parent

STORIES = {
    "harbour.txt": "Storm closes Dover harbour\n\nThe port of Dover in England was closed on Monday after a storm, "
                   "the harbour master John Pryce said.\n\nMore than 2,000 lorries queued on the M20.",
    "budget.txt": "Minister sets out budget\n\nFinance minister Anna Keller told the Bundestag in Berlin that Germany "
                  "would spend €4.5bn on railways.\n\nThe opposition Green party said the sum was too small.",
    "match.txt": "Leeds win at home\n\nLeeds United beat Arsenal 2-1 at Elland Road on Saturday, with 36,000 fans "
                 "watching.\n\nManager Tom Hale praised the team.",
    "vote.txt": "Council votes on housing\n\nThe city council of Lyon in France voted for 1,200 new homes, the mayor "
                "Claire Roux said on Tuesday.",
}


def _articles(n: int) -> list[tuple[Article, str]]:
    return [(Article(seed=f"s{i}.txt", title=f"t{i}", paragraphs=("p",), content_hash=f"h{i}"), f"id{i}") for i in range(n)]


def test_batches_cut_small_runs_finer_and_keep_order():
    todo = _articles(100)
    parts = batches(todo, workers=2, size=200)
    assert [len(p) for p in parts] == [13] * 7 + [9]  # ceil(100 / 8) = 13 articles: four batches per worker
    assert [a.seed for p in parts for a, _ in p] == [f"s{i}.txt" for i in range(100)]
    assert [len(p) for p in batches(_articles(3000), workers=2, size=200)] == [200] * 15
    assert [len(p) for p in batches(_articles(5), workers=4)] == [5]  # never below MIN_BATCH per task
    assert MIN_BATCH == 8
    assert batches([], workers=2) == []


def _seeds(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in STORIES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    for seed in (ROOT / "seeds").iterdir():
        (seeds / seed.name).write_bytes(seed.read_bytes())
    return seeds


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def scheduler(tmp_path):
    """A real `dask scheduler` and two `dask worker` processes on 127.0.0.1, stopped after the test."""
    config = tmp_path / "dask-config"
    config.mkdir()
    (config / "factarchive.yaml").write_text(  # as the README tells worker machines to
        "distributed:\n  nanny:\n    pre-spawn-environ:\n      MALLOC_TRIM_THRESHOLD_: null\n", "utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT), DASK_CONFIG=str(config))
    info = tmp_path / "scheduler.json"
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", "0", "--no-dashboard", "--scheduler-file", str(info)],
                              cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        for _ in range(600):
            if info.exists() and info.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(info.read_text())["address"]
        for _ in range(2):
            procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address,
                                           "--nthreads", "1", "--nworkers", "1", "--no-dashboard",
                                           "--host", "127.0.0.1"],
                                          cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout="30s") as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()


def test_one_process_two_local_workers_and_a_scheduler_write_the_same_archive(tmp_path, scheduler, capsys):
    seeds = _seeds(tmp_path)
    runs = {"one": [], "jobs": ["--jobs", "2"], "scheduler": ["--scheduler", scheduler]}
    trees = {}
    for name, options in runs.items():
        archive = tmp_path / f"archive-{name}"
        assert main(["extract", "--seeds", str(seeds), "--archive", str(archive), *options]) == 0
        out = capsys.readouterr().out.splitlines()
        assert len(out) == len(STORIES) + 2 and all(line.startswith("new: ") for line in out[:-1])
        assert out[-1].startswith(f"extract: {len(STORIES) + 1} sheets written; nothing to check (")
        trees[name] = _tree(archive)
    assert len(trees["one"]) == 2 * (len(STORIES) + 1) + 1  # sheets, their machine copies, the manifest
    assert trees["jobs"] == trees["one"]
    assert trees["scheduler"] == trees["one"]

    # Nothing changed: no cluster is reached at all (a dead address would fail the run if it were).
    assert main(["extract", "--seeds", str(seeds), "--archive", str(tmp_path / "archive-one"),
                 "--scheduler", "tcp://127.0.0.1:9"]) == 0
    assert capsys.readouterr().out.startswith(f"extract: {len(STORIES) + 1} already up to date; nothing to check")


def test_an_unreachable_scheduler_is_a_clear_error_and_writes_nothing(tmp_path, capsys):
    seeds = _seeds(tmp_path)
    archive = tmp_path / "archive"
    assert main(["extract", "--seeds", str(seeds), "--archive", str(archive), "--scheduler", "tcp://127.0.0.1:9"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("error: cannot reach the Dask scheduler at tcp://127.0.0.1:9 (")
    assert captured.err.rstrip().endswith("; nothing was extracted")
    assert not list(archive.glob("*.yaml"))
