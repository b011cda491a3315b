import Foundation
import Testing

/// Help, usage errors (exit 2) and what the help promises.
@Suite struct UsageTests {
    static let subcommands = ["init", "import", "firms", "report", "quotes", "path", "sql", "schema", "stats", "check", "export"]

    @Test func rootHelpListsCommandsAndExitCodes() throws {
        let workspace = try Workspace(withFixtures: false)
        let help = try workspace.run("--help", database: false)
        #expect(help.status == 0)
        for command in UsageTests.subcommands { #expect(help.output.contains(command)) }
        #expect(help.output.contains("Exit codes"))
        #expect(help.output.contains("MKB_DB"))
    }

    @Test(arguments: subcommands)
    func everySubcommandHelpHasAnExample(_ command: String) throws {
        let workspace = try Workspace(withFixtures: false)
        let help = try workspace.run(command, "--help", database: false)
        #expect(help.status == 0)
        #expect(help.output.contains("Example"))
        #expect(help.output.contains("--db"))
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
