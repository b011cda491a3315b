import ArgumentParser
import MineralKB

/// `mkb init`: create a database, or bring an existing one's schema up to date.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a database, or bring an existing one's schema up to date.",
        discussion: """
            The new database holds the schema and the reference data (countries, provinces, minerals), \
            ready for `mkb import`. Running it again on an up-to-date database changes nothing.

            Example:
              mkb init --db research.sqlite
            """
    )

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let existed = global.databaseExists
        let kb = try global.create()
        let verb = existed ? "is ready" : "created"
        Console.result("\(kb.path): \(verb) (schema version \(KnowledgeBase.schemaVersion))")
    }
}
