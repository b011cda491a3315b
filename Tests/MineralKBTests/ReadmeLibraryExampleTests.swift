import Foundation
import MineralKB
import TestSupport
import Testing

/// The README's library example, line for line (mkbTests' ReadmeTests checks that the README still
/// prints these lines), run where the README runs it: a directory holding `Fixtures/`.
@Suite(.serialized) struct ReadmeLibraryExampleTests {
    @Test func theReadmeExampleRunsAndAnswers() throws {
        let temporary = try TemporaryDirectory(prefix: "mkb-readme")
        defer { withExtendedLifetime(temporary) {} }   // a local lives only to its last use otherwise
        let directory = temporary.url
        try FileManager.default.copyItem(at: fixturesDirectory, to: directory.appendingPathComponent("Fixtures"))
        let previous = FileManager.default.currentDirectoryPath
        // No other test uses a relative path, so running this one in its own directory disturbs none.
        #expect(FileManager.default.changeCurrentDirectoryPath(directory.path))
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }

        // README, "The library":
        let kb = try KnowledgeBase.create(at: "mineral-kb.sqlite")
        try kb.importFiles(at: [URL(fileURLWithPath: "Fixtures")])
        let firms = try kb.firmsActive(in: "Pakistan", filter: FirmFilter(from: "China", mineral: "copper", status: nil))
        let report = try kb.report(for: "JCHI", depth: 2)
        let quotes = try kb.quotes(matching: QuoteFilter(search: "vast mineral resources"))
        let path = try kb.shortestPath(from: "Min Ziheng", to: "Karachi")
        let article = try String(contentsOfFile: "Fixtures/articles/000_aaa72656d35a8edd.txt", encoding: .utf8)
        let draft = ArticleDrafter(lexicon: try kb.draftLexicon()).draft(article, options: DraftOptions(published: PartialDate("2026")))
        let handMade = try Document.parse(Data(contentsOf: URL(fileURLWithPath: "Fixtures/000_aaa72656d35a8edd.json")), file: "seed")
        let score = DraftScorer.score(draft, against: handMade)   // precision and recall per kind of fact

        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("mineral-kb.sqlite").path))
        #expect(firms.contains { $0.organisation.name == "Jiaozuo Creation Heavy Industry Co Ltd" })
        #expect(report.entity.name == "Jiaozuo Creation Heavy Industry Co Ltd")
        #expect(report.neighbourhood?.depth == 2)
        #expect(quotes.first?.text.contains("vast mineral resources") == true)
        #expect(path?.count == 2)
        #expect(draft.source.publisher == "Associated Press of Pakistan")
        #expect(score.quoteSpeakers.recall == 1)
    }
}
