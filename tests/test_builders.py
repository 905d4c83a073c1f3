"""The same pages build with MkDocs 1.6, ProperDocs and Zensical (README: plain Markdown, no plugin hooks).

ProperDocs and Zensical are not dependencies of the project: a test finds the builder's command in
$FACTARCHIVE_PROPERDOCS / $FACTARCHIVE_ZENSICAL (a path to the executable, e.g. in a virtualenv of its own) or
on PATH, and skips with a message when it is not there. Passes with these, each in a virtualenv of its own:

    python3 -m venv P && P/bin/pip install properdocs==1.6.7 && P/bin/pip install --no-deps mkdocs-material==9.7.7 \
        mkdocs-material-extensions==1.3.1 babel==2.18.0 backrefs==8.3.1 colorama==0.4.6 paginate==0.5.7 \
        pymdown-extensions==13.1.2 Pygments==2.21.0      # material without MkDocs, which ProperDocs replaces
    python3 -m venv Z && Z/bin/pip install zensical==0.0.73  # 0.0.74 and later need zensical-ui: no files on PyPI
    FACTARCHIVE_PROPERDOCS=P/bin/properdocs FACTARCHIVE_ZENSICAL=Z/bin/zensical pytest tests/test_builders.py
"""

from __future__ import annotations

import functools
import html
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from factarchive.cli import main

from .conftest import CHROMIUM, ROOT

ARTICLE = "articles/29/30-turkish-military-vehicles-enter-syrias-idlib/index.html"


def _builder(name: str) -> str:
    command = os.environ.get(f"FACTARCHIVE_{name.upper()}") or shutil.which(name)
    if not command:
        pytest.skip(f"{name} is not installed: set FACTARCHIVE_{name.upper()} to its command, or put it on PATH "
                    "(how to install it: tests/test_builders.py)")
    return command


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    """The demo archive's pages and the project's mkdocs.yml and overrides in one folder (Zensical builds only
    a docs and site folder inside the config's folder)."""
    out = tmp_path_factory.mktemp("builders")
    assert main(["site", "--archive", str(ROOT / "archive"), "--docs-dir", str(out / "docs"),
                 "--site-dir", str(out / "unused"), "--no-progress", "--no-build"]) == 0
    # A page moved (as write_pages leaves one for a merged entity): main.html writes its redirect.
    (out / "docs" / "moved-page.md").write_text("---\nredirect: people.md#bashar-al-assad\n---\n# Moved\n", "utf-8")
    shutil.copytree(ROOT / "overrides", out / "overrides")
    text = (ROOT / "mkdocs.yml").read_text("utf-8")
    assert re.search(r"^site_dir: site$", text, re.M)
    for name in ("mkdocs", "properdocs", "zensical"):
        (out / f"{name}.yml").write_text(re.sub(r"^site_dir: site$", f"site_dir: site-{name}", text, flags=re.M),
                                         "utf-8")
    return out


def _build(project: Path, name: str, cmd: list[str]) -> Path:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "946684800", "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run(cmd + ["build", "-f", f"{name}.yml"] + ([] if name == "zensical" else ["--strict"]),
                          cwd=project, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    return project / f"site-{name}"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_site_mkdocs_builds_byte_for_byte(project):
    properdocs = _builder("properdocs")
    expected = _tree(_build(project, "mkdocs", [sys.executable, "-m", "mkdocs"]))
    got = _tree(_build(project, "properdocs", [properdocs]))
    assert sorted(got) == sorted(expected)
    assert [path for path in expected if got[path] != expected[path]] == []


@pytest.fixture(scope="module")
def zensical_site(project) -> Path:
    return _build(project, "zensical", [_builder("zensical")])


def test_zensical_writes_every_page_with_what_main_html_adds(zensical_site, project):
    pages = sorted(p.relative_to(project / "docs").with_suffix("").as_posix() for p in (project / "docs").rglob("*.md"))
    missing = [p for p in pages if not (zensical_site / (p.removesuffix("index") if p.endswith("index") else p + "/")
                                        / "index.html").is_file()]
    assert missing == []
    page = (zensical_site / ARTICLE).read_text("utf-8")
    # The escaped title, the feed, the JSON-LD, material's header with our search box, the nav and the TOC.
    assert "<title>30 Turkish military vehicles enter Syria&#x27;s Idlib - Fact archive</title>" in page
    assert '<link rel="alternate" type="application/atom+xml" title="Newest articles" href="../../../feed.xml">' in page
    jsonld = re.search(r'<script type="application/ld\+json">(.*?)</script>', page).group(1)
    assert json.loads(jsonld)["headline"] == "30 Turkish military vehicles enter Syria's Idlib"
    header = re.search(r'<header class="md-header md-header--shadow".*?</header>', page, re.S).group(0)
    assert re.findall(r'<a href="([^"]*)"[^>]*class="md-header__button md-logo"', header) == ["../../.."]
    assert '<span class="md-ellipsis">30 Turkish military vehicles enter Syria&#x27;s Idlib</span>' in header
    assert '<form class="md-search__form" data-factarchive-search data-directory-urls="true">' in header
    assert "partials/shell.js" not in page and "partials/shell.css" not in page
    toc = re.findall(r'<a href="#([a-z-]+)" class="md-nav__link">', page)
    assert toc[:3] == ["actors", "places", "figures"]
    nav = [html.unescape(t) for t in re.findall(r'<span class="md-ellipsis">\s*([A-Z][a-z]+)\s*</span>', page)]
    assert {"Home", "Articles", "People", "Organisations", "Places", "Figures", "Schema"} <= set(nav)
    moved = (zensical_site / "moved-page" / "index.html").read_text("utf-8")
    # (Zensical's escape filter writes "/" as "&#x2f;", which the attribute's value decodes to.)
    refresh = re.findall(r'<meta http-equiv="refresh" content="([^"]*)">', moved)
    assert [html.unescape(c) for c in refresh] == ["0; url=../people/#bashar-al-assad"]
    missing_page = (zensical_site / "404.html").read_text("utf-8")
    assert "<h1>404 - Not found</h1>" in missing_page and "assets/factarchive/moved.js" in missing_page


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not at /usr/bin/chromium (make browser)")
@pytest.mark.parametrize("width", [1280, 390])
def test_zensical_pages_search_in_a_browser_without_console_errors(zensical_site, browser, width):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(zensical_site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    context = browser.new_context(viewport={"width": width, "height": 900}, has_touch=width < 600)
    try:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("console", lambda m: m.type == "error" and errors.append(m.text))
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(f"http://127.0.0.1:{server.server_address[1]}/{ARTICLE}")
        assert tab.locator(".md-sidebar--secondary .md-nav__link").count() >= 6
        if width < 600:  # on a phone the box is behind the header's search icon
            tab.locator('label.md-header__button[for="__search"]').tap()
        else:
            tab.keyboard.press("s")
        assert tab.evaluate("document.activeElement.classList.contains('md-search__input')") is True
        tab.keyboard.type("Erdogan")
        tab.wait_for_function("() => document.querySelector('.md-search-result').dataset.query === 'Erdogan'",
                              timeout=20_000)
        assert tab.locator(".md-search-result__meta").inner_text() == "3 results"
        # Seen, not only there: the point at the middle of the first result is that result (on a phone, Zensical's
        # header once held the panel in its 48 px, and the results had no height).
        assert tab.evaluate("""() => {
          const item = document.querySelector(".md-search-result__item"), box = item.getBoundingClientRect();
          return item.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
        }""") is True
        assert errors == []
    finally:
        context.close()
        server.shutdown()
        server.server_close()
