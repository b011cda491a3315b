import Foundation

/// A document in the import format, as `mkb draft` writes it and as the draft scorer reads it.
///
/// It encodes to JSON that `mkb import` accepts as written: fields in the import format's order,
/// absent values left out, every entity in its object form. It decodes any import document
/// (shorthand entity names included), ignoring fields it does not model, so a hand-made document
/// can be compared with a draft. Kept in one file so that it can give way to the library's public
/// document model when that lands.
public struct DraftDocument: Codable, Sendable, Equatable {
    /// The article the facts come from.
    public var source: Source
    /// Entities declared by the document, by kind.
    public var organisations: [Entity] = []
    /// People declared by the document.
    public var people: [Entity] = []
    /// Places declared by the document.
    public var places: [Entity] = []
    /// Minerals declared by the document (a draft only refers to the reference list, so rarely any).
    public var minerals: [Entity] = []
    /// Forums (events) declared by the document.
    public var forums: [Entity] = []
    /// Projects (mines, deposits, plants, blocks) declared by the document.
    public var projects: [Entity] = []
    /// Claims that two entities are linked.
    public var links: [Link] = []
    /// What was said: direct quotations and reported speech.
    public var quotes: [Quote] = []

    /// A document about `source` with nothing in it yet.
    public init(source: Source) {
        self.source = source
    }

    /// The entities of one kind.
    public subscript(kind: EntityKind) -> [Entity] {
        get {
            switch kind {
            case .organisation: return organisations
            case .person: return people
            case .place: return places
            case .mineral: return minerals
            case .forum: return forums
            case .project: return projects
            }
        }
        set {
            switch kind {
            case .organisation: organisations = newValue
            case .person: people = newValue
            case .place: places = newValue
            case .mineral: minerals = newValue
            case .forum: forums = newValue
            case .project: projects = newValue
            }
        }
    }

    /// The document as pretty-printed JSON in the import format's field order, ending in a newline.
    ///
    /// Written by hand rather than by `JSONEncoder`, whose key order is not stable on every
    /// platform: the same article must give the same bytes every time.
    public func jsonText() -> String {
        var fields: [(String, OrderedJSON)] = [("source", source.ordered)]
        for kind in EntityKind.allCases where !self[kind].isEmpty {
            fields.append((kind.plural, .array(self[kind].map(\.ordered))))
        }
        if !links.isEmpty { fields.append(("links", .array(links.map(\.ordered)))) }
        if !quotes.isEmpty { fields.append(("quotes", .array(quotes.map(\.ordered)))) }
        var text = ""
        OrderedJSON.object(fields).write(to: &text, indent: "")
        return text + "\n"
    }

    // MARK: - Parts

    /// The source: publisher, agency, date and dateline.
    public struct Source: Codable, Sendable, Equatable {
        /// "article", "press release", "interview", ...
        public var type: String?
        /// The headline, where printed.
        public var title: String?
        /// The publishing organisation (for wire copy, the agency).
        public var publisher: String?
        /// The outlet the statements were given to, when not the publisher.
        public var via: String?
        /// Where the article was read.
        public var url: String?
        /// A file name or identifier of the original.
        public var reference: String?
        /// The publication date: YYYY, YYYY-MM or YYYY-MM-DD.
        public var published: String?
        /// The place of the dateline.
        public var dateline: String?
        /// A note for the reviewer.
        public var review: String?

        /// An empty source description.
        public init() {}
    }

    /// One entity: a name, other names, and what the kind needs.
    public struct Entity: Codable, Sendable, Equatable {
        /// The name as printed.
        public var name: String
        /// Other names printed for it (abbreviations, short forms).
        public var aliases: [String]?
        /// Organisations: company, media, government body...; places: city, site...
        public var type: String?
        /// Places: the place that contains this one.
        public var within: String?
        /// A short description.
        public var description: String?
        /// The sentence the entity was found in.
        public var evidence: String?
        /// A note for the reviewer.
        public var review: String?

        /// An entity called `name`.
        public init(name: String) {
            self.name = name
        }

        enum CodingKeys: String, CodingKey {
            case name, aliases, type, within = "in", description, evidence, review
        }

        /// Reads the object form, or the shorthand (just the name as a string).
        public init(from decoder: Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let name = try? single.decode(String.self) {
                self.name = name
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            aliases = try container.decodeIfPresent([String].self, forKey: .aliases)
            type = try container.decodeIfPresent(String.self, forKey: .type)
            within = try container.decodeIfPresent(String.self, forKey: .within)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            evidence = try container.decodeIfPresent(String.self, forKey: .evidence)
            review = try container.decodeIfPresent(String.self, forKey: .review)
        }
    }

    /// A claim that two entities are linked, with what supports it.
    public struct Link: Codable, Sendable, Equatable {
        /// A name of the entity the link starts from.
        public var from: String
        /// The relation, one of the `relations` table's names.
        public var relation: String
        /// A name of the entity the link goes to.
        public var to: String
        /// As printed: a person's title, a presence's detail.
        public var role: String?
        /// An owner's share, in percent.
        public var sharePercent: Double?
        /// Since when: YYYY, YYYY-MM or YYYY-MM-DD.
        public var since: String?
        /// How exact `since` is: before, after, about.
        public var sinceQualifier: String?
        /// The date the claim was true on (a role as of the article's date).
        public var asOf: String?
        /// active, former or planned.
        public var status: String?
        /// The sentence that supports the link.
        public var evidence: String?
        /// A note for the reviewer.
        public var review: String?

        /// A link `from` → `relation` → `to`.
        public init(from: String, relation: String, to: String) {
            self.from = from
            self.relation = relation
            self.to = to
        }

        enum CodingKeys: String, CodingKey {
            case from, relation, to, role, sharePercent = "share_percent", since, sinceQualifier = "since_qualifier",
                 asOf = "as_of", status, evidence, review
        }
    }

    /// A quotation (exact words) or reported speech (a paraphrase), with who said it.
    public struct Quote: Codable, Sendable, Equatable {
        /// The words: exact for a direct quote, the reported statement for a paraphrase.
        public var text: String
        /// "direct" or "paraphrase".
        public var form: String?
        /// The person who said it.
        public var speaker: String?
        /// The speaker's title as printed.
        public var role: String?
        /// The speaker's organisation as printed.
        public var organisation: String?
        /// The forum it was said at.
        public var forum: String?
        /// The outlet it was said to.
        public var toldTo: String?
        /// Entities the quote names.
        public var mentions: [String]?
        /// A note for the reviewer.
        public var review: String?

        /// A quote of `text`.
        public init(text: String) {
            self.text = text
        }

        enum CodingKeys: String, CodingKey {
            case text, form, speaker, role, organisation, forum, toldTo = "told_to", mentions, review
        }
    }

    enum CodingKeys: String, CodingKey {
        case source, organisations, people, places, minerals, forums, projects, links, quotes
    }

    /// Reads any import document; absent lists are empty.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(Source.self, forKey: .source)
        organisations = try container.decodeIfPresent([Entity].self, forKey: .organisations) ?? []
        people = try container.decodeIfPresent([Entity].self, forKey: .people) ?? []
        places = try container.decodeIfPresent([Entity].self, forKey: .places) ?? []
        minerals = try container.decodeIfPresent([Entity].self, forKey: .minerals) ?? []
        forums = try container.decodeIfPresent([Entity].self, forKey: .forums) ?? []
        projects = try container.decodeIfPresent([Entity].self, forKey: .projects) ?? []
        links = try container.decodeIfPresent([Link].self, forKey: .links) ?? []
        quotes = try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
    }

    /// Writes the source, then each non-empty list, in the import format's order.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        for (key, list) in [(CodingKeys.organisations, organisations), (.people, people), (.places, places),
                            (.minerals, minerals), (.forums, forums), (.projects, projects)] where !list.isEmpty {
            try container.encode(list, forKey: key)
        }
        if !links.isEmpty { try container.encode(links, forKey: .links) }
        if !quotes.isEmpty { try container.encode(quotes, forKey: .quotes) }
    }
}

// MARK: - Ordered output

extension DraftDocument.Source {
    fileprivate var ordered: OrderedJSON {
        .fields([("type", type), ("title", title), ("publisher", publisher), ("via", via), ("url", url),
                 ("reference", reference), ("published", published), ("dateline", dateline), ("review", review)])
    }
}

extension DraftDocument.Entity {
    fileprivate var ordered: OrderedJSON {
        var fields: [(String, OrderedJSON)] = [("name", .string(name))]
        if let aliases, !aliases.isEmpty { fields.append(("aliases", .array(aliases.map(OrderedJSON.string)))) }
        for (key, value) in [("type", type), ("in", within), ("description", description), ("evidence", evidence), ("review", review)] {
            if let value { fields.append((key, .string(value))) }
        }
        return .object(fields)
    }
}

extension DraftDocument.Link {
    fileprivate var ordered: OrderedJSON {
        var fields: [(String, OrderedJSON)] = [("from", .string(from)), ("relation", .string(relation)), ("to", .string(to))]
        if let role { fields.append(("role", .string(role))) }
        if let sharePercent { fields.append(("share_percent", .number(sharePercent))) }
        for (key, value) in [("since", since), ("since_qualifier", sinceQualifier), ("as_of", asOf), ("status", status),
                             ("evidence", evidence), ("review", review)] {
            if let value { fields.append((key, .string(value))) }
        }
        return .object(fields)
    }
}

extension DraftDocument.Quote {
    fileprivate var ordered: OrderedJSON {
        var fields: [(String, OrderedJSON)] = []
        for (key, value) in [("speaker", speaker), ("role", role), ("organisation", organisation), ("forum", forum),
                             ("told_to", toldTo), ("form", form), ("text", text)] {
            if let value { fields.append((key, .string(value))) }
        }
        if let mentions, !mentions.isEmpty { fields.append(("mentions", .array(mentions.map(OrderedJSON.string)))) }
        if let review { fields.append(("review", .string(review))) }
        return .object(fields)
    }
}

/// JSON with object fields in a chosen order, pretty-printed two spaces per level.
private enum OrderedJSON {
    case string(String)
    case number(Double)
    case array([OrderedJSON])
    case object([(String, OrderedJSON)])

    /// An object of the present (non-nil) string fields.
    static func fields(_ fields: [(String, String?)]) -> OrderedJSON {
        .object(fields.compactMap { key, value in value.map { (key, .string($0)) } })
    }

    func write(to text: inout String, indent: String) {
        switch self {
        case .string(let value):
            OrderedJSON.writeString(value, to: &text)
        case .number(let value):
            text += value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .array(let items):
            guard !items.isEmpty else { text += "[]"; return }
            text += "[\n"
            for (index, item) in items.enumerated() {
                text += indent + "  "
                item.write(to: &text, indent: indent + "  ")
                text += index + 1 < items.count ? ",\n" : "\n"
            }
            text += indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { text += "{}"; return }
            text += "{\n"
            for (index, (key, value)) in fields.enumerated() {
                text += indent + "  "
                OrderedJSON.writeString(key, to: &text)
                text += ": "
                value.write(to: &text, indent: indent + "  ")
                text += index + 1 < fields.count ? ",\n" : "\n"
            }
            text += indent + "}"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; everything else as is (UTF-8).
    private static func writeString(_ value: String, to text: inout String) {
        text += "\""
        // Most strings need no escape: copied whole.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            text += value
            text += "\""
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\r": text += "\\r"
            case "\t": text += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                text += String(format: "\\u%04x", scalar.value)
            default: text.unicodeScalars.append(scalar)
            }
        }
        text += "\""
    }
}
