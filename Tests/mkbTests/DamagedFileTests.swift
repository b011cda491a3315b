import Foundation
import Testing

/// Bad files get an answer, not a crash (issue 5, item 4): a file that is not SQLite, a truncated
/// database, and a database that is read-only on disk each end in a clear message and exit 1.
@Suite struct DamagedFileTests {
    @Test func aTruncatedDatabaseIsAUserErrorForEveryCommand() throws {
        let workspace = try Workspace()
        let size = try FileManager.default.attributesOfItem(atPath: workspace.databaseURL.path)[.size] as? Int ?? 0
        #expect(size > 100_000)
        // Keep the header and part of the pages: SQLite sees a database whose pages run out.
        let handle = try FileHandle(forWritingTo: workspace.databaseURL)
        try handle.truncate(atOffset: UInt64(size * 2 / 5))
        try handle.close()
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: workspace.databaseURL.path + suffix) }
        for arguments in [["check"], ["stats"], ["report", "Min Ziheng"], ["firms", "--active-in", "Pakistan"],
                          ["sql", "SELECT count(*) FROM quotes"], ["quotes", "--search", "copper"], ["import", MKB.fixtures.path]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 1, "\(arguments): exit \(result.status), \(result.error)")
            #expect(!result.error.isEmpty, "\(arguments) said nothing")
        }
    }

    @Test func aTextFileIsNotADatabase() throws {
        let workspace = try Workspace(withFixtures: false)
        try Data("name,place\nJiaozuo,Karachi\n".utf8).write(to: workspace.databaseURL)
        for arguments in [["stats"], ["import", MKB.fixtures.path], ["sql", "SELECT 1"]] {
            let result = try workspace.run(arguments)
            #expect(result.status == 1)
            #expect(result.error.contains("not a MineralKB database") || result.error.contains("not a SQLite database"), "\(result.error)")
        }
        #expect(try String(contentsOf: workspace.databaseURL, encoding: .utf8) == "name,place\nJiaozuo,Karachi\n")
    }

    /// As root, permissions do not stop writes, so the commands run as `nobody` (with setpriv) there.
    @Test func aReadOnlyFileIsReadButNeverWritten() throws {
        let workspace = try Workspace()
        _ = try workspace.run("check")  // checkpoints the WAL into the file
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: workspace.databaseURL.path + suffix) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: workspace.databaseURL.path)
        let before = try Data(contentsOf: workspace.databaseURL)
        let asUser: [String] = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        if getuid() == 0 && !FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") { return }

        func run(_ arguments: [String]) throws -> MKBResult {
            try MKB.run(arguments + ["--db", Workspace.databaseName], in: workspace.directory, launcher: asUser)
        }
        let imported = try run(["import", MKB.fixtures.path])
        #expect(imported.status == 1)
        #expect(imported.error.contains("read-only"), "\(imported.error)")
        // In a folder that cannot be written (and with no -wal beside the file), reading still works, and
        // `check` too: the file is read as immutable, nothing is created. (Only as root: as root the
        // folder is writable anyway, and the test writes its output files into the directory.)
        if !asUser.isEmpty {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: workspace.directory.path)
            for arguments in [["firms", "--active-in", "Pakistan", "--format", "csv"], ["check"], ["sql", "SELECT count(*) FROM quotes"]] {
                let result = try MKB.run(arguments + ["--db", Workspace.databaseName], in: workspace.directory, launcher: asUser,
                                         capturingIn: FileManager.default.temporaryDirectory)
                #expect(result.status == 0, "\(arguments) in a read-only folder: \(result.error)")
            }
            let names = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path)
            #expect(!names.contains { $0.hasSuffix("-wal") || $0.hasSuffix("-shm") }, "\(names)")
        }
        // With the directory writable (the usual case of a shared, write-protected file), reading works.
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: workspace.directory.path)
        let firms = try run(["firms", "--active-in", "Pakistan", "--format", "csv"])
        #expect(firms.status == 0, "\(firms.error)")
        #expect(firms.output.contains("Jiaozuo"))
        #expect(try Data(contentsOf: workspace.databaseURL) == before)
    }
}
