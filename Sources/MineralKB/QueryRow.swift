import SQLite

/// The current row of an ad-hoc query or a table read, lent to a callback: read its cells there.
///
/// Reading a `QueryRow` kept past its callback throws rather than returning another row's values.
public struct QueryRow {
    let row: Row

    /// The number of columns.
    public var count: Int { row.count }

    /// Lends cell `index` (0-based) to `body` without copying it: the fast path for writers of bytes.
    public func withCell<R>(at index: Int, _ body: (QueryCell) throws -> R) throws -> R {
        try KnowledgeBase.wrap {
            try row.withBorrowedValue(at: index) { value in
                switch value {
                case .null: return try body(.null)
                case .integer(let number): return try body(.integer(number))
                case .real(let number): return try body(.real(number))
                case .text(let bytes): return try body(.text(bytes))
                case .blob(let bytes): return try body(.blob(bytes))
                }
            }
        }
    }

    /// Every cell as an owned value, in column order.
    public var values: [QueryValue] {
        get throws { try KnowledgeBase.wrap { try row.values.map(KnowledgeBase.queryValue) } }
    }
}
