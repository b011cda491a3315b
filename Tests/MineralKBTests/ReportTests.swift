import Foundation
import Testing
@testable import MineralKB

@Suite struct ReportTests {
    @Test func firmReportListsPersonForumMineralsAndQuotesWithSources() throws {
        try withFixtures { kb in
            // Found by an alias from the second document, spelt differently.
            let report = try kb.report(for: "jiaozuo creation")
            #expect(report.entity.name == "Jiaozuo Creation Heavy Industry Co Ltd")
            #expect(report.aliases.contains("Jiaozuo Creation"))
            #expect(report.facts.contains(.init(label: "type", value: "company")))

            let links = report.linkGroups.flatMap(\.links)
            let min = try #require(links.first { $0.other.name == "Min Ziheng" })
            #expect(min.isIncoming && min.relation == "works_at")
            #expect(min.detail == "Director Marketing Planning")
            #expect(min.sources.first?.label == "Associated Press of Pakistan, Islamabad, 2026-01-29")

            let minerals = Set(links.filter { $0.other.kind == .mineral }.map(\.other.name))
            #expect(minerals == ["copper", "gold", "coal"])
            #expect(report.forums.map(\.forum.name) == ["Pak–China Mineral Cooperation Forum"])

            let direct = report.quotesBy.filter { $0.form == "direct" }
            #expect(direct.count == 2)
            #expect(direct.contains { $0.text.hasPrefix("Pakistan has vast mineral resources") })
            #expect(direct.contains { $0.text.hasPrefix("The Pakistani government recognises") })
            #expect(direct.allSatisfy { $0.source.label == "Associated Press of Pakistan, Islamabad, 2026-01-29" })
            #expect(report.quotesBy.filter { $0.form == "paraphrase" }.count == 8)

            // Both sources' claims about the start of operations are shown, side by side.
            let since = links.filter { $0.relation == "operates_in" }.compactMap(\.since?.date).sorted()
            #expect(since == ["2004", "2006"])
            // The merged project stake from the second document.
            let stake = try #require(links.first { $0.relation == "owns" })
            #expect(stake.other.name == "Example Valley Copper Project" && stake.sharePercent == 40)
        }
    }

    @Test func placeReportShowsHierarchyAndFirmsWithin() throws {
        try withFixtures { kb in
            let report = try kb.report(for: "Sindh")
            #expect(report.facts.contains(.init(label: "within", value: "Pakistan")))
            let parts = report.linkGroups.first { $0.category == "hierarchy" }?.links ?? []
            #expect(parts.contains { $0.isIncoming && $0.other.name == "Karachi" })
            // Directly (an office in Karachi) or through a project (fixture 002's mine in the Thar block).
            #expect(Set(report.firmsWithin.map(\.organisation.name)) == [
                "Example Sino Resources Pakistan (Pvt) Ltd", "Indus Example Minerals Ltd", "Jiaozuo Creation Heavy Industry Co Ltd"])
        }
    }

    @Test func ambiguousAndUnknownNamesAreErrorsWithCandidates() throws {
        try withFixtures { kb in
            #expect {
                try kb.report(for: "Punjab")
            } throws: { error in
                guard case KnowledgeBaseError.ambiguousName(_, let candidates) = error else { return false }
                let contexts = candidates.compactMap(\.context)
                return candidates.count >= 2 && contexts.contains { $0.contains("Pakistan") } && contexts.contains { $0.contains("India") }
            }
            #expect {
                try kb.report(for: "Atlantis")
            } throws: { error in
                guard case KnowledgeBaseError.unknownEntity("Atlantis", EntityKind.allCases, _) = error else { return false }
                return true
            }
            let byCode = try kb.report(for: "PK-PB")
            #expect(byCode.entity.name == "Punjab")
        }
    }

    @Test func deeperReportAddsNeighbourhood() throws {
        try withFixtures { kb in
            let report = try kb.report(for: "Min Ziheng", depth: 2)
            let neighbourhood = try #require(report.neighbourhood)
            let names = Set(neighbourhood.connections.flatMap { [$0.from.name, $0.to.name] })
            #expect(names.contains("Karachi"))  // Min → Jiaozuo → office in Karachi
        }
    }
}
