import Foundation
import Testing

/// `mkb draft` end to end: article in, document out, and that document through `mkb import`.
@Suite struct DraftCommandTests {
    static let seedArticle = MKB.fixtures.appendingPathComponent("articles/000_aaa72656d35a8edd.txt")

    @Test func theSeedArticlesDraftImportsAsWritten() throws {
        let workspace = try Workspace(withFixtures: false)
        let draft = try workspace.run(["draft", DraftCommandTests.seedArticle.path], database: false)
        #expect(draft.status == 0, "\(draft.error)")
        #expect(draft.error.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: draft.standardOutput) as? [String: Any])
        let source = try #require(object["source"] as? [String: Any])
        #expect(source["publisher"] as? String == "Associated Press of Pakistan")
        #expect(source["published"] as? String == "2026-01-29")
        #expect(source["dateline"] as? String == "Islamabad")
        let quotes = try #require(object["quotes"] as? [[String: Any]])
        #expect(quotes.contains { $0["text"] as? String == "Pakistan has vast mineral resources, while Chinese companies have accumulated experience and technical capacity in mining engineering and equipment" && $0["speaker"] as? String == "Min Ziheng" })
        // No database given and none there: drafting creates none.
        #expect(!workspace.fileExists("mineral-kb.sqlite"))

        let file = workspace.directory.appendingPathComponent("draft.json")
        try draft.standardOutput.write(to: file)
        let dryRun = try workspace.run("import", "--dry-run", file.path)
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(dryRun.output.contains("+ Min Ziheng (person)"))
        let imported = try workspace.run("import", file.path)
        #expect(imported.status == 0, "\(imported.error)")
        let found = try workspace.run("quotes", "--search", "vast mineral resources", "--format", "csv")
        #expect(found.output.contains("Min Ziheng"))
    }

    @Test func aBaseIsReadToRecogniseNamesAndLeftUnchanged() throws {
        let workspace = try Workspace()
        let before = try Data(contentsOf: workspace.databaseURL)
        let draft = try workspace.run("draft", DraftCommandTests.seedArticle.path, "--url", "https://example.com/story")
        #expect(draft.status == 0, "\(draft.error)")
        // The fixtures already hold these: the draft refers to them instead of declaring them.
        let object = try #require(try JSONSerialization.jsonObject(with: draft.standardOutput) as? [String: Any])
        #expect(object["people"] == nil)
        #expect((object["source"] as? [String: Any])?["url"] as? String == "https://example.com/story")
        #expect(try Data(contentsOf: workspace.databaseURL) == before)
        let file = workspace.directory.appendingPathComponent("draft.json")
        try draft.standardOutput.write(to: file)
        let dryRun = try workspace.run("import", "--dry-run", file.path)
        #expect(dryRun.status == 0, "\(dryRun.error)")
        #expect(dryRun.output.contains("new entities: 0"))
    }

    @Test func flagsFillWhatTheTextLacks() throws {
        let workspace = try Workspace(withFixtures: false)
        let article = workspace.directory.appendingPathComponent("plain.txt")
        try Data("KARACHI, March 3: Helen Marsh, chief executive of Copperline Resources Plc, said copper demand is rising.\n".utf8).write(to: article)
        let draft = try workspace.run(["draft", article.path, "--publisher", "Dawn", "--published", "2026"], database: false)
        #expect(draft.status == 0, "\(draft.error)")
        let source = try #require((try JSONSerialization.jsonObject(with: draft.standardOutput) as? [String: Any])?["source"] as? [String: Any])
        #expect(source["publisher"] as? String == "Dawn")
        #expect(source["published"] as? String == "2026-03-03")
    }

    @Test func importingFixturesLeavesTheTestArticlesOut() throws {
        // Fixtures/articles/ holds illustrative documents: `mkb import Fixtures` reads only Fixtures/*.json.
        #expect(FileManager.default.fileExists(atPath: MKB.fixtures.appendingPathComponent("articles/101_illustrative_wire.json").path))
        let workspace = try Workspace(withFixtures: false)
        let result = try workspace.run("import", "--dry-run", MKB.fixtures.path)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Importing 2 documents"))
        #expect(!result.output.contains("Copperline"))
    }

    @Test func badInputIsExplainedWithoutADocument() throws {
        let workspace = try Workspace(withFixtures: false)
        let missing = try workspace.run(["draft", "no-such-article.txt"], database: false)
        #expect(missing.status == 1)
        #expect(missing.error.contains("no-such-article.txt: no such file"))
        #expect(missing.output.isEmpty)

        let directory = try workspace.run(["draft", workspace.directory.path], database: false)
        #expect(directory.status == 1)
        #expect(directory.error.contains("is a directory"))

        let binary = workspace.directory.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0xFF, 0xFE]).write(to: binary)
        let notText = try workspace.run(["draft", binary.path], database: false)
        #expect(notText.status == 1)
        #expect(notText.error.contains("not UTF-8 plain text"))

        let empty = workspace.directory.appendingPathComponent("empty.txt")
        try Data("  \n\n".utf8).write(to: empty)
        #expect(try workspace.run(["draft", empty.path], database: false).error.contains("holds no text"))

        let badDate = try workspace.run(["draft", DraftCommandTests.seedArticle.path, "--published", "29/01/2026"], database: false)
        #expect(badDate.status == 2)
        #expect(badDate.error.contains("--published"))

        let notABase = workspace.directory.appendingPathComponent("notes.sqlite")
        try Data("not a database".utf8).write(to: notABase)
        let wrongBase = try workspace.run(["draft", DraftCommandTests.seedArticle.path, "--db", notABase.path], database: false)
        #expect(wrongBase.status == 1)
        #expect(wrongBase.output.isEmpty)
    }
}
