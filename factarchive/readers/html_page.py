"""Reader for saved article pages (``.html``, ``.htm``, ``.html.gz``): the article as a person reads it.

trafilatura finds the article's main text and drops navigation, cookie
banners, related-story lists and comments. The page's metadata is read here
from every place a newsroom's CMS writes it, and the witnesses are checked
against each other, because any one of them is often wrong:

* **headline**: the printed ``<h1>``, ``og:title``, JSON-LD ``headline``, the
  ``<title>`` without the site's name and trafilatura's title; the printed one
  wins where another source agrees with it, page furniture ("Most Popular",
  "Join the Discussion") never does;
* **date**: JSON-LD, microdata (``itemprop="datePublished dateCreated"``), meta
  tags, a ``<time>`` in the article, then htmldate; the page's locale decides
  whether "10/04/16" is October or April; comments', related stories' and
  footers' dates never count; before 1800 or after tomorrow is no date;
* **byline**: JSON-LD ``author``, ``rel=author``/``itemprop=author``, byline
  blocks, meta ``author``, then trafilatura's; several authors are kept; e-mail
  addresses, dates, "Staff" and section names are not people;
* **captions**: ``<figure>``/``<figcaption>`` with their credits, caption blocks,
  ``og:image`` alt text when that is all; teasers for other stories are not captions.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable, Iterator, Optional

from ..model import Article, RawCaption
from .common import (MAX_PAGE_BYTES, READ_MORE, SeedError, content_hash, decode, load_bytes, load_gzip_bytes,
                     publication_date, split_credit, strip_control_characters)
from .dateline import split_dateline
from .language import check_english

VERSION = "2"  # 2: headline, date and byline chosen from every witness; teasers are not captions
READER_NAME = f"html.v{VERSION}"

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
                         r"footer|\bnav|menu|social|share|advert|\bads?\b|most-?(?:read|popular|viewed)|trending", re.I)
NOT_ARTICLE_TAGS = {"nav", "aside", "footer", "header"}
MARKED_LEVELS = 4
# Blocks whose dates and authors are never the article's, however deep: comments, other stories, the footer.
OTHER_VOICES = re.compile(r"comment|related|recommend|more-?stories|most-?(?:read|popular|viewed)|trending|"
                          r"teaser|outbrain|taboola|footer|sidebar|newsletter|\breply", re.I)
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
        raise SeedError(path, "no article text found in the page (trafilatura found no main content)")
    title = page_headline(page, doc.title, doc.sitename)
    if len(title) < MIN_TITLE_CHARS:
        raise SeedError(path, "no headline found in the page (no <title>, og:title, JSON-LD headline or <h1>)")

    published = page_date(page, doc.url, today)
    if published is None:
        published = publication_date(doc.date, today)
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
    authors = page_authors(page, doc.sitename, doc.author)
    return {
        "title": title,
        "paragraphs": tuple(paragraphs),
        "captions": tuple(captions),
        "related": tuple(related),
        "outlet": doc.sitename or None,
        "source": agency,
        "published": published,
        "url": doc.url or None,
        "byline": ", ".join(authors) or None,
        "dateline": dateline,
        "language": language,
    }


def _latest(today: Optional[date]) -> str:
    return ((today or date.today()) + timedelta(days=1)).isoformat()


# --------------------------------------------------------------------------- page structure


def _text(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _marker(node) -> str:
    return f"{node.get('class', '')} {node.get('id', '')} {node.get('itemtype', '')}"


def _in_article(element, marked_levels: int = MARKED_LEVELS) -> bool:
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


def _article_header(header, ancestors) -> bool:
    return any(a.tag in ("article", "main") for a in ancestors) or not header.xpath(".//nav")


def _other_voice(element) -> bool:
    """True inside comments, other stories, sidebars and footers, at any depth (their dates and authors are not the article's)."""
    for node in element.iterancestors():
        if node.tag in ("footer", "aside", "nav") or OTHER_VOICES.search(_marker(node)):
            return True
    return False


def _json_ld(tree) -> list[dict]:
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


def _articles(items: list[dict]) -> list[dict]:
    """The JSON-LD objects that describe an article (by ``@type``)."""
    return [item for item in items if ARTICLE_TYPES.search(" ".join(_strings(item.get("@type"))))]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def _meta(tree, *names: str) -> list[str]:
    """Contents of ``<meta>`` tags whose property, name or itemprop is one of ``names`` (any case), in order."""
    wanted = {n.casefold() for n in names}
    found = []
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().casefold()
        if key in wanted and (meta.get("content") or "").strip():
            found.append(" ".join(meta.get("content").split()))
    return found


# --------------------------------------------------------------------------- headline

TITLE_SEPARATOR = re.compile(r"\s+(?:[|–—»·:-]|--|::)\s+")
SITE_SUFFIX_CHARS = 12  # "CNN" + " Politics": a section name after the site's name
H1_SHARE = 0.5  # an <h1> much shorter than the title is the site's logo or a section name
# Headings every site prints around an article: never its headline.
FURNITURE = re.compile(
    r"^(?:most (?:popular|read|viewed|shared)|see also|related(?: (?:stories|articles|content|news))?|more (?:from|on|stories)\b.*|"
    r"(?:top|latest|trending|recommended) (?:stories|news|articles)|share(?: this| your thoughts.*)?|"
    r".*\bjoin the (?:discussion|conversation)\b.*|.*\bleave a (?:reply|comment)\b.*|comments?|"
    r"get .{1,40} in your inbox\.?|sign up.*|subscribe.*|newsletters?|follow us.*|advertisement|"
    r"(?:got|have|send us) (?:feedback|a tip)\b.*|you (?:may|might) also like|read (?:more|next)|"
    r"(?:breaking|top) news|menu|search|home)$", re.I)


def _fold(text: str) -> str:
    """Case, quotes and spacing folded, to compare two printings of one headline."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("…", "...")
    return " ".join(text.casefold().split())


WORD = re.compile(r"\w+")


def _words(text: str) -> set[str]:
    return set(WORD.findall(_fold(text)))


def _names_site(part: str, sitename: str) -> bool:
    """True if a piece of a title is the site's name ("CNN Politics" for CNN), not a headline that mentions it."""
    part, site = _fold(part), _fold(sitename)
    return bool(site) and (part in site or (site in part and len(part) <= len(site) + SITE_SUFFIX_CHARS))


def without_site(title: str, sitename: Optional[str]) -> str:
    """A declared title without the site's name ("Floods close roads | Valley News" -> "Floods close roads")."""
    title = " ".join(title.split())
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) > 1 and sitename:
        kept = [p for p in parts if not _names_site(p, sitename)]
        if len(kept) < len(parts):
            return kept[0] if len(kept) == 1 else TITLE_SEPARATOR.search(title).group(0).join(kept)
    return title


def _agree(a: str, b: str) -> bool:
    """Two printings of one headline: equal, one inside the other, or (reworded for social media) sharing most words."""
    fa, fb = _fold(a), _fold(b)
    if not fa or not fb:
        return False
    if fa == fb or fa in fb or fb in fa:
        return True
    wa, wb = _words(a), _words(b)
    return len(wa & wb) >= AGREEING_SHARE * min(len(wa), len(wb))


AGREEING_SHARE = 0.6  # an og:title reworded from the printed headline keeps most of its words


def is_furniture(text: str, sitename: Optional[str] = None) -> bool:
    """True for headings a page prints around its articles ("Most Popular", "Join the Discussion"), or the site's name."""
    text = " ".join(text.split()).strip(" :.!?")
    return not text or FURNITURE.match(text) is not None or bool(sitename and _names_site(text, sitename))


def headline(title: str, sitename: Optional[str], h1: Optional[str], declared: Iterable[str] = ()) -> str:
    """The printed headline: the ``<h1>`` where a declared title agrees with it, else the best declared title.

    ``title`` is the page's ``<title>`` (or trafilatura's title), ``declared``
    the other declared titles (og:title, JSON-LD ``headline``). Declared titles
    carry the site's name and section; the ``<h1>`` is the headline as printed,
    but on some sites it is the logo or a box heading, so it is trusted only
    when a declared title agrees with it. Without an ``<h1>``, the title that
    most other sources agree with wins, the first one on a tie.
    """
    candidates = [without_site(t, sitename) for t in (*declared, title) if t and t.strip()]
    candidates = [c for c in candidates if not is_furniture(c, sitename)]
    if h1 and not is_furniture(h1, sitename) and len(h1.split()) >= 2:
        if any(_agree(h1, c) and len(h1) >= H1_SHARE * len(c) for c in candidates) or (not candidates and len(h1.split()) >= 3):
            return " ".join(h1.split())
    if not candidates:
        return " ".join((h1 or title or "").split())
    votes = [sum(_agree(c, other) for other in candidates) for c in candidates]
    return candidates[votes.index(max(votes))]


def page_h1s(tree) -> list[str]:
    """Texts of the page's ``<h1>`` headings outside navigation, asides, comment forms and newsletter boxes."""
    found = []
    for h in tree.iter("h1"):
        text = _text(h)
        if text and _in_article(h, marked_levels=0) and not _other_voice(h) and text not in found:
            found.append(text)
    return found


def page_headline(tree, extracted_title: Optional[str], sitename: Optional[str]) -> str:
    """The page's printed headline, chosen from its ``<h1>``, og:title, JSON-LD headline, ``<title>`` and trafilatura's title."""
    declared = _meta(tree, "og:title", "twitter:title")
    declared += [h for item in _articles(_json_ld(tree)) for h in _strings(item.get("headline"))][:1]
    titles = [_text(t) for t in tree.iter("title") if not any(a.tag == "svg" for a in t.iterancestors())]
    title = titles[0] if titles else (extracted_title or "")
    if extracted_title and _fold(extracted_title) != _fold(title):
        declared.append(extracted_title)
    h1s = [h for h in page_h1s(tree) if not is_furniture(h, sitename)]
    # Several <h1>: the first that a declared title agrees with (pages print the logo or a box heading as <h1> too).
    cleaned = [without_site(t, sitename) for t in (*declared, title) if t]
    agreeing = [h for h in h1s if any(_agree(h, c) for c in cleaned)]
    h1 = agreeing[0] if agreeing else (h1s[0] if len(h1s) == 1 else None)
    return headline(title, sitename, h1, declared)


# --------------------------------------------------------------------------- date

ISO_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}(?:$|[T ])")
# Locales of English whose dates are written day first; "en-US" (and a bare "en" on a .com) is month first.
DAY_FIRST_REGIONS = {"gb", "uk", "ie", "au", "nz", "in", "za", "sg", "my", "pk", "ng", "ke", "gh", "hk", "ph"}
DATE_META = ("article:published_time", "og:article:published_time", "og:published_time", "datePublished",
             "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
             "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
             "dateCreated", "citation_publication_date")


def date_order(tree, url: Optional[str]) -> str:
    """"DMY" or "MDY": how the page writes dates, from its declared locale, else its country's domain."""
    from courlan import extract_domain

    locales = [tree.get("lang") or "", *_meta(tree, "og:locale", "language", "content-language")]
    for locale in locales:
        parts = re.split(r"[-_]", locale.strip().casefold())
        if len(parts) > 1 and parts[0] == "en":
            return "DMY" if parts[1] in DAY_FIRST_REGIONS else "MDY"
    domain = extract_domain(url) if url else None
    suffix = (domain or "").rsplit(".", 1)[-1]
    return "DMY" if suffix in DAY_FIRST_REGIONS else "MDY"


def parse_page_date(value: str, order: str, today: Optional[date] = None) -> Optional[str]:
    """A date as a page writes it -> ISO 8601 (``order`` decides "10/04/16"), or None where it is not a publication date."""
    value = " ".join(value.split())
    if not value:
        return None
    if ISO_DATE.match(value):
        return publication_date(value, today)
    import dateparser  # only for dates not written as ISO 8601

    settings = {"DATE_ORDER": order, "PREFER_LOCALE_DATE_ORDER": False, "REQUIRE_PARTS": ["day", "month", "year"],
                "RETURN_AS_TIMEZONE_AWARE": False}
    value = re.sub(r"^(?:published|posted|updated|first published)\s*(?:on|:)?\s*", "", value, flags=re.I)
    try:
        parsed = dateparser.parse(value, languages=["en"], settings=settings)
    except (OverflowError, ValueError):
        return None
    return publication_date(parsed.date().isoformat(), today) if parsed else None


def page_date(tree, url: Optional[str] = None, today: Optional[date] = None) -> Optional[str]:
    """The article's own publication date (YYYY-MM-DD as the newsroom wrote it), or None.

    Witnesses in order: JSON-LD ``datePublished`` (then ``dateCreated``) of the
    article; microdata, where one ``itemprop`` may hold several names; meta
    tags; the first ``<time>`` in the article. Dates inside comments, other
    stories and footers are never read. The caller falls back to htmldate.
    """
    order = date_order(tree, url)
    for key in ("datePublished", "dateCreated"):
        for item in _articles(_json_ld(tree)):
            for value in _strings(item.get(key)):
                found = parse_page_date(value, order, today)
                if found:
                    return found
    for key in ("datepublished", "datecreated"):
        for element in tree.xpath("//*[@itemprop]"):
            if key not in element.get("itemprop", "").casefold().split() or _other_voice(element):
                continue
            value = element.get("content") or element.get("datetime") or _text(element)
            found = parse_page_date(value, order, today)
            if found:
                return found
    for value in _meta(tree, *DATE_META):
        found = parse_page_date(value, order, today)
        if found:
            return found
    for element in tree.iter("time"):
        if _other_voice(element) or not _in_article(element):
            continue
        found = parse_page_date(element.get("datetime") or _text(element), order, today)
        if found:
            return found
    return None


# --------------------------------------------------------------------------- byline

EMAIL_OR_WEB = re.compile(r"\S+@\S+|https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|co\.uk)\b", re.I)
BYLINE_LEAD = re.compile(r"^(?:(?:written|posted|reported|story|words|text|interview)\s+)?by\s*:?\s+", re.I)
NAME_SEPARATOR = re.compile(r"\s*(?:,|;|\||&|\band\b|\bwith\b)\s*", re.I)
# Words that make a byline piece something other than a person: dates, roles, boilerplate.
NOT_A_NAME = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"staff|desk|team|editors?|editorial|reporters?|correspondents?|contributors?|writers?|columnists?|"
    r"updated|published|posted|print|news|wire|press|associated|agency|media|newsroom|opinion|analysis|"
    r"admin|administrator|guest|anonymous|facebook|twitter|instagram|email|e-mail|follow)\b", re.I)
PARTICLE = re.compile(r"^(?:de|da|del|della|der|den|di|dos|du|van|von|la|le|bin|ibn|al|el|ul|st\.?|y|mc\w*|o'\w+)$", re.I)
MAX_NAME_WORDS = 5
# "byline", "byline__name", "article-author", "author-name"; not "authorize" or "coauthored".
BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|authors?)(?:$|[\s_-])", re.I)


def person_names(byline: str, sitename: Optional[str] = None, sections: Iterable[str] = ()) -> list[str]:
    """The people a byline names: "By Ann Lee and Bo Chan, CNN" -> ["Ann Lee", "Bo Chan"].

    A name is two to five words, each capitalised (or a particle such as "van",
    "de"); e-mail addresses, web addresses, dates, roles ("Staff Writer"), the
    site's name and the page's section names are dropped. One-word bylines are
    dropped too: they are a site, a desk or an initial far more often than a person.
    """
    folded_sections = {_fold(s) for s in sections if s}
    names: list[str] = []
    for piece in NAME_SEPARATOR.split(EMAIL_OR_WEB.sub(" , ", byline)):
        piece = BYLINE_LEAD.sub("", " ".join(piece.split())).strip(" .:-–—·")
        words = piece.split()
        if not 2 <= len(words) <= MAX_NAME_WORDS or NOT_A_NAME.search(piece) or any(ch.isdigit() for ch in piece):
            continue
        if not all(w[0].isupper() or PARTICLE.match(w) for w in words) or not words[0][0].isupper():
            continue
        if (sitename and _names_site(piece, sitename)) or _fold(piece) in folded_sections:
            continue
        if piece not in names:
            names.append(piece)
    return names


def _json_authors(items: list[dict]) -> list[str]:
    names: list[str] = []
    for item in _articles(items):
        authors = item.get("author") or item.get("creator")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict):
                author = author.get("name")
            names += _strings(author)
        if names:
            return names
    return names


def _json_publishers(tree) -> list[str]:
    """Names of the publishers the page's JSON-LD declares."""
    names = []
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        for found in re.finditer(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]+)"', script):
            names.append(found.group(1))
    return names


def _sections(tree) -> set[str]:
    """Link texts of the page's navigation: section names ("Food Science") that byline blocks sometimes hold."""
    found = set()
    for nav in tree.xpath("//nav|//*[@role='navigation']"):
        found |= {_text(a) for a in nav.iter("a")}
    return found


def page_authors(tree, sitename: Optional[str] = None, extracted: Optional[str] = None) -> list[str]:
    """The article's authors, from the first witness that names a person.

    JSON-LD ``author`` of the article; microdata ``itemprop=author`` and
    ``rel=author`` links; byline blocks (class "byline"/"author"); meta
    ``author`` tags; then ``extracted`` (trafilatura's "A; B"). Elements inside
    comments and other stories never count.
    """
    sections = _sections(tree)
    witnesses: list[list[str]] = [_json_authors(_json_ld(tree))]
    marked = []
    for element in tree.xpath("//*[@itemprop or @rel or @class]"):
        is_author = ("author" in element.get("itemprop", "").split() or "author" in element.get("rel", "").split())
        is_byline = BYLINE_CLASS.search(element.get("class", ""))
        if (is_author or is_byline) and not _other_voice(element) and _in_article(element, marked_levels=0):
            name = element.xpath(".//*[@itemprop='name']")
            marked.append(name[0].get("content") or _text(name[0]) if name else element.get("content") or _text(element))
    witnesses.append([" , ".join(marked)])
    witnesses.append(_meta(tree, "author", "article:author", "byl", "sailthru.author", "parsely-author", "dc.creator"))
    witnesses.append([(extracted or "").replace(";", ",")])
    # The publisher and copyright holder ("Condé Nast") sit in the author tag of some templates: never a person here.
    owners = [*_meta(tree, "copyright", "dc.rights", "og:site_name"), *_json_publishers(tree)]
    for witness in witnesses:
        names = [n for n in person_names(" , ".join(witness), sitename, sections)
                 if not any(_fold(n) in _fold(owner) for owner in owners)]
        if names:
            return names
    return []


# --------------------------------------------------------------------------- captions

# Caption-like text that is page furniture or a link to another story, not what a photo shows.
NOT_A_CAPTION = re.compile(r"^(?:related|follow us|read more|more|watch|listen|sign up|subscribe|advertisement|"
                           r"see also|most (?:read|popular|viewed))\b", re.I)
TIME_STAMP = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b|"
                        r"^\s*\d{4}[-/.]\d{2}[-/.]\d{2}\b", re.I)


def main_article(tree):
    """The page's article element: ``itemprop=articleBody`` or the ``<article>`` holding the most paragraph text."""
    best, best_chars = None, 0
    for element in tree.xpath("//article|//*[@itemprop='articleBody']"):
        chars = sum(len(_text(p)) for p in element.iter("p"))
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
    links = "".join(_text(a) for a in element.iter("a") if a.get("href"))
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
            credit = _text(credit_parts[0]) or None
            credit_parts[0].drop_tree()
        text = _text(figcaption)
    if not text and figure.tag == "figure":
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
        if _links_elsewhere(element) or (not inside and (not _in_article(element) or _is_teaser(element, caption.text))):
            continue
        if caption not in found:
            found.append(caption)
    for element in tree.xpath("//*[@class]"):
        # Pages without <figure> mark captions by class (CGTN: <div class="imageCaption">).
        if not _has_caption_class(element):
            continue
        if any(a.tag in ("figure", "figcaption") or _has_caption_class(a) for a in element.iterancestors()) or not _in_article(element):
            continue
        text = HIDDEN_LABEL.sub("", _text(element))
        caption = split_credit(text) if text and not _text(element).startswith(VIDEO_LABEL) else None
        if caption and caption.text and not _is_teaser(element, caption.text) and caption not in found:
            found.append(caption)
    if not found:
        alt = _meta(tree, "og:image:alt", "twitter:image:alt")
        if alt:
            found.append(split_credit(alt[0]))
    return found
