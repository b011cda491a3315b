import Foundation
import Testing
@testable import MineralKB

/// Prints how long drafting a 1,000-word article takes in this build (debug, under `swift test`).
/// It asserts nothing about time: the figure that counts is DraftBenchmark's, in release (BENCHMARKS.md).
@Suite struct DraftSpeedTests {
    @Test func printsTheTimeToDraftAThousandWordArticle() throws {
        var paragraphs: [String] = []
        var words = 0
        let directory = fixturesDirectory.appendingPathComponent("articles")
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path).filter({ $0.hasSuffix(".txt") }).sorted() where words < 1_000 {
            for paragraph in try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8).components(separatedBy: "\n") where words < 1_000 {
                let kept = paragraph.split(whereSeparator: \.isWhitespace).prefix(1_000 - words)
                guard !kept.isEmpty else { continue }
                paragraphs.append(kept.joined(separator: " "))
                words += kept.count
            }
        }
        #expect(words == 1_000)
        let drafter = ArticleDrafter(lexicon: try KnowledgeBase.inMemory().draftLexicon())
        let article = paragraphs.joined(separator: "\n\n")
        var times: [Double] = []
        var quotes = 0
        for _ in 0..<10 {
            let start = DispatchTime.now().uptimeNanoseconds
            let document = drafter.draft(article, options: DraftOptions(published: PartialDate("2026-01-29")))
            _ = try document.jsonData()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            quotes = document.quotes.count
        }
        #expect(quotes > 20)
        let sorted = times.sorted()
        print("draft of a \(words)-word article (this build): median \(Int(sorted[sorted.count / 2].rounded())) ms, max \(Int((sorted.last ?? 0).rounded())) ms over \(times.count) runs")
    }
}
