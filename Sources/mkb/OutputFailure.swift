import Foundation

/// The first failed write to standard output, shared by every `OutputBuffer` of the process, so that
/// `mkb` can end with a message and exit 1 instead of crashing or reporting success, or, when the
/// reader closed the pipe (`mkb sql … | head -1`), end quietly with exit 0.
enum OutputFailure {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var first: (errno: Int32, reason: String)?

    static func record(errno error: Int32) {
        lock.withLock { if first == nil { first = (error, String(cString: strerror(error))) } }
    }

    /// Why writing the output failed, if it did.
    static var current: String? { lock.withLock { first?.reason } }

    /// True when the output failed because its reader went away (EPIPE): the reader asked for no more.
    static var readerWentAway: Bool { lock.withLock { first?.errno == EPIPE } }

    /// Thrown by a row callback to stop producing rows no one will read.
    struct Stop: Error {}
}
