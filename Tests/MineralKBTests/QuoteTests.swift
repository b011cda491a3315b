import Foundation
import Testing
@testable import MineralKB

@Suite struct QuoteTests {
    @Test func fullTextSearchFindsTheFirstQuoteWithHighlight() throws {
        try withFixtures { kb in
            let rows = try kb.quotes(matching: QuoteFilter(search: "vast mineral resources"))
            let first = try #require(rows.first)
            #expect(first.text.hasPrefix("Pakistan has vast mineral resources, while Chinese companies"))
            #expect(first.form == "direct")
            #expect(first.speaker?.name == "Min Ziheng")
            #expect(first.speakerRole == "Director Marketing Planning")
            #expect(first.forum?.name == "Pak–China Mineral Cooperation Forum")
            #expect(first.source.label == "Associated Press of Pakistan, Islamabad, 2026-01-29")
            #expect(first.snippet?.contains("[vast] [mineral] [resources]") == true)
        }
    }

    @Test func filtersCombine() throws {
        try withFixtures { kb in
            let copper = try kb.quotes(matching: QuoteFilter(forum: "Pak-China Mineral Cooperation Forum", mentions: "copper"))
            #expect(copper.count == 2)
            #expect(try kb.quotes(matching: QuoteFilter(speaker: "Min Ziheng")).count == 12)  // 10 in the seed, 2 in fixture 002
            #expect(try kb.quotes(matching: QuoteFilter(organisation: "JCHI", since: PartialDate("2026-02"))).isEmpty)
            #expect(try kb.quotes(matching: QuoteFilter(until: PartialDate("2026-01"))).count == 10)
            // Operators and quotes in the input are words, never FTS syntax.
            #expect(try kb.quotes(matching: QuoteFilter(search: "\"copper\" (gold")).count == 1)
        }
    }
}
