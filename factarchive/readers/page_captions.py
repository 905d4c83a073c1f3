"""A saved page's photo captions: ``<figure>``/``<figcaption>`` with their credits, caption blocks, ``og:image`` alt text.

Only the article's own photos count: a figure that links to another story, carries a time stamp or labels a
box (a teaser) is not a caption, nor is a video's caption.
"""

from __future__ import annotations

import re
from typing import Optional

from ..model import RawCaption
from .common import split_credit
from .page_structure import in_article, marked_elsewhere, meta_contents, text_of

# Labels for screen readers that print before a caption (BBC: "Image caption ...", "Media caption ..." for video).
HIDDEN_LABEL = re.compile(r"^(?:Image|Photo) caption\s+")
VIDEO_LABEL = "Media caption"
CAPTION_CLASS = re.compile(r"^(?:image|photo|img|media|picture|wp)?[-_]?caption(?:[-_]text)?$", re.I)
CREDIT_CLASS = re.compile(r"credit|copyright|attribution|byline|source", re.I)
# Caption-like text that is page furniture or a link to another story, not what a photo shows.
NOT_A_CAPTION = re.compile(r"^(?:related|follow us|read more|more|watch|listen|sign up|subscribe|advertisement|"
                           r"see also|most (?:read|popular|viewed))\b", re.I)
GALLERY_COUNTER = re.compile(r"^\d+\s*of\s*\d+\s*")  # "1 of 4" before each photo of a slideshow
MIN_ALT_WORDS = 3  # alt text shorter than this is a file name or a name tag, not a description
TIME_STAMP = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|"
                        r"^\s*\d{4}[-/.]\d{2}[-/.]\d{2}\b", re.I)


def main_article(tree):
    """The page's article element: ``itemprop=articleBody`` or the ``<article>`` holding the most paragraph text."""
    best, best_chars = None, 0
    for element in tree.xpath("//article|//*[@itemprop='articleBody']"):
        chars = sum(len(text_of(p)) for p in element.iter("p"))
        if chars > best_chars:
            best, best_chars = element, chars
    return best


def _links_elsewhere(element) -> bool:
    """True for a figure that is a link to another page (a teaser), not to its own picture.

    Either the figure sits inside the link, or it has no caption of its own and
    its picture is the link (the alt text is then the other story's headline).
    """
    links = list(element.iterancestors("a"))
    if element.tag == "figure" and element.find(".//figcaption") is None:
        links += [a for a in element.iter("a") if a.find(".//img") is not None]
    return any(a.get("href") and not IMAGE_LINK.search(a.get("href")) for a in links)


IMAGE_LINK = re.compile(r"\.(?:jpe?g|png|gif|webp)(?:\?|#|$)", re.I)


def _is_teaser(element, text: str) -> bool:
    """A figure or caption that belongs to another story: it is a link, carries a time stamp, or is a box's label."""
    if _links_elsewhere(element):
        return True
    if element.xpath(".//time") or TIME_STAMP.search(text) or NOT_A_CAPTION.match(text):
        return True
    links = "".join(text_of(a) for a in element.iter("a") if a.get("href"))
    return len(links) >= LINKED_SHARE * len(text.replace(" ", ""))  # the caption is a headline linking elsewhere


LINKED_SHARE = 0.6


def figure_caption(figure) -> Optional[RawCaption]:
    """A figure's caption: figcaption text, its credit element (or the credit it prints), alt text as a fallback."""
    figcaption = figure if figure.tag == "figcaption" else figure.find(".//figcaption")
    credit = None
    text = ""
    if figcaption is not None:
        figcaption = _copy(figcaption)
        credit_parts = [el for el in figcaption.iter() if el is not figcaption and isinstance(el.tag, str)
                        and CREDIT_CLASS.search(el.get("class", ""))]
        if credit_parts:
            credit = text_of(credit_parts[0]) or None
            credit_parts[0].drop_tree()
        text = text_of(figcaption)
    if not text and figure.tag == "figure":
        img = figure.find(".//img")
        text = " ".join((img.get("alt") or "").split()) if img is not None else ""
    if not text or text.startswith(VIDEO_LABEL):
        return None  # a video's caption, not a photo's
    text = GALLERY_COUNTER.sub("", HIDDEN_LABEL.sub("", text))
    parsed = split_credit(text)
    if not credit and not parsed.text and parsed.credit and figure.tag == "figure":
        # A figcaption that only credits the photographer ("Photo: Ann Lee"): the picture's alt text says what it shows.
        img = figure.find(".//img")
        alt = " ".join((img.get("alt") or "").split()) if img is not None else ""
        if len(alt.split()) >= MIN_ALT_WORDS:
            return RawCaption(text=alt, credit=parsed.credit)
    if credit:
        credit = re.sub(r"^(?:Photo(?:graph)?|Image|Credit|Picture)s?\s*(?::|\.\.\.|…)\s*", "", credit, flags=re.I)
        return RawCaption(text=parsed.text or text, credit=credit or parsed.credit)
    if not parsed.text:
        return None  # a credit with nothing to credit
    return parsed


def _copy(element):
    """A detached copy, so that taking a credit out of a caption leaves the page as it was."""
    import copy

    return copy.deepcopy(element)


def _has_caption_class(element) -> bool:
    return any(CAPTION_CLASS.match(token) for token in (element.get("class") or "").split())


def page_captions(tree) -> list[RawCaption]:
    """Every photo caption of the article, once each, in page order.

    A ``<figure>`` or ``<figcaption>`` inside the article element always counts;
    elsewhere one counts when it is not in navigation, an aside or a related
    block, and is not a teaser (a link to another story, a time stamp, a box label).
    """
    article = main_article(tree)
    found: list[RawCaption] = []
    for element in tree.xpath("//figure|//figcaption"):
        if element.tag == "figcaption" and any(a.tag == "figure" for a in element.iterancestors()):
            continue  # read with its figure
        caption = figure_caption(element)
        if not caption:
            continue
        inside = article is not None and any(a is article for a in element.iterancestors())
        if _links_elsewhere(element) or (not inside and (not in_article(element) or marked_elsewhere(element)
                                                         or _is_teaser(element, caption.text))):
            continue
        if caption not in found:
            found.append(caption)
    for element in tree.xpath("//*[@class]"):
        # Pages without <figure> mark captions by class (CGTN: <div class="imageCaption">).
        if not _has_caption_class(element):
            continue
        if any(a.tag in ("figure", "figcaption") or _has_caption_class(a) for a in element.iterancestors()) or not in_article(element):
            continue
        text = HIDDEN_LABEL.sub("", text_of(element))
        caption = split_credit(text) if text and not text_of(element).startswith(VIDEO_LABEL) else None
        if caption and caption.text and not _is_teaser(element, caption.text) and caption not in found:
            found.append(caption)
    if not found:
        alt = meta_contents(tree, "og:image:alt", "twitter:image:alt")
        if alt:
            found.append(split_credit(alt[0]))
    return found
