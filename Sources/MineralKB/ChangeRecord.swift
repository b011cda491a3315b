/// One row of the audit log (`changes`): a curation or a re-import that replaced a source's facts.
public struct ChangeRecord: Hashable, Codable, Sendable {
    /// The row id, in the order changes were made.
    public let id: Int64
    /// When, as an ISO 8601 UTC timestamp (`2026-12-01T15:04:05Z`).
    public let madeAt: String
    /// Which command: `retract`, `merge`, `alias add`, `alias remove`, `rename`, `import`.
    public let command: String
    /// What changed, in one sentence.
    public let summary: String
    /// The entities touched.
    public let entityIDs: [Int64]
    /// The sources touched.
    public let sourceIDs: [Int64]
}
