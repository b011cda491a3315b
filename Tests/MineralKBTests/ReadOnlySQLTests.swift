import Foundation
import TestSupport
import Testing
@testable import MineralKB

/// Ad-hoc SQL cannot write or escape, and runaway queries stop (issue 5, items 1 and 2).
@Suite struct ReadOnlySQLTests {
    static let hostileStatements: [String] = {
        let url = fixturesDirectory.deletingLastPathComponent().appendingPathComponent("Tests/hostile-statements.txt")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.components(separatedBy: "\n----\n")
            .map { $0.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n") }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }()

    static let sqliteRefusals = ["no such function", "may not be modified", "no such table: sqlite_stat1", "unknown database"]

    /// The fixtures in a database file whose WAL is checkpointed away, so its bytes can be compared.
    private func withClosedFixtureDatabase(_ body: (String) throws -> Void) throws {
        let directory = try TemporaryDirectory(prefix: "mkb-ro")
        defer { withExtendedLifetime(directory) {} }   // a local lives only to its last use otherwise
        let path = directory.path("kb.sqlite")
        do {
            let kb = try KnowledgeBase.create(at: path)
            try kb.importFiles(at: [fixturesDirectory])
        }
        try body(path)
    }

    private func bytes(_ path: String) throws -> [Data] {
        try ["", "-wal"].map { suffix in
            FileManager.default.fileExists(atPath: path + suffix) ? try Data(contentsOf: URL(fileURLWithPath: path + suffix)) : Data()
        }
    }

    private func run(_ kb: KnowledgeBase, _ sql: String, timeLimit: Double = 5) throws -> [[QueryValue]] {
        var rows: [[QueryValue]] = []
        try kb.run(ReadOnlyQuery(sql: sql, timeLimit: timeLimit), columns: { _ in }, row: { rows.append($0) })
        return rows
    }

    @Test func atLeastFortyHostileStatementsAreRefusedAndTheFileIsUnchanged() throws {
        #expect(ReadOnlySQLTests.hostileStatements.count >= 40)
        try withClosedFixtureDatabase { path in
            let before = try bytes(path)
            do {
                let kb = try KnowledgeBase.openReadOnly(at: path)
                for statement in ReadOnlySQLTests.hostileStatements {
                    do {
                        _ = try run(kb, statement)
                        Issue.record("not refused: \(statement)")
                    } catch let error as ReadOnlyQueryError {
                        switch error {
                        case .refused, .severalStatements: break
                        // SQLite itself refuses a few before the authorizer is asked; they fail all the same.
                        case .failed(let message) where ReadOnlySQLTests.sqliteRefusals.contains(where: message.contains): break
                        default: Issue.record("\(statement): unexpected \(error)")
                        }
                        #expect(!error.description.isEmpty)
                    }
                }
                // Still usable, and still the same data.
                #expect(try run(kb, "SELECT count(*) FROM quotes") == [[.integer(14)]])
            }
            #expect(try bytes(path) == before)
            #expect(!FileManager.default.fileExists(atPath: "/tmp/mkb-hostile-vacuum-copy.sqlite"))
            #expect(!FileManager.default.fileExists(atPath: "/tmp/mkb-hostile-attach.sqlite"))
        }
    }

    @Test func explorationKeepsWorking() throws {
        try withClosedFixtureDatabase { path in
            let kb = try KnowledgeBase.openReadOnly(at: path)
            #expect(try run(kb, "SELECT name FROM pragma_table_info('quotes') WHERE name = 'text'") == [[.text("text")]])
            #expect(try run(kb, "SELECT sum(value) FROM json_each('[1, 2, 3]')") == [[.integer(6)]])
            #expect(try !run(kb, "PRAGMA table_info(quotes)").isEmpty)
            #expect(try run(kb, "PRAGMA user_version").first?.first == .integer(Int64(KnowledgeBase.schemaVersion)))
            #expect(try run(kb, "SELECT DISTINCT organisation FROM firm_presence WHERE within = 'Pakistan' AND organisation LIKE 'Jiaozuo%'").count == 1)
            #expect(try run(kb, "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'copper'") == [[.integer(2)]])
            #expect(try run(kb, "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 10) SELECT sum(x) FROM n") == [[.integer(55)]])
            #expect(try !run(kb, "EXPLAIN QUERY PLAN SELECT * FROM links WHERE from_id = 1").isEmpty)
        }
    }

    @Test(arguments: [
        "WITH RECURSIVE forever(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM forever) SELECT max(x) FROM forever",
        "SELECT count(*) FROM aliases AS a, aliases AS b, aliases AS c",
    ])
    func runawayQueriesStopAtTheTimeLimit(sql: String) throws {
        try withClosedFixtureDatabase { path in
            let kb = try KnowledgeBase.openReadOnly(at: path)
            let memoryBefore = ReadOnlySQLTests.peakMemoryBytes()
            let started = Date()
            #expect(throws: ReadOnlyQueryError.timedOut(seconds: 0.5)) { try run(kb, sql, timeLimit: 0.5) }
            let elapsed = Date().timeIntervalSince(started)
            #expect(elapsed < 5, "stopped after \(elapsed) s")
            #expect(ReadOnlySQLTests.peakMemoryBytes() - memoryBefore < 200 << 20)
            #expect(ReadOnlyQueryError.timedOut(seconds: 0.5).description.contains("0.5 s"))
            // The connection answers again at once.
            #expect(try run(kb, "SELECT count(*) FROM people") == [[.integer(2)]])
        }
    }

    @Test func hugeValuesAreRefusedNotAllocated() throws {
        try withClosedFixtureDatabase { path in
            let kb = try KnowledgeBase.openReadOnly(at: path)
            let memoryBefore = ReadOnlySQLTests.peakMemoryBytes()
            for sql in ["SELECT length(zeroblob(2000000000))", "SELECT length(hex(randomblob(50000000)))",
                        "SELECT length(replace(hex(zeroblob(40000000)), '0', 'xx'))"] {
                do {
                    _ = try run(kb, sql)
                    Issue.record("allowed: \(sql)")
                } catch ReadOnlyQueryError.failed(let message) {
                    #expect(message.contains("too big"), "\(sql): \(message)")
                }
            }
            #expect(ReadOnlySQLTests.peakMemoryBytes() - memoryBefore < 300 << 20)
        }
    }

    /// The process's peak resident memory so far.
    static func peakMemoryBytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024
    }
}
