extension Document {
    /// A place beyond the reference countries and subdivisions: a district, a city, a site, a venue.
    public struct Place: DocumentEntity {
        /// Declares a place.
        public static var kind: EntityKind { .place }

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
        /// What kind of place: country, province, district, city, site, venue, ...
        public var type: String?
        /// The place that contains this one; also tells apart places of the same name.
        public var within: String?
        /// Its ISO 3166 code, where it has one.
        public var isoCode: String?

        /// A place called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, type: String? = nil, within: String? = nil, isoCode: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.ids = ids
            self.description = description
            self.evidence = evidence
            self.type = type
            self.within = within
            self.isoCode = isoCode
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, ids, description, evidence, type, within = "in", isoCode = "iso_code", review
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
                type: try container.decodeIfPresent(String.self, forKey: .type),
                within: try container.decodeIfPresent(String.self, forKey: .within),
                isoCode: try container.decodeIfPresent(String.self, forKey: .isoCode))
            review = try container.decodeIfPresent(String.self, forKey: .review)
        }
    }
}
