"""The lean page shell (overrides/main.html, overrides/partials/*) and the compact JSON twins (issue #14 item 4).

A few hand-written pages are built by MkDocs with the repository's mkdocs.yml, online and offline; the tests
check what every page carries (material's hooks, our blocks) and what it no longer carries (icon paths, the
nav's entries, the search box: written once, in partials/shell.js).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from factarchive.site.machine import json_text

from .conftest import ROOT

NAV = [["Home", ""], ["Articles", "articles/"], ["People", "people/"], ["Organisations", "organizations/"],
       ["Places", "places/"], ["Groups", "groups/"], ["Figures", "figures/"], ["Captions", "captions/"],
       ["Review", "review/"], ["Schema", "schema/"]]
NAV_PAGES = ["index.md", "articles/index.md", "people.md", "organizations.md", "places.md", "groups.md",
             "figures.md", "captions.md", "review.md", "schema.md"]
JSONLD = '{"@context":"https://schema.org","@type":"Person","identifier":"ada-lovelace","name":"Ada Lovelace"}'
HOSTILE = "Bold &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; claim"  # as render.py escapes a headline


def _docs(folder: Path) -> None:
    for name, (title, _) in zip(NAV_PAGES, NAV):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"# {title}\n\nAbout {title.lower()}.\n", "utf-8")
    (folder / "entities").mkdir()
    (folder / "entities" / "ada-lovelace.md").write_text(
        f"---\njsonld: '{JSONLD}'\n---\n# Ada Lovelace\n\nPerson\n\n## Articles\n\nOne.\n\n## Appears with\n\nNone.\n",
        "utf-8")
    (folder / "entities" / "lovelace.md").write_text(
        "---\nredirect: entities/ada-lovelace.md\n---\n# Lovelace\n\nMoved to [Ada Lovelace](ada-lovelace.md).\n",
        "utf-8")
    (folder / "articles" / "bold.md").write_text(f"# {HOSTILE}\n\nA bold claim was made.\n", "utf-8")
    # A merged id whose new entity is named in one article: the redirect leads to its row on that article.
    (folder / "entities" / "bolder.md").write_text(
        "---\nredirect: articles/bold.md#actor-bolder-claimant\n---\n# Bolder\n\nMoved.\n", "utf-8")


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    """The pages built online (directory URLs) and offline (.html links)."""
    from factarchive.site.mkdocs_build import run_mkdocs

    out = tmp_path_factory.mktemp("shell")
    _docs(out / "docs")
    online = run_mkdocs(ROOT / "mkdocs.yml", out / "docs", out / "site", strict=False, incremental=False)
    offline = run_mkdocs(ROOT / "mkdocs.yml", out / "docs", out / "site-offline", strict=False, incremental=False,
                         offline=True)
    assert online.ok, online.output
    assert offline.ok, offline.output
    return out / "site", out / "site-offline"


def _page(site: Path, path: str) -> str:
    return (site / path).read_text("utf-8")


def _entries(shell_js: str) -> list[list[str]]:
    return json.loads(re.search(r"var entries = (\[.*?\]);\n", shell_js).group(1))


def test_shell_js_holds_the_nav_once_for_the_site(sites):
    online, offline = sites
    assert _entries(_page(online, "partials/shell.js")) == NAV
    assert _entries(_page(offline, "partials/shell.js")) == [
        ["Home", "index.html"], ["Articles", "articles/index.html"], ["People", "people.html"],
        ["Organisations", "organizations.html"], ["Places", "places.html"], ["Groups", "groups.html"],
        ["Figures", "figures.html"], ["Captions", "captions.html"], ["Review", "review.html"],
        ["Schema", "schema.html"]]


def test_search_box_is_in_shell_js_with_its_classes_and_not_in_pages(sites):
    online, _ = sites
    script = _page(online, "partials/shell.js")
    box = json.loads(re.search(r"search\.outerHTML = (\".*?\");\n", script).group(1))
    for needle in ('class="md-search__input"', 'class="md-search-result__list"', "data-factarchive-search",
                   'data-directory-urls="true"', 'data-filter="caption"', 'class="fa-icon fa-icon--close"'):
        assert needle in box
    page = _page(online, "entities/ada-lovelace/index.html")
    assert "md-search__input" not in page
    assert page.count("<div data-factarchive-search-slot></div>") == 1


def test_pages_carry_no_inline_icon_and_every_icon_class_is_drawn_by_the_stylesheet(sites):
    online, _ = sites
    css = (ROOT / "factarchive" / "site" / "assets" / "factarchive.css").read_text("utf-8")
    drawn = set(re.findall(r"\.(fa-icon--[a-z]+) \{ --fa-icon: url\(\"data:image/svg\+xml,", css))
    used = set()
    for text in (_page(online, "entities/ada-lovelace/index.html"), _page(online, "index.html"),
                 _page(online, "partials/shell.js")):
        assert "<path" not in text
        used |= set(re.findall(r"fa-icon--[a-z]+", text))
    assert used == {"fa-icon--logo", "fa-icon--menu", "fa-icon--search", "fa-icon--back", "fa-icon--close",
                    "fa-icon--top"}
    assert used <= drawn


def test_page_keeps_materials_hooks_and_our_blocks(sites):
    online, _ = sites
    page = _page(online, "entities/ada-lovelace/index.html")
    assert re.findall(r'data-md-component="([a-z-]+)"', page) == [
        "skip", "announce", "header", "logo", "header-title", "header-topic", "container", "main", "sidebar",
        "logo", "sidebar", "toc", "content"]  # top and dialog: added by shell.js
    assert "md-footer" not in page and "Made with" not in page
    assert '<meta name="description"' not in page
    assert re.findall(r'<input class="md-toggle" data-md-toggle="(\w+)"', page) == ["drawer", "search"]
    assert '<ul class="md-nav__list" data-md-scrollfix></ul>' in page  # filled by shell.js
    assert '<div class="md-content" data-md-component="content">' in page
    assert f'<script type="application/ld+json">{JSONLD}</script>' in page
    assert '<link rel="alternate" type="application/atom+xml" title="Newest articles" href="../../feed.xml">' in page
    assert '<a href="#ada-lovelace" class="md-skip">Skip to content</a>' in page
    assert re.findall(r'<script src="([^"]+)"', page) == [
        "../../partials/shell.js", "../../assets/javascripts/bundle.d7400e89.min.js",
        "../../assets/factarchive/tablesort.min.js", "../../assets/factarchive/tablesort.number.min.js",
        "../../assets/factarchive/tablesort-init.js", "../../assets/factarchive/search.js"]
    config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', page).group(1))
    assert config == {"annotate": None, "base": "../..", "features": ["navigation.top"],
                      "search": "../../assets/javascripts/workers/search.2c215733.min.js", "tags": None,
                      "translations": {}, "version": None}


def test_shell_js_adds_the_top_button_footer_and_dialog(sites):
    online, _ = sites
    script = _page(online, "partials/shell.js")
    added = [json.loads(text) for text in re.findall(r'insertAdjacentHTML\("\w+", (".*?")\);\n', script)]
    assert added == [
        '<button type="button" class="md-top md-icon" data-md-component="top" hidden>'
        '<svg class="fa-icon fa-icon--top"></svg>Back to top</button>',
        '<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid">'
        '<div class="md-copyright">Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" '
        'rel="noopener">Material for MkDocs</a></div></div></div></footer>',
        '<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>']


def test_site_description_on_the_home_page_only(sites):
    online, _ = sites
    meta = '<meta name="description" content="Facts from news articles, each with the sentence it came from.">'
    assert meta in _page(online, "index.html")
    assert meta not in _page(online, "people/index.html")


def test_redirect_page_refreshes_to_its_target_in_both_url_styles(sites):
    online, offline = sites
    assert '<meta http-equiv="refresh" content="0; url=../ada-lovelace/">' in _page(online, "entities/lovelace/index.html")
    assert '<meta http-equiv="refresh" content="0; url=ada-lovelace.html">' in _page(offline, "entities/lovelace.html")
    assert 'http-equiv="refresh"' not in _page(online, "entities/ada-lovelace/index.html")
    assert ('<meta http-equiv="refresh" content="0; url=../../articles/bold/#actor-bolder-claimant">'
            in _page(online, "entities/bolder/index.html"))
    assert ('<meta http-equiv="refresh" content="0; url=../articles/bold.html#actor-bolder-claimant">'
            in _page(offline, "entities/bolder.html"))


def test_hostile_headline_stays_text_in_the_title(sites):
    online, _ = sites
    page = _page(online, "articles/bold/index.html")
    title = re.search(r"<title>(.*?)</title>", page, re.S).group(1)
    assert title == "Bold &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; claim - Fact archive"


def test_nav_page_marks_nothing_in_the_page_itself(sites):
    """The current page's nav entry is marked by shell.js in the browser; the page holds no entry at all."""
    online, _ = sites
    page = _page(online, "people/index.html")
    assert "md-nav__item" not in page  # no nav entry, and a page with one heading has no table of contents
    assert 'href="../people/"' not in page and "md-nav__link--active" not in page


def test_files_main_html_names_are_the_installed_materials():
    """main.html names material's hashed stylesheet, bundle and worker: an upgrade of material must update it."""
    import material

    templates = Path(material.__file__).parent / "templates"
    shell = (ROOT / "overrides" / "main.html").read_text("utf-8")
    named = re.findall(r"'(assets/[^']+\.(?:css|js))'|\"(assets/javascripts/workers/[^\"]+)\"", shell)
    named = sorted(a or b for a, b in named)
    assert named == ["assets/javascripts/bundle.d7400e89.min.js", "assets/javascripts/workers/search.2c215733.min.js",
                     "assets/stylesheets/main.ec1eaa64.min.css", "assets/stylesheets/palette.ab4e12ef.min.css"]
    base = (templates / "base.html").read_text("utf-8")
    for name in named:
        assert (templates / name).is_file()
        assert name in base


@pytest.mark.parametrize("data, text", [
    ({"b": [1, {"é": None}], "a": "x"}, '{"a":"x","b":[1,{"é":null}]}\n'),
    ({"page": "entities/x/", "n": 1.5, "ok": True}, '{"n":1.5,"ok":true,"page":"entities/x/"}\n'),
    ([], "[]\n"),
])
def test_json_twins_are_sorted_compact_utf8_with_one_newline(data, text):
    assert json_text(data) == text
    assert json.loads(text) == data
