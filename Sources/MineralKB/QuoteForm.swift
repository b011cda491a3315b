/// Whether a quote gives the speaker's exact words or reports them.
public enum QuoteForm: String, CaseIterable, Codable, Sendable {
    /// Exact words; the reported gist.
    case direct, paraphrase
}
