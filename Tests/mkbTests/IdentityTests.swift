import Foundation
import Testing

/// One entity per real thing, sources never confused, re-imports that replace, nothing invented:
/// issue 11, end to end through `mkb`.
@Suite struct IdentityTests {
    /// Writes `json` as `name` in the workspace; returns its path.
    static func write(_ json: String, as name: String, in workspace: Workspace) throws -> String {
        let url = workspace.directory.appendingPathComponent(name)
        try Data(json.utf8).write(to: url)
        return url.path
    }

    static let aliMalik = #"""
        {"source": {"title": "Minister visits Karachi", "publisher": "Dawn", "published": "2026-02-01"},
         "organisations": ["Dawn"],
         "people": [{"name": "Ali Pervaiz Malik", "aliases": ["Malik"]}],
         "links": [{"from": "Malik", "relation": "works_at", "to": "Dawn", "role": "columnist"}]}
        """#

    static func musadikMalik(ids: String = "") -> String {
        """
        {"source": {"title": "Petroleum minister speaks", "publisher": "Dawn", "published": "2026-02-01"},
         "organisations": ["Dawn"],
         "people": [{"name": "Musadik Malik", "aliases": ["Malik"]\(ids)}],
         "quotes": [{"speaker": "Malik", "text": "We will auction new blocks."}]}
        """
    }

    /// Runs `mkb sql` and returns its CSV output, lines ended by "\n" (CSV ends them with "\r\n").
    /// The rows of `mkb sql --format csv` (sqlite3's CSV, which quotes any field with a space or a
    /// non-ASCII letter), with the quotes taken off again: "name\nJC Heavy\n".
    static func csv(_ workspace: Workspace, _ sql: String) throws -> String {
        let result = try workspace.run("sql", sql, "--format", "csv")
        #expect(result.status == 0, "\(result.error)")
        let characters = Array(lines(result.output))
        var text = ""
        var inQuotes = false
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if inQuotes && character == "\"" && index + 1 < characters.count && characters[index + 1] == "\"" {
                text.append("\"")
                index += 2
                continue
            }
            if character == "\"" { inQuotes.toggle() } else { text.append(character) }
            index += 1
        }
        return text
    }

    /// `text` with "\r\n" line ends made "\n".
    static func lines(_ text: String) -> String { text.replacingOccurrences(of: "\r\n", with: "\n") }

    @Test func aSharedAliasIsRefusedWithItsCandidatesUntilIdentifiersTellThemApart() throws {
        let workspace = try Workspace(withFixtures: false)
        let ali = try IdentityTests.write(IdentityTests.aliMalik, as: "ali.json", in: workspace)
        #expect(try workspace.run("import", ali).status == 0)
        let before = try workspace.run("stats", "--format", "csv").output

        let musadik = try IdentityTests.write(IdentityTests.musadikMalik(), as: "musadik.json", in: workspace)
        let refused = try workspace.run("import", musadik)
        #expect(refused.status == 1)
        #expect(refused.error.contains("musadik.json: $.people[0].aliases[0]"))
        #expect(refused.error.contains(#"the name "Malik" already belongs to another person"#))
        // The candidate with its kind, name, id and what tells it apart.
        #expect(refused.error.range(of: #"Ali Pervaiz Malik — person, columnist, Dawn \(id \d+\)"#, options: .regularExpression) != nil)
        #expect(try workspace.run("stats", "--format", "csv").output == before)

        let withIDs = try IdentityTests.write(IdentityTests.musadikMalik(ids: #", "ids": ["wikidata:Q6943236"]"#), as: "musadik-ids.json", in: workspace)
        let accepted = try workspace.run("import", withIDs)
        #expect(accepted.status == 0, "\(accepted.error)")
        #expect(accepted.output.contains("+ Musadik Malik (person)"))
        #expect(try IdentityTests.csv(workspace, "SELECT name FROM people ORDER BY name") == "name\nAli Pervaiz Malik\nMusadik Malik\n")
        // The document's own "Malik" is its Musadik Malik; the base's "Malik" is now ambiguous.
        #expect(try IdentityTests.csv(workspace, "SELECT speaker FROM quote_details") == "speaker\nMusadik Malik\n")
        let ambiguous = try workspace.run("report", "Malik")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.error.contains("wikidata:Q6943236"))
        // A reference by identifier wins over names, in documents and on the command line.
        let report = try workspace.run("report", "wikidata:Q6943236")
        #expect(report.status == 0)
        #expect(report.output.hasPrefix("Musadik Malik — person"))
        #expect(try IdentityTests.csv(workspace, "SELECT scheme, value FROM identifiers WHERE source_id IS NOT NULL") == "scheme,value\nwikidata,Q6943236\n")
    }

    @Test func anAmbiguousNameInADeclarationIsALocatedErrorAndAnIdentifierResolvesIt() throws {
        let workspace = try Workspace(withFixtures: false)
        let first = try IdentityTests.write(#"""
            {"source": {"url": "https://example.com/1"},
             "organisations": [{"name": "Lucky Minerals", "ids": ["lei:111"]}, {"name": "Lucky Minerals Ltd", "aliases": ["Lucky"]}]}
            """#, as: "first.json", in: workspace)
        #expect(try workspace.run("import", first).status == 0)
        let second = try IdentityTests.write(#"""
            {"source": {"url": "https://example.com/2"},
             "organisations": [{"name": "Lucky Minerals", "aliases": ["Lucky Minerals Ltd"]}]}
            """#, as: "second.json", in: workspace)
        let refused = try workspace.run("import", second)
        #expect(refused.status == 1)
        #expect(refused.error.contains("second.json: $.organisations[0].name"))
        #expect(refused.error.contains("\"Lucky Minerals\" is ambiguous"))
        #expect(refused.error.contains("lei:111"))
        let third = try IdentityTests.write(#"""
            {"source": {"url": "https://example.com/3"},
             "organisations": [{"name": "Lucky Minerals", "aliases": ["Lucky Minerals Ltd"], "ids": ["LEI:111"]}],
             "links": [{"from": "lei:111", "relation": "operates_in", "to": "Pakistan"}]}
            """#, as: "third.json", in: workspace)
        let accepted = try workspace.run("import", third)
        #expect(accepted.status == 0, "\(accepted.error)")
        #expect(accepted.output.contains(#""Lucky Minerals" is Lucky Minerals (organisation #"#))
        #expect(accepted.output.contains("by identifier"))
        #expect(try IdentityTests.csv(workspace, "SELECT organisation FROM firm_presence WHERE within = 'Pakistan'") == "organisation\nLucky Minerals\n")
    }

    @Test func aUniqueMatchByNameStillMergesAndTheSummarySaysSo() throws {
        let workspace = try Workspace()
        let again = try IdentityTests.write(#"""
            {"source": {"url": "https://example.com/jchi"},
             "organisations": [{"name": "Jiaozuo Creation Heavy Industry", "aliases": ["JCHI Henan"]}]}
            """#, as: "again.json", in: workspace)
        let result = try workspace.run("import", again)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains(#"= "Jiaozuo Creation Heavy Industry" is Jiaozuo Creation Heavy Industry Co Ltd (organisation #"#))
        #expect(result.output.contains("by name"))
        #expect(result.output.contains(#"= "JCHI Henan" → Jiaozuo Creation Heavy Industry Co Ltd"#))
    }

    @Test func twoArticlesOfOneOutletOnOneDayStayTwoSources() throws {
        let workspace = try Workspace(withFixtures: false)
        let ali = try IdentityTests.write(IdentityTests.aliMalik, as: "ali.json", in: workspace)
        let other = try IdentityTests.write(#"""
            {"source": {"title": "Copper prices climb", "publisher": "Dawn", "published": "2026-02-01"},
             "organisations": [{"name": "Saindak Metals", "type": "state enterprise"}]}
            """#, as: "other.json", in: workspace)
        #expect(try workspace.run("import", ali, other).status == 0)
        #expect(try IdentityTests.csv(workspace, "SELECT label FROM sources ORDER BY id") == "label\nMinister visits Karachi\nCopper prices climb\n")
        #expect(try IdentityTests.csv(workspace, "SELECT s.label FROM entity_sources AS es JOIN sources AS s ON s.id = es.source_id JOIN entities AS e ON e.id = es.entity_id WHERE e.name = 'Saindak Metals'")
            == "label\nCopper prices climb\n")

        // Without url, reference or title a source cannot be told apart: refused.
        let untitled = try IdentityTests.write(#"{"source": {"publisher": "Dawn", "published": "2026-02-01"}, "people": ["Someone"]}"#,
                                               as: "untitled.json", in: workspace)
        let refused = try workspace.run("import", untitled)
        #expect(refused.status == 1)
        #expect(refused.error.contains("untitled.json: $.source: a source needs a url, a reference or a title"))
    }

    @Test func anEditedDocumentReplacesItsFactsAndPrintsTheDifference() throws {
        let workspace = try Workspace()
        let original = try Data(contentsOf: MKB.fixtures.appendingPathComponent("000_aaa72656d35a8edd.json"))
        guard var document = try JSONSerialization.jsonObject(with: original) as? [String: Any],
              var links = document["links"] as? [[String: Any]], var quotes = document["quotes"] as? [[String: Any]] else {
            Issue.record("the seed fixture is not a document")
            return
        }
        let dropped = links.removeFirst()
        // A link the other fixture backs too: it must stay, with that source only.
        links.removeAll { ($0["from"] as? String)?.hasPrefix("Jiaozuo") == true && $0["relation"] as? String == "based_in" }
        links.append(["from": "Min Ziheng", "relation": "attended", "to": "Pak–China Mineral Cooperation Forum", "role": "delegate"])
        let withEvidence = try #require(links.firstIndex { $0["evidence"] != nil })
        links[withEvidence]["evidence"] = "Another sentence of the article."
        quotes[0]["said_on"] = "2026-01-28"
        let droppedQuote = quotes.remove(at: 1)
        document["links"] = links
        document["quotes"] = quotes
        let edited = workspace.directory.appendingPathComponent("edited.json")
        try JSONSerialization.data(withJSONObject: document).write(to: edited)
        let before = try workspace.run("stats", "--format", "csv").output

        let dryRun = try workspace.run("import", "--dry-run", edited.path)
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(try workspace.run("stats", "--format", "csv").output == before)
        let result = try workspace.run("import", edited.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("re-imported from \(edited.path): 1 added, 3 removed, 2 changed"))
        #expect(result.output.contains("- link: \(dropped["from"] as? String ?? "?") is based in"))
        #expect(result.output.contains("- quote: Min Ziheng: “\(String((droppedQuote["text"] as? String ?? "").prefix(40)))"))
        // The dry run printed the same difference.
        #expect(dryRun.output.split(separator: "\n").dropFirst().joined() == result.output.split(separator: "\n").dropFirst().joined())
        #expect(try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM links WHERE relation = 'attended' AND role = 'delegate'") == "n\n1\n")
        #expect(try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM quotes WHERE text = '\((droppedQuote["text"] as? String ?? "").replacingOccurrences(of: "'", with: "''"))'") == "n\n0\n")
        #expect(result.output.contains("~ evidence of the link "))
        #expect(result.output.contains("- citation of a link other sources still back: Jiaozuo Creation Heavy Industry Co Ltd is based in China"))
        #expect(try IdentityTests.csv(workspace, """
            SELECT s.reference FROM link_details AS l JOIN sources AS s ON s.id = l.source_id
            WHERE l.relation = 'based_in' AND l.from_name LIKE 'Jiaozuo%'
            """) == "reference\nfixtures/001_illustrative_overlap\n")
        #expect(try workspace.run("check").status == 0)
        #expect(try workspace.run("log").output.contains("re-imported from"))

        let again = try workspace.run("import", edited.path)
        #expect(again.output.contains("nothing new"))
    }

    @Test func aQuoteWithoutADateHasNoneAndReportsShowTheSourcesDate() throws {
        let workspace = try Workspace()
        // No quote of the seed article gives a date: none may carry one.
        #expect(try IdentityTests.csv(workspace, "SELECT count(*) AS n FROM quotes WHERE said_on IS NOT NULL") == "n\n0\n")
        let report = try workspace.run("report", "Min Ziheng")
        #expect(report.output.contains("date not given, source published 2026-01-29, Min Ziheng"))
        let quotes = try workspace.run("quotes", "--by", "Min Ziheng", "--format", "csv")
        #expect(quotes.output.hasPrefix("said_on,speaker"))
        #expect(quotes.output.contains(",published_on"))
        // The seed article's quotes (fixture 002 quotes him too, in a source of its own date).
        let seed = IdentityTests.lines(quotes.output).split(separator: "\n").dropFirst().filter { !$0.contains("Illustrative fixture") }
        #expect(seed.count == 10 && seed.allSatisfy { $0.hasPrefix(",Min Ziheng") && $0.hasSuffix(",2026-01-29") })
    }
}
