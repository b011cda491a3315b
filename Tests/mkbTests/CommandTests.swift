import Foundation
import Testing

/// init, import, firms, report, quotes, path, schema, stats, check and export, in every format they take.
@Suite struct CommandTests {
    // MARK: - init and import

    @Test func initCreatesThenLeavesAnUpToDateDatabase() throws {
        let workspace = try Workspace(withFixtures: false)
        let created = try workspace.run("init")
        #expect(created.status == 0)
        #expect(created.output.contains("created"))
        let again = try workspace.run("init")
        #expect(again.status == 0)
        #expect(again.output.contains("is ready"))
        #expect(try workspace.run("check").status == 0)
    }

    @Test func importIsIdempotentAndDryRunWritesNothing() throws {
        let workspace = try Workspace(withFixtures: false)
        let dryRun = try workspace.run("import", "--dry-run", MKB.fixtures.path)
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(dryRun.output.contains("dry run"))
        #expect(dryRun.output.contains("Jiaozuo Creation Heavy Industry Co Ltd"))
        #expect(!workspace.fileExists(Workspace.databaseName))

        let first = try workspace.run("import", MKB.fixtures.path)
        #expect(first.status == 0)
        #expect(first.output.contains("imported 2 documents"))
        #expect(first.output.contains("names merged into existing entities: 2"))
        // Not a terminal: no progress bar on standard error.
        #expect(!first.error.contains("["))

        let second = try workspace.run("import", MKB.fixtures.path)
        #expect(second.status == 0)
        #expect(second.output.contains("nothing new"))
    }

    @Test func aBadDocumentIsExplainedAndWritesNothing() throws {
        let workspace = try Workspace()
        let before = try workspace.run("stats", "--format", "csv").output
        let bad = workspace.directory.appendingPathComponent("bad.json")
        try Data(#"{"source": {"type": "article"}, "links": [{"from": "Nobody Known", "relation": "works_at", "to": "Karachi"}]}"#.utf8)
            .write(to: bad)
        let result = try workspace.run("import", MKB.fixtures.path, bad.path)
        #expect(result.status == 1)
        #expect(result.error.contains("bad.json"))
        #expect(result.error.contains("nothing was written"))
        #expect(try workspace.run("stats", "--format", "csv").output == before)

        let missing = try workspace.run("import", "no-such-file.json")
        #expect(missing.status == 1)
        #expect(missing.error.contains("no-such-file.json"))
    }

    // MARK: - firms

    @Test(arguments: ["table", "csv", "json", "jsonl", "markdown"])
    func firmsInEveryFormat(_ format: String) throws {
        let workspace = try Workspace()
        let result = try workspace.run("firms", "--active-in", "Pakistan", "--from", "China", "--format", format)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Jiaozuo Creation Heavy Industry Co Ltd"))
        switch format {
        case "csv":
            #expect(result.output.hasPrefix(
                "organisation,organisation_type,from,presence,detail,place,since,since_qualifier,until,until_qualifier,status,sources\r\n"))
        case "json":
            let rows = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
            #expect(rows.contains { $0["organisation"] as? String == "Jiaozuo Creation Heavy Industry Co Ltd" })
            #expect(rows.allSatisfy { $0["sources"] is [Any] })
        case "jsonl":
            for line in result.output.split(separator: "\n") {
                #expect(try JSONSerialization.jsonObject(with: Data(line.utf8)) is [String: Any])
            }
        case "markdown":
            #expect(result.output.hasPrefix("| organisation"))
        default:
            #expect(result.output.contains("2006   before"))
            #expect(result.output.contains("Karachi"))
        }
    }

    @Test func firmsFiltersAndErrors() throws {
        let workspace = try Workspace()
        let copper = try workspace.run("firms", "--active-in", "Pakistan", "--mineral", "copper", "--format", "csv")
        #expect(copper.status == 0)
        #expect(copper.output.contains("Jiaozuo"))
        let unknown = try workspace.run("firms", "--active-in", "Atlantis")
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("Atlantis"))
        let badDate = try workspace.run("firms", "--active-in", "Pakistan", "--as-of", "2026-13-45")
        #expect(badDate.status == 2)
        let badStatus = try workspace.run("firms", "--active-in", "Pakistan", "--status", "sometimes")
        #expect(badStatus.status == 2)
    }

    // MARK: - report

    @Test func reportAsTextMarkdownAndJSON() throws {
        let workspace = try Workspace()
        let text = try workspace.run("report", "JCHI")
        #expect(text.status == 0, "\(text.error)")
        #expect(text.output.hasPrefix("Jiaozuo Creation Heavy Industry Co Ltd — organisation"))
        #expect(text.output.contains("Karachi"))
        #expect(text.output.contains("Associated Press of Pakistan"))

        let markdown = try workspace.run("report", "Jiaozuo Creation", "--format", "markdown", "--depth", "2")
        #expect(markdown.status == 0)
        #expect(markdown.output.hasPrefix("# Jiaozuo Creation Heavy Industry Co Ltd"))
        #expect(markdown.output.contains("## Presence"))
        #expect(markdown.output.contains("## Within 2 steps"))

        let json = try workspace.run("report", "Karachi", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any])
        #expect((object["entity"] as? [String: Any])?["name"] as? String == "Karachi")
    }

    @Test func ambiguousAndUnknownNamesListCandidatesAndExitOne() throws {
        let workspace = try Workspace()
        let ambiguous = try workspace.run("report", "Punjab")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error.contains("ambiguous"))
        #expect(ambiguous.error.contains("Pakistan"))
        #expect(ambiguous.error.contains("India"))
        #expect(ambiguous.output.isEmpty)

        let unknown = try workspace.run("report", "Atlantis Mining Corp")
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("no entity named"))

        let badDepth = try workspace.run("report", "Karachi", "--depth", "9")
        #expect(badDepth.status == 2)  // out of range: a usage error
        #expect(badDepth.error.contains("depth"))
    }

    // MARK: - quotes and path

    @Test(arguments: ["table", "csv", "json", "jsonl", "markdown"])
    func quotesInEveryFormat(_ format: String) throws {
        let workspace = try Workspace()
        let result = try workspace.run("quotes", "--at", "Pak-China Mineral Cooperation Forum", "--mentions", "copper", "--format", format)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Min Ziheng"))
        #expect(result.output.contains("copper"))
        if format == "json" {
            let rows = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
            #expect(!rows.isEmpty)
        }
    }

    @Test func quoteSearchAndDates() throws {
        let workspace = try Workspace()
        let search = try workspace.run("quotes", "--search", "mining equipment", "--format", "csv")
        #expect(search.status == 0)
        #expect(search.output.contains("match"))
        #expect(search.output.contains("["))
        let later = try workspace.run("quotes", "--since", "2030", "--format", "json")
        #expect(later.status == 0)
        #expect(later.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        #expect(try workspace.run("quotes", "--since", "yesterday").status == 2)
    }

    @Test(arguments: ["table", "csv", "json", "jsonl", "markdown"])
    func pathInEveryFormat(_ format: String) throws {
        let workspace = try Workspace()
        let result = try workspace.run("path", "Min Ziheng", "Karachi", "--format", format)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("works_at"))
        #expect(result.output.contains("has_office_in"))
        if format == "json" {
            let steps = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
            #expect(steps.count == 2)
        }
    }

    @Test func noPathExitsOne() throws {
        let workspace = try Workspace()
        let result = try workspace.run("path", "Min Ziheng", "Sindh", "--max-depth", "1")
        #expect(result.status == 1)
        #expect(result.error.contains("--max-depth"))
    }

    // MARK: - schema, stats, check

    @Test(arguments: ["table", "csv", "json", "jsonl", "markdown"])
    func schemaInEveryFormat(_ format: String) throws {
        let workspace = try Workspace()
        let result = try workspace.run("schema", "--format", format)
        #expect(result.status == 0, "\(result.error)")
        for name in ["quotes", "quotes_fts", "firm_presence", "quote_details", "edges", "speaker_role"] {
            #expect(result.output.contains(name), "\(name) missing")
        }
        #expect(!result.output.contains("sqlite_"))
        #expect(!result.output.contains("quotes_fts_data"))
        if format == "json" {
            let rows = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
            let quotes = try #require(rows.first { $0["table"] as? String == "quotes" })
            #expect(quotes["kind"] as? String == "table")
        }
        let one = try workspace.run("schema", "--table", "nowhere")
        #expect(one.status == 1)
    }

    @Test(arguments: ["table", "csv", "json", "jsonl", "markdown"])
    func statsInEveryFormat(_ format: String) throws {
        let workspace = try Workspace()
        let result = try workspace.run("stats", "--format", format)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("quotes"))
        if format == "json" {
            let rows = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
            #expect(rows.first { $0["table"] as? String == "quotes" }?["rows"] as? Int == 10)
        }
    }

    @Test func checkPassesThenFindsDamage() throws {
        try #require(SQLite3Shell.isInstalled)
        let workspace = try Workspace()
        let good = try workspace.run("check")
        #expect(good.status == 0, "\(good.error)")
        #expect(good.error.contains("ok"))

        // Damage it behind mkb's back: an index entry with no quote, a person without its row.
        try SQLite3Shell.execute("""
            INSERT INTO quotes_fts(rowid, text) VALUES (999, 'bogus words');
            PRAGMA foreign_keys = OFF; DELETE FROM people;
            """, database: workspace.databaseURL)
        let bad = try workspace.run("check", "--format", "csv")
        #expect(bad.status == 1)
        #expect(bad.output.contains("full-text index"))
        #expect(bad.output.contains("foreign keys"))
        #expect(bad.output.contains("has no row in people"))
    }

    // MARK: - export

    @Test func exportedDocumentsImportIntoTheSameCounts() throws {
        let workspace = try Workspace()
        let exported = try workspace.run("export", "--format", "json", "--output", "documents")
        #expect(exported.status == 0, "\(exported.error)")
        let fresh = try MKB.run(["import", "documents", "--db", "again.sqlite"], in: workspace.directory)
        #expect(fresh.status == 0, "\(fresh.error)")
        let original = try workspace.run("stats", "--format", "csv")
        let rebuilt = try workspace.run("stats", "--format", "csv", "--db", "again.sqlite", database: false)
        #expect(original.output == rebuilt.output)
    }

    @Test func exportCSVAndDOT() throws {
        let workspace = try Workspace()
        let csv = try workspace.run("export", "--format", "csv", "--output", "tables")
        #expect(csv.status == 0, "\(csv.error)")
        let quotes = try String(contentsOf: workspace.directory.appendingPathComponent("tables/quotes.csv"), encoding: .utf8)
        #expect(quotes.hasPrefix("id,"))
        #expect(quotes.contains("\r\n"))

        let dot = try workspace.run("export", "--format", "dot", "--entity", "Karachi", "--depth", "2")
        #expect(dot.status == 0)
        #expect(dot.output.hasPrefix("digraph"))
        #expect(dot.output.contains("Jiaozuo Creation Heavy Industry Co Ltd"))

        let needsOutput = try workspace.run("export", "--format", "json")
        #expect(needsOutput.status == 2)
    }
}
