"""A vote is two counts: how many voted each way ("passed 337-80"), not a score and not one number."""

from __future__ import annotations

import pytest

from factarchive.model import Figure

from .extraction_helpers import figures_of, figures_tagged


@pytest.mark.parametrize("sentence, tags, counts", [
    ("The bill passed 337-80.", [("337-80", "DATE")], [(337, "337"), (80, "80")]),
    ("The amendment, which passed 271-147, would help.", [("271", "CARDINAL")], [(271, "271"), (147, "147")]),
    ("By a 6-4 margin, the negotiators rejected it.", [("6", "CARDINAL")], [(6, "6"), (4, "4")]),
    ("The workers ended the strike after voting 589 to 193.", [("589", "CARDINAL"), ("193", "CARDINAL")],
     [(589, "589"), (193, "193")]),
])
def test_a_vote_is_two_counts_of_votes(nlp, sentence, tags, counts):
    assert [(f.value, f.text, f.counts, f.value_max) for f in figures_tagged(nlp, sentence, tags)] == [
        (value, text, "votes", None) for value, text in counts]


def test_a_result_near_a_vote_is_still_no_figure(nlp):
    assert figures_tagged(nlp, "They won the match 3-1 in a vote of confidence.", [("3", "CARDINAL")]) == []


def test_a_vote_keeps_its_sentence(nlp):
    s = "The union vote to reject the proposed pact was 230-215."
    assert figures_of(nlp, s) == [Figure(id="", value=230, text="230", counts="votes", evidence=(s,)),
                                  Figure(id="", value=215, text="215", counts="votes", evidence=(s,))]
