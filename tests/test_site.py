"""The built demo site: strict MkDocs build, links between articles and entities, escaping, determinism."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest

from factarchive.site import urls
from factarchive.site.machine import read_lookup

from .conftest import ROOT

ARTICLE = "30-turkish-military-vehicles-enter-syrias-idlib"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"])
        if a.get("id"):
            self.ids.add(a["id"])


def _parse(path: Path) -> _Links:
    p = _Links()
    p.feed(path.read_text("utf-8"))
    return p


def _resolve(site: Path, page: Path, href: str) -> Path | None:
    """The file a relative link from ``page`` lands on, or None for external links."""
    parsed = urlparse(href)
    if parsed.scheme or href.startswith("//"):
        return None
    base = "/" + page.relative_to(site).as_posix()
    target = unquote(urlparse(urljoin(base, parsed.path)).path).lstrip("/")
    path = site / target
    return path / "index.html" if (not target or target.endswith("/") or path.is_dir()) else path


def test_home_links_to_article_and_article_holds_every_entity_named_once(demo_build, seed_sheet):
    """One article: every entity it names lives on its page (an anchored row), none has a page of its own."""
    site = demo_build / "site"
    home = _parse(site / "index.html")
    article_url = urls.page_url(urls.article(ARTICLE))
    assert article_url == f"articles/{urls.bucket(ARTICLE)}/{ARTICLE}/"
    assert article_url in home.hrefs
    page = _parse(site / article_url / "index.html")
    assert [h for h in page.hrefs if "entities/" in h] == []
    people = _parse(site / "people" / "index.html").hrefs
    for fact in seed_sheet.actors:
        assert f"actor-{fact.id}" in page.ids, fact.id
        if fact.kind == "person":
            assert f"../{article_url}#actor-{fact.id}" in people, fact.id
    for fact in seed_sheet.locations:
        assert f"place-{fact.id}" in page.ids, fact.id
    assert not (site / "entities").exists()


def test_every_internal_link_resolves(demo_build):
    site = demo_build / "site"
    pages = sorted(site.rglob("*.html"))
    # home, 8 indexes, the review page, 1 month of articles, 2 pages of figures by unit (counts, years),
    # 1 article, 404; no entity page (each of the 18 is named in the one article)
    assert len(pages) == 15
    broken = []
    for page in pages:
        parsed = _parse(page)
        for href in parsed.hrefs:
            target = _resolve(site, page, href)
            if target is None or page.name == "404.html":  # 404.html links from the site root, wherever it is served
                continue
            if not target.is_file():
                broken.append(f"{page.relative_to(site)} -> {href}")
                continue
            fragment = urlparse(href).fragment
            if fragment and target.suffix == ".html" and fragment not in _parse(target).ids:
                broken.append(f"{page.relative_to(site)} -> {href} (no anchor)")
    assert broken == []


def test_machine_readable_twins(demo_build):
    import json

    site = demo_build / "site"
    article = json.loads((site / urls.article_json(ARTICLE)).read_text("utf-8"))
    assert article["id"] == ARTICLE and article["outlet"] == "CGTN"
    lookup = read_lookup(site)
    assert lookup["names"]["Erdogan"] == ["recep-tayyip-erdogan"]
    assert lookup["entities"]["recep-tayyip-erdogan"] == [
        "Recep Tayyip Erdogan", "person", f"{urls.page_url(urls.article(ARTICLE))}#actor-recep-tayyip-erdogan"]


def test_site_build_is_byte_identical(tmp_path, demo_build):
    from factarchive.site.mkdocs_build import run_mkdocs

    result = run_mkdocs(ROOT / "mkdocs.yml", demo_build / "docs", tmp_path / "again")
    assert result.ok, result.output
    first = {p.relative_to(demo_build / "site"): p.read_bytes() for p in (demo_build / "site").rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "again"): p.read_bytes() for p in (tmp_path / "again").rglob("*") if p.is_file()}
    assert first == second


HOSTILE = [
    '<script>alert("x")</script>',
    "<img src=x onerror=alert(1)>",
    "[click](javascript:alert(1))",
    "**bold** _it_ `code` | pipe | {{ jinja }} {% raw %}",
    "- list\n# heading",
    "![img](data:text/html,<script>alert(1)</script>)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_is_inert(tmp_path, text):
    """An article's strings reach the page as visible text, never as markup."""
    import markdown

    from factarchive.site.escape import escape_md

    html = markdown.markdown(f"- {escape_md(text)}", extensions=["tables", "attr_list"])
    assert html.count("<") == 4  # <ul><li></li></ul>: nothing else became a tag
    visible = re.sub(r"<[^>]+>", "", html)
    import html as html_mod

    assert html_mod.unescape(visible).strip() == " ".join(text.split())
