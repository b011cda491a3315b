import SQLite

extension KnowledgeBase {
    /// Checks the file and the data: SQLite's integrity check, foreign keys, the full-text index of
    /// quotes, and that every entity has its row in its kind's table. Returns every problem found;
    /// an empty list means all is well.
    ///
    /// The full-text check is an FTS5 command written as an INSERT (it changes nothing), so the
    /// knowledge base must be opened read-write (`openExisting(at:)`); on a read-only one it is skipped
    /// with a problem saying so.
    public func check() throws -> [IntegrityProblem] {
        try KnowledgeBase.wrap {
            var problems: [IntegrityProblem] = []
            try database.forEachRow(sql: "PRAGMA integrity_check") { row in
                let message: String = try row[0]
                if message != "ok" { problems.append(IntegrityProblem(check: .integrity, message: message)) }
            }
            try database.forEachRow(sql: #"SELECT "table", rowid, parent, fkid FROM pragma_foreign_key_check ORDER BY 1, 2"#) { row in
                let table: String = try row[0]
                let rowID: Int64? = try row[1]
                let parent: String = try row[2]
                problems.append(IntegrityProblem(check: .foreignKeys,
                    message: "\(table) row \(rowID.map(String.init) ?? "(without rowid)") refers to a row of \(parent) that does not exist"))
            }
            problems += try fullTextIndexProblems()
            problems += try entityProblems()
            return problems
        }
    }

    private func fullTextIndexProblems() throws -> [IntegrityProblem] {
        if database.isReadonly {
            return [IntegrityProblem(check: .fullTextIndex, message: "not checked: the database was opened read-only")]
        }
        do {
            // Rank 1 also compares the index with the external content table `quotes`.
            try database.execute(sql: "INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)")
            return []
        } catch let error as SQLiteError where error.code.primary == .corrupt {
            return [IntegrityProblem(check: .fullTextIndex, message: "quotes_fts does not match the quotes table (\(error.message)); "
                + "rebuild it with INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")]
        }
    }

    private func entityProblems() throws -> [IntegrityProblem] {
        var problems: [IntegrityProblem] = []
        for kind in EntityKind.allCases {
            // Table names come from EntityKind, never from input.
            let table = SQLIdentifier.quoted(kind.table)
            try database.forEachRow(sql: """
                SELECT e.id, e.name FROM entities AS e
                WHERE e.kind = ? AND NOT EXISTS (SELECT 1 FROM \(table) AS t WHERE t.id = e.id)
                ORDER BY e.id
                """, arguments: [kind.rawValue]) { row in
                let id: Int64 = try row[0]
                let name: String = try row[1]
                problems.append(IntegrityProblem(check: .entities, message: "\(kind.rawValue) #\(id) \"\(name)\" has no row in \(kind.table)"))
            }
            try database.forEachRow(sql: """
                SELECT t.id, t.name FROM \(table) AS t
                WHERE NOT EXISTS (SELECT 1 FROM entities AS e WHERE e.id = t.id AND e.kind = ?)
                ORDER BY t.id
                """, arguments: [kind.rawValue]) { row in
                let id: Int64 = try row[0]
                let name: String = try row[1]
                problems.append(IntegrityProblem(check: .entities, message: "\(kind.table) row #\(id) \"\(name)\" has no \(kind.rawValue) entity"))
            }
        }
        return problems
    }
}
