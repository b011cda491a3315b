import Foundation
import Testing
@testable import MineralKB

@Suite struct ConnectionTests {
    @Test func shortestPathFromPersonToProjectHasSourcedHops() throws {
        try withFixtures { kb in
            let path = try #require(try kb.shortestPath(from: "Min Ziheng", to: "EVCP"))
            #expect(path.count == 2)
            #expect(path.first?.start.name == "Min Ziheng")
            #expect(path.first?.connection.relation == "works_at")
            #expect(path.last?.end.name == "Example Valley Copper Project")
            #expect(path.allSatisfy { !$0.connection.sources.isEmpty })
            // Consecutive hops chain.
            for (a, b) in zip(path, path.dropFirst()) { #expect(a.end == b.start) }
        }
    }

    @Test func pathWalksLinksBackwardsAndThroughTheHierarchy() throws {
        try withFixtures { kb in
            let path = try #require(try kb.shortestPath(from: "Karachi", to: "Min Ziheng"))
            #expect(path.map(\.end.name) == ["Jiaozuo Creation Heavy Industry Co Ltd", "Min Ziheng"])
            #expect(path.allSatisfy { $0.isReversed })
            #expect(try kb.shortestPath(from: "Min Ziheng", to: "Antarctica", maxDepth: 3) == nil)
        }
    }
}
