import Foundation
import Testing

/// What a document may and may not do to the base, tried through `mkb import` as a user meets it:
/// every refusal names the file, the JSON path and what is wrong, exits 1 and leaves the base as it was.
@Suite struct ImportTrustTests {
    /// Writes `json` as `name` in the workspace and returns its path.
    private func document(_ workspace: Workspace, _ name: String, _ json: String) throws -> String {
        let url = workspace.directory.appendingPathComponent(name)
        try Data(json.utf8).write(to: url)
        return url.path
    }

    private func stats(_ workspace: Workspace) throws -> String { try workspace.run("stats", "--format", "csv").output }

    /// The rows of `mkb sql --format csv` without its header, unquoted (sqlite3's CSV quotes a field with a space).
    private func sql(_ workspace: Workspace, _ query: String) throws -> String {
        try IdentityTests.csv(workspace, query).split(whereSeparator: \.isNewline).dropFirst().joined(separator: "\n")
    }

    // MARK: - Every problem in one run (issue 13, item 3)

    @Test func everyProblemOfEveryDocumentIsReportedInTheFirstRun() throws {
        let workspace = try Workspace()
        let before = try stats(workspace)
        let bad = try document(workspace, "bad.json", """
            {"source": {"title": "Three kinds of mistake", "publisher": "Undeclared Press", "published": "2026-02-30"},
             "organisations": ["Mistaken Mining Ltd"],
             "links": [{"from": "Mistaken Mining Ltd", "relation": "operates_in", "to": "Atlantis"},
                       {"from": "Mistaken Mining Ltd", "relation": "digs_in", "to": "Pakistan"},
                       {"from": "Mistaken Mining Ltd", "relation": "operates_in", "to": "Pakistan", "since": "20x6"}],
             "quotes": [{"text": "We dig.", "speaker": "Nobody Known"}]}
            """)
        let other = try document(workspace, "other.json", """
            {"source": {"title": "Another"}, "links": [{"from": "Jiaozuo Creation Heavy Industry", "relation": "has_office_in", "to": "Nowhere Town"}]}
            """)
        let result = try workspace.run("import", bad, other)
        #expect(result.status == 1)
        for expected in ["bad.json: $.source.published:", "bad.json: $.source.publisher: no organisation named \"Undeclared Press\"",
                         "bad.json: $.links[0].to: no place named \"Atlantis\"", "bad.json: $.links[1].relation: unknown relation \"digs_in\"",
                         "bad.json: $.links[2].since:", "bad.json: $.quotes[0].speaker: no organisation or person named \"Nobody Known\"",
                         "other.json: $.links[0].to: no place named \"Nowhere Town\""] {
            #expect(result.error.contains(expected), "missing \(expected) in:\n\(result.error)")
        }
        #expect(result.error.contains("7 problems"), "\(result.error)")
        #expect(try stats(workspace) == before)
    }

    // MARK: - Places stay where they are (issue 9, item 5)

    @Test func aDocumentNeverMovesAPlace() throws {
        let workspace = try Workspace()
        let before = try stats(workspace)
        let parents = "SELECT p.name, w.name FROM places AS p LEFT JOIN places AS w ON w.id = p.parent_id WHERE p.name IN ('Pakistan', 'Karachi') ORDER BY p.name"
        let parentsBefore = try sql(workspace, parents)
        #expect(parentsBefore == "Karachi,Sindh\nPakistan,")
        let moves = try document(workspace, "moves.json", """
            {"source": {"title": "A map redrawn"},
             "places": [{"name": "Pakistan", "in": "India"}, {"name": "Karachi", "type": "city", "in": "Gujarat"}, {"name": "Sindh", "in": "Punjab, India"}]}
            """)
        let result = try workspace.run("import", moves)
        #expect(result.status == 1)
        #expect(result.error.contains("moves.json: $.places[0].in: \"Pakistan\" is known, and not inside \"India\""), "\(result.error)")
        #expect(result.error.contains("moves.json: $.places[1].in: \"Karachi\" is known, and not inside \"Gujar"), "\(result.error)")
        #expect(result.error.contains("does not move a place"), "\(result.error)")
        #expect(try sql(workspace, parents) == parentsBefore)
        #expect(try workspace.run("firms", "--active-in", "India", "--format", "csv").output.split(separator: "\n").count <= 1)
        #expect(try stats(workspace) == before)
    }

    @Test func aPlaceNotYetPlacedIsPlacedOnce() throws {
        let workspace = try Workspace()
        let first = try document(workspace, "first.json", #"{"source": {"title": "First"}, "places": ["Example Hamlet"]}"#)
        #expect(try workspace.run("import", first).status == 0)
        let second = try document(workspace, "second.json", #"{"source": {"title": "Second"}, "places": [{"name": "Example Hamlet", "in": "Sindh"}]}"#)
        #expect(try workspace.run("import", second).status == 0)
        #expect(try sql(workspace, "SELECT w.name FROM places AS p JOIN places AS w ON w.id = p.parent_id WHERE p.name = 'Example Hamlet'") == "Sindh")
        let third = try document(workspace, "third.json", #"{"source": {"title": "Third"}, "places": [{"name": "Example Hamlet", "in": "Punjab, Pakistan"}]}"#)
        let moved = try workspace.run("import", third)
        #expect(moved.status == 1)
        #expect(moved.error.contains("third.json: $.places[0].in:"), "\(moved.error)")
    }

    @Test func anAliasEqualToAnotherKindsNameLeavesTheFixturesImportable() throws {
        let workspace = try Workspace()
        let aliases = try document(workspace, "aliases.json", """
            {"source": {"title": "Odd aliases"},
             "organisations": [{"name": "Pakistan Holdings Ltd", "aliases": ["Pakistan"]}, {"name": "China Trading Co", "aliases": ["China"]},
                               {"name": "Copper Ventures Ltd", "aliases": ["copper"]}]}
            """)
        let imported = try workspace.run("import", aliases)
        #expect(imported.status == 0, "\(imported.error)")
        let again = try workspace.run("import", MKB.fixtures.path)
        #expect(again.status == 0, "\(again.error)")
        #expect(again.output.contains("nothing new"), "\(again.output)")
        let report = try workspace.run("report", "Pakistan", "--format", "json")
        #expect(report.status == 0, "\(report.error)")
        let json = try JSONSerialization.jsonObject(with: report.standardOutput) as? [String: Any]
        #expect((json?["entity"] as? [String: Any])?["kind"] as? String == "place", "\(report.output.prefix(300))")
        // A field of one kind looks up that kind; a field of any kind (a quote's mentions) takes the
        // entity whose own name it is over the one it is an alias of.
        let mentions = try document(workspace, "mentions.json", """
            {"source": {"title": "Mentions"}, "people": ["Example Speaker"],
             "quotes": [{"text": "Pakistan and China trade copper.", "speaker": "Example Speaker", "mentions": ["Pakistan", "China", "copper"]}],
             "links": [{"from": "Pakistan", "relation": "has_reserves_of", "to": "copper"}]}
            """)
        let result = try workspace.run("import", mentions)
        #expect(result.status == 0, "\(result.error)")
        #expect(try sql(workspace, """
            SELECT e.name || ' ' || e.kind FROM quote_mentions AS m JOIN quotes AS q ON q.id = m.quote_id JOIN entities AS e ON e.id = m.entity_id
            WHERE q.text = 'Pakistan and China trade copper.' ORDER BY e.name
            """) == "China place\nPakistan place\ncopper mineral")
    }

    // MARK: - Depth and cycles (issue 9, item 6 and smaller items)

    @Test func placesLieAtMostTwelveLevelsDeep() throws {
        let workspace = try Workspace()
        let before = try stats(workspace)
        // Sindh is level 2 (in Pakistan): Level 3 to Level 12 fit, Level 13 does not; 5,000 levels end quickly.
        var places = [#"{"name": "Level 3", "in": "Sindh"}"#]
        for level in 4...5_000 { places.append("{\"name\": \"Level \(level)\", \"in\": \"Level \(level - 1)\"}") }
        let deep = try document(workspace, "deep.json", "{\"source\": {\"title\": \"Deep\"}, \"places\": [\(places.joined(separator: ","))]}")
        let result = try workspace.run("import", deep)
        #expect(result.status == 1)
        #expect(result.error.contains("deep.json: $.places[10].in: places may lie at most 12 levels deep"), "\(result.error.prefix(500))")
        #expect(result.error.contains("\"Level 13\" would lie 13 levels deep"), "\(result.error.prefix(500))")
        #expect(!result.error.contains("$.places[11]"), "only the first place too deep is reported")
        #expect(try stats(workspace) == before)
        #expect((try FileManager.default.attributesOfItem(atPath: workspace.databaseURL.path)[.size] as? Int ?? 0) < 50_000_000)
    }

    @Test func placeCyclesAreLocated() throws {
        let workspace = try Workspace()
        let before = try stats(workspace)
        let inside = try document(workspace, "inside.json", """
            {"source": {"title": "Round"}, "places": [{"name": "Alpha Vale", "in": "Beta Vale"}, {"name": "Beta Vale", "in": "Alpha Vale"},
                                                      {"name": "Gamma Vale", "in": "Gamma Vale"}]}
            """)
        let one = try workspace.run("import", inside)
        #expect(one.status == 1)
        #expect(one.error.contains("inside.json: $.places[0].in: places in a cycle of \"in\": \"Alpha Vale\" in \"Beta Vale\" in \"Alpha Vale\""), "\(one.error)")
        #expect(one.error.contains("inside.json: $.places[1].in: places in a cycle"), "\(one.error)")
        #expect(one.error.contains("inside.json: $.places[2].in: a place cannot lie in itself"), "\(one.error)")
        #expect(!one.error.contains("no place named"), "\(one.error)")

        let first = try document(workspace, "first.json", #"{"source": {"title": "First"}, "places": ["Delta Vale", {"name": "Epsilon Vale", "in": "Delta Vale"}]}"#)
        let second = try document(workspace, "second.json", #"{"source": {"title": "Second"}, "places": [{"name": "Delta Vale", "in": "Epsilon Vale"}]}"#)
        let across = try workspace.run("import", first, second)
        #expect(across.status == 1)
        #expect(across.error.contains("second.json: $.places[0].in: \"Delta Vale\" cannot lie in \"Epsilon Vale\", which already lies in it"), "\(across.error)")
        #expect(!across.error.contains("SQLite error"), "\(across.error)")
        #expect(try stats(workspace) == before)
    }

    // MARK: - Values

    @Test func nulIsRefusedInEveryTextField() throws {
        let workspace = try Workspace()
        let before = try stats(workspace)
        let fields: [(json: String, path: String)] = [
            (#"{"source": {"title": "A\u0000B"}}"#, "$.source.title"),
            (#"{"source": {"title": "t", "url": "\u0000http://x"}}"#, "$.source.url"),
            (#"{"source": {"title": "t"}, "organisations": ["\u0000Firm"]}"#, "$.organisations[0]"),
            (#"{"source": {"title": "t"}, "organisations": [{"name": "Firm", "aliases": ["Fi\u0000rm"]}]}"#, "$.organisations[0].aliases[0]"),
            (#"{"source": {"title": "t"}, "people": [{"name": "P", "description": "x\u0000"}]}"#, "$.people[0].description"),
            (#"{"source": {"title": "t"}, "links": [{"from": "Min Ziheng", "relation": "works_at", "to": "JCHI", "role": "a\u0000b"}]}"#, "$.links[0].role"),
            (#"{"source": {"title": "t"}, "links": [{"from": "Min\u0000 Ziheng", "relation": "works_at", "to": "JCHI"}]}"#, "$.links[0].from"),
            (#"{"source": {"title": "t"}, "quotes": [{"text": "said\u0000"}]}"#, "$.quotes[0].text"),
        ]
        for (index, field) in fields.enumerated() {
            let path = try document(workspace, "nul\(index).json", field.json)
            let result = try workspace.run("import", path)
            #expect(result.status == 1)
            #expect(result.error.contains("nul\(index).json: \(field.path): expected text without NUL characters"), "\(result.error)")
            #expect(!result.error.contains("SQLite error"), "\(result.error)")
        }
        #expect(try stats(workspace) == before)
    }

    @Test func aShareOfMinusZeroIsTheSameClaimAsZero() throws {
        let workspace = try Workspace()
        let zero = try document(workspace, "zero.json", """
            {"source": {"title": "Zero"}, "links": [{"from": "JCHI", "relation": "owns", "to": "Example Valley Copper Project", "share_percent": 0}]}
            """)
        let minusZero = try document(workspace, "minus-zero.json", """
            {"source": {"title": "Minus zero"}, "links": [{"from": "JCHI", "relation": "owns", "to": "Example Valley Copper Project", "share_percent": -0.0}]}
            """)
        let result = try workspace.run("import", zero, minusZero)
        #expect(result.status == 0, "\(result.error)")
        #expect(try sql(workspace, """
            SELECT count(DISTINCT l.id), count(*), max(l.share_percent) FROM links AS l JOIN link_sources AS s ON s.link_id = l.id
            WHERE l.relation = 'owns' AND l.share_percent = 0
            """) == "1,2,0.0")
    }

    @Test func invisibleCharactersFoldAwayAndShowEscaped() throws {
        let workspace = try Workspace()
        let before = try sql(workspace, "SELECT count(*) FROM organisations")
        let joined = try document(workspace, "joined.json", #"{"source": {"title": "Joined"}, "organisations": ["Jiaozuo Cre\u200Dation Heavy Industry"]}"#)
        let merged = try workspace.run("import", joined)
        #expect(merged.status == 0, "\(merged.error)")
        #expect(try sql(workspace, "SELECT count(*) FROM organisations") == before, "a second firm that prints like the first")
        // A new name with invisible characters is stored as written, and shown with them escaped.
        let hidden = try document(workspace, "hidden.json", #"{"source": {"title": "Hidden"}, "organisations": ["Zer\u200Do\u00ADne Mining Ltd"]}"#)
        let created = try workspace.run("import", hidden)
        #expect(created.status == 0, "\(created.error)")
        #expect(created.output.contains(#"+ Zer\u{200D}o\u{AD}ne Mining Ltd (organisation)"#), "\(created.output)")
        #expect(!created.output.contains("\u{200D}") && !created.output.contains("\u{AD}"))
        #expect(try workspace.run("report", "Zerone Mining Ltd", "--format", "json").status == 0)
    }

    @Test func keysOfAnOlderNormaliserAreRenormalisedByTheNextImport() throws {
        guard SQLite3Shell.isInstalled else {
            Issue.record("the sqlite3 shell is missing (apt-get install sqlite3)")
            return
        }
        let workspace = try Workspace()
        #expect(try sql(workspace, "SELECT value FROM settings WHERE name = 'name_normaliser_version'") == "2")
        // A base whose keys the first normaliser made: it kept a zero-width joiner as a word break.
        let firm = try document(workspace, "firm.json", #"{"source": {"title": "Firm"}, "organisations": ["Zer\u200Do Example Ltd"]}"#)
        #expect(try workspace.run("import", firm).status == 0)
        try SQLite3Shell.execute("""
            UPDATE aliases SET normalised = 'zer o example ltd' WHERE normalised = 'zero example ltd';
            UPDATE settings SET value = 1 WHERE name = 'name_normaliser_version';
            """, database: workspace.databaseURL)
        let link = try document(workspace, "link.json", """
            {"source": {"title": "Link"}, "links": [{"from": "Zero Example Ltd", "relation": "operates_in", "to": "Pakistan"}]}
            """)
        let result = try workspace.run("import", link)
        #expect(result.status == 0, "\(result.error)")
        #expect(try sql(workspace, "SELECT value FROM settings WHERE name = 'name_normaliser_version'") == "2")
        #expect(try sql(workspace, "SELECT count(*) FROM aliases WHERE normalised = 'zer o example ltd'") == "0")
    }
}
