"""Hostile text: article text is untrusted, and comes out as inert, visible text on the site and in the JSON twins.

A wire-format seed full of script tags, event handlers, javascript: and data:
links, template syntax, YAML tags and Markdown that tries to break out of a
table or a link is built into a real site; the HTML is inspected, then every
page is opened in headless Chromium and must run no script from the article.
"""

from __future__ import annotations

import functools
import html
import json
import re
import threading
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from factarchive.cli import main

from .conftest import ROOT

TITLE = ("Erdogan <script>console.log(\"PWNED-title\")</script> visits Ankara {{ 7*191 }} | x | "
         "[t](javascript:console.log('PWNED-tl'))")
OUTLET = "<img src=x onerror=console.log('PWNED-outlet')>"
CAPTION = "Erdogan <svg onload=\"console.log('PWNED-svg')\"> in Ankara, March 5, 2020."
YAML_CAPTION = "Putin !!python/object/apply:os.system [\"touch /tmp/PWNED-yaml\"] in Moscow, March 6, 2020."
RELATED = "<script>console.log('PWNED-related')</script> [x](javascript:console.log('PWNED-rel'))"
YAML_RELATED = "!!python/object/apply:os.system [\"touch /tmp/PWNED-yaml\"]"
SOURCE = "<b onmouseover=console.log('PWNED-src')>Xinhua</b>"
PARAGRAPHS = [
    "Recep Tayyip Erdogan said 30 <img src=/PWNED-img onerror=\"console.log('PWNED-img')\"> soldiers arrived in Ankara on Monday.",
    "NATO said [click me](javascript:console.log('PWNED-js')) and <a href=\"javascript:console.log('PWNED-a')\">this link</a> "
    "were shared in Moscow.",
    "Vladimir Putin said ![x](data:text/html;base64,PHNjcmlwdD5jb25zb2xlLmxvZygnUFdORUQnKTwvc2NyaXB0Pg==) and "
    "<iframe src=\"data:text/html,<script>console.log('PWNED-iframe')</script>\"></iframe> in Moscow.",
    "The United Nations said {{ 7*191 }} and {% raw %}{{ config }}{% endraw %} and ${7*191} appeared in Idlib.",
    "Turkey said 12 | </td><script>console.log('PWNED-table')</script> | vehicles entered Syria.",
    "Russia said !!python/object/apply:os.system [\"touch /tmp/PWNED-yaml\"] and &lt;script&gt; and "
    "<style>body{display:none}</style> in Moscow.",
    "Iran said ](/PWNED-bracket) [x]: /PWNED-ref \"t\" <http://127.0.0.1:9/PWNED-auto> in Tehran.",
]
SEED = "\n\n".join([f"{TITLE}\n{OUTLET}", f"{CAPTION} /AFP Photo", f"{CAPTION} /AFP Photo",
                    f"{YAML_CAPTION} /Reuters Photo", *PARAGRAPHS,
                    f"Read more: {RELATED}", YAML_RELATED, f"Source(s): {SOURCE}"]) + "\n"
ARTICLE = "erdogan-script-console-log-pwned-title-script-visits-ankara"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    (out / "seeds").mkdir()
    (out / "seeds" / "hostile.txt").write_text(SEED, "utf-8")
    status = main(["--seeds", str(out / "seeds"), "--archive", str(out / "archive"), "--docs-dir", str(out / "docs"),
                   "--site-dir", str(out / "site"), "--config", str(ROOT / "mkdocs.yml")])
    assert status == 0
    return out


class _Page(HTMLParser):
    """Elements, attributes and visible text of one built page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attrs: list[tuple[str, str, str]] = []  # (tag, attribute, value)
        self.scripts: list[str] = []
        self.jsonld: list[str] = []  # <script type="application/ld+json">: data, not code
        self.text: list[str] = []
        self._in_script: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.attrs += [(tag, name, value or "") for name, value in attrs]
        if tag == "script":
            self._in_script = self.jsonld if dict(attrs).get("type") == "application/ld+json" else self.scripts

    def handle_endtag(self, tag):
        self._in_script = None

    def handle_data(self, data):
        (self.text if self._in_script is None else self._in_script).append(data)


def _parse(path: Path) -> _Page:
    page = _Page()
    # <title> is raw text to a browser, but not to HTMLParser; the browser tests cover it.
    page.feed(re.sub(r"<title>.*?</title>", "", path.read_text("utf-8"), count=1, flags=re.S))
    return page


def test_hostile_strings_are_inert_in_every_built_page(hostile_site):
    pages = sorted((hostile_site / "site").rglob("*.html"))
    assert len(pages) > 20
    for path in pages:
        page = _parse(path)
        where = path.relative_to(hostile_site / "site").as_posix()
        assert [a for a in page.attrs if a[1].startswith("on")] == [], where
        assert [a for a in page.attrs if a[1] in ("href", "src", "action", "formaction")
                and a[2].strip().lower().startswith(("javascript:", "data:"))] == [], where
        assert [a for a in page.attrs if "PWNED" in a[2] and a[1] not in ("href", "id") ] == [], where
        assert [s for s in page.scripts if "PWNED" in s] == [], where
        # JSON-LD carries the article's strings as data: valid JSON with no raw "<" that could end the script.
        for data in page.jsonld:
            json.loads(data)
            assert "<" not in data and ">" not in data, where
        assert [t for t, *_ in page.attrs if t in ("iframe", "img", "style", "b")] == [], where


def test_hostile_strings_show_as_the_text_they_are(hostile_site):
    page = _parse(hostile_site / "site" / "articles" / ARTICLE / "index.html")
    text = re.sub(r"\s+", " ", "".join(page.text))
    for shown in (TITLE, f"Outlet: {OUTLET}", f"Wire source: {SOURCE}", CAPTION, YAML_CAPTION, RELATED, YAML_RELATED,
                  PARAGRAPHS[1], PARAGRAPHS[3]):
        assert shown in text
    assert "1337" not in text  # {{ 7*191 }} was never evaluated


def test_json_twins_carry_the_exact_text(hostile_site):
    twin = json.loads((hostile_site / "site" / "articles" / f"{ARTICLE}.json").read_text("utf-8"))
    assert (twin["title"], twin["outlet"], twin["source"], twin["related"]) == (TITLE, OUTLET, SOURCE, [RELATED, YAML_RELATED])
    assert [c["caption"] for c in twin["images"]] == [CAPTION, YAML_CAPTION]
    evidence = {s for fact in twin["actors"] + twin["locations"] + twin["figures"] for s in fact["evidence"]}
    assert PARAGRAPHS[1] in evidence and PARAGRAPHS[3] in evidence


def test_yaml_tag_in_article_text_stays_a_string(hostile_site):
    text = (hostile_site / "archive" / f"{ARTICLE}.yaml").read_text("utf-8")
    assert "\n- '!!python/object/apply:os.system [\"touch /tmp/PWNED-yaml\"]'\n" in text  # quoted: a string, not a tag
    data = yaml.safe_load(text)  # would raise on a real tag
    assert (data["related"], [c["caption"] for c in data["images"]]) == ([RELATED, YAML_RELATED], [CAPTION, YAML_CAPTION])
    assert not Path("/tmp/PWNED-yaml").exists()


def test_yaml_is_only_ever_loaded_with_safe_loaders():
    unsafe = re.compile(r"yaml\.(unsafe_load|full_load|load_all)\b|\b(Full|Unsafe)Loader\b|Loader\s*=\s*yaml\.Loader\b")
    calls = re.compile(r"yaml\.load\(.*")  # the rest of the line: the Loader argument is on it
    found = []
    for path in sorted((ROOT / "factarchive").rglob("*.py")):
        source = path.read_text("utf-8")
        found += [f"{path.name}: {m.group(0)}" for m in unsafe.finditer(source)]
        found += [f"{path.name}: {m.group(0)}" for m in calls.finditer(source) if "Loader=SafeLoader)" not in m.group(0)]
    assert found == []
    from factarchive import archive

    assert archive.SafeLoader.__name__ in ("CSafeLoader", "SafeLoader")


# --------------------------------------------------------------------------- in the browser


CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]


class _Server:
    """The built site on 127.0.0.1, remembering every path asked for."""

    def __init__(self, site: Path):
        self.paths: list[str] = []
        paths = self.paths

        class Handler(SimpleHTTPRequestHandler):
            def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
                paths.append(self.path)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}/"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.httpd.server_close()


def _visit_every_page(site: Path) -> dict[str, list[str]]:
    """Open every page (and search for the article) in Chromium; what the article's text made happen."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (make browser installs it)")
    from playwright.sync_api import sync_playwright

    seen: dict[str, list[str]] = {"dialogs": [], "console": [], "errors": [], "outside": [], "served": []}
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))
    with _Server(site) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            tab = browser.new_page()
            tab.on("dialog", lambda d: (seen["dialogs"].append(d.message), d.dismiss()))
            tab.on("console", lambda m: seen["console"].append(m.text) if "PWNED" in m.text else None)
            tab.on("pageerror", lambda e: seen["errors"].append(str(e)))
            tab.on("request", lambda r: None if r.url.startswith(server.base) else seen["outside"].append(r.url))
            for page in pages:
                tab.goto(server.base + page, wait_until="load")
                tab.mouse.move(10, 10)
                tab.wait_for_timeout(50)
            # Material's search renders results from the index; the article's strings are in it.
            tab.goto(server.base, wait_until="load")
            tab.keyboard.press("s")
            tab.keyboard.type("PWNED console script")
            tab.wait_for_selector(".md-search-result__item", timeout=15_000)
            tab.wait_for_timeout(300)
        finally:
            browser.close()
        seen["served"] = sorted({p for p in server.paths if "PWNED" in p})
    return seen


@pytest.mark.browser
def test_no_script_from_the_article_runs_in_the_browser(hostile_site):
    seen = _visit_every_page(hostile_site / "site")
    assert seen == {"dialogs": [], "console": [], "errors": [], "outside": [], "served": []}


TITLE_BREAKOUT = "Putin </title><script>console.log(\"PWNED-breakout\")</script> meets Erdogan in Moscow"


@pytest.mark.browser
def test_headline_cannot_break_out_of_the_html_title(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "breakout.txt").write_text(f"{TITLE_BREAKOUT}\n\nPutin met Erdogan in Moscow on Monday.\n", "utf-8")
    assert main(["--seeds", str(tmp_path / "seeds"), "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"),
                 "--site-dir", str(tmp_path / "site"), "--config", str(ROOT / "mkdocs.yml")]) == 0
    seen = _visit_every_page_without_search(tmp_path / "site")
    assert seen["console"] == []


def _visit_every_page_without_search(site: Path) -> dict[str, list[str]]:
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is not installed (make browser installs it)")
    from playwright.sync_api import sync_playwright

    seen: dict[str, list[str]] = {"console": []}
    with _Server(site) as server, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        try:
            tab = browser.new_page()
            tab.on("console", lambda m: seen["console"].append(m.text) if "PWNED" in m.text else None)
            for page in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")):
                tab.goto(server.base + page, wait_until="load")
        finally:
            browser.close()
    return seen


def test_html_escape_of_title_is_what_the_page_shows(hostile_site):
    """The article's H1 on the built page is the headline, character for character."""
    source = (hostile_site / "site" / "articles" / ARTICLE / "index.html").read_text("utf-8")
    h1 = re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", source, re.S)
    assert h1 is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip() == TITLE
