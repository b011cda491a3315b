extension Document {
    /// A person.
    public struct Person: DocumentEntity {
        /// Declares a person.
        public static var kind: EntityKind { .person }

        /// Name, other names, ids, description, evidence and review (`DocumentEntity`).
        public var common: DocumentEntityFields

        /// A person called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil) {
            common = DocumentEntityFields(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence)
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, otherNames = "other_names", ids, description, evidence, review
        }

        /// Reads the object form, or the shorthand: just the name as a string.
        public init(from decoder: Decoder) throws {
            (common, _) = try Self.decodeCommon(from: decoder)
        }

        /// Writes the object form.
        public func encode(to encoder: Encoder) throws {
            _ = try encodeCommon(to: encoder)
        }
    }
}
