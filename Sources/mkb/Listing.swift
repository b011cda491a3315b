import Foundation
import MineralKB

/// Prints the rows a library call returned, with the same columns (names, order, nulls) in every format.
///
/// table, csv and markdown print each cell flat (lists joined with `; `); json prints an array of
/// objects and jsonl one object per line, keyed by the column names in order, with `null` kept and
/// lists as arrays. The table is fitted to the terminal (see `TableLayout`); files and pipes get it whole.
enum Listing {
    /// Prints `rows` through `columns` (the default ones, or those chosen with `--columns`); with no
    /// rows, says `empty` on standard error (json still prints `[]`, csv its header).
    static func print<Row>(_ rows: [Row], columns all: [ListingColumn<Row>], options: FormatOptions,
                           chosen: [String]? = nil, empty: String) throws {
        let columns = try select(all, chosen: chosen, wide: options.wide)
        let output = OutputBuffer.standardOutput()
        if rows.isEmpty { printError(empty) }
        switch options.format {
        case .json:
            if rows.isEmpty {
                output.write("[]\n")
            } else {
                output.write("[\n")
                for (index, row) in rows.enumerated() {
                    output.write("  " + object(row, columns).pretty(level: 1) + (index == rows.count - 1 ? "\n" : ",\n"))
                }
                output.write("]\n")
            }
        case .jsonl:
            for row in rows { output.write(object(row, columns).compact + "\n") }
        case .table, .csv, .markdown:
            if rows.isEmpty && options.format != .csv { break }
            let hints = columns.map { TableStyle.ColumnHint(minimumWidth: $0.minimumWidth, dropRank: chosen == nil ? $0.dropRank : nil) }
            let renderer = options.makeRenderer(output: output, style: options.tableStyle(hints: hints))
            renderer.begin(columns: columns.map(\.name))
            for row in rows { renderer.write(columns.map { $0.value(row).flat }) }
            renderer.finish()
            if let table = renderer as? TableRenderer, !table.leftOut.isEmpty {
                printError("(not shown, to fit: \(table.leftOut.joined(separator: ", ")); see --wide, --columns)")
            }
        }
        output.flush()
    }

    /// The columns to print: those named by `--columns` in that order, every one with `--wide`, else the defaults.
    static func select<Row>(_ columns: [ListingColumn<Row>], chosen: [String]?, wide: Bool) throws -> [ListingColumn<Row>] {
        guard let names = chosen else { return wide ? columns : columns.filter(\.isDefault) }
        if names.isEmpty { throw UsageError("--columns needs at least one column name; choose from: \(columnList(columns))") }
        return try names.map { name in
            guard let column = columns.first(where: { $0.name == name }) else {
                throw UsageError("no column named \"\(name)\"; choose from: \(columnList(columns))")
            }
            return column
        }
    }

    /// Prints the rows a streaming library call hands over (`produce` calls its argument per row),
    /// as `print` prints them: csv and jsonl print each row as it comes; table, markdown and json,
    /// which need every row first (widths, one array), print after the last.
    static func stream<Row>(columns all: [ListingColumn<Row>], options: FormatOptions, chosen: [String]? = nil,
                            empty: String, _ produce: ((Row) throws -> Void) throws -> Void) throws {
        let columns = try select(all, chosen: chosen, wide: options.wide)
        let output = OutputBuffer.standardOutput()
        var count = 0
        switch options.format {
        case .jsonl:
            try produce { row in
                count += 1
                output.write(object(row, columns).compact + "\n")
                // A reader that stopped reading (a closed pipe): stop the query, do not run it to its end.
                if output.hasFailed { throw OutputFailure.Stop() }
            }
        case .csv:
            let hints = columns.map { TableStyle.ColumnHint(minimumWidth: $0.minimumWidth, dropRank: nil) }
            let renderer = options.makeRenderer(output: output, style: options.tableStyle(hints: hints))
            renderer.begin(columns: columns.map(\.name))
            try produce { row in
                count += 1
                renderer.write(columns.map { $0.value(row).flat })
                if output.hasFailed { throw OutputFailure.Stop() }
            }
            renderer.finish()
        case .table, .markdown, .json:
            var rows: [Row] = []
            try produce { rows.append($0) }
            return try print(rows, columns: all, options: options, chosen: chosen, empty: empty)
        }
        output.flush()
        if count == 0 { printError(empty) }
    }

    /// The column names, comma-separated, as help and errors list them.
    static func columnList<Row>(_ columns: [ListingColumn<Row>]) -> String {
        columns.map(\.name).joined(separator: ", ")
    }

    /// The column names for help: the default ones, then those shown on request.
    static func columnHelp<Row>(_ columns: [ListingColumn<Row>]) -> String {
        columnList(columns.filter(\.isDefault)) + "; on request: " + columnList(columns.filter { !$0.isDefault }) + "."
    }

    /// One row as a JSON object: the columns' names as keys, in order.
    static func object<Row>(_ row: Row, _ columns: [ListingColumn<Row>]) -> JSONTree {
        .object(columns.map { ($0.name, $0.value(row).json) })
    }

    /// A JSON value (a report), pretty-printed, on standard output.
    static func printJSON(_ tree: JSONTree) {
        let output = OutputBuffer.standardOutput()
        output.write(tree.pretty() + "\n")
        output.flush()
    }
}
