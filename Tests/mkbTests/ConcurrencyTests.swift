import Foundation
import Testing

/// Readers and a writer at once (issue 5, item 5): while a large import runs, other processes keep
/// reading the state before it (WAL), never "database is locked"; a second writer waits its turn.
@Suite(.serialized) struct ConcurrencyTests {
    private func start(_ arguments: [String], in directory: URL) throws -> (Process, URL) {
        let process = Process()
        process.executableURL = MKB.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let errorURL = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        return (process, errorURL)
    }

    /// The number in `mkb sql --format csv` output of a count.
    static func organisations(_ csv: String) -> Int {
        Int(csv.split(whereSeparator: \.isNewline).last ?? "") ?? -1
    }

    @Test func readersSeeTheStateBeforeAndASecondWriterWaits() throws {
        let workspace = try Workspace()
        let input = workspace.directory.appendingPathComponent("large")
        try CrashRecoveryTests.writeLargeInput(to: input, documents: 120)
        let countSQL = "SELECT count(*) AS organisations FROM organisations"
        let before = try workspace.run("sql", countSQL, "--format", "csv")
        #expect(before.status == 0)

        let (writer, writerErrors) = try start(["import", input.path, "--db", Workspace.databaseName], in: workspace.directory)
        Thread.sleep(forTimeInterval: 0.3)

        // A second writer, started while the first holds the write lock: it waits (busy timeout), then imports.
        let second = workspace.directory.appendingPathComponent("second.json")
        try Data(#"{"source": {"title": "Second writer"}, "organisations": ["Second Writer Ltd"]}"#.utf8).write(to: second)
        let (secondWriter, secondErrors) = try start(["import", second.path, "--db", Workspace.databaseName], in: workspace.directory)

        var reads = 0
        var observed = Set<Int>()  // organisations added, as each reader saw it
        while writer.isRunning {
            let count = try workspace.run("sql", countSQL, "--format", "csv")
            #expect(count.status == 0, "a reader failed during the import: \(count.error)")
            #expect(!count.error.contains("locked"))
            observed.insert(ConcurrencyTests.organisations(count.output) - ConcurrencyTests.organisations(before.output))
            let report = try workspace.run("report", "Min Ziheng")
            #expect(report.status == 0, "a report failed during the import: \(report.error)")
            reads += 1
        }
        writer.waitUntilExit()
        secondWriter.waitUntilExit()
        let writerMessage = String(decoding: try Data(contentsOf: writerErrors), as: UTF8.self)
        let secondMessage = String(decoding: try Data(contentsOf: secondErrors), as: UTF8.self)
        #expect(writer.terminationStatus == 0, "\(writerMessage)")
        #expect(reads >= 2, "only \(reads) reads while the import ran")
        // The second writer either got its turn, or says clearly that the database was busy.
        if secondWriter.terminationStatus == 0 {
            let found = try workspace.run("sql", "SELECT count(*) FROM organisations WHERE name = 'Second Writer Ltd'", "--format", "csv")
            #expect(found.output.contains("1"))
        } else {
            #expect(secondWriter.terminationStatus == 1)
            #expect(secondMessage.contains("busy") || secondMessage.contains("locked"), "\(secondMessage)")
        }
        let after = try workspace.run("sql", countSQL, "--format", "csv")
        #expect(ConcurrencyTests.organisations(after.output) >= ConcurrencyTests.organisations(before.output) + 120 * 40)
        // Readers saw only committed states: nothing yet, the second writer's one firm, the large
        // import's 4,800, or both; never part of an import. Most reads came before the large commit.
        #expect(observed.isSubset(of: [0, 1, 4_800, 4_801]), "readers saw \(observed.sorted())")
        #expect(observed.contains(0) || observed.contains(1))
        #expect(try workspace.run("check").status == 0)
    }
}
