"""A saved page's body as the page itself marks it: a body printed in parts, a reading that runs outside the article."""

from __future__ import annotations

from pathlib import Path

import lxml.html

from factarchive.readers.html_page import article_text, parse_html
from factarchive.readers.page_structure import article_elements, body_parts
from factarchive.readers.page_text import article_lines, listed_stories, spaceless

FIRST = ["The river council met on Monday to decide how the new bridge over the valley will be paid for this year.",
         "Its members agreed that the town and the county will share the cost of the work in equal parts from spring.",
         "Builders expect the first lane of the bridge to open to cars and buses before the end of the next winter."]
SECOND = ["Shopkeepers on the east bank said the closed road had cost them customers for most of the last two summers.",
          "The council will publish the contract for the work in March, once the county has approved its part of it.",
          "A ferry will carry walkers across the river every half hour until the bridge is open to the public again."]
TITLE = "Council agrees how to pay for the new bridge"


def paragraphs(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def page(article: str, around: str = "") -> str:
    return (f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>Home</a></nav>{article}{around}"
            "<footer>Copyright 2019 The Valley News</footer></body></html>")


def split_page(follow: str = "") -> str:
    """An article printed in two parts of one kind, an advertisement slot after each (Wired's 2019 template); ``follow`` ends the last part."""
    return page(f"<article class='story'><h1>{TITLE}</h1><div class='chunks'>"
                f"<div class='grid'><div class='body article__body'>{paragraphs(FIRST)}</div><div class='ad-rail'>Advertisement</div></div>"
                f"<div class='grid'><div class='body article__body'>{paragraphs(SECOND)}{follow}</div><div class='ad-rail'>Advertisement</div></div>"
                "</div></article>")


def read(html: str) -> tuple[str, ...]:
    return parse_html(Path("page.html"), html)["paragraphs"]


def test_a_body_printed_in_parts_of_one_kind_is_read_whole():
    assert read(split_page()) == tuple(FIRST + SECOND)


def test_a_later_parts_text_before_its_first_paragraph_is_read_with_it():
    html = page(f"<article class='story'><h1>{TITLE}</h1><div class='chunks'>"
                f"<div class='grid'><div class='body article__body'>{paragraphs(FIRST)}</div><div class='ad-rail'>Advertisement</div></div>"
                f"<div class='grid'><div class='body article__body'>{SECOND[0]}{paragraphs(SECOND[1:])}</div>"
                "<div class='ad-rail'>Advertisement</div></div></div></article>")
    assert read(html) == tuple(FIRST + SECOND)


def test_the_parts_are_the_first_paragraphs_element_and_its_kind_in_the_same_article():
    tree = lxml.html.fromstring(split_page())
    parts = body_parts(tree, FIRST)
    assert [(p.tag, p.get("class"), len(p.findall("p"))) for p in parts] == [
        ("div", "body article__body", 3), ("div", "body article__body", 3)]


def test_parts_of_another_article_are_not_joined():
    other = (f"<article class='next'><div class='body article__body'>{paragraphs(SECOND)}</div></article>")
    html = page(f"<article class='story'><h1>{TITLE}</h1><div class='body article__body'>{paragraphs(FIRST)}</div></article>",
                around=other)
    tree = lxml.html.fromstring(html)
    assert [p.getparent().get("class") for p in body_parts(tree, FIRST)] == ["story"]
    assert read(html) == tuple(FIRST)


def test_an_element_without_a_class_or_outside_any_article_has_no_parts():
    bare = lxml.html.fromstring(page(f"<div><div>{paragraphs(FIRST)}</div><div>{paragraphs(SECOND)}</div></div>"))
    assert body_parts(bare, FIRST) == []
    classed = lxml.html.fromstring(page(f"<div class='col'><div class='text'>{paragraphs(FIRST)}</div>"
                                        f"<div class='text'>{paragraphs(SECOND)}</div></div>"))
    assert body_parts(classed, FIRST) == []
    assert body_parts(classed, ["Too short to tell where it stands."]) == []


def test_a_list_headed_more_stories_after_the_parts_is_other_stories():
    follow = ("<div class='heading-h3'>More Great Valley Stories</div><ul>"
              "<li>The strange life of <a href='/story/ferry'>the last ferry captain</a></li>"
              "<li>How the county <a href='/story/budget'>spends its road budget</a></li>"
              "<li>Want the news first? <a href='/newsletter'>Sign up for our newsletters</a></li></ul>")
    result = parse_html(Path("page.html"), split_page(follow))
    assert result["paragraphs"] == tuple(FIRST + SECOND)
    assert result["related"] == ("The strange life of the last ferry captain", "How the county spends its road budget")


def test_listed_stories_need_the_heading_right_before_the_list():
    tree = lxml.html.fromstring("<html><body><h3>Related</h3><ul><li>Bridge opens to buses</li><li>Ferry runs late</li></ul>"
                                "<p>Shops on the bank</p><ul><li>Not headed as other stories</li></ul>"
                                "<div>Most Read</div><!-- box --><ol><li>Council meets</li></ol></body></html>")
    assert listed_stories(tree) == frozenset({"Bridge opens to buses", "Ferry runs late", "Council meets"})


def test_a_teaser_line_matches_however_the_page_spaces_it_and_a_prompt_among_teasers_is_no_headline():
    teasers = frozenset({"\U0001f441 A safer way to protect your data ; plus, the latest news", "Sign up for our newsletters"})
    kept, others = article_lines(["A safer way to protect your data; plus, the latest news", "Sign up for our newsletters",
                                  "Dare to Play 3:"], teasers | {"Dare to Play 3"})
    assert (kept, others) == (["Dare to Play 3:"], ["A safer way to protect your data; plus, the latest news"])
    assert spaceless("data ; plus \U0001f3c3\U0001f3fd\u200d\u2640\ufe0f now") == "data;plusnow"


REPRINTS = ("<div class='box'><p>Order Reprints</p><p>Print Article</p>"
            "<p>This copy is for your personal use only. To order copies for your colleagues, clients or customers, "
            "please write to the desk.</p><p>An error has occurred, please try again later.</p><p>Thank you</p></div>")


def test_a_reading_that_runs_outside_the_article_body_is_read_from_the_body_alone():
    html = page(f"<div class='article-content'><h1>{TITLE}</h1><div itemprop='articleBody'>{paragraphs(FIRST)}</div>"
                f"{REPRINTS}</div>")
    assert read(html) == tuple(FIRST)


def test_a_body_printed_twice_is_read_once():
    body = f"<div itemprop='articleBody'>{paragraphs(FIRST + SECOND)}</div>"
    html = page(f"<div class='article-content'><h1>{TITLE}</h1>{body}<div class='mobile'>{body}</div></div>")
    assert [e.get("itemprop") for e in article_elements(lxml.html.fromstring(html))] == ["articleBody"]
    assert read(html) == tuple(FIRST + SECOND)


def test_the_article_element_is_not_read_alone_when_it_holds_another_story_or_too_little():
    # The page's only <article> is a card for another story: its text is not in the reading, which stays.
    card = "<article class='card'><p>" + " ".join(["Another story about the county fair and its prize cattle."] * 3) + "</p></article>"
    html = page(f"<div class='article-content'><h1>{TITLE}</h1>{paragraphs(FIRST + SECOND)}</div>", around=card)
    assert read(html) == tuple(FIRST + SECOND)
    # The marked element holds one short line of the article: under 15 words is no article, the reading stays.
    text = "\n".join(FIRST + SECOND)
    short = lxml.html.fromstring(page(f"<div><span itemprop='articleBody'>Bridge deal agreed.</span>{paragraphs(FIRST + SECOND)}</div>"))
    assert article_text(short, text) == text


def test_article_elements_outermost_marked_then_largest_article_never_other_voices():
    marked = lxml.html.fromstring("<html><body><div itemprop='articleBody' id='a'><div itemprop='articleBody' id='b'>x</div></div>"
                                  "<div class='comments'><div itemprop='articleBody' id='c'>y</div></div>"
                                  "<div itemprop='mainEntity articleBody' id='d'>z</div><article id='e'>long text here</article></body></html>")
    assert [e.get("id") for e in article_elements(marked)] == ["a", "d"]
    articles = lxml.html.fromstring("<html><body><article id='a'>short</article><article id='b'>a longer article text"
                                    "<article id='c'>a nested one that is longer than all the others together</article></article>"
                                    "<aside><article id='d'>an aside's article, the longest of them all by far, never read</article></aside>"
                                    "</body></html>")
    assert [e.get("id") for e in article_elements(articles)] == ["b"]
    assert article_elements(lxml.html.fromstring("<html><body><p>none</p></body></html>")) == []


def test_a_live_blogs_posts_of_about_one_size_are_all_the_article():
    posts = "".join(f"<article class='post'>{paragraphs(pair)}</article>" for pair in (FIRST[:2], SECOND[:2], [FIRST[2], SECOND[2]]))
    teaser = "<article class='card'><p><a href='/ferry'>Ferry timetable for the winter</a></p></article>"
    html = page(f"<h1>{TITLE}</h1><div class='live-blog'>{posts}</div>{teaser}")
    assert [e.get("class") for e in article_elements(lxml.html.fromstring(html))] == ["post", "post", "post"]
    assert read(html) == (FIRST[0], FIRST[1], SECOND[0], SECOND[1], FIRST[2], SECOND[2])


def test_a_part_of_the_same_kind_among_comments_is_not_joined():
    comment = ("<div class='comments'><div class='body article__body'><p>I have waited for this bridge for twenty years "
               "and I will believe it when I drive across it myself.</p></div></div>")
    html = page(f"<article class='story'><h1>{TITLE}</h1><div class='body article__body'>{paragraphs(FIRST)}</div>"
                f"{comment}</article>")
    tree = lxml.html.fromstring(html)
    assert len(body_parts(tree, FIRST)) == 1
    assert read(html) == tuple(FIRST)
