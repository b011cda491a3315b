import TestSupport
import Foundation
import MineralKB

/// What the generator wrote.
struct GenerationSummary {
    var documents = 0
    /// Entities declared, links and quotes, over every document (one entity declared twice counts twice).
    var facts = 0
    var entities = 0
    var links = 0
    var quotes = 0
    var bytes = 0
}

/// Writes a deterministic set of import documents describing a made-up mineral sector at a chosen
/// scale: places in a deep hierarchy under the reference countries and subdivisions, firms, people,
/// projects, forums, links and quotes, with a power-law degree distribution (a few hub firms,
/// people and places are named in a great many facts, most in a handful).
///
/// The documents come in the order a base is built up: gazetteers, company registers, directories
/// of people, project registers, forum proceedings, then sector reviews and news that link all of
/// these, repeat earlier claims (a second source), contradict some (another start year), declare
/// known firms again (evidence, a new alias) and quote people. Each document is one source holding
/// a few hundred to a few thousand facts. Names are referred to as people write them: mostly the
/// canonical name, sometimes an alias, sometimes another spelling ("KARAKORAM COPPER", "Pak-China").
final class DocumentGenerator {
    private var random: SplitMix64
    private var names: NameFactory
    private let reference: ReferenceData
    private let scale: Scale
    private let directory: URL
    private(set) var summary = GenerationSummary()

    // Places (generated), with the country each lies in.
    private var placeNames: [String] = []
    private var placeCountry: [Int32] = []
    private var placeIsSite: [Bool] = []
    private var placesByCountry: [[Int32]] = []
    private var placeRank: [Int32] = []

    private var orgNames: [String] = []
    private var orgAlias: [String?] = []
    private var orgCountry: [Int32] = []
    private var orgRank: [Int32] = []
    private var mediaCount = 0

    private var personNames: [String] = []
    private var personOrg: [Int32] = []
    private var personTitle: [UInt8] = []
    private var personRank: [Int32] = []

    private var projectNames: [String] = []
    private var projectRank: [Int32] = []
    private var forumNames: [String] = []

    /// Earlier claims, for later sources to repeat or contradict.
    private struct Claim {
        var from: String
        var relation: String
        var to: String
        var role: String?
        var since: String?
    }
    private var claims: [Claim] = []
    private static let claimReservoir = 50_000

    init(scale: Scale, reference: ReferenceData, seed: UInt64, directory: URL) {
        self.scale = scale
        self.reference = reference
        self.random = SplitMix64(seed: seed)
        self.names = NameFactory(taken: reference.takenNames)
        self.directory = directory
        self.placesByCountry = Array(repeating: [], count: reference.countries.count)
    }

    func generate() throws -> GenerationSummary {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try writePlaces()
        try writeOrganisations()
        try writePeople()
        try writeProjects()
        try writeForums()
        try writeReviews()
        return summary
    }

    // MARK: - Picking, with hubs

    private func country(_ index: Int32) -> ReferenceData.Country { reference.countries[Int(index)] }

    /// Mostly a mining country (the first ones most often), sometimes any country at all.
    private func pickCountry() -> Int32 {
        random.chance(0.75) ? Int32(random.skewed(reference.miningCountryCount)) : Int32(random.below(reference.countries.count))
    }

    private func pickMiningCountry() -> Int32 { Int32(random.skewed(reference.miningCountryCount)) }
    private func pickOrganisation() -> Int { Int(orgRank[random.skewed(orgRank.count)]) }
    private func pickPerson() -> Int { Int(personRank[random.skewed(personRank.count)]) }
    private func pickProject() -> Int { Int(projectRank[random.skewed(projectRank.count)]) }
    private func pickMineral() -> String { reference.minerals[random.skewed(reference.minerals.count)] }

    /// A place a firm can be present in: a generated place, a subdivision or a country.
    private func pickPlace() -> String {
        let draw = random.unit()
        if draw < 0.55, !placeRank.isEmpty { return placeNames[Int(placeRank[random.skewed(placeRank.count)])] }
        let country = self.country(pickCountry())
        if draw < 0.8, !country.subdivisions.isEmpty { return country.subdivisions[random.skewed(country.subdivisions.count)] }
        return country.name
    }

    /// How a document names a firm: its name, now and then an alias or another spelling.
    private func organisationReference(_ index: Int) -> String {
        let draw = random.unit()
        if draw < 0.07, let alias = orgAlias[index] { return alias }
        if draw > 0.96 { return respelt(orgNames[index]) }
        return orgNames[index]
    }

    /// Another spelling of `name` that normalises to the same key.
    private func respelt(_ name: String) -> String {
        let candidate: String
        switch random.below(4) {
        case 0: candidate = name.uppercased()
        case 1: candidate = name.replacingOccurrences(of: " ", with: "-")
        case 2: candidate = name.lowercased()
        default: candidate = name.replacingOccurrences(of: " ", with: " – ")
        }
        return NameNormaliser.normalise(candidate) == NameNormaliser.normalise(name) ? candidate : name
    }

    private func year(_ range: ClosedRange<Int> = 1990...2025) -> Int { random.between(range.lowerBound, range.upperBound) }

    private func date(from: Int = 2015, to: Int = 2026) -> String {
        let month = random.between(1, 12)
        return "\(year(from...to))-\(twoDigits(month))-\(twoDigits(random.between(1, 28)))"
    }

    private func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    private func since() -> String? {
        guard random.chance(0.5) else { return nil }
        return random.chance(0.8) ? String(year()) : "\(year())-\(twoDigits(random.between(1, 12)))"
    }

    private func status() -> LinkStatus? {
        let draw = random.unit()
        return draw < 0.1 ? .former : draw < 0.15 ? .planned : nil
    }

    // MARK: - Documents

    private func source(type: SourceType, title: String, publisher: String? = nil, dateline: String? = nil,
                        published: String? = nil) -> Document.Source {
        Document.Source(type: type, title: title, publisher: publisher, url: "https://example.org/mineralkb-benchmark/\(summary.documents + 1)",
                        published: PartialDate(published ?? date()), dateline: dateline)
    }

    /// A new document; its source is set once its contents are known.
    private func newDocument() -> Document { Document(source: Document.Source()) }

    private func write(_ document: Document, kind: String) throws {
        let bytes = try document.jsonData()
        let entities = document.organisations.count + document.people.count + document.places.count
            + document.forums.count + document.projects.count
        summary.documents += 1
        summary.facts += entities + document.links.count + document.quotes.count
        summary.entities += entities
        summary.links += document.links.count
        summary.quotes += document.quotes.count
        summary.bytes += bytes.count
        let number = String(summary.documents)
        let name = String(repeating: "0", count: max(0, 6 - number.count)) + number + "_" + kind + ".json"
        try bytes.write(to: directory.appendingPathComponent(name))
    }

    private func remember(_ claim: Claim) {
        if claims.count < DocumentGenerator.claimReservoir {
            claims.append(claim)
        } else {
            claims[random.below(claims.count)] = claim
        }
    }

    private func link(_ document: inout Document, from: String, relation: String, to: String, role: String? = nil,
                      share: Int? = nil, quantity: Double? = nil, unit: String? = nil, since: String? = nil,
                      until: String? = nil, asOf: String? = nil, status: LinkStatus? = nil, evidence: String? = nil, remembered: Bool = true) {
        document.links.append(Document.Link(
            from: from, relation: relation, to: to, role: role, sharePercent: share.map(Double.init), quantity: quantity, unit: unit,
            since: since.flatMap(PartialDate.init), until: until.flatMap(PartialDate.init), asOf: asOf.flatMap(PartialDate.init),
            status: status, evidence: evidence))
        if remembered && share == nil && quantity == nil && until == nil && asOf == nil && status == nil {
            remember(Claim(from: from, relation: relation, to: to, role: role, since: since))
        }
    }

    /// Splits `total` items into documents of `sizes` items each.
    private func chunks(_ total: Int, sizes: ClosedRange<Int>, _ body: (Range<Int>) throws -> Void) rethrows {
        var start = 0
        while start < total {
            let end = min(total, start + random.between(sizes.lowerBound, sizes.upperBound))
            try body(start..<end)
            start = end
        }
    }

    // MARK: - Gazetteers: districts, towns, sites

    private func writePlaces() throws {
        let districts = scale.places / 5
        let towns = scale.places * 2 / 5
        var parents: [String] = []
        var types: [String] = []
        for index in 0..<scale.places {
            let country: Int32
            let parent: String
            let type: String
            let name: String
            if index < districts || placeNames.isEmpty {
                country = pickMiningCountry()
                let subdivisions = self.country(country).subdivisions
                parent = subdivisions.isEmpty ? self.country(country).name : subdivisions[random.below(subdivisions.count)]
                type = "district"
                name = names.unique(&random) { random in
                    NameFactory.stem(&random, syllables: random.between(2, 3)) + (random.chance(0.5) ? " District" : "")
                }
            } else {
                let knownDistricts = min(districts, placeNames.count)
                let knownTowns = max(0, placeNames.count - knownDistricts)
                let isTown = index < districts + towns
                let parentIndex = !isTown && knownTowns > 0 && random.chance(0.7)
                    ? knownDistricts + random.below(knownTowns) : random.below(knownDistricts)
                country = placeCountry[parentIndex]
                parent = placeNames[parentIndex]
                if isTown {
                    type = "town"
                    name = names.unique(&random) { random in
                        NameFactory.stem(&random, syllables: random.between(2, 3)) + random.pick(NameFactory.townEndings)
                    }
                } else {
                    type = "site"
                    name = names.unique(&random) { random in
                        NameFactory.stem(&random, syllables: random.between(2, 3)) + " " + random.pick(NameFactory.siteWords)
                    }
                }
            }
            placesByCountry[Int(country)].append(Int32(placeNames.count))
            placeNames.append(name)
            placeCountry.append(country)
            placeIsSite.append(type == "site")
            parents.append(parent)
            types.append(type)
        }
        placeRank = random.permutation(placeNames.count)
        var part = 0
        try chunks(placeNames.count, sizes: 500...1500) { range in
            part += 1
            var document = newDocument()
            document.source = source(type: .dataset, title: "Gazetteer of mining districts, towns and sites, part \(part)")
            for index in range {
                document.places.append(Document.Place(name: placeNames[index], type: types[index], within: parents[index]))
            }
            try write(document, kind: "gazetteer")
        }
    }

    /// A generated place in `country` (a town or site), else one of its subdivisions, else the country.
    private func place(in country: Int32) -> String {
        let places = placesByCountry[Int(country)]
        if !places.isEmpty, random.chance(0.8) { return placeNames[Int(places[random.below(places.count)])] }
        let subdivisions = self.country(country).subdivisions
        return subdivisions.isEmpty ? self.country(country).name : subdivisions[random.below(subdivisions.count)]
    }

    // MARK: - Company registers

    private func organisationName(type: OrganisationType, country: Int32) -> String {
        names.unique(&random) { random in
            let stem = NameFactory.stem(&random, syllables: random.between(2, 3))
            switch type {
            case .media: return stem + " " + random.pick(NameFactory.mediaWords)
            case .governmentBody:
                let region = random.chance(0.5) ? (reference.countries[Int(country)].subdivisions.first ?? stem) : stem
                return region + " " + random.pick(NameFactory.governmentForms)
            case .association: return stem + " " + random.pick(NameFactory.associationForms)
            case .university: return stem + " " + random.pick(NameFactory.universityForms)
            case .stateEnterprise: return stem + " National " + random.pick(NameFactory.sectorWords) + " Corporation"
            default: return stem + " " + random.pick(NameFactory.sectorWords) + " " + random.pick(NameFactory.companySuffixes)
            }
        }
    }

    /// An abbreviation or the name without its company suffix, when no other entity uses it.
    private func organisationAlias(_ name: String) -> String? {
        guard random.chance(0.35) else { return nil }
        let words = name.split(separator: " ")
        let candidate: String
        if random.chance(0.5) {
            candidate = words.compactMap { $0.first(where: \.isLetter) }.map { $0.uppercased() }.joined()
        } else {
            guard words.count > 2 else { return nil }
            candidate = words.dropLast().joined(separator: " ")
        }
        return candidate.count >= 3 && names.reserve(candidate) ? candidate : nil
    }

    private func writeOrganisations() throws {
        mediaCount = max(20, scale.organisations / 500)
        var types: [OrganisationType] = []
        for index in 0..<scale.organisations {
            let draw = random.unit()
            let type: OrganisationType = index < mediaCount ? .media
                : draw < 0.85 ? .company : draw < 0.89 ? .stateEnterprise : draw < 0.93 ? .governmentBody
                : draw < 0.96 ? .media : draw < 0.98 ? .association : draw < 0.99 ? .university : .other
            let country = pickCountry()
            let name = organisationName(type: type, country: country)
            orgNames.append(name)
            orgAlias.append(organisationAlias(name))
            orgCountry.append(country)
            types.append(type)
        }
        orgRank = random.permutation(orgNames.count)
        var part = 0
        try chunks(orgNames.count, sizes: 500...1500) { range in
            part += 1
            var document = newDocument()
            document.source = source(type: .dataset, title: "Register of mining companies and agencies, part \(part)")
            for index in range {
                document.organisations.append(Document.Organisation(
                    name: orgNames[index], aliases: orgAlias[index].map { [$0] },
                    description: random.chance(0.1) ? "\(types[index].rawValue) registered in \(country(orgCountry[index]).name)" : nil,
                    type: types[index]))
                link(&document, from: orgNames[index], relation: "based_in", to: country(orgCountry[index]).name, remembered: false)
                if random.chance(0.5) {
                    link(&document, from: orgNames[index], relation: "headquartered_in", to: place(in: orgCountry[index]),
                         since: since(), remembered: false)
                }
            }
            try write(document, kind: "companies")
        }
    }

    // MARK: - Directories of people

    private func writePeople() throws {
        for _ in 0..<scale.people {
            let name = names.unique(&random) { random in
                let last = random.chance(0.5) ? random.pick(NameFactory.lastNames) : NameFactory.stem(&random, syllables: random.between(2, 3))
                let middle = random.chance(0.4) ? " \(Character(Unicode.Scalar(UInt8(65 + random.below(26))))). " : " "
                return random.pick(NameFactory.firstNames) + middle + last
            }
            personNames.append(name)
            personOrg.append(Int32(pickOrganisation()))
            personTitle.append(UInt8(random.below(NameFactory.titles.count)))
        }
        personRank = random.permutation(personNames.count)
        var part = 0
        try chunks(personNames.count, sizes: 500...1500) { range in
            part += 1
            var document = newDocument()
            let publisher = orgNames[random.below(mediaCount)]
            document.source = source(type: .dataset, title: "Who's who in mining, part \(part)", publisher: publisher)
            for index in range {
                let organisation = Int(personOrg[index])
                let title = NameFactory.titles[Int(personTitle[index])]
                let evidence = random.chance(0.2) ? "\(personNames[index]), \(title) at \(orgNames[organisation])" : nil
                document.people.append(Document.Person(name: personNames[index], evidence: evidence))
                link(&document, from: personNames[index], relation: "works_at", to: organisationReference(organisation), role: title,
                     since: random.chance(0.6) ? String(year(2000...2025)) : nil,
                     asOf: random.chance(0.2) ? date(from: 2020) : nil, evidence: evidence)
                if random.chance(0.3) {
                    let earlier = year(1985...2015)
                    link(&document, from: personNames[index], relation: "works_at", to: organisationReference(pickOrganisation()),
                         role: random.pick(NameFactory.titles), since: String(earlier), until: String(earlier + random.between(1, 9)),
                         status: .former)
                }
            }
            try write(document, kind: "people")
        }
    }

    // MARK: - Project registers

    private static let projectTypes: [String: ProjectType] = [
        "Project": .project, "Mine": .mine, "Deposit": .deposit, "Block": .block, "Concession": .concession,
        "Plant": .plant, "Refinery": .refinery, "Expansion": .project,
    ]

    private func writeProjects() throws {
        var part = 0
        var created = 0
        try chunks(scale.projects, sizes: 100...300) { range in
            part += 1
            var document = newDocument()
            document.source = source(type: .report, title: "Register of mineral projects, volume \(part)",
                                     publisher: orgNames[random.below(mediaCount)])
            for _ in range {
                let mineral = pickMineral()
                let word = random.pick(NameFactory.projectWords)
                let name = names.unique(&random) { random in
                    NameFactory.stem(&random, syllables: random.between(2, 3)) + " " + mineral.capitalized + " " + word
                }
                projectNames.append(name)
                created += 1
                document.projects.append(Document.Project(
                    name: name, type: DocumentGenerator.projectTypes[word] ?? .project, status: random.pick(ProjectStatus.allCases)))
                let site = placeRank.isEmpty ? country(pickMiningCountry()).name : placeNames[Int(placeRank[random.skewed(placeRank.count)])]
                link(&document, from: name, relation: "located_in", to: site)
                link(&document, from: name, relation: "works", to: mineral)
                if random.chance(0.5) {
                    let other = pickMineral()
                    if other != mineral { link(&document, from: name, relation: "works", to: other) }
                }
                let operatorIndex = pickOrganisation()
                link(&document, from: organisationReference(operatorIndex), relation: "operates", to: name, since: since())
                let first = random.pick([100, 80, 75, 70, 60, 51, 50])
                link(&document, from: organisationReference(operatorIndex), relation: "owns", to: name, share: first, since: since())
                if first < 100 {
                    var partner = pickOrganisation()
                    if partner == operatorIndex { partner = (partner + 1) % orgNames.count }
                    link(&document, from: organisationReference(partner), relation: "owns", to: name, share: 100 - first)
                }
                if random.chance(0.3) {
                    link(&document, from: organisationReference(pickOrganisation()), relation: "contractor_for", to: name,
                         role: random.pick(NameFactory.partnerships), since: since())
                }
            }
            try write(document, kind: "projects")
        }
        projectRank = random.permutation(projectNames.count)
    }

    // MARK: - Forum proceedings

    private func writeForums() throws {
        let quotesPerForum = max(1, scale.quotes * 3 / 10 / max(scale.forums, 1))
        var written = 0
        while written < scale.forums {
            var document = newDocument()
            var quoteTexts = Set<String>()
            let forumsHere = min(scale.forums - written, random.between(1, 3))
            var title = ""
            var published = ""
            for _ in 0..<forumsHere {
                let host = pickMiningCountry()
                let partner = pickCountry()
                let edition = year(2010...2026)
                let form = random.pick(NameFactory.forumForms)
                let hostName = country(host).name
                let partnerName = country(partner).name
                let venue = random.chance(0.5) ? hostName : place(in: host)
                let name = names.unique(&random) { random in
                    random.chance(0.4) && partner != host ? "\(hostName)–\(partnerName) \(form) \(edition)" : "\(venue) \(form) \(edition)"
                }
                forumNames.append(name)
                written += 1
                if title.isEmpty { title = "Proceedings of the \(name)" }
                let hyphenated = name.replacingOccurrences(of: "–", with: "-")
                let month = random.between(1, 12), day = random.between(1, 26)
                let starts = "\(edition)-\(twoDigits(month))-\(twoDigits(day))"
                if published.isEmpty { published = starts }
                document.forums.append(Document.Forum(
                    name: name, aliases: hyphenated != name ? [hyphenated] : nil, starts: PartialDate(starts),
                    ends: PartialDate("\(edition)-\(twoDigits(month))-\(twoDigits(day + random.between(0, 2)))")))
                link(&document, from: name, relation: "held_in", to: place(in: host))
                for _ in 0..<random.between(1, 2) {
                    link(&document, from: organisationReference(pickOrganisation()), relation: "organised", to: name)
                }
                var speakers: [Int] = []
                for _ in 0..<random.between(10, 30) {
                    let speaker = pickPerson()
                    speakers.append(speaker)
                    link(&document, from: personNames[speaker], relation: "spoke_at", to: name,
                         role: random.chance(0.3) ? "panel on \(pickMineral())" : nil)
                }
                for _ in 0..<random.between(20, 60) { link(&document, from: personNames[pickPerson()], relation: "attended", to: name) }
                for _ in 0..<random.between(10, 30) { link(&document, from: organisationReference(pickOrganisation()), relation: "attended", to: name) }
                for _ in 0..<random.between(0, 3) { link(&document, from: organisationReference(pickOrganisation()), relation: "sponsored", to: name) }
                for _ in 0..<quotesPerForum {
                    quote(&document, speaker: random.pick(speakers), forum: name, saidOn: starts, texts: &quoteTexts)
                }
            }
            document.source = source(type: .report, title: title, publisher: orgNames[random.below(mediaCount)], published: published)
            try write(document, kind: "forum")
        }
    }

    // MARK: - Quotes

    private static let quoteTemplates = [
        "{p} has vast {m} resources that remain largely untapped, and we are ready to bring modern engineering to them.",
        "Our {m} output at {j} rose {n} percent last year and we expect further growth by {y}.",
        "We have been working in {p} for over {n} years and see strong potential in {m}.",
        "{o} will invest {n} million dollars in {m} exploration in {p} over the next five years.",
        "The {m} sector in {p} needs better roads, power and water before production can scale up.",
        "We signed an agreement with {o} to supply equipment for {j}.",
        "Cooperation in {m} processing between our companies will create jobs in {p}.",
        "Exploration results at {j} confirm {m} grades above our expectations.",
        "Prices for {m} are volatile, but demand from battery makers keeps our plans for {j} on track.",
        "The government of {p} should streamline licensing so that {m} projects move faster.",
        "We are committed to responsible mining and community development around {j}.",
        "Our partnership with {o} covers {m} mining, processing and export.",
        "{p} could become a regional hub for {m} refining within {n} years.",
        "Local communities in {p} will benefit from {j} through training and employment.",
        "Skilled workers and modern equipment are the key to unlocking {m} in {p}.",
        "We plan to double {m} production at {j} by {y}.",
        "Security and policy stability remain the main concerns for investors in {p}, said the delegation from {o}.",
        "The feasibility study for {j} will be completed by {y}.",
        "Demand for {m} from China and Europe is rising faster than new supply, and {p} can fill the gap.",
        "{o} is exploring joint ventures in {p} for {m} and associated minerals.",
    ]

    private func quote(_ document: inout Document, speaker: Int, forum: String?, saidOn: String?, texts: inout Set<String>) {
        for _ in 0..<5 {
            var text = random.pick(DocumentGenerator.quoteTemplates)
            var mentions: [String] = []
            func fill(_ slot: String, _ value: () -> String, mention: Bool) {
                guard text.contains(slot) else { return }
                let chosen = value()
                text = text.replacingOccurrences(of: slot, with: chosen)
                if mention && !mentions.contains(chosen) { mentions.append(chosen) }
            }
            fill("{m}", pickMineral, mention: true)
            fill("{p}", pickPlace, mention: random.chance(0.8))
            fill("{o}", { orgNames[pickOrganisation()] }, mention: true)
            fill("{j}", { projectNames.isEmpty ? "the project" : projectNames[pickProject()] }, mention: !projectNames.isEmpty)
            fill("{n}", { String(random.between(2, 40)) }, mention: false)
            fill("{y}", { String(random.between(2026, 2035)) }, mention: false)
            guard texts.insert(text).inserted else { continue }
            let organisation = Int(personOrg[speaker])
            document.quotes.append(Document.Quote(
                text: text, form: random.chance(0.65) ? .direct : .paraphrase, speaker: personNames[speaker],
                role: NameFactory.titles[Int(personTitle[speaker])], organisation: organisationReference(organisation), forum: forum,
                saidOn: saidOn.flatMap(PartialDate.init), mentions: mentions.isEmpty ? nil : mentions))
            return
        }
    }

    // MARK: - Sector reviews and news

    private func writeReviews() throws {
        var linksLeft = max(0, scale.links - summary.links)
        var quotesLeft = max(0, scale.quotes - summary.quotes)
        var redeclarationsLeft = linksLeft / 50
        var part = 0
        while linksLeft + quotesLeft + redeclarationsLeft > 0 {
            part += 1
            var document = newDocument()
            var quoteTexts = Set<String>()
            let isArticle = random.chance(0.4)
            let country = self.country(pickMiningCountry())
            let published = date()
            document.source = source(
                type: isArticle ? .article : .report,
                title: isArticle ? "\(country.name) mining news digest no. \(part)" : "\(country.name) mineral sector review \(published.prefix(4)), part \(part)",
                publisher: orgNames[random.below(mediaCount)], dateline: random.chance(0.5) ? country.name : nil, published: published)
            var declared = Set<Int>()
            for _ in 0..<random.between(300, 3000) {
                let total = linksLeft + quotesLeft + redeclarationsLeft
                guard total > 0 else { break }
                let draw = random.below(total)
                if draw < linksLeft {
                    linksLeft -= 1
                    reviewLink(&document)
                } else if draw < linksLeft + quotesLeft {
                    quotesLeft -= 1
                    quote(&document, speaker: pickPerson(), forum: random.chance(0.1) && !forumNames.isEmpty ? random.pick(forumNames) : nil,
                          saidOn: random.chance(0.5) ? published : nil, texts: &quoteTexts)
                } else {
                    redeclarationsLeft -= 1
                    let index = pickOrganisation()
                    guard declared.insert(index).inserted else { continue }
                    var aliases: [String] = []
                    if random.chance(0.2) {
                        let former = "\(orgNames[index].split(separator: " ").first ?? "") \(NameFactory.stem(&random, syllables: 2)) Group"
                        if names.reserve(former) { aliases.append(former) }
                    }
                    document.organisations.append(Document.Organisation(
                        name: orgNames[index], aliases: aliases.isEmpty ? nil : aliases,
                        evidence: "\(orgNames[index]) is one of the firms this review covers in \(country.name)"))
                }
            }
            try write(document, kind: isArticle ? "news" : "review")
        }
    }

    private static let presenceRelations = ["has_office_in", "has_office_in", "operates_in", "operates_in", "operates_in",
                                            "has_mine_in", "has_project_in", "has_project_in"]
    private static let presenceDetails = ["local office", "regional office", "exploration licence", "joint venture operations", "liaison office"]
    private static let mineralRelations = ["interested_in", "interested_in", "produces", "explores_for", "supplies_equipment_for"]
    private static let partnershipRelations = ["subsidiary_of", "partner_of", "partner_of", "joint_venture_with", "signed_mou_with"]

    private func reviewLink(_ document: inout Document) {
        let draw = random.unit()
        if draw < 0.07, !claims.isEmpty {  // a second source for an earlier claim
            let claim = random.pick(claims)
            link(&document, from: claim.from, relation: claim.relation, to: claim.to, role: claim.role, since: claim.since, remembered: false)
        } else if draw < 0.10, !claims.isEmpty {  // a source that gives another start year
            let claim = random.pick(claims)
            let other = String(year())
            link(&document, from: claim.from, relation: claim.relation, to: claim.to, role: claim.role,
                 since: other == claim.since ? String(year(1950...1989)) : other, remembered: false)
        } else if draw < 0.60 {
            let firm = pickOrganisation()
            let place = pickPlace()
            let relation = random.pick(DocumentGenerator.presenceRelations)
            let evidence = random.chance(0.3) ? "\(orgNames[firm]) \(relation.replacingOccurrences(of: "_", with: " ")) \(place)." : nil
            link(&document, from: organisationReference(firm), relation: relation, to: place,
                 role: random.chance(0.2) ? random.pick(DocumentGenerator.presenceDetails) : nil, since: since(), status: status(),
                 evidence: evidence)
        } else if draw < 0.80 {
            let relation = random.pick(DocumentGenerator.mineralRelations)
            link(&document, from: organisationReference(pickOrganisation()), relation: relation, to: pickMineral(),
                 role: relation == "interested_in" && random.chance(0.3) ? "future cooperation" : nil, since: since(),
                 status: relation == "interested_in" && random.chance(0.4) ? .planned : status())
        } else if draw < 0.98 {
            let from = pickOrganisation()
            var to = pickOrganisation()
            if to == from { to = (to + 1) % orgNames.count }
            link(&document, from: organisationReference(from), relation: random.pick(DocumentGenerator.partnershipRelations),
                 to: organisationReference(to), role: random.chance(0.3) ? random.pick(NameFactory.partnerships) : nil,
                 since: since(), status: status())
        } else {
            let place = pickPlace()
            let hasFigure = random.chance(0.3)
            link(&document, from: place, relation: random.chance(0.8) ? "has_reserves_of" : "produces", to: pickMineral(),
                 quantity: hasFigure ? Double(random.between(1, 5_000)) / 10 : nil, unit: hasFigure ? "million tonnes" : nil,
                 asOf: hasFigure ? String(year(2010...2025)) : nil)
        }
    }
}
