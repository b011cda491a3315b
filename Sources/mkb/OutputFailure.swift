import Foundation

/// The first failed write to an output, shared by every `OutputBuffer` of the process, so that
/// `mkb` can end with a message and exit 1 instead of crashing or reporting success.
enum OutputFailure {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var first: String?

    static func record(_ error: Error) {
        lock.withLock { if first == nil { first = error.localizedDescription } }
    }

    /// Why writing the output failed, if it did.
    static var current: String? { lock.withLock { first } }
}
