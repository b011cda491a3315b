extension Document {
    /// A mineral commodity beyond the reference list.
    public struct Mineral: DocumentEntity {
        /// Declares a mineral.
        public static var kind: EntityKind { .mineral }

        /// Name, other names, ids, description, evidence and review (`DocumentEntity`).
        public var common: DocumentEntityFields
        /// Its chemical symbol or short form.
        public var symbol: String?
        /// Its group: base metals, battery minerals, ...
        public var group: String?

        /// A mineral called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, symbol: String? = nil, group: String? = nil) {
            common = DocumentEntityFields(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence)
            self.symbol = symbol
            self.group = group
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, otherNames = "other_names", ids, description, evidence, symbol, group, review
        }

        /// Reads the object form, or the shorthand: just the name as a string.
        public init(from decoder: Decoder) throws {
            let (common, container) = try Self.decodeCommon(from: decoder)
            self.common = common
            symbol = try container?.decodeIfPresent(String.self, forKey: .symbol)
            group = try container?.decodeIfPresent(String.self, forKey: .group)
        }

        /// Writes the object form.
        public func encode(to encoder: Encoder) throws {
            var container = try encodeCommon(to: encoder)
            try container.encodeIfPresent(symbol, forKey: .symbol)
            try container.encodeIfPresent(group, forKey: .group)
        }
    }
}
