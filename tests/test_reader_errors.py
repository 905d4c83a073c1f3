"""Bad seeds: each is one SeedError naming the file and what is wrong (issues 4 and 6)."""

from __future__ import annotations

import gzip

import pytest

from factarchive.readers import MAX_SEED_BYTES, SeedError, read_seed

FRENCH = ("Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir les agriculteurs touchés "
          "par la sécheresse. Les aides seront versées dès le mois prochain, a précisé le ministre, qui s'est "
          "rendu dans plusieurs exploitations du sud-ouest du pays pour rencontrer les éleveurs.")
ENGLISH_PAGE = ("<html><head><title>Floods close roads</title></head><body><article><h1>Floods close roads</h1>"
                "<p>Heavy rain closed more than twenty roads across the valley on Thursday, the county council said, "
                "as rivers rose to their highest level in a decade and crews worked through the night.</p>"
                "</article></body></html>")


def problem_of(path, seeds) -> str:
    with pytest.raises(SeedError) as err:
        read_seed(path, seeds)
    assert err.value.path == str(path)
    assert str(err.value) == f"{path}: {err.value.problem}"
    return err.value.problem


@pytest.mark.parametrize("name, content, problem", [
    ("empty.txt", b"", "file is empty"),
    ("blank.md", b"\n  \n", "file is empty"),
    ("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "file is binary (contains NUL bytes), not text"),
    ("noise.txt", bytes(range(0x80, 0xA0)) * 40, "file does not look like text (too many control characters after decoding as latin-1)"),
    ("headline-only.txt", b"Just a headline\n", "no body text after the headline"),
    ("no-headline.txt", b"   \n\nA body with no headline above it.\n", "no headline on the first line"),
    ("french.txt", f"Sécheresse : des aides\n\n{FRENCH}\n".encode(), "language is 'fr', only English is supported"),
    ("french.md", f"---\ntitle: Sécheresse\n---\n{FRENCH}\n".encode(), "language is 'fr', only English is supported"),
    ("nav.html", b"<html><head><title>Home</title></head><body><nav><a href='/a'>News</a> <a href='/b'>Sport</a>"
                 b"</nav></body></html>", "no article text found in the page (2 words of main text; an article has at least 15)"),
    ("empty-body.html", b"<html><head><title>Home</title></head><body></body></html>",
     "no article text found in the page (trafilatura found no main content)"),
    ("french.html", f"<html><head><title>Sécheresse</title></head><body><article><h1>Sécheresse : des aides</h1>"
                    f"<p>{FRENCH}</p></article></body></html>".encode(), "language is 'fr', only English is supported"),
    ("broken.html.gz", b"not gzip at all", "is not valid gzip (Not a gzipped file (b'no'))"),
])
def test_bad_seed(tmp_path, name, content, problem):
    path = tmp_path / name
    path.write_bytes(content)
    assert problem_of(path, tmp_path) == problem


def test_twenty_megabyte_file_refused_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 20 MB on paper, nothing written
        handle.truncate(20_000_000)
    assert problem_of(path, tmp_path) == f"file is 20,000,000 bytes, over the {MAX_SEED_BYTES:,}-byte limit for one article"


def test_gzip_bomb_refused_after_the_limit(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b" " * 10_000_001))
    assert problem_of(path, tmp_path) == "decompresses to over the 10,000,000-byte limit for one article"


def test_page_without_a_headline(tmp_path):
    path = tmp_path / "untitled.html"
    path.write_text(ENGLISH_PAGE.replace("<title>Floods close roads</title>", "").replace("<h1>Floods close roads</h1>", ""))
    assert problem_of(path, tmp_path) == "no headline found in the page (no <title>, og:title, JSON-LD headline or <h1>)"


def test_unknown_file_type(tmp_path):
    path = tmp_path / "story.docx"
    path.write_bytes(b"PK")
    assert problem_of(path, tmp_path) == ("not a seed: no reader for files of this type (seeds are .htm, .html, .html.gz, "
                                          ".md, .txt); not read")


def test_short_text_is_not_refused_on_a_guess(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Obama in Berlin\n\nObama arrive à Berlin.\n")
    assert read_seed(path, tmp_path).language == "en"


@pytest.mark.parametrize("name, content, problem", [
    ("feed.html", b'<?xml version="1.0"?><rss version="2.0"><channel><title>Gazette</title><item><title>Floods</title>'
                  b"<link>https://gazette.example/floods</link></item></channel></rss>",
     "is a news feed (RSS/Atom), not an article page: save the articles it links to"),
    ("moved.html", b"<html><head><title>Moved</title><meta http-equiv='refresh' content=\"0;URL='https://gazette.example/a'\">"
                   b"</head><body><p>Redirecting</p></body></html>",
     "is a redirect to https://gazette.example/a (meta refresh), not an article: save that page instead"),
])
def test_pages_that_are_no_articles_say_what_they_are(tmp_path, name, content, problem):
    """Issue 17 item 4: a page without article text says why, where its markup tells."""
    path = tmp_path / name
    path.write_bytes(content)
    assert problem_of(path, tmp_path) == problem


def test_page_that_reloads_itself_is_still_an_article(tmp_path):
    path = tmp_path / "live.html"
    path.write_bytes(ENGLISH_PAGE.replace("<head>", '<head><meta http-equiv="refresh" content="600">').encode())
    assert read_seed(path, tmp_path).title == "Floods close roads"


BODY_WITH_POUND = ("<p>Tickets cost \u00a35 each, the council said on Thursday as rivers rose to their highest level in a "
                   "decade and crews worked through the night.</p>")
PAGE = ('<html><head><meta charset="{charset}"><title>Floods close roads</title></head><body><article>'
        "<h1>Floods close roads \u2013 Caf\u00e9 shut</h1>" + BODY_WITH_POUND + "</article></body></html>")


@pytest.mark.parametrize("name, content, encoding", [
    ("utf16.html", PAGE.format(charset="utf-16").encode("utf-16"), "utf-16"),
    ("declared-utf16-but-utf8.html", PAGE.format(charset="utf-16").encode("utf-8"), "utf-8"),
    ("declared-utf8-but-cp1252.html", PAGE.format(charset="utf-8").encode("cp1252"), "cp1252"),
    ("stray-nul.html", PAGE.format(charset="utf-8").replace("Tickets", "Tick\x00ets").encode("utf-8"), "utf-8"),
    ("stray-control.html", PAGE.format(charset="utf-8").replace("Tickets", "Tick\x10ets\x1b").encode("utf-8"), "utf-8"),
])
def test_broken_encodings_never_cost_the_article(tmp_path, name, content, encoding):
    """Issue 17 item 4: what a browser shows as the article, the reader reads."""
    path = tmp_path / name
    path.write_bytes(content)
    a = read_seed(path, tmp_path)
    assert (a.title, a.paragraphs[0][:16], a.encoding) == ("Floods close roads \u2013 Caf\u00e9 shut", "Tickets cost \u00a35 ", encoding)


def test_utf8_page_with_one_stray_legacy_byte_keeps_its_utf8(tmp_path):
    path = tmp_path / "mixed.html"
    path.write_bytes(PAGE.format(charset="utf-8").encode("utf-8").replace(b"Tickets", b"Tickets \xa3"))
    a = read_seed(path, tmp_path)
    assert (a.title, a.paragraphs[0][:17], a.encoding) == ("Floods close roads \u2013 Caf\u00e9 shut", "Tickets \u00a3 cost \u00a35", "utf-8")


def test_text_seed_with_nul_bytes_is_still_binary(tmp_path):
    path = tmp_path / "story.txt"
    path.write_bytes(b"Floods close roads\n\nTick\x00ets cost five pounds each.\n")
    assert problem_of(path, tmp_path) == "file is binary (contains NUL bytes), not text"
