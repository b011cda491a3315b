import Foundation

/// A fresh directory under the system's temporary directory, removed with everything in it (a
/// database and the -wal, -shm and -journal files SQLite leaves beside it) when released, whether
/// the test that made it passed, failed or threw.
///
/// The one temporary-file helper of the tests and benchmarks: each test or run gets its own. Keep it
/// alive to the test's end (`withTemporaryDirectory`, a stored property, or `withExtendedLifetime`):
/// a local constant is only guaranteed to live until its last use.
/// A directory shared by a whole suite lives in a `static let`, which Swift never releases: make
/// it with `init(prefix:removedAtExit: true)` so that it goes when the test process exits.
public final class TemporaryDirectory: Sendable {
    /// The directory; it exists until this object is released (or the process exits).
    public let url: URL

    /// Makes a directory named `prefix` followed by a unique suffix. With `removedAtExit`, it is
    /// also removed when the process exits normally (the end of `swift test`, failures included).
    public init(prefix: String, removedAtExit: Bool = false) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if removedAtExit { RemovalAtExit.shared.add(url) }
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

/// The directories to remove when the process exits: static objects are never released, so their
/// `deinit` cannot do it. An `atexit` handler runs on `exit()`, which is how a test run ends.
private final class RemovalAtExit: @unchecked Sendable {
    static let shared = RemovalAtExit()

    // Guards `urls`: suites run in parallel and may make their shared directories at the same time.
    private let lock = NSLock()
    private var urls: [URL] = []

    private init() {
        atexit { RemovalAtExit.shared.removeAll() }
    }

    func add(_ url: URL) {
        lock.withLock { urls.append(url) }
    }

    private func removeAll() {
        let urls = lock.withLock { self.urls }
        for url in urls { try? FileManager.default.removeItem(at: url) }
    }
}
