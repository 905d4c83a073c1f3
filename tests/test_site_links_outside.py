"""Links in docs/ that lead outside it, found from the folder listings alone (mkdocs_build.links_outside)."""

from __future__ import annotations

from factarchive.fsutil import list_files
from factarchive.site.mkdocs_build import links_outside


def test_links_leading_outside_docs_are_found_as_list_files_finds_them(tmp_path):
    docs = tmp_path / "docs"
    (docs / "articles").mkdir(parents=True)
    (docs / ".hidden").mkdir()
    (tmp_path / "secret.txt").write_text("hunter2", "utf-8")
    (docs / "index.md").write_text("# Home\n", "utf-8")
    (docs / "articles" / "leak.md").symlink_to(tmp_path / "secret.txt")  # a file outside
    (docs / ".hidden" / "leak.json").symlink_to(tmp_path / "secret.txt")  # dot-names too
    (docs / "outside").symlink_to(tmp_path)  # a folder outside: named, not walked
    (docs / "broken").symlink_to(tmp_path / "missing")  # leads nowhere inside
    (docs / "same.md").symlink_to("index.md")  # inside: fine
    (docs / "again").symlink_to(docs / "articles")  # a folder inside: fine, not walked twice
    expected = [docs / ".hidden" / "leak.json", docs / "articles" / "leak.md", docs / "broken", docs / "outside"]
    assert links_outside(docs) == expected
    assert list_files(docs)[1] == expected
    assert links_outside(tmp_path / "missing") == []
