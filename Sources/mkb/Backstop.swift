import Dispatch
import Foundation

/// Ends the process with a message if it is still running at a deadline: the last guard of a time
/// limit, for work nothing else can interrupt (one long SQL function call, a blocked write).
final class Backstop: @unchecked Sendable {
    /// How long past the query's own limit the backstop waits for the library to stop it first.
    static let grace = 0.5

    private let lock = NSLock()
    private var isArmed = true

    init(after seconds: Double, message: String) {
        guard seconds < 1e9 else { return }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [self] in
            lock.lock()  // held to the end: once fired, the main thread cannot print or exit concurrently
            guard isArmed else { return lock.unlock() }
            printError(message)
            _exit(1)
        }
    }

    /// The work finished in time: the backstop does nothing.
    func disarm() { lock.withLock { isArmed = false } }
}
