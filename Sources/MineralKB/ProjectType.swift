/// What kind of thing a project is.
public enum ProjectType: String, CaseIterable, Codable, Sendable {
    /// A mine; a deposit; a plant; an exploration block; a concession; a refinery; any other project.
    case mine, deposit, plant, block, concession, refinery, project
}
