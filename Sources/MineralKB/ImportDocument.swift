/// A document in the import format, checked for shape and types: one source and what it reports.
///
/// Names are still names here; the importer resolves them to entities. Every field keeps the
/// JSON path it came from so that a resolution error can point at it.
struct ImportDocument: Sendable {
    var file: String
    var source: SourceSpec
    var entities: [EntitySpec] = []
    var links: [LinkSpec] = []
    var quotes: [QuoteSpec] = []
}

/// A value and the JSON path it was read from.
struct Located<Value> {
    var value: Value
    var path: String
}

extension Located: Sendable where Value: Sendable {}

struct SourceSpec: Sendable {
    var type: String
    var title: String?
    var publisher: Located<String>?
    var via: Located<String>?
    var url: String?
    var reference: String?
    var published: PartialDate?
    var dateline: Located<String>?
    var path: String
}

struct EntitySpec: Sendable {
    var kind: EntityKind
    var name: String
    var aliases: [String]
    /// Identifiers in outside registers (`wikidata:Q42`): they tell namesakes apart.
    var ids: [Located<Identifier>] = []
    var description: String?
    var evidence: String?
    /// Places: the place that contains this one.
    var within: Located<String>?
    /// The kind's own columns, already checked (type, symbol, group, dates, status).
    var organisationType: String?
    var placeType: String?
    var isoCode: String?
    var symbol: String?
    var group: String?
    var startsOn: PartialDate?
    var startsQualifier: DateQualifier?
    var endsOn: PartialDate?
    var projectType: String?
    var projectStatus: String?
    var path: String
}

struct LinkSpec: Sendable {
    var relation: String
    var from: Located<String>
    var to: Located<String>
    var role: String?
    var sharePercent: Double?
    var quantity: Double?
    var unit: String?
    var since: PartialDate?
    var sinceQualifier: DateQualifier?
    var until: PartialDate?
    var untilQualifier: DateQualifier?
    var asOf: PartialDate?
    var status: LinkStatus
    var evidence: String?
    var path: String
}

struct QuoteSpec: Sendable {
    var text: String
    var form: String
    var speaker: Located<String>?
    var role: String?
    var organisation: Located<String>?
    var forum: Located<String>?
    var toldTo: Located<String>?
    var saidOn: PartialDate?
    var mentions: [Located<String>]
    var original: Located<String>?
    var path: String
}
