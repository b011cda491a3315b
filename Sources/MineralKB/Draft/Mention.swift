/// One place in the article where an entity is named.
struct Mention: Sendable {
    /// The entity, as an index into the drafter's entity list.
    let entity: Int
    /// Character offsets of the name as printed.
    let range: Range<Int>
    /// True when inside quotation marks (then it is never an antecedent for "he" or "she").
    let isInsideQuote: Bool
    /// True for a nationality adjective ("Chinese" names China).
    let isAdjective: Bool
}
