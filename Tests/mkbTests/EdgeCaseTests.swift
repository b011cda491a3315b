import Foundation
import Testing

/// Inputs at the edges, each found by trying: every one gets a message and the right exit code,
/// never a crash, and never a write the user did not ask for.
@Suite struct EdgeCaseTests {
    @Test func hugeTimeoutsAreNoLimitNotACrash() throws {
        let workspace = try Workspace()
        for timeout in ["1e11", "1e300"] {
            let result = try workspace.run("sql", "SELECT count(*) FROM quotes", "--timeout", timeout, "--format", "csv")
            #expect(result.status == 0, "--timeout \(timeout): \(result.error)")
            #expect(result.output.contains("14"))
        }
    }

    @Test func aFullDiskIsAMessageNotACrash() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let workspace = try Workspace()
        let process = Process()
        process.executableURL = MKB.binary
        process.arguments = ["stats", "--db", Workspace.databaseName]
        process.currentDirectoryURL = workspace.directory
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1, "\(message)")
        #expect(message.contains("cannot write the output"), "\(message)")
    }

    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let workspace = try Workspace(withFixtures: false)
        let other = workspace.directory.appendingPathComponent("other.sqlite")
        try SQLite3Shell.execute("CREATE TABLE notes(text); INSERT INTO notes VALUES ('mine')", database: other)
        let before = try Data(contentsOf: other)
        for arguments in [["init"], ["import", MKB.fixtures.path]] {
            let result = try workspace.run(arguments + ["--db", "other.sqlite"], database: false)
            #expect(result.status == 1)
            #expect(result.error.contains("not a MineralKB database"), "\(result.error)")
        }
        #expect(try Data(contentsOf: other) == before)
        #expect(!FileManager.default.fileExists(atPath: other.path + "-wal"))
    }

    @Test func namesWithoutLettersOrDigitsAreRefused() throws {
        let workspace = try Workspace()
        let document = workspace.directory.appendingPathComponent("symbols.json")
        try Data(#"{"source": {"title": "Symbols"}, "organisations": ["😀", {"name": "Real Ltd", "aliases": ["!!!"]}]}"#.utf8).write(to: document)
        let imported = try workspace.run("import", document.path)
        #expect(imported.status == 1)
        #expect(imported.error.contains("$.organisations[0]") && imported.error.contains("$.organisations[1].aliases[0]"), "\(imported.error)")
        let report = try workspace.run("report", "?")
        #expect(report.status == 1)
        #expect(report.error.contains("no entity named"))
    }

    @Test(arguments: [
        ["stats", "--db", ""],
        ["report", "Min Ziheng", "--depth", "0"],
        ["report", "Min Ziheng", "--depth", "1000000"],
        ["path", "Karachi", "China", "--max-depth", "100"],
        ["export", "--format", "dot", "--entity", "Karachi", "--depth", "7"],
    ])
    func outOfRangeArgumentsAreUsageErrors(_ arguments: [String]) throws {
        let workspace = try Workspace()
        let result = try workspace.run(arguments, database: !arguments.contains("--db"))
        #expect(result.status == 2, "\(arguments): exit \(result.status), \(result.error)")
    }

    @Test func aFailedImportIntoANewFileLeavesNoFile() throws {
        let workspace = try Workspace(withFixtures: false)
        let bad = workspace.directory.appendingPathComponent("bad.json")
        try Data(#"{"source": {"title": "Bad"}, "links": [{"from": "Nobody", "relation": "works_at", "to": "Nowhere"}]}"#.utf8).write(to: bad)
        let result = try workspace.run("import", bad.path, "--db", "new.sqlite", database: false)
        #expect(result.status == 1)
        #expect(result.error.contains("nothing was written"))
        #expect(!workspace.fileExists("new.sqlite"))
        #expect(!workspace.fileExists("new.sqlite-wal"))
    }

    @Test func aMissingDirectoryIsNamed() throws {
        let workspace = try Workspace(withFixtures: false)
        let result = try workspace.run("import", MKB.fixtures.path, "--db", "/nonexistent-mkb-dir/kb.sqlite", database: false)
        #expect(result.status == 1)
        #expect(result.error.contains("does not exist"), "\(result.error)")
    }

    @Test func theSameEntityTwiceIsAChainOfNoSteps() throws {
        let workspace = try Workspace()
        let result = try workspace.run("path", "Karachi", "karachi")
        #expect(result.status == 0)
        #expect(result.error.contains("same entity"))
    }
}
