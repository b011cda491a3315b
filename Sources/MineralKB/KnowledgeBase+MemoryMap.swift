import SQLite

extension KnowledgeBase {
    /// Lets SQLite read up to `bytes` of the file through a memory map instead of copying each page
    /// it misses into its own cache with a system call: for long-lived read-only connections that
    /// serve many short reads (the web server's pool). 0 turns it off again.
    ///
    /// A writer's new pages still come from the WAL log; what is traded (a disk read error becomes a
    /// signal, not an error code) is on https://sqlite.org/mmap.html.
    public func mapForReading(bytes: Int) throws {
        // A PRAGMA takes no bound value; this is an integer, never text.
        try KnowledgeBase.wrap { try database.execute(sql: "PRAGMA mmap_size = \(max(0, bytes))") }
    }
}
