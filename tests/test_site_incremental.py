"""Incremental site builds: after adding, changing, correcting and removing articles, the site equals a clean build."""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

import pytest

from factarchive.archive import write_sheet
from factarchive.cli import main
from factarchive.site import mkdocs_build, urls

from .sheet_helpers import article
from .trees import tree

this_module = sys.modules[__name__]
SITE_ARGS: tuple[str, ...] = ()  # options every build of a test passes (the offline variant sets --offline)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def project(tmp_path):
    """An archive, and a config that INHERITs the project's (so that a test may change it)."""
    config = tmp_path / "mkdocs.yml"
    config.write_text(f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
                      f"theme:\n  custom_dir: {ROOT / 'overrides'}\n", "utf-8")
    (tmp_path / "archive").mkdir()
    return tmp_path


def _save(project: Path, *sheets) -> None:
    manifest: dict[str, str] = {}
    for sheet in sheets:
        write_sheet(project / "archive", sheet, manifest)


def _build(project: Path, site: str, *extra: str, config: Path = ROOT / "mkdocs.yml") -> int:
    """``python build.py site`` with the project's own config (MkDocs' search plugin is off: it read every page)."""
    return main(["site", "--archive", str(project / "archive"), "--docs-dir", str(project / "docs"),
                 "--site-dir", str(project / site), "--config", str(config), "--no-progress",
                 *this_module.SITE_ARGS, *extra])


def _assert_same_as_clean(project: Path, capsys, expected_mode: str, config: Path = ROOT / "mkdocs.yml") -> None:
    assert _build(project, "site", config=config) == 0
    summary = capsys.readouterr().out.splitlines()[-1]
    assert summary.startswith(f"site: {expected_mode}"), summary
    assert _build(project, "clean-site", "--clean", config=config) == 0
    capsys.readouterr()
    incremental, clean = tree(project / "site"), tree(project / "clean-site")
    assert sorted(incremental) == sorted(clean)
    assert [p for p in incremental if incremental[p] != clean[p]] == []


@pytest.mark.parametrize("offline, site_url", [(False, ""), (False, "https://example.org/news/"), (True, "")],
                         ids=["online", "site-url", "offline"])
def test_incremental_builds_equal_clean_builds(project, capsys, monkeypatch, offline, site_url):
    """With SITE_URL set the sitemap lists every page: MkDocs renders it on --dirty builds too, from every page."""
    monkeypatch.setenv("SITE_URL", site_url)
    if offline:
        monkeypatch.setattr(this_module, "SITE_ARGS", ("--offline",))
    _save(project, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"),
          article("c", "Talks end", published=None))
    assert _build(project, "site") == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("site: clean build (")

    # Search shards are packed by size: a change may remove some (and the sitemap must not list them).
    _save(project, article("d", "A fourth story", published="2020-04-01", vehicles=12))  # added
    _assert_same_as_clean(project, capsys, "incremental build, ")

    _save(project, article("b", "Talks begin again", published="2020-03-04", vehicles=31))  # changed
    _assert_same_as_clean(project, capsys, "incremental build, ")

    (project / "archive" / "corrections.yaml").write_text("rename:\n  ann-lee: Anne Lee\n", "utf-8")  # corrected
    _assert_same_as_clean(project, capsys, "incremental build, ")
    page = urls.page_url(urls.entity("anne-lee"), not offline)
    assert (project / "site" / (page + "index.html" if page.endswith("/") else page)).is_file()

    (project / "archive" / "c.yaml").unlink()  # removed: its page, its JSON twin (and what else named it)
    _assert_same_as_clean(project, capsys, "incremental build, ")
    assert [p.name for p in (project / "site" / "articles" / urls.bucket("c")).glob("c*")] == []  # c/, c.html, c.json

    _assert_same_as_clean(project, capsys, "nothing changed, MkDocs not run")
    if site_url:
        sitemap = (project / "site" / "sitemap.xml").read_text("utf-8")
        assert f"<loc>{site_url}{urls.page_url(urls.article('d'))}</loc>" in sitemap and "/c/</loc>" not in sitemap


def test_a_changed_config_builds_clean(project, capsys):
    config = project / "mkdocs.yml"
    _save(project, article("a", "Vehicles cross"))
    assert _build(project, "site", config=config) == 0
    config.write_text(config.read_text("utf-8") + "site_description: Another description\n", "utf-8")
    _assert_same_as_clean(project, capsys, "clean build", config)
    _assert_same_as_clean(project, capsys, "nothing changed, MkDocs not run", config)


def test_fingerprint_follows_config_env_theme_and_hooks(tmp_path, monkeypatch):
    theme = tmp_path / "theme"
    theme.mkdir()
    (theme / "main.html").write_text("{% extends 'base.html' %}", "utf-8")
    (tmp_path / "hook.py").write_text("", "utf-8")
    (tmp_path / "base.yml").write_text("site_name: x\nsite_url: !ENV [SITE_URL, '']\n", "utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("INHERIT: base.yml\ntheme:\n  name: material\n  custom_dir: theme\nhooks:\n  - hook.py\n", "utf-8")
    monkeypatch.delenv("SITE_URL", raising=False)
    monkeypatch.delenv("FACTARCHIVE_OFFLINE", raising=False)
    prints = [mkdocs_build.fingerprint(config, "derived", dict(__import__("os").environ))]

    def changed():
        prints.append(mkdocs_build.fingerprint(config, "derived", dict(__import__("os").environ)))
        return prints[-1] != prints[-2]

    assert not changed()
    monkeypatch.setenv("SITE_URL", "https://example.org/")  # read by the inherited config
    assert changed()
    monkeypatch.setenv("FACTARCHIVE_OFFLINE", "true")  # read by the project's hook, not by the config
    assert changed()
    (theme / "main.html").write_text("{% extends 'base.html' %}{# changed #}", "utf-8")
    assert changed()
    (tmp_path / "hook.py").write_text("# changed", "utf-8")
    assert changed()
    (tmp_path / "base.yml").write_text("site_name: y\nsite_url: !ENV [SITE_URL, '']\n", "utf-8")
    assert changed()
    assert mkdocs_build.fingerprint(config, "another derived config", dict(__import__("os").environ)) != prints[-1]


def test_a_site_cleaned_by_hand_is_built_clean(project, capsys):
    _save(project, article("a", "Vehicles cross"))
    assert _build(project, "site") == 0
    (project / "site" / urls.page_url(urls.article("a")) / "index.html").unlink()
    _assert_same_as_clean(project, capsys, "clean build")


def test_the_projects_config_allows_incremental_builds():
    assert mkdocs_build.plugin_names(mkdocs_build._config_chain(ROOT / "mkdocs.yml")) == []


def test_plugins_that_read_every_page_mean_clean_builds(tmp_path, monkeypatch):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins:\n  - search\n  - offline:\n      enabled: !ENV [OFFLINE, false]\n", "utf-8")
    assert mkdocs_build.plugin_names(mkdocs_build._config_chain(config)) == ["search"]
    monkeypatch.setenv("OFFLINE", "true")
    assert mkdocs_build.plugin_names(mkdocs_build._config_chain(config)) == ["search", "offline"]
    config.write_text("site_name: x\n", "utf-8")  # no plugins setting: MkDocs turns on search
    assert mkdocs_build.plugin_names(mkdocs_build._config_chain(config)) == ["search"]


@pytest.mark.parametrize("directory_urls, expected", [
    (True, ["index.html", "articles/index.html", "articles/x/index.html", "articles/x.json", "README/index.html"]),
    (False, ["index.html", "articles/index.html", "articles/x.html", "articles/x.json", "README.html"]),
])
def test_output_paths_follow_mkdocs(directory_urls, expected):
    sources = ["index.md", "articles/index.md", "articles/x.md", "articles/x.json", "sub/README.md"]
    expected[-1] = "sub/index.html"  # README.md is its folder's index, as in MkDocs
    assert [mkdocs_build.output_path(s, directory_urls) for s in sources] == expected


class _Bar:
    """Records what a progress bar is told (tqdm's API)."""

    made: list["_Bar"] = []

    def __init__(self, total):
        self.total, self.done, self.closed = total, 0, False
        _Bar.made.append(self)

    def update(self, n):
        self.done += n

    def close(self):
        self.closed = True


def test_mkdocs_progress_counts_pages_read_and_built(project):
    _save(project, article("a", "Vehicles cross"))
    assert _build(project, "site", "--no-build") == 0
    docs = project / "docs"
    pages = sum(1 for p in docs.rglob("*.md"))
    _Bar.made.clear()
    result = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, project / "site", progress=_Bar)
    assert result.ok, result.output
    assert [(b.total, b.done, b.closed) for b in _Bar.made] == [(2 * pages, 2 * pages, True)]  # read, then built
    assert "DEBUG" not in result.output
    (docs / urls.article("a")).write_text((docs / urls.article("a")).read_text("utf-8") + "\nMore.\n", "utf-8")
    _Bar.made.clear()
    result = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, project / "site", progress=_Bar)
    assert (result.mode, [(b.total, b.done) for b in _Bar.made]) == ("incremental", [(pages + 1, pages + 1)])


def test_pages_are_not_generated_again_when_nothing_they_read_changed(project, capsys):
    import re

    _save(project, article("a", "Vehicles cross"))

    def pages_line() -> str:
        assert _build(project, "site", "--no-build") == 0
        line = next(l for l in capsys.readouterr().out.splitlines() if l.startswith("pages: "))
        return re.sub(r"\d+ files written", "N files written", re.sub(r"\(\d+\.\d s\)", "(T s)", line))

    generated, same = f"pages: 1 articles, N files written, 0 stale removed (T s) -> {project / 'docs'}/", \
        f"pages: 1 articles, nothing changed since they were generated (T s) -> {project / 'docs'}/"
    assert pages_line() == generated
    assert pages_line() == same
    page = project / "docs" / urls.article("a")
    text = page.read_text("utf-8")
    page.write_text(text + "\nEdited by hand.\n", "utf-8")  # a generated page edited: generated again
    later = (project / "docs" / ".factarchive-pages").stat().st_mtime_ns + 10**9  # an edit a second later, whatever
    os.utime(page, ns=(later, later))  # the file system's clock granularity
    assert pages_line() == generated
    assert page.read_text("utf-8") == text
    page.unlink()  # a generated page gone: generated again
    assert pages_line() == generated
    assert page.read_text("utf-8") == text
    assert pages_line() == same
    (project / "archive" / "corrections.yaml").write_text("rename:\n  ann-lee: Anne Lee\n", "utf-8")
    assert pages_line() == generated
    assert pages_line() == same


# --------------------------------------------------------------------------- page generation: only what changed

PAGE_TEMPLATES = ("article.md.j2", "entity.md.j2", "series.md.j2", "redirect.md.j2", "entity_index.md.j2", "review.md.j2")  # pages the page cache may keep


def _with(sheet, actor_id: str, name: str, **changes):
    """``sheet`` naming one more person of its own (who shares no article with the other sheets)."""
    from dataclasses import replace

    from factarchive.model import Actor

    own = Actor(id=actor_id, name=name, kind="person", mentions=1, evidence=(f"{name} spoke.",))
    return replace(sheet, actors=tuple(sorted((*sheet.actors, own), key=lambda a: a.id)), **changes)


@pytest.fixture
def rendered(monkeypatch):
    """The pages of PAGE_TEMPLATES each generation rendered, as a sorted list of docs paths (reset per call)."""
    from factarchive.site import render

    seen: list[str] = []
    real = render._Renderer.__call__

    def call(self, template, page, **context):
        if template in PAGE_TEMPLATES:
            seen.append(page)
        return real(self, template, page, **context)

    monkeypatch.setattr(render._Renderer, "__call__", call)
    return seen


def _generate(project: Path, rendered: list[str], *extra: str, docs: str = "docs") -> list[str]:
    rendered.clear()
    assert main(["site", "--archive", str(project / "archive"), "--docs-dir", str(project / docs), "--no-build",
                 "--no-progress", *extra]) == 0
    return sorted(rendered)


def _docs_same_as_clean(project: Path, rendered: list[str]) -> None:
    """docs/ after an incremental generation is byte for byte what a clean generation writes."""
    import shutil

    shutil.rmtree(project / "clean-docs", ignore_errors=True)
    _generate(project, rendered, "--clean", docs="clean-docs")
    incremental, clean = tree(project / "docs"), tree(project / "clean-docs")
    assert sorted(incremental) == sorted(clean)
    assert [p for p in incremental if incremental[p] != clean[p]] == []


A, E = urls.article, urls.entity  # docs paths of an article's and an entity's pages
SHARED = [E("ann-lee"), E("idlib"), E("syria")]  # the entities every test article names
INDEXES = ["groups.md", "organizations.md", "people.md", "places.md", "review.md"]


def test_only_pages_whose_inputs_changed_are_rendered(project, rendered, capsys):
    a = _with(article("a", "Vehicles cross"), "bo-ray", "Bo Ray")
    b = _with(article("b", "Talks begin", published="2020-03-04"), "cy-dee", "Cy Dee")
    _save(project, a, b)
    # Bo Ray and Cy Dee are named in one article each: they live on its page, with no page of their own.
    assert _generate(project, rendered) == sorted([A("a"), A("b"), *SHARED, "series/d4/vehicles.md", *INDEXES])
    assert _generate(project, rendered) == []  # nothing changed: nothing generated at all

    # b's title: its page, a's (b is related to it), every entity b names (their lists of articles), the series;
    # not the indexes of entities (names, kinds and counts unchanged) nor the review page.
    _save(project, _with(article("b", "Talks begin again", published="2020-03-04"), "cy-dee", "Cy Dee"))
    assert _generate(project, rendered) == sorted([A("a"), A("b"), *SHARED, "series/d4/vehicles.md"])
    _docs_same_as_clean(project, rendered)

    # A sentence of b's own person: only b's page (his home; no other page shows the sentence).
    from dataclasses import replace

    changed = _with(article("b", "Talks begin again", published="2020-03-04"), "cy-dee", "Cy Dee")
    changed = replace(changed, actors=tuple(replace(x, evidence=("Cy Dee spoke twice.",)) if x.id == "cy-dee" else x
                                            for x in changed.actors))
    _save(project, changed)
    assert _generate(project, rendered) == [A("b")]
    _docs_same_as_clean(project, rendered)


def test_an_entity_named_by_a_second_article_gets_a_page_and_loses_it_again(project, rendered):
    """Bo Ray: one article (his fact on a's page), then two (his own page; a links it), then one again."""
    from dataclasses import replace

    a = _with(article("a", "Vehicles cross"), "bo-ray", "Bo Ray")
    b = article("b", "Talks begin", published="2020-03-04")
    _save(project, a, b)
    _generate(project, rendered)
    docs = project / "docs"
    bo_ray = f"| <a id=\"actor-bo-ray\"></a>**Bo Ray** | person |  | 1 |\n"
    assert bo_ray in (docs / A("a")).read_text("utf-8")
    assert "[Bo Ray]" not in (docs / E("syria")).read_text("utf-8")  # they share one article: a's page lists him

    _save(project, _with(b, "bo-ray", "Bo Ray"))
    # his page; both articles (a links him now, b names him); the shared entities (b's list, his link); people.md
    assert _generate(project, rendered) == sorted([A("a"), A("b"), *SHARED, E("bo-ray"), "people.md"])
    _docs_same_as_clean(project, rendered)
    linked = f"| <a id=\"actor-bo-ray\"></a>[Bo Ray](../../entities/{urls.bucket('bo-ray')}/bo-ray.md) | person |  | 1 |\n"
    assert linked in (docs / A("a")).read_text("utf-8")
    assert (docs / urls.entity_json("bo-ray")).is_file()

    _save(project, replace(b, title="Talks begin"))  # b names him no more
    assert _generate(project, rendered) == sorted([A("a"), A("b"), *SHARED, "people.md"])
    _docs_same_as_clean(project, rendered)
    assert bo_ray in (docs / A("a")).read_text("utf-8")
    assert not (docs / E("bo-ray")).exists() and not (docs / urls.entity_json("bo-ray")).exists()


def test_an_entity_going_from_one_article_to_two_and_back_builds_as_clean(project, capsys):
    """The whole build (MkDocs too) after the change either way equals a clean build, online."""
    from dataclasses import replace

    a = _with(article("a", "Vehicles cross"), "bo-ray", "Bo Ray")
    b = article("b", "Talks begin", published="2020-03-04")
    _save(project, a, b)
    assert _build(project, "site") == 0
    capsys.readouterr()
    _save(project, _with(b, "bo-ray", "Bo Ray"))
    _assert_same_as_clean(project, capsys, "incremental build, ")
    assert (project / "site" / urls.page_url(E("bo-ray")) / "index.html").is_file()
    _save(project, replace(b, title="Talks begin"))
    _assert_same_as_clean(project, capsys, "incremental build, ")
    assert not (project / "site" / urls.page_url(E("bo-ray"))).exists()


def test_a_renamed_entity_renders_every_page_that_links_it(project, rendered):
    _save(project, _with(article("a", "Vehicles cross"), "bo-ray", "Bo Ray"),
          _with(article("b", "Talks begin", published="2020-03-04"), "cy-dee", "Cy Dee"))
    _generate(project, rendered)
    (project / "archive" / "corrections.yaml").write_text("rename:\n  bo-ray: Bob Ray\n", "utf-8")
    # a names him (his home); his old id gets a redirect page; the index of people lists him. The shared
    # entities do not list him (one shared article): their pages stay as they are.
    assert _generate(project, rendered) == sorted([A("a"), E("bo-ray"), "people.md"])
    _docs_same_as_clean(project, rendered)
    assert f"[Bob Ray](articles/{urls.bucket('a')}/a.md#actor-bob-ray)" in (project / "docs" / "people.md").read_text("utf-8")
    assert f"redirect: {A('a')}" in (project / "docs" / E("bo-ray")).read_text("utf-8")


def test_a_series_gaining_a_point_renders_its_page_and_the_articles_in_it(project, rendered):
    from dataclasses import replace

    _save(project, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"),
          replace(article("c", "Talks end", published="2020-03-05"), figures=()))
    _generate(project, rendered)
    assert "in 2 articles over time" in (project / "docs" / A("a")).read_text("utf-8")
    _save(project, article("c", "Talks end", published="2020-03-05", vehicles=40))  # c now counts vehicles too
    # Syria is not in the figure's sentence: its page does not show the figure.
    assert _generate(project, rendered) == sorted([A("a"), A("b"), A("c"), E("ann-lee"), E("idlib"),
                                                   "series/d4/vehicles.md"])
    assert "in 3 articles over time" in (project / "docs" / A("a")).read_text("utf-8")
    _docs_same_as_clean(project, rendered)


def test_a_page_deleted_or_edited_by_hand_is_rendered_again(project, rendered):
    _save(project, _with(article("a", "Vehicles cross"), "bo-ray", "Bo Ray"),
          _with(article("b", "Talks begin", published="2020-03-04"), "cy-dee", "Cy Dee"))
    _generate(project, rendered)
    docs = project / "docs"
    (docs / E("syria")).unlink()
    edited = docs / A("a")
    edited.write_text("Edited by hand.\n", "utf-8")
    later = (docs / ".factarchive-page-digests").stat().st_mtime_ns + 10**9  # a second later, whatever the clock's grain
    os.utime(edited, ns=(later, later))
    (docs / urls.entity_json("idlib")).unlink()  # a JSON twin: its group (the entity's pages) is rendered again
    from dataclasses import replace

    _save(project, replace(article("c", "Talks end"), actors=(), locations=(), figures=(), images=()))  # names no one
    assert _generate(project, rendered) == sorted([A("a"), A("c"), E("idlib"), E("syria")])
    _docs_same_as_clean(project, rendered)


def test_other_code_options_or_clean_render_every_page(project, rendered, monkeypatch):
    from factarchive.site import source

    _save(project, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"))
    everything = _generate(project, rendered)
    assert everything == sorted([A("a"), A("b"), *SHARED, "series/d4/vehicles.md", *INDEXES])
    assert _generate(project, rendered, "--clean") == everything
    monkeypatch.setattr(source, "_CODE", "other code")  # a template, the site code or a package changed
    assert _generate(project, rendered) == everything
    assert _generate(project, rendered) == []
    monkeypatch.setenv("SITE_URL", "https://example.org/news/")  # an option every page's JSON-LD reads
    assert _generate(project, rendered) == everything
    (project / "docs" / ".factarchive-page-digests").unlink()  # the record deleted: always safe
    (project / "archive" / "corrections.yaml").write_text("rename:\n  syria: Syrian Arab Republic\n", "utf-8")
    assert len(_generate(project, rendered)) == len(everything) + 1  # and the redirect page
    _docs_same_as_clean(project, rendered)


def test_a_views_digest_is_its_value_not_its_objects():
    from factarchive.model import Coordinates
    from factarchive.site import pagecache

    name = "".join(["Ann", " Lee"])  # equal to "Ann Lee", another object
    assert pagecache.digest(("Ann Lee", "Ann Lee", 2)) == pagecache.digest(("Ann Lee", name, 2))
    assert pagecache.digest(("a", 2)) != pagecache.digest(("a", 2.0)) != pagecache.digest(("a", "2"))
    assert pagecache.digest(("a", None)) != pagecache.digest(("a", ""))
    with pytest.raises(ValueError):  # a dataclass goes in as its repr, never guessed at
        pagecache.digest((Coordinates(lat=1.0, lon=2.0),))


def _folders(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir())


def test_folders_a_removal_empties_go_as_a_clean_build_has_none(project, capsys):
    """Removing b leaves a alone: b's bucket, the entity pages (now named in one article) and the series go."""
    _save(project, article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04"))
    assert _build(project, "site") == 0
    emptied = [posixpath.dirname(p) for p in (urls.article("b"), urls.entity("ann-lee"), urls.entity("syria"))]
    assert all((project / "docs" / folder).is_dir() for folder in emptied)
    (project / "docs" / "by-hand").mkdir()  # an empty folder someone made: not the build's to remove
    (project / "archive" / "b.yaml").unlink()
    assert _build(project, "site") == 0
    assert main(["site", "--archive", str(project / "archive"), "--docs-dir", str(project / "clean-docs"),
                 "--site-dir", str(project / "clean-site"), "--config", str(ROOT / "mkdocs.yml"), "--no-progress",
                 "--clean"]) == 0
    capsys.readouterr()
    assert [f for f in emptied if (project / "docs" / f).exists() or (project / "clean-docs" / f).exists()] == []
    assert _folders(project / "docs") == sorted(["by-hand", *_folders(project / "clean-docs")])
    assert _folders(project / "site") == _folders(project / "clean-site")
    assert tree(project / "site") == tree(project / "clean-site")


def test_installed_packages_are_named_with_their_versions_without_reading_their_metadata():
    """The fingerprint's list of packages: one metadata folder per installed distribution, its version in its name."""
    import importlib.metadata

    listed = mkdocs_build.installed_packages()
    assert len(listed) == len(list(importlib.metadata.distributions()))
    assert f"mkdocs-{importlib.metadata.version('mkdocs')}.dist-info" in listed


def test_a_page_is_rebuilt_when_its_source_is_newer_than_its_output_as_mkdocs_decides(tmp_path):
    """_newer (mtimes read once) agrees with _is_modified (MkDocs' own test) to the nanosecond."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "site" / "a").mkdir(parents=True)
    source, output = tmp_path / "docs" / "a.md", tmp_path / "site" / "a" / "index.html"
    source.write_text("a", "utf-8")
    output.write_text("a", "utf-8")
    for source_ns, output_ns in ((1_700_000_000_123_456_789, 1_700_000_000_123_456_788),
                                 (1_700_000_000_123_456_789, 1_700_000_000_123_456_789),
                                 (1_700_000_000_123_456_789, 1_700_000_001_000_000_000)):
        os.utime(source, ns=(source_ns, source_ns))
        os.utime(output, ns=(output_ns, output_ns))
        assert mkdocs_build._newer(os.stat(source).st_mtime_ns, os.stat(output).st_mtime) == (
            mkdocs_build._is_modified(tmp_path / "docs", tmp_path / "site", "a.md", True))
    assert mkdocs_build._newer(1, None) is True


@pytest.fixture
def written(monkeypatch):
    """Every file each generation rendered (Pages.add: rendered, then written where its bytes changed)."""
    from factarchive.site import render

    seen: list[str] = []
    real = render.Pages.add

    def add(self, path, content):
        seen.append(path)
        return real(self, path, content)

    monkeypatch.setattr(render.Pages, "add", add)
    return seen


def test_the_indexes_render_only_the_pages_whose_rows_changed(project, written):
    """The home page, the articles index by page and by month, captions, figures, entities.json and the 404 page's
    maps are groups of the page cache like the article pages: each is rendered when what it shows changed."""
    from dataclasses import replace

    index = {"home": urls.HOME, "newest": urls.articles_page(1), "march": urls.articles_month("2020-03"),
             "april": urls.articles_month("2020-04"), "undated": urls.articles_month(None),
             "captions": urls.captions_page(1), "figures": urls.FIGURES, "counts": urls.figures_unit("no-unit"),
             "lookup": urls.ENTITY_LOOKUP}

    def indexes() -> list[str]:
        written.clear()
        _generate(project, [])
        made = set(written)
        written.clear()
        found = sorted(name for name, path in index.items() if path in made)
        return found + (["moved"] if any(p.startswith("moved/") for p in made) else [])

    a = article("a", "Vehicles cross", published="2020-03-02")
    b = article("b", "Talks begin", published="2020-04-04", vehicles=31)
    c = replace(article("c", "Talks end", published=None), figures=())
    _save(project, a, b, c)
    assert indexes() == [*sorted(index), "moved"]
    _save(project, replace(b, title="Talks begin again"))  # b's rows; not March's, the undated, the names
    assert indexes() == ["april", "captions", "counts", "figures", "home", "newest"]
    _docs_same_as_clean(project, [])
    # A credit: the captions, and the pages of the articles index that list c (a row of the index is the sheet's
    # digest: its counts of facts would decode the sheet), not the other indexes.
    c = replace(c, images=(replace(c.images[0], credit="Reuters"),))
    _save(project, c)
    assert indexes() == ["captions", "newest", "undated"]
    # A new name: its home on c (entities.json, the 404 page's maps), the count of names on the home page, and c's
    # count of actors in the index (the newest articles, the undated ones).
    _save(project, _with(c, "bo-ray", "Bo Ray"))
    assert indexes() == ["home", "lookup", "newest", "undated", "moved"]
    _docs_same_as_clean(project, [])


def test_a_long_index_renders_only_the_page_listing_the_changed_article(project, written, monkeypatch):
    from dataclasses import replace

    from factarchive.site import render

    monkeypatch.setattr(render, "INDEX_PAGE", 1)  # one row a page: b (newest), a, c (undated)
    a, b = article("a", "Vehicles cross", published="2020-03-02"), article("b", "Talks begin", published="2020-04-04")
    c = article("c", "Talks end", published=None)
    _save(project, a, b, c)
    _generate(project, [])
    pages = [urls.articles_page(n) for n in (1, 2, 3)] + [urls.captions_page(n) for n in (1, 2, 3)]
    assert [p for p in pages if p not in written] == []
    written.clear()
    _save(project, replace(a, title="Vehicles crossed"))
    _generate(project, [])
    assert [p for p in pages if p in written] == [urls.articles_page(2), urls.captions_page(2)]
    # Its row's counts of facts (2 actors, a place, a figure), noted with its sheet's digest: b and c are not read.
    assert "| [Vehicles crossed](../../" in (project / "docs" / urls.articles_page(2)).read_text("utf-8")
    assert "| 2 actors, 1 place, 1 figure |" in (project / "docs" / urls.articles_page(2)).read_text("utf-8")
    _docs_same_as_clean(project, [])


def test_an_entity_whose_articles_did_not_change_is_not_viewed_again(project, rendered, monkeypatch):
    """Dee is named in a and b, Eve in c and d: c's new title makes the views of Eve and of those c names, not
    Dee's; Eve renamed (a correction) makes the views of everyone named alongside her; the pages equal a clean
    generation's each time."""
    from factarchive.site import render

    viewed: list[str] = []
    real = render._entity_view
    monkeypatch.setattr(render, "_entity_view", lambda entity, *rest: viewed.append(entity.id) or real(entity, *rest))
    a, b = _with(article("a", "Vehicles cross"), "dee", "Dee"), _with(article("b", "Talks begin"), "dee", "Dee")
    c, d = _with(article("c", "Talks end"), "eve", "Eve"), _with(article("d", "Talks resume"), "eve", "Eve")
    _save(project, a, b, c, d)
    _generate(project, rendered)
    assert sorted(viewed) == ["ann-lee", "dee", "eve", "idlib", "syria"]
    viewed.clear()
    from dataclasses import replace

    _save(project, replace(c, title="Talks ended"))
    assert _generate(project, rendered) == sorted([A("a"), A("b"), A("c"), A("d"), E("ann-lee"), E("eve"), E("idlib"),
                                                   E("syria"), "series/d4/vehicles.md"])  # a, b, d: c is related
    assert sorted(viewed) == ["ann-lee", "eve", "idlib", "syria"]
    _docs_same_as_clean(project, rendered)
    viewed.clear()
    _generate(project, rendered)
    assert viewed == []  # nothing changed: nothing generated
    # Three articles naming only her, as "Deedee": her name changes, and with it the pages that list her as named
    # alongside (Ann Lee's, Idlib's, Syria's: a and b), though none of their articles changed.
    alone = [_with(replace(article(x, "Dee alone"), actors=(), locations=(), figures=(), images=()), "dee", "Deedee")
             for x in ("f", "g", "h")]
    _save(project, *alone)
    _generate(project, rendered)
    assert sorted(viewed) == ["ann-lee", "dee", "idlib", "syria"]
    assert "[Deedee]" in (project / "docs" / E("syria")).read_text("utf-8")
    _docs_same_as_clean(project, rendered)
    viewed.clear()
    (project / "archive" / "corrections.yaml").write_text("rename:\n  dee: Dee Dee\n", "utf-8")
    _generate(project, rendered)
    assert sorted(viewed) == ["ann-lee", "dee-dee", "idlib", "syria"]  # her new id, and those named alongside her
    _docs_same_as_clean(project, rendered)


def test_a_read_more_link_follows_the_title_it_names_though_its_own_sheet_is_not_read(project, rendered):
    """b's "Read more" headline names a's title: a retitled, b's page unlinks it; titled back, links it again. b's
    headlines come from the page cache's note (b did not change), and every generation equals a clean one."""
    from dataclasses import replace

    a = article("a", "Vehicles cross")
    b = replace(article("b", "Talks begin", published="2020-03-04"), related=("Vehicles cross", "Not archived"))
    _save(project, a, b)
    _generate(project, rendered)
    page = project / "docs" / A("b")
    link = f"[Vehicles cross](../../{A('a')})"
    assert link in page.read_text("utf-8")
    _save(project, replace(a, title="Vehicles crossed"))
    assert A("b") in _generate(project, rendered)
    assert link not in page.read_text("utf-8")
    _docs_same_as_clean(project, rendered)
    _save(project, a)
    assert A("b") in _generate(project, rendered)
    assert link in page.read_text("utf-8")
    _docs_same_as_clean(project, rendered)


def test_a_surname_merged_in_some_articles_builds_as_clean_as_articles_come_and_go(project, rendered):
    """"Farrow": Jed Farrow in b (beside his club and team-mate), the band in c. c added: b stays merged, "farrow"
    lives on c and its redirect goes; c removed: the redirect is back. Each incremental docs/ equals a clean one."""
    from dataclasses import replace

    from factarchive.model import Actor

    def naming(sheet, *people):
        own = tuple(Actor(id=i, name=n, kind=k, mentions=1, evidence=(f"{n} spoke.",)) for i, n, k in people)
        return replace(sheet, actors=tuple(sorted((*sheet.actors, *own), key=lambda a: a.id)))

    club = ("wexham-rovers", "Wexham Rovers", "organization")
    a = naming(article("a", "Rovers win"), ("jed-farrow", "Jed Farrow", "person"), ("ian-poole", "Ian Poole", "person"), club)
    b = naming(article("b", "Rovers draw", published="2020-03-04"), ("farrow", "Farrow", "person"),
               ("ian-poole", "Ian Poole", "person"), club)
    c = naming(article("c", "Album tops chart", published="2020-03-05"), ("farrow", "Farrow", "person"),
               ("mo-tindle", "Mo Tindle", "person"))
    _save(project, a, b)
    _generate(project, rendered)
    docs = project / "docs"
    assert "[Farrow](" in (docs / A("b")).read_text("utf-8")  # his page, under the article's own wording
    assert (docs / urls.entity_json("farrow")).is_file()  # a redirect: no article keeps "farrow"
    _save(project, c)
    _generate(project, rendered)
    _docs_same_as_clean(project, rendered)
    assert "**Farrow**" in (docs / A("c")).read_text("utf-8")  # the band: on its one article, not his page
    assert "[Farrow](" in (docs / A("b")).read_text("utf-8")
    assert not (docs / urls.entity_json("farrow")).exists()  # c keeps "farrow": no redirect
    (project / "archive" / "c.yaml").unlink()
    _generate(project, rendered)
    _docs_same_as_clean(project, rendered)
    assert (docs / urls.entity_json("farrow")).is_file()
