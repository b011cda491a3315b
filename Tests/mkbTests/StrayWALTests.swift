import Foundation
import Testing

/// A `-wal` file from another database put beside ours is applied by SQLite without a word (issue 9):
/// what `check` and the schema comparison catch, and what no one can (see RELIABILITY.md).
@Suite struct StrayWALTests {
    /// The -wal of `database` after `sql`, copied while the shell still holds it open (on close, SQLite folds it in).
    private func walAfter(_ sql: String, on database: URL, in workspace: Workspace) throws -> URL {
        let copy = workspace.directory.appendingPathComponent("copy-\(UUID().uuidString)-wal")
        let script = workspace.directory.appendingPathComponent("script-\(UUID().uuidString).sql")
        try Data("PRAGMA journal_mode = WAL;\nPRAGMA wal_autocheckpoint = 0;\n\(sql)\n.shell cp '\(database.path)-wal' '\(copy.path)'\n".utf8).write(to: script)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SQLite3Shell.path)
        process.arguments = [database.path]
        process.standardInput = try FileHandle(forReadingFrom: script)
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return copy
    }

    @Test func aWALFromAnotherProgramsDatabaseIsRefused() throws {
        try #require(SQLite3Shell.isInstalled)
        let workspace = try Workspace()
        let foreign = workspace.directory.appendingPathComponent("foreign.sqlite")
        let wal = try walAfter("CREATE TABLE t(x); INSERT INTO t VALUES (randomblob(100000));", on: foreign, in: workspace)
        try FileManager.default.copyItem(at: wal, to: URL(fileURLWithPath: workspace.databaseURL.path + "-wal"))
        for arguments in [["check"], ["stats"], ["firms", "--active-in", "Pakistan"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 1, "\(arguments): \(result.output)")
            #expect(result.error.contains("not a MineralKB database"), "\(arguments): \(result.error)")
        }
    }

    @Test func aWALFromAnotherKnowledgeBaseIsCaughtByCheck() throws {
        try #require(SQLite3Shell.isInstalled)
        let workspace = try Workspace()
        // Another base: the same fixtures plus one more document, then a change written to its WAL.
        let other = workspace.directory.appendingPathComponent("other.sqlite")
        let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("hostile-names.json")
        #expect(try workspace.run(["import", MKB.fixtures.path, document.path, "--db", "other.sqlite"], database: false).status == 0)
        let wal = try walAfter("DELETE FROM quotes;", on: other, in: workspace)
        try FileManager.default.copyItem(at: wal, to: URL(fileURLWithPath: workspace.databaseURL.path + "-wal"))
        let check = try workspace.run("check")
        #expect(check.status == 1, "a stray WAL passed check: \(check.output) \(check.error)")
    }
}
