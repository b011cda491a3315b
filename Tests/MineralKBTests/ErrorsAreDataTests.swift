import Foundation
import SQLite
import Testing
@testable import MineralKB

/// The library's errors are data: cases with fields a program can act on, worded without naming
/// any front end's controls (the CLI's flags, its commands), which the CLI adds itself.
@Suite struct ErrorsAreDataTests {
    /// One error of every case the library throws.
    static let everyError: [any Error] = [
        KnowledgeBaseError.databaseNotFound(path: "kb.sqlite"),
        KnowledgeBaseError.unusablePath(path: "kb.sqlite", problem: .notARegularFile(kind: .directory)),
        KnowledgeBaseError.unusablePath(path: "file:kb", problem: .uri),
        KnowledgeBaseError.unusablePath(path: "x/kb.sqlite", problem: .missingDirectory("x")),
        KnowledgeBaseError.foreignSchema(path: "kb.sqlite", differences: [SchemaDifference(change: .missing, type: "table", name: "links", detail: nil)]),
        KnowledgeBaseError.notAKnowledgeBase(path: "kb.sqlite", reason: .notSQLite),
        KnowledgeBaseError.notAKnowledgeBase(path: "kb.sqlite", reason: .foreignSchema),
        KnowledgeBaseError.notAKnowledgeBase(path: "kb.sqlite", reason: .empty),
        KnowledgeBaseError.notAKnowledgeBase(path: "kb.sqlite", reason: .outdatedSchema(version: 1, needed: 7)),
        KnowledgeBaseError.readOnlyFile(path: "kb.sqlite", forReading: true),
        KnowledgeBaseError.readOnlyFile(path: "kb.sqlite", forReading: false),
        KnowledgeBaseError.unknownEntity(name: "Atlantis", kinds: [.place]),
        KnowledgeBaseError.outOfRange(argument: .maxDepth, value: 20, allowed: 1...12),
        KnowledgeBaseError.outOfRange(argument: .limit, value: 0, allowed: 1...Int.max),
        KnowledgeBaseError.unknownWord(argument: .presence, word: "office", known: ["has_office_in"]),
        KnowledgeBaseError.unknownWord(argument: .table, word: "nope", known: ["links"]),
        KnowledgeBaseError.emptySearch,
        KnowledgeBaseError.outOfRange(argument: .offset, value: -1, allowed: 0...Int.max),
        KnowledgeBaseError.unknownSource("example.org/1"),
        KnowledgeBaseError.nameTaken(name: "zinc", entity: EntityRef(id: 7, kind: .mineral, name: "copper"),
                                     owners: [EntityRef(id: 8, kind: .mineral, name: "zinc")]),
        KnowledgeBaseError.ambiguousSource("News", candidates: ["#1 News", "#2 News"]),
        ReadOnlyQueryError.timedOut(seconds: 5),
        ReadOnlyQueryError.memoryLimit(bytes: 1 << 30),
        ReadOnlyQueryError.invalidMemoryLimit(bytes: 0),
        ReadOnlyQueryError.parameters(.unknownName("x", queryHasParameters: false)),
        ReadOnlyQueryError.parameters(.tooManyValues(given: 2, free: 1)),
        ReadOnlyQueryError.parameters(.missingValue(index: 1, count: 2)),
        ReadOnlyQueryError.severalStatements,
        ReadOnlyQueryError.emptyQuery,
        ReadOnlyQueryError.refused(action: "DELETE FROM links"),
    ]

    @Test func noMessageNamesAFlagOrACommand() {
        for error in ErrorsAreDataTests.everyError {
            let text = String(describing: error)
            #expect(!text.contains("--") && !text.contains("-p ") && !text.contains("mkb"), "\(text)")
        }
    }

    @Test func theCallerReadsTheFields() throws {
        let kb = try KnowledgeBase.inMemory()
        #expect(throws: KnowledgeBaseError.outOfRange(argument: .maxDepth, value: 99, allowed: KnowledgeBase.pathDepths)) {
            try kb.shortestPath(from: "Pakistan", to: "China", maxDepth: 99)
        }
        #expect(throws: KnowledgeBaseError.unknownWord(argument: .presence, word: "office", known: try kb.presenceKinds())) {
            try kb.firmsActive(in: "Pakistan", filter: FirmFilter(presenceKinds: ["office"]))
        }
        #expect(throws: ReadOnlyQueryError.parameters(.missingValue(index: 1, count: 1))) {
            try kb.run(ReadOnlyQuery(sql: "SELECT ?"), columns: { _ in }, row: { _ in })
        }
    }

    /// A curation or import refused because two entities may be one says so in data and neutral
    /// words: the remedy (`mkb merge`) is the CLI's to word.
    @Test func twoEntitiesThatMayBeOneAreNamedAsData() throws {
        let kb = try KnowledgeBase.inMemory()
        do {
            _ = try kb.rename("copper", to: "zinc")
            Issue.record("a rename to another mineral's name went through")
        } catch let error as KnowledgeBaseError {
            guard case .nameTaken(let name, let entity, let owners) = error else { throw error }
            #expect(name == "zinc")
            #expect(entity.name == "copper")
            #expect(owners.map(\.name) == ["zinc"])
            #expect(!error.description.contains("mkb"))
        }
        let firms = #"{"source": {"title": "Registers"}, "organisations": [{"name": "Alpha Mining", "ids": ["lei:111"]}, "#
            + #"{"name": "Beta Mining", "ids": ["lei:222"]}]}"#
        try kb.importDocuments([ImportInput(name: "registers.json", data: Data(firms.utf8))])
        let both = #"{"source": {"title": "Both"}, "organisations": [{"name": "Alpha Beta Mining", "ids": ["lei:111", "lei:222"]}]}"#
        do {
            try kb.importDocuments([ImportInput(name: "both.json", data: Data(both.utf8))])
            Issue.record("a declaration naming two entities' identifiers went through")
        } catch let error as ImportError {
            let problem = try #require(error.problems.first)
            #expect(problem.path == "$.organisations[0].ids[1]")
            #expect(problem.message.contains("is that of Alpha Mining"), "\(problem.message)")
            #expect(problem.message.contains("two entities in the base; if they are one, merge them before importing this"))
            #expect(!problem.message.contains("mkb") && !problem.message.contains("`"))
        }
    }

    @Test func parsingADocumentThrowsOnlyItsLocatedProblems() {
        do {
            _ = try Document.parse(Data(#"{"sourse": {}}"#.utf8), file: "x.json")
            Issue.record("a document without a source parsed")
        } catch {
            // Typed throws: `error` is an ImportError here, no cast needed.
            #expect(error.problems.map(\.path) == ["$.source", "$.sourse"])
        }
    }

    @Test func wrapperMisusesAreToldApartByValue() throws {
        let database = try Database.inMemory()
        #expect(throws: SQLiteError.self) { try database.makeStatement(sql: "SELECT 1; SELECT 2") }
        do {
            _ = try database.makeStatement(sql: "SELECT 1; SELECT 2")
        } catch let error as SQLiteError {
            #expect(error.misuse == .severalStatements)
        }
        do {
            _ = try database.makeStatement(sql: "  -- nothing")
        } catch let error as SQLiteError {
            #expect(error.misuse == .noStatement)
        }
    }
}
