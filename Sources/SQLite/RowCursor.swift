/// Steps through the rows of a statement one at a time, without materialising the result.
///
///     let cursor = try statement.rows(["Pakistan"])
///     while let row = try cursor.next() { let name: String = try row[0] }
///
/// Dropping a cursor before its last row rewinds the statement, so an abandoned cursor never keeps
/// a read transaction (and, in WAL mode, a snapshot that stops checkpoints) open.
public final class RowCursor {
    let statement: Statement
    private let iteration: UInt64
    private var isDone = false

    init(statement: Statement, iteration: UInt64) {
        self.statement = statement
        self.iteration = iteration
    }

    deinit { statement.endIteration(iteration) }

    /// The next row, or nil when there are no more (the statement is then rewound).
    ///
    /// - Throws: `.misuse` when the statement was reset or taken over by another cursor meanwhile:
    ///   going on would silently restart from the first row.
    public func next() throws -> Row? {
        if isDone { return nil }
        guard statement.currentIteration == iteration else {
            throw SQLiteError(code: .misuse, message: "the cursor's statement was reset or reused by another iteration", sql: statement.sql)
        }
        if try statement.step() { return statement.row }
        isDone = true
        statement.endIteration(iteration)
        return nil
    }

    /// Calls `body` for every remaining row.
    public func forEach(_ body: (Row) throws -> Void) throws {
        while let row = try next() { try body(row) }
    }
}
