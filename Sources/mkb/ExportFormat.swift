import ArgumentParser

/// What `mkb export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    /// JSON documents in the import format, one per source, into a directory.
    case json
    /// One RFC 4180 CSV file per table, into a directory.
    case csv
    /// A Graphviz DOT graph of the relationships, to standard output or a file.
    case dot
}
