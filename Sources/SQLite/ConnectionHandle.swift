internal import CSQLite
import Foundation

/// Owns the C connection pointer so that it can be interrupted from another thread safely:
/// `close()` and `interrupt()` take the same lock, so an interrupt never reaches a closed connection.
final class ConnectionHandle: @unchecked Sendable {
    private let lock = NSLock()
    private var pointer: OpaquePointer?

    init(_ pointer: OpaquePointer) { self.pointer = pointer }

    func interrupt() {
        lock.withLock { pointer.map { sqlite3_interrupt($0) } }
    }

    func close() {
        lock.withLock {
            sqlite3_close_v2(pointer)
            pointer = nil
        }
    }
}
