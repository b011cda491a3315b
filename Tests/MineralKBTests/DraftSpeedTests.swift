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

    /// Drafting grows with the article, not with its square: the seed article repeated 25 and 100
    /// times (64 KB and 254 KB) gives every quote of each copy, and the figures printed (CPU time of
    /// this thread) show the ratio, about 4 when linear (it was about 10 when each quote and sentence
    /// scanned every mention of the article).
    @Test func printsHowDraftingGrowsWithALongArticle() throws {
        let seed = try String(contentsOf: fixturesDirectory.appendingPathComponent("articles/000_aaa72656d35a8edd.txt"), encoding: .utf8)
        let drafter = ArticleDrafter(lexicon: try KnowledgeBase.inMemory().draftLexicon())
        let once = drafter.draft(seed, options: DraftOptions(published: PartialDate("2026-01-29"))).quotes.count
        #expect(once > 5)
        var cpu: [Double] = []
        for copies in [25, 100] {
            let article = Array(repeating: seed, count: copies).joined(separator: "\n\n")
            let start = DraftSpeedTests.threadCPUSeconds()
            let document = drafter.draft(article, options: DraftOptions(published: PartialDate("2026-01-29")))
            cpu.append(DraftSpeedTests.threadCPUSeconds() - start)
            #expect(document.quotes.count == copies * once)
        }
        print("draft of the seed article ×25 / ×100 (this build, CPU): \(Int(cpu[0] * 1000)) ms / \(Int(cpu[1] * 1000)) ms, "
              + "ratio \(String(format: "%.1f", cpu[1] / max(cpu[0], 1e-6))) (4 is linear)")
    }

    /// CPU time of the calling thread, in seconds.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
