import Foundation

/// Turns the plain text of a news article into a draft import document for an analyst to review.
///
///     let drafter = ArticleDrafter(lexicon: try kb.draftLexicon())
///     let document = drafter.draft(articleText, options: DraftOptions(url: "https://…"))
///     print(String(decoding: try document.jsonData(), as: UTF8.self))
///
/// Deterministic and self-contained: rules over the text and the names of the base, no model, no
/// network. What it proposes (a new entity, a link, a reported statement, a speaker it inferred)
/// carries a `review` note saying why, and every name it writes is either known to the base or
/// declared in the document, so the draft imports as written.
public struct ArticleDrafter: Sendable {
    /// The names and relations of the base.
    public let lexicon: DraftLexicon

    /// A drafter that recognises the names of `lexicon`.
    public init(lexicon: DraftLexicon) {
        self.lexicon = lexicon
    }

    /// The draft document for `article` (its plain text).
    public func draft(_ article: String, options: DraftOptions = DraftOptions()) -> Document {
        let header = ArticleHeader(article: article)
        let text = ArticleText(paragraphs: header.paragraphs)
        let spans = QuoteFinder.spans(in: text)
        let quoted = ArticleDrafter.quotedTokens(text, spans)

        let datelineEntry = header.datelinePlace.flatMap { place in
            lexicon.entries(for: place.capitalized).first { $0.kind == .place }
        }
        var names = NameFinder(text: text, lexicon: lexicon, quoted: quoted, datelineCountry: datelineEntry?.country)
        names.find()

        // Publisher and agency.
        var publisher: Int?
        if let agency = header.agency {
            publisher = names.entity(named: agency) ?? DraftVocabulary.agencies[agency].flatMap { names.entity(named: $0) }
            if publisher == nil {
                var entity = DraftEntity(kind: .organisation, name: DraftVocabulary.agencies[agency] ?? agency, isKnown: false)
                if DraftVocabulary.agencies[agency] != nil, DraftVocabulary.agencies[agency] != agency { entity.aliases = [agency] }
                entity.type = "media"
                entity.clue = "the agency in the dateline"
                publisher = names.add(entity)
            }
        } else if let name = options.publisher {
            publisher = names.entity(named: name)
            if publisher == nil {
                var entity = DraftEntity(kind: .organisation, name: name, isKnown: false)
                entity.type = "media"
                entity.clue = "the publisher given with --publisher"
                publisher = names.add(entity)
            }
        }
        var dateline: Int?
        if let place = header.datelinePlace {
            dateline = names.entity(named: place.capitalized)
            if dateline == nil {
                var entity = DraftEntity(kind: .place, name: place.capitalized, isKnown: false)
                entity.clue = "the dateline's place"
                dateline = names.add(entity)
            }
        }

        // Titles printed beside names.
        let roles = RoleFinder(text: text).roles(names.mentions, entities: names.entities)
        var rolesFound: [RoleFinder.Role] = []
        for role in roles {
            let person = names.entities[role.person]
            guard person.role == nil || person.role == role.title || person.organisation == nil && role.organisation != nil else { continue }
            names.update(role.person) { entity in
                entity.role = role.title
                if let organisation = role.organisation { entity.organisation = organisation }
            }
            if !rolesFound.contains(where: { $0.person == role.person && $0.organisation == role.organisation }) { rolesFound.append(role) }
        }

        // Quotes, then reported speech, each with its speaker.
        var resolver = SpeakerResolver(text: text, mentions: names.mentions, entities: names.entities)
        let reader = QuoteReader(text: text, spans: spans)
        var quotes = reader.directQuotes(&resolver)
        quotes += reader.paraphrases(&resolver)
        quotes.sort { $0.offset < $1.offset }
        let entities = resolver.entities
        var sentenceSpeakers: [Int: Int] = [:]
        for quote in quotes { if let speaker = quote.speaker { sentenceSpeakers[quote.sentence] = sentenceSpeakers[quote.sentence] ?? speaker } }

        // Published date: printed first, then the flag; the dateline's day completes a known year.
        var published = header.printedDate
        var sourceReview: [String] = []
        if published == nil {
            published = header.datelineDate(year: options.published?.year) ?? options.published
        } else if let flag = options.published, flag != published {
            sourceReview.append("the article prints \(published?.text ?? "") but --published said \(flag.text)")
        }
        let links = LinkFinder(text: text, mentions: resolver.mentions, entities: entities, lexicon: lexicon, year: published?.year,
                               sentenceSpeakers: sentenceSpeakers).links()

        // Who spoke to which outlet, and at which forum.
        var toldTo: [Int: Int] = [:]
        for mention in resolver.mentions where entities[mention.entity].type == "media" && entities[mention.entity].kind == .organisation {
            guard let sentence = text.sentence(at: mention.range.lowerBound) else { continue }
            let first = text.firstToken(atOrAfter: mention.range.lowerBound)
            guard DraftVocabulary.isSpokenToCue(text.tokens[max(sentence.tokens.lowerBound, first - 3)..<first].map(\.lower)) else { continue }
            let person = resolver.mentions.starting(in: sentence.range).first { entities[$0.entity].kind == .person && !$0.isInsideQuote }?.entity
                ?? sentenceSpeakers[sentence.index]
            if let person, toldTo[person] == nil { toldTo[person] = mention.entity }
        }
        var forumOf: [Int: Int] = [:]
        for link in links where ["attended", "spoke_at"].contains(link.relation) && entities[link.from].kind == .person {
            forumOf[link.from] = forumOf[link.from] ?? link.to
        }

        // The document.
        var source = Document.Source(type: .article)
        source.title = header.title
        source.publisher = publisher.map { entities[$0].name }
        let outlets = Set(toldTo.values).filter { $0 != publisher }
        if outlets.count == 1, let outlet = outlets.first { source.via = entities[outlet].name }
        source.url = options.url
        source.reference = options.reference
        source.published = published
        source.dateline = dateline.map { entities[$0].name }
        if source.url == nil && source.reference == nil && source.title == nil {
            // A source needs a url, reference or title to be told apart from the outlet's other
            // articles: a fingerprint of the text stands in, the same for the same text only.
            source.reference = "article text " + ArticleDrafter.fingerprint(article)
            sourceReview.append("no title, url or file name: the reference is a fingerprint of the text; give --url")
        }
        if source.publisher == nil { sourceReview.append("no publisher was found: give --publisher") }
        if published == nil { sourceReview.append("no publication date was found: give --published") }
        if !sourceReview.isEmpty { source.review = sourceReview.joined(separator: "; ") }
        var document = Document(source: source)

        var used = Set<Int>(names.mentions.map(\.entity))
        [publisher, dateline].compactMap { $0 }.forEach { used.insert($0) }
        for (index, entity) in entities.enumerated() where used.contains(index) {
            if entity.isKnown {
                // A known place whose name other places share is declared with its country, so it resolves.
                if let country = entity.disambiguatingCountry, entity.kind == .place {
                    var place = Document.Place(name: entity.name, within: country)
                    place.review = "a name several places share: taken to be the one in \(country); check"
                    document.places.append(place)
                }
                continue
            }
            ArticleDrafter.declare(entity, in: &document)
        }

        for role in rolesFound {
            guard let organisation = role.organisation else { continue }
            var link = Document.Link(from: entities[role.person].name, relation: "works_at", to: entities[organisation].name,
                                     role: role.title, asOf: published, evidence: role.sentence)
            link.review = "proposed by mkb draft from a title printed beside a name: check"
            document.links.append(link)
        }
        for found in links {
            var link = Document.Link(from: entities[found.from].name, relation: found.relation, to: entities[found.to].name,
                                     role: found.role, sharePercent: found.sharePercent, since: found.since.flatMap(PartialDate.init),
                                     sinceQualifier: found.sinceQualifier.flatMap(DateQualifier.init), status: found.status.flatMap(LinkStatus.init),
                                     evidence: found.evidence)
            if found.relation == "has_office_in" { link.asOf = published }
            link.review = "proposed by mkb draft from the pattern \"\(found.pattern)\": check"
            document.links.append(link)
        }

        for found in quotes {
            var quote = Document.Quote(text: found.text, form: found.isDirect ? .direct : .paraphrase)
            if let speaker = found.speaker {
                quote.speaker = entities[speaker].name
                quote.role = entities[speaker].role
                quote.organisation = entities[speaker].organisation.map { entities[$0].name }
                quote.forum = forumOf[speaker].map { entities[$0].name }
                quote.toldTo = toldTo[speaker].map { entities[$0].name }
            } else if let organisation = found.organisation {
                quote.organisation = entities[organisation].name
            }
            var mentioned: [String] = []
            for mention in found.ranges.flatMap({ resolver.mentions.starting(in: $0) }) {
                let name = entities[mention.entity].name
                if mention.entity != found.speaker, !mentioned.contains(name) { mentioned.append(name) }
            }
            quote.mentions = mentioned.isEmpty ? nil : mentioned
            quote.review = found.review
            document.quotes.append(quote)
        }
        return document
    }

    /// Declares a proposed entity under its kind, with its sentence and why it was proposed.
    private static func declare(_ entity: DraftEntity, in document: inout Document) {
        let review = "new \(entity.kind.rawValue) proposed by mkb draft (\(entity.clue ?? "a name in the text")): check the name, kind and spelling"
        let aliases = entity.aliases.isEmpty ? nil : entity.aliases
        switch entity.kind {
        case .organisation:
            var organisation = Document.Organisation(name: entity.name, aliases: aliases, evidence: entity.evidence,
                                                     type: entity.type.flatMap(OrganisationType.init))
            organisation.review = review
            document.organisations.append(organisation)
        case .person:
            var person = Document.Person(name: entity.name, aliases: aliases, evidence: entity.evidence)
            person.review = review
            document.people.append(person)
        case .place:
            var place = Document.Place(name: entity.name, aliases: aliases, evidence: entity.evidence, type: entity.type, within: entity.within)
            place.review = review
            document.places.append(place)
        case .mineral:
            var mineral = Document.Mineral(name: entity.name, aliases: aliases, evidence: entity.evidence)
            mineral.review = review
            document.minerals.append(mineral)
        case .forum:
            var forum = Document.Forum(name: entity.name, aliases: aliases, evidence: entity.evidence)
            forum.review = review
            document.forums.append(forum)
        case .project:
            var project = Document.Project(name: entity.name, aliases: aliases, evidence: entity.evidence, type: entity.type.flatMap(ProjectType.init))
            project.review = review
            document.projects.append(project)
        }
    }

    /// A 64-bit FNV-1a hash of the text's UTF-8, in hexadecimal: stable across runs and platforms.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// Per token: true when inside a quotation.
    private static func quotedTokens(_ text: ArticleText, _ spans: [QuoteSpan]) -> [Bool] {
        var quoted = [Bool](repeating: false, count: text.tokens.count)
        for span in spans {
            var index = text.firstToken(atOrAfter: span.open)
            while index < text.tokens.count, text.tokens[index].range.lowerBound < span.close {
                quoted[index] = true
                index += 1
            }
        }
        return quoted
    }
}
