import MineralKB
import SQLite
import Synchronization

/// Read-only connections to one base: one per request in flight, kept open between requests.
///
/// Each request reads inside one read transaction, so a page shows one committed state of the base
/// even while `mkb import` writes (WAL: readers never wait for the writer, nor see its open work).
final class ConnectionPool: Sendable {
    /// A connection lent to one request at a time: the lock hands it over, so it is never shared.
    private final class Lease: @unchecked Sendable {
        let kb: KnowledgeBase
        init(_ kb: KnowledgeBase) { self.kb = kb }
    }

    private let path: String
    private let idleLimit: Int
    private let idle = Mutex<[Lease]>([])

    init(path: String, idleLimit: Int) {
        self.path = path
        self.idleLimit = idleLimit
    }

    /// Opens one connection now, so a wrong path or an old schema fails at start, not at the first request.
    func check() throws {
        give(try Lease(KnowledgeBase.openReadOnly(at: path)))
    }

    /// Runs `body` on a connection of its own, in one read transaction, interrupted past `timeLimit` seconds.
    func read<T>(timeLimit: Double, _ body: (KnowledgeBase) throws -> T) throws -> T {
        let lease = try take()
        defer { give(lease) }
        return try lease.kb.withReadSnapshot(timeLimit: timeLimit) { try body(lease.kb) }
    }

    private func take() throws -> Lease {
        if let lease = idle.withLock({ $0.popLast() }) { return lease }
        return Lease(try KnowledgeBase.openReadOnly(at: path))
    }

    private func give(_ lease: Lease) {
        idle.withLock { leases in
            if leases.count < idleLimit { leases.append(lease) }
        }
    }
}
