"""What the site is built from: sheets, then cross-article resolution, then the editors' corrections."""

from __future__ import annotations

from factarchive.archive import write_sheet
from factarchive.resolve import Link
from factarchive.site.source import load_site_source

from .test_resolve import person as _person
from .test_resolve import sheet


def person(name, *aliases, role=None):
    """A person as a valid fact sheet holds it: with the sentence that names them."""
    from dataclasses import replace

    return replace(_person(name, *aliases, role=role), evidence=(f"{name} spoke on Monday.",))


def _archive(tmp_path, *sheets):
    manifest: dict[str, str] = {}
    for s in sheets:
        write_sheet(tmp_path, s, manifest)
    return tmp_path


def test_machine_merge_applied_and_old_id_redirects(tmp_path):
    archive = _archive(tmp_path, sheet("a", person("Tony Blair", "Blair", role="Prime Minister")),
                       sheet("b", person("Blair", role="Prime Minister")))
    source = load_site_source(archive)
    assert [(s.id, [(x.id, x.name) for x in s.actors]) for s in source.sheets] == [
        ("a", [("tony-blair", "Tony Blair")]),
        ("b", [("tony-blair", "Blair")]),  # the article's own wording, linked to his one page
    ]
    assert source.redirects == {"blair": "tony-blair"}
    assert source.links == (Link("blair", "tony-blair", "person", "surname",
                                 'both are "prime minister" (the only person named Blair in the archive)', ("b",)),)
    assert (source.problems, source.warnings) == ((), ())


def test_editor_correction_overrides_the_machine(tmp_path):
    """An editor who says this "Blair" is someone else keeps the machine from merging it."""
    archive = _archive(tmp_path, sheet("a", person("Tony Blair", "Blair", role="Prime Minister")),
                       sheet("b", person("Blair", role="Prime Minister")))
    (archive / "corrections.yaml").write_text("rename:\n  blair: Cherie Blair\n", "utf-8")
    source = load_site_source(archive)
    assert [(s.id, [(x.id, x.name) for x in s.actors]) for s in source.sheets] == [
        ("a", [("tony-blair", "Tony Blair")]),
        ("b", [("cherie-blair", "Cherie Blair")]),
    ]
    assert source.links == ()
    assert source.redirects == {"blair": "cherie-blair"}


def test_an_id_the_editor_sets_fields_on_is_not_moved_by_the_machine(tmp_path):
    """`set:` on "blair" keeps the machine from merging it away: otherwise the editor's fields would land nowhere."""
    archive = _archive(tmp_path, sheet("a", person("Tony Blair", "Blair", role="Prime Minister")),
                       sheet("b", person("Blair", role="Prime Minister")))
    (archive / "corrections.yaml").write_text("set:\n  blair: {name: Cherie Blair, role: Barrister}\n", "utf-8")
    source = load_site_source(archive)
    assert [(s.id, [(x.id, x.name, x.role) for x in s.actors]) for s in source.sheets] == [
        ("a", [("tony-blair", "Tony Blair", "Prime Minister")]),
        ("b", [("blair", "Cherie Blair", "Barrister")]),
    ]
    assert (source.links, source.redirects, source.warnings) == ((), {}, ())


def test_sheets_come_through_the_catalog_and_corrections_still_apply(tmp_path, monkeypatch):
    """A second build reads no YAML for unchanged sheets; the editors' corrections are applied all the same."""
    from factarchive import archive as archive_mod

    archive = _archive(tmp_path, sheet("a", person("Tony Blair", "Blair", role="Prime Minister")),
                       sheet("b", person("Blair", role="Prime Minister")))
    first = load_site_source(archive)
    read: list[str] = []
    real = archive_mod.load
    monkeypatch.setattr(archive_mod, "load", lambda path: read.append(path.name) or real(path))
    assert load_site_source(archive) == first
    assert read == []
    (archive / "corrections.yaml").write_text("rename:\n  blair: Cherie Blair\n", "utf-8")
    source = load_site_source(archive)
    assert read == []
    assert [(s.id, [x.id for x in s.actors]) for s in source.sheets] == [("a", ["tony-blair"]), ("b", ["cherie-blair"])]


def _org(name):
    from dataclasses import replace

    from .test_resolve import org

    return replace(org(name), evidence=(f"{name} said nothing.",))


def _farrow_archive(tmp_path, *extra):
    """Jed Farrow the footballer; "Farrow" in a match report beside his club and team-mate, and in ``extra``."""
    return _archive(tmp_path, sheet("derby", person("Jed Farrow"), _org("Wexham Rovers"), person("Ian Poole")),
                    sheet("report", person("Farrow"), _org("Wexham Rovers"), person("Ian Poole")), *extra)


def _ids(source):
    return [(s.id, [(x.id, x.name) for x in s.whole().actors]) for s in source.sheets]


def test_a_surname_is_merged_only_in_the_articles_whose_evidence_points_to_the_person(tmp_path):
    """The band Farrow's article keeps "farrow" (no redirect: an article still has it); the match report's
    "Farrow" is Jed Farrow."""
    from factarchive.archive import load_archive
    from factarchive.corrections import load_corrections
    from factarchive.site.source import _resolved

    archive = _farrow_archive(tmp_path, sheet("album", person("Farrow"), _org("Lark Records"), person("Mo Tindle")))
    source = load_site_source(archive)
    assert _ids(source) == [
        ("album", [("farrow", "Farrow"), ("lark-records", "Lark Records"), ("mo-tindle", "Mo Tindle")]),
        ("derby", [("jed-farrow", "Jed Farrow"), ("wexham-rovers", "Wexham Rovers"), ("ian-poole", "Ian Poole")]),
        ("report", [("jed-farrow", "Farrow"), ("wexham-rovers", "Wexham Rovers"), ("ian-poole", "Ian Poole")]),
    ]
    assert [(l.source, l.target, l.articles, l.kept) for l in source.links] == [
        ("farrow", "jed-farrow", ("report",), ("album",))]
    assert source.redirects == {}
    sheets, problems = load_archive(archive)
    whole = _resolved(sheets, load_corrections(archive), problems)
    assert ([s.whole() for s in source.sheets], source.redirects, source.links) == \
        (list(whole.sheets), whole.redirects, whole.links)


def test_a_surname_redirects_once_no_article_keeps_it(tmp_path):
    archive = _farrow_archive(tmp_path, sheet("album", person("Farrow"), _org("Lark Records")))
    assert load_site_source(archive).redirects == {}
    (archive / "album.yaml").unlink()
    source = load_site_source(archive)
    assert source.redirects == {"farrow": "jed-farrow"}
    assert [(l.articles, l.kept) for l in source.links] == [(("report",), ())]
