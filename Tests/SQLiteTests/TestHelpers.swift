import Foundation
import Testing
@testable import SQLite

// Small helpers shared by the test files: timing, flags shared between threads, and quick reads.

/// Seconds taken by `body`, measured on the monotonic clock.
func secondsTaken(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000_000
}

/// A query that never ends on its own: counting an unbounded recursive CTE.
let endlessQuery = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"

/// An error a test throws from a closure, to check that the wrapper rethrows exactly it.
enum TestError: Error, Equatable {
    case boom
    case inner
}

/// A boolean shared between threads.
final class SharedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false

    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}

/// The number of rows in `table` (a constant name from the test, never user input).
func rowCount(_ db: Database, _ table: String) throws -> Int {
    try db.fetchOne(Int.self, sql: "SELECT count(*) FROM \(table)") ?? -1
}

/// True if the schema of `db` holds a table called `name`.
func tableExists(_ db: Database, _ name: String) throws -> Bool {
    try db.fetchOne(Int.self, sql: "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", arguments: [name]) == 1
}

// MARK: - Expecting errors, and reading results, without closures inside macro arguments
//
// Swift 6.3 can give a closure written inside a macro argument (`#expect(throws:) { ... }`, or a
// `map { ... }` inside `#expect(...)`) the same symbol as a later closure of the same type in the
// same enclosing closure, and then run the wrong body. These helpers keep test code free of that
// pattern: pass the closure to a plain function, and give `#expect` only closure-free expressions.

/// Thrown by `requireError` when the expected error did not come.
struct MissingError: Error {}

/// The error of type `E` that `body` throws; records an issue (and returns nil) if it throws
/// nothing or an error of another type.
@discardableResult
func expectError<E: Error, R>(
    _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> R
) -> E? {
    do {
        _ = try body()
        Issue.record("expected an error of type \(E.self), but nothing was thrown", sourceLocation: sourceLocation)
    } catch let error as E {
        return error
    } catch {
        Issue.record("expected an error of type \(E.self), got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Records an issue unless `body` throws an error equal to `expected`.
func expectError<E: Error & Equatable, R>(
    _ expected: E, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> R
) {
    guard let error = expectError(E.self, sourceLocation: sourceLocation, body) else { return }
    if error != expected {
        Issue.record("expected \(expected), got \(error)", sourceLocation: sourceLocation)
    }
}

/// Like `expectError`, but ends the test (by throwing) when the error does not come.
func requireError<E: Error, R>(
    _ type: E.Type, sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> R
) throws -> E {
    guard let error = expectError(type, sourceLocation: sourceLocation, body) else { throw MissingError() }
    return error
}

/// The first column of every row of `sql`, as `T`.
func column<T: SQLiteColumnDecodable>(
    _ type: T.Type, _ db: Database, _ sql: String, _ arguments: StatementArguments = .none
) throws -> [T] {
    try db.fetchAll(sql: sql, arguments: arguments, firstValue)
}

/// Every row of `sql`, as its raw values.
func rowValues(_ db: Database, _ sql: String, _ arguments: StatementArguments = .none) throws -> [[SQLiteValue]] {
    try db.fetchAll(sql: sql, arguments: arguments, allValues)
}

private func firstValue<T: SQLiteColumnDecodable>(_ row: Row) throws -> T { try row[0] }
private func allValues(_ row: Row) throws -> [SQLiteValue] { try row.values }
