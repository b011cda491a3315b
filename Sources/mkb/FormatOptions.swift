import ArgumentParser

/// The output options shared by every listing command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Every column, each row on one line, however wide (the table is otherwise fitted to the terminal).")
    var wide = false

    @Flag(name: .customLong("no-headers"), help: "Leave out the header line (table and csv).")
    var noHeaders = false

    @Flag(name: .customLong("no-formula-guard"),
          help: "With --format csv, write cells that start with = + - @, a tab or CR exactly as stored (by default they get a leading ' so that a spreadsheet shows them as text instead of running them as formulas; mkb sql never adds it).")
    var noFormulaGuard = false

    func validate() throws {
        if noHeaders && format != .table && format != .csv {
            throw ValidationError("--no-headers works with --format table or csv, not \(format.rawValue).")
        }
    }

    /// The renderer for the chosen format, writing to `output`, with the CSV formula guard unless turned off.
    func makeRenderer(output: OutputBuffer, style: TableStyle) -> RowRenderer {
        format.makeRenderer(output: output, style: style, guardsFormulas: !noFormulaGuard)
    }

    /// How a table is laid out: fitted to the terminal standard output is, unless --wide or another format.
    func tableStyle(hints: [TableStyle.ColumnHint] = []) -> TableStyle {
        TableStyle(width: format == .table && !wide ? TerminalWidth.standardOutput : nil, showsHeaders: !noHeaders, hints: hints)
    }
}
