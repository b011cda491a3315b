/// The import format, as written by `exportDocuments`: the same fields a person writes by hand,
/// so an export imports back unchanged. Nil fields are left out of the JSON.
struct ExportDocument: Encodable {
    struct Source: Encodable {
        var type: String
        var title: String?
        var publisher: String?
        var via: String?
        var url: String?
        var reference: String?
        var published: String?
        var dateline: String?
    }

    struct Entity: Encodable {
        var name: String
        var aliases: [String]?
        var ids: [String]?
        var type: String?
        var description: String?
        var evidence: String?
        var `in`: String?
        var iso_code: String?
        var symbol: String?
        var group: String?
        var starts: String?
        var starts_qualifier: String?
        var ends: String?
        var status: String?
    }

    struct Link: Encodable {
        var from: String
        var relation: String
        var to: String
        var role: String?
        var share_percent: Double?
        var quantity: Double?
        var unit: String?
        var since: String?
        var since_qualifier: String?
        var until: String?
        var until_qualifier: String?
        var as_of: String?
        var status: String?
        var evidence: String?
    }

    struct Quote: Encodable {
        var text: String
        var form: String
        var speaker: String?
        var role: String?
        var organisation: String?
        var forum: String?
        var told_to: String?
        var said_on: String?
        var mentions: [String]?
        var original: String?
    }

    var source: Source
    var organisations: [Entity]?
    var people: [Entity]?
    var places: [Entity]?
    var minerals: [Entity]?
    var forums: [Entity]?
    var projects: [Entity]?
    var links: [Link]?
    var quotes: [Quote]?
}
