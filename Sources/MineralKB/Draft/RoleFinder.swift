import Foundation

/// Finds the titles printed beside people's names, and the organisations they belong to:
/// "Min Ziheng, Director Marketing Planning at Jiaozuo Creation Heavy Industry Co Ltd",
/// "Barrick’s country manager Ali Khan", "Ali Khan, the chief executive of Lucky Minerals".
struct RoleFinder {
    let text: ArticleText

    /// One title found: who, as what, at which organisation (if printed), in which sentence.
    struct Role {
        let person: Int
        let title: String
        let organisation: Int?
        let sentence: String
    }

    /// Every title printed beside a person's mention.
    func roles(_ mentions: [Mention], entities: [DraftEntity]) -> [Role] {
        var roles: [Role] = []
        let sorted = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        for (position, mention) in sorted.enumerated() where entities[mention.entity].kind == .person && !mention.isAdjective {
            guard let sentence = text.sentence(at: mention.range.lowerBound) else { continue }
            if let role = after(mention, position, sorted, entities, sentence) ?? before(mention, position, sorted, entities, sentence) {
                roles.append(role)
            }
        }
        return roles
    }

    /// "NAME, TITLE at|of|with ORG" (the title up to the next comma).
    private func after(_ mention: Mention, _ position: Int, _ mentions: [Mention], _ entities: [DraftEntity], _ sentence: Sentence) -> Role? {
        let first = text.firstToken(atOrAfter: mention.range.upperBound)
        guard first < sentence.tokens.upperBound, first > 0, text.gap(after: first - 1) == ", " else { return nil }
        var end = first
        while end < sentence.tokens.upperBound {
            if end > first, text.gap(after: end - 1).contains(where: { ",;()“”\"".contains($0) }) { break }
            if DraftVocabulary.reportingVerbs.contains(text.tokens[end].lower) { break }
            end += 1
        }
        guard end > first else { return nil }
        var words = (first..<end).map { text.tokens[$0].lower }
        if ["the", "a", "an"].contains(words[0]) { words.removeFirst() }
        guard let head = words.first, DraftVocabulary.titleWords.contains(head) || DraftVocabulary.titleQualifiers.contains(head),
              words.contains(where: DraftVocabulary.titleWords.contains) else { return nil }
        let segment = text.tokens[first].range.lowerBound..<text.tokens[end - 1].range.upperBound
        // The organisation: the first one named inside the segment, after "at", "of" or "with".
        for later in mentions[(position + 1)...] where segment.contains(later.range.lowerBound) && entities[later.entity].kind == .organisation {
            var titleEnd = text.firstToken(atOrAfter: later.range.lowerBound) - 1
            if titleEnd > first, text.tokens[titleEnd].lower == "the" { titleEnd -= 1 }
            guard titleEnd > first, ["at", "of", "with", "for"].contains(text.tokens[titleEnd].lower) else { continue }
            let title = cleanTitle(text.text(text.tokens[first].range.lowerBound..<text.tokens[titleEnd - 1].range.upperBound))
            return Role(person: mention.entity, title: title, organisation: later.entity, sentence: sentence.text)
        }
        return Role(person: mention.entity, title: cleanTitle(text.text(segment)), organisation: nil, sentence: sentence.text)
    }

    /// "ORG’s TITLE NAME" or "ORG TITLE NAME" with the title in lower case ("Barrick’s country manager Ali Khan").
    private func before(_ mention: Mention, _ position: Int, _ mentions: [Mention], _ entities: [DraftEntity], _ sentence: Sentence) -> Role? {
        var start = text.firstToken(atOrAfter: mention.range.lowerBound)
        let nameStart = start
        while start > sentence.tokens.lowerBound {
            let previous = text.tokens[start - 1]
            // Spaces between the title's words; a comma may stand between the title and the name.
            let gap = text.gap(after: start - 1)
            guard gap.allSatisfy({ $0 == " " }) || (start == nameStart && gap == ", "), !previous.isCapitalised,
                  DraftVocabulary.titleWords.contains(previous.lower) || DraftVocabulary.titleQualifiers.contains(previous.lower) else { break }
            start -= 1
        }
        guard start < nameStart, (start..<nameStart).contains(where: { DraftVocabulary.titleWords.contains(text.tokens[$0].lower) }) else { return nil }
        while start < nameStart, ["the", "of", "for", "and"].contains(text.tokens[start].lower) { start += 1 }
        guard start < nameStart else { return nil }
        let title = text.text(text.tokens[start].range.lowerBound..<text.tokens[nameStart - 1].range.upperBound)
        var organisation: Int?
        if start > sentence.tokens.lowerBound, text.tokens[start - 1].lower == "its"
            || (text.tokens[start - 1].isPossessive && ["company", "firm", "group"].contains(text.tokens[start - 1].lower)) {
            // "Its managing director, …", "the company’s chief operating officer, …": the organisation last named.
            organisation = SpeakerResolver.lastSubjectOrganisation(before: mention.range.lowerBound, text: text, mentions: mentions, entities: entities)
        } else if position > 0, start > 0 {
            let previous = mentions[position - 1]
            if entities[previous.entity].kind == .organisation, previous.range.upperBound <= text.tokens[start].range.lowerBound,
               text.text(previous.range.upperBound..<text.tokens[start].range.lowerBound).trimmingCharacters(in: CharacterSet(charactersIn: " ’'s")).isEmpty {
                organisation = previous.entity
            }
        }
        return Role(person: mention.entity, title: cleanTitle(title), organisation: organisation, sentence: sentence.text)
    }

    private func cleanTitle(_ title: String) -> String {
        var words = title.split(separator: " ").map(String.init)
        while let first = words.first, ["the", "a", "an"].contains(first.lowercased()) { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
