extension Document {
    /// An organisation: a firm, a state enterprise, an agency, an outlet, an association.
    public struct Organisation: DocumentEntity {
        /// Declares an organisation.
        public static var kind: EntityKind { .organisation }

        /// Name, other names, ids, description, evidence and review (`DocumentEntity`).
        public var common: DocumentEntityFields
        /// What kind of body it is; nil when the source does not say.
        public var type: OrganisationType?

        /// An organisation called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, type: OrganisationType? = nil) {
            common = DocumentEntityFields(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence)
            self.type = type
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, otherNames = "other_names", ids, description, evidence, type, review
        }

        /// Reads the object form, or the shorthand: just the name as a string.
        public init(from decoder: Decoder) throws {
            let (common, container) = try Self.decodeCommon(from: decoder)
            self.common = common
            type = try container?.decodeIfPresent(OrganisationType.self, forKey: .type)
        }

        /// Writes the object form.
        public func encode(to encoder: Encoder) throws {
            var container = try encodeCommon(to: encoder)
            try container.encodeIfPresent(type, forKey: .type)
        }
    }
}
