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
VIDEO_LABEL = re.compile(r"^(?:Media caption|Video\s*:|Watch\s*:)", re.I)  # a video's caption
CAPTION_CLASS = re.compile(r"^(?:image|photo|img|media|picture|wp|news|article)?[-_]?caption(?:[-_]text)?$", re.I)
CREDIT_CLASS = re.compile(r"credit|copyright|attribution|byline|source", re.I)
# Caption-like text that is page furniture or a link to another story, not what a photo shows.
NOT_A_CAPTION = re.compile(r"^(?:related|follow us|read more|more|watch|listen|sign up|subscribe|advertisement|slideshow|"
                           r"see also|most (?:read|popular|viewed))\b", re.I)
GALLERY_COUNTER = re.compile(r"^(?:(?:image|photo|picture|slide)\s+)?\d+\s*of\s*\d+\s*", re.I)  # "1 of 4", "Image 1 of 23"
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
    """A figure's caption: figcaption text, its credit element (or the credit it prints), alt text as a fallback.

    ``figure`` may also be a ``<figcaption>`` or a block marked as a caption by its class.
    """
    if figure.tag == "figure" or figure.find(".//figcaption") is not None:
        figcaption = figure.find(".//figcaption")
    else:
        figcaption = figure
    credit = None
    text = ""
    if figcaption is not None:
        figcaption = _copy(figcaption)
        for hidden in [el for el in figcaption.iter() if el is not figcaption and isinstance(el.tag, str)
                       and (SCREEN_READER.search(el.get("class", "")) or el.tag in HEADINGS)]:
            hidden.drop_tree()  # "Image:" printed for screen readers; a headline inside the caption block
        if CREDIT_CLASS.search(figcaption.get("class", "")) and "caption" not in figcaption.get("class", "").casefold():
            credit = text_of(figcaption) or None  # the figcaption is the photo's credit line ("image__credit")
        else:
            credit_parts = [el for el in figcaption.iter() if el is not figcaption and isinstance(el.tag, str)
                            and (CREDIT_CLASS.search(el.get("class", "")) or COPYRIGHT_LINE.match(text_of(el)))
                            and not any(_has_caption_class(d) for d in el.iter() if d is not el)]  # not a wrapper of both
            credit_parts = credit_parts or [el for el in figcaption.iter("small")]  # <small>: the caption's small print
            if credit_parts:
                credit = text_of(credit_parts[0]) or None
                credit_parts[0].drop_tree()
            text = text_of(figcaption)
    if not text and figure.tag == "figure":
        text = _alt_text(figure) if not credit else ""
        if len(text.split()) < MIN_ALT_WORDS:
            return None  # "avatar", "Disney", "business focus": a name tag or keywords, not what the picture shows
    if VIDEO_LABEL.match(text):
        return None  # a video's caption, not a photo's
    text = _without_repeat(GALLERY_COUNTER.sub("", HIDDEN_LABEL.sub("", text)))
    parsed = split_credit(text)
    credit = clean_credit(credit) or clean_credit(parsed.credit)
    text = parsed.text if parsed.text or not credit else ""
    if not text and credit and figure.tag == "figure":
        # A figcaption that only credits the photographer ("Photo: Ann Lee"): the picture's alt text says what it shows.
        alt = _alt_text(figure)
        if len(alt.split()) >= MIN_ALT_WORDS:
            return RawCaption(text=alt, credit=credit)
    if not text or NOT_A_CAPTION.match(text) or PROMO.search(text):
        return None  # a credit with nothing to credit, a box's label, a subscription prompt
    return RawCaption(text=text, credit=credit)


COPYRIGHT_LINE = re.compile(r"^(?:©|\(c\)\s|copyright\b).{1,60}$", re.I)  # an element of its own: "© Idg", "© Ann Lee"
SCREEN_READER = re.compile(r"visually-?hidden|sr-only|screen-?reader|offscreen|a11y", re.I)
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# A subscription or sign-up prompt set under a picture ("Need more space? Subscribe to our sister title ...").
PROMO = re.compile(r"\b(?:subscribe to|subscription|sign up for|sign up to|newsletter)\b", re.I)
FILE_NAME = re.compile(r"^(?:\S+\.(?:jpe?g|png|gif|webp|svg)|[\w.]*[-_][\w.-]*|\d{6,8}\b.*)$", re.I)
CREDIT_LABEL = re.compile(r"^(?:(?:photo(?:graph)?|image|picture|pic|photo illustration|illustration|video)s?\s*(?:credit\s*)?(?::|by\b|\.\.\.|…)|"
                          r"credits?\s*(?::|\.\.\.|…)|source\s*:|©|\(c\)\s)\s*", re.I)


def clean_credit(credit: Optional[str]) -> Optional[str]:
    """A credit without its brackets, label and copyright sign: "(Image credit: Ann Lee)" -> "Ann Lee"."""
    if not credit:
        return None
    credit = " ".join(credit.split())
    for _ in range(3):  # "(Photo: © Ann Lee)": brackets, then label, then sign
        before = credit
        if credit[:1] in "([" and credit[-1:] in ")]":
            credit = credit[1:-1].strip()
        unlabelled = CREDIT_LABEL.sub("", credit).strip(" .,;")
        # "Photo illustration by Slate. Photo by Ann Lee": two credits, each with its label, are kept as printed
        credit = credit.strip(" .,;") if re.search(r"\bby\b", unlabelled) and unlabelled != credit.strip(" .,;") else unlabelled
        if credit == before:
            break
    return credit or None


def _alt_text(figure) -> str:
    """The figure's picture's alt text, unless it is a file name or a slug ("airpods-pro-2.jpg", "111819 Hong Kong")."""
    img = figure.find(".//img")
    alt = ALT_LABEL.sub("", " ".join((img.get("alt") or "").split())) if img is not None else ""
    return "" if FILE_NAME.match(alt) else alt


ALT_LABEL = re.compile(r"^(?:image|photo|picture|file photo)\s*:\s*", re.I)  # "Image: The house in which ..."


# A slideshow's expandable caption: "<caption> less <caption cut short> ... more".
TOGGLE = re.compile(r"^(?P<text>.+?)\s+less\s+(?P<cut>.+?)\s*(?:\.\.\.|…)\s*more$", re.S)


def _without_repeat(text: str) -> str:
    """A caption printed twice by an expandable slideshow, once ("A. less A ... more", "A. A.")."""
    toggle = TOGGLE.match(text)
    if toggle and toggle.group("text").startswith(toggle.group("cut")[:40]):
        return toggle.group("text")
    half = len(text) // 2
    if len(text) > 40 and text[:half].strip() == text[half:].strip():
        return text[:half].strip()
    return text


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
        if _links_elsewhere(element) or _in_video(element) or (not inside and (not in_article(element) or marked_elsewhere(element)
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
        caption = figure_caption(element)
        if caption and not _is_teaser(element, caption.text) and not _in_video(element) and caption not in found:
            found.append(caption)
    if not found:
        alt = meta_contents(tree, "og:image:alt", "twitter:image:alt")
        caption = split_credit(alt[0]) if alt else None
        if caption and caption.text and not FILE_NAME.match(caption.text):
            found.append(caption)
    return _without_repeats(found)


VIDEO_BLOCK = re.compile(r"video|player", re.I)


def _in_video(element) -> bool:
    """True for a caption or figure of a video: the block holds a player (``<video>``, ``<iframe>``) or is marked one."""
    for level, node in enumerate([element, *element.iterancestors()]):
        if level >= MARKED_VIDEO_LEVELS or node.tag in ("article", "body", "main"):
            break
        if level == 0 and node.xpath(".//video|.//iframe|.//object"):
            return True
        if VIDEO_BLOCK.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return False


MARKED_VIDEO_LEVELS = 4  # a player wraps its caption closely; a page wrapper far above is no evidence


MIN_REPEAT_WORDS = 6  # "Taylor Swift" under one photo and inside another's caption is two photos; a whole sentence twice is one


def _without_repeats(captions: list[RawCaption]) -> list[RawCaption]:
    """Each photo once: a caption printed again inside a longer one (a slideshow repeating the lead photo) is dropped."""
    kept: list[RawCaption] = []
    for caption in captions:
        folded = caption.text.casefold()
        if len(folded.split()) >= MIN_REPEAT_WORDS and any(folded in other.text.casefold() for other in kept):
            continue
        kept = [other for other in kept if len(other.text.split()) < MIN_REPEAT_WORDS or other.text.casefold() not in folded]
        kept.append(caption)
    return kept
