import Foundation
@testable import SQLite

// Temporary databases: every test runs on its own database file in its own temporary directory,
// and the directory (with the -wal, -shm and -journal files SQLite may leave) is removed afterwards.

/// Calls `body` with the path of a database file that does not exist yet, in a fresh temporary
/// directory that is removed, with everything in it, when `body` returns or throws.
///
/// Connections opened inside `body` are closed when it returns, before the files are removed.
func withTemporaryDatabasePath<T>(_ body: (String) throws -> T) throws -> T {
    let directory = FileManager.default.temporaryDirectory
        .appendingPathComponent("SQLiteTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    return try body(directory.appendingPathComponent("test.sqlite").path)
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
