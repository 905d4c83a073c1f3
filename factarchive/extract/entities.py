"""Entities: every mention of an article pooled, and one decision made per entity.

Stages ``entities.resolve`` and ``entities.gazetteer``, after
:mod:`factarchive.extract.mentions` found the names (find, then assign, as in
spaCy's EntityRuler): :func:`resolve_entities` votes one type per name (with
gazetteer evidence), links short names, acronyms and country forms to the
full name, and :func:`to_facts` makes the article's actors and locations.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Optional

from ..model import Actor, Location
from ..slug import slug
from . import gazetteer, rules
from .lexicon import ACRONYM_SKIP, ADMIN_SUFFIXES, AWARD_NAMES, ORG_WORD_ENDINGS, ORG_WORDS, PLACE_HEADS, PLACE_PREFIXES
from .mentions import GAZETTEER_ONLY, Mention, name_words, party_member
from .rules import rule

# Order used to break a tied vote: a place name is more often right than not; a "thing" (a work, product,
# award or event: not a fact of the schema) only on a majority of its own.
CLASS_ORDER = ("place", "person", "organization", "group", "thing")
# The key of a place's club, split from the place (see :func:`resolve_entities`).
CLUB_KEY = " \x00club"


# --------------------------------------------------------------------------- resolve


@dataclass(frozen=True)
class Entity:
    """All mentions of one thing in one article, with the decision made about it."""

    name: str
    cls: str  # person, organization, place, group (a "thing" is decided, then left out)
    mentions: tuple[Mention, ...]


class Name:
    """What the vote rules of scope ``name`` know of one name of the article: its mentions and what the gazetteer says."""

    def __init__(self, key: str, mentions: list[Mention], countries: frozenset[str]):
        self.key = key
        self.mentions = mentions
        self.countries = countries  # the countries the article names
        self.n = len(mentions)
        self.words = key.split()
        self.country = bool(gazetteer.country(key))
        self.national = self.country or bool(gazetteer.us_state(key))  # a country or a US state: always a place

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
    name = Name(key, mentions, countries)
    votes: Counter = Counter()
    for _, vote in rules.active("vote", "name"):
        votes.update(vote(name, votes))
    model = Counter(m.label for m in mentions)
    return max(CLASS_ORDER, key=lambda c: (votes[c], model[c], -CLASS_ORDER.index(c)))


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
    if name.city or name.region or any(m.speaker or m.institution or m.club for m in name.mentions):
        return {}
    return {"organization": -sum(m.label == "organization" and m.thing >= 2 for m in name.mentions)}


@rule("vote", "described_work", scope="name")
def _described_work(name: Name, votes: Counter) -> dict[str, int]:
    """"the film Ray", "abortion drama Vera Drake": where a sentence names the work by its kind, the name is the work's,
    more than the model's labels and the name's words can give a person or a place ("the film Brick Lane"; not halved for
    a personal name, as a work named after its hero often is)."""
    return {"thing": (2 * name.n + 2) * any(m.work for m in name.mentions)}


# A product's name in the shape Apple made common for devices, software and services ("iPod", "iTunes", "iMac",
# "iPlayer"): a lower-case "i" before a capitalised word; no person's or company's name is printed so.
PRODUCT_SHAPE = re.compile(r"i[A-Z][a-z]+[A-Za-z0-9]*")


@rule("vote", "product_shape", scope="name")
def _product_shape(name: Name, votes: Counter) -> dict[str, int]:
    """"the iPod", "iTunes": a name printed in a product's shape (``PRODUCT_SHAPE``) is a product, whatever the model
    tagged it, unless a sentence says it is a body."""
    if len(name.words) != 1 or any(m.institution for m in name.mentions) \
            or not all(PRODUCT_SHAPE.fullmatch(m.text) for m in name.mentions):
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


@rule("vote", "institution_cues", scope="name")
def _institution_cues(name: Name, votes: Counter) -> dict[str, int]:
    """What the sentences say of an organisation (:mod:`factarchive.extract.cues`); not for a place the gazetteer knows
    ("a professor at Glasgow": the gazetteer's place stays a place)."""
    if name.national or name.city or name.region:
        return {}
    return {"organization": sum(m.institution + m.band for m in name.mentions)}


@rule("vote", "coined_word_body", scope="name")
def _coined_word_body(name: Name, votes: Counter) -> dict[str, int]:
    """"oil company Yukos", "Euronext, which combines the Paris, Amsterdam and Lisbon stock exchanges": one word that is
    nobody's given name or surname, and that a sentence of the article says is a body, is the body's name in every
    sentence, however often the model tagged it a person ("Yukos to claim bankruptcy protection"). Not a word that only
    modifies the noun for a body ("a Guangdong company" says where it is), nor one the model tagged a place anywhere, nor
    one a sentence calls a work ("hit comedy Blackadder, which ended in 1989")."""
    key = name.key
    if len(name.words) != 1 or name.national or name.city or name.region or gazetteer.given_name(key) or gazetteer.surname(key) \
            or not any(m.institution and m.dep != "compound" for m in name.mentions) \
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
            or not any(m.band >= 2 or m.institution >= 2 and not m.speaker and m.dep not in ("nsubj", "nsubjpass") for m in name.mentions):
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


@rule("vote", "settlement", scope="name")
def _settlement(name: Name, votes: Counter) -> dict[str, int]:
    """"the town of Afula": the article itself says it is a place, whatever the other mentions were tagged."""
    if name.national:
        return {}
    return {"place": (name.n + 1) * any(m.settlement for m in name.mentions)}


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
    first word is a country's ("Jordan Telecom", "Jordan" being a given name too) gets no vote for a person."""
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
            and not gazetteer.country(words[0]):
        if all(m.spacy_label == "ORG" and not m.titled for m in name.mentions) and (n >= 2 or any(m.institution for m in name.mentions)):
            return {"person": 1}  # "Merrill Lynch" tagged a body twice, or once where the sentence says so: a firm named for founders
        return {"person": 2 + (n if gazetteer.surname(words[-1]) else 0)}
    return {}


def _initials(key: str) -> str:
    return "".join(w[0] for w in name_words(key) if w not in ACRONYM_SKIP and w[0].isalpha())


def _acronym(text: str) -> Optional[str]:
    """"UN", "U.N.", "IMF" -> lower-case letters; None for anything that is not an acronym."""
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper():
        return letters.lower()
    return None


def _canonical(cls: str, mentions: list[Mention]) -> str:
    forms = Counter(m.text for m in mentions)
    if cls == "person":  # the fullest form of a name is its name
        return max(forms, key=lambda f: (len(name_words(f)), forms[f], f))
    if cls == "place":
        # "Homs" over "Homs province", however often each is printed: the province word is the place's type.
        short = {f for f in forms if len(f.split()) >= 2 and f.split()[-1].lower() in ADMIN_SUFFIXES and f.rsplit(" ", 1)[0] in forms}
        form = max(forms, key=lambda f: (f not in short, forms[f], len(f), f))
        place = gazetteer.country(form)
        if place:
            return place.name
        if all(f.isupper() for f in forms) and len(form) > 3:  # "NAIROBI" in a dateline
            # The gazetteer's spelling ("McLean", "Port-au-Prince") only where it is this very name in other letters:
            # never a place found by another of its names ("FLORIDA" is not "Floridablanca").
            place = gazetteer.place_below_country(form)
            return place.name if place and place.name.casefold() == form.casefold() else form.title()
        return form
    return max(forms, key=lambda f: (forms[f], len(f), f))


def _merge(groups: dict[str, list[Mention]], decided: dict[str, str], short: str, full: str) -> None:
    groups[full].extend(groups.pop(short))
    decided.pop(short)


# --------------------------------------------------------------------------- link
# Each link rule takes the article's names (key -> mentions) and their decided types and returns both after
# its links; :func:`resolve_entities` runs this module's link rules in the order they are written here.
_Linked = tuple[dict[str, list[Mention]], dict[str, str]]


def _unchanged(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """What a link rule that is off returns: the names and types as they were."""
    return groups, decided


def _copy(groups: dict[str, list[Mention]], decided: dict[str, str]) -> _Linked:
    return defaultdict(list, {key: list(ms) for key, ms in groups.items()}), dict(decided)


@rule("link", "surname_before_vote", off=_unchanged)
def _link_surname_before_vote(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """A surname joins the one personal name it ends, before the vote."""
    groups, decided = _copy(groups, decided)
    # A surname joins the one personal name it ends before the vote, whatever the model
    # called either ("Pechstein" tagged a place, "Claudia Pechstein" a person): one vote for both.
    personal = sorted((k for k in groups if len(name_words(k)) >= 2 and name_words(k)[-1] not in ORG_WORDS
                       and (decided[k] == "person" or gazetteer.given_name(name_words(k)[0]))),
                      key=lambda k: (-len(name_words(k)), k))
    for short in sorted(groups, key=lambda k: (len(name_words(k)), k)):
        sw = name_words(short)
        if len(sw) != 1 or short not in groups or gazetteer.country(short) or gazetteer.us_state(short) or gazetteer.demonym(short):
            continue
        longer = {k for k in personal if k in groups and name_words(k)[-1] == sw[0]}
        if len(longer) == 1:
            full = longer.pop()
            _merge(groups, decided, short, full)
            if decided[full] != "person":
                decided[full] = _vote(full, groups[full], countries)
        elif len(longer) > 1 and all(decided[k] == "person" for k in longer):
            decided[short] = "person"  # "Rosenbaum" with Louis and Alvin Rosenbaum: a person, which one unsaid
    return groups, decided


@rule("link", "province_word", off=_unchanged)
def _link_province_word(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"Idlib province" is Idlib."""
    groups, decided = _copy(groups, decided)
    # "Idlib province" is Idlib, where the article or the gazetteer knows Idlib.
    for key in sorted(groups):
        words = key.split()
        if decided.get(key) == "place" and len(words) >= 2 and words[-1] in ADMIN_SUFFIXES:
            base = " ".join(words[:-1])
            if decided.get(base) == "place" or (base not in groups and gazetteer.lookup(base)):
                groups.setdefault(base, [])
                decided[base] = "place"
                _merge(groups, decided, key, base)
    return groups, decided


@rule("link", "one_country", off=_unchanged)
def _link_one_country(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """One country, one entity: "U.S." and "United States"."""
    groups, decided = _copy(groups, decided)
    # One country, one entity: "U.S." and "United States" (by the gazetteer's name, so that England,
    # Scotland and Wales, which share the UK's code, stay countries of their own).
    by_name: dict[str, str] = {}
    for key in sorted(groups, key=lambda k: (-len(k), k)):
        place = gazetteer.country(key) if decided[key] == "place" else None
        if place:
            if place.name in by_name:
                _merge(groups, decided, key, by_name[place.name])
            else:
                by_name[place.name] = key
    return groups, decided


@rule("link", "short_personal_name", off=_unchanged)
def _link_short_personal_name(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """A short name links to the one longer personal name it ends."""
    groups, decided = _copy(groups, decided)
    # A short name links to the one longer personal name it ends, whatever the model
    # called it: "Erdogan" -> "Recep Tayyip Erdogan", "Clinton" (tagged a place) -> "Bill Clinton".
    persons = sorted((k for k, c in decided.items() if c == "person"), key=lambda k: (-len(name_words(k)), k))
    target: dict[str, str] = {}
    for short in sorted(decided, key=lambda k: (-len(name_words(k)), k)):
        sw = name_words(short)
        if decided[short] != "person" and (gazetteer.country(short) or gazetteer.us_state(short) or len(sw) > 1):
            continue
        longer = [k for k in persons if len(name_words(k)) > len(sw) and name_words(k)[-len(sw):] == sw]
        roots = {target.get(k, k) for k in longer}
        if len(roots) == 1:
            target[short] = roots.pop()
    for short, full in sorted(target.items()):
        _merge(groups, decided, short, full)
    return groups, decided


@rule("link", "given_name_alone", off=_unchanged)
def _link_given_name_alone(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"I know David very well" in an article that names David Blunkett: a given name alone, decided a person, is the one
    person of the article whose name it begins; where two share it ("David Hale" and "David Marsh"), neither."""
    groups, decided = _copy(groups, decided)
    persons = [k for k, c in decided.items() if c == "person" and len(name_words(k)) >= 2]
    for key in sorted(groups):
        words = name_words(key)
        if decided.get(key) != "person" or len(words) != 1 or not gazetteer.given_name(words[0]):
            continue
        owners = {k for k in persons if k in groups and name_words(k)[0] == words[0]}
        if len(owners) == 1:
            _merge(groups, decided, key, owners.pop())
    return groups, decided


@rule("link", "acronym", off=_unchanged)
def _link_acronym(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """An acronym links to the one name whose initials it is."""
    groups, decided = _copy(groups, decided)
    # An acronym links to the one name whose initials it is: "UN" -> "United Nations".
    for key in sorted(groups):
        letters = _acronym(groups[key][0].text)
        if not letters or gazetteer.country(key):
            continue
        longer = [k for k in decided if k != key and len(name_words(k)) >= 2 and _initials(k) == letters
                  and decided[k] in ("organization", "place")]
        if len(longer) == 1:
            _merge(groups, decided, key, longer[0])
    return groups, decided


@rule("link", "surname_with_s", off=_unchanged)
def _link_surname_with_s(groups: dict[str, list[Mention]], decided: dict[str, str], countries: frozenset[str]) -> _Linked:
    """"Blairs" beside Tony Blair is the one person whose name it ends."""
    groups, decided = _copy(groups, decided)
    # "Blairs" beside Tony Blair: a surname with a stray "s" (the family, or a possessive without its
    # apostrophe) is the one person whose name it ends, never an organisation of its own.
    persons = [k for k, c in decided.items() if c == "person"]
    for key in sorted(groups):
        words = name_words(key)
        if len(words) != 1 or not key.endswith("s") or len(key) < 4 or gazetteer.lookup(key) or gazetteer.demonym(key):
            continue
        owners = {k for k in persons if k in groups and name_words(k)[-1] == key[:-1]}
        if len(owners) == 1:
            _merge(groups, decided, key, owners.pop())
    return groups, decided


def _links() -> list:
    """This module's link rules, in registration (source) order."""
    return [r.run for r in rules.registered("link", "article")]


def resolve_entities(mentions: list[Mention]) -> list[Entity]:
    """Pool mentions into entities: one type per name, short names linked to full ones (stage ``entities.resolve``)."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        if not m.provenance:
            groups[m.key].append(m)
    # The countries the article names: a country, or a US state ("Rep. Jack Quinn, R-Buffalo, a New York congressman"
    # names the United States as much as "U.S." does).
    countries = frozenset(p.country for key in groups if (p := gazetteer.country(key) or gazetteer.us_state(key)))
    for key in sorted(groups):
        if all(m.shouted for m in groups[key]) and not gazetteer.lookup(key, countries):
            del groups[key]  # "REBOUNDS", "TOO GOOD A SOUND": a word of a subheading, named nowhere else
        elif all(m.spacy_label == GAZETTEER_ONLY for m in groups[key]):
            place = gazetteer.city(key, countries) or gazetteer.region(key)
            if place is None or place.country not in countries:
                del groups[key]
    # "NEW YORK 1996-08-30" (the dateline) and "NEW YORK 74 59 .556" (a line of a table): the city and its club, two
    # entities where the table's mentions and the others vote apart.
    for key in sorted(groups):
        rows = [m for m in groups[key] if m.table]
        rest = [m for m in groups[key] if not m.table]
        if rows and rest and _vote(key, rows, countries) != _vote(key, rest, countries):
            groups[key] = rest
            groups[key + CLUB_KEY] = rows
    decided = {key: _vote(key.removesuffix(CLUB_KEY), ms, countries) for key, ms in sorted(groups.items())}

    for link in _links():
        groups, decided = link(groups, decided, countries)

    entities = []
    for key, ms in groups.items():
        ms = sorted(ms, key=lambda m: m.order)
        cls = decided[key]
        if cls == "thing":
            continue  # a work, product, award or event: neither an actor nor a place
        entities.append(Entity(name=_canonical(cls, ms), cls=cls, mentions=tuple(ms)))
    return sorted(entities, key=lambda e: e.mentions[0].order)


def _evidence(mentions: Iterable[Mention]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for m in sorted(mentions, key=lambda m: m.order):
        seen.setdefault(m.sentence, None)
    return tuple(seen)


def _aliases(entity: Entity) -> tuple[str, ...]:
    return tuple(sorted({m.text for m in entity.mentions if m.text != entity.name}))


def assign_ids(entities: list[Entity]) -> dict[Entity, str]:
    """Each entity's id: the slug of its name (plus its class where two names share a slug)."""
    ids: dict[Entity, str] = {}
    used: set[str] = set()
    for e in entities:
        ident = slug(e.name)
        if ident in used:
            ident = f"{ident}-{e.cls}"
        used.add(ident)
        ids[e] = ident
    return ids


def to_facts(entities: list[Entity], ids: dict[Entity, str]) -> tuple[tuple[Actor, ...], tuple[Location, ...]]:
    """Turn resolved entities into the fact sheet's actors and locations (stage ``entities.gazetteer``)."""
    actors: list[Actor] = []
    locations: list[Location] = []
    countries = {p.country for e in entities if e.cls == "place" and (p := gazetteer.country(e.name))}
    for e in entities:
        common = dict(id=ids[e], name=e.name, aliases=_aliases(e), mentions=len(e.mentions), evidence=_evidence(e.mentions))
        if e.cls == "place":
            place = gazetteer.country(e.name)
            if place:
                actors.append(Actor(kind="country", country_code=place.country, **common))
                continue
            place = gazetteer.place_below_country(e.name, countries)
            labels = Counter(m.spacy_label for m in e.mentions)
            if place and place.kind == "city":
                locations.append(Location(kind="city", country=place.country, coordinates=place.coordinates, **common))
            elif any(m.settlement for m in e.mentions):
                locations.append(Location(kind="city", **common))
            elif place:
                locations.append(Location(kind="region", country=place.country, **common))
            elif labels["FAC"] > labels["GPE"] + labels["LOC"]:
                locations.append(Location(kind="facility", **common))
            elif labels["LOC"] > labels["GPE"]:
                locations.append(Location(kind="region", **common))
            else:
                locations.append(Location(kind="place", **common))
            continue
        roles = Counter(m.role for m in e.mentions if m.role)
        role = max(roles, key=lambda r: (roles[r], r)) if roles else None
        actors.append(Actor(kind=e.cls, role=role, **common))
    kind_order = {"person": 0, "organization": 1, "country": 2, "group": 3}
    actors.sort(key=lambda a: (kind_order[a.kind], -a.mentions, a.name))
    locations.sort(key=lambda loc: (-loc.mentions, loc.name))
    return tuple(actors), tuple(locations)


__all__ = ["CLASS_ORDER", "Entity", "assign_ids", "resolve_entities", "to_facts"]
