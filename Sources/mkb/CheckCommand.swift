import ArgumentParser
import MineralKB

/// `mkb check`: integrity, foreign keys, the full-text index and the entity tables.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the database: its schema, integrity, foreign keys, the full-text index, and every entity's row.",
        discussion: """
            Prints nothing but a line saying so when all is well (exit 0); otherwise lists every problem \
            found and exits with 1.

            Example:
              mkb check --format json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        // Read-only, and a file with another schema is opened so that its differences can be listed.
        let kb = try global.openForChecking()
        let problems = try kb.check()
        // Every format's whole result goes to standard output: an empty list when all is well.
        try Listing.print(problems, columns: [
            .text("check") { $0.check.rawValue },
            .text("problem") { $0.message }.wrapped(atLeast: 30),
        ], options: output, empty: "ok: \(kb.path) passes the schema, integrity, foreign key, full-text index and entity checks")
        if !problems.isEmpty {
            printError("\(problems.count) problem\(problems.count == 1 ? "" : "s") found in \(kb.path)")
            throw ExitCode(1)
        }
    }
}
