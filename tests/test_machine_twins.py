"""The machine-readable files that grow with the archive, bounded (issue #14 item 4): an entity's JSON twin paged
as its page is, and the entity lookup with each entity once, in shards (entities.json, format 3)."""

from __future__ import annotations

from factarchive.model import Actor, Extractor, FactSheet, Figure
from factarchive.site import render, urls
from factarchive.site.catalog import gather
from factarchive.site.machine import (entity_lookup, entity_twins, json_text, lookup_buckets, lookup_files,
                                      read_lookup)

EXTRACTOR = Extractor(version="test", model="none", stages=(("test", "1"),))


def _sheet(sheet_id: str, published: str, *actors: Actor, figures: tuple[Figure, ...] = ()) -> FactSheet:
    return FactSheet(id=sheet_id, title=sheet_id.upper(), seed=f"{sheet_id}.txt", content_hash="0" * 64,
                     extractor=EXTRACTOR, published=published, actors=actors, figures=figures)


def _person(entity_id: str, name: str, *, age: int | None = None, aliases: tuple[str, ...] = ()) -> Actor:
    return Actor(id=entity_id, name=name, kind="person", aliases=aliases, age=age, mentions=1,
                 evidence=(f"{name} spoke.",))


def _crowd(articles: int) -> list[FactSheet]:
    """``articles`` articles naming Ann Lee (newest last by date), each with Bo Chen; the first two with Cy Diaz."""
    return [_sheet(f"a{n}", f"2020-01-{n + 1:02d}", _person("ann-lee", "Ann Lee"), _person("bo-chen", "Bo Chen"),
                   *((_person("cy-diaz", "Cy Diaz"),) if n < 2 else ()))
            for n in range(articles)]


def test_a_short_twin_is_one_file_with_every_article(monkeypatch):
    catalog = gather(_crowd(3))
    twins = entity_twins(catalog.entities["ann-lee"])
    assert [path for path, _ in twins] == ["entities/23/ann-lee.json"]
    data = twins[0][1]
    assert [a["id"] for a in data["articles"]] == ["a2", "a1", "a0"]
    assert {k: data[k] for k in ("article_count", "articles_pages", "articles_next", "cooccurring", "cooccurring_count",
                                 "cooccurring_pages", "cooccurring_next")} == {
        "article_count": 3, "articles_pages": 1, "articles_next": None, "cooccurring": [["bo-chen", 3], ["cy-diaz", 2]],
        "cooccurring_count": 2, "cooccurring_pages": 1, "cooccurring_next": None}
    # Each article by reference: where the entity's fact is on its page, its twin, the figures naming the entity.
    assert data["articles"] == [
        {"id": a, "published": f"2020-01-0{n + 1}", "role": None,
         "page": urls.page_url(urls.article(a), True, "actor-ann-lee"), "json": urls.article_json(a), "figures": []}
        for n, a in ((2, "a2"), (1, "a1"), (0, "a0"))]


def test_a_long_twin_pages_as_its_page_does(monkeypatch):
    """2 articles in the first file and 3 in each further one (as the page, render's sizes), newest first; the
    entities named alongside 1 then 2 a file; each file names the next, the last none."""
    monkeypatch.setattr(render, "ENTITY_FIRST_ARTICLES", 2)
    monkeypatch.setattr(render, "ENTITY_MORE_ARTICLES", 3)
    monkeypatch.setattr(render, "WITH_ON_PAGE", 1)
    monkeypatch.setattr(render, "WITH_PAGE", 2)
    sheets = _crowd(6) + [_sheet("b0", "2019-12-01", _person("ann-lee", "Ann Lee"), _person("cy-diaz", "Cy Diaz"),
                                 _person("di-eze", "Di Eze")),
                          _sheet("b1", "2019-12-02", _person("ann-lee", "Ann Lee"), _person("di-eze", "Di Eze"),
                                 _person("ed-fox", "Ed Fox")),
                          _sheet("b2", "2019-12-03", _person("ann-lee", "Ann Lee"), _person("ed-fox", "Ed Fox"))]
    twins = dict(entity_twins(gather(sheets).entities["ann-lee"]))
    folder = "browse/entities/23/ann-lee/"
    assert list(twins) == ["entities/23/ann-lee.json", folder + "articles-2.json", folder + "articles-3.json",
                           folder + "articles-4.json", folder + "with-2.json", folder + "with-3.json"]
    first = twins["entities/23/ann-lee.json"]
    assert [a["id"] for a in first["articles"]] == ["a5", "a4"]
    assert (first["articles_pages"], first["articles_next"]) == (4, folder + "articles-2.json")
    assert (first["cooccurring"], first["cooccurring_count"], first["cooccurring_pages"], first["cooccurring_next"]) == (
        [["bo-chen", 6]], 4, 3, folder + "with-2.json")
    assert {k: v for k, v in twins[folder + "articles-2.json"].items() if k != "articles"} == {
        "id": "ann-lee", "page": 2, "articles_next": folder + "articles-3.json"}
    assert [a["id"] for a in twins[folder + "articles-2.json"]["articles"]] == ["a3", "a2", "a1"]
    assert [a["id"] for a in twins[folder + "articles-3.json"]["articles"]] == ["a0", "b2", "b1"]
    assert twins[folder + "articles-4.json"] == {"id": "ann-lee", "page": 4, "articles_next": None, "articles": [
        {"id": "b0", "published": "2019-12-01", "role": None, "page": "articles/4f/b0/#actor-ann-lee",
         "json": "articles/4f/b0.json", "figures": []}]}
    assert twins[folder + "with-2.json"] == {"id": "ann-lee", "page": 2, "cooccurring": [["cy-diaz", 3], ["di-eze", 2]],
                                             "cooccurring_next": folder + "with-3.json"}
    assert twins[folder + "with-3.json"] == {"id": "ann-lee", "page": 3, "cooccurring": [["ed-fox", 2]],
                                             "cooccurring_next": None}


def test_the_age_an_article_gives_is_in_that_article_reference_only():
    """An age belongs to an article (people age): the twin has no age of the entity, an article's reference the age
    that article states, when the catalog's mention carries one; none where it states none."""
    catalog = gather(_crowd(2))
    entity = catalog.entities["ann-lee"]

    class Aged:
        """A catalog mention with the age its article states (catalog.Mention's fields, and age)."""

        def __init__(self, mention, age):
            self.article, self.role, self.age = mention.article, mention.role, age

    mentions = [Aged(m, 63 if m.article.id == "a0" else None) for m in entity.mentions]
    from dataclasses import replace
    data = entity_twins(replace(entity, mentions=mentions))[0][1]
    assert "age" not in data
    assert [(a["id"], a.get("age")) for a in data["articles"]] == [("a1", None), ("a0", 63)]
    assert "age" not in data["articles"][0]


def test_compact_lookup_lists_each_entity_once_and_every_name():
    sheets = [_sheet("a0", "2020-01-01", _person("ann-lee", "Ann Lee", aliases=("Lee",)), _person("bo-lee", "Bo Lee",
                                                                                                  aliases=("Lee",))),
              _sheet("a1", "2020-01-02", _person("ann-lee", "Ann Lee"))]
    catalog = gather(sheets)
    lookup = entity_lookup(catalog.entities.values(), {"old-ann": "ann-lee"})
    assert lookup == {
        "entities": {"ann-lee": ["Ann Lee", "person", "entities/23/ann-lee/"],
                     "bo-lee": ["Bo Lee", "person", "articles/14/a0/#actor-bo-lee"]},
        "names": {"Ann Lee": ["ann-lee"], "Bo Lee": ["bo-lee"], "Lee": ["ann-lee", "bo-lee"]},
        "redirects": {"old-ann": "ann-lee"}}
    # Where each lives, as the renderer found it (render.entity_homes): the same file.
    homes = render.entity_homes(catalog.entities)
    assert entity_lookup(catalog.entities.values(), {"old-ann": "ann-lee"}, homes=homes) == lookup
    # Offline (.html pages); each entity's JSON is its page's address without the anchor, .json for .html or /.
    offline = entity_lookup(catalog.entities.values(), {}, directory_urls=False)["entities"]
    assert offline == {"ann-lee": ["Ann Lee", "person", "entities/23/ann-lee.html"],
                       "bo-lee": ["Bo Lee", "person", "articles/14/a0.html#actor-bo-lee"]}
    # Each entity's JSON: its page's address without the anchor, .json for the final / (its twin, or its article's).
    json_of = {entity_id: page.split("#")[0].removesuffix("/") + ".json"
               for entity_id, (_, _, page) in lookup["entities"].items()}
    assert json_of == {"ann-lee": urls.entity_json("ann-lee"), "bo-lee": urls.article_json("a0")}


def test_lookup_is_published_in_shards_and_read_back_whole(tmp_path):
    """lookup_files: entities.json, the index (format 3), then a shard per bucket with something in it, each entity
    and redirect in its id's bucket and each name in its own; read_lookup gives back the whole lookup."""
    sheets = [_sheet("a0", "2020-01-01", _person("ann-lee", "Ann Lee", aliases=("Lee",)), _person("bo-lee", "Bo Lee",
                                                                                                  aliases=("Lee",))),
              _sheet("a1", "2020-01-02", _person("ann-lee", "Ann Lee"))]
    catalog = gather(sheets)
    buckets = lookup_buckets(catalog.entities.values(), {"old-ann": "ann-lee"})
    b = urls.bucket
    assert buckets == {
        b("ann-lee"): ((("ann-lee", "Ann Lee", "person", "entities/23/ann-lee.md", ""),), (), ()),
        b("bo-lee"): ((("bo-lee", "Bo Lee", "person", "articles/14/a0.md", "actor-bo-lee"),), (), ()),
        b("Ann Lee"): ((), (("Ann Lee", ("ann-lee",)),), ()),
        b("Bo Lee"): ((), (("Bo Lee", ("bo-lee",)),), ()),
        b("Lee"): ((), (("Lee", ("ann-lee", "bo-lee")),), ()),
        b("old-ann"): ((), (), (("old-ann", "ann-lee"),)),
    }
    assert len(buckets) == 6  # no two keys share a bucket here
    files = lookup_files(buckets)
    assert files[0] == ("entities.json", {
        "format": 3, "shard": "lookup/{bucket}.json", "bucket_of": "fnv1a32-low-byte-hex",
        "buckets": sorted(buckets), "entities": 2, "names": 3, "redirects": 1})
    assert dict(files[1:]) == {
        f"lookup/{b('ann-lee')}.json": {"bucket": b("ann-lee"), "entities": {
            "ann-lee": ["Ann Lee", "person", "entities/23/ann-lee/"]}, "names": {}, "redirects": {}},
        f"lookup/{b('bo-lee')}.json": {"bucket": b("bo-lee"), "entities": {
            "bo-lee": ["Bo Lee", "person", "articles/14/a0/#actor-bo-lee"]}, "names": {}, "redirects": {}},
        f"lookup/{b('Ann Lee')}.json": {"bucket": b("Ann Lee"), "entities": {}, "names": {"Ann Lee": ["ann-lee"]},
                                        "redirects": {}},
        f"lookup/{b('Bo Lee')}.json": {"bucket": b("Bo Lee"), "entities": {}, "names": {"Bo Lee": ["bo-lee"]},
                                       "redirects": {}},
        f"lookup/{b('Lee')}.json": {"bucket": b("Lee"), "entities": {}, "names": {"Lee": ["ann-lee", "bo-lee"]},
                                    "redirects": {}},
        f"lookup/{b('old-ann')}.json": {"bucket": b("old-ann"), "entities": {}, "names": {},
                                        "redirects": {"old-ann": "ann-lee"}},
    }
    for path, data in files:
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(json_text(data), "utf-8")
    assert read_lookup(tmp_path) == entity_lookup(catalog.entities.values(), {"old-ann": "ann-lee"})
