import Foundation
import GRDB

// MARK: - GRDB: the same work through GRDB 7, used the way its documentation shows

enum GRDBSide {
    /// A database queue on `path` with the wrapper's open-time setup (WAL, synchronous NORMAL,
    /// foreign keys) and the shared pragmas (not timed).
    static func open(_ path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL")
            try db.execute(sql: BenchmarkSQL.pragmas)
        }
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// grdb insert: one IMMEDIATE transaction, one prepared statement run with arguments per row.
    @inline(never)
    static func insert(into queue: DatabaseQueue, _ rows: BenchmarkRows) throws {
        try queue.inDatabase { db in
            try db.inTransaction(.immediate) {
                let statement = try db.makeStatement(sql: BenchmarkSQL.insert)
                for index in 0..<rows.count {
                    try statement.execute(arguments: [Int64(index + 1), rows.names[index], rows.countries[index], rows.founded[index]])
                }
                return .commit
            }
        }
    }

    /// grdb read: a row cursor; text lent as bytes without a String (`withUnsafeData`), as our fast path.
    @inline(never)
    static func read(_ queue: DatabaseQueue) throws -> Checksum {
        try queue.inDatabase { db in
            var checksum = Checksum()
            let rows = try Row.fetchCursor(db, sql: BenchmarkSQL.selectAll)
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let name = try row.withUnsafeData(atIndex: 1) { $0?.count ?? 0 }
                let country = try row.withUnsafeData(atIndex: 2) { $0?.count ?? 0 }
                let founded: Int = row[3]
                checksum.add(id: id, textBytes: name + country, founded: founded)
            }
            return checksum
        }
    }

    /// grdb read.string: a row cursor, each column decoded into a native Swift value.
    @inline(never)
    static func readStrings(_ queue: DatabaseQueue) throws -> Checksum {
        try queue.inDatabase { db in
            var checksum = Checksum()
            let rows = try Row.fetchCursor(db, sql: BenchmarkSQL.selectAll)
            while let row = try rows.next() {
                let id: Int64 = row[0]
                let name: String = row[1]
                let country: String = row[2]
                let founded: Int = row[3]
                checksum.add(id: id, name: name, country: country, founded: founded)
            }
            return checksum
        }
    }

    /// grdb lookup: a cached statement, one `Row.fetchOne` per id.
    @inline(never)
    static func lookup(_ queue: DatabaseQueue, ids: [Int64]) throws -> Checksum {
        try queue.inDatabase { db in
            var checksum = Checksum()
            let statement = try db.cachedStatement(sql: BenchmarkSQL.lookup)
            for id in ids {
                if let row = try Row.fetchOne(statement, arguments: [id]) {
                    let foundID: Int64 = row[0]
                    let name: String = row[1]
                    let country: String = row[2]
                    let founded: Int = row[3]
                    checksum.add(id: foundID, name: name, country: country, founded: founded)
                }
            }
            return checksum
        }
    }
}
