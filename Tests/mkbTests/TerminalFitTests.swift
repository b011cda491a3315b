import Foundation
import Testing

/// Issue 13.1: tables fit the terminal, are whole in files and pipes, and can be chosen or widened.
@Suite struct TerminalFitTests {
    @Test(arguments: [["firms", "--active-in", "Pakistan"], ["quotes"], ["quotes", "--search", "mineral resources"],
                      ["path", "Min Ziheng", "Example Valley Copper Project"], ["schema"], ["stats"],
                      ["sql", "SELECT * FROM quote_details"]])
    func tablesFitAnEightyColumnTerminal(_ arguments: [String]) throws {
        let workspace = try Workspace()
        let screen = try TerminalRun.run(TerminalRun.shellLine(["mkb"] + arguments + ["--db", Workspace.databaseName]),
                                         in: workspace.directory, columns: 80)
        #expect(screen.status == 0, "\(screen.text)")
        #expect(screen.linesWider(than: 80).isEmpty, "\(screen.linesWider(than: 80))")
        let narrow = try TerminalRun.run(TerminalRun.shellLine(["mkb"] + arguments + ["--db", Workspace.databaseName]),
                                         in: workspace.directory, columns: 50)
        #expect(narrow.linesWider(than: 50).isEmpty, "\(narrow.linesWider(than: 50))")
    }

    @Test func aNarrowTerminalWrapsCellsAndNamesTheColumnsLeftOut() throws {
        let workspace = try Workspace()
        let screen = try TerminalRun.run("mkb firms --active-in Pakistan --db kb.sqlite", in: workspace.directory, columns: 80)
        let header = try #require(screen.lines.first)
        for column in ["organisation", "presence", "place", "since"] { #expect(header.contains(column)) }
        // The firm's 38-character name wraps within its column: its last words start a line of their own.
        #expect(screen.lines.contains { $0.hasPrefix("Heavy Industry") })
        #expect(screen.text.contains("not shown, to fit: organisation_type"))
        // Rows of several lines are set apart by an empty line.
        #expect(screen.lines.contains(""))
    }

    @Test func filesAndPipesGetEveryColumnOnOneLinePerRow() throws {
        let workspace = try Workspace()
        // COLUMNS says 80, but standard output is a file: nothing is wrapped or left out.
        let file = try workspace.run("firms", "--active-in", "Pakistan", environment: ["COLUMNS": "80"])
        let lines = file.output.split(separator: "\n")
        #expect(lines.count == 2 + 4)  // header, rule, four presences
        #expect(lines.contains { $0.count > 200 })
        #expect(lines[0].hasPrefix("organisation"))
        #expect(lines[0].hasSuffix("sources"))
        #expect(file.error.isEmpty)
        let piped = try TerminalRun.run("mkb firms --active-in Pakistan --db kb.sqlite | cat", in: workspace.directory, columns: 80)
        #expect(piped.lines.contains { $0.count > 200 })
    }

    @Test func wideShowsEveryColumnInFullAtATerminal() throws {
        let workspace = try Workspace()
        let screen = try TerminalRun.run("mkb firms --active-in Pakistan --wide --db kb.sqlite", in: workspace.directory, columns: 80)
        let header = try #require(screen.lines.first)
        for column in ["organisation_id", "organisation_type", "place_id", "until_qualifier", "sources"] { #expect(header.contains(column)) }
        #expect(screen.lines.filter { $0.contains("Jiaozuo Creation Heavy Industry Co Ltd") }.count == 4)
    }

    @Test(arguments: ["table", "csv", "json", "jsonl", "markdown"])
    func columnsChoosesTheColumnsInEveryFormat(_ format: String) throws {
        let workspace = try Workspace()
        let result = try workspace.run("firms", "--active-in", "Pakistan", "--columns", "since,organisation_id,place", "--format", format)
        #expect(result.status == 0, "\(result.error)")
        switch format {
        case "json":
            let rows = try #require(try JSONSerialization.jsonObject(with: result.standardOutput) as? [[String: Any]])
            #expect(rows.count == 4)
            #expect(rows.allSatisfy { Set($0.keys) == ["since", "organisation_id", "place"] })
        case "jsonl":
            #expect(result.output.split(separator: "\n").allSatisfy { $0.hasPrefix(#"{"since":"#) })
        case "csv": #expect(result.output.hasPrefix("since,organisation_id,place\r\n"))
        case "markdown": #expect(result.output.hasPrefix("| since"))
        default: #expect(result.output.hasPrefix("since  organisation_id  place\n"))
        }
    }

    @Test func anUnknownColumnIsAUsageErrorThatListsThem() throws {
        let workspace = try Workspace()
        let result = try workspace.run("firms", "--active-in", "Pakistan", "--columns", "organisation,colour")
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("error: no column named \"colour\"; choose from: organisation, organisation_id"))
        #expect(result.output.isEmpty)
    }

    @Test func noHeadersLeavesOutTheHeaderInTableAndCSV() throws {
        let workspace = try Workspace()
        let csv = try workspace.run("stats", "--format", "csv", "--no-headers")
        #expect(!csv.output.contains("table,kind,rows"))
        #expect(csv.output.hasPrefix("aliases,table,"))
        let table = try workspace.run("sql", "SELECT 1 AS one, 'x' AS two", "--no-headers")
        #expect(table.output == "1  x\n")
        let json = try workspace.run("stats", "--format", "json", "--no-headers")
        #expect(json.status == 2)
        #expect(json.error.hasPrefix("error: --no-headers works with --format table or csv"))
    }

    @Test func searchResultsShowTheHitOnce() throws {
        let workspace = try Workspace()
        let table = try workspace.run("quotes", "--search", "vast mineral resources")
        #expect(table.status == 0)
        // The quote's words appear once, with the hits marked, not once plain and once marked.
        #expect(table.output.components(separatedBy: "accumulated experience").count == 2)
        #expect(table.output.contains("[vast] [mineral] [resources]"))
        // The whole quote, not a cut passage.
        #expect(table.output.contains("mining engineering and equipment"))
        let csv = try workspace.run("quotes", "--search", "vast mineral resources", "--format", "csv")
        let header = try #require(csv.output.split(separator: "\r\n").first)
        #expect(header == "said_on,speaker,speaker_role,organisation,forum,form,match,source,published_on")
    }
}
