"""The name votes: one type per name of an article, decided by the registry's ``vote`` rules of scope ``name``.

Part of stage ``entities.resolve`` (:mod:`factarchive.extract.entities` pools the mentions and calls :func:`_vote`):
each rule reads a :class:`Name` (its mentions, what the gazetteer says of it) and the votes of the rules before it, and
returns the votes it adds, per type; the type with most votes wins (:data:`CLASS_ORDER` breaks a tie).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from . import gazetteer, rules
from .lexicon import (ADMIN_SUFFIXES, AWARD_NAMES, FIRM_STAFF, MODEL_WORDS, ORG_NOUNS, ORG_WORD_ENDINGS, ORG_WORDS, PEOPLE,
                      PERSONAL_WORKS, PLACE_HEADS, PLACE_PREFIXES)
from .candidates import common_noun, singular
from .mentions import Mention, party_member
from .rules import rule

# Order used to break a tied vote: a place name is more often right than not; a "thing" (a work, product,
# award or event: not a fact of the schema) only on a majority of its own.
CLASS_ORDER = ("place", "person", "organization", "group", "thing")


class Name:
    """What the vote rules of scope ``name`` know of one name of the article: its mentions and what the gazetteer says."""

    def __init__(self, key: str, mentions: list[Mention], countries: frozenset[str]):
        self.key = key
        self.mentions = mentions
        self.countries = countries  # the countries the article names
        self.n = len(mentions)
        self.words = key.split()
        self.country = bool(gazetteer.country(key))
        # A country or a US state, also abbreviated after a city ("Denver, CO": the clean rule made it a place): a place.
        self.national = self.country or bool(gazetteer.us_state(key)) \
            or all(m.label == "place" and gazetteer.state_abbreviated(m.text) for m in mentions)

    @cached_property
    def city(self):
        """The city of this name (gazetteer.city), unless the name is only one of its alternate names and the model
        tagged no mention a place: Topeka was "Google" for a month in 2010, and a firm named in a story that also
        names Michigan is not a city in Kansas."""
        place = gazetteer.city(self.key, self.countries)
        if place and not gazetteer.own_name(place, self.key) and not any(m.label == "place" for m in self.mentions):
            return None
        return place

    @cached_property
    def region(self):
        return gazetteer.region(self.key)

    @cached_property
    def work(self) -> bool:
        """A work the model tagged as one at least as often as a person ("Harry Potter"), with the sentence's votes."""
        model = Counter(m.label for m in self.mentions)
        things = model["thing"] + _thing_votes(self) + _described_work(self, Counter()).get("thing", 0)
        return things >= model["person"] > 0 or things > 0 == model["person"]


# A vote no number of mentions outweighs.
DECISIVE = 10**6


def _vote(key: str, mentions: list[Mention], countries: frozenset[str]) -> str:
    """One type for every mention of a name: the votes of the registry's ``vote`` rules of scope ``name``, run in
    order, each given the votes so far. A tie goes to what the model said most, then by ``CLASS_ORDER``."""
    return _decide(_tally(key, mentions, countries), mentions)


def _tally(key: str, mentions: list[Mention], countries: frozenset[str]) -> dict[str, Counter]:
    """The votes of the ``vote`` rules of scope ``name``, added up per basis (``BASIS``: what each rule reads)."""
    name = Name(key, mentions, countries)
    votes: Counter = Counter()
    tally: dict[str, Counter] = {}
    for r, vote in rules.active("vote", "name"):
        given = vote(name, votes)
        if given:
            votes.update(given)
            basis = tally.get(BASIS[r.name])
            if basis is None:
                basis = tally[BASIS[r.name]] = Counter()
            basis.update(given)
    return tally


def _decide(tally: dict[str, Counter], mentions: list[Mention], without: str = "") -> str:
    votes: Counter = Counter()
    for basis, given in tally.items():
        if basis != without:
            votes.update(given)
    model = Counter(m.label for m in mentions)
    return max(CLASS_ORDER, key=lambda c: (votes[c], model[c], -CLASS_ORDER.index(c)))


# What each ``vote`` rule of scope ``name`` reads, so that a fact can say what decided its kind (its ``basis``): the
# model's labels alone (``model``), the name's own words or shape (``lexicon``: "X Bank of Y", "iPod", a given name
# first), the gazetteer (``gazetteer``: a country, a city by its own name), or what a sentence of the article says of
# it (``sentence``: "the band X", "Mr X", "X frontman Y"). tests/test_entity_kind_basis.py checks that every rule of
# the scope is here.
BASIS = {
    "award_name": "lexicon", "model_label": "model", "thing_cues": "sentence", "product_not_body": "sentence",
    "product_in_many_sentences": "sentence", "described_work": "sentence", "product_shape": "lexicon",
    "product_model_word": "lexicon", "country_or_state": "gazetteer", "titled_person": "sentence",
    "joining_word": "lexicon", "institution_of": "lexicon", "club_of_place": "sentence", "institution_cues": "sentence",
    "coined_word_body": "sentence", "body_named_like_person": "sentence", "firm_noun_before_name": "sentence",
    "firm_staff_employer": "sentence", "band_in_a_sentence": "sentence", "firm_of_a_country": "lexicon",
    "club_named_for_its_place": "lexicon",
    "gazetteer_place": "gazetteer", "city_not_person": "gazetteer", "settlement": "sentence", "thing_placed_by_the_model": "sentence",
    "initials_no_place": "lexicon", "name_words": "lexicon", "work_breaks_a_tie": "sentence",
}
# The order a basis is named in when several back a decision: what the article says of the name first.
BASES = ("sentence", "gazetteer", "lexicon")
# The least a sentence's votes must give a type over any other to be the decision's basis: one vote is a subject of
# "said" (a body speaks too); two are a title, a noun for a body or a band, a club's result.
SENTENCE_VOTES = 2


def basis(tally: dict[str, Counter], mentions: list[Mention], decided: str) -> str:
    """What decided a name's type ``decided``, from the votes of :func:`_tally` per basis: of the bases (``BASES``)
    whose votes back it (more for it than for any other type; a sentence's by ``SENTENCE_VOTES``), the first without
    which the type would not have won, else the first in ``BASES`` order (a sentence that says so, "Mr Hale", is more
    than the name's shape that agrees); ``model`` when none backs it (only the model's labels, or a link across the
    article, made it so)."""
    backing = {}
    for b in BASES:
        given = tally.get(b)
        if given:
            lead = given[decided] - max((v for c, v in given.items() if c != decided), default=0)
            if lead >= (SENTENCE_VOTES if b == "sentence" else 1):
                backing[b] = lead
    if not backing:
        return "model"
    tipped = [b for b in backing if _decide(tally, mentions, without=b) != decided]
    return min(tipped or backing, key=BASES.index)


# --------------------------------------------------------------------------- vote
# Each vote rule of scope ``name`` is called as ``rule(name, votes)`` (a :class:`Name`, and the votes of the rules
# before it) by :func:`_vote` and returns the votes it adds, per type. In the order they are written here.


@rule("vote", "award_name", scope="name")
def _award_name(name: Name, votes: Counter) -> dict[str, int]:
    """An award's name alone ("Oscar", "Grammys") is a thing, whatever every mention says."""
    return {"thing": DECISIVE} if name.key in AWARD_NAMES else {}


@rule("vote", "model_label", scope="name")
def _model_label(name: Name, votes: Counter) -> dict[str, int]:
    """The model's label of each mention, one vote each."""
    return Counter(m.label for m in name.mentions)


def _thing_votes(name: Name, person_votes: int = -1) -> int:
    """The sentences' votes for a work, product or award ("won an Oscar", "the Star Wars film"); half for a personal
    name the model tagged a person: "the Carlos Fuentes novel", "a Chaplin film" name the author."""
    things = sum(m.thing for m in name.mentions)
    words = name.words
    shaped = gazetteer.given_name(words[0]) and gazetteer.surname(words[-1]) if len(words) >= 2 else gazetteer.surname(name.key)
    if person_votes < 0:
        person_votes = sum(m.label == "person" for m in name.mentions)
    return things // 2 if shaped and person_votes else things


@rule("vote", "thing_cues", scope="name", uses=(_thing_votes,))
def _thing_cues(name: Name, votes: Counter) -> dict[str, int]:
    """What the sentences say of a work, a product or an award (see :func:`_thing_votes`)."""
    return {"thing": _thing_votes(name, votes["person"])}


@rule("vote", "product_not_body", scope="name")
def _product_not_body(name: Name, votes: Counter) -> dict[str, int]:
    """"the next Xbox console", "PlayStation 2 games": a mention whose sentence shows it a product's or a work's name
    (two votes of :func:`factarchive.extract.cues.thing_votes`) takes back the model's vote for a body there, so that
    a product named in more sentences than the sentences describe it ("Xbox's successor") is not outvoted by the model
    reading the same mentions as its maker. Not for a name a sentence shows to be a body that speaks or acts as one
    ("Microsoft said", "a software firm, Kavotek"): a maker's name before the noun ("the Kavotek console") is no product;
    nor for a place the gazetteer knows: a club named after it plays "the Barcelona game"."""
    if name.city or name.region or any(m.speaker or m.institution or m.service or m.club for m in name.mentions):
        return {}
    return {"organization": -sum(m.label == "organization" and m.thing >= 2 for m in name.mentions)}


def _band(name: Name, m: Mention) -> int:
    """The band's votes of mention ``m`` (``band``), but none for a name printed before a noun for a band's member
    ("Kavotek frontman Tom Hale") where another mention shows it a product (a vote of
    :func:`factarchive.extract.cues.product_votes`: "the new Kavotek", "Kavotek 2"): a product's name before a post
    names the product's team, not a band."""
    if m.band and m.dep in ("compound", "nmod") and any(o.product for o in name.mentions):
        return 0
    return m.band


@rule("vote", "product_in_many_sentences", scope="name", uses=(_band,))
def _product_in_many_sentences(name: Name, votes: Counter) -> dict[str, int]:
    """"Xbox 2", "the next generation Xbox", "Xbox games": a name that one sentence shows by what only a product's name
    takes (a vote of :func:`factarchive.extract.cues.product_votes`: its version, "the new"), and a third of its sentences or more by that or by a noun for a product or a work after it
    (:func:`factarchive.extract.cues.thing_votes`), none a body's (a speaker, a noun for a body in apposition, a club's
    result, a band's) nor a person's (a title), is the product's in every sentence: the model tags a product's name a
    body or a person by default, however often it is printed. A noun after the name alone is not enough: a maker's
    name takes it too ("the venerable IBM operating system"). Not a place the gazetteer knows, nor a name that begins
    with a given name ("Harry Potter" names the author's hero too)."""
    if name.national or name.city or name.region or len(name.words) >= 2 and gazetteer.given_name(name.words[0]) \
            or not any(m.product for m in name.mentions) \
            or any(m.speaker or m.institution + m.service >= 2 or m.club or m.titled or _band(name, m) for m in name.mentions):
        return {}
    shown = sum(m.thing >= 1 or m.product >= 1 for m in name.mentions)
    return {"thing": 2 * name.n + 2} if 3 * shown >= name.n else {}


@rule("vote", "described_work", scope="name")
def _described_work(name: Name, votes: Counter) -> dict[str, int]:
    """"the film Ray", "abortion drama Vera Drake": where a sentence names the work by its kind, the name is the work's,
    more than the model's labels and the name's words can give a person or a place ("the film Brick Lane"; not halved for
    a personal name, as a work named after its hero often is). A single vote (a hero's name before "films", which an
    author's name takes too: "the Stephen King novels") decides only where no mention is said of a person (a title
    before it, a verb of speaking after it)."""
    work = max((m.work for m in name.mentions), default=0)
    decided = work >= 2 or work == 1 and not any(m.titled or m.speaker for m in name.mentions)
    return {"thing": (2 * name.n + 2) * decided}


# A product's name in the shape Apple made common for devices, software and services ("iPod", "iTunes", "iMac",
# "iPlayer"): a lower-case "i" before a capitalised word; no person's or company's name is printed so.
PRODUCT_SHAPE = re.compile(r"i[A-Z][a-z]+[A-Za-z0-9]*")


@rule("vote", "product_shape", scope="name")
def _product_shape(name: Name, votes: Counter) -> dict[str, int]:
    """"the iPod", "iTunes": a name printed in a product's shape (``PRODUCT_SHAPE``) is a product, whatever the model
    tagged it, unless a sentence says it is a body."""
    if len(name.words) != 1 or any(m.institution or m.service for m in name.mentions) \
            or not all(PRODUCT_SHAPE.fullmatch(m.text) for m in name.mentions):
        return {}
    return {"thing": 2 * name.n + 2}


@rule("vote", "product_model_word", scope="name")
def _product_model_word(name: Name, votes: Counter) -> dict[str, int]:
    """"MacBook Pro", "Nintendo Switch Lite", "Chromecast Ultra": a name of two words or more whose last word names a
    model of a product line (``MODEL_WORDS``) is a product, whatever the model tagged it, unless a sentence shows it a
    body (it speaks, a noun for a body stands beside it) or a person (a title was read)."""
    if len(name.words) < 2 or name.words[-1] not in MODEL_WORDS or name.national or name.city or name.region \
            or any(m.speaker or m.institution or m.service or m.titled or m.club or m.band for m in name.mentions):
        return {}
    return {"thing": 2 * name.n + 2}


@rule("vote", "country_or_state", scope="name")
def _country_or_state(name: Name, votes: Counter) -> dict[str, int]:
    """A country or US state the gazetteer knows is a place: one vote more than it has mentions. A state's name in a
    results table ("Texas 75 58 .564") is its side, as a city's ("Texas Rangers" are a club); a country's never."""
    if not name.national:
        return {}
    club = 0 if name.country else sum(m.club for m in name.mentions)
    return {"place": name.n + 1, "organization": club}


@rule("vote", "titled_person", scope="name")
def _titled_person(name: Name, votes: Counter) -> dict[str, int]:
    """A title before a name ("Ms.", "President") or a noun for a person in apposition ("X, the baritone"): two votes
    for a person; the subject of "said", one (for a single word: "Clinton said")."""
    if name.national:
        return {}
    return {"person": 2 * sum(m.titled for m in name.mentions) + (len(name.words) == 1) * sum(m.speaker for m in name.mentions)}


@rule("vote", "joining_word", scope="name")
def _joining_word(name: Name, votes: Counter) -> dict[str, int]:
    """"of", "for", "and", "on" inside a name of three words or more: "Syrian Observatory for Human Rights" is no
    personal name."""
    words = name.words
    return {"organization": 1} if not name.national and len(words) >= 3 and any(w in ("of", "for", "and", "on") for w in words[1:-1]) else {}


@rule("vote", "institution_of", scope="name")
def _institution_of(name: Name, votes: Counter) -> dict[str, int]:
    """"Royal Bank of Scotland", "Royal College of Art": a word only a body's name ends in, before "of" or "for" inside
    the name, makes a body whatever the model and a given name first ("Royal") say: no one is named "X Bank of Y"."""
    words = name.words
    if name.national or not any(w in ORG_WORDS and nxt in ("of", "for") for w, nxt in zip(words[1:-1], words[2:])):
        return {}
    return {"organization": 2 * name.n + 3}


@rule("vote", "club_of_place", scope="name")
def _club_of_place(name: Name, votes: Counter) -> dict[str, int]:
    """A club named after its place ("Glasgow flanker", "Leicestershire beat Somerset"): the club's votes for an
    organisation, for a name the model tagged a place or a body, or a place the gazetteer knows (the model tags
    "Glasgow" in "Glasgow flanker" a person) or a word that is no one's name; never a person's name, and not a
    national side ("the Republic of Ireland beat Liechtenstein")."""
    if name.national or gazetteer.country(name.words[-1]):
        return {}
    words, key = name.words, name.key
    placelike = bool(name.city or name.region) or len(words) == 1 and not gazetteer.given_name(key) and not gazetteer.surname(key)
    return {"organization": sum(m.club for m in name.mentions if m.label in ("place", "organization") or placelike)}


# The last words of clubs' names after their place's ("Manchester City", "Bolton Wanderers", "Leeds United"); not
# "county" ("Orange County" is a place) nor "town" ("Cape Town").
CLUB_AFTER_PLACE = frozenset({"city", "united", "rovers", "athletic", "wanderers", "albion", "hotspur", "argyle", "orient",
                              "wednesday", "rangers"})


@rule("vote", "club_named_for_its_place", scope="name")
def _club_named_for_its_place(name: Name, votes: Counter) -> dict[str, int]:
    """"Striker Zed Hale wants to leave Manchester City": a place's name and a word only a club's name ends in
    (``CLUB_AFTER_PLACE``) is a club, whatever the model tagged it (it tags "Manchester City" a place as often as not),
    where the gazetteer knows no place of the whole name ("Mexico City", "Kansas City", "Jersey City" are cities).
    "City" after a British or Irish city's name only: British usage calls no city "X City" but its club, while Xinhua
    writes "Shantou City" for the city."""
    words = name.words
    if len(words) < 2 or words[-1] not in CLUB_AFTER_PLACE or name.national or name.region \
            or gazetteer.city(name.key, name.countries) is not None:
        return {}
    place = " ".join(words[:-1])
    town = gazetteer.city(place, name.countries)
    if words[-1] == "city":
        if town is None or town.country not in ("GB", "IE"):
            return {}  # "Shantou City", "Qinzhou City": Xinhua names Chinese cities so; British usage only its clubs
    elif not (town or gazetteer.region(place) or gazetteer.country(place)):
        return {}
    return {"organization": 2 * name.n + 3}


@rule("vote", "institution_cues", scope="name", uses=(_band,))
def _institution_cues(name: Name, votes: Counter) -> dict[str, int]:
    """What the sentences say of an organisation (:mod:`factarchive.extract.cues`); not for a place the gazetteer knows
    ("a professor at Glasgow": the gazetteer's place stays a place)."""
    if name.national or name.city or name.region:
        return {}
    return {"organization": sum(m.institution + _band(name, m) + m.service for m in name.mentions)}


@rule("vote", "coined_word_body", scope="name")
def _coined_word_body(name: Name, votes: Counter) -> dict[str, int]:
    """"oil company Yukos", "Euronext, which combines the Paris, Amsterdam and Lisbon stock exchanges": one word that is
    nobody's given name or surname, and that a sentence of the article says is a body, is the body's name in every
    sentence, however often the model tagged it a person ("Yukos to claim bankruptcy protection"). Not a word that only
    modifies the noun for a body ("a Guangdong company" says where it is; a web service's noun does: "a Twitter account",
    "said on Twitter" make the service a body), nor one the model tagged a place anywhere, nor
    one a sentence calls a work ("hit comedy Blackadder, which ended in 1989")."""
    key = name.key
    if len(name.words) != 1 or name.national or name.city or name.region or gazetteer.given_name(key) or gazetteer.surname(key) \
            or not any(m.institution and m.dep != "compound" or m.service for m in name.mentions) \
            or any(m.spacy_label in ("GPE", "LOC", "FAC") or m.work for m in name.mentions):
        return {}
    return {"organization": 2 * name.n + 1}


@rule("vote", "body_named_like_person", scope="name")
def _body_named_like_person(name: Name, votes: Counter) -> dict[str, int]:
    """"Scottish rock band Franz Ferdinand", "Franz Ferdinand, who were shortlisted", "Franz Ferdinand frontman Alex
    Kapranos": a name in a person's shape (a given name first) that a sentence of the article shows, with two votes or
    more in one mention, to be a body (a noun for a firm or band before it, "who" and a verb in the plural, a band's
    member after it) is the body's name in every sentence, more than the given name's votes and the model's person labels can make it
    a person (:func:`_name_words` gives a person two votes and one per mention). Not where a title was read ("Mr Franz
    Ferdinand"), nor for a place the gazetteer knows. A body's votes on the subject of a verb do not count here (a verb
    read as plural: "demanding that Tony Blair spell out", "would John Terry have gone"; a person's job read as a body's
    noun: "Ralph Hale, a farmer and store operator, says"); a band's (``band``: "X frontman Y", "X, who were") do."""
    words = name.words
    if len(words) < 2 or name.national or name.city or name.region or not gazetteer.given_name(words[0]) \
            or any(m.titled for m in name.mentions) \
            or not any(m.band >= 2 or m.institution + m.service >= 2 and not m.speaker and m.dep not in ("nsubj", "nsubjpass") for m in name.mentions):
        return {}
    return {"organization": 2 * name.n + 3}


def _printings(m: Mention):
    """Where the mention's name is printed in its sentence, every time (a mention keeps the sentence, not its place)."""
    k = m.sentence.find(m.text)
    while k >= 0:
        yield k
        k = m.sentence.find(m.text, k + 1)


def _noun_before(m: Mention) -> bool:
    """True where the sentence prints a noun for a body (``ORG_NOUNS``, not a person's, ``PEOPLE``) right before the
    mention: "car maker Aston Martin", "budget airline Zentrix Air" (read from the sentence's words: a mention keeps the
    sum of its votes, not which cue gave them). Not a person's job: "film maker Zhang Yimou" (``PERSONAL_WORKS``). Every
    printing of the name in the sentence is read, not the first alone ("Zentrix Air staff said budget airline Zentrix
    Air ...": a mention keeps no place in its sentence)."""
    for k in _printings(m):
        before = m.sentence[:k].split()
        word = before[-1].lower() if before else ""
        if word in ORG_NOUNS and word not in PEOPLE and not (len(before) >= 2 and before[-2].lower() in PERSONAL_WORKS):
            return True
    return False


@rule("vote", "firm_noun_before_name", scope="name", uses=(_noun_before, _printings))
def _firm_noun_before_name(name: Name, votes: Counter) -> dict[str, int]:
    """"British car maker Aston Martin has gone head-to-head with Porsche": a name of two words or more, no given name
    first, that a sentence prints right after a noun for a body (two votes of
    :func:`factarchive.extract.cues.described_as_org`, :func:`_noun_before`) is the body's name in every sentence, more
    than the model's person labels make it a person (the mirror of :func:`_body_named_like_person` for a name that does
    not begin with a given name; here a subject counts: the noun stands before the name, no apposition after it was
    misread). Not where a title was read ("Mr Aston Martin"), nor for a place the gazetteer knows."""
    words = name.words
    if len(words) < 2 or name.national or name.city or name.region or gazetteer.given_name(words[0]) \
            or any(m.titled for m in name.mentions) or not any(m.institution >= 2 and _noun_before(m) for m in name.mentions):
        return {}
    return {"organization": 2 * name.n + 1}


def _firm_staff_before(m: Mention) -> bool:
    """True where the sentence prints who works only for a body (``FIRM_STAFF``; an officer only a chief one) and
    "for", "at" or "with" right before the mention: "a senior analyst for Kavotek", "chief technology officer for Zentrix
    Universal" (read from the sentence's words, as :func:`_noun_before` does: every printing of the name is read)."""
    for k in _printings(m):
        before = [w.strip(",").lower() for w in m.sentence[:k].split()[-6:]]
        if len(before) < 2 or before[-1] not in ("for", "at", "with"):
            continue
        staff = before[-2]
        if staff in FIRM_STAFF or staff == "officer" and "chief" in before[:-2]:
            return True
    return False


@rule("vote", "firm_staff_employer", scope="name", uses=(_firm_staff_before, _printings))
def _firm_staff_employer(name: Name, votes: Counter) -> dict[str, int]:
    """"Low prices will win, Kavotek said. Tom Hale, a senior analyst for Kavotek, said ...": a name that a sentence
    prints as the employer of who works only for a body (:func:`_firm_staff_before`) is the body's name in every
    sentence, more than the model's person labels and a subject of "said" make it a person (the model reads a firm
    named like a surname a person; :func:`factarchive.extract.cues.employer` gives one vote, as for a person's
    employee: "a lawyer for Tom Hale"). Not where a title was read ("Mr Kavotek"), nor for a place the gazetteer
    knows ("an engineer at Glasgow")."""
    if name.national or name.city or name.region or any(m.titled for m in name.mentions) \
            or not any(_firm_staff_before(m) for m in name.mentions):
        return {}
    return {"organization": 2 * name.n + 1}


@rule("vote", "band_in_a_sentence", scope="name", uses=(_band,))
def _band_in_a_sentence(name: Name, votes: Counter) -> dict[str, int]:
    """"Keane singer Tom Chaplin", "the band Keane", "Keane have sold a million albums": a name that one sentence shows,
    with two votes or more in one mention, to be a band (``band``: a noun for a band before it, a band's member after
    it, "who" or a verb in the plural after it) is the band's name in every sentence, whatever its shape and the model's
    person labels (the model tags a band's name a person in most sentences, which say nothing of it: "supporting
    Keane"). The rule above does this for a name that begins with a given name, from a body's votes too; this one for
    any name, from a band's only. Not where a title was read ("Mr Keane"), nor for a place the gazetteer knows."""
    if name.national or name.city or name.region or any(m.titled for m in name.mentions) \
            or not any(_band(name, m) >= 2 for m in name.mentions):
        return {}
    return {"organization": 2 * name.n + 3}


@rule("vote", "firm_of_a_country", scope="name")
def _firm_of_a_country(name: Name, votes: Counter) -> dict[str, int]:
    """"Tag Heuer USA", "Atlas Bangladesh", "Sahabat Alam Malaysia": a name of two words or more whose last word is a
    country, while the whole is no place (the model tagged every mention a body or a person, the gazetteer knows no place
    of that name), is a body's: a firm's or a group's arm in that country; no one's name ends in a country's (a
    country that is also a surname or a given name, "Chris Jordan", "Lionel Chad", gives nothing)."""
    words = name.words
    if len(words) < 2 or name.national or name.city or name.region or not gazetteer.country(words[-1]) \
            or gazetteer.surname(words[-1]) or gazetteer.given_name(words[-1]) \
            or not all(m.spacy_label in ("ORG", "PERSON") for m in name.mentions):
        return {}
    return {"organization": 2 * name.n + 2}


@rule("vote", "gazetteer_place", scope="name")
def _gazetteer_place(name: Name, votes: Counter) -> dict[str, int]:
    """A city is one vote more for a place when it is big or in a country the article names (one per mention there), a
    region one (one more than its mentions when the article names its country: few people share a province's name,
    many a town's); and one more for each mention after "in", "near", "at"."""
    city, region = name.city, name.region
    if name.national or not (city or region):
        return {}
    countries, n = name.countries, name.n
    big = bool(city) and (city.country in countries or city.population >= gazetteer.BIG_CITY)
    local = bool(city) and city.country in countries
    home = bool(region) and region.country in countries
    return {"place": (n + 1 if home else n if local else (big or bool(region))) + sum(m.locative for m in name.mentions)}


# The least population of a city whose name alone, no one's given name or surname, outvotes the model's person tags.
NAMED_CITY = 100_000
# ... and of a city whose name outvotes them though it is a surname too ("Glasgow"; not "Lincoln", "Chester").
LARGE_CITY = 500_000


@rule("vote", "city_not_person", scope="name")
def _city_not_person(name: Name, votes: Counter) -> dict[str, int]:
    """"Glasgow hosts tsunami benefit gig", "The Glasgow forward": one word that is a city of some size by its own name,
    and no one's given name or surname (a large city's may be a surname), is a place however often the model tagged it a
    person (one vote for a place per mention tagged so, and one more), unless a title was read before it or it said something
    (then it is someone of that name), and unless a mention is a body's or a club's ("Premiership strugglers Norwich":
    the model's person tags of it are the club's then, as its other mentions say)."""
    key = name.key
    city = name.city
    known = city is not None and gazetteer.own_name(city, key) and city.population >= NAMED_CITY
    big = known and city.population >= LARGE_CITY
    if name.national or len(name.words) != 1 or not known or gazetteer.given_name(key) or gazetteer.surname(key) and not big \
            or any(m.titled or m.speaker or m.label == "organization" or m.club for m in name.mentions):
        return {}
    tagged = sum(m.label == "person" for m in name.mentions)
    return {"place": tagged + 1} if tagged else {}


@rule("vote", "settlement", scope="name")
def _settlement(name: Name, votes: Counter) -> dict[str, int]:
    """"the town of Afula": the article itself says it is a place, whatever the other mentions were tagged."""
    if name.national:
        return {}
    return {"place": (name.n + 1) * any(m.settlement for m in name.mentions)}


@rule("vote", "thing_placed_by_the_model", scope="name")
def _thing_placed_by_the_model(name: Name, votes: Counter) -> dict[str, int]:
    """"IBM's commitment to Kavix software", "the Zentrix 2 console": a name that only the model calls a place (the
    gazetteer knows no country, state, region, continent or city of that name) and that a sentence shows to be a work or
    a product (two votes in one mention of :func:`factarchive.extract.cues.thing_votes` or of a work's rules, or a
    product's version) is one, one vote more than the model's place labels give it (the model tags an unfamiliar
    title or a piece of software a place). Not where a sentence says it is a place ("in Kavix", "the town of Kavix"),
    a body (it speaks, a noun for a body stands beside it) or a person (a title was read), nor a facility's name (the
    model tagged it one, or a place's word ends or opens it: "the vital Stamford Bridge game" is played there)."""
    words = name.words
    if name.national or name.city or name.region or not votes["place"] or gazetteer.lookup(name.key) \
            or words[-1] in PLACE_HEADS or words[0] in PLACE_PREFIXES \
            or any(m.spacy_label == "FAC" or m.locative or m.settlement or m.speaker or m.titled or m.institution + m.service >= 2 for m in name.mentions) \
            or not any(m.thing >= 2 or m.work >= 2 or m.product >= 1 for m in name.mentions):
        return {}
    return {"thing": votes["place"] + 1}


# A name printed as initials: two to four capitals ("BT", "ICI").
INITIALS = re.compile(r"[A-Z]{2,4}")


@rule("vote", "initials_no_place", scope="name")
def _initials_no_place(name: Name, votes: Counter) -> dict[str, int]:
    """"director of corporate responsibility at BT", "telecoms giant BT": a name printed only as two to four capitals
    that the gazetteer knows as no place of the article (no country, US state, region, nor a city by that name of its
    own: "UK", "LA", "NYC" stay places) is a body's initials, one vote more than the model's labels for a place give it
    (the model reads many a firm's initials as a country's)."""
    if name.national or name.city or name.region or not all(INITIALS.fullmatch(m.text) for m in name.mentions):
        return {}
    return {"organization": votes["place"] + 1} if votes["place"] else {}


def _coined_firm_word(word: str) -> bool:
    """A firm's coined last word: "microsystems", "biotechnologies" (longer than an ending of ORG_WORD_ENDINGS)."""
    return any(word.endswith(end) and len(word) > len(end) + 1 for end in ORG_WORD_ENDINGS)


@rule("vote", "name_words", scope="name")
def _name_words(name: Name, votes: Counter) -> dict[str, int]:
    """The words of the name: a last word such as "Street" or a first word such as "Mount" makes a place ("Houston
    Street", though "Houston" is a given name), unless the model tagged every mention a person with a given name and a
    surname ("Wayne Bridge"); a last word such as "Inc" or "Foundation" or a firm's coined one ("Sun Microsystems", though "Sun" is a given
    name), or a party's members ("Christian Democrats"),
    an organisation, also after a place's first word ("San Francisco Chronicle"); a first word that is a given name ("Julia Chepalova") two votes for a person, one per mention
    more with a surname ("Montgomery Clift"), unless the name is a city's, a place's with its division word, or a
    work's ("Harry Potter"); only one where the model tagged every mention a body, no title was read, and either there
    are two mentions or more or a sentence says it is a body ("chief economist at Merrill Lynch": a firm named for its
    founders; one mention tagged a body alone is too often the model's slip, "including Ernie Banks on Saturday"). Names joined by "&" ("Morgan & Hale") are a firm's; a name whose
    first word is a country's ("Jordan Telecom", "Jordan" being a given name too) or a continent's ("Asia Pacific", "Asia
    Aid": a region, a body's arm or appeal there) gets no vote for a person: the model's labels decide it ("Asia Argento",
    tagged a person, stays one)."""
    if name.national:
        return {}
    words, key, n = name.words, name.key, name.n
    personal = all(m.spacy_label == "PERSON" for m in name.mentions) and gazetteer.given_name(words[0]) and gazetteer.surname(words[-1])
    if len(words) >= 2 and (words[-1] in PLACE_HEADS or words[0] in PLACE_PREFIXES and words[-1] not in ORG_WORDS) and not personal:
        return {"place": n + 1}
    if len(words) >= 2 and (words[-1] in ORG_WORDS or _coined_firm_word(words[-1])) or party_member(key) \
            or len(words) >= 2 and "&" in words[1:-1]:
        return {"organization": n + 1}
    if len(words) >= 2 and gazetteer.given_name(words[0]) and not name.city and words[-1] not in ADMIN_SUFFIXES and not name.work \
            and not gazetteer.country(words[0]) and not gazetteer.continent(words[0]):
        if all(m.spacy_label == "ORG" and not m.titled for m in name.mentions) and (n >= 2 or any(m.institution or m.service for m in name.mentions)):
            return {"person": 1}  # "Merrill Lynch" tagged a body twice, or once where the sentence says so: a firm named for founders
        return {"person": 2 + (n if gazetteer.surname(words[-1]) else 0)}
    return {}


@rule("vote", "work_breaks_a_tie", scope="name")
def _work_breaks_a_tie(name: Name, votes: Counter) -> dict[str, int]:
    """"The sixth and final Zentrix Wars movie", "the five previous Zentrix Wars films", and two more mentions that say
    nothing: where the sentences' votes for a work or a product, two in one mention at least (a noun for a work or a
    product after the name, :func:`factarchive.extract.cues.thing_votes`), tie the lead of every other type (the
    model's labels of the mentions that say nothing), the work wins by one: the model tags a title a person by default, a sentence
    says what it is. Not a personal name (a given name first and a surname or no common noun last, or one word that is
    a given name or a surname: "the Spielberg film", "a Tom Hale film", "Jude Law film" name the actor; "Star Wars"
    ends in a noun that is nobody's surname), nor a body's
    (a body's word last, "Association"; initials in it, "EU software law", "BBC Radio 4's"), nor a name a sentence
    shows a person's, a body's or a place's (a title, a verb of speaking, a noun for a body, a club's or a band's
    votes, "in" before it)."""
    words, last = name.words, name.words[-1]
    shaped = gazetteer.given_name(words[0]) and (gazetteer.surname(last) or not (common_noun(last) or common_noun(singular(last)))) \
        if len(words) >= 2 \
        else gazetteer.given_name(name.key) or gazetteer.surname(name.key)
    lead = max((v for c, v in votes.items() if c != "thing"), default=0)
    if shaped or last in ORG_WORDS or any(INITIALS.fullmatch(w) for m in name.mentions for w in m.text.split()) \
            or not votes["thing"] or votes["thing"] != lead or not any(m.thing >= 2 for m in name.mentions) \
            or any(m.titled or m.speaker or m.institution or m.service or m.club or m.band or m.locative or m.settlement
                   for m in name.mentions):
        return {}
    return {"thing": 1}


__all__ = ["CLASS_ORDER", "DECISIVE", "Name"]
