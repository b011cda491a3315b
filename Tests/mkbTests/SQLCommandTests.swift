import Foundation
import Testing

/// `mkb sql`: sqlite3-identical JSON, every format, parameters, refusals that leave the file untouched, the time limit.
@Suite struct SQLCommandTests {
    /// Queries whose `--format json` output must be byte-for-byte that of `sqlite3 -json`.
    static let comparedQueries = [
        "SELECT 1 AS a, 1.5 AS b, NULL AS c, 'x' AS d",
        "SELECT 9223372036854775807 AS max, -9223372036854775808 AS min, 0 AS zero, -42 AS negative, 4294967296 AS big",
        "SELECT 0.1 AS a, 1.0/3 AS b, 100.0 AS c, 1e20 AS d, 1e-5 AS e, -0.0 AS f, 123456789012345678.0 AS g, 2.5e-300 AS h, 1e300*1e300 AS inf, -1e300*1e300 AS ninf",
        "SELECT 'é中😀 اردو' AS unicode, 'a\"b\\c' AS quotes, char(10, 9, 13, 1, 31, 127) AS controls, '' AS empty, 'a' || char(0) || 'b' AS nul",
        "SELECT x'41' AS a, x'' AS b, x'00ff41' AS c",
        "SELECT 1 AS same, 2 AS same",
        "SELECT 1 WHERE 0",
        "SELECT * FROM quotes ORDER BY id",
        "SELECT * FROM quote_details",
        "SELECT * FROM firm_presence",
        "SELECT * FROM edges",
        "SELECT * FROM places WHERE parent_id IS NULL ORDER BY id LIMIT 40",
        "SELECT * FROM minerals",
        "SELECT avg(id) AS mean, sum(id) * 1.1 AS scaled, total(id) AS total FROM entities",
        // A deterministic spread of reals across magnitudes, both signs, near-integers and tiny/huge exponents.
        """
        WITH RECURSIVE r(i, x) AS (SELECT 1, 0.1 UNION ALL SELECT i + 1, x * 1.7 + 1.0 / (i + 3) FROM r WHERE i < 400)
        SELECT i, x, -x, x * 1e-300, x * 1e250, 1 / x, round(x, 3), x - CAST(x AS INTEGER) FROM r
        """,
    ]

    @Test(arguments: comparedQueries)
    func jsonMatchesTheSQLiteShell(_ query: String) throws {
        try #require(SQLite3Shell.isInstalled)
        let workspace = try Workspace()
        let ours = try workspace.run("sql", query, "--format", "json")
        #expect(ours.status == 0, "\(ours.error)")
        let theirs = try SQLite3Shell.json(query, database: workspace.databaseURL)
        #expect(ours.standardOutput == theirs, "mkb:\n\(ours.output)\nsqlite3:\n\(String(decoding: theirs, as: UTF8.self))")
    }

    @Test func jsonParsesWithNullsIntegersRealsAndText() throws {
        let workspace = try Workspace()
        let result = try workspace.run("sql", "SELECT NULL AS n, 7 AS i, 2.5 AS r, 'Lahore' AS t", "--format", "json")
        let rows = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows[0]["n"] is NSNull)
        #expect((rows[0]["i"] as? NSNumber)?.intValue == 7)
        #expect((rows[0]["r"] as? NSNumber)?.doubleValue == 2.5)
        #expect(rows[0]["t"] as? String == "Lahore")
    }

    @Test func everyFormat() throws {
        let workspace = try Workspace()
        let query = "SELECT 'a,b' AS text, 'say \"hi\"' AS quoted, 'x|y' AS pipe, 1 AS n, NULL AS missing UNION ALL SELECT 'two\nlines', '', '', 22, 1.5"

        let csv = try workspace.run("sql", query, "--format", "csv")
        #expect(csv.status == 0)
        // As sqlite3 -csv -header: LF line ends, an empty string quoted, NULL empty.
        #expect(csv.output == "text,quoted,pipe,n,missing\n\"a,b\",\"say \"\"hi\"\"\",x|y,1,\n\"two\nlines\",\"\",\"\",22,1.5\n")

        let table = try workspace.run("sql", query, "--format", "table")
        #expect(table.output.split(separator: "\n").count == 4)
        #expect(table.output.contains("two\\nlines"))

        let markdown = try workspace.run("sql", query, "--format", "markdown")
        let lines = markdown.output.split(separator: "\n").map(String.init)
        try #require(lines.count == 4)
        #expect(lines[0].hasPrefix("| text"))
        #expect(lines[1].hasPrefix("| ---"))
        #expect(lines[2].contains("x\\|y"))
        #expect(lines[3].contains("two<br>lines"))

        // No rows: nothing at all on standard output, as sqlite3's .mode markdown prints (header or not).
        try #require(SQLite3Shell.isInstalled)
        let none = "SELECT name, id FROM entities WHERE id < 0"
        let empty = try workspace.run("sql", none, "--format", "markdown")
        #expect(empty.status == 0)
        #expect(empty.standardOutput.isEmpty)
        #expect(empty.error == "no rows\n")
        #expect(try SQLite3Shell.output(["-readonly", workspace.databaseURL.path, ".mode markdown", none]).isEmpty)
        #expect(try SQLite3Shell.output(["-readonly", workspace.databaseURL.path, ".mode markdown", "SELECT name, id FROM entities WHERE id = 1"])
                .isEmpty == false)

        let jsonl = try workspace.run("sql", query, "--format", "jsonl")
        let objects = try jsonl.output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.count == 2)
        #expect(objects[1]["text"] as? String == "two\nlines")
        #expect((objects[1]["n"] as? NSNumber)?.intValue == 22)
    }

    @Test func tableAlignsWideCombiningAndRightToLeftText() throws {
        let workspace = try Workspace()
        // 中国 is 4 columns wide, café with a combining accent 4, کراچی (Urdu) 5, 🇵🇰 2: the second column starts at the same screen column.
        let query = """
            SELECT '中国' AS name, 1 AS n UNION ALL SELECT 'cafe' || char(769), 2 UNION ALL SELECT 'کراچی', 3
            UNION ALL SELECT '🇵🇰', 4 UNION ALL SELECT 'Pakistan', 5
            """
        let result = try workspace.run("sql", query)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        try #require(lines.count == 7)
        let widths: [String: Int] = ["中国": 4, "cafe\u{301}": 4, "کراچی": 5, "🇵🇰": 2, "Pakistan": 8, "name": 4]
        for line in lines.dropFirst(2) {
            let name = try #require(widths.keys.first { line.hasPrefix($0) })
            // name, padding to 8 columns, two spaces, then the right-aligned n in a column of width 1.
            let padding = line.dropFirst(name.count).prefix { $0 == " " }.count
            #expect(widths[name, default: 0] + padding == 10, "\(line)")
        }
    }

    @Test func namedAndPositionalParameters() throws {
        let workspace = try Workspace()
        let result = try workspace.run("sql", "SELECT :place AS place, ? AS a, ? AS b, typeof(?) AS t", "1.5", "007", "42",
                                       "-p", "place", "Pakistan", "--format", "json")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == #"[{"place":"Pakistan","a":1.5,"b":"007","t":"integer"}]"# + "\n")

        let firms = try workspace.run("sql", "SELECT DISTINCT organisation FROM firm_presence WHERE within = :place", "-p", "place", "Pakistan",
                                      "--format", "csv")
        #expect(firms.output.contains("Jiaozuo Creation Heavy Industry Co Ltd"))

        let missing = try workspace.run("sql", "SELECT ?, ?", "1")
        #expect(missing.status == 1)
        #expect(missing.error.contains("parameter 2"))

        let unknown = try workspace.run("sql", "SELECT :a", "-p", "b", "1")
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("no parameter named :b"))

        let odd = try workspace.run("sql", "SELECT :a", "-p", "a")
        #expect(odd.status == 2)
    }

    /// Statements that would write, escape or change settings: each refused with exit 1, the file unchanged.
    static let hostileStatements = [
        "INSERT INTO sources(label) VALUES ('x')",
        "UPDATE quotes SET text = 'x'",
        "DELETE FROM quotes",
        "REPLACE INTO sources(id, label) VALUES (1, 'x')",
        "INSERT INTO sources(id, label) VALUES (1, 'x') ON CONFLICT(id) DO UPDATE SET label = 'y'",
        "DROP TABLE quotes",
        "DROP VIEW edges",
        "ALTER TABLE quotes RENAME TO q",
        "CREATE TABLE t(x)",
        "CREATE TEMP TABLE t(x)",
        "CREATE VIEW v AS SELECT 1",
        "CREATE INDEX i ON quotes(text)",
        "CREATE TRIGGER tr AFTER INSERT ON quotes BEGIN DELETE FROM quotes; END",
        "CREATE VIRTUAL TABLE v USING fts5(x)",
        "ATTACH ':memory:' AS m",
        "ATTACH 'other.sqlite' AS other",
        "DETACH temp",
        "VACUUM",
        "VACUUM INTO 'copy.sqlite'",
        "PRAGMA user_version = 1",
        "PRAGMA main.user_version = 2",
        "PRAGMA journal_mode = DELETE",
        "PRAGMA writable_schema = ON",
        "PRAGMA query_only = 0",
        "SELECT load_extension('libm.so')",
        "SELECT 1; DROP TABLE quotes",
        "WITH doomed AS (SELECT id FROM quotes) DELETE FROM quotes WHERE id IN (SELECT id FROM doomed)",
        "/* harmless? */ dRoP tAbLe quotes -- no",
        "BEGIN",
        "SAVEPOINT s",
        "ANALYZE",
        "REINDEX",
        "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
        "UPDATE sqlite_master SET sql = 'x'",
        "DELETE FROM sqlite_master",
        "PRAGMA foreign_keys = OFF",
        "PRAGMA optimize",
        "PRAGMA wal_checkpoint(TRUNCATE)",
        "PRAGMA incremental_vacuum",
        "PRAGMA cache_size = 1",
        "PRAGMA temp_store = MEMORY",
        "SELECT fts3_tokenizer('simple')",
        "CREATE TEMP TRIGGER tr AFTER INSERT ON quotes BEGIN SELECT 1; END",
        "ATTACH DATABASE 'file:x?mode=memory' AS x",
        "WITH RECURSIVE c(n) AS (SELECT 1) INSERT INTO sources(label) SELECT 'x' FROM c",
        "SELECT 1; SELECT 2",
        "COMMIT",
        "ROLLBACK",
    ]

    /// The list shared with the library's tests (Tests/hostile-statements.txt), then the ones above it lacks.
    static let allHostileStatements: [String] = {
        let url = MKB.fixtures.deletingLastPathComponent().appendingPathComponent("Tests/hostile-statements.txt")
        let shared = ((try? String(contentsOf: url, encoding: .utf8)) ?? "").components(separatedBy: "\n----\n")
            .map { $0.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "\n") }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
        return shared + hostileStatements.filter { !shared.contains($0) }
    }()

    /// Refusals that SQLite makes itself, before the authorizer is asked; they are reported as they are.
    static let sqliteRefusals = ["no such function", "may not be modified", "no such table: sqlite_stat1", "unknown database"]

    @Test func writesAreRefusedAndTheFileIsUnchanged() throws {
        let workspace = try Workspace()
        let before = try Data(contentsOf: workspace.databaseURL)
        #expect(SQLCommandTests.allHostileStatements.count >= 60)
        for statement in SQLCommandTests.allHostileStatements {
            // SQL that starts with "--" (a comment) comes after the "--" that ends the options.
            let result = try workspace.run(["sql", "--db", Workspace.databaseName, "--", statement], database: false)
            #expect(result.status == 1, "\(statement) exited \(result.status)")
            #expect(result.error.contains("refused") || SQLCommandTests.sqliteRefusals.contains { result.error.contains($0) },
                    "\(statement): \(result.error)")
            #expect(result.output.isEmpty)
        }
        #expect(try Data(contentsOf: workspace.databaseURL) == before)
        #expect(!workspace.fileExists("copy.sqlite"))
        #expect(!workspace.fileExists("other.sqlite"))
        // The refusal names what was refused.
        #expect(try workspace.run("sql", "PRAGMA user_version = 1").error.contains("PRAGMA user_version = 1"))
        #expect(try workspace.run("sql", "DROP TABLE quotes").error.contains("DROP TABLE quotes"))
        #expect(try workspace.run("sql", "ATTACH 'other.sqlite' AS other").error.contains("ATTACH"))
    }

    @Test func readOnlyPragmasAndTableValuedFunctionsWork() throws {
        let workspace = try Workspace()
        for query in ["SELECT name FROM pragma_table_info('quotes')", "PRAGMA table_info(quotes)", "PRAGMA user_version",
                      "SELECT * FROM json_each('[1, 2]')", "SELECT * FROM pragma_index_list('quotes')",
                      "SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'copper'"] {
            let result = try workspace.run("sql", query)
            #expect(result.status == 0, "\(query): \(result.error)")
        }
    }

    @Test func runawayQueryStopsAtTheTimeLimit() throws {
        let workspace = try Workspace()
        let started = Date()
        let result = try workspace.run("sql", "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c",
                                       "--timeout", "0.5")
        #expect(result.status == 1)
        #expect(result.error.contains("time limit"))
        #expect(result.error.contains("--timeout"))
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func sqlFromStandardInput() throws {
        let workspace = try Workspace()
        let script = workspace.directory.appendingPathComponent("query.sql")
        try Data("-- the Chinese firms\nSELECT DISTINCT organisation FROM firm_presence WHERE within = :p ORDER BY 1\n".utf8).write(to: script)
        let result = try workspace.run(["sql", "-", "-p", "p", "Pakistan", "--format", "csv"], standardInput: script)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "organisation\n\"Barrick Mining Corporation\"\n\"Example Ironworks Ltd\"\n\"Example Sino Resources Pakistan (Pvt) Ltd\"\n"
                + "\"Indus Example Minerals Ltd\"\n\"Jiaozuo Creation Heavy Industry Co Ltd\"\n")
    }

    @Test func sqlErrorsAreUserErrors() throws {
        let workspace = try Workspace()
        let syntax = try workspace.run("sql", "SELEC 1")
        #expect(syntax.status == 1)
        #expect(syntax.error.contains("syntax error"))
        let table = try workspace.run("sql", "SELECT * FROM nowhere")
        #expect(table.status == 1)
        #expect(table.error.contains("no such table"))
    }
}
