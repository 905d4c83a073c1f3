"""Benchmark: the sharded search (issue #13) in headless Chromium, over http and from file://.

    python benchmarks/search_browser.py --sizes 20000
    python benchmarks/search_browser.py --sizes 20000,100000 --bbc /tmp/bbc/archive
    python benchmarks/search_browser.py --sizes "" --bbc /tmp/bbc2/archive --archive s20k=/tmp/s20k/archive --keep DIR

For each archive (synthetic ones made by benchmarks/site_pages.py's generator, the BBC archive
if its folder exists, and any archive folder given with --archive NAME=DIR) it builds the search index from the gathered catalog, as `build.py site` does,
and prints the build's time, peak memory, bytes and file count. Then, for a name, a common word and
a phrase, on a cold page each time (new browser context, so nothing cached), over a local http
server and from file://, it measures: the time from the query entering the box to its results
shown (the whole query at once, as if pasted: typing it letter by letter spreads the same loads
over the keystrokes), the bytes and number of index files the query loaded, and the tab's JS heap.

With --changes, for each archive it also builds the index in a docs folder, as `build.py site` does (the
tables kept in docs/.factarchive-search/), then makes one change at a time and prints how many of the
search files each rewrote (bytes differing from the last build), with their bytes: the newest article
added (the archive without it first), a middle article removed, the same added back, a title changed.

No MkDocs build: at 100,000 articles it takes most of an hour and tens of GB of HTML, and the search
neither reads nor waits for it. The page here holds material's search markup (the classes and form
attributes of overrides/partials/search.html) and loads the same assets/factarchive/search.js and
search/ files as the site. Pagefind gets a row when its Python package (`pagefind[bin]`) is
importable; it is not a dependency of the project. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import concurrent.futures
import contextlib
import functools
import gc
import html
import http.server
import itertools
import os
import random
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from site_pages import synthetic_archive  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>search benchmark</title></head>
<body>
<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">
<div class="md-search" role="dialog"><div class="md-search__inner" role="search">
  <form class="md-search__form" data-factarchive-search data-directory-urls="true">
    <input type="text" class="md-search__input" name="query" autocomplete="off">
  </form>
  <div class="md-search__output"><div class="md-search__scrollwrap"><div class="md-search-result">
    <div class="factarchive-search__filters"></div>
    <div class="md-search-result__meta"></div>
    <ol class="md-search-result__list"></ol>
  </div></div></div>
</div></div>
<script src="assets/factarchive/search.js"></script>
</body></html>
"""
# The query entered at once; resolved when the script marks the list as showing it.
RUN_QUERY = """async q => {
  const input = document.querySelector('.md-search__input'), result = document.querySelector('.md-search-result');
  input.focus();
  const start = performance.now();
  input.value = q;
  input.dispatchEvent(new Event('input', {bubbles: true}));
  await new Promise(done => { const tick = () => result.dataset.query === q ? done() : setTimeout(tick, 1); tick(); });
  return [performance.now() - start, document.querySelectorAll('.md-search-result__item').length];
}"""


@contextlib.contextmanager
def _choices_with_cached_weights():
    """Make site_pages' generator fast at 100,000 articles, with the same output.

    It draws each article's entities with ``rng.choices(pool, weights, k=18)``, and
    ``random.choices`` sums the weights again on every call: 400,000 weights times
    100,000 articles, most of an hour. Given the same running totals as
    ``cum_weights`` it draws exactly the same (it computes them the same way), so
    they are computed once per weights list here.
    """
    original = random.Random.choices
    totals: dict[int, tuple[list, list]] = {}

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        if weights is not None and cum_weights is None and len(weights) > 1000:
            cached = totals.get(id(weights))
            if cached is None or cached[0] is not weights:
                cached = totals[id(weights)] = (weights, list(itertools.accumulate(weights)))
            return original(self, population, cum_weights=cached[1], k=k)
        return original(self, population, weights, cum_weights=cum_weights, k=k)

    random.Random.choices = choices
    try:
        yield
    finally:
        random.Random.choices = original


def _peak_rss_reset() -> None:
    """Start a new peak-RSS measurement (Linux: writing 5 to clear_refs resets VmHWM)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def build_site(name: str, sheets: list, out: Path) -> dict:
    """Gather, build the index, write it with the benchmark page; the build's figures and the queries to run."""
    from factarchive.site import search
    from factarchive.site.catalog import gather

    start = time.perf_counter()
    catalog = gather(sheets)
    t_gather = time.perf_counter() - start
    gc.collect()
    _peak_rss_reset()
    start = time.perf_counter()
    files = search.build_index(catalog)
    t_build = time.perf_counter() - start
    peak = _peak_rss_mb()
    site = out / name
    for path, text in files.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, "utf-8")
    assets = site / "assets" / "factarchive"
    assets.mkdir(parents=True, exist_ok=True)
    package = Path(search.__file__).parent / "assets"
    shutil.copy(package / "search.js", assets / "search.js")
    (site / "index.html").write_text(PAGE, "utf-8")
    people = [e for e in catalog.entities.values() if e.kind == "person"]
    top = max(people, key=lambda e: (e.article_count, e.id))
    size = sum(len(t.encode("utf-8")) for t in files.values())
    print(f"{name}: {len(catalog.articles)} articles, {len(catalog.entities)} entities, "
          f"{len(catalog.figures)} figures, {len(catalog.captions)} captions; gather {t_gather:.1f} s")
    print(f"{name}: index built in {t_build:.1f} s (peak RSS {peak:.0f} MB during the build), "
          f"{size / 1e6:.1f} MB in {len(files)} files "
          f"(w {_count(files, 'w')}, p {_count(files, 'p')}, e {_count(files, 'e')}, d {_count(files, 'd')})")
    queries = {"name": top.name, "common word": "government",
               "phrase": '"prime minister"' if name == "bbc" else '"government said"'}
    return {"site": site, "queries": queries, "catalog": catalog}


def rewrites(name: str, sheets: list, out: Path) -> None:
    """Search files rewritten by one change at a time (issue #14): newest added, one removed, added back, a title."""
    import dataclasses
    import hashlib

    from factarchive.site import search
    from factarchive.site.catalog import article_order, gather
    from factarchive.site.render import Pages

    docs = out / f"{name}-docs"
    shutil.rmtree(docs, ignore_errors=True)
    ordered = sorted(sheets, key=article_order)
    newest, middle = ordered[0], ordered[len(ordered) // 2]

    def files() -> dict[str, str]:
        root = docs / "search"
        return {str(p.relative_to(root)): hashlib.md5(p.read_bytes()).hexdigest() for p in root.rglob("*.js")}

    def build(label: str, archive: list, reuse: bool = True) -> None:
        before = files() if (docs / "search").is_dir() else {}
        pages = Pages(docs=docs)
        start = time.perf_counter()
        search.add_files(pages, gather(archive), None, reuse=reuse)
        took = time.perf_counter() - start
        for stale in [p for p in (docs / "search").rglob("*.js") if str(p.relative_to(docs)) not in pages.paths]:
            stale.unlink()  # as the site build removes files it no longer writes
        after = files()
        changed = [p for p in after if before.get(p) != after[p]]
        kinds = {k: sum(1 for p in changed if p.split("/")[0] == k) for k in ("w", "p", "e", "d", "meta.js")}
        size = sum((docs / "search" / p).stat().st_size for p in changed)
        total = sum((docs / "search" / p).stat().st_size for p in after)
        print(f"| {name} | {label} | {len(changed)} of {len(after)} ({', '.join(f'{k} {v}' for k, v in kinds.items())}) "
              f"| {size / 1e6:.2f} of {total / 1e6:.2f} MB | {len(set(before) - set(after))} | {took:.1f} s |",
              flush=True)

    print("| archive | change | search files rewritten | their bytes | removed | index step |")
    print("|---|---|---|---|---|---|")
    base = [s for s in sheets if s is not newest]
    build("from nothing (without the newest article)", base, reuse=False)
    build("nothing changed", base)
    build(f"newest article added ({newest.id})", sheets)
    build(f"a middle article removed ({middle.id})", [s for s in sheets if s is not middle])
    build("that article added back", sheets)
    titled = ordered[5]
    build(f"one title changed ({titled.id})",
          [dataclasses.replace(s, title=s.title + " again") if s is titled else s for s in sheets])


def _count(files: dict, folder: str) -> int:
    return sum(1 for p in files if p.startswith(f"search/{folder}/"))


def measure(browser, site: Path, base: str, query: str, runs: int) -> dict:
    """Median time to results, bytes and files loaded, JS heap, for one query on cold pages."""
    times, heaps, loaded, count = [], [], [], 0
    for _ in range(runs):
        context = browser.new_context()
        page = context.new_page()
        requested: list[str] = []
        page.on("request", lambda r: requested.append(r.url))
        page.goto(base + "index.html")
        page.wait_for_load_state("load")
        before = len(requested)
        ms, count = page.evaluate(RUN_QUERY, query)
        cdp = context.new_cdp_session(page)
        heaps.append(cdp.send("Runtime.getHeapUsage")["usedSize"] / 1e6)
        files = [unquote(urlparse(u).path) for u in requested[before:]]
        # Bytes as on disk (the same in both modes; an http server adds only headers).
        prefix = unquote(urlparse(base).path)
        loaded.append([os.path.getsize(site / f[len(prefix):]) for f in files if f.startswith(prefix)])
        times.append(ms)
        context.close()
    return {"ms": statistics.median(times), "bytes": statistics.median(sum(x) for x in loaded),
            "files": statistics.median(len(x) for x in loaded), "heap": max(heaps), "results": count}


def serve(folder: Path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def pagefind_row(name: str, built: dict, out: Path, browser, runs: int) -> None:
    """Pagefind on one HTML page per article (its headline and fact sentences), over http only.

    Pagefind's own script imports ES modules, fetch()es its index files and instantiates WebAssembly, all refused
    on file:// pages (its maintainers say it needs a web server), so its file:// row says so instead of a time.
    Same columns as our rows: the first ten results with their data (Pagefind's "fragments") from a cold page,
    the bytes and files the query loaded (as on disk: Pagefind writes its files gzipped already), the JS heap
    (its WebAssembly memory is not part of it) and, unlike our rows, the number of all its matches, not of those shown.
    Its indexer is a separate process (the pagefind binary, run by the Python package): its peak memory is
    the largest finished child's, from getrusage.
    """
    try:
        from pagefind.index import IndexConfig, PagefindIndex
    except ImportError:
        print("pagefind not installed: no Pagefind row (pip install 'pagefind[bin]' for one; not a dependency)")
        return
    import resource

    pages = out / f"{name}-pagefind"
    (pages / "articles").mkdir(parents=True, exist_ok=True)
    (pages / "index.html").write_text("<!doctype html><html><head><meta charset='utf-8'></head><body></body></html>",
                                      "utf-8")
    written = time.perf_counter()
    for sheet in built["catalog"].articles:
        sentences = dict.fromkeys(s for f in (*sheet.actors, *sheet.locations, *sheet.figures) for s in f.evidence)
        body = "".join(f"<p>{html.escape(s)}</p>" for s in sentences)
        (pages / "articles" / f"{sheet.id}.html").write_text(
            f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(sheet.title)}</title>"
            f"</head><body><main><h1>{html.escape(sheet.title)}</h1>{body}</main></body></html>", "utf-8")
    written = time.perf_counter() - written

    async def index() -> None:
        config = IndexConfig(root_selector="main", output_path=str(pages / "pagefind"))
        async with PagefindIndex(config=config) as pagefind:
            await pagefind.add_directory(str(pages))

    start = time.perf_counter()
    # In a thread of its own: Playwright's sync API keeps an event loop running on this one, and
    # asyncio.run() refuses to start a second loop there.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, index()).result()
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    files = [p for p in (pages / "pagefind").rglob("*") if p.is_file()]
    print(f"{name}: pagefind: {len(built['catalog'].articles)} article pages written in {written:.1f} s "
          f"({sum(p.stat().st_size for p in (pages / 'articles').iterdir()) / 1e6:.1f} MB of HTML); "
          f"index built in {took:.1f} s (peak RSS of its indexer process {peak:.0f} MB), "
          f"{sum(p.stat().st_size for p in files) / 1e6:.1f} MB in {len(files)} files", flush=True)
    server, base = serve(pages)
    try:
        for label, query in built["queries"].items():
            times, sizes, counts, heaps, found = [], [], [], [], 0
            for _ in range(runs):
                context = browser.new_context()
                page = context.new_page()
                page.goto(base + "index.html")  # a page of the same origin, for the module import
                got: list[str] = []
                page.on("request", lambda r: got.append(unquote(urlparse(r.url).path)))
                ms, found = page.evaluate("""async q => {
                  const start = performance.now();
                  const pagefind = await import('/pagefind/pagefind.js');
                  const search = await pagefind.search(q);
                  await Promise.all(search.results.slice(0, 10).map(r => r.data()));
                  return [performance.now() - start, search.results.length]; }""", query)
                heaps.append(context.new_cdp_session(page).send("Runtime.getHeapUsage")["usedSize"] / 1e6)
                loaded = [pages / p.lstrip("/") for p in got if (pages / p.lstrip("/")).is_file()]
                times.append(ms)
                sizes.append(sum(p.stat().st_size for p in loaded))
                counts.append(len(loaded))
                context.close()
            print(f"| {name} | pagefind http | {label} `{query}` | {statistics.median(times):.0f} ms | "
                  f"{statistics.median(sizes) / 1e3:.0f} KB | {statistics.median(counts):.0f} | "
                  f"{max(heaps):.1f} MB | {found} |", flush=True)
            print(f"| {name} | pagefind file:// | {label} `{query}` | does not run (ES module import, fetch(), "
                  f"WebAssembly: refused on file://) | | | | |", flush=True)
    finally:
        server.shutdown()


def main(argv: list[str] | None = None) -> int:
    """Build the search index of synthetic archives (and the BBC one) and time queries in Chromium."""
    p = argparse.ArgumentParser(description=main.__doc__, formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog="examples:\n  python benchmarks/search_browser.py --sizes 20000\n"
                                       "  python benchmarks/search_browser.py --sizes 20000,100000 --bbc /tmp/bbc/archive")
    p.add_argument("--sizes", default="20000,100000", help="synthetic archive sizes, comma-separated (default: %(default)s)")
    p.add_argument("--bbc", type=Path, default=Path("/tmp/bbc/archive"),
                   help="a real archive to measure too, when the folder exists (default: %(default)s)")
    p.add_argument("--archive", action="append", default=[], metavar="NAME=DIR",
                   help="an archive folder to measure too, named NAME in the tables (repeatable)")
    p.add_argument("--changes", action="store_true",
                   help="also print the search files one change rewrites (see above)")
    p.add_argument("--queries", action=argparse.BooleanOptionalAction, default=True,
                   help="time the queries in Chromium (default: yes)")
    p.add_argument("--runs", type=int, default=3, help="cold pages per query and mode; the median is shown (default: 3)")
    p.add_argument("--keep", type=Path, help="write the sites here and keep them (default: a temporary folder)")
    args = p.parse_args(argv)
    from playwright.sync_api import sync_playwright

    from factarchive import archive

    out = args.keep or Path(tempfile.mkdtemp(prefix="factarchive-search-bench-"))
    out.mkdir(parents=True, exist_ok=True)
    archives: list[tuple[str, object]] = [(f"synthetic-{int(n)}", int(n)) for n in args.sizes.split(",") if n.strip()]
    if args.bbc and args.bbc.is_dir():
        archives.insert(0, ("bbc", args.bbc))
    else:
        print(f"BBC archive not found at {args.bbc}: skipped")
    for named in args.archive:
        name, _, folder = named.partition("=")
        archives.append((name, Path(folder)))
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for name, source in archives:
                start = time.perf_counter()
                if isinstance(source, Path):
                    sheets, _ = archive.load_archive(source)
                else:
                    with _choices_with_cached_weights():
                        sheets = synthetic_archive(source)
                print(f"{name}: {len(sheets)} fact sheets made or loaded in {time.perf_counter() - start:.1f} s")
                if args.changes:
                    rewrites(name, sheets, out)
                if not args.queries:
                    del sheets
                    continue
                built = build_site(name, sheets, out)
                del sheets
                site = built["site"]
                server, http_base = serve(site)
                try:
                    print("| archive | mode | query | first results | index loaded | files | JS heap | results |")
                    print("|---|---|---|---|---|---|---|---|")
                    for label, query in built["queries"].items():
                        for mode, base in (("http", http_base), ("file://", site.as_uri() + "/")):
                            got = measure(browser, site, base, query, args.runs)
                            print(f"| {name} | {mode} | {label} `{query}` | {got['ms']:.0f} ms | "
                                  f"{got['bytes'] / 1e3:.0f} KB | {got['files']:.0f} | {got['heap']:.1f} MB | "
                                  f"{got['results']} |", flush=True)
                finally:
                    server.shutdown()
                pagefind_row(name, built, out, browser, args.runs)
                del built
                gc.collect()
            browser.close()
    finally:
        if args.keep is None:
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
