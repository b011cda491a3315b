import CRawBenchmark
import SQLite

/// The SQL and settings both sides share, character for character.
enum BenchmarkSQL {
    /// Applied by both sides after the wrapper's own open-time setup (WAL, synchronous NORMAL,
    /// foreign keys, busy timeout), which the C side repeats. 256 MiB of page cache holds the
    /// whole 1,000,000-row table, so neither side spills dirty pages mid-transaction.
    static let pragmas = "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY; PRAGMA wal_autocheckpoint = 0"
    static let createTable = "CREATE TABLE bench(id INTEGER PRIMARY KEY, name TEXT, country TEXT, founded INTEGER)"
    static let insert = "INSERT INTO bench(id, name, country, founded) VALUES (?, ?, ?, ?)"
    static let selectAll = "SELECT id, name, country, founded FROM bench"
    static let lookup = "SELECT id, name, country, founded FROM bench WHERE id = ?"
}

/// Seconds elapsed while `body` runs.
func measure(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let elapsed = clock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
}

// MARK: - Ours: the Swift wrapper, used the way the library's callers use it

enum Ours {
    /// Opens a connection with the wrapper and applies the shared pragmas (not timed).
    static func open(_ path: String) throws -> Database {
        let db = try Database(path: path)
        try db.execute(sql: BenchmarkSQL.pragmas)
        return db
    }

    /// wrapper.insert: one IMMEDIATE transaction, one prepared statement bound and run per row.
    @inline(never)  // its own frame, so a profiler can count it alone (callgrind --toggle-collect)
    static func insert(into db: Database, _ rows: BenchmarkRows) throws {
        try db.transaction {
            let statement = try db.makeStatement(sql: BenchmarkSQL.insert)
            for index in 0..<rows.count {
                try statement.bind(Int64(index + 1), at: 1)
                try statement.bind(rows.names[index], at: 2)
                try statement.bind(rows.countries[index], at: 3)
                try statement.bind(rows.founded[index], at: 4)
                try statement.execute()
            }
        }
    }

    /// wrapper.read: every row; numbers decoded, text lent as UTF-8 bytes (no String), as the C side reads it.
    @inline(never)  // its own frame, so a profiler can count it alone (callgrind --toggle-collect)
    static func read(_ db: Database) throws -> Checksum {
        var checksum = Checksum()
        try db.forEachRow(sql: BenchmarkSQL.selectAll) { row in
            let id: Int64 = try row[0]
            let name = try row.withUTF8(at: 1) { $0.count }
            let country = try row.withUTF8(at: 2) { $0.count }
            let founded: Int = try row[3]
            checksum.add(id: id, textBytes: name + country, founded: founded)
        }
        return checksum
    }

    /// wrapper.read.string: every row, each column decoded into a native Swift value (Int64, String, String, Int).
    @inline(never)  // its own frame, so a profiler can count it alone (callgrind --toggle-collect)
    static func readStrings(_ db: Database) throws -> Checksum {
        var checksum = Checksum()
        try db.forEachRow(sql: BenchmarkSQL.selectAll) { row in
            let id: Int64 = try row[0]
            let name: String = try row[1]
            let country: String = try row[2]
            let founded: Int = try row[3]
            checksum.add(id: id, name: name, country: country, founded: founded)
        }
        return checksum
    }

    /// wrapper.lookup: one reused statement; bind the id, step once, decode the row, reset.
    @inline(never)  // its own frame, so a profiler can count it alone (callgrind --toggle-collect)
    static func lookup(_ db: Database, ids: [Int64]) throws -> Checksum {
        var checksum = Checksum()
        let statement = try db.cachedStatement(sql: BenchmarkSQL.lookup)
        for id in ids {
            try statement.bind(id, at: 1)
            if try statement.step() {
                let row = statement.row
                let foundID: Int64 = try row[0]
                let name: String = try row[1]
                let country: String = try row[2]
                let founded: Int = try row[3]
                checksum.add(id: foundID, name: name, country: country, founded: founded)
            }
            statement.reset()
        }
        return checksum
    }
}

extension Checksum {
    mutating func add(id: Int64, name: String, country: String, founded: Int) {
        add(id: id, textBytes: name.utf8.count + country.utf8.count, founded: founded)
    }

    mutating func add(id: Int64, textBytes bytes: Int, founded: Int) {
        rows += 1
        idSum &+= id
        foundedSum &+= Int64(founded)
        textBytes &+= Int64(bytes)
    }

    init(_ raw: raw_bench_checksum) {
        self.init(rows: raw.rows, idSum: raw.id_sum, foundedSum: raw.founded_sum, textBytes: raw.text_bytes)
    }
}

// MARK: - Raw: the same work as plain C loops (Sources/CRawBenchmark)

enum Raw {
    static func open(_ path: String) throws -> RawConnection {
        try RawConnection(path: path, pragmas: BenchmarkSQL.pragmas)
    }

    static func insert(into connection: RawConnection, _ rows: RawRows) throws {
        let code = rows.withRows { raw_bench_insert(connection.pointer, $0) }
        try connection.check(code, "raw insert")
    }

    static func read(_ connection: RawConnection) throws -> Checksum {
        var checksum = raw_bench_checksum()
        try connection.check(raw_bench_read(connection.pointer, &checksum), "raw read")
        return Checksum(checksum)
    }

    static func lookup(_ connection: RawConnection, ids: [Int64]) throws -> Checksum {
        var checksum = raw_bench_checksum()
        let code = ids.withUnsafeBufferPointer { raw_bench_lookup(connection.pointer, $0.baseAddress, Int64($0.count), &checksum) }
        try connection.check(code, "raw lookup")
        return Checksum(checksum)
    }
}
