/// Whether a link holds now, held once, or is announced.
public enum LinkStatus: String, CaseIterable, Codable, Sendable {
    case active, former, planned
}
