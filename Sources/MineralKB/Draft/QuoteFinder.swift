/// Finds the stretches of an article between double quotation marks, straight or curly.
///
/// Single marks inside a quote (‘nested’ quotes) are part of its text; a quote left open at the end
/// of a paragraph continues where the next paragraph opens a quote again, as news copy prints a
/// quotation that runs over paragraphs.
enum QuoteFinder {
    private static let opening: Set<Character> = ["“", "„", "«"]
    private static let closing: Set<Character> = ["”", "»"]

    static func spans(in text: ArticleText) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        var leftOpen = false
        for (paragraph, range) in text.paragraphs.enumerated() {
            var openAt: Int?
            var continuing = false
            var index = range.lowerBound
            while index < range.upperBound, text.characters[index] == " " { index += 1 }
            // A paragraph that starts with an opening mark after one left open continues that quote.
            if leftOpen, index < range.upperBound, isMark(text.characters[index]) {
                openAt = index
                continuing = true
                index += 1
            }
            leftOpen = false
            while index < range.upperBound {
                let character = text.characters[index]
                if let start = openAt {
                    if closing.contains(character) || (character == "\"" && index > start + 1) {
                        spans.append(QuoteSpan(open: start, close: index, paragraph: paragraph, runsOn: false, continues: continuing))
                        openAt = nil
                        continuing = false
                    }
                } else if opening.contains(character) || character == "\"" {
                    openAt = index
                } else if closing.contains(character) {
                    // A closing mark with no opening one: a typesetting slip, read as an opening mark
                    // only where a word follows it.
                    if index + 1 < range.upperBound, text.characters[index + 1].isLetter { openAt = index }
                }
                index += 1
            }
            if let start = openAt, range.upperBound > start + 1 {
                spans.append(QuoteSpan(open: start, close: range.upperBound, paragraph: paragraph, runsOn: true, continues: continuing))
                leftOpen = true
            }
        }
        // A quote that "runs on" into a paragraph that does not continue it was simply unclosed.
        for index in spans.indices where spans[index].runsOn {
            let next = index + 1 < spans.count ? spans[index + 1] : nil
            if next == nil || !(next?.continues ?? false) || next?.paragraph != spans[index].paragraph + 1 {
                let span = spans[index]
                spans[index] = QuoteSpan(open: span.open, close: span.close, paragraph: span.paragraph, runsOn: false, continues: span.continues)
            }
        }
        return spans
    }

    private static func isMark(_ character: Character) -> Bool {
        character == "\"" || opening.contains(character)
    }
}
