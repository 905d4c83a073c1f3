"""The sitemap past the protocol's limit: MkDocs' one ``sitemap.xml`` made an index of parts (:func:`split_sitemap`)."""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from typing import Optional

from ..fsutil import write_atomic

_XML = '<?xml version="1.0" encoding="UTF-8"?>\n'
SITEMAP_INDEX_HEAD = _XML + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
SITEMAP_HEAD = _XML + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
_LOC = re.compile(r"<loc>([^<]*)</loc>")


def _sitemap_urls(path: Path):
    """Each ``<url>...</url>`` element of MkDocs' sitemap, as its text, read line by line (never the whole file:
    about 45 MB at 100,000 articles). MkDocs' template (mkdocs/templates/sitemap.xml) puts ``<url>`` and ``</url>``
    on lines of their own."""
    with open(path, encoding="utf-8") as fh:
        element: Optional[list[str]] = None
        for line in fh:
            text = line.strip()
            if text == "<url>":
                element = []
            elif text == "</url>" and element is not None:
                yield "".join(element)
                element = None
            elif element is not None and text:
                element.append(text)


def split_sitemap(site: Path, limit: Optional[int] = None) -> int:
    """Make MkDocs' ``sitemap.xml`` an index of sitemaps when it lists more than ``limit`` pages; returns the parts.

    The sitemap protocol allows 50,000 URLs (and 50 MB) per file (``urls.SITEMAP_URLS``); past that MkDocs' one file
    is not read by search engines. The pages go, in MkDocs' order, into ``sitemaps/1.xml``, ``sitemaps/2.xml`` ...
    (``urls.SITEMAP_PART``), ``limit`` each, and ``sitemap.xml`` (and ``sitemap.xml.gz``, gzipped with the time
    MkDocs gave it) becomes their ``<sitemapindex>``: the sitemap keeps its address. A part's address is the site's
    root (the common start of every page's address, the home page's own) and its path. Parts left by an earlier
    build that this one does not make are removed, so an incremental build leaves what a clean one does. Done
    here, after MkDocs, as the unpublished files are: any builder, the same site. 0 when the sitemap fits (or
    there is none).
    """
    from . import urls

    site = Path(site)
    limit = limit if limit is not None else urls.SITEMAP_URLS
    sitemap = site / urls.SITEMAP
    folder = site / posixpath.dirname(urls.SITEMAP_PART)
    parts: list[str] = []
    if sitemap.is_file():
        with open(sitemap, encoding="utf-8") as fh:
            if fh.read(len(SITEMAP_INDEX_HEAD)) == SITEMAP_INDEX_HEAD:  # split already: MkDocs did not write it
                return len(list(folder.glob("*.xml")))
        if sum(1 for _ in _sitemap_urls(sitemap)) > limit:
            root: Optional[str] = None
            out = None
            n = 0
            try:
                for number, element in enumerate(_sitemap_urls(sitemap)):
                    loc = _LOC.search(element)
                    address = loc.group(1) if loc else ""
                    root = address if root is None else os.path.commonprefix([root, address])
                    if number % limit == 0:
                        if out is not None:
                            out.write("</urlset>\n")
                            out.close()
                        n += 1
                        folder.mkdir(exist_ok=True)
                        out = open(folder / (posixpath.basename(urls.SITEMAP_PART.format(n=n)) + ".tmp"), "w",
                                   encoding="utf-8", newline="\n")
                        out.write(SITEMAP_HEAD)
                    out.write(f"    <url>\n         {element}\n    </url>\n")
            finally:
                if out is not None:
                    out.write("</urlset>\n")
                    out.close()
            root = (root or "")[: (root or "").rfind("/") + 1]
            for k in range(1, n + 1):
                name = posixpath.basename(urls.SITEMAP_PART.format(n=k))
                os.replace(folder / (name + ".tmp"), folder / name)
                parts.append(root + urls.SITEMAP_PART.format(n=k))
            _write_sitemap_index(sitemap, parts)
    for stale in sorted(folder.glob("*.xml")) if folder.is_dir() else []:
        if stale.name not in {posixpath.basename(p) for p in parts}:
            stale.unlink()
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
    return len(parts)


def _write_sitemap_index(sitemap: Path, parts: list[str]) -> None:
    """``sitemap.xml`` as the index of ``parts`` (their addresses), and ``sitemap.xml.gz``: the same bytes gzipped."""
    import gzip
    import io
    from xml.sax.saxutils import escape

    text = (SITEMAP_INDEX_HEAD + "".join(f"    <sitemap><loc>{escape(p)}</loc></sitemap>\n" for p in parts)
            + "</sitemapindex>\n")
    write_atomic(sitemap, text, durable=False)
    gz = sitemap.with_name(sitemap.name + ".gz")
    mtime = 0
    try:
        with open(gz, "rb") as fh:  # the time MkDocs stamped it with (SOURCE_DATE_EPOCH): same build, same bytes
            mtime = int.from_bytes(fh.read(8)[4:8], "little")
    except OSError:
        pass
    packed = io.BytesIO()
    with gzip.GzipFile(fileobj=packed, filename=str(gz), mode="wb", mtime=mtime) as out:
        out.write(text.encode("utf-8"))
    write_atomic(gz, packed.getvalue(), durable=False)

