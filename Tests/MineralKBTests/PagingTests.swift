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

    /// Both plans (from the place, and firms walked by name) give, for any page, exactly the rows of
    /// the full list at those positions, origins and sources included, under every filter, in places
    /// large and small of a generated base.
    @Test func everyPageOfEitherPlanIsTheSliceOfTheFullList() throws {
        try QueryPlanTests.withPlannedBase { kb in
            let filters = [
                FirmFilter(), FirmFilter(status: nil), FirmFilter(status: .former), FirmFilter(direct: true),
                FirmFilter(from: "China"), FirmFilter(from: "Pakistan", direct: true), FirmFilter(mineral: "copper"),
                FirmFilter(presenceKinds: ["has_office_in", "operates_in"]), FirmFilter(asOf: PartialDate("2001")),
                FirmFilter(statedOnly: true),
            ]
            var walked = 0
            for name in ["Pakistan", "Sindh", "Chile", "Plan District 7"] {
                let place = try kb.entity(named: name, kinds: [.place])
                for filter in filters {
                    let all = try kb.firmsActive(in: name, filter: filter)
                    // The walk over every row, unpaged, is the whole list too.
                    var whole: [FirmPresence] = []
                    try kb.forEachFirmActive(inPlace: place, filter: filter, limit: nil, offset: 0, plan: .byFirmName) { whole.append($0) }
                    #expect(whole == all, "\(name) \(filter)")
                    for (limit, offset) in [(50, 0), (7, 3), (50, 50), (13, max(all.count - 5, 0)), (10, all.count)] {
                        let expected = Array(all.dropFirst(offset).prefix(limit))
                        for plan in FirmPlan.allCases {
                            var page: [FirmPresence] = []
                            try kb.forEachFirmActive(inPlace: place, filter: filter, limit: limit, offset: offset, plan: plan) { page.append($0) }
                            #expect(page == expected, "\(name) \(plan) limit \(limit) offset \(offset) \(filter)")
                        }
                        // The plan the library chooses by itself, through the public call.
                        #expect(try kb.firmsActive(in: name, filter: filter, limit: limit, offset: offset) == expected)
                        if try kb.firmPlan(place: place.id, filter: filter, rows: limit + offset) == .byFirmName { walked += 1 }
                    }
                    if name == "Pakistan" && filter.status == .active && filter.from == nil && filter.mineral == nil { #expect(all.count > 1_000) }
                }
            }
            #expect(walked > 0, "the walk was never chosen: the test would not show its pages match")
        }
    }

    /// The walk by name is chosen for the first pages of a place where many firms are, never for a
    /// small place, a whole list, deep pages or the filters that leave few walked firms in the list.
    @Test func theWalkByNameIsChosenOnlyWhereItPays() throws {
        try QueryPlanTests.withPlannedBase { kb in
            let pakistan = try kb.entity(named: "Pakistan", kinds: [.place]).id
            let district = try kb.entity(named: "Plan District 7", kinds: [.place]).id
            #expect(try kb.firmPlan(place: pakistan, filter: FirmFilter(), rows: 50) == .byFirmName)
            #expect(try kb.firmPlan(place: pakistan, filter: FirmFilter(asOf: PartialDate("2020"), statedOnly: true), rows: 50) == .byFirmName)
            #expect(try kb.firmPlan(place: district, filter: FirmFilter(), rows: 50) == .fromPlace)
            #expect(try kb.firmPlan(place: pakistan, filter: FirmFilter(), rows: nil) == .fromPlace)
            #expect(try kb.firmPlan(place: pakistan, filter: FirmFilter(), rows: 1_000_000) == .fromPlace)
            #expect(try kb.firmPlan(place: pakistan, filter: FirmFilter(), rows: Int.max) == .fromPlace)
            for filter in [FirmFilter(from: "China"), FirmFilter(mineral: "copper"), FirmFilter(presenceKinds: ["has_office_in"]), FirmFilter(status: .former)] {
                #expect(try kb.firmPlan(place: pakistan, filter: filter, rows: 50) == .fromPlace, "\(filter)")
            }
            // The largest page a caller can ask for does not overflow the page's end.
            #expect(try kb.firmsActive(in: "Pakistan", limit: Int.max, offset: 5).count == kb.firmsActive(in: "Pakistan").count - 5)
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
