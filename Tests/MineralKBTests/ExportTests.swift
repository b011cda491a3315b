import Foundation
import Testing
@testable import MineralKB

@Suite struct ExportTests {
    @Test func exportThenImportIntoAnEmptyDatabaseGivesTheSameCounts() throws {
        try withFixtures { kb in
            let documents = try kb.exportDocuments()
            #expect(documents.count == 2)
            let copy = try KnowledgeBase.inMemory()
            try copy.importDocuments(documents.map { ImportInput(name: $0.fileName, data: $0.json) })
            #expect(try rowCounts(copy) == rowCounts(kb))
            let firms = try copy.firmsActive(in: "Sindh", filter: FirmFilter(from: "China"))
            #expect(firms.map(\.organisation.name) == ["Jiaozuo Creation Heavy Industry Co Ltd"])
        }
    }

    @Test func neighbourhoodExportKeepsOnlyWhatIsNear() throws {
        try withFixtures { kb in
            let documents = try kb.exportDocuments(around: "Example Valley Copper Project", depth: 1)
            let text = documents.map { String(decoding: $0.json, as: UTF8.self) }.joined()
            #expect(text.contains("Indus Example Minerals Ltd"))
            #expect(!text.contains("Min Ziheng"))
        }
    }

    @Test func dotGraphHasNodesAndLabelledEdges() throws {
        try withFixtures { kb in
            let dot = try kb.exportDOT(around: "Min Ziheng")
            #expect(dot.hasPrefix("digraph mineralkb {"))
            #expect(dot.contains("label=\"Min Ziheng\", shape=ellipse"))
            #expect(dot.contains("[label=\"works_at\"]"))
        }
    }
}
