import Foundation
import SQLite

extension KnowledgeBase {
    /// Runs an ad-hoc query that may only read, streaming its rows: `columns` is called once with the
    /// column names, then `row` once per row, as SQLite produces them (the result is never held in memory).
    ///
    /// Three guards stand between the query and the file: an authorizer that allows only reading
    /// (SELECT, reads, read-only functions and PRAGMAs) and names what it refused; a check that the
    /// prepared statement does not write (this catches VACUUM, which no authorizer sees); and the time
    /// limit. Open the knowledge base with `openReadOnly(at:)` so that SQLite itself refuses writes too.
    ///
    ///     let kb = try KnowledgeBase.openReadOnly(at: "mineral-kb.sqlite")
    ///     try kb.run(ReadOnlyQuery(sql: "SELECT name FROM minerals WHERE symbol = ?", positionalParameters: [.text("Cu")]),
    ///                columns: { print($0) }, row: { print($0) })
    ///
    /// - Throws: `ReadOnlyQueryError` (refused, time limit, parameters, SQL errors), or what the callbacks throw.
    public func run(_ query: ReadOnlyQuery, columns: ([String]) throws -> Void, row: ([QueryValue]) throws -> Void) throws {
        try run(query, columns: columns, cells: { try row($0.values) })
    }

    /// Runs an ad-hoc read-only query as `run(_:columns:row:)` does, lending each row to `cells`
    /// without copying its values: the fast path for writers of bytes (CSV, JSON).
    public func run(_ query: ReadOnlyQuery, columns: ([String]) throws -> Void, cells: (QueryRow) throws -> Void) throws {
        guard query.timeLimit > 0, query.timeLimit.isFinite else { throw ReadOnlyQueryError.invalidTimeLimit(query.timeLimit) }
        guard query.memoryLimit > 0 else {
            throw ReadOnlyQueryError.invalidMemoryLimit(bytes: query.memoryLimit)
        }
        let refusals = RefusalLog()
        database.setAuthorizer { action in
            let decision = KnowledgeBase.readOnlyDecision(for: action)
            if decision == .deny { refusals.record(action) }
            return decision
        }
        // No value larger than this may be built: zeroblob(2e9) or a runaway printf fails instead of eating memory.
        let previousLength = database.setLimit(.length, to: ReadOnlyQuery.maximumValueBytes)
        // Nor may SQLite's heap grow past the memory limit, while preparing (a plan that explodes) or running.
        let previousHeapLimit = Database.setHardHeapLimit(bytes: query.memoryLimit)
        // The time limit runs from here: preparing, every step, and the callbacks that write the rows.
        let watchdog = QueryWatchdog(interrupting: database.interruptHandle, after: query.timeLimit)
        defer {
            watchdog.stop()
            Database.setHardHeapLimit(bytes: previousHeapLimit)
            database.setAuthorizer(nil)
            database.setLimit(.length, to: previousLength)
        }

        do {
            let statement = try prepareReadOnly(query.sql, refusals: refusals)
            try bind(query, to: statement)
            try database.withTimeLimit(seconds: query.timeLimit) {
                try columns(statement.columnNames)
                while try statement.step() {
                    try cells(QueryRow(row: statement.row))
                    // A slow reader of the output spends the query's time too.
                    if watchdog.isPastDeadline { throw ReadOnlyQueryError.timedOut(seconds: query.timeLimit) }
                }
            }
        } catch let error as SQLiteError {
            throw KnowledgeBase.queryError(error, query: query, refusals: refusals)
        }
    }

    /// What a SQLite error while preparing or running an ad-hoc query means for its user.
    private static func queryError(_ error: SQLiteError, query: ReadOnlyQuery, refusals: RefusalLog) -> ReadOnlyQueryError {
        if error.isInterrupted { return .timedOut(seconds: query.timeLimit) }
        if error.code.primary == .noMemory { return .memoryLimit(bytes: query.memoryLimit) }
        // A pragma_ function prepares its PRAGMA while running, so a refusal can come this late.
        if let action = refusals.first { return .refused(action: KnowledgeBase.describe(action, in: query.sql)) }
        return .failed(message: error.message)
    }

    // MARK: - Preparing

    private func prepareReadOnly(_ sql: String, refusals: RefusalLog) throws -> Statement {
        let statement: Statement
        do {
            statement = try database.makeStatement(sql: sql)
        } catch let error as SQLiteError {
            if error.isInterrupted || error.code.primary == .noMemory { throw error }
            if let action = refusals.first {
                throw ReadOnlyQueryError.refused(action: KnowledgeBase.describe(action, in: sql))
            }
            // The wrapper refuses text with a second statement, and text with none.
            switch error.misuse {
            case .severalStatements?: throw ReadOnlyQueryError.severalStatements
            case .noStatement?: throw ReadOnlyQueryError.emptyQuery
            case nil: break
            }
            // A write SQLite refuses on its own ("table sqlite_master may not be modified") is still a refusal.
            if let keyword = KnowledgeBase.leadingKeyword(of: sql), KnowledgeBase.writingKeywords.contains(keyword) {
                throw ReadOnlyQueryError.refused(action: "\(KnowledgeBase.statementHead(of: sql)) (\(error.message))")
            }
            throw ReadOnlyQueryError.failed(message: error.message)
        }
        // VACUUM (and VACUUM INTO a new file) passes the authorizer: SQLite has no action code for it,
        // and `VACUUM temp` even counts as read-only. A statement that starts with it is refused by name.
        guard statement.isReadonly, KnowledgeBase.leadingKeyword(of: sql) != "VACUUM" else {
            throw ReadOnlyQueryError.refused(action: "\(KnowledgeBase.leadingKeyword(of: sql) ?? "the statement") writes to the database")
        }
        return statement
    }

    /// Statements that change something, by their first word.
    static let writingKeywords: Set<String> = [
        "INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "ATTACH", "DETACH", "VACUUM",
        "REINDEX", "ANALYZE", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE",
    ]

    /// The first word of the SQL, past spaces and comments, in capitals ("VACUUM").
    static func leadingKeyword(of sql: String) -> String? {
        let word = skippingComments(sql).prefix { $0.isLetter }
        return word.isEmpty ? nil : word.uppercased()
    }

    /// The statement's opening words, up to a parenthesis, a semicolon or the end of the line: "DROP TABLE quotes".
    static func statementHead(of sql: String) -> String {
        let head = skippingComments(sql).prefix { $0 != "(" && $0 != ";" && $0 != "\n" }
        let words = head.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 60 ? String(words.prefix(60)) + "…" : words
    }

    /// The text from its first token on: spaces, `--` and `/* */` comments skipped.
    private static func skippingComments(_ sql: String) -> Substring {
        var rest = Substring(sql)
        while true {
            rest = rest.drop { $0.isWhitespace }
            if rest.hasPrefix("--") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return "" }
                rest = rest[end.upperBound...]
            } else {
                return rest
            }
        }
    }

    // MARK: - Parameters

    /// Named values go to their placeholders; positional values fill the other parameters in order.
    private func bind(_ query: ReadOnlyQuery, to statement: Statement) throws {
        var bound = Set<Int>()
        for (name, value) in query.namedParameters.sorted(by: { $0.key < $1.key }) {
            guard let index = statement.parameterIndex(named: name) else {
                throw ReadOnlyQueryError.parameters(.unknownName(KnowledgeBase.bareName(name), queryHasParameters: statement.parameterCount > 0))
            }
            try bindValue(value, at: index, of: statement)
            bound.insert(index)
        }
        var free = stride(from: 1, through: statement.parameterCount, by: 1).filter { !bound.contains($0) }[...]
        for value in query.positionalParameters {
            guard let index = free.popFirst() else {
                throw ReadOnlyQueryError.parameters(.tooManyValues(given: query.positionalParameters.count,
                                                                   free: statement.parameterCount - bound.count))
            }
            try bindValue(value, at: index, of: statement)
        }
        if let missing = free.first {
            throw ReadOnlyQueryError.parameters(.missingValue(index: missing, count: statement.parameterCount))
        }
    }

    private func bindValue(_ value: QueryValue, at index: Int, of statement: Statement) throws {
        do {
            switch value {
            case .integer(let number): try statement.bind(number, at: index)
            case .real(let number): try statement.bind(number, at: index)
            case .text(let text): try statement.bind(text, at: index)
            case .blob(let data): try statement.bind(data, at: index)
            case .null: try statement.bind(SQLiteValue.null, at: index)
            }
        } catch let error as SQLiteError {
            throw ReadOnlyQueryError.parameters(.refused(message: error.message))
        }
    }

    private static func bareName(_ name: String) -> String {
        name.first.map { ":@$".contains($0) } == true ? String(name.dropFirst()) : name
    }

    static func queryValue(_ value: SQLiteValue) -> QueryValue {
        switch value {
        case .integer(let number): return .integer(number)
        case .real(let number): return .real(number)
        case .text(let text): return .text(text)
        case .blob(let data): return .blob(data)
        case .null: return .null
        }
    }

    // MARK: - The authorizer

    /// PRAGMAs that only report, whatever their argument (a table or index name, a row limit).
    static let reportingPragmas: Set<String> = [
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "database_list",
        "collation_list", "function_list", "module_list", "pragma_list", "compile_options",
    ]

    /// PRAGMAs that are settings: reading them (no argument) is fine, giving a value is a change.
    static let readableSettingPragmas: Set<String> = [
        "user_version", "schema_version", "application_id", "page_count", "page_size", "freelist_count",
        "encoding", "foreign_keys", "data_version", "auto_vacuum", "cache_size", "busy_timeout",
        "synchronous", "temp_store", "max_page_count", "query_only",
    ]

    /// SQL functions with effects beyond their result: loading code, reading or writing files,
    /// replacing tokenizers.
    static let refusedFunctions: Set<String> = [
        "load_extension", "fts3_tokenizer", "readfile", "writefile", "edit", "fts5",
    ]

    /// What the ad-hoc query authorizer answers: reads yes, everything else no.
    static func readOnlyDecision(for action: AuthorizerAction) -> AuthorizerDecision {
        switch action.kind {
        case .select, .read, .recursive:
            return .allow
        case .update where ["sqlite_master", "sqlite_temp_master", "sqlite_schema", "sqlite_temp_schema"].contains(action.firstArgument ?? ""):
            // SQLite asks this when it first sets up an eponymous virtual table (json_each, pragma_table_info)
            // for a query. A real UPDATE of the schema table is still refused: the statement would not be
            // read-only (checked after preparing), the connection is read-only, and writable_schema is refused.
            return .allow
        case .function:
            let name = (action.secondArgument ?? "").lowercased()
            return refusedFunctions.contains(name) ? .deny : .allow
        case .pragma:
            let name = (action.firstArgument ?? "").lowercased()
            if reportingPragmas.contains(name) { return .allow }
            if readableSettingPragmas.contains(name) && action.secondArgument == nil { return .allow }
            return .deny
        default:
            return .deny
        }
    }

    /// The refused action in SQL words: "DROP TABLE quotes", "PRAGMA user_version = 1".
    ///
    /// SQLite asks about the change to its schema table before the specific action (DROP TABLE), and a
    /// refusal stops it there: such a change is named by the statement's own first words.
    static func describe(_ action: AuthorizerAction, in sql: String) -> String {
        let first = action.firstArgument ?? ""
        let second = action.secondArgument ?? ""
        if [.insert, .update, .delete].contains(action.kind) && first.hasPrefix("sqlite_") {
            return "a change to the schema (\(statementHead(of: sql)))"
        }
        switch action.kind {
        case .insert: return "INSERT into \(first)"
        case .update: return "UPDATE of \(first).\(second)"
        case .delete: return "DELETE from \(first)"
        case .createTable: return "CREATE TABLE \(first)"
        case .createTempTable: return "CREATE TEMP TABLE \(first)"
        case .createIndex: return "CREATE INDEX \(first)"
        case .createTempIndex: return "CREATE TEMP INDEX \(first)"
        case .createTrigger: return "CREATE TRIGGER \(first)"
        case .createTempTrigger: return "CREATE TEMP TRIGGER \(first)"
        case .createView: return "CREATE VIEW \(first)"
        case .createTempView: return "CREATE TEMP VIEW \(first)"
        case .createVirtualTable: return "CREATE VIRTUAL TABLE \(first)"
        case .dropTable: return "DROP TABLE \(first)"
        case .dropTempTable: return "DROP TEMP TABLE \(first)"
        case .dropIndex: return "DROP INDEX \(first)"
        case .dropTempIndex: return "DROP TEMP INDEX \(first)"
        case .dropTrigger: return "DROP TRIGGER \(first)"
        case .dropTempTrigger: return "DROP TEMP TRIGGER \(first)"
        case .dropView: return "DROP VIEW \(first)"
        case .dropTempView: return "DROP TEMP VIEW \(first)"
        case .dropVirtualTable: return "DROP VIRTUAL TABLE \(first)"
        case .alterTable: return "ALTER TABLE \(second)"
        case .attach: return "ATTACH of \(first.isEmpty ? "a database" : "'\(first)'")"
        case .detach: return "DETACH \(first)"
        case .transaction: return "\(first.uppercased()) TRANSACTION"
        case .savepoint: return "SAVEPOINT (\(first.uppercased()) \(second))"
        case .analyze: return "ANALYZE"
        case .reindex: return "REINDEX"
        case .pragma: return action.secondArgument.map { "PRAGMA \(first) = \($0)" } ?? "PRAGMA \(first)"
        case .function: return "the function \(second)()"
        default: return "an action SQLite numbers \(action.kind.rawValue)"
        }
    }
}

/// The actions the authorizer refused while a statement was prepared (or ran), first one first.
private final class RefusalLog {
    private(set) var actions: [AuthorizerAction] = []
    /// The refusal that says the most: "DROP TABLE quotes" rather than the schema-table change SQLite checks first.
    var first: AuthorizerAction? {
        let schemaChanges: Set<AuthorizerAction.Kind> = [.insert, .update, .delete]
        return actions.first { !(schemaChanges.contains($0.kind) && ($0.firstArgument ?? "").hasPrefix("sqlite_")) } ?? actions.first
    }
    func record(_ action: AuthorizerAction) { actions.append(action) }
}
