import Foundation

/// Compares a draft with a hand-made document of the same article.
///
/// Names are compared as the importer compares them (normalised: case, diacritics, dashes folded),
/// and an entity counts once whatever name it goes by: the names each document declares for one
/// entity are joined, across both documents, before anything is counted.
public enum DraftScorer {
    /// The draft's precision and recall against `reference`.
    ///
    /// With a `lexicon`, names the base knows meet their entity's name ("rare earths" is "rare earth
    /// elements"), as they would on import.
    public static func score(_ draft: Document, against reference: Document, lexicon: DraftLexicon? = nil) -> DraftScore {
        var names = NameGroups()
        if let lexicon {
            for document in [draft, reference] {
                for name in allNames(document) {
                    let entries = lexicon.entries(for: name)
                    if entries.count == 1 { names.join([entries[0].name, name]) }
                }
            }
        }
        for document in [draft, reference] {
            for (entity, _) in document.declaredEntities { names.join(entity.names) }
        }
        var score = DraftScore()
        score.quotes = measure(directQuotes(draft).map(\.text), directQuotes(reference).map(\.text))
        score.quoteSpeakers = measure(directQuotes(draft).map { $0.text + "\u{1}" + names.key($0.speaker ?? "") },
                                      directQuotes(reference).map { $0.text + "\u{1}" + names.key($0.speaker ?? "") })
        score.paraphrases = measure(draft.quotes.filter { $0.form == .paraphrase }.map(\.text),
                                    reference.quotes.filter { $0.form == .paraphrase }.map(\.text))
        // An entity both documents declare must be declared as the same kind to count.
        let draftKinds = declaredKinds(draft, names), referenceKinds = declaredKinds(reference, names)
        func withKind(_ keys: [String]) -> [String] {
            keys.map { key in
                guard let drafted = draftKinds[key], let expected = referenceKinds[key] else { return key }
                return drafted == expected ? key : key + " as " + drafted.rawValue
            }
        }
        score.entities = measure(withKind(entityKeys(draft, names)), entityKeys(reference, names))
        score.roles = measure(roleKeys(draft, names), roleKeys(reference, names))
        score.links = measure(linkKeys(draft, names), linkKeys(reference, names))
        return score
    }

    /// Every name a document writes, declared or referred to.
    private static func allNames(_ document: Document) -> [String] {
        var result: [String] = []
        for link in document.links { result += [link.from, link.to] }
        for quote in document.quotes { result += [quote.speaker, quote.organisation, quote.forum, quote.toldTo].compactMap { $0 } + (quote.mentions ?? []) }
        result += [document.source.publisher, document.source.via, document.source.dateline].compactMap { $0 }
        return result
    }

    private static func directQuotes(_ document: Document) -> [Document.Quote] {
        document.quotes.filter { ($0.form ?? .direct) == .direct }.map { quote in
            var trimmed = quote
            trimmed.text = quote.text.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed
        }
    }

    /// Counts the distinct facts of both lists and those they share.
    private static func measure(_ drafted: [String], _ expected: [String]) -> DraftScore.Measure {
        let draftedSet = Set(drafted), expectedSet = Set(expected)
        return DraftScore.Measure(matched: draftedSet.intersection(expectedSet).count, drafted: draftedSet.count, expected: expectedSet.count)
    }

    /// Every entity a document names: declared, at either end of a link, in a quote or the source.
    private static func entityKeys(_ document: Document, _ names: NameGroups) -> [String] {
        var keys: [String] = []
        keys += document.declaredEntities.map { names.key($0.entity.name) }
        for link in document.links { keys += [names.key(link.from), names.key(link.to)] }
        for quote in document.quotes {
            keys += [quote.speaker, quote.organisation, quote.forum, quote.toldTo].compactMap { $0 }.map(names.key)
            keys += (quote.mentions ?? []).map(names.key)
        }
        keys += [document.source.publisher, document.source.via, document.source.dateline].compactMap { $0 }.map(names.key)
        return keys.filter { !$0.isEmpty }
    }

    private static func declaredKinds(_ document: Document, _ names: NameGroups) -> [String: EntityKind] {
        var kinds: [String: EntityKind] = [:]
        for (entity, _) in document.declaredEntities { kinds[names.key(entity.name)] = type(of: entity).kind }
        return kinds
    }

    private static func roleKeys(_ document: Document, _ names: NameGroups) -> [String] {
        document.links.filter { $0.relation == "works_at" }.map {
            names.key($0.from) + " works at " + names.key($0.to) + " as " + NameNormaliser.normalise($0.role ?? "")
        }
    }

    private static func linkKeys(_ document: Document, _ names: NameGroups) -> [String] {
        document.links.filter { $0.relation != "works_at" }.map { names.key($0.from) + " " + $0.relation + " " + names.key($0.to) }
    }
}

/// Names joined into groups, one group per entity: each name's key is its group's first name.
private struct NameGroups {
    private var parent: [String: String] = [:]

    mutating func join(_ names: [String]) {
        let keys = names.map(NameNormaliser.normalise).filter { !$0.isEmpty }
        guard let first = keys.first else { return }
        let root = find(first)
        for key in keys.dropFirst() {
            let other = find(key)
            if other != root { parent[other] = root }
        }
    }

    func key(_ name: String) -> String {
        find(NameNormaliser.normalise(name))
    }

    private func find(_ key: String) -> String {
        var current = key
        while let next = parent[current], next != current { current = next }
        return current
    }
}
