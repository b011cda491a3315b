import Foundation
import SQLite

/// A MineralKB database: one SQLite file holding the schema, the reference data and every fact.
///
///     let kb = try KnowledgeBase.create(at: "mineral-kb.sqlite")
///     try kb.importFiles(at: [URL(fileURLWithPath: "Fixtures")])
///     let firms = try kb.firmsActive(in: "Pakistan", filter: FirmFilter(from: "China"))
///
/// Everything the `mkb` command line does is a call on this type.
public final class KnowledgeBase {
    /// The connection, for the project's own tools only (tests, benchmarks), which opt in with
    /// `@_spi(Tools) import MineralKB`.
    ///
    /// Users of the library see one face: MineralKB's calls and types. Their own SQL goes through
    /// `run(_:columns:row:)` with a `ReadOnlyQuery`, read-only and time-limited, with values as
    /// `QueryValue`; the wrapper's connection, statements and `SQLiteValue` stay behind it. Only the
    /// wrapper's errors pass through, as the cause inside `KnowledgeBaseError.database` and `.migration`.
    @_spi(Tools) public let database: Database
    /// Where the file is.
    public let path: String

    private init(database: Database, path: String) {
        self.database = database
        self.path = path
    }

    /// Opens the database at `path`, creating it if needed, and brings its schema up to date.
    ///
    /// An existing file is looked at read-only first: a database of another program is refused
    /// before anything in it changes (not even its journal mode).
    public static func create(at path: String) throws -> KnowledgeBase {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            if isDirectory.boolValue { throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: .directory) }
            try open(path: path, mode: .readOnly).requireOursOrEmpty()
        } else {
            let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
            guard FileManager.default.fileExists(atPath: directory) else {
                throw KnowledgeBaseError.directoryNotFound(path: path, directory: directory)
            }
        }
        let kb = try open(path: path, mode: .readWrite)
        try kb.migrate()
        return kb
    }

    /// Opens an existing database for reading and writing; refuses a missing file or an outdated schema.
    public static func openExisting(at path: String) throws -> KnowledgeBase {
        try requireFile(at: path)
        let kb = try open(path: path, mode: .readWrite)
        try kb.requireCurrentSchema()
        return kb
    }

    /// Opens an existing database read-only: every write is refused by SQLite itself.
    public static func openReadOnly(at path: String) throws -> KnowledgeBase {
        try requireFile(at: path)
        let kb = try open(path: path, mode: .readOnly)
        try kb.requireCurrentSchema()
        return kb
    }

    /// A fresh, migrated database in memory (tests, dry runs, tools).
    public static func inMemory() throws -> KnowledgeBase {
        let kb = try wrap { KnowledgeBase(database: try Database.inMemory(), path: ":memory:") }
        try kb.registerFunctions()
        try kb.migrate()
        return kb
    }

    /// The schema version this program writes.
    public static var schemaVersion: Int { (try? Schema.migrator().latestVersion) ?? 0 }

    // MARK: - Opening

    private static func requireFile(at path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw KnowledgeBaseError.databaseNotFound(path: path)
        }
        if isDirectory.boolValue {
            throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: .directory)
        }
    }

    private static func open(path: String, mode: Database.OpenMode) throws -> KnowledgeBase {
        let database: Database
        do {
            database = try Database(path: path, mode: mode)
        } catch let error as SQLiteError where error.isReadOnly {
            throw KnowledgeBaseError.readOnlyFile(path: path, forReading: mode == .readOnly)
        } catch let error as SQLiteError where error.code.primary == .notADatabase {
            throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: .notSQLite)
        } catch let error as SQLiteError {
            throw KnowledgeBaseError.database(error)
        }
        // SQLite quietly opens a write-protected file read-only; say so now, not at the first INSERT.
        if mode == .readWrite && database.isReadonly { throw KnowledgeBaseError.readOnlyFile(path: path, forReading: false) }
        let kb = KnowledgeBase(database: database, path: path)
        try kb.registerFunctions()
        return kb
    }

    /// SQL functions the schema's scripts and queries call.
    private func registerFunctions() throws {
        try KnowledgeBase.wrap {
            try database.createFunction("mkb_normalise", argumentCount: 1) { arguments in
                guard case .text(let name)? = arguments.first else { return .null }
                return .text(NameNormaliser.normalise(name))
            }
        }
    }

    private func migrate() throws {
        do {
            try Schema.migrator().migrate(database)
            try database.transaction(.immediate) { _ = try renormaliseNameKeysIfStale() }
        } catch let error as MigrationError {
            throw KnowledgeBaseError.migration(error)
        } catch let error as SQLiteError {
            throw KnowledgeBaseError.database(error)
        }
    }

    /// Passes for a MineralKB database (of any version this program can migrate) and for an empty file.
    private func requireOursOrEmpty() throws {
        let version = try KnowledgeBase.wrap { try database.userVersion() }
        if version == 0 {
            let tables = try KnowledgeBase.wrap { try database.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema") ?? 0 }
            if tables > 0 { throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: .foreignSchema) }
        } else if version > KnowledgeBase.schemaVersion {
            throw KnowledgeBaseError.migration(.databaseIsNewer(databaseVersion: version, latestKnown: KnowledgeBase.schemaVersion))
        }
    }

    private func requireCurrentSchema() throws {
        let version = try KnowledgeBase.wrap { try database.userVersion() }
        let latest = KnowledgeBase.schemaVersion
        if version == 0 {
            let tables = try KnowledgeBase.wrap { try database.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema") ?? 0 }
            throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: tables == 0 ? .empty : .foreignSchema)
        }
        if version > latest {
            throw KnowledgeBaseError.migration(.databaseIsNewer(databaseVersion: version, latestKnown: latest))
        }
        if version < latest {
            throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: .outdatedSchema(version: version, needed: latest))
        }
    }

    /// Runs `body`, turning SQLite's errors into `KnowledgeBaseError.database`.
    static func wrap<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as SQLiteError {
            throw KnowledgeBaseError.database(error)
        }
    }
}

@available(*, unavailable)
extension KnowledgeBase: Sendable {}
