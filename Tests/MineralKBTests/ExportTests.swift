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
            #expect(dot.contains("[label=\"works at\\nDirector Marketing Planning\\nas of 2026-01-29\"]"))
            #expect(dot.contains("subgraph cluster_legend"))
        }
    }

    @Test func dotEdgesSayEachClaimWithItsShareAndDates() throws {
        try withFixtures { kb in
            let dot = try kb.exportDOT(around: "JCHI")
            // Two claims of the same presence, from two sources with two start years: two edges that differ.
            #expect(dot.contains("since 2006 or before\"]"))
            #expect(dot.contains("since 2004\"]"))
            #expect(dot.contains("[label=\"owns\\n40%\\nsince 2025\"]"))
            #expect(!dot.contains("[label=\"is part of\""))
            let withHierarchy = try kb.exportDOT(around: "JCHI", includeHierarchy: true)
            #expect(withHierarchy.contains("[label=\"is part of\", style=dashed"))
            #expect(withHierarchy.contains("[label=\"Sindh\""))
        }
    }

    @Test func tableRowsLeaveOutTheInternalClaimKey() throws {
        try withFixtures { kb in
            var names: [String] = []
            var values: [[QueryValue]] = []
            try kb.readTable("links", columns: { names = $0 }, row: { values.append($0) })
            #expect(names.contains("since_qualifier"))
            #expect(!names.contains("claim_key"))
            #expect(values.allSatisfy { $0.count == names.count })
            #expect(!values.isEmpty)
        }
    }
}
