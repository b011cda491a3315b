import Foundation
import Testing

/// Issue 13.5: errors that help, in one style, with the documented exit codes; empty results say so.
@Suite struct ErrorMessageTests {
    @Test func aMisspeltCommandIsNamedWithTheClosestOne() throws {
        let workspace = try Workspace(withFixtures: false)
        let result = try workspace.run("frims", "--active-in", "Pakistan", database: false)
        #expect(result.status == 2)
        #expect(result.error.hasPrefix("error: unknown command \"frims\"; did you mean \"firms\"?"), "\(result.error)")
        #expect(!result.error.contains("--active-in"))
        let far = try workspace.run("zzz", database: false)
        #expect(far.status == 2)
        #expect(far.error.hasPrefix("error: unknown command \"zzz\"\n"))
        #expect(far.error.contains("The commands are: init, import, firms"))
    }

    static let failures: [([String], Int32)] = [
        (["firms"], 2), (["stats", "--format", "xml"], 2), (["report", "Karachi", "--depth", "9"], 2),
        (["firms", "--active-in", "Pakistan", "--presence", "office"], 2), (["report", "Atlantis Mining Corp"], 1),
        (["sql", "DELETE FROM quotes"], 1), (["path", "Karachi"], 2), (["report", "JCHI", "--only", "gossip"], 2),
        (["quotes", "--since", "yesterday"], 2), (["stats", "--db", "missing.sqlite"], 1),
    ]

    @Test(arguments: failures)
    func everyErrorHasOneStyleAndItsExitCode(_ arguments: [String], _ status: Int32) throws {
        let workspace = try Workspace()
        let database = !arguments.contains("--db")
        let result = try workspace.run(arguments, database: database)
        #expect(result.status == status, "\(arguments): \(result.error)")
        #expect(result.error.hasPrefix("error: "), "\(arguments): \(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func anUnknownPresenceIsAUsageErrorListingTheKinds() throws {
        let workspace = try Workspace()
        let result = try workspace.run("firms", "--active-in", "Pakistan", "--presence", "office")
        #expect(result.status == 2)
        #expect(result.error.contains("has_office_in"))
        #expect(result.error.contains("operates_in"))
    }

    @Test func aPathToAnEntityWithoutLinksSaysSoInsteadOfALargerDepth() throws {
        let workspace = try Workspace()
        let result = try workspace.run("path", "JCHI", "lithium", "--max-depth", "12")
        #expect(result.status == 1)
        #expect(result.error.contains("\"lithium\" has no links at all"), "\(result.error)")
        #expect(!result.error.contains("larger --max-depth"))
        let short = try workspace.run("path", "Min Ziheng", "Sindh", "--max-depth", "1")
        #expect(short.status == 1)
        #expect(short.error.contains("try a larger --max-depth (up to 12)"), "\(short.error)")
    }

    static let emptyResults: [([String], String)] = [
        (["quotes", "--search", "zzzzqqq"], "no quotes match"),
        (["firms", "--active-in", "Japan"], "no firms match in Japan"),
        (["sql", "SELECT * FROM quotes WHERE 0"], "no rows"),
    ]

    @Test(arguments: emptyResults)
    func anEmptyResultSaysSoOnStandardErrorAndExitsZero(_ arguments: [String], _ message: String) throws {
        let workspace = try Workspace()
        let result = try workspace.run(arguments)
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(result.error.hasPrefix(message), "\(result.error)")
        let json = try workspace.run(arguments + ["--format", "json"])
        #expect(json.status == 0)
        #expect(json.error.hasPrefix(message))
    }
}
