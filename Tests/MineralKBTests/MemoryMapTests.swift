import Foundation
import TestSupport
import Testing
@_spi(Tools) @testable import MineralKB

/// `mapForReading(bytes:)`: a read-only connection that reads through a memory map answers as before.
@Suite struct MemoryMapTests {
    @Test func aMappedReadOnlyConnectionReportsTheSameAndSeesLaterWrites() throws {
        try withTemporaryDirectory(prefix: "mkb-mmap") { directory in
            let path = directory.path("kb.sqlite")
            let writer = try KnowledgeBase.create(at: path)
            try writer.importFiles(at: [seedFixture])
            let plain = try KnowledgeBase.openReadOnly(at: path)
            let mapped = try KnowledgeBase.openReadOnly(at: path)
            try mapped.mapForReading(bytes: 1 << 30)
            #expect(try mapped.database.fetchOne(Int.self, sql: "PRAGMA mmap_size") == 1 << 30)
            let id = try plain.entity(named: "Jiaozuo Creation Heavy Industry Co Ltd").id
            #expect(try json(mapped.report(id: id)) == json(plain.report(id: id)))
            // A write after the map was made (the file grows; new pages in the WAL log) is seen whole.
            try writer.importFiles(at: [overlapFixture])
            #expect(try mapped.tableCounts() == (try plain.tableCounts()))
            #expect(try json(mapped.report(id: id)) == json(plain.report(id: id)))
            try mapped.mapForReading(bytes: 0)
            #expect(try mapped.database.fetchOne(Int.self, sql: "PRAGMA mmap_size") == 0)
        }
    }

    /// Reports are not Equatable; their JSON is what the web pages send.
    func json(_ report: EntityReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(report)
    }
}
