import MineralKB

/// The JSON of `mkb report`, in the voice of the listings: keys in a fixed order, `null` kept, dates
/// as `since` and `since_qualifier`, firms and quotes with the same keys as `mkb firms` and `mkb quotes`.
///
/// ```
/// {"entity": {id, kind, name}, "description", "aliases": [..], "facts": [{label, value}],
///  "sources": [{source_id, label, published_on, evidence}],
///  "links": [{category, relation, label, direction, other: {id, kind, name}, detail, share_percent,
///             quantity, unit, since, since_qualifier, until, until_qualifier, as_of, status, sources}],
///  "forums": [{forum, role, through}], "quotes_by": [..], "quotes_about": [..], "firms_within": [..],
///  "neighbourhood": null | {depth, is_truncated, reached: [{id, kind, name, steps}],
///                           connections: [{from, relation, to, detail, sources}]}}
/// ```
enum ReportJSON {
    static func tree(_ report: EntityReport) -> JSONTree {
        let quoteColumns = QuotesCommand.columns(searching: false).filter { $0.name != "match" }
        return .object([
            ("entity", JSONShape.entity(report.entity)),
            ("description", .string(report.description)),
            ("aliases", .array(report.aliases.map(JSONTree.string))),
            ("facts", .array(report.facts.map { .object([("label", .string($0.label)), ("value", .string($0.value))]) })),
            ("sources", .array(report.sources.map(JSONShape.source))),
            ("links", .array(report.linkGroups.flatMap { group in group.links.map { link(link: $0, category: group.category) } })),
            ("forums", .array(report.forums.map { appearance in
                .object([("forum", JSONShape.entity(appearance.forum)), ("role", .string(appearance.role)),
                         ("through", .string(appearance.through))])
            })),
            ("quotes_by", .array(report.quotesBy.map { Listing.object($0, quoteColumns) })),
            ("quotes_about", .array(report.quotesAbout.map { Listing.object($0, quoteColumns) })),
            ("firms_within", .array(report.firmsWithin.map { Listing.object($0, FirmsCommand.columns) })),
            ("neighbourhood", report.neighbourhood.map(neighbourhood) ?? .null),
        ])
    }

    private static func link(link: EntityReport.Link, category: String) -> JSONTree {
        .object([
            ("category", .string(category)),
            ("relation", .string(link.relation)),
            ("label", .string(link.label)),
            ("direction", .string(link.isIncoming ? "incoming" : "outgoing")),
            ("other", JSONShape.entity(link.other)),
            ("detail", .string(link.detail)),
            ("share_percent", .real(link.sharePercent)),
            ("quantity", .real(link.quantity)),
            ("unit", .string(link.unit)),
        ] + JSONShape.date("since", link.since) + JSONShape.date("until", link.until) + [
            ("as_of", .string(link.asOf)),
            ("status", .string(link.status)),
            ("sources", .array(link.sources.map(JSONShape.source))),
        ])
    }

    private static func neighbourhood(_ neighbourhood: Neighbourhood) -> JSONTree {
        .object([
            ("depth", .integer(neighbourhood.depth)),
            ("is_truncated", .bool(neighbourhood.isTruncated)),
            ("reached", .array(neighbourhood.reached.map { reached in
                .object([("id", .integer(reached.entity.id)), ("kind", .string(reached.entity.kind.rawValue)),
                         ("name", .string(reached.entity.name)), ("steps", .integer(reached.steps))])
            })),
            ("connections", .array(neighbourhood.connections.map { connection in
                .object([("from", JSONShape.entity(connection.from)), ("relation", .string(connection.relation)),
                         ("to", JSONShape.entity(connection.to)), ("detail", .string(connection.detail)),
                         ("sources", .array(connection.sources.map(JSONShape.source)))])
            })),
        ])
    }
}
