import TestSupport
@_spi(Tools) import MineralKB
import SQLite

/// Picks the arguments each named query is timed with, from the imported database itself, with
/// a seeded generator: many different places, entities, pairs and words, not one lucky case.
struct ArgumentChooser {
    private let kb: KnowledgeBase
    private var random: SplitMix64
    private let count: Int

    init(database: String, seed: UInt64, count: Int) throws {
        kb = try KnowledgeBase.openReadOnly(at: database)
        random = SplitMix64(seed: seed ^ 0xA5A5_5A5A)
        self.count = count
    }

    private func resolvable(_ name: String, kinds: Set<EntityKind> = Set(EntityKind.allCases)) -> Bool {
        (try? kb.entity(named: name, kinds: kinds)) != nil
    }

    /// Countries with at least one active presence inside them, most firms first.
    private func countriesWithFirms() throws -> [String] {
        try kb.database.fetchAll(sql: """
            SELECT w.name FROM links AS l
            JOIN relations AS r ON r.name = l.relation AND r.from_kind = l.from_kind AND r.to_kind = l.to_kind AND r.category = 'presence'
            JOIN place_ancestors AS a ON a.place_id = l.to_id
            JOIN places AS w ON w.id = a.ancestor_id AND w.parent_id IS NULL
            WHERE l.status = 'active'
            GROUP BY w.id ORDER BY count(*) DESC, w.id
            """) { row -> String in try row[0] }
            .filter { resolvable($0, kinds: [.place]) }
    }

    /// Up to `count` countries with firms in them, any country equally likely: a typical country.
    mutating func countries() throws -> [String] {
        var all = try countriesWithFirms()
        shuffle(&all)
        return Array(all.prefix(count))
    }

    /// The five countries with most firms: the worst case of the same query.
    func largestCountries() throws -> [String] {
        Array(try countriesWithFirms().prefix(5))
    }

    /// The twenty organisations with most links.
    func hubs() throws -> [String] {
        try kb.database.fetchAll(sql: """
            SELECT e.name FROM (SELECT id, count(*) AS degree FROM (SELECT from_id AS id FROM links UNION ALL SELECT to_id FROM links) GROUP BY id) AS d
            JOIN entities AS e ON e.id = d.id WHERE e.kind = 'organisation' ORDER BY d.degree DESC, e.id LIMIT 20
            """) { row -> String in try row[0] }
            .filter { resolvable($0) }
    }

    private func importedEntities() throws -> [String] {
        try kb.database.fetchAll(sql: "SELECT name FROM entities WHERE kind IN ('organisation', 'person', 'project', 'forum') ORDER BY id") { row -> String in
            try row[0]
        }
    }

    /// Organisations, people, projects and forums drawn uniformly: the typical entity.
    mutating func typicalEntities() throws -> [String] {
        let all = try importedEntities()
        guard !all.isEmpty else { return [] }
        var chosen: [String] = []
        for _ in 0..<(count * 3) where chosen.count < count {
            let name = random.pick(all)
            if resolvable(name) { chosen.append(name) }
        }
        return chosen
    }

    /// Pairs of entities drawn uniformly, for the shortest path between them.
    mutating func pairs() throws -> [String] {
        let all = try importedEntities()
        guard all.count > 1 else { return [] }
        var chosen: [String] = []
        for _ in 0..<(count * 3) where chosen.count < count {
            let from = random.pick(all), to = random.pick(all)
            if from != to && resolvable(from) && resolvable(to) { chosen.append("\(from)\t\(to)") }
        }
        return chosen
    }

    /// Names as people type them into a search: a whole name, one word of it, or a word with two
    /// letters swapped (a typo), from entities drawn uniformly.
    mutating func nameSearches() throws -> [String] {
        let all = try importedEntities()
        guard !all.isEmpty else { return [] }
        var chosen: [String] = []
        while chosen.count < count {
            let name = random.pick(all)
            let words = name.split(separator: " ").map(String.init).filter { $0.count >= 4 }
            switch random.below(3) {
            case 0: chosen.append(name)
            case 1: chosen.append(words.isEmpty ? name : random.pick(words))
            default:
                var letters = Array(name)
                if letters.count > 4 {
                    let at = 1 + random.below(letters.count - 3)
                    letters.swapAt(at, at + 1)
                }
                chosen.append(String(letters))
            }
        }
        return chosen
    }

    /// Ids of organisations, people, projects and forums drawn uniformly: the entity pages a team opens.
    mutating func typicalEntityIDs() throws -> [Int64] {
        let ids = try kb.database.fetchAll(sql: "SELECT id FROM entities WHERE kind IN ('organisation', 'person', 'project', 'forum')") { row -> Int64 in
            try row[0]
        }
        guard !ids.isEmpty else { return [] }
        return (0..<count).map { _ in ids[random.below(ids.count)] }
    }

    private static let stopWords: Set<String> = [
        "that", "with", "from", "have", "will", "their", "over", "into", "this", "than", "which", "said", "been", "were",
        "them", "they", "there", "before", "after", "next", "years", "more", "also", "such", "some", "could", "should",
    ]

    /// Searches as people type them, built from quotes drawn at random: with `names`, a name the
    /// quote holds (a capitalised word: a place, a firm, a project) and another of its words
    /// ("Tharabad copper"); without, two of its ordinary words ("copper exploration"), which the
    /// generator's twenty sentence templates make match a twentieth of all quotes: the worst case.
    mutating func searches(names: Bool) throws -> [String] {
        guard let last = try kb.database.fetchOne(Int64.self, sql: "SELECT max(id) FROM quotes") else { return [] }
        var chosen: [String] = []
        for _ in 0..<(count * 10) where chosen.count < count * 2 {
            let id = Int64(random.between(1, Int(last)))
            guard let text = try kb.database.fetchOne(String.self, sql: "SELECT text FROM quotes WHERE id = ?", arguments: [id]) else { continue }
            let words = text.split { !$0.isLetter }.map(String.init).enumerated()
                .filter { $0.element.count >= 4 && !ArgumentChooser.stopWords.contains($0.element.lowercased()) }
            let capitalised = words.filter { $0.offset > 0 && $0.element.first?.isUppercase == true }.map(\.element)
            let ordinary = words.filter { $0.element.first?.isLowercase == true }.map(\.element)
            if names {
                guard !capitalised.isEmpty, !ordinary.isEmpty else { continue }
                chosen.append("\(random.pick(capitalised)) \(random.pick(ordinary))")
            } else {
                guard ordinary.count >= 2 else { continue }
                let first = random.pick(ordinary)
                let second = ordinary.first { $0 != first } ?? first
                chosen.append(first == second ? first : "\(first) \(second)")
            }
        }
        return chosen
    }

    private mutating func shuffle(_ items: inout [String]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) { items.swapAt(index, random.below(index + 1)) }
    }
}
