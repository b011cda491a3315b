extension Document {
    /// A place beyond the reference countries and subdivisions: a district, a city, a site, a venue.
    public struct Place: DocumentEntity {
        /// Declares a place.
        public static var kind: EntityKind { .place }

        /// Name, other names, ids, description, evidence and review (`DocumentEntity`).
        public var common: DocumentEntityFields
        /// What kind of place: country, province, district, city, site, venue, ...
        public var type: String?
        /// The place that contains this one; also tells apart places of the same name.
        public var within: String?
        /// Its ISO 3166 code, where it has one.
        public var isoCode: String?
        /// Where `in` comes from: `sourced` (the document's source states it; the default) or
        /// `background` (general knowledge, no source states it).
        public var inBasis: ParentBasis?
        /// How sure `in` is.
        public var inCertainty: Certainty?
        /// An analyst's note on `in`.
        public var inNote: String?

        /// A place called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, type: String? = nil, within: String? = nil, isoCode: String? = nil) {
            common = DocumentEntityFields(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence)
            self.type = type
            self.within = within
            self.isoCode = isoCode
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, otherNames = "other_names", ids, description, evidence, type, within = "in", isoCode = "iso_code",
                 inBasis = "in_basis", inCertainty = "in_certainty", inNote = "in_note", review
        }

        /// Reads the object form, or the shorthand: just the name as a string.
        public init(from decoder: Decoder) throws {
            let (common, container) = try Self.decodeCommon(from: decoder)
            self.common = common
            type = try container?.decodeIfPresent(String.self, forKey: .type)
            within = try container?.decodeIfPresent(String.self, forKey: .within)
            isoCode = try container?.decodeIfPresent(String.self, forKey: .isoCode)
            inBasis = try container?.decodeIfPresent(ParentBasis.self, forKey: .inBasis)
            inCertainty = try container?.decodeIfPresent(Certainty.self, forKey: .inCertainty)
            inNote = try container?.decodeIfPresent(String.self, forKey: .inNote)
        }

        /// Writes the object form.
        public func encode(to encoder: Encoder) throws {
            var container = try encodeCommon(to: encoder)
            try container.encodeIfPresent(type, forKey: .type)
            try container.encodeIfPresent(within, forKey: .within)
            try container.encodeIfPresent(isoCode, forKey: .isoCode)
            try container.encodeIfPresent(inBasis, forKey: .inBasis)
            try container.encodeIfPresent(inCertainty, forKey: .inCertainty)
            try container.encodeIfPresent(inNote, forKey: .inNote)
        }
    }
}
