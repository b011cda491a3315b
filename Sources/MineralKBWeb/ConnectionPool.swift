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
        give(try ConnectionPool.open(path))
    }

    /// Runs `body` on a connection of its own, in one read transaction, interrupted past `timeLimit` seconds.
    func read<T>(timeLimit: Double, _ body: (KnowledgeBase) throws -> T) throws -> T {
        let lease = try take()
        defer { give(lease) }
        return try lease.kb.withReadSnapshot(timeLimit: timeLimit) { try body(lease.kb) }
    }

    private func take() throws -> Lease {
        if let lease = idle.withLock({ $0.popLast() }) { return lease }
        return try ConnectionPool.open(path)
    }

    /// A read-only connection that reads through a memory map: a page SQLite's own cache misses costs
    /// no system call and no copy (the pool's connections share the file's pages in the OS cache).
    private static func open(_ path: String) throws -> Lease {
        let kb = try KnowledgeBase.openReadOnly(at: path)
        try kb.mapForReading(bytes: memoryMapBytes)
        return Lease(kb)
    }

    /// Address space only (the pages are the OS cache's): 1 GiB covers a large base.
    static let memoryMapBytes = 1 << 30

    private func give(_ lease: Lease) {
        idle.withLock { leases in
            if leases.count < idleLimit { leases.append(lease) }
        }
    }
}
