/// One problem found by `KnowledgeBase.check()`: which check found it, and what is wrong.
public struct IntegrityProblem: Hashable, Codable, Sendable, CustomStringConvertible {
    /// The checks `check()` runs.
    public enum Check: String, Hashable, Codable, Sendable, CaseIterable {
        /// The schema against the one the migrations make: tables, columns, indexes, triggers, views.
        case schema
        /// SQLite's `PRAGMA integrity_check`: pages, indexes, constraints.
        case integrity
        /// `PRAGMA foreign_key_check`: rows that refer to rows that do not exist.
        case foreignKeys = "foreign keys"
        /// FTS5's integrity check of the quote index `quotes_fts` against the `quotes` table.
        case fullTextIndex = "full-text index"
        /// Every entity has its row in its kind's table, and every such row its entity.
        case entities
    }

    /// The check that found it.
    public let check: Check
    /// What is wrong, as the check reported it.
    public let message: String

    /// A problem that `check` found.
    public init(check: Check, message: String) {
        self.check = check
        self.message = message
    }

    /// `check: message`.
    public var description: String { "\(check.rawValue): \(message)" }
}
