"""The lean page shell (overrides/main.html, overrides/partials/*) and the compact JSON twins (issue #14 item 4).

A few hand-written pages are built by MkDocs with the repository's mkdocs.yml, online and offline; the tests
check what every page carries (its head, skip link, a header linking home, empty sidebars, its body, one
stylesheet and one script) and what is written once per site instead: partials/shell.js (material's markup,
the nav's entries, the search box, the table of contents, __config, material's bundle, the extra scripts) and
partials/shell.css. The browser tests (test_browser.py) check that the pages work.
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
    box = json.loads(re.search(r"header\.innerHTML = (\".*?\");\n", script).group(1))
    for needle in ('class="md-search__input"', 'class="md-search-result__list"', "data-factarchive-search",
                   'data-directory-urls="true"', 'data-filter="caption"', 'class="fa-icon fa-icon--close"'):
        assert needle in box
    page = _page(online, "entities/ada-lovelace/index.html")
    assert "md-search" not in page and "data-factarchive-search" not in page


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


def test_page_holds_its_own_parts_one_stylesheet_and_one_script(sites):
    online, _ = sites
    page = _page(online, "entities/ada-lovelace/index.html")
    # material's hooks a page keeps; toggles, header parts, toc, top and dialog are added by shell.js.
    assert re.findall(r'data-md-component="([a-z-]+)"', page) == [
        "skip", "header", "container", "main", "sidebar", "sidebar", "content"]
    assert "md-footer" not in page and "Made with" not in page and "md-toggle" not in page
    assert '<meta name="description"' not in page
    assert ('<header class="md-header md-header--shadow" data-md-component="header"><nav class="md-header__inner '
            'md-grid" aria-label="Header"><a href="../.." class="md-header__button md-logo" aria-label="Fact archive">'
            '<svg class="fa-icon fa-icon--logo"></svg></a><div class="md-header__title">Fact archive</div></nav>'
            '</header>') in page  # the site's name, linked home: a page without JavaScript still has them
    assert ('<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"></div>'
            '<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"></div>'
            ) in page  # filled by shell.js; there from the start, so the column does not move
    assert "md-nav" not in page  # no nav, no table of contents (the headings keep their permalinks)
    assert '<div class="md-content" data-md-component="content">' in page
    assert f'<script type="application/ld+json">{JSONLD}</script>' in page
    assert '<link rel="alternate" type="application/atom+xml" title="Newest articles" href="../../feed.xml">' in page
    assert '<a href="#ada-lovelace" class="md-skip">Skip to content</a>' in page
    assert re.findall(r'<link rel="stylesheet" href="([^"]+)"', page) == ["../../partials/shell.css"]
    assert re.findall(r"<script[^>]*>", page) == [
        '<script type="application/ld+json">', '<script src="../../partials/shell.js">']
    assert "__config" not in page


def test_shell_js_adds_materials_markup_config_bundle_and_extra_scripts(sites):
    online, _ = sites
    script = _page(online, "partials/shell.js")
    added = [json.loads(text) for text in re.findall(r'insertAdjacentHTML\("\w+", (".*?")\);\n', script)]
    assert added == [
        '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" autocomplete="off">\n'
        '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" autocomplete="off">\n'
        '<label class="md-overlay" for="__drawer"></label>',
        '<button type="button" class="md-top md-icon" data-md-component="top" hidden>'
        '<svg class="fa-icon fa-icon--top"></svg>Back to top</button>',
        '<footer class="md-footer"><div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid">'
        '<div class="md-copyright">Made with <a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" '
        'rel="noopener">Material for MkDocs</a></div></div></div></footer>',
        '<div class="md-dialog" data-md-component="dialog"><div class="md-dialog__inner md-typeset"></div></div>']
    header = json.loads(re.search(r"header\.innerHTML = (\".*?\");\n", script).group(1))
    assert re.findall(r'data-md-component="([a-z-]+)"', header) == ["logo", "header-title", "header-topic"]
    assert [re.search(r'for="(\w+)"', label).group(1) for label in re.findall(r"<label class=\"md-header__button[^>]*>",
                                                                            header)] == ["__drawer", "__search"]
    toc = json.loads(re.search(r"secondary\.innerHTML = (\".*?\");\n", script).group(1))
    assert ('<nav class="md-nav md-nav--secondary" aria-label="Table of contents">\n<label class="md-nav__title" '
            'for="__toc"><span class="md-nav__icon md-icon"></span>Table of contents</label>\n<ul class="md-nav__list" '
            'data-md-component="toc" data-md-scrollfix></ul>\n</nav>') in toc
    # The extra scripts, loaded in mkdocs.yml's order; material's bundle carried whole, less its source map line.
    assert json.loads(re.search(r"\n  (\[.*?\])\.forEach", script).group(1)) == [
        "assets/factarchive/tablesort.min.js", "assets/factarchive/tablesort.number.min.js",
        "assets/factarchive/tablesort-init.js", "assets/factarchive/search.js"]
    import material

    bundle = (Path(material.__file__).parent / "templates/assets/javascripts/bundle.d7400e89.min.js").read_text("utf-8")
    code, _, source_map = bundle.rpartition("//# sourceMappingURL=")
    assert source_map.strip() == "bundle.d7400e89.min.js.map"
    assert script.rstrip("\n").endswith(code.rstrip("\n")) and "sourceMappingURL" not in script
    assert script.index('config.id = "__config"') < script.index(code[:200])  # __config is there when it starts


def test_shell_css_imports_materials_stylesheet_then_extra_css_once_per_site(sites):
    for site in sites:
        css = _page(site, "partials/shell.css")
        imported = re.findall(r'@import url\("([^"]+)"\);', css)
        assert imported == ["../assets/stylesheets/main.ec1eaa64.min.css", "../assets/factarchive/factarchive.css",
                            "../assets/factarchive/search.css"]
        assert [rule for rule in css.splitlines() if rule and not rule.startswith(("/*", "@import"))] == []
        # Relative to partials/: material's file (these docs have no assets/factarchive/), and the docs paths.
        assert (site / "partials" / imported[0]).resolve().is_file()


def test_material_files_no_page_loads_are_not_published(sites):
    """lunr/, workers/, the source maps and the bundle (in shell.js): 2.3 MB a site; the rest stays."""
    for site in sites:
        published = sorted(p.relative_to(site).as_posix() for p in (site / "assets").rglob("*")
                           if p.is_file() and "factarchive" not in p.parts)
        assert published == ["assets/images/favicon.png", "assets/stylesheets/main.ec1eaa64.min.css",
                             "assets/stylesheets/palette.ab4e12ef.min.css"]
        assert not (site / "assets" / "javascripts").exists()  # left empty, so removed


def test_unpublished_keeps_what_a_search_plugin_or_another_theme_loads(tmp_path):
    from factarchive.site.mkdocs_build import unpublished

    for path in ("assets/javascripts/bundle.d7400e89.min.js", "assets/javascripts/bundle.d7400e89.min.js.map",
                 "assets/javascripts/lunr/min/lunr.de.min.js", "assets/javascripts/workers/search.2c215733.min.js",
                 "assets/stylesheets/main.ec1eaa64.min.css", "assets/stylesheets/main.ec1eaa64.min.css.map"):
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text("x", "utf-8")
    names = lambda plugins: [p.relative_to(tmp_path).as_posix() for p in unpublished(tmp_path, plugins)]
    # No partials/shell.js carrying the bundle (material's own base.html): the bundle stays.
    assert names([]) == ["assets/javascripts/bundle.d7400e89.min.js.map", "assets/javascripts/lunr",
                         "assets/javascripts/workers", "assets/stylesheets/main.ec1eaa64.min.css.map"]
    assert names(["material/search"]) == ["assets/javascripts/bundle.d7400e89.min.js.map",
                                          "assets/stylesheets/main.ec1eaa64.min.css.map"]
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "shell.js").write_text("(()=>{window.document$=ct;})();", "utf-8")
    assert names(["search"]) == ["assets/javascripts/bundle.d7400e89.min.js",
                                 "assets/javascripts/bundle.d7400e89.min.js.map",
                                 "assets/stylesheets/main.ec1eaa64.min.css.map"]


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


def test_files_the_shell_names_are_the_installed_materials():
    """shell.js and shell.css name material's hashed stylesheets, bundle and worker: an upgrade of material must
    update them."""
    import material

    templates = Path(material.__file__).parent / "templates"
    shell = "".join((ROOT / "overrides" / "partials" / name).read_text("utf-8") for name in ("shell.js", "shell.css"))
    named = sorted(set(re.findall(r"assets/(?:javascripts|stylesheets)/[\w./-]+?\.min\.(?:css|js)", shell)))
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
