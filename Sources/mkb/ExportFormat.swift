import ArgumentParser

/// What `mkb export` writes.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    /// JSON documents in the import format, one per source, into a directory.
    case json
    /// One RFC 4180 CSV file per table, into a directory.
    case csv
    /// A Graphviz DOT graph of the relationships, to standard output or a file.
    case dot
    /// FollowTheMoney entities as JSON lines, to standard output or a file.
    case ftm
    /// A GEXF graph (Gephi), to standard output or a file.
    case gexf
    /// A GraphML graph (yEd, networkx, Cytoscape), to standard output or a file.
    case graphml
    /// A Datasette metadata file (JSON), to standard output or a file.
    case datasette

    /// True for the formats that write one directory of files rather than one stream.
    var writesDirectory: Bool { self == .json || self == .csv }

    /// True for the formats that can cover one entity's neighbourhood (--entity).
    var takesEntity: Bool { self != .csv && self != .datasette }
}
