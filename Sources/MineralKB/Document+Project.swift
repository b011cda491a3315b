extension Document {
    /// A project: a mine, a deposit, a plant, an exploration block.
    public struct Project: DocumentEntity {
        /// Declares a project.
        public static var kind: EntityKind { .project }

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
        /// What kind of project; nil when the source does not say.
        public var type: ProjectType?
        /// Where it stands.
        public var status: ProjectStatus?

        /// A project called `name`, with the fields given.
        public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil, type: ProjectType? = nil, status: ProjectStatus? = nil) {
            self.name = name
            self.aliases = aliases
            self.ids = ids
            self.description = description
            self.evidence = evidence
            self.type = type
            self.status = status
        }

        /// Known only by its name.
        public init(name: String) { self.init(name: name, aliases: nil) }

        /// The JSON field names.
        public enum CodingKeys: String, DocumentEntityKey {
            case name, aliases, ids, description, evidence, type, status, review
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
                type: try container.decodeIfPresent(ProjectType.self, forKey: .type),
                status: try container.decodeIfPresent(ProjectStatus.self, forKey: .status))
            review = try container.decodeIfPresent(String.self, forKey: .review)
        }
    }
}
