import Foundation
import Testing
@testable import SQLite

/// Migrations run with foreign keys off and are checked with `PRAGMA foreign_key_check` before they commit.
@Suite struct MigratorForeignKeyTests {
    /// Places with a CHECK list of kinds, and links that cascade when their place is deleted.
    private let base = Migration(version: 1, name: "places_and_links", sql: """
        CREATE TABLE places(id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('city', 'country')));
        CREATE TABLE links(id INTEGER PRIMARY KEY, place_id INTEGER NOT NULL REFERENCES places(id) ON DELETE CASCADE);
        INSERT INTO places VALUES (1, 'city'), (2, 'country');
        INSERT INTO links VALUES (10, 1), (11, 2), (12, 2);
        """)

    /// SQLite's recipe for changing a CHECK list: a new table, copy, drop the old, rename.
    private let widenKinds = Migration(version: 2, name: "widen_kinds", sql: """
        CREATE TABLE places_new(id INTEGER PRIMARY KEY, kind TEXT NOT NULL CHECK (kind IN ('city', 'country', 'site')));
        INSERT INTO places_new SELECT id, kind FROM places;
        DROP TABLE places;
        ALTER TABLE places_new RENAME TO places;
        INSERT INTO places VALUES (3, 'site');
        """)

    @Test func aMigrationThatRebuildsATableKeepsItsLinks() throws {
        try withTemporaryDatabase { db in
            #expect(try Migrator(migrations: [base, widenKinds]).migrate(db) == [1, 2])
            // With foreign keys on, DROP TABLE places would have deleted every link by cascade.
            #expect(try column(Int.self, db, "SELECT id FROM links ORDER BY id") == [10, 11, 12])
            #expect(try column(String.self, db, "SELECT kind FROM places ORDER BY id") == ["city", "country", "site"])
            // Enforcement is back on afterwards, and the rebuilt table is still what links reference.
            #expect(try db.fetchOne(Bool.self, sql: "PRAGMA foreign_keys") == true)
            expectError(SQLiteError.self) { try db.execute(sql: "INSERT INTO links VALUES (13, 99)") }
            try db.execute(sql: "DELETE FROM places WHERE id = 2")
            #expect(try column(Int.self, db, "SELECT id FROM links ORDER BY id") == [10])
        }
    }

    @Test func aMigrationThatLeavesBrokenLinksIsRolledBack() throws {
        try withTemporaryDatabase { db in
            try Migrator(migrations: [base]).migrate(db)
            let orphaning = Migration(version: 2, name: "orphaning", sql: "DELETE FROM places WHERE id = 2")
            let error = try requireError(MigrationError.self) { try Migrator(migrations: [base, orphaning]).migrate(db) }
            guard case .foreignKeysBroken(let version, let name, let violations) = error else {
                Issue.record("expected foreignKeysBroken, got \(error)")
                return
            }
            #expect(version == 2 && name == "orphaning")
            #expect(violations == ["links rowid 11 → places", "links rowid 12 → places"])
            #expect(error.description.contains("migration 2 (orphaning) would leave broken links"))
            #expect(try db.userVersion() == 1)
            #expect(try rowCount(db, "places") == 2)
            #expect(try rowCount(db, "links") == 3)
            #expect(try db.fetchOne(Bool.self, sql: "PRAGMA foreign_keys") == true)
            #expect(!db.isInsideTransaction)
        }
    }
}
