import Foundation

/// Reads the quotations of an article (direct, broken by "he said", running over paragraphs) and its
/// reported speech ("He said his firm has …"), each with its speaker.
struct QuoteReader {
    let text: ArticleText
    let spans: [QuoteSpan]

    /// Every direct quotation, in text order, with its speaker resolved through `resolver`.
    func directQuotes(_ resolver: inout SpeakerResolver) -> [FoundQuote] {
        var quotes: [FoundQuote] = []
        let units = self.units()
        var lastSpeaker: (speaker: SpeakerResolver.Speaker, paragraph: Int)?
        for index in units.indices {
            let unit = units[index]
            let first = unit.spans[0], last = unit.spans[unit.spans.count - 1]
            var speaker: SpeakerResolver.Speaker?
            var review: String?
            if let phrase = unit.attribution ?? attributionAfter(last) ?? attributionBefore(first) {
                speaker = resolver.resolve(phrase)
                if speaker == nil { review = "the words beside this quote (\"\(text.text(phrase).trimmingSpaces())\") name no one the draft knows: add the speaker" }
            } else if let previous = lastSpeaker, first.paragraph - previous.paragraph <= 1 {
                speaker = previous.speaker
                review = "no speaker printed beside this quote: taken to be the previous quote's; check"
            } else if let person = resolver.antecedent(before: first.open, gender: .unknown) {
                speaker = .person(person)
                review = "no speaker printed beside this quote: taken to be the person last named; check"
            } else {
                review = "no speaker found: add one or leave it out"
            }
            if let speaker { lastSpeaker = (speaker, last.paragraph) }
            let sentence = text.sentence(at: first.open)?.index ?? 0
            var quote = FoundQuote(text: unit.text, isDirect: true, offset: first.open, ranges: unit.spans.map(\.inside), sentence: sentence, review: review)
            switch speaker {
            case .person(let person)?: quote.speaker = person
            case .organisation(let organisation)?: quote.organisation = organisation
            case nil: break
            }
            if !quote.text.isEmpty, quote.text.split(separator: " ").count >= 2 { quotes.append(quote) }
        }
        return quotes
    }

    // MARK: - Units: one quotation, possibly in several stretches

    private struct Unit {
        var spans: [QuoteSpan]
        var text: String
        /// The words between two stretches of a quote broken by "he said".
        var attribution: Range<Int>?
    }

    private func units() -> [Unit] {
        var units: [Unit] = []
        var index = 0
        while index < spans.count {
            var unit = Unit(spans: [spans[index]], text: cleaned(spans[index]))
            // A quote left open at a paragraph's end continues in the next paragraph's quote.
            while unit.spans[unit.spans.count - 1].runsOn, index + 1 < spans.count, spans[index + 1].continues {
                index += 1
                unit.spans.append(spans[index])
                unit.text = unit.text + " " + cleaned(spans[index])
            }
            // “We came,” he said, “and we stayed.”: one quotation broken by its attribution.
            if index + 1 < spans.count {
                let current = unit.spans[unit.spans.count - 1], next = spans[index + 1]
                if next.paragraph == current.paragraph, !current.runsOn,
                   let firstLetter = text.text(next.inside).first(where: { $0.isLetter }), firstLetter.isLowercase,
                   isAttribution(current.close + 1..<next.open) {
                    unit.attribution = current.close + 1..<next.open
                    let head = text.text(current.inside).trimmingSpaces()
                    unit.spans.append(next)
                    unit.text = head + " " + cleaned(next)
                    index += 1
                }
            }
            units.append(unit)
            index += 1
        }
        return units
    }

    /// The quoted words: trimmed, without the comma that hands over to "he said".
    private func cleaned(_ span: QuoteSpan) -> String {
        var words = text.text(span.inside).trimmingSpaces()
        while let last = words.last, last == "," || last == " " { words.removeLast() }
        return words
    }

    /// True for a short stretch holding a reporting verb: ", he said, ", " said Mr Khan. ".
    private func isAttribution(_ range: Range<Int>) -> Bool {
        let words = words(in: range)
        return !words.isEmpty && words.count <= 12 && words.contains(where: DraftVocabulary.reportingVerbs.contains)
    }

    private func words(in range: Range<Int>) -> [String] {
        var index = text.firstToken(atOrAfter: range.lowerBound)
        var words: [String] = []
        while index < text.tokens.count, text.tokens[index].range.upperBound <= range.upperBound {
            words.append(text.tokens[index].lower)
            index += 1
        }
        return words
    }

    // MARK: - Attribution

    /// The speaker phrase after a quote: ", he said", ", said Min Ziheng, director …", ", the minister added".
    private func attributionAfter(_ span: QuoteSpan) -> Range<Int>? {
        guard !span.runsOn, let sentence = text.sentence(at: span.close) else { return nil }
        var end = min(sentence.range.upperBound, text.paragraphs[span.paragraph].upperBound)
        if let next = spans.first(where: { $0.open > span.close && $0.paragraph == span.paragraph }) { end = min(end, next.open) }
        let start = span.close + 1
        guard start < end else { return nil }
        var index = text.firstToken(atOrAfter: start)
        var position = 0
        while index < text.tokens.count, text.tokens[index].range.upperBound <= end, position < 8 {
            if DraftVocabulary.reportingVerbs.contains(text.tokens[index].lower) {
                if position == 0 {
                    // "said Min Ziheng, …": the phrase after the verb, to the next comma.
                    let phraseStart = index + 1
                    var phraseEnd = phraseStart
                    while phraseEnd < text.tokens.count, text.tokens[phraseEnd].range.upperBound <= end {
                        phraseEnd += 1
                        if text.gap(after: phraseEnd - 1).contains(where: { ",.;:".contains($0) }) { break }
                    }
                    guard phraseEnd > phraseStart else { return nil }
                    return text.tokens[phraseStart].range.lowerBound..<text.tokens[phraseEnd - 1].range.upperBound
                }
                return start..<text.tokens[index].range.lowerBound
            }
            index += 1
            position += 1
        }
        return nil
    }

    /// The speaker phrase before a quote in its sentence: "He said: “", "Khan told reporters: “", "According to Khan, “".
    private func attributionBefore(_ span: QuoteSpan) -> Range<Int>? {
        guard !span.continues, let sentence = text.sentence(at: span.open) else { return nil }
        var start = sentence.range.lowerBound
        if let previous = spans.last(where: { $0.close < span.open && $0.paragraph == span.paragraph }), previous.close >= start { start = previous.close + 1 }
        guard start < span.open else { return nil }
        let lead = text.text(start..<span.open).trimmingSpaces()
        guard let mark = lead.last, ":,".contains(mark) || lead.hasSuffix("that") else { return nil }
        var index = text.firstToken(atOrAfter: start)
        var verb: Int?
        var according: Int?
        while index < text.tokens.count, text.tokens[index].range.upperBound <= span.open {
            let word = text.tokens[index].lower
            if DraftVocabulary.quoteIntroducers.contains(word) || DraftVocabulary.reportingVerbs.contains(word) { verb = verb ?? index }
            if word == "according", index + 1 < text.tokens.count, text.tokens[index + 1].lower == "to" { according = index + 2 }
            index += 1
        }
        if let according, according < text.tokens.count {
            return text.tokens[according].range.lowerBound..<span.open
        }
        guard let verb, verb > 0, text.tokens[verb].range.lowerBound > start else { return nil }
        return start..<text.tokens[verb].range.lowerBound
    }

    // MARK: - Reported speech

    /// Whether a quotation span overlaps `range`. Spans are in text order and never overlap, so
    /// their closing offsets rise too: a binary search finds the first that closes at or after
    /// `range`'s start, the only one that can.
    private func overlapsQuote(_ range: Range<Int>) -> Bool {
        var low = 0, high = spans.count
        while low < high {
            let middle = (low + high) / 2
            if spans[middle].close < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < spans.count && spans[low].open < range.upperBound
    }

    /// Reported speech: a sentence with no quotation marks whose subject says, notes or adds
    /// something ("He said his firm has …", "Min noted that …", "Min told Wealth Pakistan that …").
    func paraphrases(_ resolver: inout SpeakerResolver) -> [FoundQuote] {
        var quotes: [FoundQuote] = []
        for sentence in text.sentences {
            guard !sentence.text.contains(where: { "\"“”„«»".contains($0) }),
                  !overlapsQuote(sentence.range) else { continue }
            var index = sentence.tokens.lowerBound
            var found: (verb: Int, clause: Int)?
            var according: Int?
            while index < sentence.tokens.upperBound {
                let word = text.tokens[index].lower
                if word == "according", index + 2 < sentence.tokens.upperBound, text.tokens[index + 1].lower == "to", index == sentence.tokens.lowerBound {
                    according = index + 2
                }
                if DraftVocabulary.reportingVerbs.contains(word), index > sentence.tokens.lowerBound {
                    if let clause = clauseStart(afterVerb: index, in: sentence) { found = (index, clause) }
                    break
                }
                index += 1
            }
            var speakerRange: Range<Int>?
            var clause: Int?
            if let found {
                speakerRange = sentence.range.lowerBound..<text.tokens[found.verb].range.lowerBound
                clause = found.clause
            } else if let according {
                // "According to Khan, the deposit holds …"
                var end = according
                while end < sentence.tokens.upperBound, !text.gap(after: end).contains(",") { end += 1 }
                guard end + 1 < sentence.tokens.upperBound else { continue }
                speakerRange = text.tokens[according].range.lowerBound..<text.tokens[end].range.upperBound
                clause = end + 1
            }
            guard let speakerRange, let clause, sentence.tokens.upperBound - clause >= 4 else { continue }
            // Reported speech is kept for people; a firm's announcements are the article's own account.
            guard let speaker = resolver.resolve(speakerRange), case .person = speaker else { continue }
            var words = text.text(text.tokens[clause].range.lowerBound..<sentence.range.upperBound).trimmingSpaces()
            if let first = words.first { words = first.uppercased() + words.dropFirst() }
            var quote = FoundQuote(text: words, isDirect: false, offset: text.tokens[clause].range.lowerBound,
                                   ranges: [text.tokens[clause].range.lowerBound..<sentence.range.upperBound], sentence: sentence.index)
            switch speaker {
            case .person(let person): quote.speaker = person
            case .organisation(let organisation): quote.organisation = organisation
            }
            quote.review = "reported speech, not the speaker's words: check the paraphrase"
            quotes.append(quote)
        }
        return quotes
    }

    /// Where the reported clause starts after a reporting verb: after "that", after the person told
    /// ("told Wealth Pakistan that"), or right after the verb ("He said his firm …").
    private func clauseStart(afterVerb verb: Int, in sentence: Sentence) -> Int? {
        let next = verb + 1
        guard next < sentence.tokens.upperBound, !text.gap(after: verb).contains(where: { ",:;".contains($0) }) else { return nil }
        for candidate in next..<min(sentence.tokens.upperBound, verb + 7) where text.tokens[candidate].lower == "that" {
            return candidate + 1
        }
        // Without "that", only verbs that take a statement straight after them ("He said his firm …"),
        // and not before words that start something else ("said in a statement", "said on Monday").
        guard QuoteReader.directStatementVerbs.contains(text.tokens[verb].lower),
              !QuoteReader.nonStatementStarts.contains(text.tokens[next].lower) else { return nil }
        return next
    }

    private static let directStatementVerbs: Set<String> = ["said", "says", "added", "adds", "noted", "stated"]
    private static let nonStatementStarts: Set<String> = ["in", "on", "at", "during", "while", "to", "after", "before", "by", "with", "it", "and"]
}
