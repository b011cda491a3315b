import SQLite

extension KnowledgeBase {
    /// Runs `body` inside one read transaction, interrupted past `seconds`: every call in it sees one
    /// committed state of the base, even while another process imports (WAL readers never wait).
    ///
    /// For servers and tools that answer one request with several library calls.
    public func withReadSnapshot<T>(timeLimit seconds: Double, _ body: () throws -> T) throws -> T {
        try KnowledgeBase.wrap {
            try database.withTimeLimit(seconds: seconds) {
                try database.transaction(.deferred) { try body() }
            }
        }
    }
}
