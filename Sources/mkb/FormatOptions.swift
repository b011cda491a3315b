import ArgumentParser

/// The output options shared by every listing command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Every column, each row on one line, however wide (the table is otherwise fitted to the terminal).")
    var wide = false

    @Flag(name: .customLong("no-headers"), help: "Leave out the header line (table and csv).")
    var noHeaders = false

    func validate() throws {
        if noHeaders && format != .table && format != .csv {
            throw ValidationError("--no-headers works with --format table or csv, not \(format.rawValue).")
        }
    }

    /// How a table is laid out: fitted to the terminal standard output is, unless --wide or another format.
    func tableStyle(hints: [TableStyle.ColumnHint] = []) -> TableStyle {
        TableStyle(width: format == .table && !wide ? TerminalWidth.standardOutput : nil, showsHeaders: !noHeaders, hints: hints)
    }
}
