/// What kind of name an alias is, beside a plain other spelling.
public enum AliasKind: String, CaseIterable, Codable, Sendable {
    /// A name the entity went by before (with when it changed).
    case formerName = "former name"
    /// A misprint found in a source, kept so the source's text still finds the entity.
    case misprint
    /// A short form: "IEM", "PMDC".
    case abbreviation
    /// The name written in another script's letters: "Gwadar" / "Gawadar".
    case transliteration
    /// Another spelling.
    case spelling
}
