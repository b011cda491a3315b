/// A quotation or a piece of reported speech found in an article, before it is written as a document quote.
struct FoundQuote: Sendable {
    /// The words (exact for a direct quote; the reported clause for a paraphrase).
    var text: String
    /// True for words between quotation marks; false for reported speech.
    var isDirect: Bool
    /// Who said it: a person, or for "the company said" an organisation only.
    var speaker: Int?
    var organisation: Int?
    /// Where it starts in the article, and the characters it covers (for what it mentions).
    var offset: Int
    var ranges: [Range<Int>]
    /// The sentence that reports it.
    var sentence: Int
    /// Why the speaker is what it is, when it was inferred rather than printed beside the quote.
    var review: String?
}
