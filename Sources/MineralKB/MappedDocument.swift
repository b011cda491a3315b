/// A document made from another format (FollowTheMoney, CSV), with where each of its facts came
/// from, so that a problem the importer finds is reported at the line, row or column the user
/// wrote rather than at a JSON path of a document they never saw.
struct MappedDocument {
    /// Where one fact came from: "line 17 (mkb-link-…)" or "row 5", and how the source format names
    /// the document's fields (`to` → `property object`, or `column "to"`).
    struct Origin {
        var location: String
        var fields: [String: String] = [:]
    }

    var document: Document
    /// JSON path prefix of a fact (`$.links[2]`, `$.places[0]`, `$.source`) → where it came from.
    var origins: [String: Origin]

    /// The problem as the user should read it: the original file, the location, the field.
    static func relocate(_ problem: DocumentProblem, file: String, origins: [String: Origin]) -> DocumentProblem {
        // "$.links[2].to" → prefix "$.links[2]" and field "to".
        var prefix = problem.path
        var field: String?
        if let bracket = prefix.lastIndex(of: "]"), let dot = prefix[bracket...].firstIndex(of: ".") {
            field = String(prefix[prefix.index(after: dot)...])
            prefix = String(prefix[..<dot])
        } else if prefix.hasPrefix("$.source.") {
            field = String(prefix.dropFirst("$.source.".count))
            prefix = "$.source"
        }
        guard let origin = origins[prefix] else { return DocumentProblem(file: file, path: problem.path, message: problem.message) }
        let location = origin.location + (field.map { ", " + (origin.fields[$0] ?? "field \($0)") } ?? "")
        return DocumentProblem(file: file, path: location, message: problem.message)
    }
}

/// What an import from another format did: the import's summary, and what the base has no place for.
public struct FormatImportSummary: Sendable {
    /// The import itself, as for JSON documents.
    public var summary: ImportSummary
    /// Facts left out, counted by the reason (for example "Sanction: no MineralKB equivalent").
    public var leftOut: [String: Int]
}
