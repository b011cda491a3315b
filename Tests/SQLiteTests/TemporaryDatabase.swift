import Foundation
import TestSupport
@testable import SQLite

/// Calls `body` with the path of a database file that does not exist yet, in a fresh temporary
/// directory that is removed, with everything in it, when `body` returns or throws.
///
/// Connections opened inside `body` are closed when it returns, before the files are removed.
func withTemporaryDatabasePath<T>(_ body: (String) throws -> T) throws -> T {
    try withTemporaryDirectory(prefix: "SQLiteTests") { try body($0.path("test.sqlite")) }
}

/// Calls `body` with a read-write connection to a fresh temporary database file.
func withTemporaryDatabase<T>(_ body: (Database) throws -> T) throws -> T {
    try withTemporaryDatabasePath { path in
        let db = try Database(path: path)
        return try body(db)
    }
}

/// True if a file exists at `path`.
func fileExists(_ path: String) -> Bool {
    FileManager.default.fileExists(atPath: path)
}
