/// A date with its qualifier, as the base stores it: "2006 (before)".
public struct QualifiedDate: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The date, as a partial ISO date (`2006`, `2026-01`, `2026-01-29`).
    public let date: String
    /// `before`, `after` or `about`; nil when the date is as given.
    public let qualifier: String?

    init?(_ date: String?, _ qualifier: String?) {
        guard let date else { return nil }
        self.date = date
        self.qualifier = qualifier
    }

    /// The date in words: `2006 or before`, `2020 or after`, `about 2020`.
    public var description: String {
        switch qualifier {
        case "before": return "\(date) or before"
        case "after": return "\(date) or after"
        case "about": return "about \(date)"
        default: return date
        }
    }
}
