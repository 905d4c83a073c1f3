"""Gathering in proportion to the change: what one sheet gives the catalog is kept by the sheet's digest.

A build reads the archive through the catalog beside it as heads (LazySheet); gathering takes from each sheet its
facts' rows, the entities it names, its figures and captions, and keeps them in the catalog by the sheet's
digest. The next build decodes only the sheets whose digest it has not gathered, and gathers the same catalog.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from factarchive.model import Actor, Figure
from factarchive.site import source as source_mod
from factarchive.site.catalog import gather
from factarchive.site.sheetstore import catalog_path
from factarchive.site.source import load_site_source

from .sheet_helpers import article, write_archive

BLAIR = Actor(id="blair", name="Blair", kind="person", role="Prime Minister", mentions=1,
              evidence=("Blair spoke in Idlib.",))
TONY_BLAIR = Actor(id="tony-blair", name="Tony Blair", kind="person", aliases=("Blair",), role="Prime Minister",
                   mentions=1, evidence=("Tony Blair spoke.",))


def _sheets():
    a = article("a", "Convoy crosses", published="2020-03-02", vehicles=30)
    b = article("b", "Convoy disputed", published="2020-03-02", vehicles=40)
    c = article("c", "Blair visits", published="2020-03-04")
    c = replace(c, actors=(*c.actors, BLAIR))
    d = replace(article("d", "Blair speaks", published=None), actors=(TONY_BLAIR,))
    return a, b, c, d


def summary(catalog):
    """Everything a page reads of a catalog, as plain values (sheets by id)."""
    return {
        "articles": [s.id for s in catalog.articles],
        "entities": {e.id: (e.name, e.kind, e.aliases, e.roles, e.country, e.coordinates,
                            [(m.article.id, m.name, m.role, m.evidence, m.mentions) for m in e.mentions],
                            [(s.id, f) for s, f in e.figures], e.cooccurring, e.decisions)
                     for e in catalog.entities.values()},
        "figures": [(s.id, f) for s, f in catalog.figures],
        "captions": [(s.id, c) for s, c in catalog.captions],
        "series": {k: (v.label, v.unit, [(s.id, f.id) for s, f in v.points], v.article_count, v.dated_count)
                   for k, v in catalog.series.items()},
        "figure_series": catalog.figure_series,
        "related": {k: [(s.id, n) for s, n in v] for k, v in catalog.related.items()},
        "disagreements": {k: [(d.date, [(s.id, f.id) for s, f in d.points]) for d in v]
                          for k, v in catalog.disagreements.items()},
        "titles": catalog.titles,
    }


def _whole(archive, monkeypatch):
    """The catalog gathered from whole sheets read without the catalog (the reference)."""
    with monkeypatch.context() as m:
        m.setattr(source_mod, "open_sheets", lambda archive, progress=None: None)
        return summary(gather(list(load_site_source(archive).sheets)))


def _derived_rows(archive):
    with sqlite3.connect(catalog_path(archive)) as conn:
        return dict(conn.execute("SELECT digest, idx FROM derived"))


def test_a_second_build_gathers_the_same_catalog_decoding_no_sheet(tmp_path, monkeypatch):
    archive = write_archive(tmp_path, *_sheets())
    first_source = load_site_source(archive)
    first = gather(list(first_source.sheets))
    assert first_source.sheets[0]._source.decoded == 4  # gathered from the sheets: each decoded once
    expected = _whole(archive, monkeypatch)
    assert summary(first) == expected
    assert expected["series"] == {"vehicles": ("vehicles", None, [(x, "f-0000abcd") for x in "abcd"], 4, 3)}
    assert expected["entities"]["tony-blair"][6] == [("c", "Blair", "Prime Minister", ("Blair spoke in Idlib.",), 1),
                                                     ("d", "Tony Blair", "Prime Minister", ("Tony Blair spoke.",), 1)]
    assert sorted(_derived_rows(archive)) == sorted(s.digest for s in first_source.sheets)

    source = load_site_source(archive)
    again = gather(list(source.sheets))
    assert source.sheets[0]._source.decoded == 0  # every sheet's rows read from the catalog
    assert summary(again) == expected


def test_one_changed_sheet_is_the_only_one_decoded(tmp_path, monkeypatch):
    a, b, c, d = _sheets()
    archive = write_archive(tmp_path, a, b, c, d)
    gather(list(load_site_source(archive).sheets))
    before = _derived_rows(archive)
    said = "Ann Lee said 50 vehicles crossed into Idlib."
    changed = replace(b, title="Convoy disputed again", figures=(
        Figure(id="f-0000abcd", value=50, text="50", counts="vehicles", reported_by="Ann Lee", evidence=(said,)),))
    write_archive(tmp_path, a, changed, c, d)
    source = load_site_source(archive)
    catalog = gather(list(source.sheets))
    assert source.sheets[0]._source.decoded == 1
    assert summary(catalog) == _whole(archive, monkeypatch)
    assert [(s.id, f.value) for s, f in catalog.series["vehicles"].points] == [("a", 30), ("b", 50), ("c", 30), ("d", 30)]
    after = _derived_rows(archive)
    digests = {s.id: s.digest for s in source.sheets}
    assert sorted(after) == sorted(digests.values())  # the old row of b is gone
    assert {k: v for k, v in after.items() if k != digests["b"]} == {k: v for k, v in before.items() if k in after}


def test_a_corrected_sheet_is_corrected_when_asked_and_named_by_what_decides_it(tmp_path, monkeypatch):
    """The machine merges "blair" (c) into "tony-blair": c's head is corrected only when its whole sheet is asked
    for; its digest follows the decisions of the corrections, and an editor's change moves it."""
    archive = write_archive(tmp_path, *_sheets())
    source = load_site_source(archive)
    heads = {s.id: s for s in source.sheets}
    assert [(link.source, link.target) for link in source.links] == [("blair", "tony-blair")]
    assert heads["c"].digest.startswith("corrected:") and not heads["a"].digest.startswith("corrected:")
    assert heads["c"]._source.decoded == 0  # nothing decoded, nothing corrected, to load
    assert [h.digest for h in load_site_source(archive).sheets] == [h.digest for h in source.sheets]  # stable
    with monkeypatch.context() as m:
        m.setattr(source_mod, "open_sheets", lambda archive, progress=None: None)
        reference = {s.id: s for s in load_site_source(archive).sheets}
    assert heads["c"].whole() == reference["c"]
    assert [(x.id, x.name) for x in heads["c"].whole().actors] == [
        ("ann-lee", "Ann Lee"), ("syria", "Syria"), ("tony-blair", "Blair")]

    (archive / "corrections.yaml").write_text("reject:\n  - syria\n", "utf-8")
    rejected = {s.id: s for s in load_site_source(archive).sheets}
    assert rejected["c"].digest != heads["c"].digest and rejected["d"].digest == heads["d"].digest
    assert rejected["a"].digest.startswith("corrected:") and rejected["a"].digest != heads["a"].digest
    assert [(x.id, x.name) for x in rejected["c"].whole().actors] == [("ann-lee", "Ann Lee"), ("tony-blair", "Blair")]


def test_deleting_the_catalog_is_safe(tmp_path, monkeypatch):
    archive = write_archive(tmp_path, *_sheets())
    first = summary(gather(list(load_site_source(archive).sheets)))
    for path in catalog_path(archive).parent.iterdir():
        path.unlink()
    source = load_site_source(archive)
    assert summary(gather(list(source.sheets))) == first
    assert source.sheets[0]._source.decoded == 4


def test_plain_sheets_gather_as_heads_do(tmp_path):
    """Sheets given whole (no catalog) gather to the same catalog, with the sheets' own figure objects."""
    sheets = _sheets()
    catalog = gather(list(sheets))
    archive = write_archive(tmp_path, *sheets)
    with_heads = gather(list(load_site_source(archive).sheets))
    # The heads are corrected by the machine's merge (blair -> tony-blair); the plain sheets are not.
    plain, heads = summary(catalog), summary(with_heads)
    assert plain["figures"] == heads["figures"] and plain["series"] == heads["series"]
    assert {k: v for k, v in plain["related"].items() if k in "ab"} == {k: v for k, v in heads["related"].items()
                                                                       if k in "ab"}
    assert catalog.figures[0][0] is sheets[2] and catalog.figures[0][1] is sheets[2].figures[0]
    assert set(plain["entities"]) - set(heads["entities"]) == {"blair"}


def test_rows_another_build_dropped_are_derived_again(tmp_path, monkeypatch):
    archive = write_archive(tmp_path, *_sheets())
    gather(list(load_site_source(archive).sheets))
    expected = _whole(archive, monkeypatch)
    source = load_site_source(archive)
    catalog = gather(list(source.sheets))
    heads = {s.id: s for s in source.sheets}
    with sqlite3.connect(catalog_path(archive)) as conn:  # as a build of another state of the archive would
        conn.execute("DELETE FROM mentions WHERE digest = ?", (heads["a"].digest,))
    assert summary(catalog) == expected


def test_an_entitys_mentions_are_one_query_in_article_order(tmp_path):
    archive = write_archive(tmp_path, *_sheets())
    gather(list(load_site_source(archive).sheets))
    source = load_site_source(archive)
    catalog = gather(list(source.sheets))
    idlib = catalog.entities["idlib"]
    assert [(m.article.id, m.name, m.evidence) for m in idlib.mentions] == [
        (a, "Idlib", ("Ann Lee said 30 vehicles crossed into Idlib." if a != "b" else
                      "Ann Lee said 40 vehicles crossed into Idlib.",)) for a in "cabd"]
    assert idlib.mentions[0].article is catalog.articles[0]
    assert source.sheets[0]._source.decoded == 0
    with sqlite3.connect(catalog_path(archive)) as conn:
        assert conn.execute("SELECT count(*) FROM mentions").fetchone() == (3 + 3 + 4 + 2,)  # a row per fact
