import Dispatch
import Foundation
import SQLite

/// Interrupts a connection from another thread once a deadline has passed, and again every 10 ms
/// until stopped: this reaches a query while SQLite prepares it (where no progress handler runs),
/// and an interrupt that lands between two statements is not lost.
final class QueryWatchdog: @unchecked Sendable {
    /// When the query's time is up.
    let deadline: DispatchTime
    private let handle: InterruptHandle
    private let lock = NSLock()
    private var isActive = true
    private let timer: DispatchSourceTimer

    /// Starts watching: `seconds` from now (clamped to 1e9, "no limit") the interrupts begin.
    init(interrupting handle: InterruptHandle, after seconds: Double) {
        self.handle = handle
        deadline = DispatchTime.now() + min(max(0, seconds), 1e9)
        timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: deadline, repeating: .milliseconds(10))
        timer.setEventHandler { [weak self] in self?.fire() }
        timer.resume()
    }

    /// True once the deadline has passed.
    var isPastDeadline: Bool { DispatchTime.now() >= deadline }

    /// Stops the interrupts; none reaches the connection after this returns.
    func stop() {
        lock.withLock { isActive = false }
        timer.cancel()
    }

    private func fire() {
        lock.withLock { if isActive { handle.interrupt() } }
    }

    deinit { stop() }
}
