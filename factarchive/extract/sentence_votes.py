"""Vote rules of scope ``span`` that read the sentence around a name: a credited source, "in", "the town of", a noun
for a person in apposition, the subject of "said", a product's version or a work of a series. Registered after
:mod:`factarchive.extract.cues`' votes.
"""

from __future__ import annotations

from . import gazetteer
from .candidates import common_noun, dateline_credit, name_key, singular, state_after_place
from .clean_names import _bracketed_side, _personal, sheet_sentence
from .cues import VERSION, _known_place, _placelike, described_as_work
from .lexicon import (ACTING_VERBS, KNOWING_VERBS, LISTED_WORK_NOUNS, LOCATIVE, ORG_WORDS, PEOPLE, REPORTING_VERBS, ROLE_NOUNS, SEQUEL_NOUNS, SERIES_NOUNS, SERIES_ORDINALS, SETTLEMENTS, THING_NOUNS, VERSION_NOUNS,
                      WORK_MAKERS, WORK_NOUNS)
from .mention_types import Cut
from .name_context import _described_as_person, _is_attribution
from .nlp import per_doc, sentence_of
from .rules import rule


@rule("vote", "credited_source", field="provenance", uses=(_is_attribution, dateline_credit))
def _credited_source(doc, cut: Cut) -> bool:
    """An agency or outlet the article credits, cited as a source: in a caption, "said Reuters", "NAIROBI (AP)"."""
    return name_key(cut.text) in cut.provenance and (cut.kind == "caption" or _is_attribution(cut.span)
                                                     or dateline_credit(doc, cut.start, cut.end))


@rule("vote", "locative", field="locative")
def _locative(doc, cut: Cut) -> bool:
    """Right after "in", "near", "at": said of a place."""
    return cut.start > 0 and doc[cut.start - 1].lower_ in LOCATIVE


@rule("vote", "settlement_of", field="settlement")
def _settlement_of(doc, cut: Cut) -> bool:
    """After "the town of", "the city of": a city, whatever the gazetteer knows."""
    return cut.start > 1 and doc[cut.start - 1].lower_ == "of" and doc[cut.start - 2].lower_ in SETTLEMENTS


@rule("vote", "city_before_state", field="settlement", uses=(state_after_place,))
def _city_before_state(doc, cut: Cut) -> bool:
    """"College Station, TX", "Grass Valley, Calif.": a name right before a comma and a US state's abbreviation is a
    town of that state, though the model tagged it a person or a body; not a body's name with a body's word in it
    ("State University at Buffalo, N.Y.": the university of that town; "College Station" tagged a person is a town)."""
    return cut.end + 1 < len(doc) and state_after_place(doc, cut.end + 1) and doc[cut.end - 1].is_title \
        and not (cut.label == "organization" and any(t.lower_ in ORG_WORDS for t in cut.span))


@rule("vote", "described_as_person", field="titled", uses=(_described_as_person,))
def _described_as_person_vote(doc, cut: Cut) -> bool:
    """A person's or an organisation's name in apposition to a noun for a person ("X, the baritone")."""
    return cut.label in ("person", "organization") and _described_as_person(cut.span)


@rule("vote", "speaker", field="speaker")
def _speaker(doc, cut: Cut) -> bool:
    """The subject of "said", "told": someone who speaks."""
    return cut.span.root.dep_ == "nsubj" and cut.span.root.head.lower_ in REPORTING_VERBS


def side_in_sheet(doc, cut: Cut) -> bool:
    """True for a player's club in brackets after his name in a team sheet: "S Hale (Harrowby), T Moss (Kavoshire), ..."
    (a block that is one, ``roster``, or a sentence, :func:`factarchive.extract.clean_names.sheet_sentence`, whose cast-list
    test is made once per sentence; not a
    substitute's name, whose minute follows, :func:`factarchive.extract.clean_names._bracketed_side`). Not a personal
    name the gazetteer knows as no place: a cast list prints the part so ("Ann Berg (Ebony), Tom Hale (Jake), ...")."""
    if not _bracketed_side(doc, cut.start, cut.end) or _personal(cut.span) and not gazetteer.lookup(cut.span.text):
        return False
    sent = sentence_of(doc, cut.start)
    return (cut.roster or sheet_sentence(sent)) and not per_doc(doc, ("cast_list", sent.start), lambda: _cast_list(doc, sent))


def _cast_list(doc, sent) -> bool:
    """True for a list whose brackets hold more personal names than places the gazetteer knows: a cast list's parts
    ("Tom Hale (Reggie), Ann Berg (Ebony), Carl Hunt (Brooklyn), ...": a part named after a town is no club), not a
    team sheet's clubs ("S Hale (Leicester), T Moss (Harrowby), ...")."""
    places = people = 0
    for i in range(sent.start, sent.end - 1):
        if doc[i].text != "(":
            continue
        j = i + 1
        while j < sent.end and doc[j].text not in (",", ")", ";"):
            j += 1
        item = doc[i + 1:j]
        if not len(item):
            continue
        if gazetteer.lookup(item.text) or gazetteer.region(item.text):
            places += 1
        elif _personal(item):
            people += 1
    return people > places


@rule("vote", "side_in_sheet", field="club", uses=(side_in_sheet, _bracketed_side, sheet_sentence, _personal, _cast_list))
def _side_in_sheet(doc, cut: Cut) -> int:
    """A club in brackets in a team sheet (:func:`side_in_sheet`): three votes for a club, as "Glasgow flanker" gives
    (:func:`factarchive.extract.cues.club_votes`); the model tags a town's club there a person or a place."""
    return 3 * side_in_sheet(doc, cut)


# --------------------------------------------------------------------------- products and works


def version_of(span) -> bool:
    """True for a name after "of" and a noun for a version or a copy: "the next version of Windows", "fake versions of
    Zentrix" (``VERSION_NOUNS``; not "the release of", said of prisoners). Not a place ("the Scottish edition of Glasgow's
    paper" says nothing of Glasgow; "a version of London" is the city), nor a name a noun for a work follows ("copies of
    the Zentrix single": the single is copied, the name is its maker's or its title's, ``WORK_NOUNS``; the parser hangs
    the name on "of" as often as the noun)."""
    root = span.root
    prep = root.head
    end = span.end
    work_after = end < len(span.doc) and span.doc[end].lower_ in WORK_NOUNS  # "single" is read as an adjective too
    return root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lower_ in VERSION_NOUNS and prep.head.pos_ == "NOUN" \
        and not _placelike(span) and not work_after


def based_on(span) -> bool:
    """True for a name joined by a hyphen to "based": "Windows-based devices", "a Zentrix-based phone" (what a machine is
    built on is software or a platform). Not a place ("London-based"; "Markfield, Leicestershire-based", a town and its county) nor a people
    ("Muslim-based")."""
    doc, end = span.doc, span.end
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and doc[end + 1].lower_ == "based" \
        and span.root.ent_type_ not in ("NORP", "GPE", "LOC", "FAC") and not _placelike(span) and not gazetteer.region(span.text) \
        and not (span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].is_title)


@rule("vote", "version_of_product", field="product", uses=(version_of, based_on, _placelike))
def _version_of_product(doc, cut: Cut) -> int:
    """What only a product takes, read around the name: a version of it (:func:`version_of`), or something built on it
    (:func:`based_on`): one vote for a product, as "Xbox 2" gives (:func:`factarchive.extract.cues.version_after`)."""
    return int(version_of(cut.span) or based_on(cut.span))


def sequel_number(span) -> bool:
    """True for a sequel's number right after a name the model tagged a person: "Young fans voted Zentrix 2 best film",
    "Zentrix 2 won the best game category" (a work's or a product's number; the model reads the title before it as a
    person's name, and :func:`factarchive.extract.cues.version_after` leaves names tagged a person alone). No one's
    name takes a number so, but in a score or a list of figures: not where another number or a dash follows ("Hale 6-3",
    "Hale 2 1"), nor a noun or a name ("Hale 2 goals", "Hale 2 May"), nor in a sentence where another capitalised word
    has a number after it ("Hale 2, Moss 1"); not a name that begins with a given name ("Tom Hale 2"), nor a place."""
    doc, start, end = span.doc, span.start, span.end
    if end + 1 >= len(doc) or doc[start].ent_type_ != "PERSON" or not VERSION.fullmatch(doc[end].text) \
            or not doc[end].text[0].isdigit():
        return False
    following = doc[end + 1]
    if following.like_num or following.text in ("-", "\u2013") or following.pos_ in ("NOUN", "PROPN", "NUM") \
            or gazetteer.given_name(doc[start].text) or _placelike(span):
        return False
    sent = sentence_of(doc, start)
    numbered = sum(1 for i in range(sent.start + 1, sent.end) if doc[i].text[:1].isdigit() and doc[i - 1].is_title)
    return numbered == 1 and any(t.is_lower and t.is_alpha for t in sent)


@rule("vote", "sequel_number", field="product", uses=(sequel_number, _placelike))
def _sequel_number(doc, cut: Cut) -> int:
    """A sequel's number after a name the model tagged a person (:func:`sequel_number`): one vote for a product or a
    work, as "Xbox 2" gives a name tagged otherwise (:func:`factarchive.extract.cues.version_after`)."""
    return int(sequel_number(cut.span))


def work_of_a_series(span) -> int:
    """2 for a name that a sentence shows to be a work of a series, or the series, whatever its shape (a work is
    often named after its hero): an ordinal or "latest" before it (``SERIES_ORDINALS``), after "the" or a possessive,
    with a noun for a work after it ("the first Harry Potter film", "her latest Zentrix novel"), or after "the" with
    none ("the sixth Harry Potter"; "his first Hans Sachs" is a singer's first role, a person); "the" before it and a
    noun for the series' works after it, the name a hero's, a given name first ("the Harry Potter films", "the James
    Bond novels", ``SERIES_NOUNS``, and "games", which a club's name takes only in the singular; "the Warner movies" are
    a studio's; 1, not 2: an author's or a director's name has that shape too, "the Stephen King novels", so a
    person elsewhere in the article outweighs it, :func:`~factarchive.extract.name_votes._described_work`); a noun for
    a work and one for its maker or cast after it,
    then a person ("his Harry Potter film co-star Tom Hale"); a sequel's number after it and a noun for a work before
    it ("video game Halo 2", "the sequel, Halo 2", ``SEQUEL_NOUNS``). Not a place ("the last London film festival"), nor
    the subject of "the first X knew" (a verb of knowing or a modal after it: "the first Tom Hale heard of it", "the
    latest Tom Hale can sign", ``KNOWING_VERBS``). A place is one the gazetteer knows or the model tagged a region or a
    facility (:func:`factarchive.extract.cues._known_place`). 0 for anything else."""
    doc, start, end = span.doc, span.start, span.end
    after = doc[end] if end < len(doc) else None
    before = doc[start - 1].lower_ if start > 0 else ""
    if before not in SERIES_ORDINALS and before != "the" and not (after is not None and (after.like_num or after.lower_ in THING_NOUNS)):
        return 0  # none of the shapes below (most names): told before the gazetteer is asked
    if _known_place(span):
        return 0
    root = span.root
    noun = after is not None and after.pos_ == "NOUN" and root.dep_ in ("compound", "nmod", "amod") and root.head.i == after.i
    # The ordinal right before the name, after others and numbers ("the sixth and final Star Wars movie", "the five
    # previous Star Wars films"), then a determiner or a possessive.
    k = start - 1
    while k > 0 and (doc[k].lower_ in SERIES_ORDINALS or doc[k].lower_ in ("and", "or", ",") or doc[k].like_num) \
            and sentence_of(doc, k).start < k:
        k -= 1
    ordered = k < start - 1 and doc[start - 1].lower_ in SERIES_ORDINALS and (doc[k].pos_ == "DET" or doc[k].tag_ == "PRP$") \
        and not _titled_name(span)
    if ordered:
        # Not a name that begins with a given name before a noun: "the ninth Jim Carrey film" is the star's.
        if noun and after.lower_ in (WORK_NOUNS | SERIES_NOUNS) - {"game", "series"} and not gazetteer.given_name(doc[start].text):
            return 2
        # The name ends its clause or phrase: "the sixth Harry Potter," (not "the first Cadillac with a diesel engine",
        # a make's first car).
        if root.dep_ not in ("compound", "nmod", "amod") and doc[k].lower_ == "the" \
                and (after is None or after.is_punct or after.pos_ in ("VERB", "AUX", "CCONJ")) \
                and not (after is not None and (after.tag_ == "MD" or after.lower_ in KNOWING_VERBS)):
            return 2
    if start >= 1 and doc[start - 1].lower_ == "the" and noun and (after.lower_ in SERIES_NOUNS or after.lower_ == "games") \
            and end - start >= 2 and gazetteer.given_name(doc[start].text):
        return 1
    # "video game Halo 2", "the sequel, Halo 2": a sequel's number after the name, a noun for a work right before it or
    # before its comma (the parser hangs such a title anywhere); not a score or a count ("the game, Leeds 2 Hull 1",
    # "the game, Leeds 2 points clear").
    following = doc[end + 1] if end + 1 < len(doc) else None
    if after is not None and after.like_num and len(after.text) <= 2 and start >= 2 \
            and not (following is not None and (following.pos_ in ("NOUN", "PROPN", "NUM") or following.text in ("-", "\u2013"))):
        before = doc[start - 2] if doc[start - 1].text == "," else doc[start - 1]
        if before.lower_ in WORK_NOUNS | SEQUEL_NOUNS and before.tag_ == "NN":
            return 2
    if after is None or after.lower_ not in THING_NOUNS or after.pos_ != "NOUN" or root.dep_ != "compound":
        return 0
    maker, j = _hyphened_word(doc, end + 1)
    return 2 * (maker in WORK_MAKERS and j < len(doc) and doc[j].ent_type_ == "PERSON")


def listed_after_kind(span) -> bool:
    """True for a name in a list of titles after a plural noun for works or products and "such as", "like" or
    "including": "classics such as Zentrix", "movies such as Harvey Lynch and the Kavix films", "software like Kavix"
    (``WORK_NOUNS`` in the plural, ``SERIES_NOUNS``, ``LISTED_WORK_NOUNS``; the list read back over
    capitalised words, numbers, commas, "and", "or", "of" and "the"). Not a name with a possessive or a noun after it,
    which names the owner, the maker or the artist of the item ("shows such as Channel 9's game show", "consoles like
    the Kavotek PSP", "hits including the 1981 Tom Hale cover"), nor a place (:func:`factarchive.extract.cues._known_place`)."""
    doc, start, end = span.doc, span.start, span.end
    if start < 3 or end < len(doc) and (doc[end].tag_ == "POS" or doc[end].pos_ in ("NOUN", "PROPN")):
        return False
    sent_start = sentence_of(doc, start).start
    k = start - 1
    while k > sent_start + 1 and start - k < 25 and (doc[k].is_title or doc[k].like_num or doc[k].lower_ in (",", "and", "or", "of", "the", "-", ":")):
        k -= 1
    word = doc[k].lower_
    if word == "as" and doc[k - 1].lower_ == "such":
        k -= 1
    elif word not in ("like", "including"):
        return False
    kind = doc[k - 1].lower_
    works = kind in SERIES_NOUNS or kind in LISTED_WORK_NOUNS or singular(kind) in WORK_NOUNS
    return works and doc[k - 1].pos_ == "NOUN" and not _known_place(span)


@rule("vote", "work_listed_after_kind", field="work", uses=(listed_after_kind, singular, _known_place))
def _work_listed_after_kind(doc, cut: Cut) -> int:
    """A name in a list of titles after a plural noun for works (:func:`listed_after_kind`): two votes for the work, as
    "the film Ray" gives (:func:`factarchive.extract.cues.described_as_work`)."""
    return 2 * listed_after_kind(cut.span)


def _titled_name(span) -> bool:
    """A name that opens with a noun for a person, or a common noun in a name the model tagged a person: "President
    Hale", "Prophet Muhammad" ("the last Prophet Muhammad" is the last prophet)."""
    first = span[0].text
    return len(span) >= 2 and (first.lower() in PEOPLE or common_noun(first) and not gazetteer.given_name(first)
                               and span.root.ent_type_ == "PERSON")


def _hyphened_word(doc, i: int) -> tuple[str, int]:
    """The word at token ``i`` in lower case, joined again across the hyphens the tokenizer split it at ("co-star"), and
    the index after it."""
    if i >= len(doc):
        return "", i
    word, j = doc[i].lower_, i + 1
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_:
        word, j = f"{word}-{doc[j + 1].lower_}", j + 2
    return word, j


@rule("vote", "work_of_a_series", field="work", uses=(work_of_a_series, _hyphened_word, _titled_name, _known_place))
def _work_of_a_series(doc, cut: Cut) -> int:
    """A name a sentence shows to be a work of a series or the series (:func:`work_of_a_series`): two votes for the work,
    as "the film Ray" gives (:func:`factarchive.extract.cues.described_as_work`), or one where a person's name has the
    same shape."""
    return work_of_a_series(cut.span)


def work_noun_right_before(span) -> bool:
    """True for a name printed right after a noun for a work that something other than a determiner or a preposition
    modifies: "in romantic drama Zentrix that won", "Ann Berg's abortion drama Harvey Lynch has won" (``WORK_NOUNS``).
    The parser reads such a title as an adverb or as a second subject, so :func:`factarchive.extract.cues.described_as_work`
    misses it; the words alone say it. Not after "the film" or "a game" ("after the game Tom Hale said": the game is
    over and its manager speaks), nor a name a verb follows ("after a tough game Tom Hale admitted"), nor a place
    (:func:`factarchive.extract.cues._known_place`: not one only the model reads as a country or a city, as it reads
    "cult hit Zentrix")."""
    doc, start, end = span.doc, span.start, span.end
    if start < 2 or not doc[start].is_title:
        return False
    noun, modifier = doc[start - 1], doc[start - 2]
    after = doc[end] if end < len(doc) else None
    return noun.lower_ in WORK_NOUNS and noun.tag_ == "NN" and modifier.tag_ in ("JJ", "NN", "VBN", "POS") \
        and sentence_of(doc, start - 1).start <= start - 2 and not (after is not None and after.pos_ == "VERB") \
        and not _known_place(span)


def part_in_work(span) -> bool:
    """True for a name after "in" that hangs on a noun for an actor's part or a verb of acting: "her role in Harvey
    Lynch", "his performance in Zentrix", "starring in Zentrix" (``ROLE_NOUNS``, ``ACTING_VERBS``): an actor plays in a
    work, never in a person. Not a place (:func:`factarchive.extract.cues._known_place`: "his role in Iraq", "starring
    in London"; the model reads "her role in Zentrix" as a country's), nor a name with a possessive after
    it ("her role in Tom Hale's campaign": the name is the campaign's owner)."""
    root, doc, end = span.root, span.doc, span.end
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "in" or prep.i != span.start - 1 or (end < len(doc) and doc[end].tag_ == "POS"):
        return False
    holder = prep.head
    return (holder.lower_ in ROLE_NOUNS and holder.pos_ == "NOUN" or holder.lower_ in ACTING_VERBS and holder.pos_ == "VERB") \
        and not _known_place(span)


@rule("vote", "work_noun_or_part", field="work", uses=(work_noun_right_before, part_in_work, _known_place, described_as_work))
def _work_noun_or_part(doc, cut: Cut) -> int:
    """A name the words show to be a work where the parser does not: a noun for a work right before it
    (:func:`work_noun_right_before`), or an actor's part in it (:func:`part_in_work`): two votes for the work, as "the
    film Ray" gives (:func:`factarchive.extract.cues.described_as_work`), and none where that rule gave them already
    ("video game Zentrix 2", parsed right)."""
    return 2 * ((work_noun_right_before(cut.span) or part_in_work(cut.span)) and not described_as_work(cut.span))
