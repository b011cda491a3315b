import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

/// The published JSON Schema of the import format and the `Document` model must say the same thing,
/// field by field, both ways: every schema property is a model field of a compatible type and every
/// model field is a schema property; a field is required in one exactly when it is in the other;
/// every closed list of words is the same list; and the importer's parser reads what the model holds.
@Suite struct DocumentSchemaTests {
    private typealias Object = [String: Any]

    private func schema() throws -> Object {
        let url = fixturesDirectory.deletingLastPathComponent().appendingPathComponent("Schema/document.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? Object)
    }

    private func properties(_ node: Object) -> Object { node["properties"] as? Object ?? [:] }

    /// The object form of a list's items (entities may also be given as a plain string).
    private func itemObject(_ schema: Object, _ key: String) throws -> Object {
        let items = try #require(properties(schema)[key] as? Object)["items"] as? Object ?? [:]
        if let shapes = items["oneOf"] as? [Object] { return try #require(shapes.first { $0["type"] as? String == "object" }) }
        return items
    }

    /// A valid value for one property of the schema.
    private func sample(_ property: Object) -> Any {
        if let words = property["enum"] as? [String] { return words[0] }
        if let shapes = property["oneOf"] as? [Object], let object = shapes.first(where: { $0["type"] as? String == "object" }) {
            return sampleObject(object)
        }
        switch property["type"] as? String {
        case "number": return 40
        case "boolean": return true
        case "array": return [sample(property["items"] as? Object ?? [:])]
        case "object": return sampleObject(property)
        default:
            // A string the pattern allows: a date, or an identifier (scheme:value).
            guard let pattern = property["pattern"] as? String else { return "Sample Name 1" }
            return ["2026-01-29", "wikidata:Q42"].first { $0.range(of: pattern, options: .regularExpression) != nil } ?? "no sample fits \(pattern)"
        }
    }

    /// An object with every property the schema lists, each with a valid value.
    private func sampleObject(_ node: Object) -> Object {
        properties(node).mapValues { sample($0 as? Object ?? [:]) }
    }

    /// A value of another JSON type than the property's.
    private func wrongType(_ property: Object) -> Any {
        switch property["type"] as? String {
        case "number": return "forty"
        case "boolean": return "yes"
        case "array": return "not a list"
        case "object": return 12
        default: return property["oneOf"] != nil ? 12 : ["not", "a", "string"]
        }
    }

    private func decodes<T: Decodable>(_ type: T.Type, _ object: Any) -> Bool {
        guard let data = try? JSONSerialization.data(withJSONObject: object) else { return false }
        return (try? JSONDecoder().decode(T.self, from: data)) != nil
    }

    /// Checks one object of the schema against the model type `T` and its field names `K`.
    /// `listedInTheBase`: fields whose words the base lists (relations), so the model holds them as text.
    private func check<T: Codable, K: CodingKey & CaseIterable>(_ node: Object, _ type: T.Type, keys: K.Type,
                                                                listedInTheBase: Set<String> = [],
                                                                sourceLocation: SourceLocation = #_sourceLocation) throws {
        let schemaFields = Set(properties(node).keys)
        let modelFields = Set(K.allCases.map(\.stringValue))
        #expect(schemaFields.subtracting(modelFields).isEmpty, "in the schema, not the model: \(schemaFields.subtracting(modelFields))",
                sourceLocation: sourceLocation)
        #expect(modelFields.subtracting(schemaFields).isEmpty, "in the model, not the schema: \(modelFields.subtracting(schemaFields))",
                sourceLocation: sourceLocation)
        #expect(node["additionalProperties"] as? Bool == false, "the schema must refuse unknown fields, as the importer does",
                sourceLocation: sourceLocation)

        // Every field holds a value of the schema's type, and is written back.
        let full = sampleObject(node)
        let decoded = try JSONDecoder().decode(T.self, from: JSONSerialization.data(withJSONObject: full))
        let written = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(decoded)) as? Object)
        #expect(Set(written.keys) == schemaFields, "the model drops \(schemaFields.subtracting(written.keys))", sourceLocation: sourceLocation)

        let required = Set(node["required"] as? [String] ?? [])
        for (field, property) in properties(node) {
            let property = property as? Object ?? [:]
            var without = full
            without[field] = nil
            #expect(decodes(T.self, without) == !required.contains(field),
                    "\"\(field)\" is \(required.contains(field) ? "" : "not ")required in the schema", sourceLocation: sourceLocation)
            var wrong = full
            wrong[field] = wrongType(property)
            #expect(!decodes(T.self, wrong), "\"\(field)\" accepts another type than the schema's", sourceLocation: sourceLocation)
            if let words = property["enum"] as? [String] {
                for word in words {
                    var each = full
                    each[field] = word
                    #expect(decodes(T.self, each), "\"\(field)\": the model refuses \"\(word)\"", sourceLocation: sourceLocation)
                }
                var unknown = full
                unknown[field] = "no such word"
                #expect(listedInTheBase.contains(field) || !decodes(T.self, unknown), "\"\(field)\": the model accepts words the schema does not list",
                        sourceLocation: sourceLocation)
            }
        }
    }

    @Test func everyObjectOfTheSchemaIsTheModel() throws {
        let schema = try schema()
        try check(schema, Document.self, keys: Document.CodingKeys.self)
        try check(try #require(properties(schema)["source"] as? Object), Document.Source.self, keys: Document.Source.CodingKeys.self)
        try check(try itemObject(schema, "organisations"), Document.Organisation.self, keys: Document.Organisation.CodingKeys.self)
        try check(try itemObject(schema, "people"), Document.Person.self, keys: Document.Person.CodingKeys.self)
        try check(try itemObject(schema, "places"), Document.Place.self, keys: Document.Place.CodingKeys.self)
        try check(try itemObject(schema, "minerals"), Document.Mineral.self, keys: Document.Mineral.CodingKeys.self)
        try check(try itemObject(schema, "forums"), Document.Forum.self, keys: Document.Forum.CodingKeys.self)
        try check(try itemObject(schema, "projects"), Document.Project.self, keys: Document.Project.CodingKeys.self)
        try check(try itemObject(schema, "links"), Document.Link.self, keys: Document.Link.CodingKeys.self,
                  listedInTheBase: ["relation"])  // checked against the relations table below
        try check(try itemObject(schema, "quotes"), Document.Quote.self, keys: Document.Quote.CodingKeys.self)
    }

    @Test func entitiesMayBeJustANameInBoth() throws {
        let schema = try schema()
        for kind in EntityKind.allCases {
            let items = try #require(properties(schema)[kind.plural] as? Object)["items"] as? Object
            let shapes = try #require(items?["oneOf"] as? [Object])
            #expect(shapes.contains { $0["type"] as? String == "string" }, "\(kind.plural): no shorthand in the schema")
        }
        let document = try JSONDecoder().decode(Document.self, from: Data(#"{"source": {"title": "t"}, "people": ["Min Ziheng"]}"#.utf8))
        #expect(document.people == [Document.Person(name: "Min Ziheng")])
    }

    @Test func theParserReadsWhatTheModelHolds() throws {
        // The whole schema, every field filled: the importer's parser and JSONDecoder read the same document.
        var sample = sampleObject(try schema())
        sample["places"] = [["name": "Sample Town", "type": "town", "in": "Sindh", "iso_code": "XX-1", "aliases": ["Sample Town 2"]]]
        let data = try JSONSerialization.data(withJSONObject: sample)
        let parsed = try Document.parse(data, file: "sample.json")
        #expect(parsed == (try JSONDecoder().decode(Document.self, from: data)))
        // And what the model writes, the parser reads back unchanged.
        #expect(try Document.parse(try parsed.jsonData(), file: "again.json") == parsed)
    }

    @Test func relationsMatchTheDatabase() throws {
        let kb = try KnowledgeBase.inMemory()
        let relations = try kb.database.fetchAll(sql: "SELECT DISTINCT name FROM relations") { row -> String in try row[0] }
        let published = try itemObject(try schema(), "links")
        #expect(Set((properties(published)["relation"] as? Object)?["enum"] as? [String] ?? []) == Set(relations))
    }

    @Test func closedListsMatchTheSchemaChecks() throws {
        // The base's CHECK constraints hold the same words as the model's enums, as a list
        // (`x IN ('a', 'b')`) or, in the tables written per fact, as comparisons (`x = 'a' OR x = 'b'`).
        let kb = try KnowledgeBase.inMemory()
        let sql = try kb.database.fetchAll(sql: "SELECT sql FROM sqlite_schema WHERE type = 'table'") { row -> String in try row[0] }
            .joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        for (column, words) in [("organisation_type", OrganisationType.allCases.map(\.rawValue)), ("project_type", ProjectType.allCases.map(\.rawValue)),
                                ("status", ProjectStatus.allCases.map(\.rawValue)), ("source_type", SourceType.allCases.map(\.rawValue)),
                                ("form", QuoteForm.allCases.map(\.rawValue))] {
            let list = "\(column) IN (" + words.map { "'\($0)'" }.joined(separator: ", ") + ")"
            let comparisons = words.map { "\(column) = '\($0)'" }.joined(separator: " OR ")
            #expect(sql.contains(list) || sql.contains(comparisons), "not in the schema: \(list)")
        }
    }
}

/// The "review" note `mkb draft` writes: accepted wherever the schema allows it, and ignored.
@Suite struct ReviewNoteTests {
    @Test func reviewNotesAreAcceptedAndStoreNothing() throws {
        let plain = #"""
            {"source": {"publisher": "Reuters", "title": "Copper news"%@},
             "organisations": [{"name": "Reuters", "type": "media"%@}],
             "people": [{"name": "Helen Marsh"%@}],
             "links": [{"from": "Helen Marsh", "relation": "works_at", "to": "Reuters"%@}],
             "quotes": [{"speaker": "Helen Marsh", "text": "Hello"%@}]}
            """#
        let without = plain.replacingOccurrences(of: "%@", with: "")
        let with = plain.replacingOccurrences(of: "%@", with: #", "review": "proposed by mkb draft: check""#)
        func rows(_ text: String) throws -> [String: Int] {
            let kb = try KnowledgeBase.inMemory()
            try kb.importDocuments([ImportInput(name: "doc.json", data: Data(text.utf8))])
            return try rowCounts(kb)
        }
        #expect(try rows(with) == rows(without))
    }

    @Test func aReviewNoteMustBeText() throws {
        let kb = try KnowledgeBase.inMemory()
        let document = #"{"source": {"publisher": "Reuters", "title": "Copper news"}, "links": [{"from": "Pakistan", "relation": "has_reserves_of", "to": "copper", "review": 5}]}"#
        #expect {
            try kb.importDocuments([ImportInput(name: "doc.json", data: Data(document.utf8))])
        } throws: { error in
            "\(error)".contains("$.links[0].review: expected a string")
        }
    }

    @Test func theSchemaPublishesTheReviewNote() throws {
        let url = fixturesDirectory.deletingLastPathComponent().appendingPathComponent("Schema/document.schema.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        // source, six entity kinds, links and quotes.
        #expect(text.components(separatedBy: "\"review\": {").count - 1 == 9)
    }
}
