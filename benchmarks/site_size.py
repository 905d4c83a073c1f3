"""Benchmark: what a built site weighs on disk, and where the bytes are (issue #14: pages a host can carry).

    python benchmarks/site_size.py site
    python benchmarks/site_size.py /tmp/lean/site --articles 2126

Prints bytes and files per article, by kind (HTML pages, JSON twins, search index, published database,
assets), and without the database and CSVs (the figure issue #14 sets a target for); the HTML pages by
folder (articles, entities, browse, series, the rest), each with its page shells: the page's bytes outside
its <article class="md-content__inner md-typeset"> body, i.e. what the theme (overrides/main.html) adds to
every page; the largest folder (hosts limit entries per folder), and the shell of a median entity and article
page. It asserts nothing (benchmarks are not tests).
"""

from __future__ import annotations

import argparse
import os
import statistics
from collections import Counter
from pathlib import Path

BODY_START = '<article class="md-content__inner md-typeset">'
BODY_END = "</article>"
REDIRECT = 'http-equiv="refresh"'


def kind(rel: str) -> str:
    """The part of the site a file belongs to, by its path (factarchive/site/urls.py's layout)."""
    if rel.startswith("search/"):
        return "search index"
    if rel.startswith("assets/") or rel.startswith("partials/"):
        return "assets (shared)"
    if rel.endswith(".html"):
        return "HTML pages"
    if rel.endswith(".json"):
        return "JSON twins and lookups"
    if rel.endswith((".db", ".csv")):
        return "database and CSV"
    return "other (feed, sitemap, ...)"


def shell_bytes(text: str) -> tuple[int, int]:
    """(page bytes, bytes of the page outside its article body)."""
    start, end = text.find(BODY_START), text.rfind(BODY_END)
    body = len(text[start:end].encode()) if start >= 0 else 0
    total = len(text.encode())
    return total, total - body


def page_files(site: Path, folder: str) -> list[Path]:
    """The pages of ``folder`` (articles, entities), flat (``articles/<id>/``) or in buckets (``articles/<bb>/<id>/``)."""
    return [p for pattern in ("*/index.html", "*/*/index.html") for p in site.glob(f"{folder}/{pattern}")]


def median_shell(site: Path, folder: str) -> str:
    pages = sorted(page_files(site, folder), key=lambda p: p.stat().st_size)
    pages = [p for p in pages if REDIRECT not in p.read_text("utf-8")]
    if not pages:
        return f"{folder}: no pages"
    page = pages[len(pages) // 2]
    total, shell = shell_bytes(page.read_text("utf-8"))
    step = max(1, len(pages) // 500)
    shells = [shell_bytes(p.read_text("utf-8"))[1] for p in pages[::step]]
    return (f"{folder}: median page {page.relative_to(site)} {total:,} B, shell {shell:,} B; "
            f"median shell of {len(shells)} pages {statistics.median(shells):,.0f} B")


PAGE_FOLDERS = ("articles", "entities", "browse", "series")


def measure(site: Path, articles: int | None = None) -> list[str]:
    """The report's lines: bytes and files per article, by kind and by page folder, the widest folder and the
    median page shells."""
    sizes: Counter[str] = Counter()
    counts: Counter[str] = Counter()
    pages: Counter[str] = Counter()  # folder -> bytes, folder + " shell" -> bytes outside the body, "#" + folder -> files
    widest = ("", 0)
    for folder, dirs, files in os.walk(site):
        if len(dirs) + len(files) > widest[1]:
            widest = (os.path.relpath(folder, site), len(dirs) + len(files))
        for name in files:
            path = Path(folder, name)
            rel = path.relative_to(site).as_posix()
            part = kind(rel)
            sizes[part] += path.stat().st_size
            counts[part] += 1
            if part == "HTML pages":
                top = rel.split("/")[0] if rel.split("/")[0] in PAGE_FOLDERS else "other pages"
                total, shell = shell_bytes(path.read_text("utf-8"))
                pages[top] += total
                pages[top + " shell"] += shell
                pages["#" + top] += 1
    articles = articles or sum(1 for p in page_files(site, "articles")
                               if REDIRECT not in p.read_text("utf-8")) or 1
    total, files = sum(sizes.values()), sum(counts.values())
    lines = [f"{site}: {total / 1e6:,.1f} MB in {files:,} files for {articles:,} articles: "
             f"{total / articles / 1e3:,.1f} KB and {files / articles:,.1f} files per article"]
    for part in sorted(sizes, key=sizes.get, reverse=True):
        lines.append(f"  {part:28} {sizes[part] / 1e6:9,.1f} MB {counts[part]:9,} files "
                     f"{sizes[part] / articles / 1e3:7,.1f} KB/article")
    unpublished = sizes["database and CSV"]
    lines.append(f"  without the database and CSVs: {(total - unpublished) / articles / 1e3:,.1f} KB per article")
    for top in (*PAGE_FOLDERS, "other pages"):
        if pages["#" + top]:
            lines.append(f"  HTML {top:22} {pages['#' + top]:7,} pages {pages[top] / articles / 1e3:7,.1f} KB/article, "
                         f"of which shells {pages[top + ' shell'] / articles / 1e3:5,.1f} "
                         f"({pages[top + ' shell'] / pages['#' + top]:,.0f} B a page)")
    lines.append(f"  widest folder: {widest[0]} ({widest[1]:,} entries)")
    for folder in ("entities", "articles"):
        lines.append("  " + median_shell(site, folder))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site", type=Path, help="a built site folder")
    parser.add_argument("--articles", type=int, help="articles in the archive (default: article pages found)")
    args = parser.parse_args()
    print("\n".join(measure(args.site, args.articles)))

if __name__ == "__main__":
    main()
