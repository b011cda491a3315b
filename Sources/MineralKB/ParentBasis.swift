/// Where a place's parent comes from.
public enum ParentBasis: String, CaseIterable, Codable, Sendable {
    /// A source states it (the document that declares the place, and any other that does).
    case sourced
    /// General knowledge: no source states it.
    case background
}
