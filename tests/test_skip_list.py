"""Seeds set aside (issue 12, item 3): the skip list, duplicates and files that are no seeds are notices, not errors."""

from __future__ import annotations

import shutil

import pytest

from factarchive.corrections import CorrectionsError, SkipEntry, parse_corrections
from factarchive.extract import run
from factarchive.extract.run import ExtractReport

from .conftest import SEED, run_cli

BODY = "Officials in Ankara said 12 people attended the meeting on Monday, and the council will meet again in May."


def _story(title: str, body: str = BODY) -> str:
    return f"{title}\n\n{body}\n"


def _page(title: str, url: str, body: str = BODY) -> str:
    return f"---\ntitle: {title}\nurl: {url}\n---\n{body}\n"


def _read(seeds, archive):
    """(seeds of the articles to extract, report) for a folder with nothing extracted yet."""
    report = ExtractReport()
    articles, current = run._read_articles(seeds, archive, report, lambda path, seed: None)
    assert current == []
    return [a.seed for a in articles], report


def test_skip_entries_keep_their_line_and_reason():
    text = "reject: [m4]\nskip:\n  - old/draft.txt\n  - seed: pages/fr/**\n    reason: not in English\n"
    assert parse_corrections(text, "archive/corrections.yaml").skip == (
        SkipEntry(pattern="old/draft.txt", reason=None, line=3),
        SkipEntry(pattern="pages/fr/**", reason="not in English", line=4),
    )


@pytest.mark.parametrize("pattern, seed, matched", [
    ("a.txt", "a.txt", True),
    ("a.txt", "old/a.txt", False),  # a path is anchored at the seeds folder
    ("*.txt", "a.txt", True),
    ("*.txt", "old/a.txt", False),  # '*' stays within one folder
    ("**/*.png", "a/b/photo.png", True),
    ("fr/**", "fr/2024/x.html", True),
    ("fr/", "fr/x.html", True),
])
def test_skip_patterns_are_paths_relative_to_the_seeds_folder(pattern, seed, matched):
    assert SkipEntry(pattern).matches(seed) is matched


@pytest.mark.parametrize("text, problem", [
    ("skip: a.txt\n", "field 'skip' expected a list of seed paths or globs (- seed: pages/fr/**), got str 'a.txt'"),
    ("skip: [../secret.txt]\n", "field 'skip.0' expected a seed path or glob relative to the seeds folder (no leading "
                                "'/' or '!', no '..', '/' between folders), got '../secret.txt'"),
    ("skip: [/etc/passwd]\n", "field 'skip.0' expected a seed path or glob relative to the seeds folder (no leading "
                              "'/' or '!', no '..', '/' between folders), got '/etc/passwd'"),
    ("skip: [{seed: a.txt, why: French}]\n",
     "field 'skip.0' expected 'seed' (a path or glob) and optionally 'reason' (text), got {'seed': 'a.txt', 'why': 'French'}"),
    ("skip: [{seed: a.txt, reason: ''}]\n",
     "field 'skip.0' expected 'seed' (a path or glob) and optionally 'reason' (text), got {'reason': '', 'seed': 'a.txt'}"),
])
def test_a_bad_skip_entry_is_named(text, problem):
    with pytest.raises(CorrectionsError) as err:
        parse_corrections(text, "archive/corrections.yaml")
    assert [str(p) for p in err.value.problems] == [f"archive/corrections.yaml: {problem}"]


def test_skipped_duplicate_and_unsupported_seeds_are_notices(tmp_path):
    seeds, archive = tmp_path / "seeds", tmp_path / "archive"
    (seeds / "fr").mkdir(parents=True)
    archive.mkdir()
    (seeds / "a.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    (seeds / "copy of a.txt").write_text(_story("Storm hits Ankara"), "utf-8")  # byte-identical
    (seeds / "b.txt").write_text(_story("Storm  hits Ankara", BODY.replace(" ", "\n", 3)), "utf-8")  # whitespace only
    (seeds / "c.md").write_text(_page("Bridge opens", "https://example.org/news/bridge"), "utf-8")
    (seeds / "d.md").write_text(_page("Bridge opens on time", "https://example.org/news/bridge#top"), "utf-8")
    (seeds / "e.md").write_text(_page("Bridge opens late", "https://example.org/", BODY + " Late."), "utf-8")
    (seeds / "f.md").write_text(_page("Bridge opens early", "https://example.org", BODY + " Early."), "utf-8")
    (seeds / "fr" / "x.txt").write_bytes(b"")  # unreadable, but set aside
    (seeds / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (seeds / "notes.docx").write_bytes(b"PK\x03\x04")
    (archive / "corrections.yaml").write_text(
        "skip:\n  - seed: fr/**\n    reason: not in English\n  - notes.docx\n  - old/*.txt\n", "utf-8")
    read, report = _read(seeds, archive)
    # A site's root URL (a template's og:url) names no article: e.md and f.md are two articles.
    assert read == ["a.txt", "c.md", "e.md", "f.md"]
    assert sorted(report.notices) == [
        f"{seeds / 'b.txt'}: same article as {seeds / 'a.txt'} (same headline and text); extracted once, from {seeds / 'a.txt'}",
        f"{seeds / 'copy of a.txt'}: same bytes as {seeds / 'a.txt'}; extracted once, from {seeds / 'a.txt'}",
        f"{seeds / 'd.md'}: same article as {seeds / 'c.md'} (same URL, https://example.org/news/bridge); "
        f"extracted once, from {seeds / 'c.md'}",
        f"{seeds / 'fr/x.txt'}: skipped: on the skip list ({archive / 'corrections.yaml'}, line 2: not in English)",
        f"{seeds / 'image.png'}: not a seed: no reader for files of this type (seeds are .htm, .html, .html.gz, .md, .txt); not read",
        f"{seeds / 'notes.docx'}: skipped: on the skip list ({archive / 'corrections.yaml'}, line 4)",
    ]
    assert report.warnings == [f"{archive / 'corrections.yaml'}: line 5: skip entry 'old/*.txt' matches no file in {seeds}/; "
                               "it does nothing (correct the path or remove the entry)"]
    assert (report.errors, report.set_aside, report.duplicates, report.unsupported) == (
        [], [str(seeds / "notes.docx"), str(seeds / "fr/x.txt")],
        [str(seeds / "b.txt"), str(seeds / "copy of a.txt"), str(seeds / "d.md")], [str(seeds / "image.png")])


def test_an_unreadable_seed_not_on_the_skip_list_is_still_an_error(tmp_path):
    seeds, archive = tmp_path / "seeds", tmp_path / "archive"
    seeds.mkdir()
    archive.mkdir()
    (seeds / "a.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    (archive / "corrections.yaml").write_text("skip: [empty.md]\n", "utf-8")
    read, report = _read(seeds, archive)
    assert read == ["a.txt"]
    assert report.errors == [f"{seeds / 'empty.txt'}: file is empty"]
    assert report.warnings == [f"{archive / 'corrections.yaml'}: line 1: skip entry 'empty.md' matches no file in "
                               f"{seeds}/; it does nothing (correct the path or remove the entry)"]


def test_a_broken_corrections_file_is_an_error_and_skips_nothing(tmp_path):
    seeds, archive = tmp_path / "seeds", tmp_path / "archive"
    seeds.mkdir()
    archive.mkdir()
    (seeds / "a.txt").write_text(_story("Storm hits Ankara"), "utf-8")
    (archive / "corrections.yaml").write_text("skip: [../a.txt]\n", "utf-8")
    read, report = _read(seeds, archive)
    assert read == ["a.txt"]
    assert report.errors == [
        f"{archive / 'corrections.yaml'}: field 'skip.0' expected a seed path or glob relative to the seeds folder "
        "(no leading '/' or '!', no '..', '/' between folders), got '../a.txt' (its skip list was not used)"]


def test_extract_exits_0_with_notices_and_later_copies_of_an_up_to_date_article_are_not_extracted(tmp_path):
    seeds, archive = tmp_path / "seeds", tmp_path / "archive"
    (seeds / "fr").mkdir(parents=True)
    archive.mkdir()
    shutil.copy(SEED, seeds / "a.txt")
    shutil.copy(SEED, seeds / "copy.txt")
    (seeds / "fr" / "x.txt").write_bytes(b"")
    (seeds / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (archive / "corrections.yaml").write_text("skip:\n  - {seed: fr/x.txt, reason: never readable}\n", "utf-8")
    sheet = archive / "30-turkish-military-vehicles-enter-syrias-idlib.yaml"
    first = run_cli("extract", "--seeds", str(seeds), "--archive", str(archive))
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0] == f"new: {sheet} (from a.txt)"
    assert first.stdout.splitlines()[1].startswith(
        "extract: 1 sheet written, 1 skipped (skip list), 1 duplicate not extracted, 1 file that is not an article; "
        "nothing to check (")
    assert first.stderr.splitlines() == [
        f"notice: {seeds / 'copy.txt'}: same bytes as {seeds / 'a.txt'}; extracted once, from {seeds / 'a.txt'}",
        f"notice: {seeds / 'fr/x.txt'}: skipped: on the skip list ({archive / 'corrections.yaml'}, line 2: never readable)",
        f"notice: {seeds / 'image.png'}: not a seed: no reader for files of this type (seeds are .htm, .html, .html.gz, "
        ".md, .txt); not read",
    ]
    # The same article with other line breaks, sorting before the one already extracted: still the same article.
    text = SEED.read_text("utf-8")
    (seeds / "0-resaved.txt").write_text(text.replace("\n\n", "\n \n"), "utf-8")
    second = run_cli("extract", "--seeds", str(seeds), "--archive", str(archive))
    assert second.returncode == 0, second.stderr
    assert second.stdout.splitlines()[0].startswith(
        "extract: 1 already up to date, 1 skipped (skip list), 2 duplicates not extracted, 1 file that is not an article; "
        "nothing to check (")
    assert second.stderr.splitlines()[0] == (
        f"notice: {seeds / '0-resaved.txt'}: same article as {seeds / 'a.txt'} (same headline and text); "
        f"extracted once, from {seeds / 'a.txt'}")
    assert sorted(p.name for p in archive.glob("*.yaml")) == ["30-turkish-military-vehicles-enter-syrias-idlib.yaml",
                                                             "corrections.yaml"]
