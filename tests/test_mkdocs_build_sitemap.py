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


def test_a_real_build_past_the_limit_publishes_an_index_and_incremental_equals_clean(tmp_path, monkeypatch, capsys):
    """MkDocs' own sitemap of a small site, split at 10 pages: an index at sitemap.xml whose parts list every page
    once; after one more article, an incremental build leaves the sitemap files a clean build leaves."""
    from factarchive.site import mkdocs_build, urls

    from .sheet_helpers import article
    from .test_mkdocs_build_passes import ROOT, _docs, _tree

    monkeypatch.setenv("SITE_URL", "https://example.org/news/")
    monkeypatch.setattr(urls, "SITEMAP_URLS", 10)
    sheets = [article("a", "Vehicles cross"), article("b", "Talks begin", published="2020-03-04")]
    docs = _docs(tmp_path, *sheets)
    built = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "site")
    assert built.ok, built.output
    site = tmp_path / "site"
    index = (site / "sitemap.xml").read_text("utf-8")
    parts = sorted(p.name for p in (site / "sitemaps").iterdir())
    assert index == (mkdocs_build.SITEMAP_INDEX_HEAD + "".join(
        f"    <sitemap><loc>https://example.org/news/sitemaps/{name}</loc></sitemap>\n" for name in parts)
        + "</sitemapindex>\n")
    listed = [line for name in parts for line in (site / "sitemaps" / name).read_text("utf-8").splitlines()
              if "<loc>" in line]
    pages = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    assert len(listed) == len(set(listed)) > 10 and len(parts) == -(-len(listed) // 10)
    assert "<loc>https://example.org/news/</loc>" in listed[0] and len(pages) >= len(listed)

    docs = _docs(tmp_path, *sheets, article("c", "Talks end", published="2020-03-05"))
    again = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, site)
    assert (again.ok, again.mode) == (True, "incremental"), again.output
    clean = mkdocs_build.run_mkdocs(ROOT / "mkdocs.yml", docs, tmp_path / "clean")
    assert (clean.ok, clean.mode) == (True, "clean"), clean.output

    def sitemaps(root):
        return {k: v for k, v in _tree(root).items() if k.startswith("sitemap")}

    assert sitemaps(site) == sitemaps(tmp_path / "clean")
    assert any(b"<loc>https://example.org/news/articles/" in v and b"/c/</loc>" in v
               for k, v in sitemaps(site).items() if k.endswith(".xml"))  # the new article is listed
