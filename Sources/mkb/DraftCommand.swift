import ArgumentParser
import Foundation
import MineralKB

/// `mkb draft`: a news article's plain text in, a draft import document out.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Draft an import document from the plain text of a news article, for review before import.",
        discussion: """
            Reads the article and prints a document in the import format: the source (dateline, agency, \
            date), the quotes with their speakers, reported speech as paraphrases, the entities named \
            (known ones by their name in the database, new ones proposed with their sentence), people's \
            titles as works_at links, and links read from common patterns, each with its evidence. \
            Everything proposed carries a "review" note, which the importer ignores. The database, if it \
            exists, is only read, to recognise the names it knows; without one, the reference places and \
            minerals are used. The text printed takes precedence over the flags, which fill what it lacks.

            Review the draft (read every "review" note), then `mkb import --dry-run draft.json` and \
            `mkb import draft.json`.

            Example:
              mkb draft Fixtures/articles/000_aaa72656d35a8edd.txt > draft.json
            """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Where the article was read.", valueName: "url"))
    var url: String?

    @Option(name: .long, help: ArgumentHelp("The publisher, when the article does not print an agency.", valueName: "name"))
    var publisher: String?

    @Option(name: .long, help: ArgumentHelp("The publication date (YYYY, YYYY-MM or YYYY-MM-DD), when the article does not print one.",
                                            valueName: "date"))
    var published: String?

    @Argument(help: ArgumentHelp("The article: a UTF-8 plain-text file.", valueName: "article"))
    var article: String

    /// Longest article read: far above any news story, low enough to refuse a wrong file quickly.
    static let maximumBytes = 2_000_000

    func validate() throws {
        if let published, PartialDate(published) == nil {
            throw ValidationError("--published: expected \(PartialDate.expectation), found \"\(published)\".")
        }
        if url?.isEmpty == true { throw ValidationError("--url needs a value, not an empty string.") }
        if publisher?.trimmingCharacters(in: .whitespaces).isEmpty == true { throw ValidationError("--publisher needs a name, not an empty string.") }
    }

    func run() throws {
        let text = try DraftCommand.readArticle(at: article)
        let kb = try global.databaseExists ? global.openForReading() : KnowledgeBase.inMemory()
        let drafter = ArticleDrafter(lexicon: try kb.draftLexicon())
        let options = DraftOptions(url: url, publisher: publisher, published: published.flatMap(PartialDate.init),
                                   reference: URL(fileURLWithPath: article).lastPathComponent)
        let document = drafter.draft(text, options: options)
        Console.write(String(decoding: try document.jsonData(), as: UTF8.self) + "\n")
    }

    /// The article's text; a missing, unreadable, binary, empty or oversized file is a user error.
    static func readArticle(at path: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw UserError("\(path): no such file") }
        guard !isDirectory.boolValue else { throw UserError("\(path): is a directory; give the article's text file") }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw UserError("\(path): cannot read the file: \(error.localizedDescription)")
        }
        guard data.count <= maximumBytes else { throw UserError("\(path): \(data.count) bytes is more than the \(maximumBytes) an article may have") }
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            throw UserError("\(path): not UTF-8 plain text; save the article as a .txt file in UTF-8")
        }
        guard text.contains(where: \.isLetter) else { throw UserError("\(path): the file holds no text") }
        return text
    }
}
