"""Figure and caption ids come from what the fact is, not from where it stands among the others (issue 12)."""

from __future__ import annotations

import hashlib
import re

import pytest

from factarchive.extract import captions, figures
from factarchive.model import Figure, RawCaption

CONVOY = "A convoy of 30 Turkish military vehicles entered Idlib on Sunday, a monitor said."
GEARS = "The group said 2,980 military gears entered Idlib since March 5."
DISPLACED = "The conflict has displaced nearly a million people in three months."
SOLDIERS = "The convoy also carried 400 soldiers, the monitor said."

FIGURE_ID = re.compile(r"^f-[0-9a-f]{8}(-[0-9]+)?$")


def _found(text: str, sentence: str, value, counts: str, block: int = 1) -> figures.Found:
    figure = Figure(id="", value=value, text=text, counts=counts, evidence=(sentence,))
    start = sentence.index(text)
    return figures.Found(figure, f"{value}|None|None|{counts.lower()}", block, start, start + len(text))


def _ids(found: list[figures.Found]) -> list[tuple[str, str]]:
    return [(f.id, f.text) for f in figures.number_figures(found)]


def _sha(content: str) -> str:
    return hashlib.sha256(content.encode("utf-8")).hexdigest()[:8]


def test_figure_id_is_its_sentence_with_the_number_marked():
    # The content hashed: the sentence case folded, the printed figure replaced by NUL where it stands (each side's spacing trimmed).
    content = "the group said\0military gears entered idlib since march 5."
    assert figures.figure_content("2,980", GEARS) == content
    assert figures.figure_ids([("2,980", GEARS)]) == ["f-" + _sha(content)] == ["f-8c0c3294"]


def test_exact_ids_of_an_article():
    found = [_found("30", CONVOY, 30, "Turkish military vehicles"), _found("2,980", GEARS, 2980, "military gears"),
             _found("nearly a million", DISPLACED, 1000000, "people")]
    assert _ids(found) == [("f-a28ed44a", "30"), ("f-8c0c3294", "2,980"), ("f-174b2dab", "nearly a million")]


def test_ids_do_not_move_when_a_figure_is_found_earlier_or_lost():
    """The reproduction of issue 12: one more figure before the corrected one leaves its id as it was."""
    before = _ids([_found("30", CONVOY, 30, "vehicles"), _found("nearly a million", DISPLACED, 1000000, "people")])
    added = _ids([_found("30", CONVOY, 30, "vehicles"), _found("400", SOLDIERS, 400, "soldiers"),
                  _found("nearly a million", DISPLACED, 1000000, "people")])
    lost = _ids([_found("nearly a million", DISPLACED, 1000000, "people")])
    assert before == [("f-a28ed44a", "30"), ("f-174b2dab", "nearly a million")]
    assert added == [("f-a28ed44a", "30"), ("f-c8f55416", "400"), ("f-174b2dab", "nearly a million")]
    assert lost == [("f-174b2dab", "nearly a million")]


def test_a_number_the_article_corrects_keeps_its_id():
    """The same sentence with another number is the same fact, so an editor's fix of it meets the new number as a conflict."""
    corrected = GEARS.replace("2,980", "3,100")
    assert figures.figure_ids([("2,980", GEARS)]) == figures.figure_ids([("3,100", corrected)]) == ["f-8c0c3294"]


def test_ids_are_ascii_short_and_usable_as_anchors():
    ids = figures.figure_ids([("30", CONVOY), ("2,980", GEARS), ("30", "Überall 30 Fahrzeuge.")])
    assert [bool(FIGURE_ID.match(i)) for i in ids] == [True, True, True]
    assert [len(i) for i in ids] == [10, 10, 10]


def test_identical_figures_get_a_numbered_repeat_in_article_order():
    # "30 tanks and 30 trucks": both mark the first "30" of one sentence, so the second is the repeat.
    sentence = "The army sent 30 tanks and 30 trucks."
    assert figures.figure_ids([("30", sentence), ("30", sentence), ("30", sentence)]) == [
        "f-783a1bbc", "f-783a1bbc-2", "f-783a1bbc-3"]
    assert _ids([_found("30", sentence, 30, "tanks"), _found("30", sentence, 30, "trucks")]) == [
        ("f-783a1bbc", "30"), ("f-783a1bbc-2", "30")]


def test_repeats_of_one_figure_are_one_fact_with_the_first_sentence_as_its_id():
    headline = "30 Turkish military vehicles enter Idlib"
    found = [_found("30", headline, 30, "Turkish military vehicles", block=0),
             _found("30", CONVOY, 30, "Turkish military vehicles")]
    [figure] = figures.number_figures(found)
    assert (figure.id, figure.evidence) == (figures.figure_ids([("30", headline)])[0], (headline, CONVOY))
    assert figure.id == "f-b3770977"


@pytest.mark.parametrize("text, sentence, content", [
    ("2", "Police counted 2,980 cars or 2 lorries.", "police counted 2,980 cars or\0lorries."),  # not inside 2,980
    ("1", "Rates rose 1.5 points to 1 per cent.", "rates rose 1.5 points to\0per cent."),  # not inside 1.5
    ("30", "  Thirty  SOLDIERS\nand 30 tanks.", "thirty soldiers and\0tanks."),  # spacing and case
    ("a dozen", "Twelve men left.", "a dozen\0twelve men left."),  # not printed as found: both kept
])
def test_figure_content(text, sentence, content):
    assert figures.figure_content(text, sentence) == content


@pytest.mark.parametrize("text, sentence", [
    ("2", "Police counted 2,980 cars or 2 lorries."), ("1", "Rates rose 1.5 points to 1 per cent."),
    ("5", "x5 and 5.5 but 5, then 5"), ("5", "5.x and _5 and 5_"), ("3", "٣3 and 3٣ and 3²"), ("1.2", "1.2.1.2 1.2"),
    ("10", "1010 10"), ("$5", "a $5, b $5.5"), ("7", ""), ("4", "4"),
])
def test_where_a_figure_stands_alone_is_where_the_regular_expression_finds_it(text, sentence):
    """figures.standing_alone is the pattern figure ids were first made with, written out (one pattern per figure
    overflowed the re module's cache): same position on every case, Unicode digits and word characters included."""
    found = re.search(r"(?<![\w.,])" + re.escape(text) + r"(?![\w]|[.,]\d)", sentence)
    assert figures.standing_alone(text, sentence) == (found.span() if found else None)


def test_caption_id_is_its_text_and_credit():
    assert captions.caption_ids([("Damaged shops in Saraqib.", "AFP")]) == ["c-" + _sha("damaged shops in saraqib.\0afp")]
    assert captions.caption_ids([("Damaged shops in Saraqib.", "AFP")]) == ["c-2d054404"]
    assert captions.caption_ids([("Damaged shops in Saraqib.", None)]) == ["c-" + _sha("damaged shops in saraqib.\0")]


def test_caption_ids_are_stable_and_unique():
    shops, speech = ("Damaged shops in Saraqib.", "AFP"), ("Erdogan (L) makes a speech.", "Reuters")
    assert captions.caption_ids([shops, speech]) == ["c-2d054404", "c-8e70ba86"]
    assert captions.caption_ids([speech]) == ["c-8e70ba86"]  # a photo lost before it: same id
    # One photo printed twice reads as one (unique_captions); two that hash alike are told apart in order.
    assert captions.caption_ids([shops, ("damaged  shops in Saraqib.", "afp")]) == ["c-2d054404", "c-2d054404-2"]
    assert captions.unique_captions([RawCaption(*shops), RawCaption("damaged  shops in Saraqib.", "afp")]) == (
        RawCaption(*shops),)


def test_build_caption_gives_the_content_id_whatever_its_place():
    class Doc:
        ents = ()

    built = [captions.build_caption(n, RawCaption("Damaged shops in Saraqib.", "AFP"), Doc(), [], []) for n in (1, 2)]
    assert [c.id for c in built] == ["c-2d054404", "c-2d054404"]
