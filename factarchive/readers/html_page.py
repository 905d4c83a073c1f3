"""Reader for saved article pages (``.html``, ``.htm``, ``.html.gz``): trafilatura for text and metadata.

trafilatura finds the article's main text and drops navigation, cookie
banners, related-story lists and comments; it also reads the page's metadata
(JSON-LD, Open Graph, ``<meta>`` tags, then the markup itself): headline,
publication date (htmldate), byline, site name, canonical URL. This module
adds what trafilatura does not give: photo captions with their credits, from
``<figure>``/``<figcaption>`` in the article (or the ``og:image`` alt text
when that is all the page has), and the same "Read more:" and dateline rules
as the plain-text reader.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Optional

from ..model import Article, RawCaption
from .common import (MAX_PAGE_BYTES, READ_MORE, SeedError, content_hash, decode, load_bytes, load_gzip_bytes,
                     split_credit)
from .dateline import split_dateline
from .language import check_english

READER_NAME = "html.v1"

# trafilatura options, measured with benchmarks/readers_eval.py (see the README's "Readers" section).
EXTRACT_OPTIONS = {
    "with_metadata": True,
    "include_comments": False,  # reader comments are not the article
    "include_tables": False,  # tables hold scores and figures, not sentences
    "include_images": False,
    "favor_precision": False,
    "favor_recall": False,
    "deduplicate": False,
}
DATE_OPTIONS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%d"}

XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.I)
# Figures in these parts of a page belong to other stories, ads or the site, not the article.
NOT_ARTICLE = re.compile(r"related|recommend|promo|sidebar|comment|newsletter|teaser|outbrain|taboola|"
                         r"footer|\bnav|menu|social|share|advert|\bads?\b|most-?(?:read|popular)|trending", re.I)
NOT_ARTICLE_TAGS = {"nav", "aside", "footer", "header"}
MARKED_LEVELS = 4
# Labels for screen readers that print before a caption (BBC: "Image caption ...", "Media caption ..." for video).
HIDDEN_LABEL = re.compile(r"^(?:Image|Photo) caption\s+")
VIDEO_LABEL = "Media caption"
CAPTION_CLASS = re.compile(r"^(?:image|photo|img|media|picture|wp)?[-_]?caption(?:[-_]text)?$", re.I)
CREDIT_CLASS = re.compile(r"credit|copyright|attribution|byline|source", re.I)
MIN_TITLE_CHARS = 2
MIN_ARTICLE_WORDS = 15  # a page whose main text is shorter is a menu, a gallery or an error page


def read_html(path: Path, seed: str) -> Article:
    """Read a saved article page into an Article."""
    if path.name.lower().endswith(".gz"):
        raw, data = load_gzip_bytes(path, MAX_PAGE_BYTES)
    else:
        raw = data = load_bytes(path, MAX_PAGE_BYTES)
    declared = DECLARED_CHARSET.search(data[:4096])
    html, encoding = decode(path, data, declared.group(1).decode("ascii", "replace") if declared else None)
    article = parse_html(path, html)
    return Article(seed=seed, content_hash=content_hash(raw), encoding=encoding, reader=READER_NAME, **article)


def parse_html(path: Path, html: str) -> dict:
    """The Article fields of one page (no file access; ``path`` only names it in errors)."""
    import lxml.html
    import trafilatura

    html = XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that still declares its encoding
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise SeedError(path, f"is not an HTML page ({exc})") from exc
    doc = trafilatura.bare_extraction(tree, date_extraction_params=DATE_OPTIONS, **EXTRACT_OPTIONS)
    if doc is None or not (doc.text or "").strip():
        raise SeedError(path, "no article text found in the page (trafilatura found no main content)")
    page = lxml.html.fromstring(html)  # trafilatura prunes the tree it is given; captions need the whole page
    title = headline(doc.title or "", doc.sitename, page_h1(page))
    if len(title) < MIN_TITLE_CHARS:
        raise SeedError(path, "no headline found in the page (no <title>, og:title, JSON-LD headline or <h1>)")

    published = declared_date(page) or doc.date or None
    captions = page_captions(page)
    caption_texts = {c.text for c in captions}
    paragraphs: list[str] = []
    related: list[str] = []
    headline_next = False  # "Read more:" alone on its line: the headline is the next line
    for line in doc.text.split("\n"):
        line = " ".join(line.split())
        if line.startswith("- "):
            line = line[2:]
        if not line or line == title or line in caption_texts:
            continue
        if headline_next:
            related.append(line)
            headline_next = False
            continue
        more = READ_MORE.match(line)
        if more:
            if more.group("headline").strip():
                related.append(more.group("headline").strip())
            else:
                headline_next = True
            continue
        paragraphs.append(line)
    language = check_english(path, title, paragraphs)  # first: Chinese and Japanese are not counted in words
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise SeedError(path, f"no article text found in the page ({words} words of main text; "
                              f"an article has at least {MIN_ARTICLE_WORDS})")
    dateline, agency, paragraphs[0] = split_dateline(paragraphs[0], published)
    return {
        "title": title,
        "paragraphs": tuple(paragraphs),
        "captions": tuple(captions),
        "related": tuple(related),
        "outlet": doc.sitename or None,
        "source": agency,
        "published": published,
        "url": doc.url or None,
        "byline": byline(doc.author),
        "dateline": dateline,
        "language": language,
    }


def headline(title: str, sitename: Optional[str], h1: Optional[str]) -> str:
    """The headline: the page's own ``<h1>`` where the declared title agrees with it, else the title without the site's name.

    Declared titles (og:title, ``<title>``) carry the site's name and section
    ("... | CNN Politics", "Nigeria's popular news platform: ..."); the ``<h1>``
    is the headline as printed, but on some sites it is the logo, so it is
    trusted only when the declared title contains it (or it contains the title).
    """
    title = " ".join(title.split())
    if h1:
        folded, h1_folded = _fold(title), _fold(h1)
        agrees = h1_folded in folded or (folded and folded in h1_folded)
        if agrees and len(h1.split()) >= 3 and len(h1) >= H1_SHARE * len(title) and not _names_site(h1, sitename or ""):
            return h1
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and sitename:
        kept = [p for p in parts if not _names_site(p, sitename)]
        if len(kept) == 1:
            return kept[0]
    return title


def _names_site(part: str, sitename: str) -> bool:
    """True if a piece of a title is the site's name ("CNN Politics" for CNN), not a headline that mentions it."""
    part, site = _fold(part), _fold(sitename)
    return part in site or (site in part and len(part) <= len(site) + SITE_SUFFIX_CHARS)


SITE_SUFFIX_CHARS = 12  # "CNN" + " Politics": a section name after the site's name
H1_SHARE = 0.5  # an <h1> much shorter than the title is the site's logo or a section name
TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—»·-]|--|::)\s+")


def _fold(text: str) -> str:
    """Case, quotes and spacing folded, to compare two printings of one headline."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.casefold().split())


def page_h1(tree) -> Optional[str]:
    """The text of the page's one ``<h1>`` outside navigation and asides, or None when there is not exactly one."""
    found = [_text(h) for h in tree.iter("h1") if _in_article(h, marked_levels=0)]
    found = [h for h in found if h]
    return found[0] if len(found) == 1 else None


def declared_date(tree) -> Optional[str]:
    """The publication date the page declares: JSON-LD ``datePublished``, else ``article:published_time``.

    Taken as written (YYYY-MM-DD in the newsroom's own offset). htmldate, which
    trafilatura uses, sometimes prefers a date from the URL or the text, or
    shifts it by the time zone; the page's own structured date is the better
    witness (benchmarks/readers_eval.py).
    """
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _json_items(data):
            value = item.get("datePublished") if isinstance(item, dict) else None
            if isinstance(value, str) and ISO_DATE.match(value):
                return value[:10]
    for value in tree.xpath('//meta[@property="article:published_time" or @name="article:published_time" '
                            'or @itemprop="datePublished"]/@content'):
        if ISO_DATE.match(value.strip()):
            return value.strip()[:10]
    return None


ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|[T ])")


def _json_items(data):
    """Every object in a JSON-LD block, ``@graph`` members included, in document order."""
    if isinstance(data, list):
        for item in data:
            yield from _json_items(item)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _json_items(data["@graph"])


def byline(author: Optional[str]) -> Optional[str]:
    """trafilatura's "A; B" authors as a byline ("A, B")."""
    if not author:
        return None
    names = [n.strip() for n in author.split(";") if n.strip()]
    return ", ".join(names) or None


def _in_article(element, marked_levels: int = MARKED_LEVELS) -> bool:
    """False for an element inside navigation, an aside, a footer, or a block marked related/promo/ad.

    Class and id markers are read only on the nearest ``marked_levels``
    ancestors: a related-stories block wraps its figures closely, while page
    wrappers far above the article carry names like "advert-content-wrap".
    """
    for level, node in enumerate(element.iterancestors()):
        if node.tag in NOT_ARTICLE_TAGS:
            return False
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if level < marked_levels and marker.strip() and NOT_ARTICLE.search(marker):
            return False
    return True


def _text(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def figure_caption(figure) -> Optional[RawCaption]:
    """A figure's caption: figcaption text, its credit element (or the credit it prints), alt text as a fallback."""
    figcaption = figure.find(".//figcaption")
    credit = None
    text = ""
    if figcaption is not None:
        credit_parts = [el for el in figcaption.iter() if el is not figcaption and isinstance(el.tag, str)
                        and CREDIT_CLASS.search(el.get("class", ""))]
        if credit_parts:
            credit = _text(credit_parts[0]) or None
            for el in credit_parts[:1]:
                el.drop_tree()
        text = _text(figcaption)
    if not text:
        img = figure.find(".//img")
        text = " ".join((img.get("alt") or "").split()) if img is not None else ""
    if not text or text.startswith(VIDEO_LABEL):
        return None  # a video's caption, not a photo's
    text = HIDDEN_LABEL.sub("", text)
    parsed = split_credit(text)
    if credit:
        credit = re.sub(r"^(?:Photo(?:graph)?|Image|Credit|Picture)s?\s*(?::|\.\.\.|…)\s*", "", credit, flags=re.I)
        return RawCaption(text=parsed.text or text, credit=credit or parsed.credit)
    if not parsed.text:
        return None  # a credit with nothing to credit
    return parsed


def _has_caption_class(element) -> bool:
    return any(CAPTION_CLASS.match(token) for token in (element.get("class") or "").split())


def page_captions(tree) -> list[RawCaption]:
    """Every photo caption of the article, once each, in page order."""
    found: list[RawCaption] = []
    for figure in tree.iter("figure"):
        if not _in_article(figure):
            continue
        caption = figure_caption(figure)
        if caption and caption not in found:
            found.append(caption)
    for element in tree.xpath("//*[@class]"):
        # Pages without <figure> mark captions by class (CGTN: <div class="imageCaption">).
        if not _has_caption_class(element):
            continue
        if any(a.tag == "figure" or _has_caption_class(a) for a in element.iterancestors()) or not _in_article(element):
            continue
        text = HIDDEN_LABEL.sub("", _text(element))
        caption = split_credit(text) if text and not _text(element).startswith(VIDEO_LABEL) else None
        if caption and caption.text and caption not in found:
            found.append(caption)
    if not found:
        alt = tree.xpath('//meta[@property="og:image:alt" or @name="og:image:alt" or @name="twitter:image:alt"]/@content')
        if alt and alt[0].strip():
            found.append(split_credit(alt[0]))
    return found
