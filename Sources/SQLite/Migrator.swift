/// One numbered step of a schema: a script run once, in a transaction, when the database's
/// `user_version` is below `version`.
public struct Migration: Sendable {
    /// The step's number: 1 for the first, one more for each next; `user_version` once it has run.
    public let version: Int
    /// A short name for messages (the script's file name without its number).
    public let name: String
    /// The script: one or more statements, run in the step's transaction.
    public let sql: String

    /// A step numbered `version`, called `name`, that runs `sql`.
    public init(version: Int, name: String, sql: String) {
        self.version = version
        self.name = name
        self.sql = sql
    }
}

/// Why a migration run stopped; the database is left at the last version that completed.
public enum MigrationError: Error, Equatable, CustomStringConvertible {
    /// The database was written by a newer program: refuse rather than misread it.
    case databaseIsNewer(databaseVersion: Int, latestKnown: Int)
    /// A script failed; its transaction was rolled back, version and schema are as before it.
    case scriptFailed(version: Int, name: String, error: SQLiteError)
    /// The list of migrations itself is wrong (versions not 1, 2, 3, ...).
    case invalidList(String)
    /// A script left rows whose foreign keys point nowhere (`PRAGMA foreign_key_check`); it was
    /// rolled back. Each violation reads "table rowid N → parent".
    case foreignKeysBroken(version: Int, name: String, violations: [String])

    /// The reason in words a user can act on.
    public var description: String {
        switch self {
        case .databaseIsNewer(let found, let known):
            return "the database is at schema version \(found), newer than this program knows (\(known)); use a newer version of the program"
        case .scriptFailed(let version, let name, let error):
            return "migration \(version) (\(name)) failed: \(error.message)"
        case .invalidList(let problem):
            return "invalid migration list: \(problem)"
        case .foreignKeysBroken(let version, let name, let violations):
            return "migration \(version) (\(name)) would leave broken links: \(violations.joined(separator: "; "))"
        }
    }
}

/// Applies ordered migrations, tracked by `PRAGMA user_version`.
///
/// Each migration runs in its own IMMEDIATE transaction together with the version bump, so a
/// failing script leaves both the schema and the version as they were, and two processes
/// migrating at once do not apply a step twice.
///
/// Foreign keys are turned off around each migration (`PRAGMA foreign_keys` has no effect inside
/// a transaction, so it is done before BEGIN) and checked with `PRAGMA foreign_key_check` before
/// COMMIT: SQLite's table-rebuild recipe (create the new table, copy, drop the old, rename) would
/// otherwise cascade-delete every row that references the dropped table. A script that leaves a
/// dangling reference is rolled back. As GRDB's `DatabaseMigrator` does.
public struct Migrator: Sendable {
    /// The steps, in order of version.
    public let migrations: [Migration]

    /// Checks that versions run 1, 2, 3, ... without gaps.
    public init(migrations: [Migration]) throws {
        for (offset, migration) in migrations.enumerated() where migration.version != offset + 1 {
            throw MigrationError.invalidList("migration \"\(migration.name)\" has version \(migration.version), expected \(offset + 1)")
        }
        self.migrations = migrations
    }

    /// The version a fully migrated database has.
    public var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Migrations not yet applied to `db`.
    public func pendingMigrations(in db: Database) throws -> [Migration] {
        let current = try db.userVersion()
        guard current <= latestVersion else {
            throw MigrationError.databaseIsNewer(databaseVersion: current, latestKnown: latestVersion)
        }
        return Array(migrations.dropFirst(current))
    }

    /// Brings `db` to `latestVersion`; returns the versions applied.
    @discardableResult
    public func migrate(_ db: Database) throws -> [Int] {
        var applied: [Int] = []
        for migration in try pendingMigrations(in: db) {
            try Migrator.withForeignKeysOff(db) {
                try db.transaction(.immediate) {
                    // Re-read inside the write lock: another process may have migrated meanwhile.
                    guard try db.userVersion() < migration.version else { return }
                    do {
                        try db.execute(sql: migration.sql)
                        // PRAGMA takes no bound parameters; the version is an Int from code, not input.
                        try db.execute(sql: "PRAGMA user_version = \(migration.version)")
                    } catch let error as SQLiteError {
                        throw MigrationError.scriptFailed(version: migration.version, name: migration.name, error: error)
                    }
                    let violations = try Migrator.foreignKeyViolations(in: db)
                    guard violations.isEmpty else {
                        throw MigrationError.foreignKeysBroken(version: migration.version, name: migration.name, violations: violations)
                    }
                    applied.append(migration.version)
                }
            }
        }
        return applied
    }

    /// Runs `body` with foreign key enforcement off, and turns it back on afterwards if it was on.
    private static func withForeignKeysOff<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let wasOn = try db.fetchOne(Bool.self, sql: "PRAGMA foreign_keys") ?? false
        guard wasOn else { return try body() }
        try db.execute(sql: "PRAGMA foreign_keys = OFF")
        defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
        return try body()
    }

    /// The first violations `PRAGMA foreign_key_check` finds, described; empty when every reference holds.
    private static func foreignKeyViolations(in db: Database) throws -> [String] {
        var violations: [String] = []
        try db.forEachRow(sql: "SELECT \"table\", rowid, parent FROM pragma_foreign_key_check LIMIT 10") { row in
            let table: String = try row[0]
            let rowid: Int64? = try row[1]
            let parent: String = try row[2]
            violations.append("\(table) rowid \(rowid.map(String.init) ?? "?") → \(parent)")
        }
        return violations
    }
}
