import Foundation
import Testing
@testable import MineralKB

/// Long lists come in pages (limit and offset) that add up to the whole list, in the same order.
@Suite struct PagingTests {
    private func key(_ row: FirmPresence) -> String {
        "\(row.organisation.name)|\(row.presence)|\(row.place.name)|\(row.since?.description ?? "")|\(row.sources.map(\.label))|\(row.origins)"
    }

    @Test func firmPagesAddUpToTheWholeList() throws {
        try withFixtures { kb in
            let filter = FirmFilter(status: nil)
            let all = try kb.firmsActive(in: "Pakistan", filter: filter).map(key)
            #expect(all.count >= 4)
            var paged: [String] = []
            var offset = 0
            while true {
                let page = try kb.firmsActive(in: "Pakistan", filter: filter, limit: 3, offset: offset)
                #expect(page.count <= 3)
                paged += page.map(key)
                if page.count < 3 { break }
                offset += 3
            }
            #expect(paged == all)
            #expect(try kb.firmsActive(in: "Pakistan", filter: filter, limit: 2, offset: all.count).isEmpty)
            // Streamed, the same rows in the same order, origins and sources included.
            var streamed: [String] = []
            try kb.forEachFirmActive(in: "Pakistan", filter: filter) { streamed.append(key($0)) }
            #expect(streamed == all)
        }
    }

    @Test func aWrongPageIsRefused() throws {
        try withFixtures { kb in
            for (limit, offset) in [(0, 0), (-1, 0), (5, -1)] {
                let error = try #require(throws: KnowledgeBaseError.self) { try kb.firmsActive(in: "Pakistan", limit: limit, offset: offset) }
                guard case .outOfRange = error else { Issue.record("expected outOfRange, got \(error)"); continue }
            }
            let error = try #require(throws: KnowledgeBaseError.self) { try kb.quotes(matching: QuoteFilter(offset: -1)) }
            #expect(error == .outOfRange(argument: .offset, value: -1, allowed: 0...Int.max))
        }
    }

    @Test func quoteSearchPagesAddUpToTheRankedList() throws {
        try withFixtures { kb in
            for filter in [QuoteFilter(search: "Pakistan"), QuoteFilter(speaker: "Min Ziheng", search: "Pakistan"),
                           QuoteFilter(speaker: "Min Ziheng"), QuoteFilter(until: PartialDate("2026-01"))] {
                let all = try kb.quotes(matching: filter)
                #expect(all.count >= 3)
                var paged: [QuoteRow] = []
                for offset in stride(from: 0, to: all.count + 2, by: 2) {
                    var page = filter
                    page.limit = 2
                    page.offset = offset
                    paged += try kb.quotes(matching: page)
                }
                #expect(paged.map(\.id) == all.map(\.id))
                // Every row of every page of a search carries its snippet; a plain list carries none.
                #expect(paged.allSatisfy { ($0.snippet != nil) == (filter.search != nil) })
            }
        }
    }

    @Test func theDefaultQuotePageIsFifty() throws {
        #expect(QuoteFilter().limit == 50)
        #expect(QuoteFilter().offset == 0)
    }
}
