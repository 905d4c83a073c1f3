"""Clean rules, first part: where a name starts and ends (articles, weekdays, gerunds, titles and honorifics before
it; possessives, punctuation, company forms and particles around it). Rules of step ``clean``, scope ``span``, called
as ``rule(doc, cut)`` by :func:`factarchive.extract.mentions.find_mentions` in the order written here.
"""

from __future__ import annotations

import re
from typing import Optional

from . import gazetteer
from .candidates import common_noun, common_plural, company_form, name_token, party_member, title_word, verb_form
from .lexicon import (CAMPAIGN_VERBS, COMPANY_SUFFIXES, COMPASS_WORDS, DATE_WORDS, GENERIC_ORG_NOUNS, GOVERNMENT_NOUNS, HONORIFICS, NAME_ABBREVIATIONS, NAME_PARTICLES, OCCUPATIONS,
                      OFFICE_TITLES, ORG_WORDS, PARTY_NAMES, PERSONAL_HONORIFICS, WEEKDAYS)
from .mention_types import Cut, NOT_NAME_POS
from .name_context import follower_adjective
from .nlp import entities_of
from .rules import rule


# Every clean rule of scope ``span`` below is called as ``rule(doc, cut)`` by :func:`find_mentions`, which iterates the
# registry: in the order they are written here, which is the order a name passes through them.


@rule("clean", "company_possessive")
def _company_possessive(doc, cut: Cut) -> Cut:
    """"Moody's said", "McDonald's recently announced": the "'s" is the company's, not a possessive."""
    end = cut.end
    if cut.label == "organization" and end + 1 < len(doc) and doc[end].tag_ == "POS" \
            and doc[end + 1].pos_ in ("VERB", "AUX", "ADV", "PUNCT", "CCONJ"):
        cut.end += 1
    return cut


@rule("clean", "share_after_name")
def _share_after_name(doc, cut: Cut) -> Cut:
    """"Malacca 40.80 per cent": a name the model ran on into a share ends before the number."""
    if cut.label != "group" and doc[cut.end - 1].lower_ in ("cent", "%", "percent"):
        cut.end = next((t.i for t in cut.span if t.like_num), cut.end)
    return cut


@rule("clean", "leading_article")
def _leading_article(doc, cut: Cut) -> Cut:
    """"the", "a", "an", punctuation and quotes before a name are not the name's."""
    while cut.start < cut.end and (doc[cut.start].lower_ in ("the", "a", "an") or doc[cut.start].is_punct
                                   or doc[cut.start].text in ("`", "``", "'", '"')):
        cut.start += 1
    return cut


@rule("clean", "titled_possessor")
def _titled_possessor(doc, cut: Cut) -> Cut:
    """"Mr Brown's International Finance Facility": a title, a name and "'s" at the start of what the model tagged a body
    (or of a name with the title before it) say whose the rest is; the name is what follows the possessive, and the
    possessor is no part of it (no body is named "Mr X's": "McDonald's Corporation" has no title). Only an honorific or an
    office is such a title: "the British Bankers' Association" is one name."""
    if cut.label == "person":
        return cut

    def title(tok) -> bool:  # "Mr", "Lord", "President": not a demonym or a job ("the British Bankers' Association")
        return tok.is_title and (tok.lower_.rstrip(".") in HONORIFICS or tok.lower_ in OFFICE_TITLES)

    first = cut.start - 1 if cut.start > 0 and title(doc[cut.start - 1]) else cut.start
    if not title(doc[first]):
        return cut
    for k in range(max(first + 1, cut.start), cut.end - 1):
        if doc[k].tag_ == "POS":
            if k > first + 1 and all(t.is_title for t in doc[first + 1:k]) and all(t.is_title for t in doc[k + 1:cut.end]):
                cut.start = k + 1
            break
    return cut


# Dashes that, printed with a space on both sides, join two statements rather than the words of one name.
SPACED_DASHES = frozenset({"-", "--", "\u2013", "\u2014"})


@rule("clean", "spaced_dash_inside_name")
def _spaced_dash_inside_name(doc, cut: Cut) -> Cut:
    """"Florian Hamm - Borussia Dortmund", "Mark Lewis-Francis - runner": a name the model ran on over a dash with a space
    on both sides ends before it (a dash inside a name has none: "Lewis-Francis", "Coca-Cola")."""
    dash = next((t.i for t in doc[cut.start + 1:cut.end - 1] if t.text in SPACED_DASHES and t.whitespace_
                 and doc[t.i - 1].whitespace_), None)
    if dash is not None:
        cut.end = dash
    return cut


@rule("clean", "verb_inside_name")
def _verb_inside_name(doc, cut: Cut) -> Cut:
    """"the University of Kent added Lever Brothers": a name the model ran on over a verb in the past or
    present tense, in lower case, ends before it (a name's own words are capitalised, "Raging Bull", or particles the
    tagger may read as verbs, "Joost den Hartog")."""
    verb = next((t.i for t in doc[cut.start + 1:cut.end] if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.is_lower
                 and t.lower_ not in NAME_PARTICLES), None)
    if verb is not None:
        cut.end = verb
    return cut


@rule("clean", "leading_weekday")
def _leading_weekday(doc, cut: Cut) -> Cut:
    """"On Monday Tony Blair insisted": a day of the week before a name is when, not the name's; but not before a body's
    last word ("the Sunday Telegraph", "Sunday Times")."""
    if cut.label == "organization" and doc[cut.end - 1].lower_ in ORG_WORDS:
        return cut  # "the Sunday Telegraph": a newspaper's name
    while cut.end - cut.start >= 2 and doc[cut.start].lower_ in WEEKDAYS and doc[cut.start + 1].is_title:
        cut.start += 1
    return cut


@rule("clean", "honorific_name")
def _honorific_name(doc, cut: Cut) -> Cut:
    """"Mr Blair" tagged an organisation or a place: "Mr", "Mrs", "Ms" stand only before a person's name; inside the name
    too, where the model ran a name before it on into it ("the relief deal with Tanzania Mr Brown said": the name starts
    after it)."""
    if cut.label == "person":
        return cut
    for k in range(cut.start, cut.end - 1):
        if doc[k].lower_ in PERSONAL_HONORIFICS and doc[k + 1].is_title \
                and (k == cut.start or doc[k].is_title and all(t.is_title or t.tag_ == "POS" for t in doc[k + 1:cut.end])):
            cut.start, cut.label, cut.titled = k + 1, "person", True
            break
    return cut


@rule("clean", "possessor_inside_person")
def _possessor_inside_person(doc, cut: Cut) -> Cut:
    """"Elon Hale’s SpaceCo" tagged a person: a person's name holds no possessive "'s" ("’s"); the person is the
    possessor, before it, and what follows is another name, theirs."""
    if cut.label == "person":
        k = next((t.i for t in doc[cut.start + 1:cut.end - 1] if t.tag_ == "POS"), None)
        if k is not None:
            cut.end = k
    return cut


@rule("clean", "organisation_possessive")
def _organisation_possessive(doc, cut: Cut) -> Cut:
    """An organisation's name of two words or more that ends in "'s" before a verb keeps it ("Standard & Poor's said");
    not a given name and a surname before it, which are a person's ("moments from Kurt Hale's and Tim Berg's
    testimony": the model tags such a possessor a body)."""
    start, end = cut.start, cut.end
    personal = end - start == 3 and gazetteer.given_name(doc[start].text) and gazetteer.surname(doc[start + 1].text)
    cut.possessive = cut.label == "organization" and end - start >= 2 and doc[end - 1].tag_ == "POS" and end < len(doc) \
        and doc[end].pos_ in ("VERB", "AUX", "ADV", "PUNCT", "CCONJ") and not personal
    return cut


@rule("clean", "leading_gerund_or_lower_case")
def _leading_gerund_or_lower_case(doc, cut: Cut) -> Cut:
    """"Recalling U.N. failures", "a united Ireland": a gerund opening the sentence, or a lower-case word before a
    place, is not part of the name ("Raging Bull" is one)."""
    while cut.start < cut.end - 1 and (doc[cut.start].tag_ == "VBG" and doc[cut.start].is_sent_start
                                       or cut.label == "place" and doc[cut.start].is_lower
                                       and doc[cut.start].lower_ not in NAME_PARTICLES):
        cut.start += 1
    return cut


def _company_word_bracket(doc, start: int, end: int) -> bool:
    """A name that ends in a bracket holding a company's last word, after a word of the name: "Brantwood Foods
    (Holdings)" (:func:`factarchive.extract.candidates.bracketed_companies`)."""
    word = doc[end - 2]
    return end - start >= 4 and doc[end - 1].text == ")" and doc[end - 3].text == "(" and word.is_title and word.lower_ in ORG_WORDS \
        and word.lower_ not in COMPANY_SUFFIXES  # not a team's country ("T Hale (SA)")


@rule("clean", "trailing_words")
def _trailing_words(doc, cut: Cut) -> Cut:
    """A possessive, punctuation, a preposition, a conjunction or a determiner at the end is not the name's; nor a day
    or a month the model ran a name on into ("Holmenkollen Saturday"), though not a three-letter abbreviation without its
    full stop, which is a word of the name ("the Halifax Sun")."""
    start = cut.start
    while cut.end > start and (doc[cut.end - 1].tag_ == "POS" and not cut.possessive
                               or doc[cut.end - 1].is_punct and not _company_word_bracket(doc, start, cut.end)
                               or doc[cut.end - 1].text in ("`", "``", "'", '"')
                               or doc[cut.end - 1].pos_ in ("ADP", "CCONJ", "DET")
                               or (cut.end - start > 1 and doc[cut.end - 1].lower_ in DATE_WORDS and len(doc[cut.end - 1]) > 3)):
        cut.end -= 1
    return cut


@rule("clean", "name_of_a_name")
def _name_of_a_name(doc, cut: Cut) -> Cut:
    """"House of Fraser", "House of Flying Daggers": the model may tag only the first word of a body's or a work's name
    that goes on with "of" and capitalised words it tagged as nothing; the name is the whole run. Only a one-word body or
    thing, and only capitalised words after "of" that the model left untagged, so that "Reuters of London" or "Bank of
    England" (tagged whole) are as the model cut them."""
    if cut.label not in ("organization", "thing") or cut.end - cut.start != 1 or cut.end + 1 >= len(doc) \
            or doc[cut.end].text != "of" or not doc[cut.start].is_title:
        return cut
    end = cut.end + 1
    while end < len(doc) and end - cut.end <= 4 and doc[end].is_title and not doc[end].ent_type_ and doc[end].pos_ != "PRON" \
            and not (end > cut.end + 1 and doc[end].is_sent_start):
        end += 1
    if end > cut.end + 1 and (end == len(doc) or not doc[end].is_title):
        cut.end = end
    return cut


SCORE = re.compile(r"\d+[-\u2013]\d+")


@rule("clean", "trailing_score")
def _trailing_score(doc, cut: Cut) -> Cut:
    """"Li Na 6-3 7-5": a score after a name the model ran on into it is not the name's."""
    while cut.end - cut.start >= 2:
        if SCORE.fullmatch(doc[cut.end - 1].text):
            cut.end -= 1
        elif cut.end - cut.start >= 4 and SCORE.fullmatch(doc[cut.end - 3:cut.end].text):  # "6", "-", "3"
            cut.end -= 3
        else:
            break
    return cut


@rule("clean", "company_form_after_comma")
def _company_form_after_comma(doc, cut: Cut) -> Cut:
    """"WorldSources, Inc." and "Kenya Airways Ltd.": the company form and its full stop are the name's."""
    if cut.end + 1 < len(doc) and doc[cut.end].text == "," and company_form(doc, cut.end + 1):
        cut.end, cut.label = cut.end + 2, "organization"
    return cut


@rule("clean", "abbreviation_full_stop")
def _abbreviation_full_stop(doc, cut: Cut) -> Cut:
    """"Inc.", "Jr.": the full stop of an abbreviation that ends a name is the name's."""
    if cut.end < len(doc) and doc[cut.end].text == "." and doc[cut.end - 1].lower_ in NAME_ABBREVIATIONS:
        cut.end += 1
    return cut


def _untagged_name_word(tok) -> bool:
    """A capitalised word the model tagged as nothing that may open a body's name: a proper noun or an adjective in
    capitals mid-sentence ("Lebanese", "Selangor"), not a title ("President"), a day or a month, an initial ("P
    O'Connell": a player's), nor a word that opens the sentence (capitalised there whatever it is)."""
    return tok.is_title and tok.is_alpha and len(tok) > 1 and not tok.ent_type_ and tok.pos_ in ("PROPN", "ADJ") and not tok.is_sent_start \
        and tok.lower_ not in DATE_WORDS and tok.lower_ not in HONORIFICS and tok.lower_ not in OFFICE_TITLES


@rule("clean", "untagged_words_before_body", uses=(_untagged_name_word,))
def _untagged_words_before_body(doc, cut: Cut) -> Cut:
    """"the Hezbollah-backed Kurdish Liberation Brigades", "the Johor Chinese Chamber of Commerce": capitalised words the
    model left untagged right before a body's name it cut short are the name's first words. Only before a name that
    ends in a body's word ("Brigades"; "Chamber ... Industry" is tagged a body), never in a headline, where every word is
    capitalised; not one demonym alone, an adjective ("the Chinese Red Cross": China's), nor words before a body named
    inside a capitalised title ("Assistant Treasury Secretary"). A body so named is one, whatever the model said ("Brigades" tagged a
    person)."""
    if cut.kind == "title" or cut.label not in ("organization", "person") \
            or (doc[cut.end - 1].lower_ not in ORG_WORDS and cut.label != "organization"):
        return cut
    if cut.end < len(doc) and doc[cut.end].is_title and (doc[cut.end].lower_ in OFFICE_TITLES or doc[cut.end].lower_ in OCCUPATIONS):
        return cut  # "Assistant Treasury Secretary": a title with the body's name in it ("Red Cross president" is not)
    start = cut.start
    while start > 0 and _untagged_name_word(doc[start - 1]):
        start -= 1
    if start == cut.start or cut.start - start == 1 and gazetteer.demonym(doc[start].text):
        return cut
    cut.start, cut.label = start, "organization"
    return cut


@rule("clean", "demonym_before_name")
def _demonym_before_name(doc, cut: Cut) -> Cut:
    """"German Claudia Pechstein" tagged as a people: the demonym is an adjective, the rest a name. Tagged a body, the
    same where a nationality stands before a given name and a surname, three words in all ("Dutch Anna Berg"; not
    "British Airways", nor "American Bell Telephone Co.")."""
    start, end = cut.start, cut.end
    personal = cut.label == "organization" and end - start == 3 and gazetteer.nationality(doc[start].text) \
        and gazetteer.given_name(doc[start + 1].text) and doc[end - 1].lower_ not in ORG_WORDS
    if (cut.label == "group" or personal) and end - start >= 2 and gazetteer.demonym(doc[start].text) \
            and all(t.is_title and t.pos_ == "PROPN" for t in doc[start + 1 : end]):
        cut.start = start + 1
        cut.label = "person" if gazetteer.given_name(doc[cut.start].text) else "organization"
    return cut


def _party_word(text: str) -> bool:
    """A party or its members by name: "Labour", "Tories", "Lib Dem" (the lexicon's party members, and the parties
    named by a word no member takes)."""
    return party_member(text) or text.lower() in PARTY_NAMES


@rule("clean", "party_after_person", uses=(_party_word,))
def _party_after_person(doc, cut: Cut) -> Cut:
    """"Blair Labour's longest-serving PM" (a headline without its colon): a party's name after a person's name the model
    ran on into it is not the person's ("Tory", "Labour", "Lib Dems"), where a personal name is left; not a name that is
    the party's ("Christian Democrats", "Old Labour"), nor a place's party ("London Tory spin doctors")."""
    if cut.label != "person" or cut.end - cut.start < 2:
        return cut
    for size in (2, 1):
        start = cut.end - size
        before = doc[start - 1]
        if start > cut.start and _party_word(doc[start:cut.end].text) and not party_member(cut.span.text) \
                and before.is_title and (gazetteer.surname(before.text) or gazetteer.given_name(before.text)) \
                and not gazetteer.lookup(doc[cut.start:start].text):
            cut.end = start
            break
    return cut


@rule("clean", "campaign_slogan")
def _campaign_slogan(doc, cut: Cut) -> Cut:
    """"Vote Blair, Get Brown": the verb of a slogan before a name is not the name's."""
    if cut.label == "person" and cut.end - cut.start >= 2 and doc[cut.start].lower_ in CAMPAIGN_VERBS and doc[cut.start + 1].is_title:
        cut.start += 1
    return cut


def plural_title(tok) -> bool:
    """"Presidents George H.W. Bush and Bill Clinton", "Justices Ruth Bader Ginsburg and Elena Kagan": an office's or a
    job's plural, capitalised, before the first of several names."""
    low = tok.lower_
    return tok.is_title and low.endswith("s") and (low[:-1] in OFFICE_TITLES or low[:-1] in OCCUPATIONS)


@rule("clean", "title_before_person", uses=(plural_title,))
def _title_before_person(doc, cut: Cut) -> Cut:
    """"President Bashar al-Assad", "Kenyan Jacob Okello", "echoing Annan": the name starts after them. "Blairite Alan
    Milburn": a follower's adjective; "M Blair": a stray initial with no full stop. A title read says: a person. A given
    name in capitals before the rest of the name is the name's, though it is also an occupation, a demonym's plural or a
    verb ("Dean Harlow", "Francis Lebrun", "captain Will Parry"); never an honorific or an office ("Queen Noor"), nor a
    nationality before two names ("German Anna Berg"; "German Ortiz" may be a man's name)."""
    if cut.label != "person":
        return cut
    while cut.start < cut.end - 1 and (title_word(doc[cut.start]) or doc[cut.start].pos_ in NOT_NAME_POS
                                       or (doc[cut.start].is_lower and doc[cut.start].lower_ not in NAME_PARTICLES)
                                       or follower_adjective(doc[cut.start].text)
                                       or len(doc[cut.start].text) == 1 and doc[cut.start].is_upper
                                       or plural_title(doc[cut.start])) \
            and not (doc[cut.start].is_title and gazetteer.given_name(doc[cut.start].text) and doc[cut.start + 1].is_title
                     and doc[cut.start].lower_ not in HONORIFICS and doc[cut.start].lower_ not in OFFICE_TITLES
                     and not (gazetteer.nationality(doc[cut.start].text) and cut.end - cut.start >= 3)):
        cut.titled = cut.titled or title_word(doc[cut.start])
        cut.start += 1
    return cut


@rule("clean", "title_inside_person")
def _title_inside_person(doc, cut: Cut) -> Optional[Cut]:
    """"Lib Dem MP Lembit Opik", "Jefferson Parish Sheriff Harry Lee": an office or a job inside what the model tagged a
    person, before the name proper, is a title and what comes before it says whose; the name starts after it. The name
    after it is two capitalised words (a particle between them too: "Federal Judge Anna de Vries"), or a given name
    ("Martin Luther King Jr." keeps its "King"). "Tory David Davies",
    "Lib Dem MPs": a party's member before a given name or a title is a title too."""
    if cut.label != "person":
        return cut
    for k in range(cut.end - 2, cut.start, -1):
        low, rest = doc[k].lower_, doc[k + 1:cut.end]
        if (low in OFFICE_TITLES or low in OCCUPATIONS or low in HONORIFICS) and (doc[k].is_title or doc[k].is_upper) \
                and all(t.is_title or t.lower_ in NAME_PARTICLES and t.is_lower for t in rest) and rest[0].is_title \
                and (len(rest) >= 2 or gazetteer.given_name(rest[0].text)):
            cut.start, cut.titled = k + 1, True
            break
    # "Tory Lord Campbell", "Lib Dem MPs", "Conservative Graham Brady": a party's member (one word or two) before a
    # given name or a title, then the titles after it.
    for size in (2, 1):
        rest = cut.start + size
        word = doc[rest] if rest < cut.end else None
        if word is not None and party_member(doc[cut.start:rest].text) and word.text[:1].isupper() \
                and (gazetteer.given_name(word.text) or title_word(word) or word.lower_.rstrip("s") in OCCUPATIONS):
            cut.start, cut.titled = rest, True
            while cut.end - cut.start >= 2 and title_word(doc[cut.start]):
                cut.start += 1
            if cut.end - cut.start == 1 and title_word(doc[cut.start]):
                return None  # "Tory Lord" (the model cut "Campbell" off): a title, no name
            break
    return cut


def _team_after_place(doc, i: int) -> bool:
    """"Minnesota Wild": the word at ``i`` follows a city or a state the model tagged (a team's name, not a given name);
    not after a country, nor after "of" and a place ("President of Turkey Recep Tayyip Erdogan")."""
    if i < 1 or doc[i - 1].ent_type_ not in ("GPE", "LOC"):
        return False
    place = next(e for e in entities_of(doc) if e.start <= i - 1 < e.end)
    return not gazetteer.country(place.text) and not (place.start > 0 and doc[place.start - 1].lower_ == "of")


def _common_noun_not_given(doc, i: int) -> bool:
    """"Prosecutor", "Affairs": an English common noun (or its plural) at token ``i`` that is no one's given name in the
    census ("Rose", "Bill" are), and no initial ("R Kelly"), where it reads as a title's last word: a plural, or a word
    after a determiner, after "of" or after another capitalised word ("the Prosecutor", "Federal Prosecutor",
    "Minister of Consumer Affairs"). A surname may be a title too ("Emperor", "March"): it stops the name there, unless
    a given name stands before it ("Sacha Baron Cohen": "Baron" is the surname's). A lone singular word after any other
    word in lower case, that is an irregular form of a verb ("from Tore Andre Flo": "tore" is a noun in the dictionary
    too, but no title), is the name's; any other noun there reads as a title ("says Baroness Ann Hale", "Minister for
    Work Jane Dolan", "in March Kaczmarek")."""
    tok = doc[i]
    if len(tok.text) == 1 or not (common_noun(tok.text) or common_plural(tok.text)) or gazetteer.given_name(tok.text):
        return False
    before = doc[i - 1] if i > 0 else None
    if before is not None and name_token(before) and gazetteer.given_name(before.text) and not before.is_sent_start:
        return False
    opens_title = before is None or not before.is_lower or not before.is_alpha or before.lower_ in ("of", "for") or before.pos_ == "DET"
    return opens_title or not verb_form(tok.text)


@rule("clean", "given_name_before", uses=(plural_title, _team_after_place, _common_noun_not_given))
def _given_name_before(doc, cut: Cut) -> Cut:
    """spaCy often drops the first of three given names ("Recep Tayyip Erdogan"); a day of the week is none ("On Monday
    Tony Blair"; a month may be: "August Strindberg"), nor a word after a city or a state the model tagged ("Minnesota Wild Jonas
    Brodin": a team named after its state or city, then its player), nor a common noun no one is given as a name
    ("Federal Prosecutor Anna de Vries", "Minister of Consumer Affairs Tan Sri Ali": a title's words)."""
    if cut.label != "person":
        return cut
    while cut.start > 0 and name_token(doc[cut.start - 1]) and not doc[cut.start - 1].is_sent_start \
            and not follower_adjective(doc[cut.start - 1].text) and doc[cut.start - 1].lower_ not in WEEKDAYS \
            and not plural_title(doc[cut.start - 1]) \
            and not _team_after_place(doc, cut.start - 1) and not _common_noun_not_given(doc, cut.start - 1):
        cut.start -= 1
    return cut



@rule("clean", "hyphenated_given_name")
def _hyphenated_given_name(doc, cut: Cut) -> Cut:
    """"Eva-Marie Persson", "Sven-Goran Eriksson": the model may start a person's name after the hyphen of a given name
    joined from two ("Marie Persson"); the first half, a capitalised word printed onto the hyphen that the model tagged
    as nothing or alone as no place, and that is no country nor a compass word ("South-East Asia"), is the name's. Only where the name goes on after the second half (a surname),
    so that "the Blair-Brown feud" keeps its two people. The census's given names would miss many a first half
    ("Sven", "Anni"), so the shape decides. After ``given_name_before``, which would take the words before the first
    half ("Director of Public Prosecution")."""
    if cut.label != "person" or cut.end - cut.start < 2 or cut.start < 2:
        return cut
    hyphen, first = doc[cut.start - 1], doc[cut.start - 2]
    alone = not first.ent_type_ or next(e for e in entities_of(doc) if e.start <= first.i < e.end).start == first.i == cut.start - 2 \
        and first.ent_type_ not in ("GPE", "LOC")  # "Anni" of "Anni-Frid Lyngstad" tagged a people (NORP) alone
    if hyphen.text == "-" and not first.whitespace_ and not hyphen.whitespace_ and first.is_title and first.is_alpha \
            and alone and not gazetteer.country(first.text) and first.lower_ not in COMPASS_WORDS:
        cut.start -= 2
    return cut


@rule("clean", "name_after_particle")
def _name_after_particle(doc, cut: Cut) -> Cut:
    """... or the last one ("Daniel arap" + "Moi")."""
    if cut.label != "person":
        return cut
    while cut.end < len(doc) and name_token(doc[cut.end]) and doc[cut.end - 1].pos_ == "PROPN" \
            and doc[cut.end - 1].lower_ in NAME_PARTICLES | {t.lower_ for t in cut.span} | {doc[cut.end - 1].lower_}:
        cut.end += 1
    return cut


@rule("clean", "leader_or_country_government")
def _leader_or_country_government(doc, cut: Cut) -> Cut:
    """"the Hale Administration", "the Ruritania Government" tagged a body (or a person run on into the noun): a government
    named by its leader's surname or its country's name is that person or place (the gold sets tag "Hale" a person); the
    noun is no part of the name. Only one or two capitalised words before the noun, each a known surname or given name (a
    person: not "the Farmers Home Administration") or a country or a US state (a place); any other name stays as the model cut it."""
    if cut.label not in ("organization", "person") or not 2 <= cut.end - cut.start <= 3 or doc[cut.end - 1].lower_ not in GOVERNMENT_NOUNS:
        return cut
    name = doc[cut.start:cut.end - 1]
    if not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in GENERIC_ORG_NOUNS for t in name):  # "the State Government"
        return cut
    # a people's or a party's word is the government's adjective, no person: "the Welsh Government", "the Labor
    # Government", "the Tory Government" stay bodies
    if any(gazetteer.demonym(t.text) or _party_word(t.text) for t in name):
        return cut
    if gazetteer.country(name.text) or gazetteer.us_state(name.text):
        cut.end, cut.label = cut.end - 1, "place"
    elif all(gazetteer.surname(t.text) or gazetteer.given_name(t.text) for t in name):
        cut.end, cut.label = cut.end - 1, "person"
    return cut


# A regnal or family number after a name, in capitals ("Henry VIII", "Adam Clayton Powell III"): I to XX.
REGNAL_NUMBER = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")


@rule("clean", "regnal_number_after_person")
def _regnal_number_after_person(doc, cut: Cut) -> Cut:
    """"the reign of Pedro I.", "Hale Powell III said": a Roman number in capitals right after a person's name the model
    cut before it is the name's (a king's, or a son's after his father's); "I" only before punctuation ("then John I
    said" holds the pronoun)."""
    end = cut.end
    if cut.label != "person" or end >= len(doc) or not doc[end].text or not REGNAL_NUMBER.fullmatch(doc[end].text) \
            or not doc[end - 1].is_title:
        return cut
    if doc[end].text == "I" and end + 1 < len(doc) and not doc[end + 1].is_punct:
        return cut  # "John I said": the pronoun
    cut.end += 1
    return cut
