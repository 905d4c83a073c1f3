"""readers_eval: first-figcaption recall counted with the reader's own caption test, the body table, the saved-pages audit."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import readers_eval  # noqa: E402

BODY = ("<p>The river council met on Monday to decide how the new bridge over the valley will be paid for this year.</p>"
        "<p>Its members agreed that the town and the county will share the cost of the work in equal parts.</p>")


def saved(folder: Path, name: str, figure: str) -> Path:
    path = folder / name
    path.write_text(f"<html><head><title>Council agrees how to pay for the new bridge</title></head><body><article>"
                    f"<h1>Council agrees how to pay for the new bridge</h1>{figure}{BODY}</article></body></html>",
                    encoding="utf-8")
    return path


def test_credits_and_prompts_are_not_counted_as_captions_to_recall(tmp_path):
    pages = {
        saved(tmp_path, "a.html", "<figure><img src='a.jpg' alt=''><figcaption>Workers lift the first beam onto the "
                                  "bridge on Monday. Photo: Ann Lee</figcaption></figure>"):
            "Workers lift the first beam onto the bridge on Monday. Photo: Ann Lee",
        saved(tmp_path, "b.html", "<figure><img src='b.jpg' alt=''><figcaption>Photo: Getty Images</figcaption></figure>"):
            "Photo: Getty Images",
        saved(tmp_path, "c.html", "<figure><img src='c.jpg' alt=''><figcaption>Need more space? Subscribe to our sister "
                                  "title All About Bridges</figcaption></figure>"):
            "Need more space? Subscribe to our sister title All About Bridges",
        # A credit-only figcaption whose picture has alt text: the caption is the alt text, credited.
        saved(tmp_path, "d.html", "<figure><img src='d.jpg' alt='The old bridge closed to traffic in May'>"
                                  "<figcaption>Photo: Ann Lee</figcaption></figure>"):
            "Photo: Ann Lee",
    }
    report = readers_eval.eval_captions(sorted(pages), False, pages)
    assert report.split("\n") == [
        "captions on 0 pages with teasers (figures inside links): 0 kept, 0 teasers; precision 100.0%",
        "  strict (own-picture links and 1-2-word substrings are no teasers): 0 teasers; precision 100.0%",
        "  recall of the first <figcaption> in the article, every one as printed: 1/4 = 25.0%",
        "  recall of the first <figcaption> in the article that is a caption (page_captions.figure_caption): 2/2 = 100.0%; "
        "not counted, no caption by the reader's test (2): b.html: 'Photo: Getty Images'; "
        "c.html: 'Need more space? Subscribe to our sister title All About Bri'",
    ]


def test_the_recall_predicate_is_the_readers_own_function(tmp_path, monkeypatch):
    from factarchive.readers import page_captions

    path = saved(tmp_path, "a.html", "<figure><img src='a.jpg' alt=''><figcaption>Workers lift the first beam onto the "
                                     "bridge on Monday.</figcaption></figure>")
    monkeypatch.setattr(page_captions, "figure_caption", lambda element: None)  # a reader that refuses every caption
    report = readers_eval.eval_captions([path], False, {path: "Workers lift the first beam onto the bridge on Monday."})
    assert report.split("\n")[3] == ("  recall of the first <figcaption> in the article that is a caption "
                                      "(page_captions.figure_caption): 0/0 = 100.0%; not counted, no caption by the "
                                      "reader's test (1): a.html: 'Workers lift the first beam onto the bridge on Monday.'")


def test_body_table_lists_every_page_with_its_f1_and_words():
    score = readers_eval.Score("set", bodies=[("a1b2c3d4", 0.5219, 502), ("cnn_001.html", 1.0, 2419)])
    assert score.body_table() == "    body a1b2c3d4\t0.522\t502\n    body cnn_001.html\t1.000\t2419"


def test_audit_reads_every_saved_page_and_lists_what_changed(tmp_path):
    (tmp_path / "site").mkdir()
    saved(tmp_path / "site", "a.html", "")
    (tmp_path / "site" / "b.htm").write_text("<html><body><p>Menu</p></body></html>", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a page", encoding="utf-8")
    pages = readers_eval.audit_pages(tmp_path)
    assert pages == {
        "site/a.html": {"paragraphs": ["The river council met on Monday to decide how the new bridge over the valley will "
                                       "be paid for this year.", "Its members agreed that the town and the county will "
                                       "share the cost of the work in equal parts."],
                        "related": [], "published": None, "published_source": None},
        "site/b.htm": {"refused": "no headline found in the page (no <title>, og:title, JSON-LD headline or <h1>)"},
    }
    before = {**pages, "site/a.html": {**pages["site/a.html"], "paragraphs": ["The river council met on Monday."],
                                       "published": "2019-03-14", "published_source": "url"}}
    assert readers_eval.audit_changes(before, pages) == [
        "published site/a.html: 2019-03-14 -> None",
        "published_source site/a.html: url -> None",
        "1 bodies changed",
        "    +34 words (6 -> 40) site/a.html",
    ]
