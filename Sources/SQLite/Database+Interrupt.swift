internal import CSQLite
import Dispatch

/// Interrupts a connection's running statement from any thread.
///
/// Obtained from `Database.interruptHandle`; safe to use after the connection closed (it then does nothing).
public struct InterruptHandle: Sendable {
    let connection: ConnectionHandle

    /// Makes the running statement (if any) fail with an `.interrupt` error as soon as possible.
    /// See <https://www.sqlite.org/c3ref/interrupt.html>.
    public func interrupt() { connection.interrupt() }
}

/// The deadline a progress handler compares against; kept alive by the Database while installed.
final class DeadlineBox {
    let deadline: UInt64
    init(deadline: UInt64) { self.deadline = deadline }
}

extension Database {
    /// A handle that can interrupt this connection from another thread.
    public var interruptHandle: InterruptHandle { InterruptHandle(connection: connection) }

    /// Interrupts the running statement, if any.
    public func interrupt() { connection.interrupt() }

    /// Runs `body`; a statement still running after `seconds` is interrupted and fails
    /// with an `.interrupt` error whose message names the limit.
    ///
    /// Implemented with a progress handler checked every 1,000 virtual-machine steps,
    /// so the cost is a clock read per thousand steps. See <https://www.sqlite.org/c3ref/progress_handler.html>.
    public func withTimeLimit<T>(seconds: Double, _ body: () throws -> T) throws -> T {
        // Clamped: a limit of 1e300 s means "no limit", not a trap converting to UInt64.
        let limitNanoseconds = UInt64(exactly: (min(max(0, seconds), 1e9) * 1_000_000_000).rounded()) ?? UInt64.max
        let box = DeadlineBox(deadline: DispatchTime.now().uptimeNanoseconds &+ limitNanoseconds)
        progressBox = box
        sqlite3_progress_handler(handle, 1000, { context in
            guard let context else { return 0 }
            let box = Unmanaged<DeadlineBox>.fromOpaque(context).takeUnretainedValue()
            return DispatchTime.now().uptimeNanoseconds >= box.deadline ? 1 : 0
        }, Unmanaged.passUnretained(box).toOpaque())
        defer {
            sqlite3_progress_handler(handle, 0, nil, nil)
            progressBox = nil
        }
        do {
            return try body()
        } catch let error as SQLiteError where error.isInterrupted && DispatchTime.now().uptimeNanoseconds >= box.deadline {
            throw SQLiteError(code: error.code, message: "interrupted: the query ran past its time limit of \(seconds) s", sql: error.sql)
        }
    }
}
