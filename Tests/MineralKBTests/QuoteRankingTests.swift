import Foundation
import Testing
@testable import MineralKB

/// A plain word search ranks (bm25) only its most recently added matches and lists the older ones
/// after them, newest first, so that a common word costs a bounded ranking. The fixtures' quotes
/// are few, so these tests rank only a few of them.
@Suite struct QuoteRankingTests {
    @Test func theNewestMatchesAreRankedAndTheOlderOnesFollowNewestFirst() throws {
        try withFixtures { kb in
            let filter = QuoteFilter(search: "Pakistan")
            let ranked = try kb.quotes(matching: filter)
            #expect(ranked.count >= 6)
            #expect(ranked.count < KnowledgeBase.rankedQuoteMatches)
            for window in [1, 3, ranked.count - 1] {
                let windowed = try kb.quotes(matching: filter, rankedMatches: window)
                // The same quotes, every one once.
                #expect(windowed.map(\.id).sorted() == ranked.map(\.id).sorted())
                let newest = Set(ranked.map(\.id).sorted(by: >).prefix(window))
                // First the newest ones, in the order a full ranking gives them...
                #expect(windowed.prefix(window).map(\.id) == ranked.map(\.id).filter { newest.contains($0) })
                // ...then the others, newest first.
                let older = windowed.dropFirst(window).map(\.id)
                #expect(older == older.sorted(by: >))
                #expect(older.allSatisfy { !newest.contains($0) })
                // Pages of any size add up to the same list, across the end of the ranked part too.
                for size in [1, 2, 4] {
                    var paged: [QuoteRow] = []
                    for offset in stride(from: 0, to: windowed.count + size, by: size) {
                        var page = filter
                        page.limit = size
                        page.offset = offset
                        paged += try kb.quotes(matching: page, rankedMatches: window)
                    }
                    #expect(paged.map(\.id) == windowed.map(\.id), "window \(window), pages of \(size)")
                    #expect(paged == windowed)
                }
            }
        }
    }

    @Test func everyRowOfAPageCarriesItsHighlightAndDetails() throws {
        try withFixtures { kb in
            for window in [2, KnowledgeBase.rankedQuoteMatches] {
                let rows = try kb.quotes(matching: QuoteFilter(search: "Pakistan mineral"), rankedMatches: window)
                #expect(rows.count >= 2)
                for row in rows {
                    let snippet = try #require(row.snippet)
                    #expect(snippet.contains("[Pakistan") && snippet.contains("[mineral]"), "\(snippet)")
                    #expect(snippet.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "") == row.text)
                    #expect(!row.source.label.isEmpty)
                }
            }
            // A page past the last match is empty, ranked part or not.
            #expect(try kb.quotes(matching: QuoteFilter(search: "Pakistan", offset: 500), rankedMatches: 2).isEmpty)
            #expect(try kb.quotes(matching: QuoteFilter(search: "Pakistan", offset: 500)).isEmpty)
            #expect(try kb.quotes(matching: QuoteFilter(search: "zzzunfound")).isEmpty)
        }
    }
}
