/// The kinds of thing the knowledge base records; each has its own table.
public enum EntityKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// A firm or body; a person; a place; a mineral; a forum (an event); a project (a mine, deposit, plant or block).
    case organisation, person, place, mineral, forum, project

    /// The table holding this kind's own columns.
    public var table: String {
        switch self {
        case .organisation: return "organisations"
        case .person: return "people"
        case .place: return "places"
        case .mineral: return "minerals"
        case .forum: return "forums"
        case .project: return "projects"
        }
    }

    /// The plural used as a document key and in messages ("organisations", "people").
    public var plural: String { table }

    /// Orders kinds as they are declared: organisations first, projects last.
    public static func < (lhs: EntityKind, rhs: EntityKind) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}
