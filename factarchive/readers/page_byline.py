"""A saved page's byline: the credit as printed, and the people it names, in order.

Witnesses, the first that names a person wins: JSON-LD ``author`` of the
article (an object, a list, nested in ``@graph`` or ``mainEntity``); byline
blocks inside the article (class "byline"/"author", ``itemprop=author``,
``rel=author``: the first block that names someone, and its siblings, never
the biography or "gear" boxes further down); meta ``author`` tags; unmarked
"By Ann Lee ..." lines in the article; trafilatura's author; a wire story's
"(Reporting by ...)". Where the printed byline names more people than the
winning witness (a tag that holds only the first author), the printed list
wins. Several authors are kept in the order the page gives them; names in
capitals are written as the byline prints them. E-mail and web addresses,
@handles, dates, desks ("National Desk"), "Staff", "Multiple Sources", the
site's own name, the publisher, photographers and the page's section names
are not people.

The credit (``Article.byline``) is what a reader sees: the article's byline
line up to its date ("By Ann Lee and Bo Chan, CNN"), an agency credit that
names nobody ("By: CNN Wire", "Reuters"), else the names joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Optional

from .page_metadata import _fold, _names_site
from .page_structure import article_objects, as_strings, in_article, json_ld, meta_contents, other_voice, text_of

EMAIL_OR_WEB = re.compile(r"\S+@\S+|(?<!\S)@\w+|https?://\S+|www\.\S+|\b\S+\.(?:com|org|net|co\.uk)\b", re.I)
BYLINE_LEAD = re.compile(r"^(?:(?:written|posted|reported|story|words|text|interview|analysis|commentary|opinion|review)"
                         r"\s+)?by\s*:?\s+", re.I)
BY_LINE = re.compile(r"^by\s*:?\s+[A-Z]", re.I)
BY_WORD = re.compile(r"by\b", re.I)
# A wire story's closing credit: "(Reporting by Ann Lee and Bo Chan; Editing by Cy Diaz)"; the reporters are the authors.
PLACE_AFTER_NAME = re.compile(r"\s+in\s+[A-Z][^,]*?(?=\s*(?:,|\band\b|$))")
REPORTING_BY = re.compile(r"[(;]\s*(?:additional\s+)?reporting\s+by\s+(?P<names>[^;)]+)", re.I)
NAME_SEPARATOR = re.compile(r"\s*(?:,|;|\||&|\band\b|\bwith\b)\s*", re.I)
# Words that make a byline piece something other than a person: dates, roles, boilerplate.
# Month names are first names too (April Ryan, May Bulman, June Carter): only a piece made of date words is a date.
DATE_WORDS = re.compile(
    r"^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$", re.I)
NOT_A_NAME = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
    r"staff|desk|team|editors?|editorial|reporters?|correspondents?|contributors?|writers?|columnists?|"
    r"updated|published|posted|print|news|wire|press|associated|agency|media|newsroom|opinion|analysis|"
    r"admin|administrator|guest|anonymous|facebook|twitter|instagram|email|e-mail|follow|about|bio|share|sources?|"
    r"multiple|sports?)\b", re.I)
PARTICLE = re.compile(r"^(?:de|da|del|della|der|den|di|dos|du|van|von|la|le|bin|ibn|al|el|ul|st\.?|y|mc\w*|o'\w+)$", re.I)
QUOTES = "\"'“”‘’()"  # a nickname printed inside a name: Amanda "Tania Mae" Tan
MAX_NAME_WORDS = 5
# "byline", "byline__name", "article-author", "author-name"; not "authorize" or "coauthored".
BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|authors?)(?:$|[\s_-])", re.I)
_LOWER = "translate({}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
# Elements that may be bylines, found by lxml before the exact test in Python (most of a page's elements are not).
BYLINE_XPATH = (f"//body//*[contains(@itemprop, 'author') or contains(@rel, 'author') or "
                f"contains({_LOWER.format('@class')}, 'byline') or contains({_LOWER.format('@class')}, 'author')]")
MAX_AGENCY_WORDS = 5
# Byline-block text that is not a credit: buttons, labels, prompts.
NOT_A_CREDIT = re.compile(r"\b(?:share|follow|subscribe|sign|comments?|print|e-?mail|more|read|view|updated|published)\b", re.I)
MAX_CREDIT_CHARS = 150  # a longer "byline" block holds the author's biography or the date line too
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
         r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
# Where the names of a byline line end: a date, a time, "4 Min Read", "on Monday".
NAMES_END = re.compile(rf"\s+(?:updated\b|published\b|posted\b|(?:on\s+)?{WEEKDAY}|{MONTH}\s+\d|\S*\d)", re.I)
# Where a printed credit ends: there, or at a separator, a month, an @handle or e-mail, "About"/"Follow" buttons.
CREDIT_END = re.compile(rf"\s+(?:[|•·—–]|-\s|@|\S+@|about\b|follow\b|{MONTH}\s+\d|updated\b|published\b|posted\b|(?:on\s+)?{WEEKDAY}|\S*\d|"
                        r"(?:full\s+)?bio(?:graphy)?\b|(?:\w+'s\s+)?most recent stories\b|opinions expressed\b)", re.I)
# A photo's credit in an "author" slot: the photographer, not the article's author.
PHOTO_CREDIT = re.compile(r"^(?:photo(?:graph)?s?|image|picture|video|illustration|graphic)s?\b.{0,20}\bby\b|^(?:credit|source)\s*:", re.I)
PHOTO_BLOCK = re.compile(r"img|image|photo|picture|figure|caption|media|gallery|video", re.I)


@dataclass(frozen=True)
class Credit:
    """Who a page credits: the byline as printed and the people it names, in order."""

    byline: Optional[str] = None
    authors: tuple[str, ...] = ()


def _is_name_word(word: str) -> bool:
    bare = word.strip(QUOTES)
    return bool(bare) and (bare[0].isupper() or PARTICLE.match(bare) is not None)


def person_names(byline: str, sitename: Optional[str] = None, sections: Iterable[str] = ()) -> list[str]:
    """The people a byline names: "By Ann Lee and Bo Chan, CNN" -> ["Ann Lee", "Bo Chan"].

    ``sections`` are the page's section names (a frozenset of them is taken as already folded).

    A name is two to five words, each capitalised (or a particle such as "van",
    "de"); e-mail addresses, web addresses, dates, roles ("Staff Writer"), the
    site's name and the page's section names are dropped. One-word bylines are
    dropped too: they are a site, a desk or an initial far more often than a person.
    """
    folded_sections = sections if isinstance(sections, frozenset) else frozenset(_fold(s) for s in sections if s)
    names: list[str] = []
    for piece in NAME_SEPARATOR.split(EMAIL_OR_WEB.sub(" , ", byline)):
        piece = _without_outlet(BYLINE_LEAD.sub("", " ".join(piece.split())).strip(" .:-–—·"), sitename)
        words = piece.split()
        if not 2 <= len(words) <= MAX_NAME_WORDS or NOT_A_NAME.search(piece) or any(ch.isdigit() for ch in piece):
            continue
        while len(words) > 2 and DATE_WORDS.match(words[-1]):  # "Carrie Arnold November" (the day cut off)
            words.pop()
        piece = " ".join(words)
        if all(DATE_WORDS.match(w) for w in words):  # "Wednesday January"
            continue
        if not all(_is_name_word(w) for w in words) or not words[0][0].isupper() or words[0].casefold() == "the":
            continue
        if (sitename and _names_site(piece, sitename)) or _fold(piece) in folded_sections:
            continue
        if piece not in names:
            names.append(piece)
    return names


ROMAN = re.compile(r"^[IVX]+\.?$")  # "Mike Glass III": part of the name


def _without_outlet(piece: str, sitename: Optional[str]) -> str:
    """A byline piece without the outlet printed after the name: "Kevin McCoy USA TODAY" -> "Kevin McCoy".

    The outlet is the site's name, or words in capitals after a name that is not in capitals.
    """
    words = piece.split()
    if sitename and len(words) > 2:
        site = _fold(sitename).split()
        if len(site) < len(words) and [_fold(w) for w in words[-len(site):]] == site:
            words = words[:-len(site)]
    while len(words) > 2 and words[-1].isupper() and len(words[-1]) > 1 and not ROMAN.match(words[-1]) and not words[0].isupper():
        words.pop()
    return " ".join(words)


def _json_authors(items: list[dict]) -> list[str]:
    """The first article object's authors (``author``, else ``creator``): strings, objects or lists of either."""
    names: list[str] = []
    for item in article_objects(items):
        authors = item.get("author") or item.get("creator")
        for author in authors if isinstance(authors, list) else [authors]:
            if isinstance(author, dict):
                author = author.get("name")
            names += as_strings(author)
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
        found |= {text_of(a) for a in nav.iter("a")}
    return found


def _byline_elements(tree) -> list:
    """The article's own byline elements (class "byline"/"author", ``itemprop=author``, ``rel=author``), in page order."""
    found = []
    for element in tree.xpath(BYLINE_XPATH):
        is_author = ("author" in element.get("itemprop", "").split() or "author" in element.get("rel", "").split())
        if (is_author or BYLINE_CLASS.search(element.get("class", ""))) and not other_voice(element) \
                and in_article(element, marked_levels=0) and not _photo_credit(element):
            found.append(element)
    return found


def _photo_credit(element) -> bool:
    """True for a photographer's credit: "Photograph by ...", or an author slot inside a figure or an image block."""
    if PHOTO_CREDIT.match(text_of(element)):
        return True
    for level, node in enumerate(element.iterancestors()):
        if node.tag in ("figure", "figcaption", "picture"):
            return True
        # an image block's own class names it ("ngart-img__cont__author"); a page wrapper far above is no evidence
        if level < 2 and PHOTO_BLOCK.search(f"{node.get('class', '')} {node.get('id', '')}"):
            return True
    return PHOTO_BLOCK.search(element.get("class", "")) is not None


def _by_lines(tree) -> list:
    """Short blocks in the article that read "By Ann Lee ...": bylines a template did not mark with a class."""
    found = []
    for element in tree.xpath("//body//*[self::p or self::div or self::span or self::address or self::li]"):
        if not BY_WORD.match(_first_words(element)):  # cheap test first: most blocks do not start with "By"
            continue
        text = text_of(element)
        if len(text) <= MAX_CREDIT_CHARS and BY_LINE.match(text) and not other_voice(element) \
                and in_article(element, marked_levels=0) and not _photo_credit(element):
            found.append(element)
    return found


def _first_words(element) -> str:
    """The start of an element's text, without reading all of it."""
    for piece in element.itertext():
        if piece.strip():
            return piece.lstrip()
    return ""


def _names_of(element) -> str:
    """A byline element's names: its ``itemprop=name`` if it has one, else its text, up to a date or a reading time."""
    name = element.xpath(".//*[@itemprop='name']")
    text = name[0].get("content") or text_of(name[0]) if name else element.get("content") or text_of(element)
    return NAMES_END.split(text, maxsplit=1)[0]


def _block_names(elements, name_rule) -> list[str]:
    """The people of the first byline element that names one, and of its siblings (one element per author).

    Later byline elements are other boxes (the author's biography, "favourite gear", "Full Bio" links): not read.
    """
    for index, element in enumerate(elements):
        names = name_rule(_names_of(element))
        if not names:
            continue
        parent = element.getparent()
        for sibling in elements[index + 1:]:
            if sibling.getparent() is parent:
                names += [n for n in name_rule(_names_of(sibling)) if n not in names]
        return names
    return []


def _reporters(tree, name_rule) -> list[str]:
    """The reporters a wire story's closing credit names ("(Reporting by Ann Lee; Editing by Bo Chan)")."""
    names: list[str] = []
    for paragraph in tree.xpath("//body//p"):
        if other_voice(paragraph):
            continue
        for found in REPORTING_BY.finditer(text_of(paragraph)):
            reporters = PLACE_AFTER_NAME.sub("", found.group("names"))  # "Bo Chan in New York"
            names += [n for n in name_rule(reporters) if n not in names]
    return names


def _credit_text(element) -> str:
    return CREDIT_END.split(text_of(element), maxsplit=1)[0].strip(" |•·-–—,:")


def _printed_credit(elements, by_lines, authors: list[str]) -> Optional[str]:
    """The byline as the page prints it: the outermost short byline block naming the first author.

    Without authors, a marked byline block that reads as a credit ("By: CNN Wire",
    "Reuters") is one; an unmarked line is not ("By using this site you agree ...").
    """
    texts = [(element, _credit_text(element)) for element in elements + by_lines]
    texts = [(element, text) for element, text in texts if text and len(text) <= MAX_CREDIT_CHARS]
    if authors:
        printed = next((text for _, text in texts if _fold(authors[0]) in _fold(text)), None)
        return _without_author_box(printed, authors[0]) if printed else None
    credits = [text for _, text in texts if BYLINE_LEAD.match(text) and _agency_credit(text)]
    credits += [text for element, text in texts if element not in by_lines and _agency_credit(text)]
    return credits[0] if credits else None


def _without_author_box(credit: str, author: str) -> str:
    """The credit up to where the author's box begins: the name printed again ("By Ann Lee Ann Lee Reporter ...")."""
    first = re.search(re.escape(author), credit, re.I)
    again = re.search(re.escape(author), credit[first.end():], re.I) if first else None
    return credit[:first.end() + again.start()].strip(" |•·-–—,:") if again else credit


def _agency_credit(text: str) -> bool:
    """"By: CNN Wire", "Reuters", "By Staff Reports": a short credit that names no person."""
    words = BYLINE_LEAD.sub("", text).split()
    return 0 < len(words) <= MAX_AGENCY_WORDS and words[0][:1].isupper() and not NOT_A_CREDIT.search(text)


def _as_printed(name: str, credit: Optional[str]) -> str:
    """A name in CAPITALS ("LISA MASCARO", from a JSON-LD or meta tag) as the credit prints it, else capitalised."""
    if not name.isupper():
        return name
    if credit:
        found = re.search(re.escape(name), credit, re.I)
        if found and not found.group(0).isupper():
            return found.group(0)
    return re.sub(r"[^\W\d_]+", lambda word: word.group(0).capitalize(), name)  # "LYNNE O'DONNELL" -> "Lynne O'Donnell"


def page_credit(tree, sitename: Optional[str] = None, extracted: Optional[str] = None) -> Credit:
    """Who the article credits: its printed byline and the people it names, from the first witness that names one."""
    sections = frozenset(_fold(s) for s in _sections(tree) if s)  # folded once, not for every byline read
    # The publisher and copyright holder ("Condé Nast") sit in the author tag of some templates: never a person here.
    owners = [*meta_contents(tree, "copyright", "dc.rights", "og:site_name"), *_json_publishers(tree)]

    def people(text: str) -> list[str]:
        return [n for n in person_names(text, sitename, sections) if not any(_fold(n) in _fold(o) for o in owners)]

    elements, by_lines = _byline_elements(tree), _by_lines(tree)
    witnesses = (
        lambda: people(" , ".join(_json_authors(json_ld(tree)))),
        lambda: _block_names(elements, people),
        lambda: people(" , ".join(meta_contents(tree, "author", "article:author", "byl", "sailthru.author",
                                                "parsely-author", "dc.creator"))),
        lambda: _block_names(by_lines, people),
        lambda: people((extracted or "").replace(";", ",")),
        lambda: _reporters(tree, people),
    )
    authors: list[str] = []
    for witness in witnesses:
        authors = witness()
        if authors:
            break
    printed = _printed_credit(elements, by_lines, authors)
    if printed:
        # The printed byline names every author where a tag names only the first ("By Ann Lee, Bo Chan and Cy Diaz").
        shown = people(printed)
        if len(shown) > len(authors) and all(any(_fold(a) == _fold(s) for s in shown) for a in authors):
            authors = shown
    authors = [_as_printed(a, printed) for a in authors]
    return Credit(byline=printed or ", ".join(authors) or None, authors=tuple(authors))


def page_authors(tree, sitename: Optional[str] = None, extracted: Optional[str] = None) -> list[str]:
    """The article's authors, in order (see :func:`page_credit`)."""
    return list(page_credit(tree, sitename, extracted).authors)
