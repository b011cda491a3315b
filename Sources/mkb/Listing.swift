import Foundation
import MineralKB

/// One column of a listing: its header and how to read it from a row.
struct ListingColumn<Row> {
    let name: String
    let value: (Row) -> QueryValue

    init(_ name: String, _ value: @escaping (Row) -> QueryValue) {
        self.name = name
        self.value = value
    }

    /// A text column; nil prints as NULL (empty in a table).
    static func text(_ name: String, _ value: @escaping (Row) -> String?) -> ListingColumn {
        ListingColumn(name) { row in value(row).map(QueryValue.text) ?? .null }
    }

    /// An integer column.
    static func integer(_ name: String, _ value: @escaping (Row) -> Int?) -> ListingColumn {
        ListingColumn(name) { row in value(row).map { .integer(Int64($0)) } ?? .null }
    }
}

/// Prints the rows a library call returned: flat columns for table, csv and markdown; the library's
/// own model (every field, nested lists included) for json and jsonl, with snake_case keys like the SQL views.
enum Listing {
    static func print<Row: Encodable>(_ rows: [Row], columns: [ListingColumn<Row>], format options: FormatOptions) throws {
        let output = OutputBuffer.standardOutput()
        switch options.format {
        case .json where rows.isEmpty:
            output.write("[]\n")
        case .json:
            let encoder = makeEncoder()
            encoder.outputFormatting.insert(.prettyPrinted)
            output.write(bytes: try encoder.encode(rows))
            output.write("\n")
        case .jsonl:
            let encoder = makeEncoder()
            for row in rows {
                output.write(bytes: try encoder.encode(row))
                output.write("\n")
            }
        case .table, .csv, .markdown:
            let renderer = options.makeRenderer(output: output)
            renderer.begin(columns: columns.map(\.name))
            for row in rows { renderer.write(columns.map { $0.value(row) }) }
            renderer.finish()
        }
        output.flush()
    }

    /// Encodes one value as JSON (reports, paths), pretty-printed.
    static func printJSON<Value: Encodable>(_ value: Value) throws {
        let encoder = makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        let output = OutputBuffer.standardOutput()
        output.write(bytes: try encoder.encode(value))
        output.write("\n")
        output.flush()
    }

    static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return encoder
    }
}
