extension Document {
    /// A mineral commodity beyond the reference list.
    public struct Mineral: DocumentEntity {
        /// Declares a mineral.
        public static var kind: EntityKind { .mineral }

        /// Its name as the source writes it.
        public var name: String
        /// Other names: former names, abbreviations, spellings.
        public var aliases: [String]?
        /// Identifiers in outside registers, `scheme:value` (`wikidata:Q42`): they tell namesakes apart.
        public var ids: [String]?
        /// A short description.
        public var description: String?
        /// The sentence of the source that reports it.
        public var evidence: String?
        /// A note for whoever reviews a draft (`mkb draft` writes one on each fact it proposes); the importer ignores it.
        public var review: String?
        /// Its chemical symbol or short form.
        public var symbol: String?
        /// Its group: base metals, battery minerals, ...
        public var group: String?

        /// A mineral called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, symbol: String? = nil, group: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.ids = ids
            self.description = description
            self.evidence = evidence
            self.symbol = symbol
            self.group = group
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, ids, description, evidence, symbol, group, review
        }

        /// Reads the object form, or the shorthand: just the name as a string.
        public init(from decoder: Decoder) throws {
            if let name = Self.shorthandName(decoder) {
                self.init(name: name)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(
                name: try container.decode(String.self, forKey: .name),
                aliases: try container.decodeIfPresent([String].self, forKey: .aliases),
                ids: try container.decodeIfPresent([String].self, forKey: .ids),
                description: try container.decodeIfPresent(String.self, forKey: .description),
                evidence: try container.decodeIfPresent(String.self, forKey: .evidence),
                symbol: try container.decodeIfPresent(String.self, forKey: .symbol),
                group: try container.decodeIfPresent(String.self, forKey: .group))
            review = try container.decodeIfPresent(String.self, forKey: .review)
        }
    }
}
