"""Command line: each command parses options, calls one library function, prints.

Exit status: 0 when everything went well, 1 when any input could not be
processed (after processing all the others), 2 for a usage error.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from pathlib import Path
from typing import Optional, Sequence

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

DEFAULTS = {"seeds": "seeds", "archive": "archive", "docs": "docs", "site": "site", "config": "mkdocs.yml"}


def _err(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _notice(message: str) -> None:
    print(f"notice: {message}", file=sys.stderr)


def show_progress(args: argparse.Namespace) -> bool:
    """Progress bars: as asked (--progress / --no-progress), else on a terminal and not under CI."""
    if getattr(args, "progress", None) is not None:
        return args.progress
    return sys.stdout.isatty() and not os.environ.get("CI")


def _bar(desc: str, unit: str):
    """A tqdm bar factory (total -> bar) on stderr; it vanishes when done, the step's summary line stays."""
    from tqdm import tqdm

    return lambda total: tqdm(total=total, desc=desc, unit=unit, leave=False, dynamic_ncols=True)


def cmd_extract(args: argparse.Namespace) -> int:
    """Extract seeds into fact sheets."""
    from .extract.run import extract_seeds

    started = time.perf_counter()
    report = extract_seeds(Path(args.seeds), Path(args.archive), force=args.force, progress=show_progress(args),
                           jobs=args.jobs,
                           scheduler=args.scheduler)
    for line in report.lines:
        print(line)
    sys.stdout.flush()  # each article's line before the messages about it, when both streams go to one terminal
    for message in report.errors:
        _err(message)
    for message in report.warnings:
        _warn(message)
    for message in report.notices:
        _notice(message)
    print(f"{extract_summary(report)} ({time.perf_counter() - started:.1f} s) -> {args.archive}/")
    return EXIT_OK if report.ok else EXIT_FAILED


def _count(n: int, one: str, many: str) -> str:
    return f"{n:,} {one if n == 1 else many}"


def extract_summary(report) -> str:
    """One line a newsroom reads without the README: what became of the seeds, and whether anything needs a person.

    Each seed is counted once; kinds with none are left out.
    """
    parts = [_count(n, one, many) for n, one, many in (
        (len(report.written), "sheet written", "sheets written"),
        (len(report.merged), "hand-edited sheet updated (edit kept)", "hand-edited sheets updated (edits kept)"),
        (len(report.unchanged), "re-extracted with no change", "re-extracted with no change"),
        (len(report.up_to_date), "already up to date", "already up to date"),
        (len(report.kept), "hand-edited sheet left as it was", "hand-edited sheets left as they were"),
        (len(report.set_aside), "skipped (skip list)", "skipped (skip list)"),
        (len(report.duplicates), "duplicate not extracted", "duplicates not extracted"),
        (len(report.unsupported), "file that is not an article", "files that are not articles"),
    ) if n]
    found = ", ".join(parts) if parts else "nothing extracted"
    attention = []
    if report.conflicts:
        attention.append(_count(len(report.conflicts), "sheet with conflicts", "sheets with conflicts"))
    if report.warnings:
        attention.append(_count(len(report.warnings), "warning", "warnings"))
    if report.errors:
        attention.append(_count(len(report.errors), "error", "errors"))
    to_check = f"to check, listed above: {', '.join(attention)}" if attention else "nothing to check"
    return f"extract: {found}; {to_check}"


def cmd_site(args: argparse.Namespace) -> int:
    """Generate pages from the archive and build the site."""
    from .site.mkdocs_build import run_mkdocs

    progress = show_progress(args)
    # The pages step in a function of its own: the fact sheets and the catalog it loaded are freed when it returns,
    # before MkDocs runs (at 100,000 articles they are about 150 MB, held for nothing while the passes run).
    problems = _generate_pages(args, progress)
    gc.collect()  # the catalog's objects refer to each other: freed now, not at some later collection
    if problems is None:
        return EXIT_FAILED
    if args.no_build:
        return EXIT_FAILED if problems else EXIT_OK
    started = time.perf_counter()
    result = run_mkdocs(Path(args.config), Path(args.docs_dir), Path(args.site_dir), strict=not args.no_strict,
                        offline=args.offline, incremental=not args.clean, jobs=args.jobs,
                        progress=_bar("mkdocs", "page") if progress else None)
    if not result.ok:
        _err(f"mkdocs build failed:\n{result.output}")
        return EXIT_FAILED
    how = {"clean": "clean build", "incremental": f"incremental build, {result.removed} removed",
           "unchanged": "nothing changed, MkDocs not run"}[result.mode]
    print(f"site: {how} ({time.perf_counter() - started:.1f} s) -> {args.site_dir}/")
    return EXIT_FAILED if problems else EXIT_OK


def _generate_pages(args: argparse.Namespace, progress: bool) -> Optional[int]:
    """Load the archive, write the pages that changed and the database: the number of sheets left out of the site,
    or None when the site must not be built (its errors printed)."""
    from .archive import sheet_files
    from .corrections import CorrectionsError
    from .site.catalog import gather
    from .site.database import PUBLISHED_FILES, publish
    from .site.render import SiteOptions, generate
    from .site.source import (code_fingerprint, docs_links_outside, forget_pages, load_site_source, pages_fingerprint,
                              pages_up_to_date, record_pages)

    started = time.perf_counter()
    outside = docs_links_outside(Path(args.docs_dir))
    if outside:
        # Generating would write through them, and MkDocs would publish what they point at.
        for problem in outside:
            _err(f"{problem} (site not generated)")
        return None
    bar = _bar("load", "sheet")(len(sheet_files(Path(args.archive)))) if progress else None
    try:
        source = load_site_source(Path(args.archive), progress=(lambda: bar.update(1)) if bar else None)
    except CorrectionsError as exc:
        # Publishing without the editor's corrections would bring back what they removed: stop here.
        for problem in exc.problems:
            _err(f"{problem} (site not generated)")
        return None
    finally:
        if bar is not None:
            bar.close()
    print(f"load: {_count(len(source.sheets), 'fact sheet', 'fact sheets')}, {len({p.path for p in source.problems})} "
          f"left out ({time.perf_counter() - started:.1f} s) <- {args.archive}/")
    for problem in source.problems:
        _err(f"{problem} (left out of the site)")
    for message in source.warnings:
        _warn(message)
    sheets, problems = source.sheets, source.problems
    # SITE_URL is also what mkdocs.yml reads for site_url: one setting for pages, feed and JSON-LD.
    options = SiteOptions(site_url=os.environ.get("SITE_URL", ""), directory_urls=not args.offline,
                          redirects=source.redirects, merges=source.links)
    started = time.perf_counter()
    docs = Path(args.docs_dir)
    inputs = pages_fingerprint(source, options)
    gathered = []  # the catalog, gathered once for the pages and the database, and only if either is made

    def catalog():
        if not gathered:
            gathered.append(gather(list(sheets)))
        return gathered[0]

    if not args.clean and pages_up_to_date(docs, inputs):
        # Same sheets, corrections, options, code and templates as the pages in docs/: rendering would rewrite nothing.
        print(f"pages: {len(sheets)} articles, nothing changed since they were generated "
              f"({time.perf_counter() - started:.1f} s) -> {args.docs_dir}/")
    else:
        forget_pages(docs)
        bar = _bar("pages", "file")(None) if progress else None  # a count: the number of files is known at the end
        try:
            # Only pages whose inputs changed are rendered (site/pagecache.py); --clean renders every one.
            written, removed = generate(sheets, docs, options, progress=None if bar is None else (lambda: bar.update(1)),
                                        salt=code_fingerprint(), clean=args.clean, catalog=catalog())
        finally:
            if bar is not None:
                bar.close()
        record_pages(docs, inputs)
        print(f"pages: {len(sheets)} articles, {written} files written, {removed} stale removed "
              f"({time.perf_counter() - started:.1f} s) -> {args.docs_dir}/")
    started = time.perf_counter()
    # Skipped when nothing changed; else only the rows of what changed, and the catalog gathered only then.
    changed = publish(sheets, docs, catalog)
    print(f"database: {', '.join(PUBLISHED_FILES)}, {changed} written "
          f"({time.perf_counter() - started:.1f} s) -> {args.docs_dir}/")
    return len(problems)


def cmd_check(args: argparse.Namespace) -> int:
    """Validate every fact sheet, and archive/corrections.yaml, against their schemas."""
    from .archive import load_archive
    from .corrections import CorrectionsError, check_corrections, load_corrections

    sheets, problems = load_archive(Path(args.archive))
    try:
        corrections = load_corrections(Path(args.archive))
    except CorrectionsError as exc:
        problems = problems + exc.problems
    else:
        for message in check_corrections(sheets, corrections):
            _warn(message)
    for problem in problems:
        _err(str(problem))
    bad = len({p.path for p in problems})
    print(f"check: {len(sheets)} fact sheets valid, {bad} invalid in {args.archive}/")
    return EXIT_FAILED if problems else EXIT_OK


def cmd_all(args: argparse.Namespace) -> int:
    """Extract, then generate and build the site."""
    extracted = cmd_extract(args)
    built = cmd_site(args)
    return max(extracted, built)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def _default(value: object, inherit: bool) -> object:
    """A subcommand's option inherits what was given before the command ("build.py --archive A extract"):
    argparse copies every default of a subcommand over the top level's values, so a subcommand's options
    have none (``SUPPRESS``) and the top level's defaults stand."""
    return argparse.SUPPRESS if inherit else value


def _add_archive_option(p: argparse.ArgumentParser, inherit: bool = False) -> None:
    p.add_argument("--archive", default=_default(DEFAULTS["archive"], inherit),
                   help=f"folder of fact sheets (default: {DEFAULTS['archive']})")


def _add_extract_options(p: argparse.ArgumentParser, inherit: bool = False) -> None:
    p.add_argument("--seeds", default=_default(DEFAULTS["seeds"], inherit),
                   help=f"folder of article files (default: {DEFAULTS['seeds']})")
    p.add_argument("--force", action="store_true", default=_default(False, inherit),
                   help="re-extract every seed, even if unchanged")
    p.add_argument("--scheduler", metavar="ADDRESS", default=_default(None, inherit),
                   help="extract on an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (its workers need "
                        "factarchive installed, same version)")


JOBS_HELP = {
    "extract": "extract on a local Dask cluster of N worker processes (default: 1, in this process; each worker "
               "loads the model, ~300 MB)",
    "site": "run up to N MkDocs passes at a time, each its own process (default: 1); the site is the same "
            "whatever N, and the passes running at once share one memory budget, so N only changes the time",
    "all": "N worker processes for each step: extraction on a local Dask cluster of N workers, then up to N "
           "MkDocs passes at a time (default: 1)",
}


def _add_jobs_option(p: argparse.ArgumentParser, command: str, inherit: bool = False) -> None:
    p.add_argument("--jobs", type=_positive, default=_default(1, inherit), metavar="N", help=JOBS_HELP[command])


def _add_progress_option(p: argparse.ArgumentParser, inherit: bool = False) -> None:
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=_default(None, inherit),
                   help="progress bars for every long step (default: on a terminal, off when CI is set)")


def _add_site_options(p: argparse.ArgumentParser, inherit: bool = False) -> None:
    p.add_argument("--docs-dir", default=_default(DEFAULTS["docs"], inherit),
                   help=f"where the Markdown pages go (default: {DEFAULTS['docs']})")
    p.add_argument("--site-dir", default=_default(DEFAULTS["site"], inherit),
                   help=f"where the built site goes (default: {DEFAULTS['site']})")
    p.add_argument("--config", default=_default(DEFAULTS["config"], inherit),
                   help=f"MkDocs config (default: {DEFAULTS['config']})")
    p.add_argument("--no-build", action="store_true", default=_default(False, inherit),
                   help="only generate the Markdown pages")
    p.add_argument("--no-strict", action="store_true", default=_default(False, inherit),
                   help="do not fail the build on MkDocs warnings")
    p.add_argument("--clean", action="store_true", default=_default(False, inherit),
                   help="generate every page and rebuild the whole site (default: only when and what changed since the last build)")
    p.add_argument("--offline", action="store_true", default=_default(False, inherit),
                   help="build a site that works from file:// with no network (.html links instead of folders)")


def parser() -> argparse.ArgumentParser:
    """The argument parser; every command's help ends with an example."""
    fmt = argparse.RawDescriptionHelpFormatter
    top = argparse.ArgumentParser(
        prog="build.py",
        description="Turn news articles into a published fact archive.\n\n"
        "Without a command: extract seeds/ into archive/, then build the site.",
        epilog="example:\n  python build.py                       # seeds/ -> archive/ -> docs/ -> site/\n"
        "  python build.py extract --seeds seeds --archive archive\n"
        "  python build.py --offline             # a site to open from file:// (USB stick)",
        formatter_class=fmt,
    )
    _add_archive_option(top)
    _add_extract_options(top)
    _add_jobs_option(top, "all")
    _add_site_options(top)
    _add_progress_option(top)
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="read seeds, write fact sheets", description=cmd_extract.__doc__,
                       epilog="example:\n  python build.py extract --seeds seeds --archive archive\n"
                       "  python build.py extract --jobs 2                         # two local worker processes\n"
                       "  python build.py extract --scheduler tcp://HOST:8786      # an existing Dask cluster",
                       formatter_class=fmt)
    _add_archive_option(p, inherit=True)
    _add_extract_options(p, inherit=True)
    _add_jobs_option(p, "extract", inherit=True)
    _add_progress_option(p, inherit=True)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("site", help="generate pages from fact sheets and build the site", description=cmd_site.__doc__,
                       epilog="example:\n  python build.py site --archive archive --site-dir site\n"
                       "  python build.py site --clean --jobs 2                    # two MkDocs passes at a time",
                       formatter_class=fmt)
    _add_archive_option(p, inherit=True)
    _add_site_options(p, inherit=True)
    _add_jobs_option(p, "site", inherit=True)
    _add_progress_option(p, inherit=True)
    p.set_defaults(func=cmd_site)

    p = sub.add_parser("check", help="validate every fact sheet against the schema", description=cmd_check.__doc__,
                       epilog="example:\n  python build.py check --archive archive", formatter_class=fmt)
    _add_archive_option(p, inherit=True)
    p.set_defaults(func=cmd_check)

    top.set_defaults(func=cmd_all)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = parser().parse_args(argv)
    return args.func(args)
