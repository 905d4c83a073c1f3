"""Small closed word lists the rules need: titles, qualifiers, reporting verbs, agencies.

These are English function words and news-trade vocabulary, not names taken from
any article.
"""

from __future__ import annotations

# Words that stand before a name as a title. Honorifics are dropped from names;
# office titles are kept as the actor's role.
HONORIFICS = frozenset({
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "mx",
    "rev", "rev.", "reverend", "prof", "prof.", "professor", "messrs", "messrs.", "mme", "mlle", "herr",
})
# Occupations that a sentence puts before a name as a title ("Attorney David Kelley").
OCCUPATIONS = frozenset({
    "attorney", "lawyer", "superintendent", "inspector", "detective", "officer", "sergeant", "sgt.",
    "corporal", "private", "hairdresser", "actor", "actress", "singer", "director", "producer", "author",
    "writer", "novelist", "poet", "artist", "architect", "composer", "conductor", "journalist", "reporter",
    "correspondent", "columnist", "editor", "publisher", "economist", "analyst", "scientist", "professor",
    "doctor", "nurse", "teacher", "student", "coach", "player", "pitcher", "goalkeeper", "skier",
    "skater", "champion", "chairman", "chief", "executive", "president", "founder", "owner", "dean",
    "rector", "pastor", "preacher", "minister", "mp", "sen.", "rep.", "gov.", "lt.", "gen.", "col.",
    "capt.", "adm.", "cmdr.", "maj.", "pvt.", "cpl.", "supt.", "insp.", "det.", "atty.", "fr.", "sr.",
})
# Particles inside personal names, printed in lower case ("Daniel arap Moi", "Bashar al-Assad").
NAME_PARTICLES = frozenset({"arap", "al", "al-", "bin", "ibn", "van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "del", "dos", "el", "ter", "bint", "abu"})
# Last words that make a name an organisation ("Kenya Airways Ltd", "Frank Lloyd Wright Foundation").
ORG_WORDS = frozenset({
    "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.", "llc", "plc", "bhd", "bhd.", "ag", "sa",
    "gmbh", "company", "corporation", "group", "holdings", "bank", "party", "committee", "council",
    "commission", "foundation", "association", "institute", "institution", "university", "college",
    "school", "academy", "agency", "authority", "bureau", "board", "department", "ministry", "office",
    "court", "union", "federation", "league", "society", "club", "church", "army", "navy", "force",
    "forces", "police", "assembly", "parliament", "senate", "congress", "organization", "organisation",
    "network", "news", "times", "post", "journal", "press", "radio", "television", "tv", "airlines",
    "airways", "motors", "industries", "systems", "technologies", "partners", "associates", "brothers",
    "center", "centre", "museum", "library", "hospital", "fund", "trust", "service", "services",
    "productions", "records", "recordings", "studios", "media", "exchange", "administration", "team",
    "front", "movement", "brigades", "coalition", "alliance", "conference", "corps", "guard", "hotel", "hotels",
    "resort", "resorts", "inn", "lab", "laboratory", "laboratories", "forum", "opera", "ballet", "orchestra",
    "philharmonic", "symphony", "choir", "ensemble",
})
# Prepositions that put a name in a place ("in Afula", "near Nairobi").
LOCATIVE = frozenset({"in", "near", "at", "outside", "inside", "across", "throughout", "around", "into"})
OFFICE_TITLES = frozenset({
    "president", "vice-president", "prime", "minister", "chancellor", "king", "queen", "prince",
    "princess", "pope", "secretary", "secretary-general", "senator", "sen.", "rep.", "representative",
    "governor", "gov.", "mayor", "general", "gen.", "colonel", "col.", "lieutenant", "lt.", "major",
    "captain", "capt.", "admiral", "commander", "chief", "judge", "justice", "ambassador", "envoy",
    "sheikh", "emir", "sultan", "ayatollah", "imam", "rabbi", "bishop", "archbishop", "cardinal",
    "father", "speaker", "chairman", "chairwoman", "chair", "leader", "premier", "foreign",
    "defence", "defense", "interior", "finance", "health", "home", "deputy", "acting", "former",
    "coach", "manager", "striker", "captain", "spokesman", "spokeswoman", "spokesperson",
})

# Words before a number that say how exact it is. Longest first.
QUALIFIERS = (
    "more than", "less than", "fewer than", "at least", "at most", "up to", "as many as",
    "as much as", "no more than", "no fewer than", "in excess of", "close to", "upwards of",
    "nearly", "almost", "about", "around", "roughly", "approximately", "some", "over", "under",
    "just over", "just under", "an estimated", "estimated", "only", "exactly", "at", "below", "above",
)
QUALIFIER_CANONICAL = {"estimated": "about", "an estimated": "about", "some": "about", "at": None, "only": None}

# Verb forms that attribute a statement ("said the watchdog", "a monitor reported").
REPORTING_VERBS = frozenset({
    "say", "says", "said", "saying", "report", "reports", "reported", "reporting", "tell", "tells",
    "told", "announce", "announces", "announced", "state", "states", "stated", "claim", "claims",
    "claimed", "estimate", "estimates", "estimated", "confirm", "confirms", "confirmed", "add",
    "adds", "added", "according", "show", "shows", "showed", "count", "counted", "put",
})

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

# Nouns after a facility or road name that belong to the name ("the M4 highway").
FACILITY_NOUNS = frozenset({
    "highway", "motorway", "road", "airport", "bridge", "port", "street", "avenue", "square",
    "dam", "crossing", "base", "airbase", "camp", "prison", "hospital", "stadium", "palace", "canal",
})

# Nouns that head the name of an institution ("the Syrian Observatory for Human Rights", "the Metropolitan Opera"):
# a run of capitalised words holding one is a body's name even where the model tagged nothing.
INSTITUTION_HEADS = frozenset({
    "observatory", "institute", "institution", "council", "commission", "agency", "foundation", "association",
    "committee", "ministry", "authority", "bureau", "federation", "society", "academy", "secretariat",
    "organization", "organisation", "coalition", "alliance", "consortium", "tribunal", "directorate", "trust",
    "opera", "forum",
})
# Nouns after a road's code that make the code and the noun one facility ("the M4 highway", "the N7 road").
ROAD_NOUNS = frozenset({"highway", "motorway", "road", "expressway", "freeway", "interstate", "autobahn", "autoroute", "route"})

# Words after a place name that are its administrative type ("Idlib province").
ADMIN_SUFFIXES = frozenset({
    "province", "region", "governorate", "district", "county", "state", "city", "town", "village",
    "oblast", "prefecture", "municipality", "area", "territory",
})

# Lower-case names of a country's first-level divisions after a region's name, which the name takes with it ("Idlib province";
# "the Idlib region" only says where).
PROVINCE_WORDS = frozenset({"province", "governorate", "prefecture", "oblast"})

# Currency words and symbols -> ISO 4217.
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
}
# Hundredths of a currency ("28 cents" is 0.28 USD).
SUBUNITS = {"cent": "USD", "cents": "USD", "penny": "GBP", "pence": "GBP", "dime": "USD", "dimes": "USD"}
SUBUNIT_VALUE = {"cent": 0.01, "cents": 0.01, "penny": 0.01, "pence": 0.01, "dime": 0.1, "dimes": 0.1}

# Units of measure as printed -> the unit a fact sheet records.
UNITS = {
    "meter": "m", "meters": "m", "metre": "m", "metres": "m", "m": "m",
    "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km", "km": "km", "k": "km",
    "centimeter": "cm", "centimeters": "cm", "cm": "cm", "millimeter": "mm", "millimeters": "mm", "mm": "mm",
    "mile": "mi", "miles": "mi", "foot": "ft", "feet": "ft", "ft": "ft", "inch": "in", "inches": "in",
    "yard": "yd", "yards": "yd", "acre": "acres", "acres": "acres", "hectare": "ha", "hectares": "ha", "ha": "ha",
    "square meters": "m²", "square metres": "m²", "square meter": "m²", "square feet": "sq ft", "square foot": "sq ft",
    "square miles": "sq mi", "square kilometers": "km²", "square kilometres": "km²",
    "ton": "t", "tons": "t", "tonne": "t", "tonnes": "t", "kilogram": "kg", "kilograms": "kg", "kg": "kg",
    "gram": "g", "grams": "g", "ounce": "oz", "ounces": "oz", "oz": "oz", "lb": "lb", "lbs": "lb",
    "liter": "l", "liters": "l", "litre": "l", "litres": "l", "gallon": "gal", "gallons": "gal",
    "barrel": "barrels", "barrels": "barrels", "degree": "°", "degrees": "°", "mph": "mph",
    "year": "years", "years": "years", "month": "months", "months": "months", "week": "weeks", "weeks": "weeks",
    "day": "days", "days": "days", "hour": "hours", "hours": "hours", "minute": "minutes", "minutes": "minutes",
    "cup": "cups", "cups": "cups", "teaspoon": "teaspoons", "teaspoons": "teaspoons", "tablespoon": "tablespoons",
    "tablespoons": "tablespoons", "story": "storeys", "stories": "storeys", "storey": "storeys", "storeys": "storeys",
    "megawatt": "MW", "megawatts": "MW", "kilowatt": "kW", "kilowatts": "kW", "volt": "V", "volts": "V",
    "point": "points", "points": "points", "basis point": "basis points", "basis points": "basis points",
    "stroke": "strokes", "strokes": "strokes", "seat": "seats", "seats": "seats",
}
# Units of time: a number with one of these is a length of time, which is a figure only as a
# measure of something ("a nine-year conflict", "a 43-year-old man"), never on its own.
TIME_UNITS = frozenset({"years", "months", "weeks", "days", "hours", "minutes"})
# Fractions and counting words the number parser knows beyond text2num.
FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25, "fourth": 0.25,
             "fourths": 0.25, "fifth": 0.2, "fifths": 0.2, "tenth": 0.1, "tenths": 0.1, "hundredth": 0.01}
COUNTING_WORDS = {"dozen": 12, "half-dozen": 6, "score": 20, "couple": 2, "pair": 2}

# Words that end a name the model ran on into a date ("Holmenkollen Saturday").
DATE_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october", "november", "december",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
})
# Abbreviations whose full stop belongs to the name ("WorldSources, Inc.").
NAME_ABBREVIATIONS = frozenset({"inc", "corp", "co", "ltd", "bhd", "jr", "sr", "st", "bros", "cos", "plc"})
# Company forms printed after a comma ("FDCH, Inc.").
COMPANY_FORMS = frozenset({"inc", "inc.", "ltd", "ltd.", "corp", "corp.", "co", "co.", "llc", "plc", "bhd", "bhd.", "l.p.", "lp"})
# Members of a political party or movement, singular, lower case: "the Communists", "a Nazi",
# "Christian Democrats" name the party (an organisation), not a people.
PARTY_MEMBERS = frozenset({
    "republican", "democrat", "communist", "socialist", "nazi", "fascist", "tory", "conservative", "liberal",
    "nationalist", "unionist", "federalist", "bolshevik", "menshevik", "sandinista", "peronist", "gaullist",
    "labourite", "christian democrat", "social democrat", "liberal democrat", "free democrat", "lib dem",
    "loyalist", "maoist", "baathist", "zionist", "islamist", "whig", "trotskyist", "leninist",
})
# Last words that make a name a place, whatever the model called it ("Houston Street", "Wilson Dam").
# Not "bay", "lake" or "forest", which are also surnames ("Michael Bay", "Charlotte Forest").
PLACE_HEADS = frozenset({
    "street", "st.", "avenue", "ave.", "road", "boulevard", "blvd.", "lane", "drive", "circle", "square",
    "plaza", "expressway", "highway", "motorway", "parkway", "turnpike", "freeway", "bridge", "tunnel",
    "dam", "canal", "airport", "monument", "memorial", "concourse", "mountain", "mountains", "river", "island",
    "islands", "valley", "peninsula", "desert", "coast", "strait", "gulf", "sea", "ocean",
})
# Last words that make a name an event or an award, neither actor nor place ("Davis Cup", "Academy Award").
EVENT_HEADS = frozenset({
    "cup", "trophy", "award", "awards", "prize", "medal", "open", "championship", "championships", "games",
    "olympics", "tour", "festival", "marathon", "grand prix", "series", "classic", "tournament", "war",
})
# Kinship words that stand before a name without being part of it ("Uncle Frank").
KINSHIP = frozenset({"uncle", "aunt", "auntie", "cousin", "grandpa", "grandma", "granny", "grandfather", "grandmother", "nephew", "niece"})
# Nouns for a person that a name stands in apposition to ("Eyad Ismoil, the man who...",
# "France's ambassador, Alain Dejammet"), beside OFFICE_TITLES and OCCUPATIONS.
PERSON_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "son", "daughter", "father", "mother", "husband", "wife", "widow",
    "brother", "sister", "friend", "colleague", "baritone", "tenor", "soprano", "mezzo-soprano", "pianist",
    "violinist", "cellist", "guitarist", "drummer", "dancer", "choreographer", "designer", "photographer",
    "filmmaker", "playwright", "comedian", "lawmaker", "legislator", "politician", "diplomat", "activist",
    "candidate", "victim", "suspect", "defendant", "prosecutor", "witness", "resident", "veteran", "athlete",
    "skier", "runner", "swimmer", "boxer", "golfer", "cyclist", "teammate", "rookie", "native", "spokesman",
    "spokeswoman", "official", "adviser", "advisor", "aide", "deputy", "ambassador", "envoy", "founder",
})
# Head nouns that, alone, refer back to an organisation rather than name one ("the Government
# said", "the Court ruled", "the Committee"). Congress, Senate, Parliament are names and not here.
GENERIC_ORG_NOUNS = frozenset({
    "government", "cabinet", "court", "council", "committee", "commission", "police", "ministry",
    "department", "agency", "board", "administration", "authority", "company", "firm", "club", "state",
    "states", "bureau", "office", "institute", "university", "college", "school", "church", "team", "group",
    "government's", "regime", "federation", "association", "society", "foundation", "corporation",
})
# First words that make a name a place, in English and in the place names of other languages
# ("Mount Kenya", "Jalan Gambus" a road, "Pulau Ular" an island, "Kuala Pilah", "Wadi Rum").
# Not "Santa", "Rio", "Ras", "Lake", "Sierra", "Bad", which also begin personal names ("Rio Ferdinand").
PLACE_PREFIXES = frozenset({
    "mount", "mt.", "cape", "fort", "port", "isle", "jalan", "pulau", "bukit", "kuala", "sungai", "tanjung",
    "teluk", "kampung", "kampong", "bandar", "wadi", "jebel", "jabal", "kafr", "beit", "tel", "lago", "monte",
    "puerto", "san", "sao", "sankt", "nizhny", "novo",
})

# --------------------------------------------------------------------------- things that are not actors or places
# Products, works (films, books, games, series), awards and events are named in news as often as people, and
# the model tags many of them PERSON ("won an Oscar", "the Nintendo Switch"). They are neither actors nor places
# in the schema, so the vote can decide "thing" and the entity is left out.

# Awards named alone ("won an Oscar", "two Grammys", "the Baftas"): a prize, not a person, whatever the model says.
AWARD_NAMES = frozenset({
    "oscar", "oscars", "grammy", "grammys", "emmy", "emmys", "bafta", "baftas", "golden globe", "golden globes",
    "brit award", "brit awards", "tony award", "tony awards", "olivier award", "olivier awards", "pulitzer",
    "palme d'or", "booker prize", "ballon d'or", "golden raspberry", "razzie", "razzies",
})
# Nouns a work's, a product's or an award's name modifies ("the Star Wars film", "the Nintendo Switch console",
# "an Oscar nomination", "Grammy awards"). Not "fans" or "star", which clubs and people take too.
THING_NOUNS = frozenset({
    "film", "films", "movie", "movies", "franchise", "saga", "trilogy", "sequel", "prequel", "remake", "novel",
    "novels", "book", "books", "album", "albums", "song", "songs", "single", "soundtrack", "musical", "episode",
    "episodes", "game", "games", "videogame", "console", "consoles", "handheld", "smartphone", "phone", "phones",
    "handset", "laptop", "laptops", "tablet", "browser", "software", "bundle", "edition", "nomination",
    "nominations", "nominee", "nominees", "statuette", "contender", "contenders", "favourite", "favorite",
    "hopes", "chances", "ceremony", "winner", "winners", "award", "awards",
})
# Words joined by a hyphen after an award's name ("Oscar-winning", "Grammy-nominated").
THING_HYPHEN_WORDS = frozenset({"winning", "winner", "winners", "nominated", "nominee", "nominees"})
# Parts of a web service a name modifies ("the Twitter account", "a Facebook page"): the service is an organisation.
SERVICE_NOUNS = frozenset({
    "account", "accounts", "handle", "feed", "followers", "page", "post", "posts", "profile", "user", "users",
    "app", "platform", "timeline", "livestream", "subscribers", "subscription", "hashtag",
})
# Verbs that put a web service after "on" or "to" ("posted on Twitter", "took to Twitter", "Follow us on Facebook").
POSTING_VERBS = frozenset({
    "post", "posted", "posts", "posting", "write", "wrote", "writes", "writing", "share", "shared", "shares",
    "tweet", "tweeted", "follow", "followed", "available", "watch", "stream", "streamed", "streaming", "live",
    "published", "upload", "uploaded", "took", "take", "takes", "taking", "visit", "join", "find", "reach", "contact",
})

# --------------------------------------------------------------------------- sport
# Nouns for a club's players and staff that its name modifies ("Glasgow flanker", "the Leeds striker"): a sports
# club named after its city is an organisation there (a national side named after a country stays the country).
# Not "side", "club" or "fans": "the Volgograd side", "the Moscow club" name the city as newswire annotates it.
CLUB_NOUNS = frozenset({
    "flanker", "striker", "midfielder", "defender", "goalkeeper", "keeper", "winger", "forward", "full-back",
    "fullback", "fly-half", "scrum-half", "centre", "prop", "hooker", "lock", "batsman", "bowler", "opener",
    "spinner", "all-rounder", "paceman", "skipper", "boss", "manager", "coach", "captain", "signing", "loanee",
})
# Verbs of a result between two sides ("Leicestershire beat Somerset", "Leeds drew with Hull").
RESULT_VERBS = frozenset({
    "beat", "beats", "beaten", "defeated", "defeat", "defeats", "thrashed", "thrash", "edged", "edge", "drew",
    "draw", "draws", "trounced", "routed", "overcame", "hammered", "outplayed", "stunned", "upset", "downed",
    "lost", "lose", "loses", "host", "hosts", "hosted", "face", "faces", "faced", "play", "plays", "played",
})

# --------------------------------------------------------------------------- junk
# Wire-service slugs in parentheses after a headline ("(2nd LD)", "(URGENT)", "(LEAD)", "(3rd LD-Writethru)").
WIRE_SLUGS = frozenset({
    "ld", "lead", "urgent", "writethru", "write-thru", "update", "updated", "recasts", "corrected", "correction",
    "flash", "bulletin", "advisory", "refile", "refiled", "repeat", "wrap", "factbox", "newsmaker", "interview",
})
# Legal forms of companies: alone, they name no company ("AG said", "the SA").
COMPANY_SUFFIXES = frozenset({
    "ag", "sa", "se", "nv", "bv", "spa", "ab", "asa", "oyj", "kk", "gmbh", "inc", "inc.", "ltd", "ltd.", "llc",
    "plc", "corp", "corp.", "co", "co.", "lp", "llp", "pty", "bhd", "sarl", "srl",
})
