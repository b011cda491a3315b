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
    /// A new base is built and migrated in a file of its own beside `path` and linked into place
    /// once complete: an interrupted creation leaves no file at `path`, never a half-made one. An
    /// existing file is looked at read-only first: a database of another program (or one whose
    /// schema is not exactly ours) is refused before anything in it changes, not even its journal mode.
    public static func create(at path: String) throws -> KnowledgeBase {
        let file = try DatabaseFile(path)
        if try file.state() == .missing { _ = try buildNew(file) { _ in } }
        return try openForWriting(file)
    }

    /// Runs `body` on the knowledge base at `path`, creating the base if there is none.
    ///
    /// When there is no file at `path`, the new base is built, migrated and given to `body` in a file
    /// of its own beside `path`, which takes the name `path` only when `body` returned: if `body`
    /// throws (a bad document) or the process dies, there is no file at `path`, and nothing another
    /// process made is ever removed. If another process created the base meanwhile, `body` runs
    /// again, on that base, and its second result is returned; `body` must be safe to run twice
    /// (an import is: it is idempotent).
    public static func writing<T>(at path: String, _ body: (KnowledgeBase) throws -> T) throws -> T {
        let file = try DatabaseFile(path)
        if try file.state() == .missing, let result = try buildNew(file, body) { return result }
        return try body(try openForWriting(file))
    }

    /// Opens an existing database for reading and writing; refuses a missing file, an outdated
    /// schema, or a schema that is not exactly ours.
    public static func openExisting(at path: String) throws -> KnowledgeBase {
        let file = try existingFile(path)
        // Looked at read-only first, so that another program's file is not switched to WAL.
        do {
            let probe = try open(file, mode: .readOnly)
            try probe.requireCurrentSchema()
        }
        return try open(file, mode: .readWrite)
    }

    /// Opens an existing database read-only: every write is refused by SQLite itself.
    public static func openReadOnly(at path: String) throws -> KnowledgeBase {
        let kb = try open(try existingFile(path), mode: .readOnly)
        try kb.requireCurrentSchema()
        return kb
    }

    /// Opens an existing database read-only for `check()`: any MineralKB version this program
    /// knows is accepted, and schema differences are left for `check()` to list rather than refused.
    public static func openForChecking(at path: String) throws -> KnowledgeBase {
        let kb = try open(try existingFile(path), mode: .readOnly)
        try kb.requireVersion(upgradable: true)
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

    private static func existingFile(_ path: String) throws -> DatabaseFile {
        let file = try DatabaseFile(path)
        guard try file.state() == .regularFile else { throw KnowledgeBaseError.databaseNotFound(path: path) }
        return file
    }

    private static func open(_ file: DatabaseFile, mode: Database.OpenMode) throws -> KnowledgeBase {
        try open(absolutePath: file.absolutePath, displayPath: file.path, mode: mode)
    }

    /// Opens by absolute path only: SQLite never sees a name it could read as a URI or a special database.
    private static func open(absolutePath: String, displayPath path: String, mode: Database.OpenMode) throws -> KnowledgeBase {
        let database: Database
        do {
            do {
                database = try Database(path: absolutePath, mode: mode)
            } catch let error as SQLiteError where mode == .readOnly && (error.isReadOnly || error.code.primary == .cannotOpen)
                        && canReadImmutable(absolutePath) {
                // A WAL database needs a -shm file beside it, which a folder we cannot write will not take.
                // With no -wal there (nothing committed outside the file) and no one able to write there,
                // the file is read as immutable: no locks, no files created.
                database = try Database(path: absolutePath, mode: .readOnlyImmutable)
            }
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

    /// True when the folder cannot be written by this process and no `-wal` with content lies beside
    /// the file: what SQLite's WAL mode needs cannot be made, and the file alone is the whole database.
    private static func canReadImmutable(_ absolutePath: String) -> Bool {
        let directory = URL(fileURLWithPath: absolutePath).deletingLastPathComponent().path
        guard access(directory, W_OK) != 0 else { return false }
        var wal = stat()
        return stat(absolutePath + "-wal", &wal) != 0 || wal.st_size == 0
    }

    /// An existing file (ours, at any version this program can migrate, or empty), opened and migrated.
    private static func openForWriting(_ file: DatabaseFile) throws -> KnowledgeBase {
        do {
            let probe = try open(file, mode: .readOnly)
            try probe.requireOursOrEmpty()
        }
        let kb = try open(file, mode: .readWrite)
        try kb.migrate()
        return kb
    }

    /// Builds a new base beside `file` and links it into place; nil when another process put a file
    /// there first (the new one is then removed, and the caller works on theirs).
    private static func buildNew<T>(_ file: DatabaseFile, _ body: (KnowledgeBase) throws -> T) throws -> T? {
        let building = try NewDatabaseFile(beside: file)
        defer { building.remove() }
        let result = try build(in: building, named: file.path, body)
        return try building.publish(as: file.absolutePath) ? result : nil
    }

    /// Migrates the building file and runs `body` on it; the connection is closed on return.
    private static func build<T>(in building: NewDatabaseFile, named path: String, _ body: (KnowledgeBase) throws -> T) throws -> T {
        let kb = try open(absolutePath: building.path, displayPath: path, mode: .readWrite)
        try kb.migrate()
        let result = try body(kb)
        // Everything into the file itself: what is linked into place is complete without a -wal.
        let busy = try wrap { try kb.database.fetchOne(Int.self, sql: "PRAGMA wal_checkpoint(TRUNCATE)") ?? 1 }
        if busy != 0 { throw KnowledgeBaseError.database(SQLiteError(code: .busy, message: "the new database could not be checkpointed")) }
        return result
    }

    /// SQL functions the schema's scripts and queries call.
    private func registerFunctions() throws {
        try KnowledgeBase.wrap { try KnowledgeBase.registerFunctions(on: database) }
    }

    /// The same functions on any connection that runs the migrations (the expected-schema builder too).
    static func registerFunctions(on database: Database) throws {
        try database.createFunction("mkb_normalise", argumentCount: 1) { arguments in
            guard case .text(let name)? = arguments.first else { return .null }
            return .text(NameNormaliser.normalise(name))
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

    /// Passes for a MineralKB database (of any version this program can migrate, with exactly the
    /// schema of that version) and for an empty file.
    private func requireOursOrEmpty() throws {
        let version = try KnowledgeBase.wrap { try database.userVersion() }
        if version == 0 {
            let tables = try KnowledgeBase.wrap { try database.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema") ?? 0 }
            if tables > 0 { throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: .foreignSchema) }
            return
        }
        try requireVersion(upgradable: true)
        try requireOurSchema()
    }

    private func requireCurrentSchema() throws {
        try requireVersion(upgradable: false)
        try requireOurSchema()
    }

    /// A MineralKB version: the current one, or with `upgradable` any this program can migrate.
    private func requireVersion(upgradable: Bool) throws {
        let version = try KnowledgeBase.wrap { try database.userVersion() }
        let latest = KnowledgeBase.schemaVersion
        if version == 0 {
            let tables = try KnowledgeBase.wrap { try database.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema") ?? 0 }
            throw KnowledgeBaseError.notAKnowledgeBase(path: path, reason: tables == 0 ? .empty : .foreignSchema)
        }
        if version > latest {
            throw KnowledgeBaseError.migration(.databaseIsNewer(databaseVersion: version, latestKnown: latest))
        }
        if version < latest && !upgradable {
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
