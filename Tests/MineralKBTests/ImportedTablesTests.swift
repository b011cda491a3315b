import Foundation
import Testing
@_spi(Tools) @testable import MineralKB

/// `KnowledgeBase.importedTables` is what the benchmark's raw baseline inserts, in that order.
@Suite struct ImportedTablesTests {
    @Test func theListNamesEveryTableOnceInAnOrderThatSatisfiesTheForeignKeys() throws {
        try withTemporaryKnowledgeBase { kb in
            let tables = KnowledgeBase.importedTables
            #expect(Set(tables).count == tables.count)
            for (position, table) in tables.enumerated() {
                let parents = try kb.database.fetchAll(sql: "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?)",
                                                       arguments: [table]) { row -> String in try row[0] }
                for parent in parents where parent != table {
                    if let parentPosition = tables.firstIndex(of: parent) {
                        #expect(parentPosition < position, "\(table) refers to \(parent), which comes after it")
                    }
                }
            }
        }
    }
}
