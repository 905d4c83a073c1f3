"""The Markdown reader: YAML front matter for provenance, the body's text without its syntax."""

from __future__ import annotations

import pytest

from factarchive.model import Dateline, RawCaption
from factarchive.readers import SeedError, read_seed

SEED = """\
---
title: Council approves new bridge over the Wear
outlet: Sunderland Gazette
published: 2024-03-05
url: https://example.org/news/bridge
author: [Jane Smith, Tom Brown]
---
SUNDERLAND, March 5 (PA) - The council **approved** a [new bridge](https://example.org/plan) on Tuesday,
ending ten years of argument over the crossing.

## What it costs

- The bridge will cost £40m.
- It is due to open in 2026.

![Workers on the old bridge, March 4, 2024. Photo: Jane Smith](bridge.jpg)

> "We have waited long enough," said one resident.

```
<script>not article text</script>
```

Read more: Bridge plan delayed again
"""


def write(tmp_path, text: str, name: str = "story.md"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_front_matter_and_body(tmp_path):
    a = read_seed(write(tmp_path, SEED), tmp_path)
    assert (a.title, a.outlet, a.published, a.url, a.byline, a.source) == (
        "Council approves new bridge over the Wear", "Sunderland Gazette", "2024-03-05",
        "https://example.org/news/bridge", "Jane Smith, Tom Brown", "PA")
    assert a.dateline == Dateline("SUNDERLAND", "2024-03-05")
    assert a.paragraphs == (
        "The council approved a new bridge on Tuesday, ending ten years of argument over the crossing.",
        "What it costs",
        "The bridge will cost £40m.",
        "It is due to open in 2026.",
        '"We have waited long enough," said one resident.',
    )
    assert a.captions == (RawCaption("Workers on the old bridge, March 4, 2024.", "Jane Smith"),)
    assert a.related == ("Bridge plan delayed again",)
    assert (a.reader, a.encoding, a.language) == ("markdown.v1", "utf-8", "en")
    assert (a.authors, a.published_source) == (("Jane Smith", "Tom Brown"), "front matter")


def test_only_a_title_is_required(tmp_path):
    a = read_seed(write(tmp_path, "---\ntitle: Short note\n---\nThe body.\n"), tmp_path)
    assert (a.title, a.paragraphs, a.outlet, a.published, a.byline) == ("Short note", ("The body.",), None, None, None)


@pytest.mark.parametrize("text, problem", [
    ('---\ntitle: "Unclosed\nurl: x\n---\nBody.\n',
     "front matter is not valid YAML at line 3, column 7: found unexpected end of stream"),
    ("---\ntitle: [a, b\n---\nBody.\n",
     "front matter is not valid YAML at line 3, column 1: did not find expected ',' or ']'"),
    ("---\ntitle: T\npubished: 2024-01-01\n---\nBody.\n",
     "front matter: unknown field 'pubished', expected one of title, outlet, published, url, author, source"),
    ("---\noutlet: Gazette\n---\nBody.\n", "front matter: field 'title' is missing (the headline)"),
    ("---\ntitle: T\npublished: last week\n---\nBody.\n",
     "front matter: field 'published' expected a date (YYYY-MM-DD), got 'last week'"),
    ("---\ntitle: T\npublished: 0001-01-01\n---\nBody.\n",
     "front matter: field 'published' is 0001-01-01, not a publication date (expected 1800-01-01 to tomorrow)"),
    ("---\ntitle: T\npublished: '2999-12-31T10:00:00'\n---\nBody.\n",
     "front matter: field 'published' is 2999-12-31, not a publication date (expected 1800-01-01 to tomorrow)"),
    ("---\ntitle: {a: 1}\n---\nBody.\n", "front matter: field 'title' expected text, got {'a': 1}"),
    ("---\n- a\n- b\n---\nBody.\n", "front matter: expected YAML fields (title: ...), got list"),
    ("# Just a heading\n\nBody.\n",
     "no front matter: expected the file to start with a '---' line, YAML fields (title: ...), and a closing '---' line"),
    ("---\ntitle: T\n---\n\n```\ncode only\n```\n", "no body text after the front matter"),
])
def test_broken_front_matter_names_file_and_problem(tmp_path, text, problem):
    path = write(tmp_path, text, "broken.md")
    with pytest.raises(SeedError) as err:
        read_seed(path, tmp_path)
    assert str(err.value) == f"{path}: {problem}"
