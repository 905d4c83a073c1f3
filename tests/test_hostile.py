"""Hostile text: article text is untrusted, and comes out as inert, visible text on the site and in the JSON twins.

A wire-format seed full of script tags, event handlers, javascript: and data:
links, template syntax, YAML tags and Markdown that tries to break out of a
table or a link is built into a real site; the HTML is inspected, then every
page is opened in headless Chromium and must run no script from the article.
"""

from __future__ import annotations

import datetime as dt
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
from factarchive.site import urls

from .conftest import CHROMIUM, ROOT
from .conftest import CHROMIUM_ARGS as LAUNCH_ARGS

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
# A second article naming the same people and places: an entity named in one article lives on its article's page
# (urls.entity_home), so only a second article gives them entity pages, where the first one's hostile title and
# sentences are listed again and must be as inert there.
SECOND_TITLE = "Erdogan <script>console.log(\"PWNED-second\")</script> meets Putin"
SECOND_SEED = (f"{SECOND_TITLE}\n<b onclick=console.log('PWNED-outlet2')>Wire</b>\n\n"
               "Recep Tayyip Erdogan met Vladimir Putin in Moscow on Tuesday, and NATO said <img src=x "
               "onerror=\"console.log('PWNED-img2')\"> nothing.\n\n"
               "Turkey and Russia said [x](javascript:console.log('PWNED-js2')) 40 vehicles left Ankara for Idlib.\n")
SECOND = "erdogan-script-console-log-pwned-second-script-meets-putin"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    (out / "seeds").mkdir()
    (out / "seeds" / "hostile.txt").write_text(SEED, "utf-8")
    (out / "seeds" / "second.txt").write_text(SECOND_SEED, "utf-8")
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


def _built(page: str) -> Path:
    """The built HTML of a docs page (directory URLs)."""
    return Path(urls.page_url(page)) / "index.html"


def test_hostile_strings_are_inert_in_every_built_page(hostile_site):
    pages = sorted((hostile_site / "site").rglob("*.html"))
    built = {p.relative_to(hostile_site / "site").as_posix() for p in pages}
    # Both articles, and a page for every entity the two name (the entity pages list both hostile titles).
    assert {_built(urls.article(a)).as_posix() for a in (ARTICLE, SECOND)} <= built
    assert {_built(urls.entity(e)).as_posix() for e in (
        "erdogan", "vladimir-putin", "nato", "turkey", "russia", "moscow", "ankara", "idlib")} <= built
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
    page = _parse(hostile_site / "site" / _built(urls.article(ARTICLE)))
    text = re.sub(r"\s+", " ", "".join(page.text))
    for shown in (TITLE, f"Outlet: {OUTLET}", f"Wire source: {SOURCE}", CAPTION, YAML_CAPTION, RELATED, YAML_RELATED,
                  PARAGRAPHS[1], PARAGRAPHS[3]):
        assert shown in text
    assert "1337" not in text  # {{ 7*191 }} was never evaluated
    # An entity page lists both articles by their headlines, as text.
    entity = _parse(hostile_site / "site" / _built(urls.entity("erdogan")))
    entity_text = re.sub(r"\s+", " ", "".join(entity.text))
    assert TITLE in entity_text and SECOND_TITLE in entity_text and "1337" not in entity_text


def test_json_twins_carry_the_exact_text(hostile_site):
    twin = json.loads((hostile_site / "site" / urls.article_json(ARTICLE)).read_text("utf-8"))
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


def test_yaml_is_only_ever_loaded_through_yamlsafe():
    """Every YAML read from people goes through factarchive.yamlsafe: safe tags, no anchors or aliases."""
    calls = re.compile(r"yaml\.(load|safe_load|unsafe_load|full_load|load_all|safe_load_all|compose|parse)\(|"
                       r"\b(Full|Unsafe)Loader\b|yaml\.Loader\b")
    found = []
    for path in sorted((ROOT / "factarchive").rglob("*.py")):
        if path.name != "yamlsafe.py":
            found += [f"{path.name}: {m.group(0)}" for m in calls.finditer(path.read_text("utf-8"))]
    assert found == []
    from factarchive import yamlsafe

    assert [c.__name__ for c in yamlsafe.SafeLoader.__mro__[:2]] == ["SafeLoader", "CSafeLoader"]  # libyaml's speed


# --------------------------------------------------------------------------- in the browser




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
    source = (hostile_site / "site" / _built(urls.article(ARTICLE))).read_text("utf-8")
    h1 = re.search(r"<h1[^>]*>(.*?)<a class=\"headerlink\"", source, re.S)
    assert h1 is not None
    assert html.unescape(re.sub(r"<[^>]+>", "", h1.group(1))).strip() == TITLE


# --------------------------------------------------------------------------- hostile seeds and archives (issue 18)
#
# Seeds come from many hands, and fact sheets and corrections.yaml are edited by people. These run the real
# command line; the ones that once cost gigabytes run it in a subprocess under a memory limit, so a regression
# fails the test instead of taking the machine down. How much time and memory they cost is measured by
# benchmarks/hostile_yaml.py, not here.

import resource  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from factarchive import limits, yamlsafe  # noqa: E402
from factarchive.extract import run as extract_run  # noqa: E402
from factarchive.fsutil import list_files  # noqa: E402
from factarchive.model import Actor, Caption, Extractor, FactSheet, PictureSubject  # noqa: E402
from factarchive.readers import common as reader_common  # noqa: E402

MEMORY_LIMIT = 1 << 30  # 1 GiB of address space: the fixed build needs ~90 MB of resident memory for these
ALIAS_ERROR = "YAML anchors and aliases are not allowed; write the value out in full"
OUTSIDE_SEEDS = "is a link that leads outside the seeds folder; not read"
OUTSIDE_ARCHIVE = "is a link that leads outside the archive folder; not read"


def alias_bomb(levels: int = 9, key: str = "author") -> str:
    """The YAML of the issue: nine anchors, each a list of nine references to the one before (under 1 KB)."""
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    names = "abcdefghijklmnopqrstuvwxyz"
    for prev, name in zip(names[:levels - 1], names[1:levels]):
        lines.append(f"{name}: &{name} [{', '.join([f'*{prev}'] * 9)}]")
    lines.append(f"{key}: *{names[levels - 1]}")
    return "\n".join(lines) + "\n"


def _limited_cli(*args: str, cwd: Path) -> tuple[int, str, str]:
    """build.py in a subprocess that cannot take more than MEMORY_LIMIT: (status, stdout, stderr)."""
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))

    proc = subprocess.run([sys.executable, str(ROOT / "build.py"), *args], cwd=cwd, capture_output=True, text=True,
                          preexec_fn=limit)
    return proc.returncode, proc.stdout, re.sub(r"\(\d+\.\d s\)", "(T s)", proc.stderr)


def _summary(out: str) -> str:
    return re.sub(r"\(\d+\.\d s\)", "(T s)", out)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _sheet_text(sheet_id: str, title: str = "Storm hits Ankara") -> str:
    return (f"schema_version: 1\nid: {sheet_id}\ntitle: {title}\nseed: {sheet_id}.txt\ncontent_hash: {'a' * 64}\n"
            f"extractor:\n  version: 0.1.0\n  model: m\n  stages:\n    s: '1'\n")


@pytest.mark.issue(18)
def test_alias_bomb_in_front_matter_is_refused_unexpanded_by_the_cli(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bomb.md").write_text(f"---\ntitle: Council approves new bridge\n{alias_bomb()}---\nThe council met.\n", "utf-8")
    assert len((seeds / "bomb.md").read_bytes()) < 1024
    status, out, err = _limited_cli("extract", "--seeds", "seeds", "--archive", "archive", cwd=tmp_path)
    assert (status, err) == (1, f"error: seeds/bomb.md: front matter uses the anchor 'a' at line 3, column 4: {ALIAS_ERROR}\n")
    assert _summary(out) == "extract: nothing extracted; to check, listed above: 1 error (T s) -> archive/\n"
    assert _tree(tmp_path / "archive") == {".extracted.json": b"{}\n"}


@pytest.mark.issue(18)
def test_alias_bomb_in_a_fact_sheet_and_in_corrections_is_refused_by_check_and_site(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "storm-hits-ankara.yaml").write_text(_sheet_text("storm-hits-ankara") + alias_bomb(key="outlet"), "utf-8")
    (archive / "corrections.yaml").write_text("reject: [x]\n" + alias_bomb(key="merge"), "utf-8")
    status, out, err = _limited_cli("check", "--archive", "archive", cwd=tmp_path)
    assert (status, out) == (1, "check: 0 fact sheets valid, 2 invalid in archive/\n")
    assert err == (f"error: archive/storm-hits-ankara.yaml: uses the anchor 'a' at line 11, column 4: {ALIAS_ERROR}\n"
                   f"error: archive/corrections.yaml: uses the anchor 'a' at line 2, column 4: {ALIAS_ERROR}\n")
    status, out, err = _limited_cli("site", "--archive", "archive", "--docs-dir", "docs", "--no-build", cwd=tmp_path)
    assert (status, out) == (1, "")
    assert err == f"error: archive/corrections.yaml: uses the anchor 'a' at line 2, column 4: {ALIAS_ERROR} (site not generated)\n"
    assert not (tmp_path / "docs").exists()


@pytest.mark.parametrize("text, problem", [
    ("a: &x 1\n", f"uses the anchor 'x' at line 1, column 4: {ALIAS_ERROR}"),
    ("a: [1, *x]\n", f"uses the alias 'x' at line 1, column 8: {ALIAS_ERROR}"),
    ("a: &" + "n" * 500 + " 1\n", f"uses the anchor '{'n' * 36}... at line 1, column 4: {ALIAS_ERROR}"),
    ("a: [1,\n", "is not valid YAML at line 2, column 1: did not find expected node content"),
    ("a: !!python/object/apply:os.system [x]\n", "is not valid YAML at line 1, column 4: could not determine a constructor "
     "for the tag 'tag:yaml.org,2002:python/object/apply:os.system'"),
    ("a: " + "9" * 5000 + "\n", f"is not valid YAML at line 1, column 4: cannot read '{'9' * 37}...{'9' * 38}' as int "
     "(Exceeds the limit (4300 digits) for integer string conversion: value has 5000...)"),
    ("a: 2024-13-45\n", "is not valid YAML at line 1, column 4: cannot read '2024-13-45' as timestamp (month must be in 1..12)"),
])
def test_yamlsafe_refuses_with_line_column_and_a_short_excerpt(text, problem):
    with pytest.raises(yaml.YAMLError) as err:
        yamlsafe.load(text)
    assert yamlsafe.describe(err.value) == problem


def test_yamlsafe_loads_plain_yaml_with_ampersands_and_stars_in_text():
    text = 'title: "M&S and AT&T *rally*"\nlist: [a & b, "*x"]\nwhen: 2024-03-05\n'
    assert yamlsafe.load(text) == {"title": "M&S and AT&T *rally*", "list": ["a & b", "*x"], "when": dt.date(2024, 3, 5)}


@pytest.mark.parametrize("value, shown", [
    ("x" * 10_000, "'" + "x" * 37 + "..." + "x" * 38 + "'"),
    ("a\nerror: forged line\x00\x1b[31m", "'a\\nerror: forged line\\x00\\x1b[31m'"),
    ([["lol"] * 9] * 9, "[['lol', 'lol', 'lol', 'lol', 'lol', 'lol', ...], ['lol', 'lol', 'lol', 'lol'..."),
    (list(range(10**6)), "[0, 1, 2, 3, 4, 5, ...]"),
])
def test_excerpt_is_short_escaped_and_costs_little_whatever_the_value(value, shown):
    assert limits.excerpt(value) == shown
    assert len(shown) <= limits.MAX_EXCERPT_CHARS


@pytest.mark.issue(18)
def test_error_messages_quote_only_an_excerpt_of_a_huge_value(tmp_path, capsys):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "storm-hits-ankara.yaml").write_text(_sheet_text("storm-hits-ankara") + f"outlet: [{'x' * 100_000}]\n", "utf-8")
    (archive / "corrections.yaml").write_text(f"reject: [ok]\nrename:\n  ok: [{'k' * 5000}]\n", "utf-8")
    assert main(["check", "--archive", str(archive)]) == 1
    err = capsys.readouterr().err
    x, k = "'" + "x" * 37 + "..." + "x" * 35, "'" + "k" * 37 + "..." + "k" * 35
    assert err.splitlines() == [
        f"error: {archive}/storm-hits-ankara.yaml: field 'outlet' [{x}... is not of type 'string'",
        f"error: {archive}/corrections.yaml: field 'rename.ok' [{k}... is not of type 'string'",
    ]


@pytest.mark.issue(18)
def test_seed_links_leading_outside_seeds_are_named_and_skipped_and_the_rest_built(tmp_path, capsys):
    (tmp_path / "secret.txt").write_text("Password for the newsroom server\n\nThe password for the newsroom server is "
                                         "hunter2, said Jane Smith in London.\n", "utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "other.txt").write_text(_story_text("Flood hits Leeds"), "utf-8")
    seeds = tmp_path / "seeds"
    (seeds / "inner").mkdir(parents=True)
    (seeds / "storm.txt").write_text(_story_text("Storm hits Ankara"), "utf-8")
    (seeds / "link.txt").symlink_to(tmp_path / "secret.txt")
    (seeds / "inner" / "up.txt").symlink_to("../../secret.txt")
    (seeds / "folder").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    (seeds / "photo.jpg").symlink_to(tmp_path / "secret.txt")  # not a seed type: never listed, never reported
    (seeds / "inner" / "same.txt").symlink_to("../storm.txt")  # inside seeds: a seed like any other
    status = main(["extract", "--seeds", str(seeds), "--archive", str(tmp_path / "archive")])
    out = capsys.readouterr()
    assert status == 1
    assert out.err.splitlines() == [
        f"error: {seeds}/folder: {OUTSIDE_SEEDS}",
        f"error: {seeds}/inner/up.txt: {OUTSIDE_SEEDS}",
        f"error: {seeds}/link.txt: {OUTSIDE_SEEDS}",
        f"notice: {seeds}/storm.txt: same bytes as {seeds}/inner/same.txt; extracted once, from {seeds}/inner/same.txt",
    ]
    assert _summary(out.out) == (f"new: {tmp_path / 'archive'}/storm-hits-ankara.yaml (from inner/same.txt)\n"
                                 f"extract: 1 sheet written, 1 duplicate not extracted; to check, listed above: "
                                 f"3 errors (T s) -> {tmp_path / 'archive'}/\n")
    tree = _tree(tmp_path / "archive")
    assert sorted(tree) == [".extracted.json", ".machine/storm-hits-ankara.yaml", "storm-hits-ankara.yaml"]
    assert not any(b"hunter2" in data or b"Leeds" in data for data in tree.values())


def _story_text(title: str) -> str:
    return f"{title}\n\nOfficials in Ankara said 12 people attended the meeting on Monday.\n"


def test_read_seed_refuses_a_path_leading_outside_seeds(tmp_path):
    from factarchive.readers import SeedError, read_seed

    (tmp_path / "secret.txt").write_text(_story_text("Secret"), "utf-8")
    (tmp_path / "seeds").mkdir()
    with pytest.raises(SeedError) as err:
        read_seed(tmp_path / "seeds" / ".." / "secret.txt", tmp_path / "seeds")
    assert str(err.value) == f"{tmp_path}/seeds/../secret.txt: {OUTSIDE_SEEDS}"


def test_list_files_never_lists_through_a_link_leading_outside(tmp_path):
    root = tmp_path / "root"
    (root / "a").mkdir(parents=True)
    (tmp_path / "out.yaml").write_text("x", "utf-8")
    (root / "a" / "b.yaml").write_text("x", "utf-8")
    (root / "c.yaml").symlink_to(tmp_path / "out.yaml")
    (root / "d.yaml").symlink_to("a/b.yaml")
    (root / "e").symlink_to(tmp_path, target_is_directory=True)
    (root / "f").symlink_to("a", target_is_directory=True)
    (root / "g.yaml").symlink_to(root / "g.yaml")  # a loop
    # The loop leads nowhere, so nothing is read through it and there is nothing to report.
    assert list_files(root, "*.yaml") == ([root / "a" / "b.yaml", root / "d.yaml"], [root / "c.yaml", root / "e"])
    assert list_files(root, "*.yaml", recursive=False) == ([root / "d.yaml"], [root / "c.yaml", root / "e"])


@pytest.mark.issue(18)
def test_archive_links_leading_outside_are_reported_and_never_published(tmp_path, capsys):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "storm-hits-ankara.yaml").write_text(_sheet_text("storm-hits-ankara"), "utf-8")
    (tmp_path / "secret-sheet.yaml").write_text(_sheet_text("secret-sheet", "The password is hunter2"), "utf-8")
    (archive / "secret-sheet.yaml").symlink_to(tmp_path / "secret-sheet.yaml")
    assert main(["check", "--archive", str(archive)]) == 1
    out = capsys.readouterr()
    assert (out.out, out.err) == (f"check: 1 fact sheets valid, 1 invalid in {archive}/\n",
                                  f"error: {archive}/secret-sheet.yaml: {OUTSIDE_ARCHIVE}\n")
    assert main(["site", "--archive", str(archive), "--docs-dir", str(tmp_path / "docs"), "--no-build"]) == 1
    out = capsys.readouterr()
    assert out.err == f"error: {archive}/secret-sheet.yaml: {OUTSIDE_ARCHIVE} (left out of the site)\n"
    articles = sorted(p.relative_to(tmp_path / "docs").as_posix() for p in (tmp_path / "docs" / "articles").rglob("*") if p.is_file())
    assert articles == ["articles/a4/storm-hits-ankara.json", "articles/a4/storm-hits-ankara.md", "articles/index.md"]
    assert (urls.article("storm-hits-ankara"), urls.article_json("storm-hits-ankara")) == tuple(articles[1::-1])
    assert not any(b"hunter2" in data for data in _tree(tmp_path / "docs").values())


@pytest.mark.issue(18)
def test_corrections_link_leading_outside_stops_the_site(tmp_path, capsys):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "storm-hits-ankara.yaml").write_text(_sheet_text("storm-hits-ankara"), "utf-8")
    (tmp_path / "theirs.yaml").write_text("reject: [storm]\n", "utf-8")
    (archive / "corrections.yaml").symlink_to(tmp_path / "theirs.yaml")
    assert main(["site", "--archive", str(archive), "--docs-dir", str(tmp_path / "docs"), "--no-build"]) == 1
    out = capsys.readouterr()
    assert (out.out, out.err) == ("", f"error: {archive}/corrections.yaml: {OUTSIDE_ARCHIVE} (site not generated)\n")
    assert not (tmp_path / "docs").exists()


def test_front_matter_value_over_its_bound_is_reported_by_name(tmp_path):
    from factarchive.readers import SeedError, read_seed

    path = tmp_path / "long.md"
    path.write_text(f"---\ntitle: Short\nauthor: [{', '.join(['Jane Smith'] * 200)}]\n---\nThe body.\n", "utf-8")
    with pytest.raises(SeedError) as err:
        read_seed(path, tmp_path)
    assert str(err.value) == (f"{path}: front matter: field 'author' is 2,398 characters, over the 2,048-character "
                              f"limit for a front-matter value")


def test_reader_size_bounds_are_the_ones_in_limits():
    # The readers' own copies (common.py) until they import limits.py: they must not drift apart.
    assert (reader_common.MAX_SEED_BYTES, reader_common.MAX_PAGE_BYTES) == (limits.MAX_SEED_BYTES, limits.MAX_PAGE_BYTES)


def _crowded_sheet() -> FactSheet:
    actors = tuple(Actor(id=f"person-{n}", name=f"Person {n}", kind="person", mentions=1) for n in range(3))
    images = (Caption(id="c1", caption="Person 0 and Person 2.", place="person-2",
                      people=(PictureSubject(name="Person 0", actor="person-0"), PictureSubject(name="Person 2", actor="person-2", position="R"))),
              Caption(id="c2", caption="Two."), Caption(id="c3", caption="Three."))
    return FactSheet(id="crowd", title="Crowd", seed="crowd.txt", content_hash="0" * 64,
                     extractor=Extractor(version="0", model="m", stages=()), actors=actors, images=images)


def test_facts_over_the_bound_are_cut_to_the_first_and_reported():
    sheet, over = extract_run.cap_facts(_crowded_sheet(), limit=2)
    assert over == ["3 actors, over the limit of 2 per article (MAX_FACTS_PER_KIND); kept the first 2",
                    "3 captions, over the limit of 2 per article (MAX_FACTS_PER_KIND); kept the first 2"]
    assert [a.id for a in sheet.actors] == ["person-0", "person-1"]
    assert sheet.images == (Caption(id="c1", caption="Person 0 and Person 2.", place=None,
                                    people=(PictureSubject(name="Person 0", actor="person-0"),
                                            PictureSubject(name="Person 2", actor=None, position="R"))),
                            Caption(id="c2", caption="Two."))
    assert extract_run.cap_facts(_crowded_sheet(), limit=3) == (_crowded_sheet(), [])


@pytest.mark.issue(18)
def test_facts_over_the_bound_are_reported_by_the_cli_and_the_sheet_written(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(extract_run, "MAX_FACTS_PER_KIND", 1)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "talks.txt").write_text("Talks in Ankara\n\nRecep Tayyip Erdogan met Vladimir Putin in Ankara on Monday, "
                                     "and 30 vehicles and 12 soldiers crossed into Syria.\n", "utf-8")
    status = main(["extract", "--seeds", str(seeds), "--archive", str(tmp_path / "archive")])
    out = capsys.readouterr()
    sheet = yaml.safe_load((tmp_path / "archive" / "talks-in-ankara.yaml").read_text("utf-8"))
    assert status == 0
    assert [len(sheet.get(kind, [])) for kind in ("actors", "locations", "figures", "images")] == [1, 1, 1, 0]
    assert out.err.splitlines() == [
        f"warning: {seeds}/talks.txt: 2 actors, over the limit of 1 per article (MAX_FACTS_PER_KIND); kept the first 1",
        f"warning: {seeds}/talks.txt: 2 figures, over the limit of 1 per article (MAX_FACTS_PER_KIND); kept the first 1",
    ]


def test_links_in_docs_leading_outside_are_named(tmp_path):
    from factarchive.site.source import OUTSIDE_DOCS, docs_links_outside

    (tmp_path / "docs" / "articles").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("hunter2", "utf-8")
    (tmp_path / "docs" / "index.md").write_text("# Home\n", "utf-8")
    (tmp_path / "docs" / "articles" / "leak.md").symlink_to(tmp_path / "secret.txt")
    (tmp_path / "docs" / "same.md").symlink_to("index.md")
    assert docs_links_outside(tmp_path / "docs") == [f"{tmp_path}/docs/articles/leak.md: {OUTSIDE_DOCS}"]
    assert docs_links_outside(tmp_path / "missing") == []


def test_site_refuses_a_docs_folder_with_a_link_leading_outside(tmp_path, capsys):
    from factarchive.site.source import OUTSIDE_DOCS

    (tmp_path / "archive").mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "secret.txt").write_text("hunter2", "utf-8")
    (tmp_path / "docs" / "notes.md").symlink_to(tmp_path / "secret.txt")
    status = main(["site", "--archive", str(tmp_path / "archive"), "--docs-dir", str(tmp_path / "docs"),
                   "--site-dir", str(tmp_path / "site"), "--no-build"])
    assert status == 1
    assert capsys.readouterr().err.splitlines() == [f"error: {tmp_path}/docs/notes.md: {OUTSIDE_DOCS} (site not generated)"]
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["notes.md"]  # nothing generated, nothing written
    assert not (tmp_path / "site").exists()
