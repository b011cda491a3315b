/// An entity an article names: one the base knows, or one the draft proposes.
struct DraftEntity: Sendable {
    let kind: EntityKind
    /// The base's name for a known entity; the fullest printed form for a proposed one.
    var name: String
    /// Other printed forms (a short name, an abbreviation).
    var aliases: [String] = []
    /// True when the base already knows it: referred to by name, never declared.
    let isKnown: Bool
    /// Organisation or place type, where the text shows it.
    var type: String?
    /// Places: the containing place, where printed beside it ("Karachi, Sindh").
    var within: String?
    /// The sentence it was first found in.
    var evidence: String?
    /// Why it was proposed (the clue), for the reviewer.
    var clue: String?
    /// People: the title printed beside the name, and the organisation it belongs to.
    var role: String?
    var organisation: Int?
    var gender: DraftVocabulary.Gender = .unknown
    /// Places that are known but share their name with others: the country that tells them apart.
    var disambiguatingCountry: String?
    /// Projects: the minerals their name says they work ("… Copper Project").
    var minerals: [String] = []

    /// Every printed form.
    var names: [String] { [name] + aliases }
}
