import ArgumentParser

/// The `--format` option shared by every listing command, and the CSV formula guard.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, json, jsonl or markdown.")
    var format: OutputFormat = .table

    @Flag(name: .customLong("no-formula-guard"),
          help: "With --format csv, write cells that start with = + - @, a tab or CR exactly as stored (by default they get a leading ' so that a spreadsheet shows them as text instead of running them as formulas).")
    var noFormulaGuard = false

    /// The renderer for the chosen format, writing to `output`.
    func makeRenderer(output: OutputBuffer) -> RowRenderer {
        format.makeRenderer(output: output, guardsFormulas: !noFormulaGuard)
    }
}
