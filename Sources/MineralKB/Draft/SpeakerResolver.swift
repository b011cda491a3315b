/// Settles who a phrase points at: a name ("Min Ziheng", "Mr Khan", "Min"), a pronoun ("he", "she")
/// or a title ("the minister", "the company's chief executive") back to the right person named
/// earlier; "the company" or a firm's name to an organisation.
struct SpeakerResolver {
    let text: ArticleText
    /// Every mention, in text order (sorted by where each starts, for `starting(in:)`).
    let mentions: [Mention]
    private(set) var entities: [DraftEntity]

    /// Who a phrase names.
    enum Speaker: Equatable {
        case person(Int)
        case organisation(Int)
    }

    init(text: ArticleText, mentions: [Mention], entities: [DraftEntity]) {
        self.text = text
        self.mentions = mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        self.entities = entities
    }

    /// Who the words in `range` name, reading back from `range`'s start for pronouns and titles.
    mutating func resolve(_ range: Range<Int>) -> Speaker? {
        let inside = mentions.starting(in: range).filter { !$0.isAdjective }
        if let person = inside.first(where: { entities[$0.entity].kind == .person }) { return .person(person.entity) }
        let words = tokenWords(range)
        for (position, word) in words.enumerated() {
            if let gender = DraftVocabulary.pronouns[word], word == "he" || word == "she" {
                return antecedent(before: range.lowerBound, gender: gender).map(Speaker.person)
            }
            if word == "the" || word == "its" || word == "company’s" {
                let rest = words[(position + 1)...].filter { !["company", "firm", "ministry", "group", "’s", "s"].contains($0) }
                if let title = rest.first(where: DraftVocabulary.titleWords.contains) ?? (rest.first == "official" ? "official" : nil),
                   let person = titled(title, before: range.lowerBound) {
                    return .person(person)
                }
            }
        }
        if let organisation = inside.first(where: { entities[$0.entity].kind == .organisation && entities[$0.entity].type != "media" }) {
            return .organisation(organisation.entity)
        }
        if words.contains(where: { ["company", "firm", "group", "ministry", "department", "miner"].contains($0) }),
           let organisation = lastOrganisation(before: range.lowerBound) {
            return .organisation(organisation)
        }
        return nil
    }

    /// The person "he" or "she" at `offset` points back to: the subject of the nearest sentence
    /// before (or of this one, before the pronoun) that names a person of a fitting gender.
    mutating func antecedent(before offset: Int, gender: DraftVocabulary.Gender) -> Int? {
        guard let here = text.sentence(at: offset) else { return nil }
        var sentence = here.index
        while sentence >= 0 {
            let range = text.sentences[sentence].range
            let candidates = mentions.starting(in: range).filter {
                $0.range.lowerBound < offset && !$0.isInsideQuote && !$0.isAdjective
                    && entities[$0.entity].kind == .person && fits(entities[$0.entity].gender, gender)
            }
            if let subject = candidates.first {
                if entities[subject.entity].gender == .unknown && gender != .unknown { entities[subject.entity].gender = gender }
                return subject.entity
            }
            sentence -= 1
        }
        return nil
    }

    /// The person most recently named before `offset` whose title holds `title` ("minister" → "Federal Minister for Petroleum").
    private func titled(_ title: String, before offset: Int) -> Int? {
        let wanted = title == "ceo" ? ["ceo", "chief executive"] : title == "official" ? [""] : [title]
        for mention in mentions.starting(before: offset).reversed() where entities[mention.entity].kind == .person {
            let role = (entities[mention.entity].role ?? "").lowercased()
            if !role.isEmpty, wanted.contains(where: { $0.isEmpty || role.contains($0) }) { return mention.entity }
        }
        return nil
    }

    /// The organisation "the company" at `offset` points back to.
    func lastOrganisation(before offset: Int) -> Int? {
        SpeakerResolver.lastSubjectOrganisation(before: offset, text: text, mentions: mentions, entities: entities)
    }

    /// The organisation "the company" or "its" at `offset` points back to: the most recent sentence
    /// whose first organisation named (outside quotes, not a news outlet) is before `offset`; that
    /// firm is what the sentence is about, where a later one is usually its partner or client.
    /// Read backwards from `offset` (`mentions` sorted by where each starts): the first such sentence
    /// met, and its earliest organisation before `offset`.
    static func lastSubjectOrganisation(before offset: Int, text: ArticleText, mentions: [Mention], entities: [DraftEntity]) -> Int? {
        var candidate: Mention?
        var sentence: Int?
        for mention in mentions.starting(before: offset).reversed() {
            guard entities[mention.entity].kind == .organisation, entities[mention.entity].type != "media", !mention.isInsideQuote,
                  let here = text.sentence(at: mention.range.lowerBound) else { continue }
            if let sentence, here.index != sentence { break }
            candidate = mention
            sentence = here.index
        }
        return candidate?.entity
    }

    private func fits(_ known: DraftVocabulary.Gender, _ wanted: DraftVocabulary.Gender) -> Bool {
        known == .unknown || wanted == .unknown || known == wanted
    }

    private func tokenWords(_ range: Range<Int>) -> [String] {
        var index = text.firstToken(atOrAfter: range.lowerBound)
        var words: [String] = []
        while index < text.tokens.count, text.tokens[index].range.upperBound <= range.upperBound {
            words.append(text.tokens[index].lower)
            index += 1
        }
        return words
    }
}
