"""Reader for saved article pages (``.html``, ``.htm``, ``.html.gz``): the article as a person reads it.

trafilatura finds the article's main text and drops navigation, cookie
banners, related-story lists and comments; :func:`article_text` checks that
reading against the page's own article element (a body printed in parts is
read whole, a reading that runs outside the article is read from it alone).
The rest is read from the page itself, from every place a newsroom's CMS
writes it:

* headline, publication date and byline: :mod:`~factarchive.readers.page_metadata`; a date the page states
  nowhere else is read from its URL (:func:`url_date`);
* photo captions: :mod:`~factarchive.readers.page_captions`;
* which parts of a page are the article's own: :mod:`~factarchive.readers.page_structure`.

This module composes them into an :class:`~factarchive.model.Article`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Optional

from ..model import Article
from .common import (MAX_PAGE_BYTES, READ_MORE, SeedError, content_hash, decode, load_bytes, load_gzip_bytes,
                     publication_date, strip_control_characters)
from .dateline import split_dateline
from .language import check_english
from .page_captions import page_captions
from .page_structure import OTHER_VOICES, article_elements, body_parts
from .page_text import article_lines, linked_lines, listed_stories, spaceless
from .page_byline import page_authors, page_credit, person_names
from .page_metadata import dated_by, headline, is_furniture, page_date, page_headline

# The page parts' functions stay importable from here, where the tests and benchmarks import them.
__all__ = ["EXTRACT_OPTIONS", "dated_by", "headline", "is_furniture", "page_authors", "page_captions", "page_credit",
           "page_date", "page_headline", "parse_html", "person_names", "read_html"]

READER_NAME = "html.v2"  # recorded in each Article; stage versions are derived from the source's hash, not typed here

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
MIN_TITLE_CHARS = 2
MIN_ARTICLE_WORDS = 15  # a page whose main text is shorter is a menu, a gallery or an error page


def read_html(path: Path, seed: str) -> Article:
    """Read a saved article page into an Article."""
    if path.name.lower().endswith(".gz"):
        raw, data = load_gzip_bytes(path, MAX_PAGE_BYTES, markup=True)
    else:
        raw = data = load_bytes(path, MAX_PAGE_BYTES, markup=True)
    declared = DECLARED_CHARSET.search(data[:4096])
    html, encoding = decode(path, data, declared.group(1).decode("ascii", "replace") if declared else None)
    article = parse_html(path, html)
    return Article(seed=seed, content_hash=content_hash(raw), encoding=encoding, reader=READER_NAME, **article)


def parse_html(path: Path, html: str, today: Optional[date] = None) -> dict:
    """The Article fields of one page (no file access; ``path`` only names it in errors)."""
    import lxml.html
    import trafilatura

    html = strip_control_characters(XML_DECLARATION.sub("", html, count=1))  # lxml refuses a declared encoding
    try:
        page = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise SeedError(path, f"is not an HTML page ({exc})") from exc
    # trafilatura is handed the text, not ``page``: it prunes the tree it is given, and captions need the whole page.
    doc = trafilatura.bare_extraction(html, date_extraction_params=dict(DATE_OPTIONS, max_date=_latest(today)),
                                      **EXTRACT_OPTIONS)
    if doc is None or not (doc.text or "").strip():
        raise SeedError(path, _not_an_article(page) or "no article text found in the page (trafilatura found no main content)")
    text = article_text(page, doc.text)
    title = page_headline(page, doc.title, doc.sitename)
    if len(title) < MIN_TITLE_CHARS:
        raise SeedError(path, "no headline found in the page (no <title>, og:title, JSON-LD headline or <h1>)")

    published, published_source = _publication_date(page, doc.url, today)
    captions = [c for c in page_captions(page) if not _is_headline(c.text, title)]
    caption_texts = {c.text for c in captions}
    paragraphs: list[str] = []
    related: list[str] = []
    headline_next = False  # "Read more:" alone on its line: the headline is the next line
    for line in text.split("\n"):
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
    paragraphs, others = article_lines(paragraphs, linked_lines(page) | listed_stories(page))
    related += others
    language = check_english(path, title, paragraphs)  # first: Chinese and Japanese are not counted in words
    words = sum(len(p.split()) for p in paragraphs)
    if words < MIN_ARTICLE_WORDS:
        raise SeedError(path, _not_an_article(page) or f"no article text found in the page ({words} words of main "
                                                        f"text; an article has at least {MIN_ARTICLE_WORDS})")
    dateline, agency, paragraphs[0] = split_dateline(paragraphs[0], published)
    credit = page_credit(page, doc.sitename, doc.author)
    return {
        "title": title,
        "paragraphs": tuple(paragraphs),
        "captions": tuple(captions),
        "related": tuple(related),
        "outlet": outlet_name(doc.sitename),
        "source": agency,
        "published": published,
        "published_source": published_source,
        "url": doc.url or None,
        "byline": credit.byline,
        "authors": credit.authors,
        "dateline": dateline,
        "language": language,
    }


# When a second reading of the page replaces trafilatura's (see article_text): how much of the first it must keep.
COVERED_SHARE = 0.95  # of the first reading's word tokens: the second one adds text, it does not read another story
GROWN_SHARE = 1.2  # the reading of a body's parts together has at least a fifth more words than trafilatura's
SHRUNK_SHARE = 0.9  # the reading of the article element alone leaves out at least a tenth of trafilatura's words


def article_text(page, text: str) -> str:
    """trafilatura's main text, checked against the page's own article element.

    trafilatura reads the first element its rules name as the body and the text
    it finds around it, which fails in two ways the page's own markup shows:

    * a body printed in parts of one kind (Wired's ``article__body`` chunks
      between advertisement slots): only the first part is read. The parts
      (:func:`~factarchive.readers.page_structure.body_parts`) are joined into
      one and the page is read again; that reading is kept when it covers
      ``COVERED_SHARE`` of the first one's words and has ``GROWN_SHARE`` of them;
    * a reading that runs outside the article (a reprints box, a newsletter
      form, other stories' cards, the article printed twice): the page's own
      article element (``itemprop="articleBody"``, else its largest
      ``<article>``: :func:`~factarchive.readers.page_structure.article_elements`)
      is read alone when at least ``1 - SHRUNK_SHARE`` of the first reading's
      words are outside it (lines the element does not print, or prints fewer
      times); that reading is kept when ``COVERED_SHARE`` of its words are in
      the first one (it is the same article, not another story) and it has at
      most ``SHRUNK_SHARE`` of the first one's words.

    Both readings are trafilatura's own, so its boilerplate rules and the
    reader's refusals (:mod:`~factarchive.readers.page_text`) apply to them as
    to the first.
    """
    import copy

    import lxml.html

    if len(body_parts(page, text.split("\n"))) > 1:
        joined = copy.deepcopy(page)
        parts = body_parts(joined, text.split("\n"))
        for part in parts[1:]:
            if part.text and part.text.strip():  # text before the part's first element is a paragraph of it too
                lead = lxml.html.Element("p")
                lead.text, part.text = part.text, None
                parts[0].append(lead)
            parts[0].extend(list(part))
            part.drop_tree()  # what follows the part in the page (its tail) stays where it was
        again = _main_text(joined)
        if _covers(again, text, COVERED_SHARE) and _word_count(again) >= GROWN_SHARE * _word_count(text):
            text, page = again, joined
    own = article_elements(page)
    if own and _words_outside(text, own) >= (1 - SHRUNK_SHARE) * _word_count(text):
        body = lxml.html.Element("body")
        body.extend(copy.deepcopy(element) for element in own)
        alone = _main_text(body)
        if (_word_count(alone) >= MIN_ARTICLE_WORDS and _covers(text, alone, COVERED_SHARE)
                and _word_count(alone) <= SHRUNK_SHARE * _word_count(text)):
            text = alone
    return text


def _words_outside(text: str, elements) -> int:
    """Words of ``text``'s lines that the elements do not print, or print fewer times than ``text`` has them."""
    from collections import Counter

    printed = "".join(spaceless(" ".join(element.itertext())) for element in elements)
    seen: Counter = Counter()
    outside = 0
    for line in text.split("\n"):
        key = spaceless(line)
        if not key:
            continue
        seen[key] += 1
        if printed.count(key) < seen[key]:
            outside += _word_count(line)
    return outside


def _main_text(tree) -> str:
    """trafilatura's main text of a page tree (the reader's options, no metadata), "" when it finds none."""
    import lxml.html
    import trafilatura

    html = lxml.html.tostring(tree, encoding="unicode")
    if tree.tag != "html":
        html = f"<html>{html}</html>" if tree.tag == "body" else f"<html><body>{html}</body></html>"
    doc = trafilatura.bare_extraction(html, **dict(EXTRACT_OPTIONS, with_metadata=False))
    return (doc.text or "") if doc is not None else ""


WORD_TOKEN = re.compile(r"\w+")


def _word_count(text: str) -> int:
    return len(WORD_TOKEN.findall(text))


def _covers(text: str, other: str, share: float) -> bool:
    """True when at least ``share`` of ``other``'s word tokens (counted with repeats, case folded) are in ``text``."""
    from collections import Counter

    mine, theirs = Counter(WORD_TOKEN.findall(text.casefold())), Counter(WORD_TOKEN.findall(other.casefold()))
    total = sum(theirs.values())
    return total > 0 and sum((mine & theirs).values()) >= share * total


SITE_TAGLINE = re.compile(r"\s+[|–—]\s+.*$")


def outlet_name(sitename: Optional[str]) -> Optional[str]:
    """The outlet as a reader names it: "LinkNaija | Nigeria's popular news platform" -> "LinkNaija"; a URL -> its host."""
    if not sitename:
        return None
    name = SITE_TAGLINE.sub("", " ".join(sitename.split()))
    if re.match(r"^https?://", name, re.I):
        name = re.sub(r"^https?://(?:www\.)?", "", name, flags=re.I).split("/")[0]
    return name or None


def _is_headline(caption: str, title: str) -> bool:
    """True for a "caption" that is the page's own headline (a lead picture's alt text set to the headline: no description)."""
    from .page_metadata import _fold

    return _fold(caption).strip(" .") == _fold(title).strip(" .")


def _publication_date(page, url: Optional[str], today: Optional[date]) -> tuple[Optional[str], Optional[str]]:
    """The page's publication date and its witness: the page's own (:func:`dated_by`), else its URL's, else htmldate's.

    Every witness gives only dates from 1800 to tomorrow. A page whose own
    witnesses date it after tomorrow is not read by htmldate, which would
    turn "2026-12-05" into "2026-12-01" (it reads the year and month and
    takes the first of the month).
    """
    published, source = dated_by(page, url, today)
    if published:
        return published, source
    published = url_date(url, today)
    if published:
        return published, "url"
    if dated_by(page, url, UNBOUNDED)[0]:
        return None, None  # dated after tomorrow: a typo or an embargo, not the day it appeared
    published = _htmldate_without_other_voices(page, today)
    return (published, "htmldate") if published else (None, None)


UNBOUNDED = date(9000, 1, 1)  # "today" for reading the page's own dates with no upper bound
# A date in a URL's path: "/2019/03/14/", "/2019-03-14-bridge-deal", "/1985/3/4/". Written here because htmldate's
# URL pattern takes only the years 1990-2039 and its earliest date is 1995: an archive's 1985 story has a date too.
URL_DATE = re.compile(r"/(?P<year>\d{4})[/_-](?P<month>\d{1,2})[/_-](?P<day>\d{1,2})(?=[/_.-]|$)")


def url_date(url: Optional[str], today: Optional[date] = None) -> Optional[str]:
    """The publication date a URL's path states ("https://x.com/2019/03/14/story" -> "2019-03-14"), or None.

    The query and fragment are not read (tracking and search parameters carry
    other dates); a date outside 1800 .. tomorrow, or no calendar date
    ("/2019/13/45/"), is none.
    """
    from urllib.parse import urlsplit

    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    found = URL_DATE.search(path)
    if not found:
        return None
    year, month, day = (int(found.group(k)) for k in ("year", "month", "day"))
    return publication_date(f"{year:04d}-{month:02d}-{day:02d}", today)


def _htmldate_without_other_voices(page, today: Optional[date]) -> Optional[str]:
    """htmldate's date for the page with its comments, related stories, asides and footer taken out.

    htmldate reads the whole page; a reader comment's or a related story's date must not become the article's.
    Nor does it read the page's URL (``url`` is not handed to it, the canonical link and og:url are taken
    out): :func:`url_date` has read that, and htmldate makes a date of what is none ("/2019/13/45/" gave
    "2019-01-01", "/2026/12/05/" the first of December).
    """
    import copy

    from htmldate import find_date

    pruned = copy.deepcopy(page)
    for element in pruned.xpath("//footer|//aside|//nav|//*[@class or @id]"):
        if element.getparent() is not None and (element.tag in ("footer", "aside", "nav") or
                                                OTHER_VOICES.search(f"{element.get('class', '')} {element.get('id', '')}")):
            element.drop_tree()
    for element in pruned.xpath("//link[@rel='canonical'] | //meta[@property='og:url' or @name='og:url']"):
        element.drop_tree()
    try:
        found = find_date(pruned, url=None, **dict(DATE_OPTIONS, max_date=_latest(today)))
    except (ValueError, TypeError):  # htmldate on a malformed page: no date rather than no article
        return None
    return publication_date(found, today)


REDIRECT = re.compile(r"^\s*\d+\s*;\s*url\s*=\s*['\"]?(?P<url>[^'\"\s]+)", re.I)


def _not_an_article(page) -> Optional[str]:
    """Why a page without article text is no article, where its markup says: a feed, or a redirect to another page."""
    if page.tag in ("rss", "feed", "rdf") or page.find(".//channel/item") is not None:
        return "is a news feed (RSS/Atom), not an article page: save the articles it links to"
    for meta in page.iter("meta"):
        if (meta.get("http-equiv") or "").casefold() == "refresh":
            found = REDIRECT.match(meta.get("content") or "")
            if found:
                return f"is a redirect to {found.group('url')} (meta refresh), not an article: save that page instead"
    return None


def _latest(today: Optional[date]) -> str:
    return ((today or date.today()) + timedelta(days=1)).isoformat()
