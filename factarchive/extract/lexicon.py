"""Small closed word lists the rules need: titles, qualifiers, reporting verbs, agencies.

These are English function words and news-trade vocabulary, not names taken from
any article.
"""

from __future__ import annotations

# Words that stand before a name as a title. Honorifics are dropped from names;
# office titles are kept as the actor's role.
HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady", "mx"})
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

# Words after a place name that are its administrative type ("Idlib province").
ADMIN_SUFFIXES = frozenset({
    "province", "region", "governorate", "district", "county", "state", "city", "town", "village",
    "oblast", "prefecture", "municipality", "area", "territory",
})

# Currency words and symbols -> ISO 4217.
CURRENCIES = {
    "$": "USD", "us$": "USD", "dollar": "USD", "dollars": "USD", "£": "GBP", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "€": "EUR", "euro": "EUR", "euros": "EUR", "¥": "JPY",
    "yen": "JPY", "yuan": "CNY", "rmb": "CNY", "renminbi": "CNY", "rupee": "INR", "rupees": "INR",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "liras": "TRY",
    "c$": "CAD", "a$": "AUD", "hk$": "HKD", "francs": "CHF", "franc": "CHF", "won": "KRW",
}
