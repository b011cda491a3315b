extension Document {
    /// A forum: a conference, a meeting, a signing ceremony.
    public struct Forum: DocumentEntity {
        /// Declares a forum.
        public static var kind: EntityKind { .forum }

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
        /// When it starts.
        public var starts: PartialDate?
        /// How exact the start is.
        public var startsQualifier: DateQualifier?
        /// When it ends.
        public var ends: PartialDate?

        /// A forum called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, starts: PartialDate? = nil, startsQualifier: DateQualifier? = nil, ends: PartialDate? = nil) {
            self.name = name
            self.aliases = aliases
            self.ids = ids
            self.description = description
            self.evidence = evidence
            self.starts = starts
            self.startsQualifier = startsQualifier
            self.ends = ends
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, ids, description, evidence, starts, startsQualifier = "starts_qualifier", ends, review
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
                starts: try container.decodeIfPresent(PartialDate.self, forKey: .starts),
                startsQualifier: try container.decodeIfPresent(DateQualifier.self, forKey: .startsQualifier),
                ends: try container.decodeIfPresent(PartialDate.self, forKey: .ends))
            review = try container.decodeIfPresent(String.self, forKey: .review)
        }
    }
}
