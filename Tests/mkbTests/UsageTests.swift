import Foundation
import Testing

/// Help, usage errors (exit 2) and what the help promises.
@Suite struct UsageTests {
    static let subcommands = ["init", "import", "firms", "report", "quotes", "path", "sql", "schema", "stats", "check", "export",
                              "retract", "merge", "rename", "log", "draft", "search"]

    @Test func rootHelpListsCommandsAndExitCodes() throws {
        let workspace = try Workspace(withFixtures: false)
        let help = try workspace.run("--help", database: false)
        #expect(help.status == 0)
        for command in UsageTests.subcommands { #expect(help.output.contains(command)) }
        #expect(help.output.contains("Exit codes"))
        #expect(help.output.contains("MKB_DB"))
    }

    @Test(arguments: subcommands)
    func everySubcommandHelpHasOneExampleThatRuns(_ command: String) throws {
        let workspace = try Workspace()
        let help = try workspace.run(command, "--help", database: false)
        #expect(help.status == 0)
        #expect(help.output.contains("--db"))
        #expect(!help.output.contains("--version"))
        let lines = help.output.components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex(of: "Example:"))
        let examples = lines[(heading + 1)...].prefix { $0.hasPrefix("  ") }.map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(examples.count == 1, "\(examples)")
        let example = try #require(examples.first)
        #expect(example.hasPrefix("mkb \(command)"))
        // Run where the README's reader stands: the fixtures imported into the default database, Fixtures/ beside it.
        try FileManager.default.copyItem(at: workspace.databaseURL, to: workspace.directory.appendingPathComponent("mineral-kb.sqlite"))
        try FileManager.default.copyItem(at: MKB.fixtures, to: workspace.directory.appendingPathComponent("Fixtures"))
        let screen = try TerminalRun.run(example, in: workspace.directory)
        #expect(screen.status == 0, "\(example): \(screen.text)")
        #expect(!screen.text.contains("error"), "\(example): \(screen.text)")
    }

    @Test(arguments: subcommands)
    func valueListsArePrintedOnce(_ command: String) throws {
        let workspace = try Workspace(withFixtures: false)
        let help = try workspace.run(command, "--help", database: false).output.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "  +", with: " ", options: .regularExpression)
        var search = help.startIndex..<help.endIndex
        while let found = help.range(of: #"\(values: [a-z_]+, [a-z_]+"#, options: .regularExpression, range: search) {
            let pair = String(help[found].dropFirst("(values: ".count))
            #expect(help.components(separatedBy: pair).count == 2, "\(command): \(pair) is listed twice")
            search = found.upperBound..<help.endIndex
        }
    }

    @Test func versionIsATopLevelOption() throws {
        let workspace = try Workspace(withFixtures: false)
        let help = try workspace.run("--help", database: false)
        #expect(help.output.contains("--version"))
        let version = try workspace.run("--version", database: false)
        #expect(version.status == 0)
        #expect(version.output == "0.1.0\n")
        let misplaced = try workspace.run("stats", "--version", database: false)
        #expect(misplaced.status == 2)
    }

    @Test(arguments: [
        ["frobnicate"], ["firms"], ["firms", "--active-in"], ["sql"], ["stats", "--format", "xml"], ["report"],
        ["path", "Karachi"], ["import"], ["stats", "--no-such-option"], ["sql", "SELECT 1", "--timeout", "soon"],
        ["report", "Karachi", "--depth", "two"],
    ])
    func badArgumentsExitTwo(_ arguments: [String]) throws {
        let workspace = try Workspace(withFixtures: false)
        let result = try workspace.run(arguments, database: false)
        #expect(result.status == 2, "\(arguments): \(result.status) \(result.error)")
        #expect(result.output.isEmpty)
        #expect(!result.error.isEmpty)
    }
}
