import Foundation
import Testing

/// What a careless or hostile user found on main, end to end through `mkb`: each test is one finding.
@Suite struct CarelessUseTests {
    @Test func aFailedExportLeavesTheFileItWouldReplaceAsItWas() throws {
        let workspace = try Workspace()
        let target = workspace.directory.appendingPathComponent("graph.dot")
        try Data("kept\n".utf8).write(to: target)
        let result = try workspace.run("export", "--format", "dot", "--entity", "Nobody At All", "--output", "graph.dot")
        #expect(result.status == 1)
        #expect(result.error.contains("Nobody At All"))
        #expect(try String(contentsOf: target, encoding: .utf8) == "kept\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path).filter { $0.contains("partial") }
        #expect(leftovers.isEmpty)
        // A good export still replaces the file.
        #expect(try workspace.run("export", "--format", "dot", "--output", "graph.dot").status == 0)
        #expect(try String(contentsOf: target, encoding: .utf8).hasPrefix("digraph"))
    }

    @Test func aDocumentExportRefusesADirectoryThatHoldsFiles() throws {
        let workspace = try Workspace()
        let directory = workspace.directory.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: directory.appendingPathComponent("stale.json"))
        let result = try workspace.run("export", "--format", "json", "--output", "documents")
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: ") && result.error.contains("already holds 1 file"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["stale.json"])
        // An empty directory is fine; an unknown entity leaves no new directory behind.
        try FileManager.default.createDirectory(at: workspace.directory.appendingPathComponent("empty"), withIntermediateDirectories: true)
        #expect(try workspace.run("export", "--format", "json", "--output", "empty").status == 0)
        #expect(try workspace.run("export", "--format", "json", "--entity", "Nobody At All", "--output", "fresh").status == 1)
        #expect(!workspace.fileExists("fresh"))
    }

    @Test func renamingToAnotherEntitysNameIsRefused() throws {
        let workspace = try Workspace()
        let result = try workspace.run("rename", "copper", "zinc")
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("error: ") && result.error.contains("zinc (#"))
        // The library names the two; the remedy is mkb's, with both ids filled in.
        let ids = try workspace.run("sql", "SELECT id FROM minerals WHERE name IN ('zinc', 'copper') ORDER BY name = 'copper'",
                                    "--format", "csv", "--no-headers").output.split(separator: "\n")
        #expect(result.error.contains("choose another name, or, if they are one, merge them (`mkb merge \"#\(ids[0])\" \"#\(ids[1])\"` keeps the first)"),
                "\(result.error)")
        // Both still answer to their names, and nothing was recorded.
        #expect(try workspace.run("report", "zinc").status == 0)
        #expect(try workspace.run("report", "copper").status == 0)
        #expect(try workspace.run("log", "--format", "csv").output.split(separator: "\n").count == 1)
        // A name of the entity itself is fine.
        #expect(try workspace.run("rename", "copper", "Copper (Cu)").status == 0)
    }

    @Test func aChainOfNoStepsIsSaidOnce() throws {
        let workspace = try Workspace()
        let result = try workspace.run("path", "Karachi", "karachi")
        #expect(result.status == 0)
        #expect(result.error.split(separator: "\n").count == 1)
        #expect(result.error.contains("name the same entity"))
    }

    @Test(arguments: ["ftm", "csv"])
    func aMissingFileOrADirectoryIsNamedAsSuch(format: String) throws {
        let workspace = try Workspace()
        let missing = try workspace.run("import", "--format", format, "nothere.\(format)")
        #expect(missing.status == 1)
        #expect(missing.error.contains("nothere.\(format): no such file"))
        try FileManager.default.createDirectory(at: workspace.directory.appendingPathComponent("folder"), withIntermediateDirectories: true)
        let directory = try workspace.run("import", "--format", format, "folder")
        #expect(directory.status == 1)
        #expect(directory.error.contains("folder: is a directory") && !directory.error.contains("NSCocoaErrorDomain"))
    }

    @Test func aPagePastTheEndSaysSoRatherThanNoMatch() throws {
        let workspace = try Workspace()
        let firms = try workspace.run("firms", "--active-in", "Pakistan", "--limit", "20", "--offset", "20")
        #expect(firms.status == 0 && firms.output.isEmpty)
        #expect(firms.error.contains("after the first 20") && !firms.error.contains("no firms match"))
        let quotes = try workspace.run("quotes", "--offset", "500")
        #expect(quotes.status == 0)
        #expect(quotes.error.contains("after the first 500"))
        #expect(try workspace.run("firms", "--active-in", "Sindh", "--from", "Japan").error.contains("no firms match"))
    }

    @Test func theLogKeepsATimestampWholeOnAnEightyColumnTerminal() throws {
        let workspace = try Workspace()
        #expect(try workspace.run("alias", "add", "Pakistan", "Land of the Pure").status == 0)
        #expect(try workspace.run("rename", "copper", "Copper (Cu)").status == 0)
        let screen = try TerminalRun.run("mkb log --db kb.sqlite", in: workspace.directory, columns: 80)
        #expect(screen.status == 0, "\(screen.text)")
        #expect(screen.linesWider(than: 80).isEmpty)
        let stamps = screen.lines.filter { $0.range(of: #"20[0-9]{2}-[0-9]{2}-[0-9]{2}T[0-9:]{8}Z"#, options: .regularExpression) != nil }
        #expect(stamps.count == 2, "\(screen.text)")
    }

    @Test func anEmptyInputSaysItHeldNothingRatherThanThatAllWasKnown() throws {
        let workspace = try Workspace()
        try Data("from,relation,to\n".utf8).write(to: workspace.directory.appendingPathComponent("header.csv"))
        try Data().write(to: workspace.directory.appendingPathComponent("empty.ftm.json"))
        for (format, file) in [("csv", "header.csv"), ("ftm", "empty.ftm.json")] {
            let result = try workspace.run("import", "--format", format, file)
            #expect(result.status == 0)
            #expect(result.output.contains("nothing to import") && !result.output.contains("already in the knowledge base"), "\(result.output)")
        }
    }

    @Test func anFtMLineThatIsNoObjectIsSaidPlainly() throws {
        let workspace = try Workspace()
        try Data("[1, 2]\n".utf8).write(to: workspace.directory.appendingPathComponent("array.ftm.json"))
        let result = try workspace.run("import", "--format", "ftm", "array.ftm.json")
        #expect(result.status == 1)
        #expect(result.error.contains("array.ftm.json: line 1: expected one FollowTheMoney entity"))
        #expect(!result.error.contains("): : "))
    }

    @Test func aMisspeltCommandOfACommandGetsTheClosestOne() throws {
        let workspace = try Workspace()
        let result = try workspace.run("alias", "ad", "Pakistan", "Land of the Pure")
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("error: unknown command \"ad\" of mkb alias; did you mean \"add\"?"), "\(result.error)")
        #expect(result.error.contains("add, remove"))
        #expect(try workspace.run("alias", "add", "Pakistan", "Land of the Pure").status == 0)
    }

    @Test func aFileNamedTwiceIsImportedOnce() throws {
        let workspace = try Workspace(withFixtures: false)
        let seed = MKB.fixtures.appendingPathComponent("000_aaa72656d35a8edd.json").path
        let result = try workspace.run("import", MKB.fixtures.path, seed, MKB.fixtures.path + "/./000_aaa72656d35a8edd.json")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("imported 3 documents"))
    }
}
