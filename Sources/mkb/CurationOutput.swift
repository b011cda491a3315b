import MineralKB

/// Prints what a curation command did: its summary, then one line per fact removed or moved.
enum CurationOutput {
    static func print(_ result: CurationResult) {
        var lines = [(result.isDryRun ? "dry run: nothing was written. Would have " : "") + result.summary
            + (result.changeID.map { " (change #\($0))" } ?? "")]
        lines += result.details.map { "  - \($0)" }
        Console.result(lines.joined(separator: "\n"))
    }
}
