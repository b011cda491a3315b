import Foundation
import MineralKB

/// A link's particulars in words, for tables and for the picture's edge labels:
/// "Director Marketing Planning · 51% · since 2006 or before · as of 2026-01-29".
enum LinkWording {
    static func particulars(_ link: EntityReport.Link) -> [String] {
        var parts: [String] = []
        if let detail = link.detail { parts.append(detail) }
        if let share = link.sharePercent { parts.append(percent(share)) }
        if let quantity = link.quantity { parts.append(number(quantity) + (link.unit.map { " \($0)" } ?? "")) }
        if let since = link.since { parts.append("since \(since)") }
        if let until = link.until { parts.append("until \(until)") }
        if let asOf = link.asOf { parts.append("as of \(asOf)") }
        if link.status != "active" { parts.append(link.status) }
        return parts
    }

    static func particulars(_ fact: SourceReport.Fact) -> [String] {
        var parts: [String] = []
        if let detail = fact.detail { parts.append(detail) }
        if let share = fact.sharePercent { parts.append(percent(share)) }
        if let since = fact.since { parts.append("since \(since)") }
        if let until = fact.until { parts.append("until \(until)") }
        if let asOf = fact.asOf { parts.append("as of \(asOf)") }
        if fact.status != "active" { parts.append(fact.status) }
        return parts
    }

    static func percent(_ value: Double) -> String { number(value) + "%" }

    static func number(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(format: "%g", value)
    }
}
