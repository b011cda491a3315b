extension Document {
    /// A project: a mine, a deposit, a plant, an exploration block.
    public struct Project: DocumentEntity {
        /// Declares a project.
        public static var kind: EntityKind { .project }

        /// Name, other names, ids, description, evidence and review (`DocumentEntity`).
        public var common: DocumentEntityFields
        /// What kind of project; nil when the source does not say.
        public var type: ProjectType?
        /// Where it stands.
        public var status: ProjectStatus?

        /// A project called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, type: ProjectType? = nil, status: ProjectStatus? = nil) {
            common = DocumentEntityFields(name: name, aliases: aliases, ids: ids, description: description, evidence: evidence)
            self.type = type
            self.status = status
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, otherNames = "other_names", ids, description, evidence, type, status, review
        }

        /// Reads the object form, or the shorthand: just the name as a string.
        public init(from decoder: Decoder) throws {
            let (common, container) = try Self.decodeCommon(from: decoder)
            self.common = common
            type = try container?.decodeIfPresent(ProjectType.self, forKey: .type)
            status = try container?.decodeIfPresent(ProjectStatus.self, forKey: .status)
        }

        /// Writes the object form.
        public func encode(to encoder: Encoder) throws {
            var container = try encodeCommon(to: encoder)
            try container.encodeIfPresent(type, forKey: .type)
            try container.encodeIfPresent(status, forKey: .status)
        }
    }
}
