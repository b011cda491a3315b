import ArgumentParser
import MineralKB

/// `mkb log`: the audit log of corrections.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "List the recorded changes: retractions, merges, names, renames, re-imports that replaced facts.",
        discussion: """
            Oldest first; each with when, which command, what changed and the ids it touched. The full \
            record (every fact removed) is in the `changes` table's `details` column.

            Example:
              mkb log --limit 20
            """
    )

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "At most this many changes (the newest).")
    var limit = 1000

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let changes = try global.openForReading().changes(limit: limit)
        try Listing.print(changes, columns: [
            .integer("id") { Int($0.id) },
            .text("made_at") { $0.madeAt }.wrapped(atLeast: 20),   // a timestamp is read whole
            .text("command") { $0.command },
            .text("summary") { $0.summary }.wrapped(atLeast: 30),
            .text("entity_ids") { $0.entityIDs.map(String.init).joined(separator: " ") }.droppable(2),
            .text("source_ids") { $0.sourceIDs.map(String.init).joined(separator: " ") }.droppable(1),
        ], options: output, empty: "no changes recorded yet")
    }
}
