/// Whether a forum took place.
public enum ForumStatus: String, CaseIterable, Codable, Sendable {
    /// Announced; took place; called off; moved to a later date.
    case planned, held, cancelled, postponed
}
