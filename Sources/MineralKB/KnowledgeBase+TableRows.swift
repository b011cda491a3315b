import SQLite

extension KnowledgeBase {
    /// Columns that hold the base's own bookkeeping, not facts: left out of what `readTable` gives.
    /// `links.claim_key` joins a claim's fields with U+001F separators to make re-imports idempotent.
    public static let internalColumns: [String: Set<String>] = ["links": ["claim_key"]]

    /// Streams every row of one table of the catalog (see `catalog()`), in rowid order where there is one:
    /// `columns` once with the column names, then `row` per row. For exports to CSV and the like, so
    /// the internal columns (`internalColumns`) are left out.
    ///
    /// - Throws: `.unknownWord` when `table` is not a table of the catalog.
    public func readTable(_ table: String, columns: ([String]) throws -> Void, row: ([QueryValue]) throws -> Void) throws {
        try readTable(table, columns: columns, cells: { try row($0.values) })
    }

    /// Streams every row of one table as `readTable(_:columns:row:)` does, lending each row to
    /// `cells` without copying its values: the fast path for writers of bytes (CSV, JSON).
    public func readTable(_ table: String, columns: ([String]) throws -> Void, cells: (QueryRow) throws -> Void) throws {
        let tables = try catalog().filter { $0.kind != .view }
        guard let match = tables.first(where: { $0.name == table }) else {
            throw KnowledgeBaseError.unknownWord(argument: .table, word: table, known: tables.map(\.name))
        }
        try KnowledgeBase.wrap {
            // The name is one read from the schema, quoted by the one audited function.
            let hidden = KnowledgeBase.internalColumns[match.name] ?? []
            let shown = match.columns.map(\.name).filter { !hidden.contains($0) }.map(SQLIdentifier.quoted)
            let statement = try database.makeStatement(
                sql: "SELECT \(shown.joined(separator: ", ")) FROM \(SQLIdentifier.quoted(match.name))")
            try columns(statement.columnNames)
            while try statement.step() {
                try cells(QueryRow(row: statement.row))
            }
        }
    }
}
