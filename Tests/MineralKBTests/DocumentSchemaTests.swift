import Foundation
import Testing
@testable import MineralKB

/// The published JSON Schema of the import format must say what the importer accepts.
@Suite struct DocumentSchemaTests {
    private func schema() throws -> [String: Any] {
        let url = fixturesDirectory.deletingLastPathComponent().appendingPathComponent("Schema/document.schema.json")
        return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func enumeration(_ schema: [String: Any], _ path: [String]) -> [String] {
        var node: Any? = schema
        for key in path {
            if key == "items", let object = node as? [String: Any] { node = object["items"]; continue }
            node = (node as? [String: Any])?[key]
        }
        return ((node as? [String: Any])?["enum"] as? [String]) ?? []
    }

    @Test func relationsMatchTheDatabase() throws {
        let kb = try KnowledgeBase.inMemory()
        let relations = try kb.database.fetchAll(sql: "SELECT DISTINCT name FROM relations") { row -> String in try row[0] }
        let published = enumeration(try schema(), ["properties", "links", "items", "properties", "relation"])
        #expect(Set(published) == Set(relations))
    }

    @Test func vocabulariesMatchTheImporter() throws {
        let schema = try schema()
        #expect(enumeration(schema, ["properties", "source", "properties", "type"]) == Vocabulary.sourceTypes)
        #expect(enumeration(schema, ["properties", "quotes", "items", "properties", "form"]) == Vocabulary.quoteForms)
        let projects = ((schema["properties"] as? [String: Any])?["projects"] as? [String: Any])?["items"] as? [String: Any]
        let shapes = (projects?["oneOf"] as? [[String: Any]]) ?? []
        let objectShape = shapes.first { $0["type"] as? String == "object" } ?? [:]
        #expect(enumeration(objectShape, ["properties", "type"]) == Vocabulary.projectTypes)
        #expect(enumeration(objectShape, ["properties", "status"]) == Vocabulary.projectStatuses)
    }
}
