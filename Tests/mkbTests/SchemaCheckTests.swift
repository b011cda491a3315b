import Foundation
import Testing

/// `check` compares the whole schema with what the migrations make, and every command refuses a file
/// whose schema is not ours (issue 9, item 7).
@Suite struct SchemaCheckTests {
    @Test(arguments: [
        ("CREATE TRIGGER wipe_quotes AFTER INSERT ON sources BEGIN DELETE FROM quotes; END;", "unexpected trigger wipe_quotes"),
        ("DROP INDEX quote_mentions_by_entity;", "missing index quote_mentions_by_entity"),
        ("ALTER TABLE people ADD COLUMN secret TEXT;", "unexpected column secret"),
        ("CREATE TABLE notes(text);", "unexpected table notes"),
        ("DROP VIEW quote_details; CREATE VIEW quote_details AS SELECT 1 AS id;", "changed view quote_details"),
    ])
    func everyDifferenceIsReportedAndRefused(_ change: (sql: String, expected: String)) throws {
        try #require(SQLite3Shell.isInstalled)
        let workspace = try Workspace()
        try SQLite3Shell.execute(change.sql, database: workspace.databaseURL)
        let check = try workspace.run("check", "--format", "csv")
        #expect(check.status == 1, "\(change.sql): \(check.error)")
        #expect(check.output.contains(change.expected), "\(change.sql): \(check.output)")
        for arguments in [["stats"], ["firms", "--active-in", "Pakistan"], ["sql", "SELECT 1"], ["import", MKB.fixtures.path], ["init"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 1, "\(arguments) after \(change.sql)")
            #expect(result.error.contains("schema differs"), "\(arguments): \(result.error)")
        }
    }

    @Test func aForeignFileWithOurVersionIsRefused() throws {
        try #require(SQLite3Shell.isInstalled)
        let workspace = try Workspace(withFixtures: false)
        try SQLite3Shell.execute("CREATE TABLE notes(text); PRAGMA user_version = 5;", database: workspace.databaseURL)
        let before = try Data(contentsOf: workspace.databaseURL)
        for arguments in [["stats"], ["import", MKB.fixtures.path], ["check"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 1, "\(arguments)")
        }
        #expect(try Data(contentsOf: workspace.databaseURL) == before)
    }
}
