"""The gold-set converters of benchmarks/evaluate.py: tokens back to text with offsets, spans, seeds the readers read."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import CORPUS, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import evaluate_gold  # noqa: E402
from evaluate_gold import GoldDoc, Span  # noqa: E402

IEER_STORY = """<DOC>
<DOCNO> APW19980314.0391 </DOCNO>
<DATE_TIME> 03/14/1998 10:36:00 </DATE_TIME>
<BODY>
<HEADLINE>
Kenyans protest tax hikes
</HEADLINE>
<TEXT>
\t   <b_enamex type="LOCATION">NAIROBI<e_enamex>, <b_enamex type="LOCATION">Kenya<e_enamex> (<b_enamex type="ORGANIZATION">AP<e_enamex>) _ <b_numex type="CARDINAL">Thousands<e_numex> of
laborers protested on <b_timex type="DATE">Saturday<e_timex>.
\t   <b_enamex type="ORGANIZATION" status="opt">Finance<e_enamex> Minister <b_enamex type="PERSON">Simeon Nyachae<e_enamex> of <b_enamex type="ORGANIZATION">Barnes &amp; Noble<e_enamex> paid <b_numex type="MONEY">$5<e_numex> for <b_numex type="MEASURE">3 miles<e_numex>.
<ANNOTATION>
\t   (STORY CAN END HERE)
</ANNOTATION>
</TEXT></BODY>
</DOC>
"""

CONLL = """SOCCER NNP I-NP O
- : O O
ARSENAL NNP I-NP I-ORG
WIN NNP I-NP O
. . O O

LONDON NNP I-NP I-LOC
1996-08-30 CD I-NP O

Dutch JJ I-NP I-MISC
striker NN I-NP O
Dennis NNP I-NP I-PER
Bergkamp NNP I-NP I-PER
( ( O O
Arsenal NNP I-NP I-ORG
) ) O O
scored VBD I-VP O
. . O O

-DOCSTART- -X- O O

Kenya NNP I-NP I-LOC
Kenya NNP I-NP B-LOC
won VBD I-VP O
" " O O
big JJ I-NP O
" " O O
. . O O

-DOCSTART- -X- O O
"""

ONTONOTES = """-DOCSTART- nw/wsj/00/wsj_0001 part 000

Iraqi B-NORP
officials O
in O
Asia B-LOC
- I-LOC
Pacific I-LOC
paid O
$ B-MONEY
40 I-MONEY
million I-MONEY
-LRB- O
5 B-PERCENT
% I-PERCENT
-RRB- O
. O

`` O
Fine O
, O
'' O
said O
Mr. O
Maliki B-PERSON
's O
aide O
. O
"""


def test_conll_tokens_become_text_with_every_token_offset():
    text, offsets = evaluate_gold.detokenize(["Phil", "Simmons", "took", "four", "for", "38", "(", "1-2", ")", ",", '"', "great",
                                              '"', "said", "Kenya", "'s", "boss", "-", "not", "Lara", "."])
    assert text == 'Phil Simmons took four for 38 (1-2), "great" said Kenya\'s boss - not Lara.'
    assert offsets == [(0, 4), (5, 12), (13, 17), (18, 22), (23, 26), (27, 29), (30, 31), (31, 34), (34, 35), (35, 36),
                       (37, 38), (38, 43), (43, 44), (45, 49), (50, 55), (55, 57), (58, 62), (63, 64), (65, 68), (69, 73),
                       (73, 74)]


def test_ontonotes_tokens_join_hyphens_and_turn_brackets_and_quotes_back():
    tokens = ["The", "Asia", "-", "Pacific", "-LRB-", "AP", "-RRB-", "``", "rose", "$", "40", "million", "or", "5", "%", "''",
              "--", "workers", "'", "pay", "is", "n't", "."]
    text, offsets = evaluate_gold.detokenize(tokens, join_hyphens=True)
    assert text == "The Asia-Pacific (AP) \"rose $40 million or 5%\" -- workers' pay isn't."
    assert [text[s:e] for s, e in offsets] == ["The", "Asia", "-", "Pacific", "(", "AP", ")", '"', "rose", "$", "40", "million",
                                               "or", "5", "%", '"', "--", "workers", "'", "pay", "is", "n't", "."]


def test_iob1_and_bio_tags_give_the_same_spans():
    assert evaluate_gold.bio_spans(["I-PER", "I-PER", "B-PER", "O", "I-LOC", "I-ORG"]) == [
        ("PER", 0, 2), ("PER", 2, 3), ("LOC", 4, 5), ("ORG", 5, 6)]
    assert evaluate_gold.bio_spans(["B-GPE", "I-GPE", "B-GPE", "I-MONEY", "O"]) == [("GPE", 0, 2), ("GPE", 2, 3), ("MONEY", 3, 4)]


def test_conll_documents_headline_first_misc_neutral_and_no_docstart_at_the_top(tmp_path):
    path = tmp_path / "dev.txt"
    path.write_text(CONLL, encoding="utf-8")
    first, second = evaluate_gold.read_conll(path)
    assert first == GoldDoc(
        docid="doc0001",
        blocks=("SOCCER - ARSENAL WIN.", "LONDON 1996-08-30", "Dutch striker Dennis Bergkamp (Arsenal) scored."),
        spans=(Span("ORG", 0, 9, 16, "ARSENAL"), Span("LOC", 1, 0, 6, "LONDON"),
               Span("MISC", 2, 0, 5, "Dutch", optional=True), Span("PERSON", 2, 14, 29, "Dennis Bergkamp"),
               Span("ORG", 2, 31, 38, "Arsenal")),
    )
    assert second == GoldDoc("doc0002", ('Kenya Kenya won "big".',), (Span("LOC", 0, 0, 5, "Kenya"), Span("LOC", 0, 6, 11, "Kenya")))


def test_ontonotes_documents_get_a_neutral_headline_gpe_loc_fac_as_places_and_norp_neutral(tmp_path):
    path = tmp_path / "dev.txt"
    path.write_text(ONTONOTES, encoding="utf-8")
    (doc,) = evaluate_gold.read_ontonotes(path)
    assert doc == GoldDoc(
        docid="nw/wsj/00/wsj_0001 part 000",
        blocks=("Newswire story 1", "Iraqi officials in Asia-Pacific paid $40 million (5%).", '"Fine," said Mr. Maliki\'s aide.'),
        spans=(Span("NORP", 1, 0, 5, "Iraqi", optional=True), Span("LOC", 1, 19, 31, "Asia-Pacific"),
               Span("MONEY", 1, 37, 48, "$40 million"), Span("PERCENT", 1, 50, 52, "5%"), Span("PERSON", 2, 17, 23, "Maliki")),
        title_scored=False,
    )


def test_ieer_story_keeps_headline_date_paragraphs_and_optional_tags(tmp_path):
    path = tmp_path / "APW_19980314"
    path.write_text(IEER_STORY, encoding="latin-1")
    (doc,) = evaluate_gold.read_ieer_file(path)
    assert doc == GoldDoc(
        docid="APW19980314.0391",
        blocks=("Kenyans protest tax hikes",
                "NAIROBI, Kenya (AP) _ Thousands of laborers protested on Saturday.",
                "Finance Minister Simeon Nyachae of Barnes & Noble paid $5 for 3 miles."),
        spans=(Span("LOC", 1, 0, 7, "NAIROBI"), Span("LOC", 1, 9, 14, "Kenya"), Span("ORG", 1, 16, 18, "AP"),
               Span("CARDINAL", 1, 22, 31, "Thousands"), Span("ORG", 2, 0, 7, "Finance", optional=True),
               Span("PERSON", 2, 17, 31, "Simeon Nyachae"), Span("ORG", 2, 35, 49, "Barnes & Noble"),
               Span("MONEY", 2, 55, 57, "$5"), Span("QUANTITY", 2, 62, 69, "3 miles")),
        date_line="(03/14/1998 10:36:00)",
        title_scored=False,
    )


def test_seed_is_read_back_by_the_wire_reader_with_the_same_text(tmp_path):
    from factarchive.readers import read_seed

    path = tmp_path / "APW_19980314"
    path.write_text(IEER_STORY, encoding="latin-1")
    (doc,) = evaluate_gold.read_ieer_file(path)
    text = evaluate_gold.seed_text(doc)
    assert text == ("Kenyans protest tax hikes\n(03/14/1998 10:36:00)\n\n"
                    "NAIROBI, Kenya (AP) _ Thousands of laborers protested on Saturday.\n\n"
                    "Finance Minister Simeon Nyachae of Barnes & Noble paid $5 for 3 miles.\n")
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds" / "0001.txt"
    seed.write_text(text, encoding="utf-8")
    article = read_seed(seed, tmp_path / "seeds")
    assert (article.title, article.published, article.dateline.place) == ("Kenyans protest tax hikes", "1998-03-14", "NAIROBI, Kenya")
    # The dateline is taken off the first paragraph; what is left is the end of the block, so offsets hold.
    assert article.paragraphs == ("Thousands of laborers protested on Saturday.", doc.blocks[2])


@pytest.mark.corpus
def test_conll_dev_converts_to_its_published_counts():
    path = CORPUS / "gold" / "conll2003" / "dev.txt"
    if not path.exists():
        pytest.skip(f"corpus absent: {path}")
    from collections import Counter

    docs = evaluate_gold.read_conll(path)
    assert (len(docs), sum(len(d.blocks) for d in docs)) == (216, 3250)  # documents, sentences
    assert Counter(s.cls for d in docs for s in d.spans) == {"PERSON": 1842, "LOC": 1837, "ORG": 1341, "MISC": 922}
    assert all(d.blocks[s.block][s.start : s.end] == s.text for d in docs for s in d.spans)
    assert docs[0].blocks[:2] == ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY.", "LONDON 1996-08-30")
