import Foundation
import Testing
@testable import SQLite

/// Schema migrations tracked by `PRAGMA user_version`.
@Suite struct MigratorTests {
    private let first = Migration(version: 1, name: "places", sql: "CREATE TABLE places(id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    private let second = Migration(version: 2, name: "country", sql: """
        ALTER TABLE places ADD COLUMN country TEXT;
        CREATE INDEX places_country ON places(country);
        """)
    private let third = Migration(version: 3, name: "seed", sql: "INSERT INTO places(name, country) VALUES ('Karachi', 'Pakistan')")

    @Test func appliesEveryMigrationInOrderAndSetsTheVersion() throws {
        try withTemporaryDatabase { db in
            let migrator = try Migrator(migrations: [first, second, third])
            #expect(migrator.latestVersion == 3)
            #expect(try db.userVersion() == 0)
            #expect(try migrator.pendingMigrations(in: db).map(\.version) == [1, 2, 3])
            // Each step depends on the one before: out of order, this would fail.
            #expect(try migrator.migrate(db) == [1, 2, 3])
            #expect(try db.userVersion() == 3)
            #expect(try db.fetchOne(Int.self, sql: "PRAGMA user_version") == 3)
            #expect(try db.fetchOne(String.self, sql: "SELECT country FROM places WHERE name = 'Karachi'") == "Pakistan")
            #expect(try migrator.pendingMigrations(in: db).isEmpty)
            #expect(!db.isInsideTransaction)
        }
    }

    @Test func runningAgainAppliesNothing() throws {
        try withTemporaryDatabasePath { path in
            let migrator = try Migrator(migrations: [first, second, third])
            try migrator.migrate(Database(path: path))
            let db = try Database(path: path)
            // A second run would fail (CREATE TABLE places exists) or duplicate the seed row.
            #expect(try migrator.migrate(db) == [])
            #expect(try migrator.migrate(db) == [])
            #expect(try db.userVersion() == 3)
            #expect(try rowCount(db, "places") == 1)
        }
    }

    @Test func appliesOnlyWhatIsNew() throws {
        try withTemporaryDatabase { db throws in
            #expect(try Migrator(migrations: [first, second]).migrate(db) == [1, 2])
            #expect(try Migrator(migrations: [first, second, third]).migrate(db) == [3])
            #expect(try db.userVersion() == 3)
        }
    }

    @Test func aFailingScriptLeavesVersionAndSchemaAsBefore() throws {
        try withTemporaryDatabase { db in
            let failing = Migration(version: 2, name: "broken", sql: """
                CREATE TABLE minerals(id INTEGER PRIMARY KEY, name TEXT);
                INSERT INTO nowhere VALUES (1);
                """)
            let never = Migration(version: 3, name: "never", sql: "CREATE TABLE never_made(x)")
            let migrator = try Migrator(migrations: [first, failing, never])
            let error = try requireError(MigrationError.self) { try migrator.migrate(db) }
            guard case .scriptFailed(let version, let name, let cause) = error else {
                Issue.record("expected scriptFailed, got \(error)")
                return
            }
            #expect(version == 2)
            #expect(name == "broken")
            #expect(cause.message.contains("no such table: nowhere"))
            #expect(error.description.contains("migration 2 (broken) failed"))

            // Migration 1 stays applied; nothing of 2 (not even its first statement) nor 3 exists.
            #expect(try db.userVersion() == 1)
            #expect(try tableExists(db, "places"))
            #expect(try !tableExists(db, "minerals"))
            #expect(try !tableExists(db, "never_made"))
            #expect(!db.isInsideTransaction)

            // Once fixed, the run continues from where it stopped.
            let fixed = Migration(version: 2, name: "fixed", sql: "CREATE TABLE minerals(id INTEGER PRIMARY KEY, name TEXT)")
            #expect(try Migrator(migrations: [first, fixed, never]).migrate(db) == [2, 3])
            #expect(try tableExists(db, "minerals"))
        }
    }

    @Test func aFailingFirstStatementChangesNothingEither() throws {
        try withTemporaryDatabase { db throws in
            let broken = Migration(version: 1, name: "typo", sql: "CREATE TABEL places(x)")
            expectError(MigrationError.self) { try Migrator(migrations: [broken]).migrate(db) }
            #expect(try db.userVersion() == 0)
            #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema") == 0)
        }
    }

    @Test func aNewerDatabaseIsRefused() throws {
        try withTemporaryDatabase { db in
            try db.execute(sql: "CREATE TABLE future(x); PRAGMA user_version = 5")
            let migrator = try Migrator(migrations: [first, second, third])
            expectError(MigrationError.databaseIsNewer(databaseVersion: 5, latestKnown: 3)) { try migrator.migrate(db) }
            expectError(MigrationError.databaseIsNewer(databaseVersion: 5, latestKnown: 3)) { try migrator.pendingMigrations(in: db) }
            #expect(try db.userVersion() == 5)
            #expect(try !tableExists(db, "places"))
            let description = MigrationError.databaseIsNewer(databaseVersion: 5, latestKnown: 3).description
            #expect(description.contains("5") && description.contains("3"))
        }
    }

    @Test func invalidListsAreRefused() throws {
        let lists: [[Migration]] = [
            [first, third],  // a gap
            [second, third],  // does not start at 1
            [first, first],  // a duplicate
            [second, first],  // out of order
            [Migration(version: 0, name: "zero", sql: "SELECT 1")],
        ]
        for list in lists {
            let error = try requireError(MigrationError.self) { _ = try Migrator(migrations: list) }
            guard case .invalidList = error else {
                Issue.record("expected invalidList, got \(error)")
                continue
            }
        }
        #expect(try Migrator(migrations: []).latestVersion == 0)
    }

    @Test func anEmptyListLeavesAFreshDatabaseAlone() throws {
        try withTemporaryDatabase { db throws in
            #expect(try Migrator(migrations: []).migrate(db) == [])
            #expect(try db.userVersion() == 0)
        }
    }

    @Test func eachMigrationIsItsOwnTransaction() throws {
        try withTemporaryDatabase { db throws in
            let failing = Migration(version: 3, name: "broken", sql: "INSERT INTO places(name) VALUES (NULL)")
            expectError(MigrationError.self) { try Migrator(migrations: [first, second, failing]).migrate(db) }
            #expect(try db.userVersion() == 2)
            #expect(try db.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema WHERE name = 'places_country'") == 1)
        }
    }
}
