import Foundation
import SQLite

extension KnowledgeBase {
    /// How this file's schema differs from the one the migrations make at its version: tables (with
    /// their columns), indexes, triggers and views, each compared by name and definition. Empty for
    /// a file exactly as MineralKB made it. SQLite's own tables (`sqlite_stat1`, ...) are left out.
    public func schemaDifferences() throws -> [SchemaDifference] {
        let version = try KnowledgeBase.wrap { try database.userVersion() }
        let expected = try KnowledgeBase.expectedSchema(atVersion: version)
        let actual = try KnowledgeBase.wrap { try KnowledgeBase.schemaObjects(of: database) }
        var differences: [SchemaDifference] = []
        for object in expected.objects.values.sorted(by: SchemaObject.order) {
            guard let found = actual[object.key] else {
                differences.append(SchemaDifference(change: .missing, type: object.type, name: object.name, detail: nil))
                continue
            }
            if found != object {
                let detail = try object.type == "table"
                    ? columnDifferences(of: object.name, expected: expected.database) ?? "its definition differs"
                    : "its definition differs: \(KnowledgeBase.oneLine(found.sql ?? "(no SQL)"))"
                differences.append(SchemaDifference(change: .changed, type: object.type, name: object.name, detail: detail))
            }
        }
        for object in actual.values.sorted(by: SchemaObject.order) where expected.objects[object.key] == nil {
            differences.append(SchemaDifference(change: .unexpected, type: object.type, name: object.name,
                                                detail: object.sql.map(KnowledgeBase.oneLine)))
        }
        return differences
    }

    /// Refuses a file whose schema is not exactly MineralKB's.
    func requireOurSchema() throws {
        let differences = try schemaDifferences()
        guard differences.isEmpty else { throw KnowledgeBaseError.foreignSchema(path: path, differences: differences) }
    }

    /// The columns of a table that differ between this file and the expected schema, or nil when they agree.
    private func columnDifferences(of table: String, expected: Database) throws -> String? {
        func columns(_ database: Database) throws -> [String: String] {
            var result: [String: String] = [:]
            try database.forEachRow(sql: #"SELECT name, type, "notnull", dflt_value, pk, hidden FROM pragma_table_xinfo(?)"#,
                                    arguments: [table]) { row in
                let name: String = try row[0]
                let type: String = try row[1]
                let notNull: Int = try row[2]
                let defaultValue: String? = try row[3]
                let key: Int = try row[4]
                let hidden: Int = try row[5]
                result[name] = "\(type)\(notNull != 0 ? " NOT NULL" : "")\(defaultValue.map { " DEFAULT \($0)" } ?? "")"
                    + "\(key > 0 ? " key \(key)" : "")\(hidden != 0 ? " hidden \(hidden)" : "")"
            }
            return result
        }
        let (mine, ours) = try KnowledgeBase.wrap { (try columns(database), try columns(expected)) }
        var parts: [String] = []
        for name in ours.keys.sorted() where mine[name] == nil { parts.append("column \(name) missing") }
        for name in mine.keys.sorted() where ours[name] == nil { parts.append("unexpected column \(name)") }
        for name in ours.keys.sorted() where mine[name] != nil && mine[name] != ours[name] {
            parts.append("column \(name) is \(mine[name] ?? "") instead of \(ours[name] ?? "")")
        }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    private static func oneLine(_ sql: String) -> String {
        let words = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return words.count > 200 ? String(words.prefix(200)) + "…" : words
    }

    // MARK: - The expected schema

    /// An entry of `sqlite_schema`.
    struct SchemaObject: Hashable {
        let type: String
        let name: String
        let table: String
        let sql: String?

        var key: String { "\(type) \(name)" }

        static func order(_ a: SchemaObject, _ b: SchemaObject) -> Bool { (a.type, a.name) < (b.type, b.name) }
    }

    /// Every table, index, trigger and view of `database`, by "type name"; SQLite's internal ones left out.
    static func schemaObjects(of database: Database) throws -> [String: SchemaObject] {
        var objects: [String: SchemaObject] = [:]
        try database.forEachRow(sql: #"SELECT type, name, tbl_name, sql FROM main.sqlite_schema WHERE name NOT LIKE 'sqlite\_%' ESCAPE '\'"#) { row in
            let object = SchemaObject(type: try row[0], name: try row[1], table: try row[2], sql: try row[3])
            objects[object.key] = object
        }
        return objects
    }

    /// The schema the migrations make at `version`, built once per process in memory.
    final class ExpectedSchema {
        let database: Database
        let objects: [String: SchemaObject]
        init(database: Database, objects: [String: SchemaObject]) {
            self.database = database
            self.objects = objects
        }
    }

    /// SQLite's own tables and FTS5's shadow tables, whose rows FTS5 writes as it creates its index.
    private static func isMachineryTable(_ name: String) -> Bool {
        name.hasPrefix("sqlite_") || ["_config", "_data", "_idx", "_docsize", "_content"].contains { name.hasSuffix($0) }
    }

    private static let expectedLock = NSLock()
    nonisolated(unsafe) private static var expectedByVersion: [Int: ExpectedSchema] = [:]

    /// Runs migrations 1 through `version` on an empty database in memory with every row insert
    /// skipped (the authorizer ignores them): only the definitions are made, in a few milliseconds.
    static func expectedSchema(atVersion version: Int) throws -> ExpectedSchema {
        try expectedLock.withLock {
            if let cached = expectedByVersion[version] { return cached }
            let built = try wrap {
                let database = try Database.inMemory()
                // Migrations call mkb_normalise in SELECTs and in triggers, not only in the skipped inserts.
                try registerFunctions(on: database)
                database.setAuthorizer { action in
                    // Only inserts are skipped (the reference rows, the bulk of the time): DROP TABLE asks
                    // leave to DELETE from the table it drops and is silently skipped when told to ignore.
                    switch action.kind {
                    case .insert:
                        return isMachineryTable(action.firstArgument ?? "") ? .allow : .ignore
                    default:
                        return .allow
                    }
                }
                defer { database.setAuthorizer(nil) }
                let all = try Schema.migrator().migrations
                try Migrator(migrations: Array(all.prefix(version))).migrate(database)
                return ExpectedSchema(database: database, objects: try schemaObjects(of: database))
            }
            expectedByVersion[version] = built
            return built
        }
    }
}
