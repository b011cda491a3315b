import ArgumentParser
import MineralKB

/// `mkb stats`: rows per table.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count the rows of every table.",
        discussion: """
            Example:
              mkb stats --format json
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let kb = try global.openForReading()
        try Listing.print(try kb.tableCounts(), columns: [
            .text("table") { $0.table },
            .text("kind") { $0.kind.rawValue },
            .integer("rows") { $0.rows },
        ], options: output, empty: "no tables")
    }
}
