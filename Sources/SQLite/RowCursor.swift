/// Steps through the rows of a statement one at a time, without materialising the result.
///
///     let cursor = try statement.rows(["Pakistan"])
///     while let row = try cursor.next() { let name: String = try row[0] }
public struct RowCursor {
    let statement: Statement
    private var isDone = false

    init(statement: Statement) { self.statement = statement }

    /// The next row, or nil when there are no more (the statement is then rewound).
    public mutating func next() throws -> Row? {
        if isDone { return nil }
        if try statement.step() { return statement.row }
        isDone = true
        statement.reset()
        return nil
    }

    /// Calls `body` for every remaining row.
    public mutating func forEach(_ body: (Row) throws -> Void) throws {
        while let row = try next() { try body(row) }
    }
}
