import Foundation

/// What an article prints about itself before (or at the start of) its body: a headline, a byline
/// date, a dateline ("ISLAMABAD, Jan 29 (APP):", "KARACHI:", "LONDON, March 3 (Reuters) -") with
/// its agency, and the paragraphs of the body with the dateline taken off.
struct ArticleHeader: Sendable {
    var title: String?
    /// The date printed in a header line ("date 2026-01-29", "Published: 29 January 2026").
    var printedDate: PartialDate?
    /// Month and day printed in the dateline, completed with a year when one is known.
    var datelineMonthDay: (month: Int, day: Int)?
    /// The dateline's place as printed ("ISLAMABAD").
    var datelinePlace: String?
    /// The agency in the dateline's brackets, as printed ("APP").
    var agency: String?
    /// "Staff Report", "By Ali Khan": a byline, kept out of the body.
    var byline: String?
    /// The body's paragraphs.
    var paragraphs: [String] = []

    /// Reads `article`: lines are paragraphs; boilerplate lines ("- Advertisement -") are dropped.
    init(article: String) {
        let lines = article.split(whereSeparator: \.isNewline)
            .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        var body: [String] = []
        var sawDateline = false
        for (number, rawLine) in lines.enumerated() {
            var line = rawLine
            if let date = ArticleHeader.headerDate(line) {
                printedDate = printedDate ?? date
                continue
            }
            if line.contains("dvertisement") || line.contains("DVERTISEMENT") {
                for noise in ["- Advertisement -", "Advertisement", "ADVERTISEMENT"] { line = line.replacingOccurrences(of: noise, with: "") }
            }
            line = line.trimmingSpaces()
            if line.isEmpty { continue }
            if body.isEmpty, line.lowercased().hasPrefix("by "), line.count < 80, !line.hasSuffix(".") {
                byline = String(line.dropFirst(3))
                continue
            }
            if !sawDateline, number < 6, let rest = readDateline(line) {
                sawDateline = true
                if !rest.isEmpty { body.append(rest) }
                continue
            }
            if body.isEmpty, !sawDateline, title == nil, line.count < 160, !".\"”".contains(line.last ?? "."), lines.count > 1 {
                title = line
                continue
            }
            body.append(line)
        }
        paragraphs = body
    }

    // MARK: - Dates

    /// A header line holding only a date: "date 2026-01-29", "Published: January 29, 2026", "29 Jan 2026".
    private static func headerDate(_ line: String) -> PartialDate? {
        guard line.count < 80, line.contains(where: \.isNumber) else { return nil }
        let cleaned = line.replacingOccurrences(of: "- Advertisement -", with: "").trimmingSpaces()
        let words = cleaned.split(whereSeparator: { " ,".contains($0) }).map(String.init)
        guard !words.isEmpty, words.count <= 6 else { return nil }
        let labels: Set<String> = ["date", "published", "published:", "updated", "updated:", "date:", "posted", "posted:", "on"]
        let rest = words.filter { !labels.contains($0.lowercased()) }
        guard rest.count < words.count || rest.count <= 4 else { return nil }
        return date(in: rest.joined(separator: " "))
    }

    /// A full date in `text`: ISO, "January 29, 2026", "29 January 2026", "Jan. 29, 2026".
    static func date(in text: String) -> PartialDate? {
        let words = text.split(whereSeparator: { " ,".contains($0) }).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
        for word in words where word.count == 10 {
            if let date = PartialDate(word) { return date }
        }
        for (index, word) in words.enumerated() {
            guard let month = DraftVocabulary.months[word.lowercased()] else { continue }
            let neighbours = [index - 1, index + 1, index + 2].filter { words.indices.contains($0) }.compactMap { Int(words[$0]) }
            guard let year = neighbours.first(where: { $0 >= 1900 && $0 <= 2999 }) else { continue }
            let day = neighbours.first { (1...31).contains($0) }
            let text = day.map { String(format: "%04d-%02d-%02d", year, month, $0) } ?? String(format: "%04d-%02d", year, month)
            if let date = PartialDate(text) { return date }
        }
        return nil
    }

    // MARK: - Dateline

    /// Takes a dateline off the start of `line` and returns the rest, or nil when there is none.
    ///
    /// A dateline is a place in capitals, then optionally ", Month Day" and "(AGENCY)", then ":", "-",
    /// "–" or "—".
    private mutating func readDateline(_ line: String) -> String? {
        let characters = Array(line)
        var index = 0
        while index < characters.count, characters[index].isUppercase || characters[index] == " " || characters[index] == "-" || characters[index] == "." || characters[index] == "'" { index += 1 }
        let place = String(characters[0..<index]).trimmingSpaces()
        guard place.count >= 3, place.contains(where: \.isLetter), place == place.uppercased() else { return nil }
        var rest = String(characters[index...])
        var monthDay: (Int, Int)?
        var agency: String?
        if rest.hasPrefix(",") {
            let parts = rest.dropFirst().trimmingSpaces().split(separator: " ", maxSplits: 2).map(String.init)
            if parts.count >= 2, let month = DraftVocabulary.months[parts[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))],
               let day = Int(parts[1].trimmingCharacters(in: CharacterSet(charactersIn: ",:"))), (1...31).contains(day) {
                monthDay = (month, day)
                rest = parts.count > 2 ? parts[2] : ""
                if parts[1].hasSuffix(":") { rest = ":" + rest }
                // "April 8, 2026 —": a year after the day makes the dateline's date complete.
                let yearText = rest.prefix { $0.isNumber }
                if yearText.count == 4, let year = Int(yearText) {
                    printedDate = printedDate ?? PartialDate(String(format: "%04d-%02d-%02d", year, month, day))
                    rest = String(rest.dropFirst(4))
                }
            } else {
                return nil
            }
        }
        rest = rest.trimmingSpaces()
        if rest.hasPrefix("("), let close = rest.firstIndex(of: ")") {
            agency = String(rest[rest.index(after: rest.startIndex)..<close]).trimmingSpaces()
            rest = String(rest[rest.index(after: close)...]).trimmingSpaces()
        }
        guard let separator = rest.first, ":-–—".contains(separator) else { return nil }
        while let first = rest.first, ":-–— ".contains(first) { rest.removeFirst() }
        datelinePlace = place
        datelineMonthDay = monthDay
        self.agency = agency
        return rest
    }

    /// The dateline's date, given the year the article was published in.
    func datelineDate(year: Int?) -> PartialDate? {
        guard let (month, day) = datelineMonthDay, let year else { return nil }
        return PartialDate(String(format: "%04d-%02d-%02d", year, month, day))
    }
}
