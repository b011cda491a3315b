import MineralKB

/// One column of a listing: its name (the same in every format), how to read it from a row, and
/// how the table treats it on a narrow terminal.
struct ListingColumn<Row> {
    /// The column's name: the table header, the CSV header and the JSON key.
    let name: String
    let value: (Row) -> ListingValue
    /// False for columns shown only when asked for (`--columns`, `--wide`): ids, rarely-set fields.
    var isDefault = true
    /// Nil when the column is always shown; otherwise the order it is left out in on a narrow terminal, highest first.
    var dropRank: Int?
    /// The narrowest its cells may wrap to; nil for the table's default.
    var minimumWidth: Int?

    init(_ name: String, _ value: @escaping (Row) -> ListingValue) {
        self.name = name
        self.value = value
    }

    /// A text column; nil prints as NULL (empty in a table, `null` in JSON).
    static func text(_ name: String, _ value: @escaping (Row) -> String?) -> ListingColumn {
        ListingColumn(name) { row in .value(value(row).map(QueryValue.text) ?? .null) }
    }

    /// An integer column.
    static func integer(_ name: String, _ value: @escaping (Row) -> Int?) -> ListingColumn {
        ListingColumn(name) { row in .value(value(row).map { .integer(Int64($0)) } ?? .null) }
    }

    /// A number column.
    static func real(_ name: String, _ value: @escaping (Row) -> Double?) -> ListingColumn {
        ListingColumn(name) { row in .value(value(row).map(QueryValue.real) ?? .null) }
    }

    /// A list of names.
    static func list(_ name: String, _ value: @escaping (Row) -> [String]) -> ListingColumn {
        ListingColumn(name) { row in .list(value(row)) }
    }

    /// Sources: their labels in flat formats; in JSON, each with its id, date and supporting sentence.
    static func sources(_ name: String, _ value: @escaping (Row) -> [SourceCitation]) -> ListingColumn {
        ListingColumn(name) { row in
            let sources = value(row)
            return .structured(text: sources.isEmpty ? nil : sources.map(\.label).joined(separator: "; "),
                               json: .array(sources.map(JSONShape.source)))
        }
    }

    /// The same column, left out (highest rank first) when the terminal is too narrow for every column.
    func droppable(_ rank: Int) -> ListingColumn {
        var column = self
        column.dropRank = rank
        return column
    }

    /// The same column, shown only when asked for by `--columns` or `--wide`.
    func onRequest() -> ListingColumn {
        var column = self
        column.isDefault = false
        return column
    }

    /// The same column, wrapped no narrower than `width` (for long text that needs room to be read).
    func wrapped(atLeast width: Int) -> ListingColumn {
        var column = self
        column.minimumWidth = width
        return column
    }
}
