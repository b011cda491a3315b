/// What every entity a document declares has: a name, other names, a description and the sentence
/// that reports it. Organisations, people, places, minerals, forums and projects add their own fields.
public protocol DocumentEntity: Hashable, Codable, Sendable {
    /// The entity's JSON field names.
    associatedtype CodingKeys: DocumentEntityKey
    /// The kind of entity this declares.
    static var kind: EntityKind { get }
    /// Its name as the source writes it.
    var name: String { get set }
    /// Other names: former names, abbreviations, spellings.
    var aliases: [String]? { get set }
    /// Identifiers in outside registers, `scheme:value` (`wikidata:Q42`, `lei:…`): an identifier the
    /// base knows names its entity whatever the names say, and tells namesakes apart.
    var ids: [String]? { get set }
    /// A short description.
    var description: String? { get set }
    /// The sentence of the source that reports the entity.
    var evidence: String? { get set }
    /// A note for whoever reviews a draft; the importer ignores it.
    var review: String? { get set }
    /// An entity known only by its name.
    init(name: String)
}

/// The JSON field names every entity has; each kind's `CodingKeys` adds its own.
public protocol DocumentEntityKey: CodingKey, CaseIterable, Sendable {
    /// `name`, `aliases`, `ids`, `description`, `evidence` and `review`.
    static var name: Self { get }
    /// Other names.
    static var aliases: Self { get }
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
    /// The name, when the JSON gives the entity as a plain string (the shorthand `"Min Ziheng"`).
    static func shorthandName(_ decoder: Decoder) -> String? {
        guard let container = try? decoder.singleValueContainer() else { return nil }
        return try? container.decode(String.self)
    }

    /// The entity's name followed by its aliases.
    var names: [String] { [name] + (aliases ?? []) }
}
