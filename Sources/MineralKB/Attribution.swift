/// How a quote is attributed to its speaker in the text.
public enum Attribution: String, CaseIterable, Codable, Sendable {
    /// The text names the speaker ("…, the minister said").
    case explicit
    /// The speaker is read from context (say why in `attribution_note`).
    case implicit
}
