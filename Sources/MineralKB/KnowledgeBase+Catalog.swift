import SQLite

extension KnowledgeBase {
    /// The tables (then the views) a person can query, each with its columns, types, keys and references.
    ///
    /// SQLite's own tables (`sqlite_*`) and the full-text index's shadow tables (`quotes_fts_data`, ...)
    /// are left out: they are machinery, not data.
    public func catalog() throws -> [CatalogTable] {
        try KnowledgeBase.wrap {
            try catalogObjects().map { name, kind in
                CatalogTable(name: name, kind: kind, columns: try columns(of: name))
            }
        }
    }

    /// The number of rows in every table of the catalog (views are not counted).
    public func tableCounts() throws -> [TableCount] {
        try KnowledgeBase.wrap {
            try catalogObjects().filter { $0.kind != .view }.map { name, kind in
                // The name comes from the schema itself, quoted by the one audited function.
                let rows = try database.fetchOne(Int.self, sql: "SELECT count(*) FROM \(SQLIdentifier.quoted(name))") ?? 0
                return TableCount(table: name, kind: kind, rows: rows)
            }
        }
    }

    /// Tables first (plain and virtual, by name), then views.
    private func catalogObjects() throws -> [(name: String, kind: CatalogTable.Kind)] {
        try database.fetchAll(sql: """
            SELECT name, type FROM pragma_table_list
            WHERE schema = 'main' AND type IN ('table', 'virtual', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
            ORDER BY type = 'view', name
            """) { row -> (name: String, kind: CatalogTable.Kind) in
            let type: String = try row[1]
            let kind: CatalogTable.Kind = type == "view" ? .view : type == "virtual" ? .virtualTable : .table
            return (try row[0], kind)
        }
    }

    private func columns(of table: String) throws -> [CatalogColumn] {
        var references: [String: String] = [:]
        try database.forEachRow(sql: #"SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)"#, arguments: [table]) { row in
            let parent: String = try row[1]
            let column: String? = try row[2]
            references[try row[0]] = column.map { "\(parent).\($0)" } ?? parent
        }
        return try database.fetchAll(sql: #"SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?) ORDER BY cid"#,
                                     arguments: [table]) { row in
            let name: String = try row[0]
            let position: Int = try row[4]
            return CatalogColumn(name: name, type: try row[1], isNotNull: try row[2] as Int != 0,
                                 primaryKeyPosition: position > 0 ? position : nil, defaultValue: try row[3],
                                 references: references[name])
        }
    }
}
