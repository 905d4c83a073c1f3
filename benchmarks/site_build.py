"""Benchmark: incremental site builds against a clean one, and the catalog's load time (issue #14).

    python benchmarks/site_build.py --archive /tmp/bbc/archive           # the whole `build.py site`, three ways
    python benchmarks/site_build.py --load-only --articles 2000          # loading: YAML against the catalog
    python benchmarks/site_build.py --pages-only --articles 2000         # page generation: clean, then one changed

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
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _site(work: Path, config: Path, *extra: str) -> tuple[float, list[str]]:
    cmd = [sys.executable, str(ROOT / "build.py"), "site", "--archive", str(work / "archive"), "--docs-dir",
           str(work / "docs"), "--site-dir", str(work / "site"), "--config", str(config), "--no-progress", *extra]
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return elapsed, proc.stdout.splitlines()


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
        clean, clean_lines = _site(work, config)
        same, same_lines = _site(work, config)
        changed_id = _change_one(work / "archive")
        one, one_lines = _site(work, config)
        print(f"\nrun {run + 1}: clean {clean:.1f} s | nothing changed {same:.2f} s ({same / clean:.1%}) "
              f"| one article changed ({changed_id}) {one:.2f} s ({one / clean:.1%})")
        for label, lines in (("clean", clean_lines), ("nothing changed", same_lines), ("one changed", one_lines)):
            print(f"  {label}:")
            for line in lines:
                print(f"    {line}")


def load_times(n_articles: int, work: Path) -> None:
    """Writes a synthetic archive, then times load_archive (YAML) against the catalog, cold and warm."""
    from benchmarks.site_pages import synthetic_archive
    from factarchive.archive import load_archive, write_sheet
    from factarchive.site.database import load_sheets

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


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--archive", type=Path, help="an archive to build (copied; never changed)")
    p.add_argument("--config", type=Path, default=ROOT / "mkdocs.yml")
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--load-only", action="store_true", help="only time loading, on a synthetic archive")
    p.add_argument("--pages-only", action="store_true", help="only time page generation, on a synthetic archive")
    p.add_argument("--articles", type=int, default=2000, help="synthetic archive size for --load-only, --pages-only")
    args = p.parse_args()
    with tempfile.TemporaryDirectory(prefix="factarchive-site-build-") as tmp:
        if args.load_only:
            load_times(args.articles, Path(tmp))
        elif args.pages_only:
            page_times(args.articles, Path(tmp))
        elif args.archive is None:
            p.error("--archive is required (or --load-only)")
        else:
            site_builds(args.archive, Path(tmp), args.config, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
