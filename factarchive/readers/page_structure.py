"""Where a saved page's parts are: the article's own elements, other stories' blocks, JSON-LD and meta tags.

Shared by :mod:`~factarchive.readers.page_metadata` and
:mod:`~factarchive.readers.page_captions`: both must tell the article's own
headline, date, byline and photos from navigation, asides, footers, comments
and teasers for other stories.
"""

from __future__ import annotations

import html
import json
import re
from typing import Iterator

# Figures in these parts of a page belong to other stories, ads or the site, not the article.
NOT_ARTICLE = re.compile(r"related|recommend|promo|sidebar|comment|newsletter|teaser|outbrain|taboola|breaking|"
                         r"footer|\bnav|menu|social|share|advert|\bads?\b|most-?(?:read|popular|viewed)|trending", re.I)
NOT_ARTICLE_TAGS = {"nav", "aside", "footer", "header"}
MARKED_LEVELS = 4
# Blocks whose dates and authors are never the article's, however deep: comments, other stories, the footer.
OTHER_VOICES = re.compile(r"comment|related|recommend|more-?stories|most-?(?:read|popular|viewed)|trending|"
                          r"teaser|outbrain|taboola|footer|sidebar|newsletter|\breply", re.I)


def text_of(element) -> str:
    """An element's text, its whitespace collapsed."""
    return " ".join(" ".join(element.itertext()).split())


def _marker(node) -> str:
    return f"{node.get('class', '')} {node.get('id', '')} {node.get('itemtype', '')}"


def in_article(element, marked_levels: int = MARKED_LEVELS) -> bool:
    """False for an element inside navigation, an aside, a footer, or a block marked related/promo/ad.

    Class and id markers are read only on the nearest ``marked_levels``
    ancestors: a related-stories block wraps its figures closely, while page
    wrappers far above the article carry names like "advert-content-wrap".
    A ``<header>`` inside ``<article>`` or ``<main>``, or one without navigation,
    is the article's own (headline, byline, date), not the site's.
    """
    ancestors = list(element.iterancestors())
    for level, node in enumerate(ancestors):
        if node.tag in NOT_ARTICLE_TAGS and not (node.tag == "header" and _article_header(node, ancestors[level:])):
            return False
        marker = _marker(node)
        if level < marked_levels and marker.strip() and NOT_ARTICLE.search(marker):
            return False
    return True


def marked_elsewhere(element) -> bool:
    """True for an element whose own class or id names it a box of other content ("breaking-news", "promo")."""
    marker = _marker(element)
    return bool(marker.strip()) and NOT_ARTICLE.search(marker) is not None


def _article_header(header, ancestors) -> bool:
    return any(a.tag in ("article", "main") for a in ancestors) or not header.xpath(".//nav")


def other_voice(element) -> bool:
    """True inside comments, other stories, sidebars and footers, at any depth (their dates and authors are not the article's)."""
    for node in element.iterancestors():
        if node.tag in ("footer", "aside", "nav") or OTHER_VOICES.search(_marker(node)):
            return True
    return False


def json_ld(tree) -> list[dict]:
    """The page's JSON-LD objects, in document order."""
    found: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        found += _json_items(data)
    return found


# Keys under which JSON-LD lists other things than the article (other stories, comments): never read.
OTHER_JSON_KEYS = {"itemListElement", "relatedLink", "comment", "review", "citation", "isPartOf", "publisher", "hasPart"}


def _json_items(data) -> Iterator[dict]:
    """Every object in a JSON-LD block (``@graph`` and nested objects included) but other stories', in document order."""
    if isinstance(data, list):
        for item in data:
            yield from _json_items(item)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if key not in OTHER_JSON_KEYS and isinstance(value, (dict, list)):
                yield from _json_items(value)


ARTICLE_TYPES = re.compile(r"Article|Posting|Report|NewsArticle|WebPage|CreativeWork|Blog", re.I)


def article_objects(items: list[dict]) -> list[dict]:
    """The JSON-LD objects that describe an article (by ``@type``)."""
    return [item for item in items if ARTICLE_TYPES.search(" ".join(as_strings(item.get("@type"))))]


def as_strings(value) -> list[str]:
    """The strings of a JSON-LD value (one string or a list of them), HTML character references decoded.

    CMSs write JSON-LD from HTML-escaped fields ("Lindsey O&#039;Donnell").
    """
    if isinstance(value, str):
        return [html.unescape(value)]
    if isinstance(value, list):
        return [html.unescape(v) for v in value if isinstance(v, str)]
    return []


def meta_contents(tree, *names: str) -> list[str]:
    """Contents of ``<meta>`` tags whose property, name or itemprop is one of ``names`` (any case), in order."""
    wanted = {n.casefold() for n in names}
    found = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().casefold()
        if key in wanted and (meta.get("content") or "").strip():
            found.append(" ".join(meta.get("content").split()))
    return found


# --------------------------------------------------------------------------- the article's own element

def article_elements(tree) -> list:
    """The page's own article body: its ``itemprop="articleBody"`` elements, else its ``<article>`` elements; [] if neither.

    Of the top-level ``<article>`` elements, those with at least ``ARTICLE_SHARE``
    of the largest one's text, in page order (the article, or a live blog's
    posts; not the cards of other stories beside it).

    Nested marked elements count once (the outermost), and so does one printed
    twice with the same text (a copy for another screen size); comments',
    related stories' and footers' elements never count. Several top-level
    ``articleBody`` elements are all returned, in page order (a body split
    into parts).
    """
    marked = [e for e in tree.xpath("//*[@itemprop]") if "articlebody" in e.get("itemprop", "").casefold().split()]
    marked_set = set(marked)
    marked = [e for e in marked if not other_voice(e) and not any(a in marked_set for a in e.iterancestors())]
    if marked:
        texts = [text_of(e) for e in marked]
        return [e for n, e in enumerate(marked) if texts[n] not in texts[:n]]
    articles = [a for a in tree.xpath("//article[not(ancestor::article)]") if not other_voice(a)]
    sizes = [len(text_of(a)) for a in articles]
    return [a for a, size in zip(articles, sizes) if size >= ARTICLE_SHARE * max(sizes)] if articles else []


# trafilatura's baseline reads <article> elements the same way: one much larger than the others is the article and the
# small ones are teasers; several of about one size are all the article's (a live blog's posts, a thread's messages).
ARTICLE_SHARE = 0.2


MIN_ANCHOR_WORDS = 8  # a paragraph this long is found once in a page: it tells where the extracted text came from


def _kind(element) -> tuple[str, str]:
    return element.tag, " ".join((element.get("class") or "").split())


def body_parts(tree, lines: list[str]) -> list:
    """The element that holds the first extracted paragraph, and the other elements of its kind in the same article.

    Some templates print one article body in several parts of one kind (a
    ``<div class="article__body">`` per chunk, with advertisement slots between
    them); trafilatura reads the first part only. ``lines`` are the extracted
    paragraphs. The parts are the elements with the tag and class of the first
    paragraph's parent, inside its nearest ``<article>``, ``<main>`` or
    ``articleBody`` element, outermost only, in page order, never inside
    comments, related stories or asides (:func:`other_voice`); [] when the
    parent has no class (its kind says nothing) or stands in no article.
    """
    wanted = {" ".join(line.split()) for line in lines if len(line.split()) >= MIN_ANCHOR_WORDS}
    if not wanted:
        return []
    box = next((p.getparent() for p in tree.iter("p") if text_of(p) in wanted), None)
    if box is None or not _kind(box)[1]:
        return []
    scope = next((a for a in box.iterancestors() if a.tag in ("article", "main") or
                  "articlebody" in (a.get("itemprop") or "").casefold().split()), None)
    if scope is None:
        return []
    same = [e for e in scope.iter(box.tag) if _kind(e) == _kind(box) and (e is box or not other_voice(e))]
    found = set(same)
    return [e for e in same if not any(a in found for a in e.iterancestors())]
