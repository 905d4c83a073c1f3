"""Numbers that are no figure, as tests over the parse: each says why a number counts nothing.

A rank or a list marker ("No. 1"), a result or a score ("a 1-0 win"), a number in a name or an address ("Local 802"),
one that names the thing before it ("resolution 425"), "one" as an article ("at one point"), and "pounds" as a
weight rather than money. Each is read by one registered rule of :mod:`factarchive.extract.figure_rules`, which
drops the number (or reads its unit) when the test says so.
"""

from __future__ import annotations

import re
from typing import Optional

from .lexicon import (AGE_ADVERBS, AGE_AFTER_WAS, AGE_BEFORE, BE_FORMS, COUNTED_NOUNS, CURRENCIES, DEATH_VERBS,
                      HALF_RANKS, INDEX_NOUNS, MEASURE_UNITS, NAME_BEFORE_NUMBER, ONE_AS_ARTICLE_HEADS, PERSON_PRONOUNS, RESULT_WORDS, SCALES,
                      SHARE_JOINERS, STREET_WORDS, TIME_OF_DAY_AFTER, WEIGHING_WORDS, CLOCK_AFTER,
                      HOUR_PREPOSITIONS, ODDS_WORDS)
from .nlp import lowers_of, sentence_of

SCORE_PAIR = re.compile(r"\d{1,3}\s*[-–]\s*\d{1,3}")


def in_name(doc, start: int, end: int) -> bool:
    """A number that is part of a name or an address: "Local 802", "at 601 Riverview Dr."."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    if before is not None and before.ent_type_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW") and before.is_title:
        return True
    if before is not None and before.text == "-" and start > 1 and doc[start - 2].pos_ == "PROPN":
        return True
    if before is not None and before.text in NAME_BEFORE_NUMBER and doc[start:end].text.isdigit():
        return True  # "Local 802": the tagger reads "Local" as an adjective, and the model tags no organisation
    if house_number(doc, start, end):
        return True
    return after is not None and after.ent_type_ in ("FAC", "LOC") and after.is_title and after.pos_ == "PROPN"


def names_an_index(doc, start: int, end: int) -> bool:
    """A number printed after a name in capitals that it completes, the name of a market index or the like: "the FTSE 100
    index", "S&P 500 futures", "the CAC 40" (whole digits, no comma: a count after a name in capitals is rare, "NATO's
    5,000 troops" has the possessive). Not after "AD" or "BC", which date; not before a plural noun other than a
    market's (INDEX_NOUNS), which it counts ("the EU 25 members")."""
    if end - start != 1 or start == 0 or not doc[start].text.isdigit() or len(doc[start].text) > 4:
        return False
    before = doc[start - 1]
    if not (len(before.text) >= 2 and before.text.isupper() and any(c.isalpha() for c in before.text)
            and before.text not in ("AD", "BC") and not before.whitespace_ == "" and before.ent_type_ in ("", "ORG", "PRODUCT")):
        return False
    after = doc[end] if end < len(doc) else None
    # "the EU 25 members agreed": a plural noun after the number is what it counts; "index", a market word, nothing
    # or punctuation leave it the name's.
    return after is None or after.lower_ in INDEX_NOUNS or not (after.tag_ in ("NNS", "NNPS") and after.is_lower)


def number_word_in_name(doc, start: int, end: int) -> bool:
    """A number word printed with a capital inside a sentence: part of a name ("the Six Nations", "BBC Two", "runs on
    Five", "the Fantastic Four", "Formula One"), as English capitalises a number word only where a sentence or a name
    starts. Not at the start of a sentence, a quotation, an item or a title ("Two crooks ...", ': "Five ...', "- Two
    crooks"), nor in a headline printed in capitals ("Blast On Ring Road Kills Three": three words in four or more
    capitalised; a sentence full of names, "for Sunday's Six Nations clash with Ireland at Lansdowne Road", has more
    in lower case)."""
    from .quantities import words_number

    sent = sentence_of(doc, start)
    numbers = [t for t in doc[start:end] if t.like_num or words_number(t.lower_) is not None]
    for tok in numbers:
        if not (tok.is_title and tok.is_alpha) or tok.i == sent.start:
            return False  # "three Six Nations games": a count with the name
        before = doc[tok.i - 1]
        if before.is_punct or before.is_quote or before.is_space:
            return False
    words = [t for t in sent if t.is_alpha]
    return bool(numbers) and sum(t.is_lower for t in words) * 4 > len(words)


def house_number(doc, start: int, end: int) -> bool:
    """The number of a house in a street address: whole digits, then one to three capitalised words of which the last
    names a street ("601 Riverview Dr.", "209 West Houston St.", "10 Downing Street"), whatever the model tagged them;
    not where a noun follows the street's word ("40 Oxford Street shops" counts shops; "40 Wall Street Journal reporters"
    counts reporters)."""
    if end - start != 1 or not doc[start].text.isdigit():
        return False
    for last in range(end, min(end + 3, len(doc))):
        word = doc[last]
        if not word.is_title and not (word.text[:1].isupper() and word.text.endswith(".")):
            return False
        if last > end and word.lower_ in STREET_WORDS:
            following = doc[last + 1] if last + 1 < len(doc) else None
            # not "Street vendors", nor a longer name that runs on ("Some 40 Wall Street Journal reporters")
            return following is None or not (following.pos_ in ("NOUN", "PROPN") and (following.is_lower or following.is_title))
    return False


def names_thing_before(doc, start: int, end: int) -> bool:
    """A number that names the thing before it, not how many: "resolution 425", "Part two", "Flight 800", "S&P 500",
    "version 7.60".

    One whole number right after a singular noun that it modifies, with no noun or adjective after it (a count stands
    before what it counts: "425 resolutions"; "a record 39 Israeli troops" counts troops, whatever the parse says). A
    level with decimals is a figure ("spot index 129.25"); so is a number after a proper noun the model names as a
    body, person or place ("Labour 355" in a table of seats). Ranks ("No. 9") are rank_or_list's.
    """
    if end - start != 1 or start == 0:
        return False
    tok, before = doc[start], doc[start - 1]
    if before.lower_ == "version" and re.fullmatch(r"\d+(?:\.\d+)+", tok.text):
        return True  # "version 7.60", "version 1.0": a release's name, decimals and all
    if not (tok.text.isdigit() or tok.is_alpha) or end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN", "ADJ", "NUM"):
        return False
    if tok.head.i != before.i or tok.dep_ not in ("nummod", "appos", "compound") or before.tag_ not in ("NN", "NNP") \
            or not before.is_alpha:  # "No. 9" split as "No", ".": the full stop is no noun
        return False
    if before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG", "GPE", "NORP", "LOC") \
            or before.lower_ in ("no.", "no", "number", "#"):
        return False  # a rank is rank_or_list's to judge
    return before.lower_ not in MEASURE_UNITS and before.lower_ not in CURRENCIES and before.lower_ not in COUNTED_NOUNS


SLASHED = re.compile(r"(?P<a>\d+)/(?P<b>\d+)")
# The denominators a fraction is printed with ("1/2 cup", "22 1/4", "3/16 inch", "1/100th"): "9/11", "7/7" and "24/7"
# are no fractions.
FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 1000})


def slash_not_a_fraction(doc, start: int, end: int) -> bool:
    """A number printed with a slash that is no fraction: a bookmaker's odds in a sentence of betting ("odds of 10/1",
    "the 6/4 favourite", "slashed from 4/6 to 1/2"), a season of two years ("in 2001/2", "since 1998/99"), a
    tie-break's score in brackets after a set's ("6-7 (6/8)"), or a day or a name ("the 9/11 attacks", "open 24/7": a
    denominator no fraction is printed with, up to 31). A fraction elsewhere stays one ("1/2 cup", "rose 3/4 to 22 1/4")."""
    slashed = [t for t in doc[start:end] if SLASHED.fullmatch(t.text)]
    if len(slashed) != 1:
        return False
    tok = slashed[0]
    parts = SLASHED.fullmatch(tok.text)
    first, second = int(parts.group("a")), int(parts.group("b"))
    if 1800 <= first <= 2100 or second <= 31 and second not in FRACTION_DENOMINATORS:  # a day, not "a 50/50 venture"
        return True
    if tok.i >= 2 and doc[tok.i - 1].text == "(" \
            and any(re.fullmatch(r"\d+-\d+", doc[k : tok.i - 1].text.replace(" ", "")) for k in (tok.i - 2, tok.i - 4) if k >= 0):
        return True  # "6-7 (6/8)": the set's score as one token or three
    sent = sentence_of(doc, start)
    return any(w in ODDS_WORDS for w in lowers_of(doc)[sent.start : sent.end])


def rank_or_list(doc, start: int, end: int) -> bool:
    """A rank or a list marker, not a quantity: "No. 1", "number two", "1. Preheat the oven"."""
    if start > 0 and doc[start - 1].lower_ in ("no.", "no", "number", "#") and doc[start].like_num:
        return True  # a rank has no qualifier: not "whose holdings number more than 17 million volumes" (a verb)
    return start == 0 and end < len(doc) and doc[end].text == "." and end - start == 1


def one_as_article(doc, start: int, end: int, counts: Optional[str]) -> bool:
    """ "one" used as an article or a pronoun, not as a count: "one of the", "At one point", "one particularly long monologue"."""
    if doc[start:end].text.lower() != "one":
        return False
    if end + 1 < len(doc) and doc[end].lower_ in ("of", "in") and (doc[end + 1].like_num or doc[end + 1].lower_ == "every"):
        return False  # "one of 11 men", "one in every ten people": a count out of a stated number
    if counts is None or end < len(doc) and doc[end].lower_ == "of":
        return True  # "one of the biggest firms": one as a pronoun, whatever "of" says it is one of
    head = doc[start:end].root.head.lower_
    if any(t.pos_ == "ADV" for t in doc[end : doc[start:end].root.head.i]):
        return True  # "one particularly long monologue"
    if start > 0 and doc[start - 1].pos_ == "VERB" and doc[start:end].root.dep_ == "nummod":
        return False  # "awarding one point for each answer": right after its verb, "one" counts (not "At one point")
    return head in ONE_AS_ARTICLE_HEADS or head[:-1] in ONE_AS_ARTICLE_HEADS


def result(doc, start: int, end: int) -> bool:
    """A result or a score, which counts nothing: "a 1-0 win", "won 3-1", "6-4 6-2".

    A newsroom does not want "1-0" as a figure (it is not how many of anything), and read as a number it
    becomes "1 win". Two small whole numbers joined by a dash are a result when the first is not smaller (a
    range goes up: "5-10 people", "aged 18-25"), when a word of results is near ("lost 1-2", "a 2-3 defeat"), or
    when another such pair follows or precedes it (sets: "4-6 6-3").
    """
    for i in range(max(0, start - 2), min(end, len(doc))):
        pair = doc[i : i + 3]
        if len(pair) == 3 and pair[1].text in ("-", "–") and pair[0].text.isdigit() and pair[2].text.isdigit() \
                and not pair[0].whitespace_ and not pair[1].whitespace_:
            a, b, lo, hi = int(pair[0].text), int(pair[2].text), i, i + 3
            break
        token = doc[i]
        if SCORE_PAIR.fullmatch(token.text):
            a, b = (int(x) for x in re.split(r"\s*[-–]\s*", token.text))
            lo, hi = i, i + 1
            break
    else:
        return False
    if a >= b:
        return True
    near = doc[max(0, lo - 4) : min(len(doc), hi + 4)]
    if any(t.lower_ in RESULT_WORDS for t in near):
        return True
    around = doc[max(0, lo - 3) : min(len(doc), hi + 3)].text
    return len(SCORE_PAIR.findall(around)) > 1


def weight_in_pounds(doc, start: int, end: int) -> bool:
    """ "pounds" as a weight, not money: "weighing 10,000 pounds", "400,000 pounds of uranium", and a line of a recipe
    that opens with the weight of what it names ("2 pounds sweet potatoes")."""
    if doc[end - 1].lower_ not in ("pound", "pounds"):
        return False
    if any(t.lower_ in WEIGHING_WORDS for t in doc[max(0, start - 3) : start]):
        return True
    if start == sentence_of(doc, start).start and doc[start].like_num and end < len(doc) and doc[end].pos_ in ("NOUN", "ADJ") \
            and doc[end].lower_ not in CURRENCIES and not doc[end].ent_type_:
        return True
    return end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].pos_ in ("NOUN", "PROPN", "ADJ") \
        and doc[end + 1].lower_ not in CURRENCIES


def half_named_by_rank(doc, start: int, end: int) -> bool:
    """ "the second half", "at half time": a half of a match or a period named by its rank or its use, not how much
    of anything (as ordinals used as ranks are no figures); "half of the players", "half the population" stay."""
    if doc[start:end].text.lower() != "half":
        return False
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return before is not None and (before.lower_ in HALF_RANKS or before.ent_type_ == "ORDINAL") \
        or after is not None and after.lower_ in ("time", "-time", "term", "-term")


def share_at(doc, start: int, end: int, numerator) -> Optional[tuple[int, int]]:
    """The denominator of a share printed after the number at ``start:end`` ("eight| out of 10| voters", "one| in
    five", "one| in every ten people"): (its value, the token after it), or None when the number is no share's.

    The words are fixed and the parser attaches "out of" and "in" in many ways, so the tokens are read in order: the
    joiner, one whole number (digits or a word, with its scale word; not a date or a year: "917 in 1984", not a measure),
    larger than ``numerator``
    (the number's value, which must be positive).
    """
    from .quantities import parse_value

    if not isinstance(numerator, (int, float)) or numerator <= 0:
        return None
    if start > 0 and (doc[start - 1].tag_ == "NN" or doc[start - 1].pos_ in ("NOUN", "PROPN") and doc[start].head.i == start - 1):
        return None  # "round four in eight attempts": a number right after a singular noun names it, it is no share
    for words in SHARE_JOINERS:
        at = end + len(words)
        if at < len(doc) and tuple(t.lower_ for t in doc[end:at]) == words:
            break
    else:
        return None
    den = doc[at]
    after = at + 1
    while after < len(doc) and doc[after].lower_ in SCALES and len(doc[after]) > 2 and after - at < 3:
        after += 1  # "117 million out of 833 million| handsets": the scale word is the second number's
    if not den.like_num or den.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY") \
            or after < len(doc) and (doc[after].lower_ in SCALES or doc[after].lower_ in MEASURE_UNITS
                                     or doc[after].text == "%" or doc[after].lower_ in ("percent", "times")):
        return None
    parsed = parse_value(doc[at:after].text)
    if parsed is None or parsed.unit is not None or not isinstance(parsed.value, int) or not numerator < parsed.value \
            or re.fullmatch(r"1\d{3}|20\d{2}", den.text):  # "in 2004": a year, whatever the model tagged
        return None
    return parsed.value, after


def share_noun(doc, i: int) -> Optional[str]:
    """What a share counts, printed after its denominator ("one in 10| adult Americans", "four in ten| business
    leaders"): a plural common noun (or the plural of a nationality) and the adjectives and nouns right before it."""
    j = i
    while j < len(doc) and j - i < 4 and doc[j].pos_ in ("ADJ", "NOUN", "PROPN") and not doc[j].like_num:
        j += 1
    if j == i:
        return None
    last = doc[j - 1]
    plural = last.tag_ == "NNS" and last.is_lower or last.tag_ in ("NNS", "NNPS") and last.ent_type_ == "NORP"
    return doc[i:j].text if plural else None


def denominator_of_share(doc, start: int, end: int) -> bool:
    """The second number of a share ("one in| five", "eight out of| 10 voters"): the share's, not a figure of its own."""
    from .quantities import parse_value

    for words in SHARE_JOINERS:
        before = start - len(words)
        if before > 0 and tuple(t.lower_ for t in doc[before:start]) == words and doc[before - 1].like_num:
            numerator = parse_value(doc[before - 1].text)
            found = share_at(doc, before - 1, before, numerator.value) if numerator is not None else None
            return found is not None and found[1] == end
    return False


def first_age_of_a_range(doc, end: int) -> bool:
    """The number before ``end`` is the first end of a range of ages printed after it: "17-to 18-year-olds", "7- and
    8-year-old boys", "five or six years old"."""
    i = end + 1 if end < len(doc) and doc[end].text in ("-", "–") else end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("to", "and", "or") or not doc[i + 1].like_num:
        return False
    rest = "".join(t.lower_ + (" " if t.whitespace_ else "") for t in doc[i + 2 : i + 6])
    return re.match(r"(?:-|\s)?years?(?:-|\s)olds?\b", rest) is not None


def age_at(doc, start: int, end: int) -> bool:
    """The age at which a person died, printed "at N": "Jane Doe dies at 62", "has died in Germany at 50".

    The number stands alone after "at" (no unit, nothing it counts, no "%" or "-" after it: at most punctuation or a
    word such as "after" that starts another phrase) and the "at" belongs to a verb of dying. Other ages printed "at N"
    ("a nomination at 19") are left: the dev gold tags some as measures, and "at N" after other verbs is as often a
    level or a place in a chart.
    """
    if end - start != 1 or start < 1 or doc[start - 1].lower_ != "at" or doc[start].head.i != start - 1:
        return False
    after = doc[end] if end < len(doc) else None
    if after is not None and not (after.is_punct and after.text not in ("-", "–", "%", "/")
                                  or after.pos_ in ("ADP", "SCONJ") and after.lower_ != "of"):
        return False
    return doc[start - 1].head.lower_ in DEATH_VERBS


def hour_of_the_clock(doc, start: int, end: int) -> bool:
    """A number from 1 to 12 that is an hour of the clock: the clock's words after it, or after the alternative or the
    other end joined to it ("six o'clock", "at 11 pm", "2 or 3 am"), or a part of the day after it where a preposition
    of time has it as object ("until three or four in the morning", "leave at 6 or 7 in the morning"; the model tags
    the whole a TIME where it sees it, and a count where "or" cuts the hour from its words). Not a number after a verb
    of level or change ("fell to 5 at night", "was up 12 in the afternoon"), nor a count ("arrested 3 in the morning")."""
    from .ages import number_value

    def hour(i: int) -> bool:
        return 0 <= i < len(doc) and number_value(doc[i]) is not None and number_value(doc[i]) <= 12

    if end - start != 1 or not hour(start):
        return False
    first, at = start, end
    if at + 1 < len(doc) and doc[at].lower_ in ("or", "to", "-", "–") and hour(at + 1):
        at += 2
    elif start >= 2 and doc[start - 1].lower_ in ("or", "to", "-", "–", "and") and hour(start - 2):
        first = start - 2  # "until three or four in the morning" read at "four"
    words = tuple(t.lower_ for t in doc[at : at + 3])
    if any(words[: len(after)] == after for after in CLOCK_AFTER):
        return True
    if first == 0 or doc[first - 1].lower_ not in HOUR_PREPOSITIONS:
        return False
    return any(words[: len(after)] == after for after in TIME_OF_DAY_AFTER)


AGE_RANGE = re.compile(r"^[\w.,]+\s*(?:-|–|to|and|or)\s*[\w]+[- ]years?[- ]olds?\b", re.I)


def age_range_printed(doc, start: int, end: int) -> bool:
    """Two ages joined as a range before "-year-olds" ("15 to 24-year-olds", "three and four-year-olds"): who is meant,
    a group by its ages, not how many of them (the model tags the whole a count)."""
    return AGE_RANGE.match(doc[start : min(len(doc), end + 5)].text) is not None


def code_with_leading_zero(doc, start: int, end: int) -> bool:
    """Digits printed with a leading zero ("0800" GMT, the area code "056", "007", the title "06/05", "'03"): a clock
    time, a code or a name, which is never how many of anything (a count is not printed with a zero before it)."""
    text = doc[start:end].text.lstrip("'’")
    return re.match(r"^0\d", text) is not None


def round_of_a_contest(doc, start: int, end: int) -> bool:
    """"a quarter-final", "the quarter-finals": the round of a contest, named by a fraction, not a quarter of anything."""
    if doc[start:end].text.lower().split()[-1] not in ("quarter", "quarters"):
        return False
    rest = "".join(t.lower_ for t in doc[end : end + 2])
    return rest in ("-final", "-finals", "-finalist", "-finalists")


def age_printed(doc, start: int, end: int) -> bool:
    """A number printed as someone's age, not how many of anything: "died aged 70", "at the age of 27", "children over
    the age of 10", "those aged 22 and above", "who was 13 at the time", "he was 28 when he left", "when she was just
    15", "dies at 62" (:func:`age_at`).

    The ages stage keeps a person's present age only (ages.py); an age in the past, or of a group, describes who is
    meant and is no count either. A number after "was" is an age only when a person or a personal pronoun is the
    subject and no noun, "of" or a comparison follows it ("who was one of four", "were 17 short").
    """
    if end - start != 1 or not doc[start].like_num:
        return False
    from .ages import number_value

    if number_value(doc[start]) is None:
        return False
    for words in AGE_BEFORE:
        if start >= len(words) and tuple(t.lower_ for t in doc[start - len(words) : start]) == words:
            return True
    if age_at(doc, start, end):
        return True
    be = start - 2 if start >= 2 and doc[start - 1].lower_ in AGE_ADVERBS else start - 1  # "she was just 15"
    if be < 1 or doc[be].lower_ not in BE_FORMS:
        return False
    subject = doc[be - 1]
    if not (subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON"):
        return False
    after = doc[end] if end < len(doc) else None  # "when", "at the time", or the clause ends: not "3 under par"
    return after is None or after.is_punct and after.text not in ("-", "%") or after.lower_ in AGE_AFTER_WAS
