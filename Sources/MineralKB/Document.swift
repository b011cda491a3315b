/// One document in the import format: a source (an article, a report) and the facts it reports.
///
/// The one definition of the format. The JSON parser produces it (with every problem located by
/// file and JSON path), the exporter fills it, and any other reader or writer (the benchmark's
/// generator, drafts from articles, FollowTheMoney, CSV) maps to or from it. Entities are named,
/// not numbered: a link or quote refers to an entity by any of its names or aliases, declared in
/// the same document or already in the base. `Schema/document.schema.json` publishes the same
/// format, and a test checks the two agree field by field.
///
/// ```swift
/// var document = Document(source: .init(title: "Mining news", published: PartialDate("2026-01-29")))
/// document.organisations.append(.init(name: "Jiaozuo Creation Heavy Industry Co Ltd", type: .company))
/// document.links.append(.init(from: "Jiaozuo Creation Heavy Industry Co Ltd", relation: "operates_in", to: "Pakistan"))
/// try kb.importDocuments([ImportInput(name: "news.json", document: document)])
/// ```
public struct Document: Hashable, Codable, Sendable {
    /// The JSON Schema an editor may be pointed at; ignored by the importer.
    public var jsonSchema: String?
    /// The document the facts come from.
    public var source: Source
    /// Organisations the source reports (firms, agencies, outlets).
    public var organisations: [Organisation]
    /// People the source reports.
    public var people: [Person]
    /// Places the source names beyond the reference countries and subdivisions.
    public var places: [Place]
    /// Minerals beyond the reference list.
    public var minerals: [Mineral]
    /// Forums (events) the source reports.
    public var forums: [Forum]
    /// Projects (mines, deposits, plants, blocks) the source reports.
    public var projects: [Project]
    /// Claims that two entities are linked.
    public var links: [Link]
    /// What people said, directly or as reported.
    public var quotes: [Quote]

    /// A document about `source`, with the facts given (none by default).
    public init(source: Source, organisations: [Organisation] = [], people: [Person] = [], places: [Place] = [],
                minerals: [Mineral] = [], forums: [Forum] = [], projects: [Project] = [], links: [Link] = [],
                quotes: [Quote] = [], jsonSchema: String? = nil) {
        self.jsonSchema = jsonSchema
        self.source = source
        self.organisations = organisations
        self.people = people
        self.places = places
        self.minerals = minerals
        self.forums = forums
        self.projects = projects
        self.links = links
        self.quotes = quotes
    }

    /// The JSON field names, in the order a document is written.
    public enum CodingKeys: String, CodingKey, CaseIterable, Sendable {
        case jsonSchema = "$schema", source, organisations, people, places, minerals, forums, projects, links, quotes
    }

    /// The key under which entities of `kind` are listed.
    static func key(for kind: EntityKind) -> CodingKeys {
        switch kind {
        case .organisation: return .organisations
        case .person: return .people
        case .place: return .places
        case .mineral: return .minerals
        case .forum: return .forums
        case .project: return .projects
        }
    }

    /// Every declared entity, kind by kind in `EntityKind` order, with its index in its own list.
    var declaredEntities: [(entity: any DocumentEntity, index: Int)] {
        var result: [(entity: any DocumentEntity, index: Int)] = []
        func add(_ entities: [some DocumentEntity]) {
            for (index, entity) in entities.enumerated() { result.append((entity, index)) }
        }
        add(organisations)
        add(people)
        add(places)
        add(minerals)
        add(forums)
        add(projects)
        return result
    }

    /// Reads a document; a missing list is an empty one.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        jsonSchema = try container.decodeIfPresent(String.self, forKey: .jsonSchema)
        source = try container.decode(Source.self, forKey: .source)
        organisations = try container.decodeIfPresent([Organisation].self, forKey: .organisations) ?? []
        people = try container.decodeIfPresent([Person].self, forKey: .people) ?? []
        places = try container.decodeIfPresent([Place].self, forKey: .places) ?? []
        minerals = try container.decodeIfPresent([Mineral].self, forKey: .minerals) ?? []
        forums = try container.decodeIfPresent([Forum].self, forKey: .forums) ?? []
        projects = try container.decodeIfPresent([Project].self, forKey: .projects) ?? []
        links = try container.decodeIfPresent([Link].self, forKey: .links) ?? []
        quotes = try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
    }

    /// Writes a document; empty lists are left out, as a person writing it by hand would.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(jsonSchema, forKey: .jsonSchema)
        try container.encode(source, forKey: .source)
        func list(_ values: [some Encodable], _ key: CodingKeys) throws {
            if !values.isEmpty { try container.encode(values, forKey: key) }
        }
        try list(organisations, .organisations)
        try list(people, .people)
        try list(places, .places)
        try list(minerals, .minerals)
        try list(forums, .forums)
        try list(projects, .projects)
        try list(links, .links)
        try list(quotes, .quotes)
    }
}
