import Foundation
import TestSupport
@testable import MineralKB

/// The repository's Fixtures/ folder.
let fixturesDirectory = Repository.fixtures

let seedFixture = fixturesDirectory.appendingPathComponent("000_aaa72656d35a8edd.json")
let overlapFixture = fixturesDirectory.appendingPathComponent("001_illustrative_overlap.json")

/// A fresh knowledge base in a temporary directory, removed (with its WAL files) afterwards.
func withTemporaryKnowledgeBase(_ body: (KnowledgeBase) throws -> Void) throws {
    try withTemporaryDirectory(prefix: "mkb-test") { directory in
        try body(try KnowledgeBase.create(at: directory.path("kb.sqlite")))
    }
}

/// A knowledge base holding both fixtures.
func withFixtures(_ body: (KnowledgeBase) throws -> Void) throws {
    try withTemporaryKnowledgeBase { kb in
        try kb.importFiles(at: [fixturesDirectory])
        try body(kb)
    }
}

/// Rows per table (views left out): what "the database is unchanged" compares.
func rowCounts(_ kb: KnowledgeBase) throws -> [String: Int] {
    Dictionary(uniqueKeysWithValues: try kb.tableCounts().filter { $0.kind == .table }.map { ($0.table, $0.rows) })
}
