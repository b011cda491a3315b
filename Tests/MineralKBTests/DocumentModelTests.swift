import Foundation
import Testing
@testable import MineralKB

/// A program writes documents by building the model, as the README shows, and they go through the
/// same checks as a file; the exporter gives back the same model.
@Suite struct DocumentModelTests {
    @Test func aDocumentBuiltInCodeImportsAndExportsAsTheModel() throws {
        let kb = try KnowledgeBase.inMemory()
        var document = Document(source: .init(type: .article, title: "Copper news", published: PartialDate("2026-01-29")))
        document.organisations.append(.init(name: "Example Copper Ltd", aliases: ["ECL"], type: .company))
        document.places.append(.init(name: "Example Port", type: "city", within: "Sindh"))
        document.links.append(.init(from: "ECL", relation: "has_office_in", to: "Example Port", since: PartialDate("2019"),
                                    sinceQualifier: .about))
        try kb.importDocuments([ImportInput(name: "copper-news.json", document: document)])
        #expect(try kb.firmsActive(in: "Pakistan").map(\.organisation.name) == ["Example Copper Ltd"])

        let exported = try #require(try kb.exportDocuments().first?.document)
        #expect(exported.source.title == "Copper news")
        #expect(exported.organisations == [.init(name: "Example Copper Ltd", aliases: ["ECL"], type: .company)])
        #expect(exported.links == [.init(from: "Example Copper Ltd", relation: "has_office_in", to: "Example Port",
                                         since: PartialDate("2019"), sinceQualifier: .about)])
    }

    @Test func aBadDocumentBuiltInCodeGetsLocatedProblems() throws {
        let kb = try KnowledgeBase.inMemory()
        var document = Document(source: .init(title: "Bad"))
        document.people.append(.init(name: " "))
        document.links.append(.init(from: "Nobody", relation: "works_at", to: "Nowhere Ltd", sharePercent: 140))
        let error = try #require(throws: ImportError.self) { try kb.importDocuments([ImportInput(name: "bad.json", document: document)]) }
        #expect(error.problems.map(\.path) == ["$.people[0].name", "$.links[0].share_percent", "$.links[0].from"])
    }
}
