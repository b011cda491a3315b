/// One stretch of text between quotation marks, within a paragraph.
struct QuoteSpan: Sendable {
    /// Offset of the opening mark.
    let open: Int
    /// Offset of the closing mark, or the paragraph's end when the quote runs on to the next paragraph.
    let close: Int
    /// The paragraph it is in.
    let paragraph: Int
    /// True when the quote is left open at the paragraph's end and goes on in the next one.
    let runsOn: Bool
    /// True when it goes on a quote left open at the end of the paragraph before.
    let continues: Bool

    /// The quoted characters' range (marks excluded).
    var inside: Range<Int> { (open + 1)..<close }
}
