"""The sitemap past the sitemap protocol's 50,000 URLs a file: an index of parts at the same address (issue #14)."""

from __future__ import annotations

import gzip

from factarchive.site.mkdocs_build import split_sitemap


def _mkdocs_sitemap(site, pages: list[str], root: str = "https://example.org/news/") -> str:
    """A sitemap as MkDocs 1.6's template writes it (mkdocs/templates/sitemap.xml), with its .gz beside it."""
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"\n    <url>\n         <loc>{root}{p}</loc>\n         <lastmod>2000-01-01</lastmod>\n    </url>"
                      for p in pages) + "\n</urlset>")
    (site / "sitemap.xml").write_text(text, encoding="utf-8")
    with open(site / "sitemap.xml.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, filename="sitemap.xml.gz", mode="wb",
                                                                  mtime=946684800) as packed:
        packed.write(text.encode("utf-8"))
    return text


PAGES = ["", "articles/", "articles/2c/a/", "entities/23/ann-lee/", "people/"]


def _url(page: str) -> str:
    return (f"    <url>\n         <loc>https://example.org/news/{page}</loc><lastmod>2000-01-01</lastmod>\n"
            "    </url>\n")


def test_a_sitemap_within_the_limit_is_left_as_mkdocs_wrote_it(tmp_path):
    text = _mkdocs_sitemap(tmp_path, PAGES)
    assert split_sitemap(tmp_path, limit=5) == 0
    assert (tmp_path / "sitemap.xml").read_text("utf-8") == text
    assert not (tmp_path / "sitemaps").exists()


def test_a_sitemap_past_the_limit_becomes_an_index_of_parts(tmp_path):
    _mkdocs_sitemap(tmp_path, PAGES)
    assert split_sitemap(tmp_path, limit=2) == 3
    index = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
             "    <sitemap><loc>https://example.org/news/sitemaps/1.xml</loc></sitemap>\n"
             "    <sitemap><loc>https://example.org/news/sitemaps/2.xml</loc></sitemap>\n"
             "    <sitemap><loc>https://example.org/news/sitemaps/3.xml</loc></sitemap>\n"
             "</sitemapindex>\n")
    assert (tmp_path / "sitemap.xml").read_text("utf-8") == index
    with gzip.open(tmp_path / "sitemap.xml.gz") as packed:
        assert packed.read().decode("utf-8") == index
    assert (tmp_path / "sitemap.xml.gz").read_bytes()[4:8] == (946684800).to_bytes(4, "little")  # MkDocs' time kept
    head = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    assert sorted(p.name for p in (tmp_path / "sitemaps").iterdir()) == ["1.xml", "2.xml", "3.xml"]
    assert (tmp_path / "sitemaps" / "1.xml").read_text("utf-8") == head + _url("") + _url("articles/") + "</urlset>\n"
    assert (tmp_path / "sitemaps" / "3.xml").read_text("utf-8") == head + _url("people/") + "</urlset>\n"
    # Run again on what it wrote (MkDocs left the site unchanged): nothing changes.
    assert split_sitemap(tmp_path, limit=2) == 3
    assert (tmp_path / "sitemap.xml").read_text("utf-8") == index


def test_parts_an_earlier_build_left_go_when_the_sitemap_shrinks(tmp_path):
    """An incremental build leaves the files a clean build does: fewer pages, fewer parts; within the limit, none."""
    _mkdocs_sitemap(tmp_path, PAGES)
    split_sitemap(tmp_path, limit=2)
    _mkdocs_sitemap(tmp_path, PAGES[:4])
    assert split_sitemap(tmp_path, limit=2) == 2
    assert sorted(p.name for p in (tmp_path / "sitemaps").iterdir()) == ["1.xml", "2.xml"]
    text = _mkdocs_sitemap(tmp_path, PAGES[:2])
    assert split_sitemap(tmp_path, limit=2) == 0
    assert not (tmp_path / "sitemaps").exists()
    assert (tmp_path / "sitemap.xml").read_text("utf-8") == text


def test_without_a_site_url_the_parts_are_addressed_from_the_root(tmp_path):
    """MkDocs writes each page's absolute path when no site_url is set: the parts are /sitemaps/<n>.xml."""
    _mkdocs_sitemap(tmp_path, PAGES, root="/")
    assert split_sitemap(tmp_path, limit=3) == 2
    assert "<loc>/sitemaps/2.xml</loc>" in (tmp_path / "sitemap.xml").read_text("utf-8")
