/// One sentence of an article: its text and its words.
struct Sentence: Sendable {
    /// Its position in the article, counting from 0.
    let index: Int
    /// The paragraph it is in.
    let paragraph: Int
    /// Character offsets in the article.
    let range: Range<Int>
    /// Indexes of its words in the article's token list.
    let tokens: Range<Int>
    /// The sentence as printed, trimmed.
    let text: String
}
