/// Whether a link holds now, held once, or is announced.
public enum LinkStatus: String, CaseIterable, Codable, Sendable {
    /// Holds now; held once but no longer; announced but not yet in place.
    case active, former, planned
}
