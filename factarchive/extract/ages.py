"""A person's age where the article states it ("Jane Doe, 63,", "a 63-year-old", "aged 63"): ``Actor.age``.

Stage ``ages``, after the entities are decided. Each parsed block is read for the phrases that state an age
(:func:`age_phrases`), each phrase is given to the word it describes by the dependency parse, and that word to a
person of the article where it is one of the person's mentions or stands in apposition to one
(:func:`person_ages`). The forms, each with the parse that tells it from a number that is something else:

* ``63-year-old Jane Doe``, ``Jane Doe, 61 years old,``, ``a 63-year-old teacher, Jane Doe,``: the number, "year(s)"
  and "old" in a row; "old" modifies the person (``amod``) or a noun in apposition to the person, or a noun the
  person's name names (``a 24-year-old clerk named Jane Doe``, "named"/"called");
* ``Jane Doe is 63 years old``, ``Doe, who is 63 years old,``: "old" completes a present "is" whose subject is the
  person (or "who", of a relative clause on the person);
* ``Doe, aged 63,``, ``Doe, age 63,``: "aged"/"age" before the number modifies the person;
* ``Jane Doe, 63, said``, ``Jane Doe (63)``: a number set off by commas or brackets right after the name, which
  the model tags a DATE, as it tags ages (a score, runs, a minute of play it tags CARDINAL: "Joubert (3)"); an age
  in words between commas after a person's name (``Jane Doe, sixty-three,``), however tagged;
* ``Doe, who is 63,``: the number completes "is" in a relative clause on the person;
* ``Jane Doe, now 63,``: "now" and the number set off by commas right after the name, as the bare age is;
* ``Doe, who turned 63 last week``, ``Doe turns 63 on Friday``, ``Doe, who will be 63 next month``: the number alone
  is the object of "turn" or completes a future "be" whose subject is the person (or "who" of a clause on the person)
  and a near time follows it (``last week``, ``this month``, ``next month``, ``on Friday``, ``today``, ``while ...``):
  the age the person reaches, told as news of today. Not an age reached at some other time ("When Doe turned 16 he
  left school", "turned 18 in the year of the moon landing", "will be 55 at the next election"), nor "turned in 33"
  (a golf score);
* ``Kelly Holmes won. The 34-year-old ...``: "the N-year-old" as the subject of its sentence stands for the one
  person named, as a subject or possessive, in the sentence before (none where it names two people, or none, or
  the one only as an object);
* ``the 74-year-old Eastwood`` where no mention of the article covers "Eastwood": the one person of that surname.

Never an age: a number outside 1..120 (", 1998,"), one not set off as above (a vote "Smith 52", a score "6-3",
"page 63"), a past "was 28" (an age at some earlier time, like "died at 83"), an age given to a common noun that
names no one ("a 12-year-old boy", "Doe's 10-year-old son"). One age per person per article: where the article
gives one person two different ages, none is kept (a birthday in the story, or two people under one name).

The phrases are recognised on spaCy's tokens and parse rather than by regular expressions over the text, so that a
comma in a list and a comma before an apposition are told apart by the parse, not by guessing from characters;
the token sequence ("63", "-", "year", "-", "old") is still checked word by word because the parser attaches the
parts of "63-year-old" in several ways while the words themselves are fixed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional, Sequence

from .lexicon import (FUTURE_AUX, NEAR_DAYS, NEAR_DETERMINERS, NEAR_LEADS, NEAR_SPANS, NEAR_WHILE, TURNING_VERBS,
                      WEEKDAYS)
from .nlp import numbers_of, sentence_of

AGE_MIN, AGE_MAX = 1, 120
YEAR_WORDS = frozenset({"year", "years", "yr", "yrs"})
AGED_WORDS = frozenset({"aged", "age"})
PRESENT_BE = frozenset({"is", "'s", "’s"})  # "Kiriyenko was just 28" is an age at an earlier time: not today's
RELATIVE_WHO = frozenset({"who", "that"})
NAMING_VERBS = frozenset({"named", "called"})  # "a 24-year-old acolyte named Matthew Bishop"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})  # how the person "the 28-year-old" stands for was named
# What may follow a number set off as an age: its closing comma or bracket, the sentence's end, "and" of a list.
AFTER_BARE = frozenset({",", ")", ".", ";", ":", "and", "—", "–"})
BEFORE_BARE = frozenset({",", "("})
# How the phrase's head word may describe a noun: modifier, apposition, clause on it.
DESCRIBES = frozenset({"amod", "appos", "acl", "nmod", "compound", "npadvmod", "advmod"})


NOT_A_PERSON = "\x00"  # the owner of a mention of an organisation or a place


@dataclass(frozen=True)
class AgePhrase:
    """One stated age in one block: its value, where it is printed, and the word it describes (a token index)."""

    value: int
    start_char: int
    end_char: int
    holder: int  # -1 for "The 28-year-old" standing alone: the person of the sentence before (see ``person_ages``)


def number_value(token) -> Optional[int]:
    """The whole number a token states, as an age could be (1..120): "63" -> 63, "five" -> 5; else None.

    A number word is read with text2num (the same reader the figures use), joined with the words before it that
    spaCy split off at a hyphen ("sixty", "-", "three").
    """
    text = token.text
    if text.isdigit():
        value = int(text)
    elif token.like_num and text.isalpha():
        from text_to_num import text2num

        words = [t.text for t in token.doc[first_of_number(token) : token.i + 1] if t.text != "-"]
        try:
            value = text2num(" ".join(words).lower(), "en")
        except ValueError:
            return None
    else:
        return None
    return value if AGE_MIN <= value <= AGE_MAX else None


def first_of_number(token) -> int:
    """The index of the first token of the number ``token`` ends: "sixty-three" is "sixty", "-", "three"."""
    doc, i = token.doc, token.i
    if token.text.isalpha():
        while i >= 2 and doc[i - 1].text == "-" and doc[i - 2].like_num and doc[i - 2].text.isalpha():
            i -= 2
    return i


def _next(doc, i: int, skip_hyphen: bool = True):
    """The token at ``i``, past one hyphen when asked (None past the end)."""
    if skip_hyphen and i < len(doc) and doc[i].text == "-":
        i += 1
    return doc[i] if i < len(doc) else None


def _years_old(doc, number) -> Optional[object]:
    """The token "old" of "63-year-old" / "63 years old" / "63 year old" starting at ``number``, or None."""
    year = _next(doc, number.i + 1)
    if year is None or year.lower_ not in YEAR_WORDS:
        return None
    old = _next(doc, year.i + 1)
    return old if old is not None and old.lower_ == "old" else None


def _subject_of(verb) -> Optional[object]:
    """The subject a present "is" says the age of: its ``nsubj``, or the noun a relative clause ("who is") is on."""
    if verb.lower_ not in PRESENT_BE:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    if subject.lower_ in RELATIVE_WHO:
        return verb.head if verb.dep_ == "relcl" and verb.head.i != verb.i else None
    return subject


def _holder_of_old(old, number) -> Optional[object]:
    """The word "N years old" describes: the noun "old" modifies, or the subject of "is ... old".

    The noun must be one: "The 32-year-old will race alongside ... Pavey" is parsed with "old" on "race". Before
    a name, only capitalised words (a title: "Mr.", "Prince") and adjectives ("former") may stand between "old"
    and the name: "The 22-year-old pipped Maurice Greene" is parsed with "pipped" a noun of Greene's name. After
    a name, the phrase is set off by a comma ("Pierre Vinken, 61 years old,").
    """
    if old.dep_ in ("acomp", "attr", "oprd"):
        return _subject_of(old.head)
    holder = old.head
    if old.dep_ not in DESCRIBES or holder.i == old.i or holder.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = old.doc
    if holder.i < old.i:
        return holder if number.i > 0 and doc[number.i - 1].text == "," else None
    if holder.pos_ == "PROPN":
        between = doc[old.i + 1 : holder.i]
        if not all(t.is_punct or t.pos_ == "ADJ" or t.text[:1].isupper() for t in between):
            return None
    return holder


def _bare_holder(doc, number) -> Optional[object]:
    """The word a number set off by commas or brackets is the age of ("Jane Doe, 63, said"; "Jane Doe (63)").

    The model tags the number a DATE, as it tags ages ("Jane Doe, 63,"), not a CARDINAL as it tags a score
    ("Joubert (3)", "Chris Adams, 123, and Tim O'Gorman, 109,": runs) or a minute ("(Alama Ieremia, 70)"); whose
    age it is, is the word right before the comma: in "Bryan Ferry and Luke Tomlinson, 27," the parser puts the
    apposition on the first of the two names, but the age is the one the comma follows.
    """
    i = first_of_number(number)
    if i >= 3 and doc[i - 1].lower_ == "now" and doc[i - 2].text == ",":
        i -= 1  # "Jane Doe, now 45, runs the shop": the age today, set off as the bare one is
    if i < 2 or doc[i - 1].text not in BEFORE_BARE:
        return None
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.text not in AFTER_BARE:
        return None
    if doc[i - 1].text == "(" and (after is None or after.text != ")"):
        return None
    if doc[i - 1].text == "," and after is not None and after.text == ")":
        return None  # "(Wayne Fyvie, 75)": a substitute and the minute he came on, in a team sheet
    if number.ent_type_ == "DATE":
        return doc[i - 2]
    # An age in words between two commas right after a person's name ("Jane Doe, sixty-three, said"): the model tags
    # it a CARDINAL or nothing, but a score, runs or a minute of play is printed in digits.
    if number.text.isalpha() and doc[i - 1].text == "," and after is not None and after.text == "," \
            and doc[i - 2].ent_type_ == "PERSON":
        return doc[i - 2]
    return None


def _relative_holder(doc, number) -> Optional[object]:
    """The noun of "Doe, who is 63," (the number completes a present "is" in a relative clause on it; the model
    may tag it a DATE or, before "and", a CARDINAL: "Kwan, who is 17 and lives in ...")."""
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and after.text not in AFTER_BARE:
        return None
    if number.dep_ not in ("attr", "acomp", "npadvmod", "dobj"):
        return None
    verb = number.head
    if verb.dep_ != "relcl":
        return None
    return _subject_of(verb)


def _turning_subject(doc, number) -> Optional[object]:
    """The subject of the verb a number is the age reached of: "Doe turned 50 on Friday", "who turns 60", "before he
    turns 35", "who will be 60 next month" (the word itself: "who", "he" or a name), or None.

    The number is the verb's object or complement and stands alone: "turned 50 pages" and "will be 3 points clear"
    count pages and points (the noun is the object there, the number its modifier), "turned 2-1" is a score.
    """
    verb = number.head
    if verb.i == number.i or number.dep_ not in ("dobj", "attr", "acomp", "oprd", "npadvmod"):
        return None
    if any(c.dep_ != "punct" for c in number.children):
        return None
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and (after.text in ("-", "–", "%", "/") or after.pos_ in ("NOUN", "PROPN") and after.head.i == number.i):
        return None
    if verb.lower_ not in TURNING_VERBS and not (
            verb.lower_ == "be" and any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children)):
        return None
    if any(c.dep_ == "prt" for c in verb.children) or doc[number.i - 1].pos_ in ("ADP", "ADV") and doc[number.i - 1].i > verb.i:
        return None  # "Woods turned in 33": a round of golf's score, never an age
    if any(c.dep_ in ("advmod", "mark") and c.i < verb.i for c in verb.children) and verb.dep_ == "advcl":
        return None  # "When Smith turned 16 he left school": an event of the past told by it, not today's age
    if not _told_as_today(doc, number.i + 1):
        return None  # "turned 18 in the year of the moon landing", "will be 55 at the next election": an age then
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _told_as_today(doc, i: int) -> bool:
    """Whether the words from token ``i`` date an age reached to about today: a recent past or a near future ("last
    week", "earlier this month", "next month", "on Friday", "yesterday"; a week, a month or a day, not "next year"),
    or a span the story tells of ("while Clinton was in Africa")."""
    words = [t.lower_ for t in doc[i : i + 3]]
    if not words:
        return False
    if words[0] in NEAR_DAYS or words[0] in NEAR_WHILE:
        return True
    if words[0] in NEAR_LEADS and words[1:2] == ["this"]:
        words = words[1:]
    if words[0] in NEAR_DETERMINERS and words[1:2] and words[1] in NEAR_SPANS:
        return True
    return words[0] == "on" and len(words) > 1 and words[1] in WEEKDAYS


def _turning_holder(doc, number) -> Optional[object]:
    """The word a number reached by "turn" or a future "be" is the age of: the subject, or the noun a relative clause
    is on ("Al Gore, who turned 50 while ...": "Gore")."""
    subject = _turning_subject(doc, number)
    if subject is None:
        return None
    verb = subject.head
    if any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "should") for c in verb.children):
        return None  # "who would have turned 70": the age of someone dead, or not reached
    if subject.lower_ in RELATIVE_WHO:
        return verb.head if verb.dep_ == "relcl" and verb.head.i != verb.i else None
    return None if subject.pos_ == "PRON" else subject  # "I will be 35", "he turned 50": no name to give it to


def age_of_name(doc, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is a name's age set off after it ("Jane Doe, sixty-three,", "Kwan, who is
    17 and ...") or one a named person reaches ("Doe, who turned 50", "Doe turns 60 on Friday"): an age, which
    :mod:`factarchive.extract.figures` does not list as a count."""
    number = doc[end - 1]
    if number_value(number) is None or first_of_number(number) != start:
        return False
    holder = _bare_holder(doc, number) or _relative_holder(doc, number)
    if holder is not None and (holder.ent_type_ == "PERSON" or holder.pos_ == "PROPN"):
        return True
    # "Al Gore, who turned 50", "Doe turns 60": the named person's age, which the ages stage keeps; "before he turned 50"
    # names no one, and the number stays a number (the gold sets tag such an age as a measure).
    holder = _turning_holder(doc, number)
    return holder is not None and (holder.ent_type_ == "PERSON" or holder.pos_ == "PROPN")


def _stands_for_someone(old) -> bool:
    """"The 28-year-old has been in great form": "old" is itself the subject, with "the" (someone named before)."""
    return old.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "det" and c.lower_ == "the" for c in old.children)


def age_phrases(doc) -> list[AgePhrase]:
    """Every age the block states and the word it describes (see the module's docstring for the forms)."""
    found: list[AgePhrase] = []
    taken: set[int] = set()
    for token in (doc[i] for i in numbers_of(doc)):  # an age is a number (number_value reads no other token)
        if token.i in taken:
            continue
        value = number_value(token)
        if value is None:
            continue
        old = _years_old(doc, token)
        if old is not None:
            holder = _holder_of_old(old, token)
            taken.update(range(token.i, old.i + 1))
            if holder is not None:
                found.append(AgePhrase(value, token.idx, old.idx + len(old.text), holder.i))
            elif _stands_for_someone(old):
                found.append(AgePhrase(value, token.idx, old.idx + len(old.text), -1))
            continue
        before = doc[token.i - 1] if token.i else None
        if before is not None and before.lower_ in AGED_WORDS:
            # "Doe, aged 63,": "aged" modifies the person; "at age 99" (a preposition's object) is no one's.
            if before.dep_ in DESCRIBES and before.head.i != before.i and before.head.i < before.i:
                found.append(AgePhrase(value, before.idx, token.idx + len(token.text), before.head.i))
            continue
        holder = _bare_holder(doc, token) or _relative_holder(doc, token) or _turning_holder(doc, token)
        if holder is not None:
            start = doc[first_of_number(token)].idx
            found.append(AgePhrase(value, start, token.idx + len(token.text), holder.i))
    return found


def _person_at(doc, index: int, spans: Sequence[tuple[int, int, str, str]], surnames: dict[str, Optional[str]]) -> Optional[str]:
    """The person whose mention covers token ``index``, or is in apposition to the noun there ("Jane Doe, a
    63-year-old teacher," and "a 63-year-old teacher, Jane Doe,"); a surname no mention covers, of one person of
    the article only ("the 74-year-old Eastwood" where the model tagged "Eastwood" otherwise and no mention was
    kept), is that person's."""
    def covering(token) -> Optional[str]:
        return next((who for start, end, who, _ in spans if start <= token.idx < end), None)

    token = doc[index]
    who = covering(token)
    if who is not None:
        return who if who is not NOT_A_PERSON else None  # a name that is no person's (a firm's, a place's) has no age
    if token.pos_ == "PROPN" or token.text in surnames:  # the tagger may call a lone surname a noun
        # A surname alone, not a word of a longer name ("Eastwood Holdings").
        alone = token.dep_ != "compound" and not any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children)
        if not alone:
            return None
        if surnames.get(token.text):
            return surnames[token.text]
    # A noun, or a nationality ("Cardinal, a prominent 64-year-old Canadian,"), in apposition to the person.
    if token.dep_ == "appos" and token.head.i != token.i:
        who = covering(token.head)
    else:
        who = next((w for c in token.children if c.dep_ == "appos" and (w := covering(c)) is not None), None)
    if who is None:  # "a 24-year-old acolyte named Matthew Bishop": the noun, named by the person's name
        # the verb names and does nothing else: "The 30-year-old man called Jane Doe on Monday to complain", "a man
        # called Tom Hale a liar" are calls (another child: a time, a purpose, a second object)
        who = next((w for c in token.children if c.dep_ == "acl" and c.lower_ in NAMING_VERBS and _only_naming(c)
                    for n in c.children if n.dep_ in NAMING_DEPS and (w := covering(n)) is not None), None)
    return who if who is not NOT_A_PERSON else None


# What a naming verb's name hangs on it as ("named Matthew Bishop", "called Jo").
NAMING_DEPS = ("oprd", "dobj", "attr", "xcomp")


def _only_naming(verb) -> bool:
    """True where ``verb`` ("named", "called") has one name and nothing else but punctuation."""
    children = [c for c in verb.children if c.dep_ != "punct"]
    return len(children) == 1 and children[0].dep_ in NAMING_DEPS


def person_ages(parsed: Iterable[tuple[object, object]], people: Iterable[tuple[str, str, Iterable[object]]],
                others: Iterable[object] = ()) -> dict[str, int]:
    """The age the article states of each person: {person id: years}.

    ``parsed`` is the article's (doc, block) pairs; ``people`` each person's id, name and mentions (``Mention``:
    block, start_char, text); ``others`` the mentions of every organisation and place (a name of theirs has no
    age; a nationality, a group's name, may stand in apposition to a person). A person given two different ages
    has none.
    """
    spans: dict[int, list[tuple[int, int, str, str]]] = {}  # block: (start, end, person id, dependency of the name)
    surnames: dict[str, Optional[str]] = {}
    for who, name, mentions in people:
        last = name.split()[-1] if len(name.split()) > 1 else None
        if last:  # a surname two people share is neither's
            surnames[last] = None if last in surnames and surnames[last] != who else who
        for m in mentions:
            spans.setdefault(m.block, []).append((m.start_char, m.start_char + len(m.text), who, m.dep))
    for m in others:
        spans.setdefault(m.block, []).append((m.start_char, m.start_char + len(m.text), NOT_A_PERSON, m.dep))
    said: dict[str, set[int]] = {}
    before: tuple[int, int, int] = (-1, 0, 0)  # the block and characters of the last sentence read
    for doc, block in parsed:
        in_block = spans.get(block.index, [])
        for phrase in age_phrases(doc):
            if phrase.holder < 0:
                who = _named_before(doc, block.index, phrase, spans, before)
            else:
                who = _person_at(doc, phrase.holder, in_block, surnames)
            if who is not None:
                said.setdefault(who, set()).add(phrase.value)
        last = list(doc.sents)[-1] if len(doc) else None
        before = (block.index, last.start_char, last.end_char) if last is not None else (-1, 0, 0)
    return {who: values.pop() for who, values in sorted(said.items()) if len(values) == 1}


def _named_before(doc, block: int, phrase: AgePhrase, spans: dict[int, list[tuple[int, int, str, str]]],
                  before: tuple[int, int, int]) -> Optional[str]:
    """Whom "The 28-year-old" stands for: the one person named in the sentence before it (or earlier in its own
    sentence), as a subject or a possessive ("Holmes will have treatment", "Collins' ban is ..."); none where that
    sentence names no person or two ("Smith beat Jones. The 28-year-old ..."), or names the one person only as an
    object ("she overhauled rival Maria Mutola. Five days later, the 34-year-old ...": "she" is the one).

    Resolving what "the 28-year-old" refers to is coreference, which the pipeline has no model for; news writes
    this phrase right after naming the one person it is about, so the sentence before is where the name is.
    """
    sentence = sentence_of(doc, doc.char_span(phrase.start_char, phrase.end_char, alignment_mode="expand").start)
    sents = list(doc.sents)
    at = next(i for i, s in enumerate(sents) if s.start == sentence.start)
    ranges = [(block, sents[at - 1].start_char if at else sentence.start_char, phrase.start_char)]
    if at == 0 and before[0] >= 0:
        ranges.append(before)
    named = [(who, dep) for b, start, end in ranges for m_start, _, who, dep in spans.get(b, []) if start <= m_start < end]
    people = {who for who, _ in named} - {NOT_A_PERSON}
    if len(people) != 1:
        return None
    who = people.pop()
    return who if any(w == who and dep in SUBJECT_DEPS for w, dep in named) else None


__all__ = ["AgePhrase", "age_of_name", "age_phrases", "number_value", "person_ages"]
