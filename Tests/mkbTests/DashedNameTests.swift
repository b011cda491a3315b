import Foundation
import Testing

/// A name that starts with "-" is read as an option (as by most command lines): "--" ends the
/// options, the help says so, and the error names the word and prints the command that works.
@Suite struct DashedNameTests {
    /// A base holding an organisation called "-Foo Mining" with an office in Pakistan.
    private func workspace() throws -> Workspace {
        let workspace = try Workspace(withFixtures: false)
        let document = #"{"source": {"title": "Dashes"}, "organisations": ["-Foo Mining"], "#
            + #""links": [{"from": "-Foo Mining", "relation": "has_office_in", "to": "Pakistan"}]}"#
        try Data(document.utf8).write(to: workspace.directory.appendingPathComponent("dash.json"))
        let imported = try workspace.run("import", "dash.json")
        #expect(imported.status == 0, "\(imported.error)")
        return workspace
    }

    @Test func theErrorNamesTheWordAndTheCommandItPrintsWorks() throws {
        let workspace = try workspace()
        let refused = try workspace.run("report", "-Foo Mining")
        #expect(refused.status == 2)
        #expect(refused.output.isEmpty)
        #expect(refused.error.contains("hint: a name or value that starts with \"-\" is read as an option (here '-Foo Mining')"), "\(refused.error)")
        let suggested = try #require(refused.error.components(separatedBy: "\n").first { $0.hasPrefix("  mkb ") })
        #expect(suggested == "  mkb report --db kb.sqlite -- '-Foo Mining'")
        // The printed command, run as printed.
        let report = try workspace.run(["report", "--db", Workspace.databaseName, "--", "-Foo Mining"], database: false)
        #expect(report.status == 0, "\(report.error)")
        #expect(report.output.hasPrefix("-Foo Mining — organisation"), "\(report.output)")
    }

    @Test func namesKeepTheirOrderAfterTheOptions() throws {
        let workspace = try workspace()
        let refused = try workspace.run("path", "-Foo Mining", "Pakistan", "--max-depth", "3")
        #expect(refused.status == 2)
        #expect(refused.error.contains("  mkb path --max-depth 3 --db kb.sqlite -- '-Foo Mining' Pakistan"), "\(refused.error)")
        let path = try workspace.run(["path", "--max-depth", "3", "--db", Workspace.databaseName, "--", "-Foo Mining", "Pakistan"], database: false)
        #expect(path.status == 0, "\(path.error)")
        #expect(path.output.contains("-Foo Mining"))
        let search = try workspace.run(["search", "--db", Workspace.databaseName, "--", "-Foo"], database: false)
        #expect(search.status == 0, "\(search.error)")
        #expect(search.output.contains("-Foo Mining"))
    }

    @Test func aMistypedOptionGetsItsDidYouMeanAndNoHint() throws {
        let workspace = try workspace()
        let result = try workspace.run("report", "-Foo Mining", "--dpeth", "2")
        #expect(result.status == 2)
        #expect(result.error.contains("hint:"))
        #expect(!result.error.contains("'--dpeth'):"))
        let typo = try workspace.run("report", "Pakistan", "--dpeth", "2")
        #expect(typo.status == 2)
        #expect(typo.error.contains("Did you mean '--depth'?"), "\(typo.error)")
        #expect(!typo.error.contains("hint:"))
    }

    @Test func theHelpSaysHow() throws {
        let help = try Workspace(withFixtures: false).run("--help", database: false)
        #expect(help.status == 0)
        #expect(help.output.contains("A name that starts with \"-\" would be read as an option"))
        #expect(help.output.contains("  mkb report --depth 2 -- \"-Foo Mining\"\n"))
    }
}
