"""The site build holds a head per article, not every fact sheet (issue 14): whole sheets are decoded when asked."""

from __future__ import annotations

import datetime as dt
import pickle
from dataclasses import replace

from factarchive.archive import load_archive
from factarchive.corrections import load_corrections
from factarchive.model import Actor, Figure, to_data
from factarchive.site import lazysheet, urls
from factarchive.site.catalog import beyond_tomorrow, gather
from factarchive.site.lazysheet import ActorRef, LazySheet
from factarchive.site.source import _resolved, load_site_source
from tests.sheet_helpers import article, write_archive

CORRECTIONS = """\
rename:
  ann-lee: Ann B. Lee
set:
  idlib: {country: TR}
"""


def _archive(tmp_path):
    """Four invented articles; the editor renames Ann Lee (named in each) and moves Idlib to Turkey."""
    lee = Actor(id="lee", name="Lee", kind="person", role="spokeswoman", mentions=1, evidence=("Lee spoke.",))
    third = article("c", "Third", published="2020-03-04")
    third = replace(third, actors=(*third.actors, lee), figures=(*third.figures, Figure(
        id="f-0000beef", value=2, text="two", counts="visits", period_date="2020-03-01", evidence=("Lee spoke.",))))
    archive = write_archive(tmp_path, article("a", "First"), article("b", "Second", published="2020-03-03"), third,
                            article("d", "Fourth", published=None))
    (archive / "corrections.yaml").write_text(CORRECTIONS, "utf-8")
    return archive


def _whole(archive):
    """The same source, from every sheet read whole into memory (the build's path when the catalog is unusable)."""
    sheets, problems = load_archive(archive)
    return _resolved(sheets, load_corrections(archive), problems)


def test_the_source_is_heads_equal_to_the_whole_corrected_sheets(tmp_path):
    archive = _archive(tmp_path)
    whole = _whole(archive)
    for build in range(2):  # the first build reads YAML into the catalog, the second reads the catalog only
        source = load_site_source(archive)
        assert all(type(s) is LazySheet for s in source.sheets)
        assert [s.whole() for s in source.sheets] == list(whole.sheets)
        assert (source.redirects, source.links, source.warnings) == (whole.redirects, whole.links, whole.warnings)
    assert [a.id for a in source.sheets[2].whole().actors] == ["ann-b-lee", "syria", "lee"]  # renamed
    assert source.redirects == {"ann-lee": "ann-b-lee"}


def test_a_head_is_a_fact_sheet_and_reads_the_rest_when_asked(tmp_path):
    source = load_site_source(_archive(tmp_path))
    head = source.sheets[0]
    whole = head.whole()
    assert (head.id, head.title, head.published, head.outlet) == ("a", "First", "2020-03-02", "Test Wire")
    assert head.figures == whole.figures and head.images == whole.images
    assert to_data(head) == to_data(whole)
    assert head == whole and whole == head and head == load_site_source(tmp_path).sheets[0]
    assert repr(head).startswith("LazySheet(id='a', digest=")


def test_an_undecoded_heads_actors_know_their_ids_without_decoding(tmp_path):
    source = load_site_source(_archive(tmp_path))
    head = source.sheets[3]
    head._source.forget()
    decoded = head._source.decoded
    assert head.actor_ids == ("ann-b-lee", "syria")
    assert [a.id for a in head.actors] == ["ann-b-lee", "syria"]
    assert urls.fact_anchor(head, "syria") == "actor-syria" and urls.fact_anchor(head, "idlib") == "place-idlib"
    assert head._source.decoded == decoded  # the anchor of an entity's row needs no sentences
    actor = head.actors[0]
    assert isinstance(actor, ActorRef) and actor.name == "Ann B. Lee" and actor == head.whole().actors[0]
    assert head._source.decoded == decoded + 1
    assert type(head.actors[0]) is Actor  # decoded now: the whole sheet's own actors


def test_digests_change_with_the_content_and_only_then(tmp_path):
    archive = _archive(tmp_path)
    first = {s.id: repr(s) for s in load_site_source(archive).sheets}
    assert {s.id: repr(s) for s in load_site_source(archive).sheets} == first
    write_archive(archive, article("b", "Second, corrected", published="2020-03-03"))
    second = {s.id: repr(s) for s in load_site_source(archive).sheets}
    assert [i for i in first if first[i] != second[i]] == ["b"]
    (archive / "corrections.yaml").write_text(CORRECTIONS.replace("Ann B. Lee", "Ann C. Lee"), "utf-8")
    third = {s.id: repr(s) for s in load_site_source(archive).sheets}
    assert [i for i in first if second[i] != third[i]] == ["a", "b", "c", "d"]  # every sheet names her


def test_gathering_heads_decodes_each_sheet_once_and_matches_whole_sheets(tmp_path, monkeypatch):
    monkeypatch.setattr(lazysheet, "KEEP", 1)
    archive = _archive(tmp_path)
    source = load_site_source(archive)
    counter = source.sheets[0]._source
    counter.forget()
    before = counter.decoded
    catalog = gather(source.sheets)
    assert counter.decoded - before == 4
    expected = gather(_whole(archive).sheets)
    assert [s.id for s in catalog.articles] == ["c", "b", "a", "d"]  # newest first, undated last
    assert list(catalog.entities) == list(expected.entities) == ["ann-b-lee", "idlib", "lee", "syria"]
    for entity_id, entity in catalog.entities.items():
        other = expected.entities[entity_id]
        assert (entity.name, entity.kind, entity.aliases, entity.roles, entity.country, entity.coordinates) == (
            other.name, other.kind, other.aliases, other.roles, other.country, other.coordinates)
        assert [(m.article.id, m.name, m.role, m.evidence, m.mentions) for m in entity.mentions] == [
            (m.article.id, m.name, m.role, m.evidence, m.mentions) for m in other.mentions]
        assert [(s.id, f) for s, f in entity.figures] == [(s.id, f) for s, f in other.figures]
        assert entity.cooccurring == other.cooccurring
    ann = catalog.entities["ann-b-lee"]
    assert (ann.aliases, ann.article_count, ann.mentions[0].article is catalog.articles[0]) == (
        ("Ann Lee",), 4, True)
    assert [(s.id, f.id) for s, f in catalog.figures] == [(s.id, f.id) for s, f in expected.figures]
    assert list(catalog.series) == list(expected.series) == ["vehicles"]
    assert {k: [s.id for s in v] for k, v in ((k, [s for s, _ in v]) for k, v in catalog.related.items())} == {
        k: [s.id for s, _ in v] for k, v in expected.related.items()}


def test_an_entitys_mentions_are_read_back_when_asked_and_pickle_as_a_tuple(tmp_path):
    catalog = gather(load_site_source(_archive(tmp_path)).sheets)
    mentions = catalog.entities["idlib"].mentions
    assert len(mentions) == 4 and repr(mentions) == "MentionList('idlib', 4 mentions)"
    assert [m.article.id for m in mentions] == ["c", "b", "a", "d"]
    assert mentions[-1].evidence == ("Ann Lee said 30 vehicles crossed into Idlib.",)
    assert catalog.entities["syria"].decisions == [("country", 1, True, "model")] * 4  # located: its country code
    assert catalog.entities["lee"].decisions == [("person", 1, False, "model")]
    again = pickle.loads(pickle.dumps(catalog.entities["idlib"].mentions))
    assert type(again) is tuple and [m.name for m in again] == ["Idlib"] * 4


def test_the_dates_after_tomorrow_are_read_from_the_heads(tmp_path):
    source = load_site_source(_archive(tmp_path))
    counter = source.sheets[0]._source
    counter.forget()
    before = counter.decoded
    assert beyond_tomorrow(source.sheets, today=dt.date(2020, 2, 28)) == ("2020-03-01", "2020-03-02", "2020-03-03",
                                                                          "2020-03-04")
    assert counter.decoded == before


def test_figures_and_captions_are_read_an_article_at_a_time_from_the_catalog(tmp_path):
    archive = _archive(tmp_path)
    catalog = gather(load_site_source(archive).sheets)
    expected = gather(_whole(archive).sheets)
    figures, captions = catalog.figures, catalog.captions
    assert (len(figures), len(captions), repr(figures)) == (5, 4, "SheetItems(figures, 5 in 4 articles)")
    assert [(s.id, f) for s, f in figures] == [(s.id, f) for s, f in expected.figures]
    assert [(s.id, c) for s, c in captions] == [(s.id, c) for s, c in expected.captions]
    assert [(figures[n][0].id, figures[n][1].id) for n in (0, 1, -1)] == [
        ("c", "f-0000abcd"), ("c", "f-0000beef"), ("d", "f-0000abcd")]
    assert [(s.id, f.id) for s, f in figures[1:3]] == [("c", "f-0000beef"), ("b", "f-0000abcd")]
    third = catalog.articles[0]
    assert ([f.id for f in figures.of(third)], figures.count("c"), figures.count("nobody")) == (
        ["f-0000abcd", "f-0000beef"], 2, 0)
    assert [c.caption for c in captions.of(third)] == ["Ann Lee (L) in Idlib."]
    # Read from the catalog's rows (not the sheets): an article's figures and captions in one read.
    reader = figures._read
    reader._recent.clear()
    decoded, read = third._source.decoded, reader.read
    assert figures.of(third) and captions.of(third) and reader.read == read + 1
    assert third._source.decoded == decoded
    # An entity's figures: (article, figure) whose sentence names it, read when asked.
    lee = catalog.entities["lee"].figures
    assert (len(lee), [(s.id, f.id) for s, f in lee]) == (1, [("c", "f-0000beef")])
    assert [(s.id, f.id) for s, f in pickle.loads(pickle.dumps(lee))] == [("c", "f-0000beef")]
    assert type(pickle.loads(pickle.dumps(figures))) is tuple
    # Ids and plain fields, without making the items: what search numbers and the figures' unit pages read.
    assert (figures.ids_of(third), captions.ids_of(third), figures.ids_of(catalog.articles[-1])) == (
        ("f-0000abcd", "f-0000beef"), ("c-0000abcd",), ("f-0000abcd",))
    assert [values[0] for values in figures.plain_of(third)] == ["f-0000abcd", "f-0000beef"]


def test_whole_sheets_give_their_own_figures(tmp_path):
    sheets = _whole(_archive(tmp_path)).sheets
    catalog = gather(sheets)
    third = next(s for s in sheets if s.id == "c")
    assert catalog.figures.of(third) is third.figures and catalog.captions.of(third) is third.images
    assert catalog.figures[0][1] is third.figures[0]


def test_a_series_holds_where_its_figures_are_and_reads_them_when_asked(tmp_path):
    archive = _archive(tmp_path)
    catalog = gather(load_site_source(archive).sheets)
    expected = gather(_whole(archive).sheets)
    points = catalog.series["vehicles"].points
    assert [(s.id, n) for s, n in points._places] == [("a", 0), ("b", 0), ("c", 0), ("d", 0)]  # article, place
    assert [(s.id, f) for s, f in points] == [(s.id, f) for s, f in expected.series["vehicles"].points]
    assert (len(points), points[0][1].value, points[-1][0].id) == (4, 30, "d")
    assert catalog.figure_series == expected.figure_series and catalog.disagreements == expected.disagreements == {}
