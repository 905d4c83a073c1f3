"""A saved page's metadata: its headline and publication date, each checked against every witness.

Any one place a newsroom's CMS writes these is often wrong, so each is read
from all of them:

* **headline**: the printed ``<h1>``, ``og:title``, JSON-LD ``headline``, the
  ``<title>`` without the site's name and trafilatura's title; the printed one
  wins where another source agrees with it, page furniture ("Most Popular",
  "Join the Discussion") never does;
* **date**: JSON-LD, microdata (``itemprop="datePublished dateCreated"``), meta
  tags, a ``<time>`` in the article (the reader then falls back to the URL, then htmldate);
  the page's locale decides whether "10/04/16" is October or April; comments',
  related stories' and footers' dates never count; before 1800 or after
  tomorrow is no date;
  the witness that gave the date is recorded (``Article.published_source``).

The byline is :mod:`~factarchive.readers.page_byline`'s.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Iterable, Optional

from .common import publication_date
from .page_structure import article_objects, as_strings, in_article, json_ld, meta_contents, other_voice, text_of


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
    chosen = candidates[votes.index(max(votes))]
    # "Headline - Auto News" where another witness declares "Headline": the tail is a section or site name.
    for other in candidates:
        rest = chosen[len(other):] if other != chosen and chosen.startswith(other) else ""
        if rest and TITLE_SEPARATOR.match(rest) and len(TITLE_SEPARATOR.split(rest, maxsplit=1)[1].split()) <= SUFFIX_WORDS:
            return other
    return chosen


SUFFIX_WORDS = 4  # "Auto News", "CNN Politics": a longer tail is part of the headline


def page_h1s(tree) -> list[str]:
    """Texts of the page's ``<h1>`` headings outside navigation, asides, comment forms and newsletter boxes."""
    found = []
    for h in tree.iter("h1"):
        text = text_of(h)
        if text and in_article(h, marked_levels=0) and not other_voice(h) and text not in found:
            found.append(text)
    return found


def page_headline(tree, extracted_title: Optional[str], sitename: Optional[str]) -> str:
    """The page's printed headline, chosen from its ``<h1>``, og:title, JSON-LD headline, ``<title>`` and trafilatura's title."""
    declared = meta_contents(tree, "og:title", "twitter:title")
    declared += [h for item in article_objects(json_ld(tree)) for h in as_strings(item.get("headline"))][:1]
    titles = [text_of(t) for t in tree.iter("title") if not any(a.tag == "svg" for a in t.iterancestors())]
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
# The article's date line or byline, where a template prints the date as text ("By Ann Lee on Monday, November 18th, 2019").
DATE_LINE_CLASS = re.compile(r"(?:^|[\s_-])(?P<what>date|dateline|byline|timestamp|published|pub-?date|posted-on|meta)"
                             r"(?:$|[\s_-])", re.I)
BY_LEAD = re.compile(r"^by\b", re.I)
MAX_DATE_LINE_CHARS = 160
_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
PRINTED_DATE = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}\b|"
                          r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b", re.I)
DATE_META = ("article:published_time", "og:article:published_time", "og:published_time", "datePublished",
             "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
             "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
             "dateCreated", "citation_publication_date")


def date_order(tree, url: Optional[str]) -> str:
    """"DMY" or "MDY": how the page writes dates, from its declared locale, else its country's domain."""
    from courlan import extract_domain

    locales = [tree.get("lang") or "", *meta_contents(tree, "og:locale", "language", "content-language")]
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
    """The article's own publication date (YYYY-MM-DD as the newsroom wrote it), or None (see :func:`dated_by`)."""
    return dated_by(tree, url, today)[0]


def dated_by(tree, url: Optional[str] = None, today: Optional[date] = None) -> tuple[Optional[str], Optional[str]]:
    """The article's own publication date and the witness it came from ("json-ld", "microdata", "meta", "time", "printed").

    Witnesses in order: JSON-LD ``datePublished`` (then ``dateCreated``) of the
    article; microdata, where one ``itemprop`` may hold several names; meta
    tags; the first ``<time>`` in the article; a date printed in the article's
    date line or byline ("on Monday, November 18th, 2019"). Dates inside comments, other
    stories and footers are never read. ``(None, None)`` when no witness has a
    publication date; the caller falls back to the URL, then htmldate.
    """
    order = date_order(tree, url)
    for key in ("datePublished", "dateCreated"):
        for item in article_objects(json_ld(tree)):
            for value in as_strings(item.get(key)):
                found = parse_page_date(value, order, today)
                if found:
                    return found, "json-ld"
    for key in ("datepublished", "datecreated"):
        for element in tree.xpath("//*[@itemprop]"):
            if key not in element.get("itemprop", "").casefold().split() or other_voice(element):
                continue
            value = element.get("content") or element.get("datetime") or text_of(element)
            found = parse_page_date(value, order, today)
            if found:
                return found, "microdata"
    for value in meta_contents(tree, *DATE_META):
        found = parse_page_date(value, order, today)
        if found:
            return found, "meta"
    for element in tree.iter("time"):
        if other_voice(element) or not in_article(element):
            continue
        found = parse_page_date(element.get("datetime") or text_of(element), order, today)
        if found:
            return found, "time"
    for element in tree.xpath("//body//*[@class]"):
        marked = DATE_LINE_CLASS.search(element.get("class", ""))
        if not marked or other_voice(element) or not in_article(element):
            continue
        text = text_of(element)
        # A generic "meta" line dates other things too (the statement a fact-check quotes): only its byline counts.
        if marked.group("what").casefold() == "meta" and not BY_LEAD.match(text):
            continue
        written = PRINTED_DATE.search(text) if len(text) <= MAX_DATE_LINE_CHARS else None
        found = parse_page_date(written.group(0), order, today) if written else None
        if found:
            return found, "printed"
    return None, None
