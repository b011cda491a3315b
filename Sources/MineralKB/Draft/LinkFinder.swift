import Foundation

/// Proposes links from the patterns news copy uses, each with its evidence sentence:
/// "has been engaged in Pakistan for over 20 years" (operates_in, since 2006, before), "an office in
/// Karachi" (has_office_in), "Pakistan’s reserves of copper, iron …" (has_reserves_of), a firm's
/// interest in minerals (interested_in), "the … Forum held in Islamabad" (held_in), "on the sidelines
/// of the … Forum" (attended), "a Chinese company" (based_in), "signed an MoU with" (signed_mou_with),
/// "a 51% stake in the … Project" (owns), "the … Mine in Chagai" (located_in).
struct LinkFinder {
    let text: ArticleText
    /// Every mention, sorted by where each starts.
    let mentions: [Mention]
    let entities: [DraftEntity]
    let lexicon: DraftLexicon
    /// The year the article was published, for "for over 20 years".
    let year: Int?
    /// Per sentence, the person whose words it reports (from quotes and reported speech).
    let sentenceSpeakers: [Int: Int]

    /// One proposed link: entity indexes, the relation, and what the pattern read.
    struct Found {
        var from: Int
        var relation: String
        var to: Int
        var role: String?
        var sharePercent: Double?
        var since: String?
        var sinceQualifier: String?
        var status: String?
        var evidence: String
        var pattern: String
    }

    func links() -> [Found] {
        var found: [Found] = []
        for sentence in text.sentences {
            let here = Array(mentions.starting(in: sentence.range))
            let words = sentence.tokens.map { text.tokens[$0].lower }
            found += presence(sentence, here, words)
            found += reserves(sentence, here, words)
            found += interests(sentence, here, words)
            found += forums(sentence, here, words)
            found += origins(sentence, here, words)
            found += agreements(sentence, here, words)
            found += stakes(sentence, here, words)
            found += equipment(sentence, here, words)
            found += origins(ofMinerals: sentence, here)
        }
        // Keep each claim once, and only between kinds the relation joins.
        var seen: Set<String> = []
        return found.filter { link in
            guard lexicon.allows(link.relation, from: entities[link.from].kind, to: entities[link.to].kind), link.from != link.to else { return false }
            return seen.insert("\(link.from) \(link.relation) \(link.to)").inserted
        }
    }

    // MARK: - Helpers

    /// The token index (in the article) of the first occurrence of `phrase` in the sentence, from `start`.
    private func find(_ phrase: [String], in sentence: Sentence, _ words: [String], from start: Int = 0) -> Int? {
        guard phrase.count <= words.count, start <= words.count - phrase.count else { return nil }
        for offset in start...(words.count - phrase.count) where words[offset] == phrase[0] {
            if phrase.indices.allSatisfy({ words[offset + $0] == phrase[$0] }) { return sentence.tokens.lowerBound + offset }
        }
        return nil
    }

    private func kind(_ mention: Mention) -> EntityKind { entities[mention.entity].kind }

    /// The first mention of `kind` starting at or after token `index`, within `window` tokens.
    private func mention(after index: Int, _ here: [Mention], kind wanted: EntityKind, window: Int = 4) -> Mention? {
        guard index < text.tokens.count else { return nil }
        let start = text.tokens[index].range.lowerBound
        let limitToken = min(text.tokens.count - 1, index + window)
        let limit = text.tokens[limitToken].range.upperBound
        return here.first { kind($0) == wanted && $0.range.lowerBound >= start && $0.range.lowerBound <= limit && !$0.isAdjective }
    }

    /// The organisation a sentence's claim is about: one named before `index` (not a news outlet),
    /// or "his firm", "the company", "its" pointing to the speaker's organisation or the last one named.
    private func subjectOrganisation(_ sentence: Sentence, _ here: [Mention], before index: Int) -> Int? {
        let limit = text.tokens[min(index, text.tokens.count - 1)].range.lowerBound
        if let named = here.first(where: { kind($0) == .organisation && entities[$0.entity].type != "media" && $0.range.lowerBound < limit && !$0.isInsideQuote }) {
            return named.entity
        }
        let words = (sentence.tokens.lowerBound..<min(index, sentence.tokens.upperBound)).map { text.tokens[$0].lower }
        let possessive = words.contains { ["his", "her", "their", "our", "my"].contains($0) }
        let refersToFirm = words.contains { ["firm", "company", "group", "we", "our", "its", "association", "ministry", "department", "chamber", "organisation", "organization", "corporation"].contains($0) }
        guard refersToFirm else { return nil }
        if let speaker = sentenceSpeakers[sentence.index], let organisation = entities[speaker].organisation { return organisation }
        if possessive { return nil }
        return SpeakerResolver.lastSubjectOrganisation(before: limit, text: text, mentions: mentions, entities: entities)
    }

    private static let numbers: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
        "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    ]

    /// "for over 20 years" → (year − 20, before); "since 2006" → (2006, nil).
    private func since(_ sentence: Sentence, _ words: [String], from start: Int) -> (String, String?)? {
        let offset = start - sentence.tokens.lowerBound
        for index in max(0, offset)..<min(words.count, offset + 10) {
            if words[index] == "since", index + 1 < words.count, let year = Int(words[index + 1]), (1800...2999).contains(year) {
                return (String(year), nil)
            }
            guard words[index] == "for" else { continue }
            var cursor = index + 1
            var qualifier: String?
            let qualifiers: [([String], String)] = [(["over"], "before"), (["more", "than"], "before"), (["nearly"], "after"), (["almost"], "after"),
                                                   (["about"], "about"), (["around"], "about"), (["some"], "about"), (["close", "to"], "after")]
            for (phrase, value) in qualifiers where cursor + phrase.count <= words.count && Array(words[cursor..<cursor + phrase.count]) == phrase {
                qualifier = value
                cursor += phrase.count
            }
            guard cursor + 1 < words.count, let count = Int(words[cursor]) ?? LinkFinder.numbers[words[cursor]],
                  words[cursor + 1] == "years" || words[cursor + 1] == "decades", let year else { continue }
            let years = words[cursor + 1] == "decades" ? count * 10 : count
            return (String(year - years), qualifier)
        }
        return nil
    }

    // MARK: - Patterns

    /// operates_in, has_office_in, headquartered_in, based_in.
    private func presence(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        var found: [Found] = []
        let engaged = ["engaged", "operating", "active", "present", "working", "operational", "invested", "operated", "exploring", "drilling", "producing", "mining"]
        for (offset, word) in words.enumerated() where engaged.contains(word) && offset + 1 < words.count && words[offset + 1] == "in" {
            let index = sentence.tokens.lowerBound + offset
            guard let place = mention(after: index + 2, here, kind: .place, window: 1),
                  let organisation = subjectOrganisation(sentence, here, before: index) else { continue }
            var link = Found(from: organisation, relation: "operates_in", to: place.entity, evidence: sentence.text, pattern: "\(word) in PLACE")
            if let (year, qualifier) = since(sentence, words, from: index + 2) {
                link.since = year
                link.sinceQualifier = qualifier
            }
            link.status = "active"
            found.append(link)
        }
        for (offset, word) in words.enumerated() where (word == "office" || word == "offices") && offset + 1 < words.count && words[offset + 1] == "in" {
            let index = sentence.tokens.lowerBound + offset
            guard let organisation = subjectOrganisation(sentence, here, before: index) else { continue }
            var describing = offset
            while describing > 0, ["local", "regional", "liaison", "branch", "country", "representative", "head", "new", "sales", "project"].contains(words[describing - 1]) { describing -= 1 }
            let role = words[describing...offset].joined(separator: " ")
            for place in here where kind(place) == .place && !place.isAdjective && place.range.lowerBound > text.tokens[index + 1].range.lowerBound
                && place.range.lowerBound <= text.tokens[min(sentence.tokens.upperBound - 1, index + 8)].range.upperBound {
                var link = Found(from: organisation, relation: "has_office_in", to: place.entity, evidence: sentence.text, pattern: "office in PLACE")
                link.role = role
                link.status = "active"
                found.append(link)
            }
        }
        for (phrase, relation) in [(["headquartered", "in"], "headquartered_in"), (["headquarters", "in"], "headquartered_in"), (["based", "in"], "based_in")] {
            guard let index = find(phrase, in: sentence, words), let place = mention(after: index + 2, here, kind: .place, window: 1),
                  let organisation = subjectOrganisation(sentence, here, before: index) else { continue }
            found.append(Found(from: organisation, relation: relation, to: place.entity, evidence: sentence.text, pattern: phrase.joined(separator: " ") + " PLACE"))
        }
        // "the Karachi-based Lucky Minerals"
        for (offset, token) in sentence.tokens.enumerated() where text.tokens[token].lower.hasSuffix("-based") {
            let placeName = String(text.tokens[token].text.dropLast("-based".count))
            guard let entry = lexicon.entries(for: placeName).first(where: { $0.kind == .place }),
                  let placeIndex = entities.firstIndex(where: { $0.isKnown && $0.kind == .place && $0.name == entry.name }) ?? nil,
                  let organisation = mention(after: sentence.tokens.lowerBound + offset + 1, here, kind: .organisation, window: 2) else { continue }
            found.append(Found(from: organisation.entity, relation: "based_in", to: placeIndex, evidence: sentence.text, pattern: "PLACE-based ORGANISATION"))
        }
        return found
    }

    /// has_reserves_of: "Pakistan’s reserves of copper, iron …", "Pakistan has vast reserves of …",
    /// "reserves of copper and gold in Balochistan", "Balochistan is rich in copper".
    private func reserves(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        var found: [Found] = []
        for (offset, word) in words.enumerated() where ["reserves", "deposits"].contains(word) && offset + 1 < words.count && words[offset + 1] == "of"
            || word == "rich" && offset + 1 < words.count && words[offset + 1] == "in" {
            let index = sentence.tokens.lowerBound + offset
            let minerals = mineralList(after: index + 2, sentence, here)
            guard !minerals.isEmpty else { continue }
            // The place: the possessive or subject before the word, else "in PLACE" after the list.
            let start = text.tokens[index].range.lowerBound
            var place = here.last { kind($0) == .place && !$0.isAdjective && $0.range.upperBound <= start && start - $0.range.upperBound < 40 }?.entity
            if place == nil, let lastMineral = minerals.last,
               let after = here.first(where: { kind($0) == .place && !$0.isAdjective && $0.range.lowerBound > lastMineral.range.upperBound && $0.range.lowerBound - lastMineral.range.upperBound < 8 }) {
                place = after.entity
            }
            // "his country holds reserves of …": the country of the speaker's title ("Uzbek Minister of …").
            if place == nil, let country = find(["country"], in: sentence, words), country > sentence.tokens.lowerBound,
               ["his", "her", "their", "our"].contains(text.tokens[country - 1].lower),
               let speaker = sentenceSpeakers[sentence.index] ?? here.first(where: { kind($0) == .person })?.entity {
                place = countryOfTitle(entities[speaker].role)
            }
            guard let place else { continue }
            for mineral in minerals {
                found.append(Found(from: place, relation: "has_reserves_of", to: mineral.entity, evidence: sentence.text, pattern: "PLACE’s \(word) of MINERALS"))
            }
        }
        return found
    }

    /// produces (place → mineral): "rubies from Hunza", "Swat emeralds".
    private func origins(ofMinerals sentence: Sentence, _ here: [Mention]) -> [Found] {
        var found: [Found] = []
        let sorted = here.filter { !$0.isAdjective }
        for (position, mention) in sorted.enumerated() where kind(mention) == .mineral {
            let next = text.firstToken(atOrAfter: mention.range.upperBound)
            if next + 1 < sentence.tokens.upperBound, text.tokens[next].lower == "from",
               let place = self.mention(after: next + 1, here, kind: .place, window: 0) {
                found.append(Found(from: place.entity, relation: "produces", to: mention.entity, evidence: sentence.text, pattern: "MINERAL from PLACE"))
            }
            if position > 0, kind(sorted[position - 1]) == .place,
               text.text(sorted[position - 1].range.upperBound..<mention.range.lowerBound) == " " {
                found.append(Found(from: sorted[position - 1].entity, relation: "produces", to: mention.entity, evidence: sentence.text, pattern: "PLACE MINERAL"))
            }
        }
        return found
    }

    /// The country a title names by its adjective ("Uzbek Minister of Mining" → Uzbekistan), as an entity index.
    private func countryOfTitle(_ role: String?) -> Int? {
        guard let role else { return nil }
        for word in role.split(separator: " ") {
            guard let country = NameFinder.country(ofAdjective: String(word), lexicon: lexicon) else { continue }
            if let index = entities.firstIndex(where: { $0.isKnown && $0.kind == .place && $0.name == country }) { return index }
        }
        return nil
    }

    /// The minerals listed from token `start`: "copper, iron, lead and zinc", "copper as well as gold".
    private func mineralList(after start: Int, _ sentence: Sentence, _ here: [Mention]) -> [Mention] {
        guard start < sentence.tokens.upperBound else { return [] }
        var result: [Mention] = []
        var cursor = text.tokens[start].range.lowerBound
        let minerals = here.filter { kind($0) == .mineral && $0.range.lowerBound >= cursor }
        for mineral in minerals {
            let between = text.text(cursor..<mineral.range.lowerBound).lowercased()
            let allowed = between.split(whereSeparator: { " ,".contains($0) }).allSatisfy {
                ["and", "or", "as", "well", "such", "including", "like", "other", "precious", "base", "metals", "valuable", "vast", "huge", "large", "significant", "untapped", "also", "especially", "particularly", "of"].contains($0)
            }
            guard allowed else { break }
            result.append(mineral)
            cursor = mineral.range.upperBound
        }
        return result
    }

    /// interested_in: a firm's plans or wishes about minerals ("interested in copper", "future
    /// cooperation could span … copper, gold and coal").
    private func interests(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        // A place's reserves are not a firm's interest: left to `reserves`.
        guard find(["reserves", "of"], in: sentence, words) == nil, find(["deposits", "of"], in: sentence, words) == nil else { return [] }
        let triggers: [[String]] = [["interested", "in"], ["interest", "in"], ["invest", "in"], ["investment", "in"], ["investing", "in"],
                                    ["minerals", "including"], ["such", "as"], ["exposure", "to"], ["also", "interested", "in"], ["licences", "for"], ["licenses", "for"], ["licence", "for"], ["opportunities", "in"], ["looking", "at"], ["eyeing"], ["explore"], ["exploring"], ["focus", "on"]]
        for trigger in triggers {
            guard let index = find(trigger, in: sentence, words) else { continue }
            let minerals = mineralList(after: index + trigger.count, sentence, here)
            // In reported speech, a firm's representative speaks for the firm: its interests are the firm's.
            guard !minerals.isEmpty, let organisation = subjectOrganisation(sentence, here, before: index)
                    ?? sentenceSpeakers[sentence.index].flatMap({ entities[$0].organisation }) else { continue }
            let planned = words.contains { ["could", "would", "will", "plans", "planning", "future", "aims", "seeks", "hopes", "intends", "looking", "eyeing"].contains($0) }
            return minerals.map { mineral in
                var link = Found(from: organisation, relation: "interested_in", to: mineral.entity, evidence: sentence.text, pattern: trigger.joined(separator: " ") + " MINERALS")
                link.status = planned ? "planned" : nil
                return link
            }
        }
        return []
    }

    /// supplies_equipment_for: "supplies drilling rigs to copper and gold explorers".
    private func equipment(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        for verb in ["supplies", "supply", "supplier", "provides", "manufactures", "makes", "sells"] {
            guard let index = find([verb], in: sentence, words) else { continue }
            let offset = index - sentence.tokens.lowerBound
            // The goods, then "to" or "for", then the minerals their buyers work.
            guard let to = (offset + 1..<min(words.count, offset + 8)).first(where: { ["to", "for"].contains(words[$0]) }),
                  (offset + 1..<to).contains(where: { NameFinder.equipmentWords.contains(words[$0]) }) else { continue }
            let minerals = mineralList(after: sentence.tokens.lowerBound + to + 1, sentence, here)
            guard !minerals.isEmpty, let organisation = subjectOrganisation(sentence, here, before: index) else { continue }
            return minerals.map { Found(from: organisation, relation: "supplies_equipment_for", to: $0.entity, evidence: sentence.text, pattern: "\(verb) EQUIPMENT to MINERAL") }
        }
        return []
    }

    /// held_in, attended, spoke_at.
    private func forums(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        var found: [Found] = []
        // "The forum, held in Tashkent, was organised by …": the forum last named.
        if words.count > 2, words[0] == "the", DraftVocabulary.forumWords.contains(words[1]),
           !here.contains(where: { kind($0) == .forum }),
           let forum = mentions.starting(before: sentence.range.lowerBound).last(where: { kind($0) == .forum && $0.range.upperBound <= sentence.range.lowerBound }) {
            if let held = find(["held", "in"], in: sentence, words), let place = mention(after: held + 2, here, kind: .place, window: 1) {
                found.append(Found(from: forum.entity, relation: "held_in", to: place.entity, evidence: sentence.text, pattern: "the forum, held in PLACE"))
            }
            for phrase in [["organised", "by"], ["organized", "by"], ["hosted", "by"]] {
                guard let by = find(phrase, in: sentence, words) else { continue }
                if let organiser = mention(after: by + 2, here, kind: .organisation, window: 2) {
                    found.append(Found(from: organiser.entity, relation: "organised", to: forum.entity, evidence: sentence.text, pattern: "the forum was organised by ORGANISATION"))
                }
            }
        }
        // "told the summit", "addressed the conference": the forum last named.
        for (offset, word) in words.enumerated() where offset >= 2 && DraftVocabulary.forumWords.contains(word) && words[offset - 1] == "the"
            && ["told", "addressed", "addressing", "attended", "attending"].contains(words[offset - 2]) {
            let index = sentence.tokens.lowerBound + offset
            guard !here.contains(where: { kind($0) == .forum && $0.range.contains(text.tokens[index].range.lowerBound) }),
                  let forum = mentions.starting(before: text.tokens[index].range.lowerBound).last(where: { kind($0) == .forum && $0.range.upperBound <= text.tokens[index].range.lowerBound }),
                  let person = here.first(where: { kind($0) == .person && !$0.isInsideQuote })?.entity ?? sentenceSpeakers[sentence.index] else { continue }
            let relation = words[offset - 2].hasPrefix("attend") ? "attended" : "spoke_at"
            found.append(Found(from: person, relation: relation, to: forum.entity, evidence: sentence.text, pattern: "\(words[offset - 2]) the \(word)"))
        }
        for forum in here where kind(forum) == .forum {
            let after = text.firstToken(atOrAfter: forum.range.upperBound)
            let offset = after - sentence.tokens.lowerBound
            if offset >= 0, offset < words.count {
                var cursor = offset
                if ["held", "being", "taking", "organised", "organized", "hosted"].contains(words[cursor]) {
                    while cursor < words.count, words[cursor] != "in" && cursor - offset < 3 { cursor += 1 }
                }
                if cursor < words.count, words[cursor] == "in",
                   let place = mention(after: sentence.tokens.lowerBound + cursor + 1, here, kind: .place, window: 1) {
                    found.append(Found(from: forum.entity, relation: "held_in", to: place.entity, evidence: sentence.text, pattern: "FORUM held in PLACE"))
                }
            }
            // Who was there: the sentence's person, by the words before the forum's name.
            let before = text.firstToken(atOrAfter: forum.range.lowerBound) - sentence.tokens.lowerBound
            let lead = words[max(0, before - 5)..<max(0, before)].joined(separator: " ")
            let relation: String?
            if ["addressing", "addressed", "speaking at", "spoke at", "speech at", "keynote", "told the"].contains(where: lead.contains) {
                relation = "spoke_at"
            } else if ["sidelines of", "attending", "attended", "participated in", "on the margins of", "at the"].contains(where: lead.contains) {
                relation = "attended"
            } else {
                relation = nil
            }
            guard let relation else { continue }
            let person = here.first { kind($0) == .person && !$0.isInsideQuote }?.entity ?? sentenceSpeakers[sentence.index]
            if let person {
                found.append(Found(from: person, relation: relation, to: forum.entity, evidence: sentence.text, pattern: "\(lead.split(separator: " ").suffix(3).joined(separator: " ")) FORUM"))
            }
        }
        return found
    }

    /// based_in from a nationality: "Chinese firm Lucky Minerals", "Lucky Minerals, a Chinese company".
    private func origins(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        var found: [Found] = []
        for adjective in here where adjective.isAdjective {
            let start = text.firstToken(atOrAfter: adjective.range.lowerBound) - sentence.tokens.lowerBound
            guard start >= 0 else { continue }
            // A firm noun within the next few words.
            guard let noun = (start + 1..<min(words.count, start + 5)).first(where: { DraftVocabulary.firmNouns.contains(words[$0]) }) else { continue }
            let nounToken = sentence.tokens.lowerBound + noun
            var organisation = mention(after: nounToken + 1, here, kind: .organisation, window: 0)?.entity
            if organisation == nil, start >= 1, words[start - 1] == "the" {
                // "The Swedish company supplies …": the firm last named.
                organisation = SpeakerResolver.lastSubjectOrganisation(before: adjective.range.lowerBound, text: text, mentions: mentions, entities: entities)
            }
            if organisation == nil, start >= 2, ["a", "an"].contains(words[start - 1]), ["is", "was"].contains(words[start - 2]) {
                // "ILC is a Pakistani mineral exploration company"
                organisation = subjectOrganisation(sentence, here, before: sentence.tokens.lowerBound + start - 2)
            }
            if organisation == nil, start >= 2, ["a", "an"].contains(words[start - 1]) {
                let gapBefore = text.gap(after: sentence.tokens.lowerBound + start - 2)
                if gapBefore.contains(","), let named = here.last(where: { kind($0) == .organisation && $0.range.upperBound <= text.tokens[sentence.tokens.lowerBound + start - 1].range.lowerBound }),
                   text.firstToken(atOrAfter: named.range.upperBound) == sentence.tokens.lowerBound + start - 1 {
                    organisation = named.entity
                }
            }
            if let organisation {
                found.append(Found(from: organisation, relation: "based_in", to: adjective.entity, evidence: sentence.text, pattern: "a NATIONALITY firm"))
            }
        }
        return found
    }

    /// signed_mou_with, joint_venture_with, partner_of: the sentence's organisation and the one
    /// named after the words of the agreement ("signed a memorandum of understanding with …").
    private func agreements(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        let kinds: [([String], String)] = [
            (["memorandum", "of", "understanding"], "signed_mou_with"), (["mou"], "signed_mou_with"), (["joint", "venture"], "joint_venture_with"),
            (["partnership", "with"], "partner_of"), (["partnered", "with"], "partner_of"), (["working", "with"], "partner_of"),
            (["cooperating", "with"], "partner_of"), (["collaborating", "with"], "partner_of"), (["teamed", "up", "with"], "partner_of"),
        ]
        for (phrase, relation) in kinds {
            guard let index = find(phrase, in: sentence, words) else { continue }
            let organisations = here.filter { kind($0) == .organisation && entities[$0.entity].type != "media" && !$0.isInsideQuote }
            let start = text.tokens[index].range.lowerBound
            guard let subject = subjectOrganisation(sentence, here, before: index),
                  let partner = organisations.first(where: { $0.range.lowerBound > start && $0.entity != subject })
                    ?? organisations.first(where: { $0.range.lowerBound < start && $0.entity != subject }) else { continue }
            return [Found(from: subject, relation: relation, to: partner.entity, evidence: sentence.text, pattern: phrase.joined(separator: " ") + " ORGANISATION")]
        }
        return []
    }

    /// owns with a share, operates, located_in for projects.
    private func stakes(_ sentence: Sentence, _ here: [Mention], _ words: [String]) -> [Found] {
        var found: [Found] = []
        let projects = here.filter { kind($0) == .project }
        // "The project is located in Gilgit-Baltistan": the project last named.
        if let located = find(["is", "located", "in"], in: sentence, words) ?? find(["lies", "in"], in: sentence, words),
           words.prefix(3).contains(where: { ["project", "mine", "deposit", "plant"].contains($0) }), projects.isEmpty,
           let project = mentions.starting(before: sentence.range.lowerBound).last(where: { kind($0) == .project && $0.range.upperBound <= sentence.range.lowerBound }),
           let place = mention(after: located + (words.contains("located") ? 3 : 2), here, kind: .place, window: 1) {
            found.append(Found(from: project.entity, relation: "located_in", to: place.entity, evidence: sentence.text, pattern: "the project is located in PLACE"))
        }
        guard !projects.isEmpty else { return found }
        for (offset, word) in words.enumerated() where ["stake", "share", "interest"].contains(word) {
            let index = sentence.tokens.lowerBound + offset
            guard let project = mention(after: index + 1, here, kind: .project, window: 4),
                  let organisation = subjectOrganisation(sentence, here, before: index) else { continue }
            var link = Found(from: organisation, relation: "owns", to: project.entity, evidence: sentence.text, pattern: "a N% stake in PROJECT")
            // The percentage printed just before: "51%", "51 per cent", "51 percent".
            for back in stride(from: offset - 1, through: max(0, offset - 4), by: -1) {
                if let value = Double(words[back]), (0...100).contains(value) { link.sharePercent = value; break }
            }
            found.append(link)
        }
        if let operates = find(["operates"], in: sentence, words) ?? find(["operator", "of"], in: sentence, words),
           let project = mention(after: operates + 1, here, kind: .project, window: 3),
           let organisation = subjectOrganisation(sentence, here, before: operates) {
            found.append(Found(from: organisation, relation: "operates", to: project.entity, evidence: sentence.text, pattern: "ORGANISATION operates PROJECT"))
        }
        for project in projects {
            for mineral in entities[project.entity].minerals {
                if let index = entities.firstIndex(where: { $0.kind == .mineral && $0.name == mineral }) {
                    found.append(Found(from: project.entity, relation: "works", to: index, evidence: sentence.text, pattern: "a MINERAL project's name"))
                }
            }
            let after = text.firstToken(atOrAfter: project.range.upperBound)
            guard after < sentence.tokens.upperBound, ["in", "near"].contains(text.tokens[after].lower),
                  let place = mention(after: after + 1, here, kind: .place, window: 2) else { continue }
            found.append(Found(from: project.entity, relation: "located_in", to: place.entity, evidence: sentence.text, pattern: "PROJECT in PLACE"))
        }
        return found
    }
}
