/// How exact a date is: "over 20 years" in a 2026 article is `since 2006, before`.
public enum DateQualifier: String, CaseIterable, Codable, Sendable {
    /// The true date is before, after or about the date given.
    case before, after, about
}
