import SQLite

extension KnowledgeBase {
    /// Checks the file and the data: the schema against the one the migrations make, SQLite's
    /// integrity check, foreign keys, the full-text index of quotes against the quotes, and that
    /// every entity has its row in its kind's table. Returns every problem found; an empty list
    /// means all is well.
    ///
    /// Reads only: open the knowledge base with `openForChecking(at:)` (which lets a file with
    /// another schema be opened so that its differences can be listed) or `openReadOnly(at:)`.
    public func check() throws -> [IntegrityProblem] {
        var problems = try schemaDifferences().map { IntegrityProblem(check: .schema, message: $0.description) }
        return try KnowledgeBase.wrap {
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
            // The other checks read the schema's own tables: on a file that lacks them there is nothing to say.
            guard !problems.contains(where: { $0.check == .schema && $0.message.hasPrefix("missing") }) else { return problems }
            problems += try fullTextIndexProblems()
            problems += try entityProblems()
            return problems
        }
    }

    /// Compares the index with the quotes without writing: a fresh index of the quotes is built in
    /// the connection's temporary database (writable even on a read-only connection), and both
    /// indexes are read back term by term, document, column and position through `fts5vocab`.
    /// (FTS5's own 'integrity-check' command is an INSERT, which a read-only connection refuses.)
    private func fullTextIndexProblems() throws -> [IntegrityProblem] {
        let instance = "term, doc, col, \"offset\""
        defer {
            try? database.execute(sql: """
                DROP TABLE IF EXISTS temp.mkb_check_vocab_stored; DROP TABLE IF EXISTS temp.mkb_check_vocab_fresh;
                DROP TABLE IF EXISTS temp.mkb_check_fts
                """)
        }
        do {
            // The tokenizer is the schema's (checked above to be ours): unicode61 remove_diacritics 2.
            try database.execute(sql: """
                CREATE VIRTUAL TABLE temp.mkb_check_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');
                INSERT INTO temp.mkb_check_fts(rowid, text) SELECT id, text FROM main.quotes;
                CREATE VIRTUAL TABLE temp.mkb_check_vocab_stored USING fts5vocab(main, quotes_fts, instance);
                CREATE VIRTUAL TABLE temp.mkb_check_vocab_fresh USING fts5vocab(temp, mkb_check_fts, instance);
                """)
            let missing = try database.fetchOne(Int.self, sql: """
                SELECT count(*) FROM (SELECT \(instance) FROM temp.mkb_check_vocab_fresh EXCEPT SELECT \(instance) FROM temp.mkb_check_vocab_stored)
                """) ?? 0
            let extra = try database.fetchOne(Int.self, sql: """
                SELECT count(*) FROM (SELECT \(instance) FROM temp.mkb_check_vocab_stored EXCEPT SELECT \(instance) FROM temp.mkb_check_vocab_fresh)
                """) ?? 0
            if missing == 0 && extra == 0 { return [] }
            return [IntegrityProblem(check: .fullTextIndex, message: "quotes_fts does not match the quotes table (\(missing) word position(s) "
                + "of quotes missing from the index, \(extra) in the index but not in the quotes); "
                + "rebuild it with INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')")]
        } catch let error as SQLiteError where error.code.primary == .corrupt {
            return [IntegrityProblem(check: .fullTextIndex, message: "quotes_fts cannot be read (\(error.message)); "
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
