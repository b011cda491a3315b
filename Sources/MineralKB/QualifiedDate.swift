/// A date with its qualifier, as the base stores it: "2006 (before)".
public struct QualifiedDate: Hashable, Codable, Sendable, CustomStringConvertible {
    public let date: String
    public let qualifier: String?

    init?(_ date: String?, _ qualifier: String?) {
        guard let date else { return nil }
        self.date = date
        self.qualifier = qualifier
    }

    public var description: String {
        switch qualifier {
        case "before": return "\(date) or before"
        case "after": return "\(date) or after"
        case "about": return "about \(date)"
        default: return date
        }
    }
}
