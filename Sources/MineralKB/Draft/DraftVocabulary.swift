/// The words news copy marks its facts with: company suffixes, titles, reporting verbs, demonyms.
///
/// General English and newsroom usage only; no word here names a particular firm or person.
enum DraftVocabulary {
    /// Last words of a company's name ("… Co Ltd", "… Corporation").
    static let companySuffixes: Set<String> = [
        "ltd", "limited", "co", "company", "corp", "corporation", "inc", "incorporated", "plc", "llc", "llp",
        "group", "holdings", "industries", "industry", "mining", "minerals", "resources", "metals", "gmbh", "ag",
        "sa", "spa", "bv", "nv", "pty", "pvt", "partners", "enterprises", "energy", "engineering", "cement",
        "steel", "technologies", "ventures", "capital", "exploration", "gold", "copper", "ab", "oy", "asa", "pte", "bhd",
        "jsc", "pjsc", "sarl", "srl", "kk", "drilling", "services", "logistics", "construction", "contracting", "trading",
        "investments", "bank", "lithium", "nickel", "coal", "cobalt", "uranium", "graphite", "securities", "fund",
        "insurance", "consulting", "consultants", "associates",
    ]

    /// Words that make a name a forum (an event).
    static let forumWords: Set<String> = [
        "forum", "summit", "conference", "expo", "exhibition", "symposium", "congress", "conclave", "roundtable",
        "seminar", "workshop", "dialogue", "week", "indaba", "convention", "fair",
    ]

    /// Words that make a name a government body.
    static let governmentWords: Set<String> = [
        "ministry", "department", "authority", "commission", "bureau", "directorate", "government", "cabinet",
        "parliament", "senate", "assembly", "secretariat", "division", "survey", "agency", "office",
    ]

    /// Words that make a name an association.
    static let associationWords: Set<String> = [
        "association", "chamber", "federation", "council", "institute", "society", "union", "alliance", "board",
    ]

    /// Words that make a name a university.
    static let universityWords: Set<String> = ["university", "college", "academy"]

    /// Words that make a name a news outlet.
    static let mediaWords: Set<String> = [
        "news", "times", "tribune", "post", "herald", "gazette", "journal", "daily", "press", "tv", "radio",
        "television", "weekly", "wire", "magazine", "review", "observer", "chronicle", "telegraph", "express",
        "recorder", "dispatch", "standard", "guardian", "mirror", "monitor", "bulletin", "courier", "insider", "reporter",
    ]

    /// Words that make a name a project (a mine, a deposit, a plant).
    static let projectWords: [String: String] = [
        "project": "project", "mine": "mine", "mines": "mine", "deposit": "deposit", "plant": "plant",
        "block": "block", "concession": "concession", "refinery": "refinery", "smelter": "plant",
    ]

    /// Words that make a phrase a title ("Director Marketing Planning", "Federal Minister for Petroleum").
    static let titleWords: Set<String> = [
        "minister", "secretary", "chairman", "chairwoman", "chairperson", "chair", "director", "executive", "ceo", "cfo",
        "coo", "cto", "president", "governor", "spokesperson", "spokesman", "spokeswoman", "head", "chief", "manager",
        "officer", "ambassador", "consul", "adviser", "advisor", "analyst", "geologist", "engineer", "founder",
        "commissioner", "deputy", "vice", "senator", "premier", "mayor", "professor", "economist", "researcher",
        "representative", "envoy", "partner", "lead", "leader", "superintendent", "controller", "registrar",
        "coordinator", "convener", "convenor", "treasurer", "counsellor", "counselor", "attaché", "attache",
    ]

    /// Words that may qualify a title without being one ("Federal", "Senior", "Managing").
    static let titleQualifiers: Set<String> = [
        "federal", "provincial", "state", "senior", "managing", "general", "special", "assistant", "prime", "acting",
        "former", "interim", "regional", "country", "national", "principal", "associate", "executive", "marketing",
        "planning", "sales", "technical", "operations", "business", "development", "finance", "investment",
        "exploration", "mining", "financial", "operating", "commercial", "legal", "information", "technology",
        "corporate", "public", "relations", "human", "resources", "communications", "project", "projects", "programme",
        "program", "country", "research", "for", "of", "and", "&", "the",
    ]

    /// Honorifics: "Mr Khan" is the person called Khan.
    static let honorifics: [String: Gender] = [
        "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "dr": .unknown, "prof": .unknown, "sir": .male,
        "madam": .female, "engr": .unknown, "sheikh": .male, "senator": .unknown,
    ]

    /// Verbs that report speech.
    static let reportingVerbs: Set<String> = [
        "said", "says", "added", "adds", "noted", "notes", "stated", "states", "told", "tells", "explained", "explains",
        "remarked", "observed", "stressed", "emphasised", "emphasized", "highlighted", "underlined", "maintained",
        "asserted", "argued", "claimed", "warned", "announced", "insisted", "confirmed", "recalled", "acknowledged",
        "pointed", "continued", "concluded", "replied", "asked", "wrote", "reiterated", "urged", "believes", "believed",
        "hoped", "suggested", "revealed", "disclosed", "informed", "opined", "commented", "predicted", "expects",
    ]

    /// Reporting verbs that also take a direct quote after them without "that" ("he said: …").
    static let quoteIntroducers: Set<String> = ["said", "says", "added", "adds", "told", "tells", "noted", "stated", "explained", "remarked", "wrote", "continued", "concluded", "asked", "replied"]

    /// Words that start a sentence but never a name.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "in", "at", "on",
        "but", "and", "or", "while", "speaking", "highlighting", "according", "as", "its", "his", "her", "their", "our",
        "for", "with", "by", "from", "after", "before", "during", "under", "since", "when", "if", "however", "meanwhile",
        "also", "there", "here", "both", "many", "some", "several", "such", "other", "last", "next", "earlier", "later",
        "addressing", "talking", "responding", "asked", "answering", "commenting", "referring", "welcoming", "noting",
        "describing", "explaining", "earlier", "today", "yesterday", "now", "so", "then", "what", "which", "who", "why",
        "how", "where", "mr", "ms", "mrs", "dr", "both", "each", "every", "all", "one", "two", "three", "more", "most",
        "about", "over", "than", "among", "between", "through", "despite", "although", "though", "because", "until",
        "once", "unlike", "like", "besides", "moreover", "furthermore", "separately", "overall", "currently", "recently",
    ]

    /// Names of months and days: capitalised, never entities.
    static let calendarWords: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    /// Month names and abbreviations, to their number.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Words that end a sentence only sometimes: "Mr. Khan", "Co. Ltd", "Jan. 29".
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "st", "co", "corp", "inc", "ltd", "no", "vs", "jr", "sr", "gen", "col", "lt",
        "capt", "sgt", "rep", "sen", "gov", "engr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
        "oct", "nov", "dec", "u.s", "u.k", "e.g", "i.e", "approx", "est", "dept", "govt", "pvt", "bros",
    ]

    /// News agencies printed in a dateline's parentheses, by the abbreviation printed.
    static let agencies: [String: String] = [
        "APP": "Associated Press of Pakistan", "AP": "Associated Press", "AFP": "Agence France-Presse",
        "PTI": "Press Trust of India", "IANS": "Indo-Asian News Service", "ANI": "Asian News International",
        "UNI": "United News of India", "NNI": "News Network International", "PPI": "Pakistan Press International",
        "IRNA": "Islamic Republic News Agency", "KUNA": "Kuwait News Agency", "WAM": "Emirates News Agency",
        "SPA": "Saudi Press Agency", "BSS": "Bangladesh Sangbad Sangstha", "DPA": "Deutsche Presse-Agentur",
        "ANSA": "ANSA", "EFE": "EFE", "TASS": "TASS", "Reuters": "Reuters", "Xinhua": "Xinhua News Agency",
        "Bloomberg": "Bloomberg", "Bernama": "Bernama", "Kyodo": "Kyodo News", "Yonhap": "Yonhap News Agency",
        "Anadolu": "Anadolu Agency", "AA": "Anadolu Agency", "CNA": "Central News Agency", "Antara": "Antara",
    ]

    /// Nationality adjectives that do not follow the regular endings ("Chinese" → China is regular).
    static let irregularDemonyms: [String: String] = [
        "american": "United States", "british": "United Kingdom", "dutch": "Netherlands", "french": "France",
        "swiss": "Switzerland", "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "filipino": "Philippines",
        "kazakh": "Kazakhstan", "uzbek": "Uzbekistan", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan",
        "afghan": "Afghanistan", "turkish": "Türkiye", "greek": "Greece", "peruvian": "Peru", "congolese": "Congo, The Democratic Republic of the",
        "welsh": "United Kingdom", "scottish": "United Kingdom", "english": "United Kingdom", "irish": "Ireland",
        "polish": "Poland", "spanish": "Spain", "swedish": "Sweden", "danish": "Denmark", "finnish": "Finland",
        "norwegian": "Norway", "german": "Germany", "korean": "Korea, Republic of", "south korean": "Korea, Republic of",
        "russian": "Russian Federation", "iranian": "Iran, Islamic Republic of", "vietnamese": "Viet Nam",
        "chilean": "Chile", "malagasy": "Madagascar", "thai": "Thailand", "lao": "Lao People's Democratic Republic",
        "bangladeshi": "Bangladesh", "omani": "Oman", "qatari": "Qatar", "kuwaiti": "Kuwait", "iraqi": "Iraq",
        "israeli": "Israel", "yemeni": "Yemen", "nepali": "Nepal", "nepalese": "Nepal", "sri lankan": "Sri Lanka",
    ]

    /// Nouns that say a phrase is about a firm ("a Chinese mining company").
    static let firmNouns: Set<String> = ["company", "firm", "miner", "group", "corporation", "producer", "enterprise", "conglomerate", "contractor", "supplier", "manufacturer", "developer", "explorer"]

    /// Minerals whose names are also common English words: recognised only among other minerals
    /// or beside a mining word ("lead ore", "iron and copper"), never in "to lead the talks".
    static let ambiguousMinerals: Set<String> = ["lead", "tin", "iron", "gems", "marble", "granite", "talc", "diamond", "silica sand", "moly", "chrome"]

    /// Words that confirm a mining sense next to an ambiguous mineral.
    static let miningContext: Set<String> = [
        "ore", "ores", "mine", "mines", "mining", "deposit", "deposits", "reserves", "reserve", "production", "output",
        "smelter", "smelting", "concentrate", "concentrates", "prices", "price", "exports", "imports", "resources",
        "exploration", "mineral", "minerals", "metal", "metals", "and", "or",
    ]

    /// Place names that are also ordinary words of direction or rank: too ambiguous to propose alone.
    static let vaguePlaces: Set<String> = [
        "central", "western", "northern", "eastern", "southern", "centre", "center", "north", "south", "east", "west",
        "north west", "north east", "south west", "south east", "capital", "islands", "federal", "coast", "lakes",
        "upper", "lower", "middle", "interior", "east end", "west end", "mountain", "valley",
    ]

    /// True when `words` (the last few before a name, lower case) say the name was spoken to:
    /// "told", "speaking to", "speaking separately to", "in an interview with".
    static func isSpokenToCue(_ words: [String]) -> Bool {
        guard let last = words.last else { return false }
        if last == "told" || last == "tells" { return true }
        let before = words.dropLast().suffix(2)
        if last == "to" { return before.contains { ["speaking", "talking", "spoke", "talked", "interview", "told"].contains($0) } }
        if last == "with" { return before.last == "interview" }
        return false
    }

    /// Pronouns that point back to a person, with the gender they imply.
    static let pronouns: [String: Gender] = ["he": .male, "she": .female, "him": .male, "her": .female]

    /// A person's grammatical gender as the text shows it (a title, a pronoun), where it does.
    enum Gender: Sendable {
        case male, female, unknown
    }
}
