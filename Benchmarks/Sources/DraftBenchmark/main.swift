// The drafting benchmark: how long `mkb draft`'s work takes on a 1,000-word article (issue 17's
// goal: under 100 ms), and how long building the lexicon of names from a base takes.
//
//     swift build -c release --package-path Benchmarks --product DraftBenchmark && Benchmarks/.build/release/DraftBenchmark Fixtures/articles
//
// One line per measure:  BENCH <name> words=... runs=... p50_ms=... p95_ms=... max_ms=...
import Foundation
import MineralKB

let arguments = Array(CommandLine.arguments.dropFirst())
let directory = URL(fileURLWithPath: arguments.first ?? "Fixtures/articles")

do {
    let article = try ThousandWordArticle.make(from: directory)
    var lexiconTimes: [Double] = []
    var lexicon: DraftLexicon?
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        lexicon = try KnowledgeBase.inMemory().draftLexicon()
        lexiconTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    guard let lexicon else { throw CocoaError(.featureUnsupported) }
    let drafter = ArticleDrafter(lexicon: lexicon)
    var draftTimes: [Double] = []
    var cpuTimes: [Double] = []
    var bytes = 0
    for _ in 0..<50 {
        let start = DispatchTime.now().uptimeNanoseconds
        let cpuStart = Measure.threadCPUMilliseconds()
        let text = try drafter.draft(article.text, options: DraftOptions(published: PartialDate("2026-01-29"))).jsonData()
        cpuTimes.append(Measure.threadCPUMilliseconds() - cpuStart)
        draftTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        bytes = text.count
    }
    // Wall time, and this thread's CPU time: on a loaded machine the second says what the work costs.
    print(Measure.line("draft_1000_words", words: article.words, times: draftTimes) + " output_bytes=\(bytes)")
    print(Measure.line("draft_1000_words_cpu", words: article.words, times: cpuTimes))
    print(Measure.line("lexicon_from_reference_base", words: 0, times: lexiconTimes))
} catch {
    FileHandle.standardError.write(Data("DraftBenchmark: \(error)\n".utf8))
    exit(1)
}
