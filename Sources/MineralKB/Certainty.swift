/// How sure a claim is, as a source backs it: what the source says, what an analyst inferred from
/// it, or what remains uncertain.
public enum Certainty: String, CaseIterable, Codable, Sendable {
    /// The source says so.
    case stated
    /// Read between the source's lines, by an analyst.
    case inferred
    /// Doubtful: the source hedges, or sources disagree.
    case uncertain
}
