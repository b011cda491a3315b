import Foundation
import Testing

/// The library's errors are data; `mkb` words the remedy with its own commands and flags.
@Suite struct ErrorWordingTests {
    @Test func remediesNameMkbsOwnFlags() throws {
        let workspace = try Workspace()
        let cases: [(arguments: [String], database: Bool, expected: String)] = [
            (["stats", "--db", "missing.sqlite"], false, "no database at missing.sqlite; create one with `mkb init --db missing.sqlite`"),
            (["sql", "SELECT ?"], true, "parameter 1 of 1 has no value; give named values with -p NAME VALUE"),
            (["sql", "SELECT :a", "-p", "b", "1"], true, "no parameter named :b; name a parameter with -p NAME VALUE"),
            (["quotes", "--search", "!!!"], true, "--search: give at least one word to search for"),
        ]
        for (arguments, database, expected) in cases {
            let result = try workspace.run(arguments, database: database)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.error.contains(expected), "\(arguments): \(result.error)")
        }
    }
}
