import Foundation
import TestSupport
import Testing
@testable import MineralKB

/// Feeds the importer thousands of malformed documents. Every one must end in an `ImportError`
/// naming the file and the JSON path of the problem, never a crash or a hang, and the database
/// must be exactly as it was.
@Suite struct ImportFuzzTests {
    /// A valid document with a few entities, links and a quote, varied by the generator.
    static func validDocument(_ random: inout SplitMix64, id: Int) -> [String: Any] {
        let firm = "Fuzz Firm \(id)"
        let person = "Fuzz Person \(id)"
        return [
            "source": ["title": "Fuzz source \(id)", "published": "2026-0\(1 + random.below(9))", "publisher": firm],
            "organisations": [["name": firm, "type": random.pick(["company", "media", "state enterprise"]), "aliases": ["FF\(id)"]]],
            "people": [["name": person]],
            "places": [["name": "Fuzz Town \(id)", "type": "city", "in": random.pick(["Sindh", "Balochistan", "Henan"])]],
            "links": [
                ["from": person, "relation": "works_at", "to": firm, "role": "Director", "since": "2020"],
                ["from": firm, "relation": "has_office_in", "to": "Fuzz Town \(id)", "since": "2019", "since_qualifier": "about"],
                ["from": firm, "relation": "interested_in", "to": random.pick(["copper", "gold", "aluminum", "Cu"])],
            ],
            "quotes": [["speaker": person, "text": "We see copper in \(id).", "form": "direct", "mentions": ["copper"]]],
        ]
    }

    enum Mutation: CaseIterable {
        case truncate, wrongType, missingRequired, unknownField, danglingReference, emptyString, badDate, badEnum,
             invalidUTF8, deepNesting, hugeString, notAnObject, badShare, badRelation, qualifierWithoutDate, duplicateKey
    }

    /// Breaks a valid document in one way; returns the bytes and, where the mutation targets one
    /// field, the JSON path the error must name.
    static func mutate(_ document: [String: Any], _ mutation: Mutation, _ random: inout SplitMix64) throws -> (Data, String?) {
        var document = document
        func data(_ object: Any) throws -> Data { try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) }
        func setLink(_ index: Int, _ key: String, _ value: Any?) {
            var links = document["links"] as? [[String: Any]] ?? []
            links[index][key] = value
            document["links"] = links
        }
        switch mutation {
        case .truncate:
            let full = try data(document)
            return (full.prefix(1 + random.below(full.count - 1)), "$")
        case .wrongType:
            let (path, value): (String, Any) = random.pick([
                ("$.source.title", 42), ("$.links[0].since", 2020), ("$.links[1].role", ["a"]), ("$.quotes[0].text", true),
                ("$.organisations[0].aliases", "FF"), ("$.people[0].name", ["x": 1]), ("$.links", ["from": "x"]),
            ])
            switch path {
            case "$.source.title": document["source"] = ["title": value]
            case "$.links[0].since": setLink(0, "since", value)
            case "$.links[1].role": setLink(1, "role", value)
            case "$.quotes[0].text": document["quotes"] = [["text": value]]
            case "$.organisations[0].aliases": document["organisations"] = [["name": "X Org", "aliases": value]]
            case "$.people[0].name": document["people"] = [["name": value]]
            default: document["links"] = value
            }
            return (try data(document), path)
        case .missingRequired:
            let key = random.pick(["from", "relation", "to"])
            setLink(random.below(3), key, nil)
            document.removeValue(forKey: random.below(2) == 0 ? "nothing" : "source")
            return (try data(document), nil)
        case .unknownField:
            setLink(0, "sinse", "2020")
            return (try data(document), "$.links[0].sinse")
        case .danglingReference:
            setLink(2, "to", "unobtainium-\(random.next())")
            return (try data(document), "$.links[2].to")
        case .emptyString:
            setLink(0, "role", random.pick(["", "   ", "\n\t"]))
            return (try data(document), "$.links[0].role")
        case .badDate:
            setLink(0, "since", random.pick(["2026-13-45", "2025-02-29", "yesterday", "20", "2026-1-1", "2026-01-32", "0000"]))
            return (try data(document), "$.links[0].since")
        case .badEnum:
            setLink(1, "status", random.pick(["ACTIVE", "maybe", ""]))
            return (try data(document), "$.links[1].status")
        case .invalidUTF8:
            var bytes = [UInt8](try data(document))
            let at = bytes.firstIndex(of: UInt8(ascii: "W")) ?? 10  // inside the quote's text
            bytes.insert(contentsOf: random.pick([[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80]]), at: at)
            return (Data(bytes), "$")
        case .deepNesting:
            let depth = random.pick([600, 5_000, 100_000])
            var text = "{\"source\": {\"title\": \"deep\"}, \"links\": "
            text += String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}"
            return (Data(text.utf8), nil)
        case .hugeString:
            setLink(0, "role", String(repeating: "x", count: 10_000_001))
            return (try data(document), "$.links[0].role")
        case .notAnObject:
            return (Data(random.pick(["[]", "null", "42", "\"text\"", "", " "]).utf8), "$")
        case .badShare:
            setLink(0, "share_percent", random.pick([-1, 100.5, 1e308]))
            return (try data(document), "$.links[0].share_percent")
        case .badRelation:
            setLink(0, "relation", random.pick(["employs", "works at", "WORKS_AT"]))
            return (try data(document), "$.links[0].relation")
        case .duplicateKey:
            var text = String(decoding: try data(document), as: UTF8.self)
            let key = random.pick(["\"source\":", "\"from\":", "\"text\":"])
            if let range = text.range(of: key) { text.replaceSubrange(range, with: key + "\"twice\"," + key) }
            return (Data(text.utf8), "$")
        case .qualifierWithoutDate:
            setLink(2, "since_qualifier", "before")
            return (try data(document), "$.links[2].since_qualifier")
        }
    }

    @Test func tenThousandMalformedDocumentsAreRefusedCleanly() throws {
        try withFixtures { kb in
            let before = try rowCounts(kb)
            var random = SplitMix64(seed: 20_260_129)
            var casesTried = 0
            for number in 0..<10_000 {
                var mutation = Mutation.allCases[number % Mutation.allCases.count]
                // Ten-megabyte strings are slow to build: a handful is enough to show they are refused.
                if mutation == .hugeString && number > 50 { mutation = .badDate }
                let valid = ImportFuzzTests.validDocument(&random, id: number)
                let (data, expectedPath) = try ImportFuzzTests.mutate(valid, mutation, &random)
                let name = "case-\(number).json"
                do {
                    try kb.importDocuments([ImportInput(name: name, data: data)])
                    Issue.record("case \(number) (\(mutation)) was accepted")
                } catch let error as ImportError {
                    #expect(!error.problems.isEmpty)
                    for problem in error.problems {
                        #expect(problem.file == name)
                        #expect(problem.path.hasPrefix("$"))
                        #expect(!problem.message.isEmpty)
                    }
                    if let expectedPath, !error.problems.contains(where: { $0.path == expectedPath }) {
                        Issue.record("case \(number) (\(mutation)): expected a problem at \(expectedPath), got \(error.problems)")
                    }
                } catch {
                    Issue.record("case \(number) (\(mutation)) failed with \(type(of: error)), not ImportError: \(error)")
                }
                casesTried += 1
                if number % 2_000 == 0 { #expect(try rowCounts(kb) == before) }
            }
            #expect(casesTried == 10_000)
            #expect(try rowCounts(kb) == before)
        }
    }
}
