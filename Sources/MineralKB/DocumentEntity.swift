/// What every entity a document declares has: a name, other names, a description and the sentence
/// that reports it. Organisations, people, places, minerals, forums and projects add their own fields.
///
/// The shared fields are stored once, in `common`, and read and written through the properties
/// below (`entity.name`); in JSON they stand flat beside the kind's own fields.
public protocol DocumentEntity: Hashable, Codable, Sendable {
    /// The entity's JSON field names.
    associatedtype CodingKeys: DocumentEntityKey
    /// The kind of entity this declares.
    static var kind: EntityKind { get }
    /// The fields every entity has.
    var common: DocumentEntityFields { get set }
    /// An entity known only by its name.
    init(name: String)
}

/// The fields every declared entity has (`DocumentEntity` reads and writes them by name).
public struct DocumentEntityFields: Hashable, Sendable {
    /// Its name as the source writes it.
    public var name: String
    /// Other names: former names, abbreviations, spellings.
    public var aliases: [String]?
    /// Other names with their kind: a former name (and when it changed), a misprint, an abbreviation, a transliteration.
    public var otherNames: [OtherName]?
    /// Identifiers in outside registers, `scheme:value` (`wikidata:Q42`, `lei:…`): an identifier the
    /// base knows names its entity whatever the names say, and tells namesakes apart.
    public var ids: [String]?
    /// A short description.
    public var description: String?
    /// The sentence of the source that reports the entity.
    public var evidence: String?
    /// A note for whoever reviews a draft (`mkb draft` writes one on each fact it proposes); the importer ignores it.
    public var review: String?

    /// The fields of an entity called `name`, with those given.
    public init(name: String, aliases: [String]? = nil, ids: [String]? = nil, description: String? = nil, evidence: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.ids = ids
        self.description = description
        self.evidence = evidence
    }
}

/// The JSON field names every entity has; each kind's `CodingKeys` adds its own.
public protocol DocumentEntityKey: CodingKey, CaseIterable, Sendable {
    /// `name`, `aliases`, `ids`, `description`, `evidence` and `review`.
    static var name: Self { get }
    /// Other names.
    static var aliases: Self { get }
    /// Other names with their kind.
    static var otherNames: Self { get }
    /// Identifiers in outside registers.
    static var ids: Self { get }
    /// A short description.
    static var description: Self { get }
    /// The sentence of the source that reports the entity.
    static var evidence: Self { get }
    /// A reviewer's note.
    static var review: Self { get }
}

extension DocumentEntity {
    /// Its name as the source writes it.
    public var name: String {
        get { common.name }
        set { common.name = newValue }
    }
    /// Other names: former names, abbreviations, spellings.
    public var aliases: [String]? {
        get { common.aliases }
        set { common.aliases = newValue }
    }
    /// Other names with their kind (former name, misprint, abbreviation, transliteration).
    public var otherNames: [OtherName]? {
        get { common.otherNames }
        set { common.otherNames = newValue }
    }
    /// Identifiers in outside registers, `scheme:value`: they tell namesakes apart.
    public var ids: [String]? {
        get { common.ids }
        set { common.ids = newValue }
    }
    /// A short description.
    public var description: String? {
        get { common.description }
        set { common.description = newValue }
    }
    /// The sentence of the source that reports the entity.
    public var evidence: String? {
        get { common.evidence }
        set { common.evidence = newValue }
    }
    /// A note for whoever reviews a draft; the importer ignores it.
    public var review: String? {
        get { common.review }
        set { common.review = newValue }
    }

    /// The entity's name followed by its aliases.
    var names: [String] { [name] + (aliases ?? []) + (otherNames ?? []).map(\.name) }

    // MARK: - Coding

    /// Reads the shared fields, from the object form or the shorthand (just the name as a string);
    /// returns the object's container for the kind's own fields, nil for the shorthand.
    static func decodeCommon(from decoder: Decoder) throws -> (DocumentEntityFields, KeyedDecodingContainer<CodingKeys>?) {
        if let container = try? decoder.singleValueContainer(), let name = try? container.decode(String.self) {
            return (DocumentEntityFields(name: name), nil)
        }
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var common = DocumentEntityFields(
            name: try container.decode(String.self, forKey: .name),
            aliases: try container.decodeIfPresent([String].self, forKey: .aliases),
            ids: try container.decodeIfPresent([String].self, forKey: .ids),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            evidence: try container.decodeIfPresent(String.self, forKey: .evidence))
        common.otherNames = try container.decodeIfPresent([OtherName].self, forKey: .otherNames)
        common.review = try container.decodeIfPresent(String.self, forKey: .review)
        return (common, container)
    }

    /// Writes the shared fields (those given); returns the container for the kind's own.
    func encodeCommon(to encoder: Encoder) throws -> KeyedEncodingContainer<CodingKeys> {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(aliases, forKey: .aliases)
        try container.encodeIfPresent(otherNames, forKey: .otherNames)
        try container.encodeIfPresent(ids, forKey: .ids)
        try container.encodeIfPresent(description, forKey: .description)
        try container.encodeIfPresent(evidence, forKey: .evidence)
        try container.encodeIfPresent(review, forKey: .review)
        return container
    }
}
