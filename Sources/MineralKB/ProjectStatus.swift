/// Where a project stands.
public enum ProjectStatus: String, CaseIterable, Codable, Sendable {
    /// The stages of a project's life, from exploring to closed, and announced ones (planned).
    case exploration, development, construction, operating, suspended, closed, planned
}
