"""Benchmark: incremental site builds against a clean one, and the catalog's load time (issue #14).

    python benchmarks/site_build.py --archive /tmp/bbc/archive           # the whole `build.py site`, three ways
    python benchmarks/site_build.py --load-only --articles 2000          # loading: YAML against the catalog
    python benchmarks/site_build.py --pages-only --articles 2000         # page generation: clean, then one changed
    TMPDIR=/dev/shm python benchmarks/site_build.py --articles 20000     # a synthetic archive: every number of issue 14
    python benchmarks/site_build.py --articles 20000 --no-mkdocs --keep DIR   # page generation only, with its peak RSS

Site builds run ``python build.py site`` as a user would, each in its own
process, on a copy of the archive in a work folder: a clean build from nothing
(no docs/, no site/, no catalog), a rebuild with nothing changed, and a rebuild
after one article's fact sheet changed. It prints each build's time, its ratio
to the clean build and the per-step summary lines of ``build.py`` (so page
generation, which renders only the pages whose inputs changed, shows apart).

``--pages-only`` times page generation alone, in this process, on a synthetic
archive (``benchmarks/site_pages.py``'s): gathering the catalog, then rendering
every page (clean), then after one article's title changed, with the page
cache (only the pages that show that title are rendered). It asserts nothing
(benchmarks are not tests).

``--articles N`` alone builds a synthetic archive of N articles step by step,
each step a child process timed with its peak RSS (``os.wait4``; a child's
peak includes the processes it ran, so the MkDocs step is MkDocs' own peak):
writing the archive, page generation (``build.py site --no-build``: loading,
the catalog, pages, database), the clean MkDocs build of those pages
(``run_mkdocs``, in passes of ``--pages-per-pass`` pages), then the whole
``python build.py site`` with nothing changed and with one article changed,
and the site's bytes, files per article and widest folder (``site_size.py``).
Every step runs under ``--timeout`` seconds; a step that times out is
reported as such and the rest go on where they can.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _cpu() -> float:
    """CPU seconds (user + system) of the child processes waited for so far, MkDocs' runs included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _site(work: Path, config: Path, *extra: str) -> tuple[float, list[str], float]:
    """One ``build.py site``: (wall seconds, its output lines, CPU seconds of it and what it ran).

    CPU time as well as wall time: on a machine others share, the wall time of a short build grows with their
    load, and the ratios of issue 14 with it; the CPU time does not.
    """
    cmd = [sys.executable, str(ROOT / "build.py"), "site", "--archive", str(work / "archive"), "--docs-dir",
           str(work / "docs"), "--site-dir", str(work / "site"), "--config", str(config), "--no-progress", *extra]
    started, cpu = time.perf_counter(), _cpu()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return elapsed, proc.stdout.splitlines(), _cpu() - cpu


def _child(cmd: list[str], timeout: float, env: dict[str, str] | None = None,
           log: Path | None = None) -> tuple[float, float, int, str]:
    """Run ``cmd``: (wall seconds, peak RSS in MB, exit status, output); the status is -9 when it timed out.

    The peak is the child's ``ru_maxrss`` from ``os.wait4``, which on Linux is the larger of the child's own
    and that of every process it ran and waited for (MkDocs, for ``build.py site``). Its output goes to
    ``log`` if given (to follow a long run with ``tail -f``).
    """
    with (open(log, "w+", encoding="utf-8") if log else tempfile.TemporaryFile("w+", encoding="utf-8")) as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env, start_new_session=True)
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - started > timeout:
                os.killpg(proc.pid, 9)  # the child and what it runs: its own session, nothing else
            time.sleep(0.2)
        elapsed = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        return elapsed, usage.ru_maxrss / 1024, proc.returncode, out.read()


def _change_one(archive: Path) -> str:
    """Give one article a new title, as an editor would: the sheet is read, changed and written back."""
    from factarchive.archive import load, sheet_files, write_sheet

    path = sheet_files(archive)[len(sheet_files(archive)) // 2]
    sheet = load(path)
    write_sheet(archive, replace(sheet, title=sheet.title + " (updated)"), {})
    return sheet.id


def site_builds(archive: Path, work: Path, config: Path, runs: int) -> None:
    shutil.copytree(archive, work / "archive", ignore=shutil.ignore_patterns(".factarchive"))
    print(f"archive: {archive} ({sum(1 for _ in (work / 'archive').glob('*.yaml'))} sheets), work: {work}")
    for run in range(runs):
        for folder in ("docs", "site", "archive/.factarchive"):
            shutil.rmtree(work / folder, ignore_errors=True)
        load = os.getloadavg()[0]
        clean, clean_lines, clean_cpu = _site(work, config)
        same, same_lines, same_cpu = _site(work, config)
        changed_id = _change_one(work / "archive")
        one, one_lines, one_cpu = _site(work, config)
        print(f"\nrun {run + 1}: clean {clean:.1f} s | nothing changed {same:.2f} s ({same / clean:.1%}) "
              f"| one article changed ({changed_id}) {one:.2f} s ({one / clean:.1%})")
        print(f"  CPU: clean {clean_cpu:.1f} s | nothing changed {same_cpu:.2f} s ({same_cpu / clean_cpu:.1%}) "
              f"| one article changed {one_cpu:.2f} s ({one_cpu / clean_cpu:.1%}); load average at the start "
              f"{load:.2f}, at the end {os.getloadavg()[0]:.2f}")
        for label, lines in (("clean", clean_lines), ("nothing changed", same_lines), ("one changed", one_lines)):
            print(f"  {label}:")
            for line in lines:
                print(f"    {line}")


def write_synthetic(n_articles: int, archive: Path) -> None:
    """Write ``site_pages.py``'s synthetic archive of ``n_articles`` as fact sheets (one sheet in memory at a time)."""
    from benchmarks.site_pages import iter_synthetic_archive
    from factarchive.archive import write_sheet

    manifest: dict[str, str] = {}
    for sheet in iter_synthetic_archive(n_articles):
        write_sheet(archive, sheet, manifest)


_MKDOCS = """
import sys, time
from pathlib import Path
from factarchive.site.mkdocs_build import run_mkdocs

class Bar:  # a line every 5,000 pages read or built, with the time since the start
    def __init__(self, total):
        self.total, self.done, self.started = total, 0, time.perf_counter()
    def update(self, n):
        self.done += n
        if self.done % 5000 == 0:
            print(f"  {self.done:,} of {self.total:,} pages read or built, {time.perf_counter() - self.started:.0f} s",
                  flush=True)
    def close(self):
        pass

result = run_mkdocs(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), incremental=False, progress=Bar)
print(result.output[-5000:] if not result.ok else f"mkdocs: {result.mode} build")
sys.exit(result.returncode)
"""


def synthetic_builds(n_articles: int, work: Path, config: Path, timeout: float, pages_per_pass: int | None,
                     no_mkdocs: bool = False) -> None:
    """Every number issue 14 asks of a site build, on a synthetic archive; each step printed as it ends.

    ``no_mkdocs``: page generation only (``build.py site --no-build``), clean and then again with nothing changed.
    """
    from benchmarks.site_size import measure

    env = dict(os.environ)
    if pages_per_pass is not None:
        env["FACTARCHIVE_PAGES_PER_PASS"] = str(pages_per_pass)
    archive, docs, site = work / "archive", work / "docs", work / "site"
    site_cmd = [sys.executable, str(ROOT / "build.py"), "site", "--archive", str(archive), "--docs-dir", str(docs),
                "--site-dir", str(site), "--config", str(config), "--no-progress"]
    print(f"synthetic archive of {n_articles:,} articles in {work}; MkDocs pages per pass: "
          f"{env.get('FACTARCHIVE_PAGES_PER_PASS', 'default')}", flush=True)
    steps = (
        ("write the archive", [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
                               f"from benchmarks.site_build import write_synthetic; from pathlib import Path; "
                               f"write_synthetic({n_articles}, Path({str(archive)!r}))"]),
        ("page generation (build.py site --no-build)", site_cmd + ["--no-build"]),
        ("MkDocs clean build (run_mkdocs)", [sys.executable, "-c", _MKDOCS, str(config), str(docs), str(site)]),
        ("nothing changed (build.py site)", site_cmd),
        ("one article changed (build.py site)", site_cmd),
    )
    if no_mkdocs:
        steps = steps[:2] + (("page generation, nothing changed (--no-build)", site_cmd + ["--no-build"]),)
    times: dict[str, float] = {}
    # A kept work folder (--keep) with the archive already written reuses it: the build starts from nothing else.
    from factarchive.archive import sheet_files

    kept = archive.is_dir() and len(sheet_files(archive)) == n_articles
    for folder in (docs, site, archive / ".factarchive"):
        shutil.rmtree(folder, ignore_errors=True)
    for number, (label, cmd) in enumerate(steps, 1):
        if label == "write the archive" and kept:
            print(f"{label:45s} (kept from an earlier run: {archive})", flush=True)
            continue
        if label.startswith("one article changed"):
            print(f"  (changed: {_change_one(archive)})", flush=True)
        elapsed, peak, status, output = _child(cmd, timeout, env, log=work / f"step-{number}.log")
        times[label] = elapsed
        how = "ok" if status == 0 else ("TIMED OUT" if status == -9 else f"FAILED ({status})")
        print(f"{label:45s} {elapsed:9.1f} s  peak RSS {peak:7,.0f} MB  {how}", flush=True)
        for line in output.splitlines()[-12 if status else -6:]:
            if status or line.split(":")[0] in ("load", "pages", "database", "site", "mkdocs"):
                print(f"    {line}", flush=True)
        if status != 0 and label != "one article changed (build.py site)":
            return
    if no_mkdocs:
        docs_pages = sum(1 for _ in docs.rglob("*.md"))
        print(f"pages: {docs_pages:,} ({docs_pages / n_articles:.2f} per article)")
        return
    clean = times["page generation (build.py site --no-build)"] + times["MkDocs clean build (run_mkdocs)"]
    for label in ("nothing changed (build.py site)", "one article changed (build.py site)"):
        print(f"{label}: {times[label] / clean:.1%} of the clean build (page generation + MkDocs, {clean:.1f} s)")
    docs_pages = sum(1 for _ in docs.rglob("*.md"))
    print(f"pages: {docs_pages:,} ({docs_pages / n_articles:.2f} per article)")
    print("\n".join(measure(site, n_articles)), flush=True)


def load_times(n_articles: int, work: Path) -> None:
    """Writes a synthetic archive, then times load_archive (YAML) against the catalog, cold and warm."""
    from benchmarks.site_pages import synthetic_archive
    from factarchive.archive import load_archive, write_sheet
    from factarchive.site.sheetstore import load_sheets

    archive = work / "archive"
    manifest: dict[str, str] = {}
    for sheet in synthetic_archive(n_articles):
        write_sheet(archive, sheet, manifest)
    timings = {}
    for label, load in (("YAML (load_archive)", load_archive), ("catalog, first build (reads all, stores)", load_sheets),
                        ("catalog, nothing changed", load_sheets)):
        started = time.perf_counter()
        sheets, problems = load(archive)
        timings[label] = time.perf_counter() - started
        assert not problems, problems[:3]
    _change_one(archive)
    started = time.perf_counter()
    load_sheets(archive)
    timings["catalog, one sheet changed"] = time.perf_counter() - started
    print(f"loading {n_articles:,} synthetic sheets:")
    base = timings["YAML (load_archive)"]
    for label, seconds in timings.items():
        print(f"  {label:45s} {seconds:7.2f} s  ({seconds / base:.0%} of YAML)")


def page_times(n_articles: int, work: Path) -> None:
    """Page generation on a synthetic archive: gather, a clean render, then one article changed."""
    from benchmarks.site_pages import synthetic_archive
    from factarchive.site import catalog as catalog_mod
    from factarchive.site.render import SiteOptions, generate

    sheets = synthetic_archive(n_articles)
    started = time.perf_counter()
    catalog_mod.gather(list(sheets))
    gather = time.perf_counter() - started
    catalog_mod._LAST.clear()  # generate gathers again, as a build does
    docs, options = work / "docs", SiteOptions()
    started = time.perf_counter()
    written, _ = generate(sheets, docs, options, salt="benchmark")
    clean = time.perf_counter() - started
    middle = len(sheets) // 2
    sheets[middle] = replace(sheets[middle], title=sheets[middle].title + " (updated)")
    started = time.perf_counter()
    changed, _ = generate(sheets, docs, options, salt="benchmark")
    one = time.perf_counter() - started
    print(f"page generation, {n_articles:,} synthetic articles ({written:,} files):")
    print(f"  gather (whole catalog)                 {gather:7.2f} s")
    print(f"  clean (gather + render every page)     {clean:7.2f} s")
    print(f"  one article's title changed            {one:7.2f} s  ({one / clean:.0%} of clean; {changed} files written;"
          f" gather is {gather / one:.0%} of it)")


class _kept:
    """A work folder that stays (``--keep``), used like ``TemporaryDirectory``."""

    def __init__(self, path: Path):
        self.path = path

    def __enter__(self) -> str:
        return str(self.path)

    def __exit__(self, *exc) -> None:
        return None


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--archive", type=Path, help="an archive to build (copied; never changed)")
    p.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--load-only", action="store_true", help="only time loading, on a synthetic archive")
    p.add_argument("--pages-only", action="store_true", help="only time page generation, on a synthetic archive")
    p.add_argument("--articles", type=int, help="a synthetic archive of this size (default for --load-only and "
                                                "--pages-only: 2000); alone: every step, each in its own process")
    p.add_argument("--pages-per-pass", type=int, help="MkDocs pages per pass (FACTARCHIVE_PAGES_PER_PASS; 0: one pass)")
    p.add_argument("--timeout", type=float, default=3600, help="seconds a step may take (default: %(default)s)")
    p.add_argument("--no-mkdocs", action="store_true", help="with --articles alone: page generation only (clean, "
                                                            "then nothing changed), each with its peak RSS")
    p.add_argument("--keep", type=Path, help="work in this folder and keep it (default: a temporary folder)")
    args = p.parse_args()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
    with (tempfile.TemporaryDirectory(prefix="factarchive-site-build-") if args.keep is None
          else _kept(args.keep)) as tmp:
        if args.articles is not None and not (args.load_only or args.pages_only or args.archive):
            synthetic_builds(args.articles, Path(tmp), args.config, args.timeout, args.pages_per_pass, args.no_mkdocs)
        elif args.load_only:
            load_times(args.articles or 2000, Path(tmp))
        elif args.pages_only:
            page_times(args.articles or 2000, Path(tmp))
        elif args.archive is None:
            p.error("--archive or --articles is required")
        else:
            site_builds(args.archive, Path(tmp), args.config, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
