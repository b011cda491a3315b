/// The names a draft can recognise: every alias of the knowledge base (the reference places and
/// minerals, and whatever was imported), and which relations join which kinds.
///
/// Built once from a base (`KnowledgeBase.draftLexicon()`) and then used without it, so drafting
/// itself touches no database and is a pure function of the text.
public struct DraftLexicon: Sendable {
    /// One entity a name may stand for.
    public struct Entry: Sendable, Hashable {
        /// What kind of entity it is.
        public let kind: EntityKind
        /// Its name in the base: what the draft writes when it refers to it.
        public let name: String
        /// For places, the country that contains it (itself for a country).
        public let country: String?

        /// An entity of `kind` called `name`, inside `country` when it is a place.
        public init(kind: EntityKind, name: String, country: String? = nil) {
            self.kind = kind
            self.name = name
            self.country = country
        }
    }

    /// Entities by normalised name (case, diacritics and punctuation folded).
    private var byName: [String: [Entry]] = [:]
    /// Codes ("PAK", "PK-SD", "APP") by their exact spelling: folded, "IN" would be the word "in".
    private var byCode: [String: [Entry]] = [:]
    /// First words of the minerals' names in lower case ("copper", "rare"): most words of an article
    /// are not, and need no further lookup.
    private var mineralFirstWords: Set<String> = []
    /// Relation name → the (from, to) kinds it joins.
    private var relations: [String: Set<KindPair>] = [:]
    /// The most words any name has: the longest run worth looking up.
    private(set) var longestName = 1

    private struct KindPair: Hashable, Sendable {
        let from: EntityKind
        let to: EntityKind
    }

    /// A lexicon of `names` (each alias with the entity it names) and `relations` (name, from kind, to kind).
    public init(names: [(alias: String, entry: Entry)], relations: [(name: String, from: EntityKind, to: EntityKind)]) {
        for (alias, entry) in names {
            if DraftLexicon.isCode(alias) {
                // Two-letter mineral symbols ("Li", "Ta", "Th") are names and words in prose: left out.
                if entry.kind == .mineral && alias.count <= 2 { continue }
                DraftLexicon.add(entry, to: &byCode, key: alias)
                continue
            }
            if entry.kind == .mineral && alias.count <= 2 { continue }
            let key = NameNormaliser.normalise(alias)
            guard !key.isEmpty else { continue }
            DraftLexicon.add(entry, to: &byName, key: key)
            if entry.kind == .mineral, let first = key.split(separator: " ").first { mineralFirstWords.insert(String(first)) }
            longestName = max(longestName, key.split(separator: " ").count)
        }
        for relation in relations {
            self.relations[relation.name, default: []].insert(KindPair(from: relation.from, to: relation.to))
        }
    }

    /// Static, so that `table` is the only thing borrowed: as a method reading `self`, each call
    /// copied the whole dictionary it was adding to.
    private static func add(_ entry: Entry, to table: inout [String: [Entry]], key: String) {
        if !(table[key]?.contains(entry) ?? false) { table[key, default: []].append(entry) }
    }

    /// The entities called `text` (any spelling that normalises the same; codes only as printed).
    func entries(for text: String) -> [Entry] {
        if let codes = byCode[text] { return codes }
        return byName[NameNormaliser.normalise(text)] ?? []
    }

    /// The entities whose normalised name is `key`.
    func entries(normalised key: String) -> [Entry] {
        byName[key] ?? []
    }

    /// True when a mineral's name may start with `word` (lower case).
    func startsLowercaseName(_ word: String) -> Bool {
        mineralFirstWords.contains(word) || mineralFirstWords.contains(NameNormaliser.normalise(word))
    }

    /// True when `relation` may join an entity of kind `from` to one of kind `to`.
    func allows(_ relation: String, from: EntityKind, to: EntityKind) -> Bool {
        relations[relation]?.contains(KindPair(from: from, to: to)) ?? false
    }

    /// True for names written as codes: capitals, digits and dashes only, up to five characters.
    static func isCode(_ alias: String) -> Bool {
        alias.count <= 5 && alias.contains(where: \.isUppercase)
            && alias.allSatisfy { ($0.isUppercase && $0.isASCII) || $0.isNumber || $0 == "-" }
    }
}
