import Foundation

/// A fresh directory under the system's temporary directory, removed with everything in it (a
/// database and the -wal, -shm and -journal files SQLite leaves beside it) when released.
///
/// The one temporary-file helper of the tests and benchmarks: each test or run gets its own.
public final class TemporaryDirectory: Sendable {
    /// The directory; it exists until this object is released.
    public let url: URL

    /// Makes a directory named `prefix` followed by a unique suffix.
    public init(prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// The path of `name` inside the directory (the file need not exist).
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}

/// Calls `body` with a fresh temporary directory, removed (with everything in it) when `body` returns or throws.
public func withTemporaryDirectory<T>(prefix: String, _ body: (TemporaryDirectory) throws -> T) throws -> T {
    let directory = try TemporaryDirectory(prefix: prefix)
    return try withExtendedLifetime(directory) { try body(directory) }
}
