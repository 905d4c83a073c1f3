"""A saved page's body lines that are the site talking, not the article: prompts, copyright, contact lines, other stories.

trafilatura keeps the main column's text, and on many templates that column
ends with the site's own lines: a newsletter or app prompt ("Sign up for ...",
"CLICK HERE TO GET THE ... APP"), "Follow X on Twitter", a copyright line, the
reporter's e-mail address, the story's credits ("(Reporting by ...; Editing by
...)", "... contributed to this report", "SOURCE: News agencies"), "(END)", a
"Comments" label, a "Loading ..." stub, and a "You may also like" box with other
stories' headlines. Read as
sentences they give junk actors ("Cable News Network"), figures ("© 2019") and
people ("Follow ONE Esports"). The rules are a short list of prompts every
newsroom CMS prints, written here because trafilatura has no option that
drops them without also dropping article paragraphs (``favor_precision``
lost body text on the benchmark pages: see ``benchmarks/readers_eval.py``).
"""

from __future__ import annotations

import re
import unicodedata

# A line that is a prompt, a copyright notice, a contact line or a label, as a whole.
SITE_LINE = re.compile(
    r"^(?:"
    r"(?:sign up\b(?=.*\b(?:newsletters?|inbox|our|alerts|updates)\b)|subscribe|click here|tap here|download the .{1,30} app|"
    r"get (?:the )?.{1,40}\b(?:app|newsletters?)\b)\b.*|"
    r"(?:get|have) .{1,60}\b(?:in|to) your inbox\b.*|get .{1,60} delivered\b.*|"
    r".{0,80}\?\s*sign up\b.*|you can (?:also )?subscribe\b.*|there's plenty more where that came from\b.*|"
    r"(?:follow|like) (?:us|@?\w[\w.&' -]{0,40}?) on (?:twitter|facebook|instagram|youtube|linkedin|tiktok)\b.*|"
    r"(?:™\s*&\s*)?(?:©|\(c\)\s|copyright\s*(?:©\s*)?(?:\d{4}\b|\w\S*\s.{0,40}?\d{4}\b)).{0,200}|.{0,120}\ball rights reserved\b.{0,120}|"
    r"(?:write to|contact|email|e-mail|reach) [^@\n]{1,60} at \S+@\S+\.\w+\W*|\S+@\S+\.\w+|"
    r"\(end\)|-+\s*end\s*-+|comments?|\d+\s+comments?|loading\b[^.]{0,40}\.\.\.|tell us what you think\W*|"
    r"main image credit:.{1,60}|(?:top|main|header) image:.{1,60}|originally published (?:on|in|by) .{1,60}|"
    # the story's own credits: its contributors and editors are not people in the news
    r"\(?\s*(?:additional )?reporting by .*|.*\bcontributed (?:to )?(?:this )?(?:report|story)(?:ing)?\W*|"
    r"(?:edited|compiled) by [A-Z].{0,80}|-+\s*by [A-Z].{0,80}|source:\s.{1,60}|with (?:\w+ )?wires?\W*"
    r")$", re.I)
MAX_SITE_LINE_WORDS = 40  # a prompt or notice is short; a long paragraph that starts "Subscribe ..." is the article's
# A box of other stories: this heading, then their headlines.
OTHER_STORIES = re.compile(r"^(?:you (?:may|might) also like|popular on .{1,40}|more from .{1,40}|more (?:\S+ ){0,3}stories|"
                           r"recommended(?: for you| stories)?|more must-reads? from .{1,40}|related(?: stories| articles| coverage| content)?|"
                           r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?|what to read next|"
                           r"read next|elsewhere on .{1,40})\W*$", re.I)
MAX_HEADLINE_WORDS = 15  # a line after such a heading that is longer is the article again


# A sentence that closes a paragraph with a prompt: "Follow him on Twitter @annlee.", "Original article on Space.com."
PROMPT_SENTENCE = re.compile(
    r"^(?:(?:follow|reach|find|visit|like|join) (?:us|him|her|them|me|the (?:reporters?|authors?|writers?)|@?\w[\w.&' -]{0,40}?)"
    r"(?: on| at| via)? (?:twitter|facebook|instagram|youtube|linkedin|tiktok|@\w+|https?://\S+)\b.*|"
    r"original article on .{1,40}|let us know .{0,60}\bcomments\b.*|"
    r"(?:email|e-mail|contact|write to) [^@]{1,60}\bat \S+@\S+.*|[^@]{1,60}\b(?:may|can) be reached at \S+@\S+.*|"
    r"(?:have|got) a (?:news )?tip\?)$", re.I)
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def without_closing_prompts(line: str) -> str:
    """A paragraph without the prompts that close it ("... is out now. Follow him on Twitter @annlee.")."""
    sentences = SENTENCE_END.split(line)
    while sentences and PROMPT_SENTENCE.match(sentences[-1].strip()):
        sentences.pop()
    return " ".join(sentences)


def site_line(line: str) -> bool:
    """True for a line a site prints under every article: a prompt, a notice, a contact line, a label."""
    return len(line.split()) <= MAX_SITE_LINE_WORDS and SITE_LINE.match(line.strip()) is not None


def linked_lines(tree) -> frozenset[str]:
    """Texts of the page's paragraphs, list items and headings that are one link to another page, as a whole.

    In the body these are other stories' headlines ("SEAN SPICER ELIMINATED FROM
    'DANCING WITH THE STARS'", a list of "15 Amazing Images of Stars") and
    prompts ("CLICK FOR FULL RESULTS"): a sentence of the article is never all
    one link.
    """
    found = set()
    for block in tree.xpath("//body//*[self::p or self::li or self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
                            "[.//a[@href]]"):
        links = block.xpath(".//a[@href]")
        if len(links) != 1 or OWN_PAGE.match(links[0].get("href", "").strip()):
            continue
        text = " ".join(" ".join(block.itertext()).split())
        if len(text.split()) >= MIN_LINKED_WORDS and text == " ".join(" ".join(links[0].itertext()).split()):
            found.add(text)
    return frozenset(found)


def listed_stories(tree) -> frozenset[str]:
    """Texts of the items of a list headed "More Great WIRED Stories", "Related", "Most read" (``OTHER_STORIES``).

    The heading is the list's previous element, often a ``<div>`` that
    trafilatura leaves out while it keeps the list; each item then reads as a
    paragraph ("How Facebook gets the First Amendment backward") though only
    part of it is the link.
    """
    found = set()
    for items in tree.xpath("//body//*[self::ul or self::ol]"):
        heading = items.getprevious()
        while heading is not None and not isinstance(heading.tag, str):  # comments and processing instructions
            heading = heading.getprevious()
        if heading is None or len(" ".join(heading.itertext()).split()) > MAX_HEADING_WORDS:
            continue
        if OTHER_STORIES.match(" ".join(" ".join(heading.itertext()).split())):
            found.update(text for item in items.iter("li") if (text := " ".join(" ".join(item.itertext()).split())))
    return frozenset(found)


MAX_HEADING_WORDS = 8


OWN_PAGE = re.compile(r"^(?:#|javascript:|mailto:)|\.(?:jpe?g|png|gif|webp)(?:\?|#|$)", re.I)
MIN_LINKED_WORDS = 3  # "Home", "Sport": navigation, never read as body sentences anyway


def spaceless(text: str) -> str:
    """A line without spaces, symbols and format characters, to compare an element's text with trafilatura's line.

    The two differ in spacing ("data ; plus" where a link ends before the
    semicolon) and in emoji and their joiners, never in letters, digits or
    punctuation.
    """
    return "".join(ch for ch in text if not ch.isspace() and unicodedata.category(ch) not in ("So", "Sk", "Cf", "Mn"))


def article_lines(lines: list[str], teasers: frozenset[str] = frozenset()) -> tuple[list[str], list[str]]:
    """(the article's lines, other stories' headlines): site lines and boxes of other stories taken out.

    After a heading such as "You may also like" or "Popular on IndieWire", the
    short lines that follow are the box's headlines; the first long line is the
    article again. ``teasers`` are lines that are one link to another page
    (:func:`linked_lines`): other stories' headlines wherever they stand.
    """
    kept: list[str] = []
    others: list[str] = []
    in_box = False
    teaser_words = {spaceless(t) for t in teasers} - {""}
    for line in lines:
        if OTHER_STORIES.match(line):
            in_box = True
            continue
        if line in teasers or spaceless(line) in teaser_words:
            if not site_line(line):  # a prompt in a list of links is still no other story's headline
                others.append(line)
            continue
        if in_box and len(line.split()) <= MAX_HEADLINE_WORDS and not site_line(line):
            others.append(line)
            continue
        in_box = False
        line = without_closing_prompts(line)
        if line and not site_line(line):
            kept.append(line)
    return kept, others
