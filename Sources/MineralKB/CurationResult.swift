/// What a curation command did (or, for a dry run, would do): in words, with the ids it touched.
public struct CurationResult: Equatable, Sendable {
    /// The command as the audit log names it: `retract`, `merge`, `alias add`, `alias remove`, `rename`.
    public let command: String
    /// One sentence saying what changed.
    public let summary: String
    /// One line per fact removed or moved, for the user to check.
    public let details: [String]
    /// The entities touched (kept, dropped, renamed, or left without a source).
    public let entityIDs: [Int64]
    /// The sources touched.
    public let sourceIDs: [Int64]
    /// True when nothing was written: the result says what the command would do.
    public let isDryRun: Bool
    /// The row of `changes` that records it; nil for a dry run.
    public let changeID: Int64?
}
