import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

@Suite struct ImportTests {
    @Test func importingTheSameDocumentTwiceChangesNothing() throws {
        try withTemporaryKnowledgeBase { kb in
            let first = try kb.importFiles(at: [seedFixture])
            #expect(first.rowsAdded["quotes"] == 10)
            #expect(first.rowsAdded["sources"] == 1)
            #expect(first.newEntityCounts == [.organisation: 3, .person: 1, .place: 1, .forum: 1])
            let before = try rowCounts(kb)
            let second = try kb.importFiles(at: [seedFixture])
            #expect(second.changedNothing)
            #expect(try rowCounts(kb) == before)
        }
    }

    @Test func secondDocumentMergesIntoTheFirstByAlias() throws {
        try withTemporaryKnowledgeBase { kb in
            try kb.importFiles(at: [seedFixture])
            let summary = try kb.importFiles(at: [overlapFixture])
            #expect(summary.mergedAliases.contains { $0.entity.name == "Jiaozuo Creation Heavy Industry Co Ltd" && $0.alias == "Jiaozuo Creation" })
            #expect(!summary.newEntities.contains { $0.name.hasPrefix("Jiaozuo") })
            #expect(summary.newEntities.contains { $0.name == "Example Valley Copper Project" })
            let firms = try kb.database.fetchOne(Int.self, sql: "SELECT count(*) FROM organisations WHERE name LIKE 'Jiaozuo%'")
            #expect(firms == 1)
            // The same claim from two sources is one link with two sources.
            let basedInSources = try kb.database.fetchOne(Int.self, sql: """
                SELECT count(*) FROM links AS l JOIN link_sources AS s ON s.link_id = l.id JOIN places AS p ON p.id = l.to_id
                WHERE l.relation = 'based_in' AND p.name = 'China'
                """)
            #expect(basedInSources == 2)
        }
    }

    @Test func badReferenceFailsWithPathAndWritesNothing() throws {
        try withTemporaryKnowledgeBase { kb in
            try kb.importFiles(at: [seedFixture])
            let before = try rowCounts(kb)
            let document = """
                {"source": {"title": "Bad", "published": "2026-02-01"},
                 "organisations": [{"name": "New Firm Ltd"}],
                 "links": [{"from": "New Firm Ltd", "relation": "has_office_in", "to": "Atlantis"}]}
                """
            #expect {
                try kb.importDocuments([ImportInput(name: "bad.json", data: Data(document.utf8))])
            } throws: { error in
                guard let error = error as? ImportError, let problem = error.problems.first else { return false }
                return problem.file == "bad.json" && problem.path == "$.links[0].to" && problem.message.contains("no place named \"Atlantis\"")
            }
            #expect(try rowCounts(kb) == before)
        }
    }

    @Test func oneBadDocumentAmongManyWritesNothing() throws {
        try withTemporaryKnowledgeBase { kb in
            let before = try rowCounts(kb)
            let good = try Data(contentsOf: seedFixture)
            let bad = Data(#"{"source": {"title": "x"}, "links": [{"from": "Pakistan", "relation": "has_reserves_of", "to": "copper", "since": "2026-13-45"}]}"#.utf8)
            #expect {
                try kb.importDocuments([ImportInput(name: "good.json", data: good), ImportInput(name: "bad.json", data: bad)])
            } throws: { error in
                (error as? ImportError)?.problems == [DocumentProblem(file: "bad.json", path: "$.links[0].since",
                    message: "expected \(PartialDate.expectation), found \"2026-13-45\"")]
            }
            #expect(try rowCounts(kb) == before)
        }
    }

    @Test func shapeErrorsNameTheirPath() throws {
        let kb = try KnowledgeBase.inMemory()
        let document = #"{"source": {"title": 5}, "people": [{"nme": "X"}], "links": "none", "quotes": [{"text": "", "form": "shouted"}]}"#
        #expect {
            try kb.importDocuments([ImportInput(name: "shape.json", data: Data(document.utf8))])
        } throws: { error in
            let paths = Set((error as? ImportError)?.problems.map(\.path) ?? [])
            return paths.isSuperset(of: ["$.source.title", "$.people[0].name", "$.people[0].nme", "$.links", "$.quotes[0].text", "$.quotes[0].form"])
        }
        #expect(throws: ImportError.self) { try kb.importDocuments([ImportInput(name: "trunc.json", data: Data(#"{"source": {"#.utf8))]) }
    }

    @Test func dryRunReportsWithoutWriting() throws {
        try withTemporaryKnowledgeBase { kb in
            let before = try rowCounts(kb)
            let summary = try kb.importFiles(at: [fixturesDirectory], dryRun: true)
            #expect(summary.isDryRun)
            #expect(summary.documents == 2)
            #expect(summary.newEntities.contains { $0.name == "Min Ziheng" })
            #expect(summary.rowsAdded["quotes"] == 10)
            #expect(try rowCounts(kb) == before)
        }
    }
}

@Test func duplicateFieldsAreRefusedWithTheirPlace() throws {
    let kb = try KnowledgeBase.inMemory()
    let document = "{\"source\": {\"title\": \"A\"},\n \"people\": [{\"name\": \"X\", \"name\": \"Y\"}]}"
    do {
        try kb.importDocuments([ImportInput(name: "dup.json", data: Data(document.utf8))])
        Issue.record("a document with a duplicate field was accepted")
    } catch let error as ImportError {
        #expect(error.problems.count == 1)
        #expect(error.problems.first?.message.contains("\"name\" appears twice") == true)
        #expect(error.problems.first?.message.contains("line 2") == true)
    }
}

@Test func summariesCountEverythingButListOnlyTheFirstNames() throws {
    let kb = try KnowledgeBase.inMemory()
    let firms = (0..<120).map { "{\"name\": \"Summary Firm \($0)\", \"aliases\": [\"SF\($0)\"]}" }.joined(separator: ",")
    let first = try kb.importDocuments([ImportInput(name: "many.json", data: Data("{\"source\": {\"title\": \"Many\"}, \"organisations\": [\(firms)]}".utf8))])
    #expect(first.newEntityCounts == [.organisation: 120])
    #expect(first.newEntityCount == 120)
    #expect(first.newEntities.count == ImportSummary.listedLimit)
    #expect(first.newEntities.first?.name == "Summary Firm 0")
    let renamed = (0..<120).map { "{\"name\": \"SF\($0)\", \"aliases\": [\"Summary Firm Number \($0)\"]}" }.joined(separator: ",")
    let second = try kb.importDocuments([ImportInput(name: "merge.json", data: Data("{\"source\": {\"title\": \"Merge\"}, \"organisations\": [\(renamed)]}".utf8))])
    #expect(second.newEntityCount == 0)
    #expect(second.mergedAliasCount == 120)
    #expect(second.mergedAliases.count == ImportSummary.listedLimit)
}
