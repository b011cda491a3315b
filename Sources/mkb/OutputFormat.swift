import ArgumentParser

/// How a listing command prints its rows; the words are those of the sqlite3 shell and sqlite-utils.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    /// Aligned columns for reading in a terminal (wide characters count as two columns).
    case table
    /// RFC 4180: comma-separated, CRLF line ends, quoted where needed.
    case csv
    /// One JSON array of objects.
    case json
    /// One JSON object per line (sqlite-utils' --nl).
    case jsonl
    /// A GitHub-flavoured Markdown table.
    case markdown

    static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
