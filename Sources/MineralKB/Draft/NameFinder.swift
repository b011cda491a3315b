import Foundation

/// Finds the entities an article names: names the base knows (any alias, reference places and
/// minerals, nationality adjectives), and new ones proposed from their shape and context — company
/// suffixes, titles, "the … Forum", capitalised runs after "in" or "at", a name beside "said".
struct NameFinder {
    let text: ArticleText
    let lexicon: DraftLexicon
    /// Per token: true when it lies inside quotation marks.
    let quoted: [Bool]
    /// Countries the article is about, most named first: they settle place names shared by several countries.
    private(set) var countries: [String] = []
    private(set) var entities: [DraftEntity] = []
    private(set) var mentions: [Mention] = []
    /// Normalised printed form → entity index, for every entity found so far.
    private var byName: [String: Int] = [:]

    init(text: ArticleText, lexicon: DraftLexicon, quoted: [Bool], datelineCountry: String?) {
        self.text = text
        self.lexicon = lexicon
        self.quoted = quoted
        countries = NameFinder.countriesNamed(in: text, lexicon: lexicon, dateline: datelineCountry)
    }

    /// The entity index for a printed name, if found in the article or the base (adding a known one).
    mutating func entity(named name: String) -> Int? {
        if let index = byName[NameNormaliser.normalise(name)] { return index }
        guard let entry = choose(lexicon.entries(for: name)) else { return nil }
        return add(known: entry, printed: name)
    }

    /// Adds an entity found other than by `find` (a publisher, a dateline place): returns its index.
    mutating func add(_ entity: DraftEntity) -> Int {
        for name in entity.names { if let index = byName[NameNormaliser.normalise(name)], entities[index].kind == entity.kind { return index } }
        entities.append(entity)
        for name in entity.names { byName[NameNormaliser.normalise(name)] = entities.count - 1 }
        return entities.count - 1
    }

    /// Records a person's title and organisation (found by the role finder), and a gender cue.
    mutating func update(_ index: Int, _ change: (inout DraftEntity) -> Void) {
        change(&entities[index])
    }

    /// Walks every sentence, recording mentions in text order.
    mutating func find() {
        for sentence in text.sentences {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = text.tokens[index]
                if token.isCapitalised {
                    let end = runEnd(from: index, limit: sentence.tokens.upperBound)
                    handleRun(index..<end, in: sentence)
                    index = end
                } else if let length = lowercaseName(at: index, limit: sentence.tokens.upperBound) {
                    index += length
                } else {
                    index += 1
                }
            }
        }
    }

    // MARK: - Runs of capitalised words

    private static let connectors: Set<String> = ["of", "for", "and", "de", "du", "da", "al", "bin", "van", "von", "der", "la", "el", "the", "&"]

    /// The end of the run of capitalised words starting at `start`: connectors ("of", "for", "&")
    /// join when a capitalised word follows; punctuation and possessives end it.
    private func runEnd(from start: Int, limit: Int) -> Int {
        var end = start + 1
        while end < limit {
            guard !text.tokens[end - 1].isPossessive, isSpace(text.gap(after: end - 1)) else { break }
            let token = text.tokens[end]
            if token.isCapitalised && !DraftVocabulary.calendarWords.contains(token.lower) {
                end += 1
            } else if NameFinder.connectors.contains(token.lower), end + 1 < limit, text.tokens[end + 1].isCapitalised,
                      isSpace(text.gap(after: end)), !token.isPossessive {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    private func isSpace(_ gap: String) -> Bool {
        gap.allSatisfy { $0 == " " }
    }

    private mutating func handleRun(_ run: Range<Int>, in sentence: Sentence) {
        var start = run.lowerBound
        var gender = DraftVocabulary.Gender.unknown
        var hasHonorific = false
        // Leading words that start sentences ("The", "Speaking") or are honorifics are not the name.
        while start < run.upperBound {
            let lower = text.tokens[start].lower
            if let honorific = DraftVocabulary.honorifics[lower.contains(".") ? lower.filter { $0 != "." } : lower] {
                gender = honorific
                hasHonorific = true
                start += 1
            } else if DraftVocabulary.sentenceStarters.contains(lower) || DraftVocabulary.calendarWords.contains(lower)
                        || NameFinder.connectors.contains(lower) || lower.hasSuffix("-based") {
                start += 1
            } else {
                break
            }
        }
        guard start < run.upperBound else { return }
        let run = start..<run.upperBound
        let words = run.map { text.tokens[$0].lower }
        let printed = self.printed(run)

        if let index = byName[NameNormaliser.normalise(printed)] ?? knownEntity(printed, placeContext: isPlaceContext(run)) {
            mention(index, run)
            if hasHonorific, entities[index].kind == .person, gender != .unknown { entities[index].gender = gender }
            return
        }
        if followsSpokenToCue(run), isOutletName(run) || (run.count == 1 && shortReference(words[0], hasHonorific: false) == nil) {
            let index = propose(.organisation, run, sentence: sentence)
            entities[index].type = "media"
            entities[index].clue = "the outlet someone spoke to; a person if not an outlet"
            return
        }
        // "Chief Executive Officer of Indus Lithium Corporation": a title, then what it is a title of.
        if let title = titlePrefix(run), title.upperBound < run.upperBound,
           ["of", "at", "for"].contains(text.tokens[title.upperBound - 1].lower) {
            handleRun(title.upperBound..<run.upperBound, in: sentence)
            return
        }
        if let kind = shapeKind(words, run) {
            propose(kind, run, sentence: sentence)
            return
        }
        if words.count <= 4, followsFirmNoun(run), !containsKnownName(run) {
            let index = propose(.organisation, run, sentence: sentence)
            entities[index].clue = "a name after \"\(text.tokens[run.lowerBound - 1].text)\""
            return
        }
        if let title = titlePrefix(run), title.upperBound < run.upperBound {
            personAfterTitle(run, title: title, sentence: sentence, gender: gender)
            return
        }
        if words.count >= 2, words.count <= 4, looksLikePerson(run, hasHonorific: hasHonorific) {
            let index = propose(.person, run, sentence: sentence)
            if gender != .unknown { entities[index].gender = gender }
            return
        }
        if words.count == 1, let index = shortReference(words[0], hasHonorific: hasHonorific) {
            mention(index, run)
            return
        }
        if hasHonorific, words.count == 1 {
            let index = propose(.person, run, sentence: sentence)
            entities[index].gender = gender
            return
        }
        if words.count <= 3, !words.contains("and"), !containsKnownName(run), followsPlacePreposition(run) || precedesPlaceNoun(run), !words.contains(where: { DraftVocabulary.titleWords.contains($0) }) {
            propose(.place, run, sentence: sentence)
            return
        }
        knownInside(run)
    }

    /// The printed text of a run of tokens.
    private func printed(_ run: Range<Int>) -> String {
        let last = text.tokens[run.upperBound - 1]
        // A possessive "’s" belongs to the sentence, not the name.
        let end = last.range.lowerBound + last.text.count
        return text.text(text.tokens[run.lowerBound].range.lowerBound..<end)
    }

    /// The kind a run's own words give it: "… Co Ltd" is a company, "… Forum" a forum.
    private func shapeKind(_ words: [String], _ run: Range<Int>) -> EntityKind? {
        guard var last = words.last, let first = words.first else { return nil }
        // "Geological Survey of Pakistan", "Gemstone Corporation of Pakistan": the head is the word before "of".
        if let of = words.firstIndex(of: "of"), of > 0, of < words.count - 1 {
            let head = words[of - 1]
            if [DraftVocabulary.governmentWords, DraftVocabulary.associationWords, DraftVocabulary.universityWords, DraftVocabulary.companySuffixes]
                .contains(where: { $0.contains(head) }) { last = head }
        }
        if DraftVocabulary.forumWords.contains(last), words.count >= 2 { return .forum }
        if DraftVocabulary.projectWords[last] != nil, words.count >= 2 { return .project }
        if words.count >= 2, [first, last].contains(where: DraftVocabulary.governmentWords.contains)
            || [first, last].contains(where: DraftVocabulary.associationWords.contains)
            || words.contains(where: DraftVocabulary.universityWords.contains)
            || DraftVocabulary.companySuffixes.contains(last)
            || (DraftVocabulary.mediaWords.contains(last) && !DraftVocabulary.titleWords.contains(first)) {
            return .organisation
        }
        return nil
    }

    /// The organisation type a proposed organisation's words suggest.
    private func organisationType(_ words: [String]) -> String {
        guard let first = words.first, var last = words.last else { return "company" }
        if let of = words.firstIndex(of: "of"), of > 0 { last = words[of - 1] }
        if [first, last].contains(where: DraftVocabulary.governmentWords.contains) { return "government body" }
        if words.contains(where: DraftVocabulary.universityWords.contains) { return "university" }
        if [first, last].contains(where: DraftVocabulary.associationWords.contains) { return "association" }
        if DraftVocabulary.mediaWords.contains(last) && !DraftVocabulary.companySuffixes.contains(last) { return "media" }
        return "company"
    }

    @discardableResult
    private mutating func propose(_ kind: EntityKind, _ run: Range<Int>, sentence: Sentence) -> Int {
        let name = printed(run)
        let words = run.map { text.tokens[$0].lower }
        var entity = DraftEntity(kind: kind, name: name, isKnown: false)
        entity.evidence = sentence.text
        switch kind {
        case .organisation:
            entity.type = organisationType(words)
            entity.clue = "its name ends in \"\(text.tokens[run.upperBound - 1].text)\""
            // A company is also called without its legal suffix: "… Heavy Industry Co Ltd" → "… Heavy Industry".
            var end = run.upperBound
            while end > run.lowerBound + 1, NameFinder.legalSuffixes.contains(text.tokens[end - 1].lower.filter { $0 != "." }) { end -= 1 }
            if end < run.upperBound { entity.aliases.append(printed(run.lowerBound..<end)) }
        case .forum:
            entity.clue = "its name ends in \"\(text.tokens[run.upperBound - 1].text)\""
        case .project:
            entity.type = DraftVocabulary.projectWords[words.last ?? ""]
            // "Gilgit Lithium Project" works lithium.
            entity.minerals = words.compactMap { word in lexicon.entries(normalised: word).first { $0.kind == .mineral }?.name }
            entity.clue = "its name ends in \"\(text.tokens[run.upperBound - 1].text)\""
        case .person:
            entity.clue = "a name beside a title or a reporting verb"
        case .place:
            entity.clue = "a capitalised name after \"\(text.tokens[run.lowerBound - 1].text)\""
            entity.within = containerPrintedAfter(run)
        case .mineral:
            break
        }
        // An abbreviation in brackets right after the name is another name for it: "… Limited (OGDCL)".
        if run.upperBound < text.tokens.count {
            let gap = text.gap(after: run.upperBound - 1)
            let next = text.tokens[run.upperBound]
            if gap.trimmingSpaces() == "(", next.isAllCaps, text.gap(after: run.upperBound).hasPrefix(")") {
                entity.aliases.append(next.text)
            }
        }
        let index = add(entity)
        mention(index, run)
        return index
    }

    private static let legalSuffixes: Set<String> = ["co", "ltd", "limited", "inc", "corp", "plc", "llc", "pvt", "pty", "gmbh", "ag", "sa", "bv", "nv", "llp", "incorporated"]

    /// "Karachi, Sindh": a known place printed right after a new one contains it.
    private func containerPrintedAfter(_ run: Range<Int>) -> String? {
        guard run.upperBound < text.tokens.count, text.gap(after: run.upperBound - 1) == ", " else { return nil }
        for length in stride(from: min(3, text.tokens.count - run.upperBound), through: 1, by: -1) {
            let candidate = run.upperBound..<(run.upperBound + length)
            if let entry = choose(lexicon.entries(for: printed(candidate))), entry.kind == .place { return entry.name }
        }
        return nil
    }

    // MARK: - People

    private static let portfolioWords: Set<String> = [
        "petroleum", "energy", "power", "finance", "commerce", "industries", "industry", "production", "planning",
        "development", "mines", "minerals", "mineral", "mining", "resources", "natural", "foreign", "affairs", "trade",
        "investment", "economic", "economy", "interior", "information", "water", "climate", "environment", "railways",
        "communications", "science", "technology", "privatisation", "privatization", "overseas", "maritime", "board",
        "marketing", "sales", "operations", "strategy", "geology", "geological", "exploration", "state", "provincial",
    ]

    /// The leading words of a run that form a title ("Federal Minister for Petroleum"), if it starts with one.
    /// Places and portfolios may stand on either side of the title word: "Sindh Mines and Mineral
    /// Development Secretary", "Minister for Petroleum".
    private func titlePrefix(_ run: Range<Int>) -> Range<Int>? {
        var end = run.lowerBound
        var hasTitleWord = false
        while end < run.upperBound {
            let word = text.tokens[end].lower
            if DraftVocabulary.titleWords.contains(word) {
                hasTitleWord = true
            } else if end == run.lowerBound, NameFinder.country(ofAdjective: text.tokens[end].text, lexicon: lexicon) != nil {
                // "Uzbek Minister of Mining …": a nationality before the title is part of it.
            } else if hasTitleWord, ["of", "at"].contains(word), end + 1 < run.upperBound,
                      !NameFinder.portfolioWords.contains(text.tokens[end + 1].lower) {
                // "Chairman of Shandong Jinhai Mining": what follows "of" is the organisation, not the title.
                end += 1
                break
            } else if !(DraftVocabulary.titleQualifiers.contains(word) || NameFinder.portfolioWords.contains(word)
                        || isKnownPlace(text.tokens[end].text)) {
                break
            }
            end += 1
        }
        return hasTitleWord ? run.lowerBound..<end : nil
    }

    private mutating func personAfterTitle(_ run: Range<Int>, title: Range<Int>, sentence: Sentence, gender: DraftVocabulary.Gender) {
        let name = title.upperBound..<run.upperBound
        let role = printed(title)
        let index: Int
        if let known = byName[NameNormaliser.normalise(printed(name))] {
            index = known
            mention(index, name)
        } else if name.count == 1, let reference = shortReference(text.tokens[name.lowerBound].lower, hasHonorific: true) {
            index = reference
            mention(index, name)
        } else {
            index = propose(.person, name, sentence: sentence)
            entities[index].clue = "a name after the title \"\(role)\""
        }
        if entities[index].kind == .person, entities[index].role == nil { entities[index].role = role }
        if gender != .unknown { entities[index].gender = gender }
    }

    /// A run of two to four plain capitalised words is a person's name when the context says so:
    /// a title after a comma, a reporting verb after it, "said" or "according to" before it, or "Mr".
    private func looksLikePerson(_ run: Range<Int>, hasHonorific: Bool) -> Bool {
        for index in run {
            let token = text.tokens[index]
            if token.isAllCaps && token.text.count > 1 { return false }
            if DraftVocabulary.titleWords.contains(token.lower) || DraftVocabulary.mediaWords.contains(token.lower)
                || NameFinder.portfolioWords.contains(token.lower) || isKnownPlace(token.text) { return false }
        }
        if hasHonorific { return true }
        let last = run.upperBound - 1
        if !text.tokens[last].isPossessive, last + 1 < text.tokens.count {
            let gap = text.gap(after: last)
            let next = text.tokens[last + 1]
            if isSpace(gap), DraftVocabulary.reportingVerbs.contains(next.lower) || NameFinder.personVerbs.contains(next.lower) { return true }
            if gap == ", " {
                if next.lower == "who" || DraftVocabulary.reportingVerbs.contains(next.lower) { return true }
                // A title follows within a few words: "Min Ziheng, Director Marketing Planning at …".
                var index = last + 1
                while index < min(text.tokens.count, last + 6) {
                    if DraftVocabulary.titleWords.contains(text.tokens[index].lower) { return true }
                    if index > last + 1, text.gap(after: index - 1).contains(",") { break }
                    index += 1
                }
            }
        }
        if run.lowerBound > 0 {
            let before = text.tokens[run.lowerBound - 1]
            if ["said", "says", "added", "by"].contains(before.lower), isSpace(text.gap(after: run.lowerBound - 1)) { return true }
            if before.lower == "to", run.lowerBound > 1, text.tokens[run.lowerBound - 2].lower == "according" { return true }
            // "… chief executive Ali Khan", "Its managing director, Farhan Qureshi,"
            if DraftVocabulary.titleWords.contains(before.lower), !before.isCapitalised || isSpace(text.gap(after: run.lowerBound - 1)),
               [" ", ", "].contains(text.gap(after: run.lowerBound - 1)) { return true }
        }
        return false
    }

    /// Verbs news copy uses with a person as subject ("Omar Farooq attended …").
    private static let personVerbs: Set<String> = [
        "attended", "addressed", "met", "visited", "chaired", "heads", "led", "joined", "spoke", "opened", "inaugurated", "urged", "briefed",
    ]

    /// A single word naming someone or something met before: a person's surname or given name
    /// ("Min", "Khan"), or the first word of an organisation's name ("Jiaozuo").
    private func shortReference(_ word: String, hasHonorific: Bool) -> Int? {
        for index in entities.indices.reversed() where entities[index].kind == .person {
            let parts = entities[index].name.split(separator: " ").map { $0.lowercased() }
            if parts.count > 1, parts.contains(word) { return index }
        }
        guard !hasHonorific else { return nil }
        for index in entities.indices.reversed() where entities[index].kind == .organisation && !entities[index].isKnown {
            let first = entities[index].name.split(separator: " ").first.map { $0.lowercased() }
            if first == word, entities[index].name.split(separator: " ").count > 1, lexicon.entries(for: word).isEmpty { return index }
        }
        return nil
    }

    /// "the Thar coalfield", "Chagai district": a name before a word for a kind of place.
    private func precedesPlaceNoun(_ run: Range<Int>) -> Bool {
        guard run.upperBound < text.tokens.count, isSpace(text.gap(after: run.upperBound - 1)) else { return false }
        let next = text.tokens[run.upperBound].lower
        // "Swat emeralds", "Thar coal": a place of origin before a mineral.
        return NameFinder.placeNouns.contains(next) || (!next.isEmpty && lexicon.entries(normalised: next).contains { $0.kind == .mineral }
            && !DraftVocabulary.ambiguousMinerals.contains(next))
    }

    /// Words for a supplier's goods: "drilling rigs", "equipment", "machinery".
    static let equipmentWords: Set<String> = [
        "equipment", "rigs", "rig", "machinery", "machines", "trucks", "excavators", "crushers", "pumps", "explosives",
        "services", "technology", "tools", "conveyors", "mills", "parts", "vehicles", "software",
    ]

    private static let placeNouns: Set<String> = [
        "coalfield", "coalfields", "oilfield", "district", "valley", "region", "province", "basin", "belt", "range",
        "desert", "division", "tehsil", "county", "area", "city", "town", "village", "port", "plateau", "hills",
    ]

    /// True when some words of the run are a name the base knows ("Uzbekistan and Kazakhstan").
    private func containsKnownName(_ run: Range<Int>) -> Bool {
        run.contains { index in
            let token = text.tokens[index]
            return token.isCapitalised && !DraftVocabulary.sentenceStarters.contains(token.lower) && choose(lexicon.entries(for: token.text)) != nil
        }
    }

    /// "the Kazakh state miner Tau-Ken", "Chinese firm Jinhai": a name right after a word for a firm.
    private func followsFirmNoun(_ run: Range<Int>) -> Bool {
        guard run.lowerBound > 0, isSpace(text.gap(after: run.lowerBound - 1)) else { return false }
        let before = text.tokens[run.lowerBound - 1]
        return !before.isCapitalised && DraftVocabulary.firmNouns.contains(before.lower)
    }

    /// "Speaking to X", "told X", "in an interview with X": X was spoken to.
    private func followsSpokenToCue(_ run: Range<Int>) -> Bool {
        guard run.lowerBound >= 1 else { return false }
        let words = text.tokens[max(0, run.lowerBound - 3)..<run.lowerBound].map(\.lower)
        guard let last = words.last else { return false }
        if last == "told" || last == "tells" { return true }
        return DraftVocabulary.isSpokenToCue(words)
    }

    /// An outlet's name rather than a person's: a news word, a country or place in it, or capitals ("BBC").
    private func isOutletName(_ run: Range<Int>) -> Bool {
        run.contains { index in
            let token = text.tokens[index]
            return DraftVocabulary.mediaWords.contains(token.lower) || isKnownPlace(token.text) || (token.isAllCaps && token.text.count >= 2)
        }
    }

    private func followsPlacePreposition(_ run: Range<Int>) -> Bool {
        guard run.lowerBound > 0 else { return false }
        let before = text.tokens[run.lowerBound - 1]
        return ["in", "at", "near", "from"].contains(before.lower) && isSpace(text.gap(after: run.lowerBound - 1))
            && !DraftVocabulary.vaguePlaces.contains(NameNormaliser.normalise(printed(run)))
    }

    // MARK: - Known names

    private func isKnownPlace(_ word: String) -> Bool {
        lexicon.entries(for: word).contains { $0.kind == .place } && !DraftVocabulary.vaguePlaces.contains(word.lowercased())
    }

    /// A known entity called exactly `printed`, or a nationality adjective's country.
    private mutating func knownEntity(_ printed: String, placeContext: Bool = true) -> Int? {
        let entries = lexicon.entries(for: printed)
        if let entry = choose(entries, placeContext: placeContext) { return add(known: entry, printed: printed) }
        return nil
    }

    /// True when the words around a run say it is a place: "in Sindh", "Sindh’s", "Sindh province".
    private func isPlaceContext(_ run: Range<Int>) -> Bool {
        if text.tokens[run.upperBound - 1].isPossessive || followsPlacePreposition(run) || precedesPlaceNoun(run) { return true }
        guard run.lowerBound > 0, isSpace(text.gap(after: run.lowerBound - 1)) else { return false }
        return ["of", "across", "throughout", "to", "and"].contains(text.tokens[run.lowerBound - 1].lower)
    }

    /// One entity among those sharing a name: the only one, or the only place in a country the
    /// article is about. Vague names ("Central", "Western") and unsettled ones give nil.
    private func choose(_ entries: [DraftLexicon.Entry], placeContext: Bool = true) -> DraftLexicon.Entry? {
        guard let first = entries.first else { return nil }
        if DraftVocabulary.vaguePlaces.contains(NameNormaliser.normalise(first.name)) { return nil }
        if entries.count == 1 {
            // A province or district of a country the article never names, printed where nothing
            // says it is a place, is more likely a word ("Gulf", "Centre") than that place.
            if !placeContext, first.kind == .place, let country = first.country, country != first.name, !countries.contains(country) { return nil }
            return first
        }
        for country in countries {
            let inCountry = entries.filter { $0.kind == .place && $0.country == country }
            if inCountry.count == 1 { return inCountry[0] }
        }
        return nil
    }

    private mutating func add(known entry: DraftLexicon.Entry, printed: String) -> Int {
        let key = "known:" + entry.kind.rawValue + ":" + entry.name
        if let index = byName[key] {
            byName[NameNormaliser.normalise(printed)] = index
            return index
        }
        var entity = DraftEntity(kind: entry.kind, name: entry.name, isKnown: true)
        if entry.kind == .place, lexicon.entries(for: entry.name).count > 1 { entity.disambiguatingCountry = entry.country }
        entities.append(entity)
        let index = entities.count - 1
        byName[key] = index
        byName[NameNormaliser.normalise(printed)] = index
        byName[NameNormaliser.normalise(entry.name)] = index
        return index
    }

    /// Known names inside a run that is not itself a name ("Pakistan and China", "Chinese").
    private mutating func knownInside(_ run: Range<Int>) {
        var start = run.lowerBound
        while start < run.upperBound {
            var matched = false
            for length in stride(from: min(lexicon.longestName, run.upperBound - start), through: 1, by: -1) {
                let part = start..<(start + length)
                let words = part.map { text.tokens[$0].lower }
                if words.count == 1, DraftVocabulary.sentenceStarters.contains(words[0]) || NameFinder.connectors.contains(words[0]) { continue }
                if let index = byName[NameNormaliser.normalise(printed(part))] ?? knownEntity(printed(part), placeContext: isPlaceContext(part)) {
                    mention(index, part)
                    start += length
                    matched = true
                    break
                }
            }
            if !matched {
                if let country = NameFinder.country(ofAdjective: text.tokens[start].text, lexicon: lexicon), let index = knownEntity(country) {
                    mentions.append(Mention(entity: index, range: text.tokens[start].range, isInsideQuote: quoted[start], isAdjective: true))
                }
                start += 1
            }
        }
    }

    /// Lower-case names: minerals ("copper", "rare earths"), the ambiguous ones only in a mining context.
    private mutating func lowercaseName(at start: Int, limit: Int) -> Int? {
        guard lexicon.startsLowercaseName(text.tokens[start].lower) else { return nil }
        for length in stride(from: min(3, limit - start), through: 1, by: -1) {
            let part = start..<(start + length)
            guard part.allSatisfy({ !text.tokens[$0].isCapitalised }) else { continue }
            if length > 1, part.dropLast().contains(where: { !isSpace(text.gap(after: $0)) }) { continue }
            let phrase = part.map { text.tokens[$0].lower }.joined(separator: " ")
            let entries = lexicon.entries(normalised: NameNormaliser.normalise(phrase)).filter { $0.kind == .mineral }
            guard entries.count == 1 else { continue }
            if DraftVocabulary.ambiguousMinerals.contains(phrase), !inMiningContext(part, limit: limit) { return nil }
            let index = add(known: entries[0], printed: phrase)
            mention(index, part)
            return length
        }
        return nil
    }

    /// True when a word next to `part` is a mining word or another mineral ("lead ore", "zinc and lead").
    private func inMiningContext(_ part: Range<Int>, limit: Int) -> Bool {
        let neighbours = [part.lowerBound - 2, part.lowerBound - 1, part.upperBound, part.upperBound + 1].filter { $0 >= 0 && $0 < text.tokens.count }
        for index in neighbours {
            let word = text.tokens[index].lower
            if DraftVocabulary.miningContext.contains(word) && word != "and" && word != "or" { return true }
            if !DraftVocabulary.ambiguousMinerals.contains(word), lexicon.entries(normalised: word).contains(where: { $0.kind == .mineral }) { return true }
        }
        return false
    }

    private mutating func mention(_ index: Int, _ run: Range<Int>) {
        let range = text.tokens[run.lowerBound].range.lowerBound..<text.tokens[run.upperBound - 1].range.upperBound
        mentions.append(Mention(entity: index, range: range, isInsideQuote: quoted[run.lowerBound], isAdjective: false))
    }

    // MARK: - Countries

    /// The country a nationality adjective names: "Chinese" → China, "Pakistani" → Pakistan.
    static func country(ofAdjective word: String, lexicon: DraftLexicon) -> String? {
        let lower = word.lowercased()
        if let country = DraftVocabulary.irregularDemonyms[lower] { return country }
        guard word.first?.isUppercase ?? false, lower.count > 3 else { return nil }
        var stems: [String] = []
        for (suffix, replacements) in [("ese", ["a", ""]), ("ian", ["ia", "a", ""]), ("an", ["a", ""]), ("i", [""]), ("ish", ["", "land"]), ("n", [""])] where lower.hasSuffix(suffix) {
            let stem = String(lower.dropLast(suffix.count))
            stems += replacements.map { stem + $0 }
        }
        for stem in stems {
            if let entry = lexicon.entries(normalised: stem).first(where: { $0.kind == .place && $0.country == $0.name }) { return entry.name }
        }
        return nil
    }

    /// Countries named in the article (names and adjectives), most often first; the dateline's first.
    private static func countriesNamed(in text: ArticleText, lexicon: DraftLexicon, dateline: String?) -> [String] {
        var counts: [String: Int] = [:]
        if let dateline { counts[dateline, default: 0] += 100 }
        for token in text.tokens where token.isCapitalised {
            if let entry = lexicon.entries(for: token.text).first(where: { $0.kind == .place && $0.country == $0.name }) {
                counts[entry.name, default: 0] += 1
            } else if let country = country(ofAdjective: token.text, lexicon: lexicon) {
                counts[country, default: 0] += 1
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }
}
