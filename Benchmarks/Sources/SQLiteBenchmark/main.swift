// The wrapper benchmark: the same workloads through our Swift wrapper ("ours"), through plain C
// loops over the SQLite C API ("raw") and through GRDB 7 ("grdb"), alternated round by round, one
// line per workload:
//
//     BENCH <workload> ours_s=<median s> raw_s=<median s> ratio=<median of ours/raw per round> grdb_s=<median s> grdb_ratio=<median of grdb/raw>
//
// Run it in release from the repository's top folder:
//     swift build -c release --package-path Benchmarks && Benchmarks/.build/release/SQLiteBenchmark [--pairs N] [--rows N]
import Foundation
import SQLite
import TestSupport

struct Options {
    var pairs = 20
    var rows = 1_000_000
    var lookups = 100_000
    var workloads: Set<String> = Options.allWorkloads
    static let allWorkloads: Set<String> = ["wrapper.insert", "wrapper.read", "wrapper.read.string", "wrapper.lookup"]
    var directory: String?
    var shortText = false

    static let usage = """
        usage: SQLiteBenchmark [--pairs N] [--rows N] [--lookups N] [--workload NAME]... [--dir PATH] [--short-text]
          --pairs N        timed rounds (ours, raw, grdb) per workload (default 20)
          --rows N         rows inserted and read (default 1000000)
          --lookups N      primary-key lookups (default 100000)
          --workload NAME  run only this workload (repeatable): wrapper.insert, wrapper.read (text as bytes),
                           wrapper.read.string (text as String), wrapper.lookup
          --dir PATH       folder for the database files (default: a new folder in the temporary directory)
          --short-text     diagnostic: names and countries of at most 15 bytes (Swift small strings, no heap allocation)
        """

    init(arguments: [String]) throws {
        var remaining = arguments[...]
        var chosen: Set<String> = []
        func value(for option: String) throws -> String {
            guard let value = remaining.popFirst() else { throw OptionError(message: "\(option) needs a value") }
            return value
        }
        func count(for option: String, minimum: Int) throws -> Int {
            let text = try value(for: option)
            guard let number = Int(text.replacingOccurrences(of: "_", with: "")), number >= minimum else {
                throw OptionError(message: "\(option) needs a whole number of at least \(minimum), got \"\(text)\"")
            }
            return number
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--pairs": pairs = try count(for: argument, minimum: 1)
            case "--rows": rows = try count(for: argument, minimum: 1)
            case "--lookups": lookups = try count(for: argument, minimum: 1)
            case "--dir": directory = try value(for: argument)
            case "--short-text": shortText = true
            case "--workload":
                let name = try value(for: argument)
                guard Options.allWorkloads.contains(name) else { throw OptionError(message: "unknown workload \"\(name)\"") }
                chosen.insert(name)
            case "-h", "--help":
                print(Options.usage)
                exit(0)
            default:
                throw OptionError(message: "unknown argument \"\(argument)\"")
            }
        }
        if !chosen.isEmpty { workloads = chosen }
    }
}

struct OptionError: Error, CustomStringConvertible {
    let message: String
    var description: String { "\(message)\n\(Options.usage)" }
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    let description: String
}

/// Timed rounds of one workload; reports medians.
struct PairedTimes {
    var ours: [Double] = []
    var raw: [Double] = []
    var grdb: [Double] = []

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    func line(for workload: String) -> String {
        let ratios = zip(ours, raw).map { $0 / $1 }
        let grdbRatios = zip(grdb, raw).map { $0 / $1 }
        return "BENCH \(workload) ours_s=\(format(PairedTimes.median(ours), 4)) raw_s=\(format(PairedTimes.median(raw), 4)) ratio=\(format(PairedTimes.median(ratios), 3))"
            + " grdb_s=\(format(PairedTimes.median(grdb), 4)) grdb_ratio=\(format(PairedTimes.median(grdbRatios), 3))"
    }

    /// Every round, for the log on standard error.
    func detail() -> String {
        (0..<ours.count).map { "\(format(ours[$0], 4))/\(format(raw[$0], 4))/\(format(grdb[$0], 4))" }.joined(separator: " ")
    }
}

func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Deletes a database file and its WAL companions.
func removeDatabase(at path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
}

/// Runs `pairs` rounds of (ours, raw, grdb) timings after one untimed warm-up of each side.
func runPairs(_ workload: String, pairs: Int, ours: () throws -> Double, raw: () throws -> Double,
              grdb: () throws -> Double) throws -> PairedTimes {
    _ = try ours()
    _ = try raw()
    _ = try grdb()
    var times = PairedTimes()
    for _ in 0..<pairs {
        times.ours.append(try ours())
        times.raw.append(try raw())
        times.grdb.append(try grdb())
    }
    log("# \(workload) rounds (ours/raw/grdb seconds): \(times.detail())")
    print(times.line(for: workload))
    return times
}

func runBenchmark(_ options: Options) throws {
    let temporary = options.directory == nil ? try TemporaryDirectory(prefix: "mkb-wrapper-bench") : nil
    let directory = options.directory ?? temporary?.url.path ?? ""
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)

    log("# SQLite \(Database.sqliteVersion), \(options.rows) rows\(options.shortText ? " (short text)" : ""), \(options.lookups) lookups, \(options.pairs) pairs, files in \(directory)")
    // All input is made before any timing: Swift [String] arrays for ours, the same bytes as C arrays for raw.
    let rows = BenchmarkRows(count: options.rows, shortText: options.shortText)
    let rawRows = RawRows(rows)
    let ids = BenchmarkRows.lookupIDs(count: options.lookups, rows: options.rows)
    let expected = Checksum(
        rows: Int64(rows.count),
        idSum: Int64(rows.count) * Int64(rows.count + 1) / 2,
        foundedSum: rows.founded.reduce(0) { $0 + Int64($1) },
        textBytes: zip(rows.names, rows.countries).reduce(0) { $0 + Int64($1.0.utf8.count + $1.1.utf8.count) }
    )

    // The table that read and lookup use, written by the C side (not timed).
    let sharedPath = directory + "/read.sqlite"
    removeDatabase(at: sharedPath)
    do {
        let connection = try Raw.open(sharedPath)
        try connection.execute(BenchmarkSQL.createTable)
        try Raw.insert(into: connection, rawRows)
    }

    if options.workloads.contains("wrapper.insert") {
        // A fresh database file for every run; opening, creating the table and closing are not timed.
        var run = 0
        func freshPath(_ side: String) -> String {
            run += 1
            let path = "\(directory)/insert-\(side)-\(run).sqlite"
            removeDatabase(at: path)
            return path
        }
        /// Checks what a run wrote, then deletes it.
        func verifyAndRemove(_ path: String) throws {
            let checksum = try Raw.read(try Raw.open(path))
            guard checksum == expected else {
                throw BenchmarkFailure(description: "\(path) holds \(checksum), expected \(expected)")
            }
            removeDatabase(at: path)
        }
        _ = try runPairs("wrapper.insert", pairs: options.pairs, ours: {
            let path = freshPath("ours")
            let seconds = try {
                let db = try Ours.open(path)
                try db.execute(sql: BenchmarkSQL.createTable)
                return try withExtendedLifetime(db) { try measure { try Ours.insert(into: db, rows) } }
            }()
            try verifyAndRemove(path)
            return seconds
        }, raw: {
            let path = freshPath("raw")
            let seconds = try {
                let connection = try Raw.open(path)
                try connection.execute(BenchmarkSQL.createTable)
                return try withExtendedLifetime(connection) { try measure { try Raw.insert(into: connection, rawRows) } }
            }()
            try verifyAndRemove(path)
            return seconds
        }, grdb: {
            let path = freshPath("grdb")
            let seconds = try {
                let queue = try GRDBSide.open(path)
                try queue.inDatabase { try $0.execute(sql: BenchmarkSQL.createTable) }
                return try withExtendedLifetime(queue) { try measure { try GRDBSide.insert(into: queue, rows) } }
            }()
            try verifyAndRemove(path)
            return seconds
        })
    }

    if !options.workloads.isDisjoint(with: ["wrapper.read", "wrapper.read.string", "wrapper.lookup"]) {
        // One connection per side for all runs; each side's warm-up run fills its own page cache.
        let db = try Ours.open(sharedPath)
        let connection = try Raw.open(sharedPath)
        let queue = try GRDBSide.open(sharedPath)
        /// Times `read` and checks that it read every row.
        func timedRead(_ side: String, _ read: () throws -> Checksum) throws -> Double {
            var checksum = Checksum()
            let seconds = try measure { checksum = try read() }
            guard checksum == expected else { throw BenchmarkFailure(description: "\(side) read \(checksum), expected \(expected)") }
            return seconds
        }
        if options.workloads.contains("wrapper.read") {
            _ = try runPairs("wrapper.read", pairs: options.pairs,
                             ours: { try timedRead("ours", { try Ours.read(db) }) },
                             raw: { try timedRead("raw", { try Raw.read(connection) }) },
                             grdb: { try timedRead("grdb", { try GRDBSide.read(queue) }) })
        }
        if options.workloads.contains("wrapper.read.string") {
            _ = try runPairs("wrapper.read.string", pairs: options.pairs,
                             ours: { try timedRead("ours", { try Ours.readStrings(db) }) },
                             raw: { try timedRead("raw", { try Raw.read(connection) }) },
                             grdb: { try timedRead("grdb", { try GRDBSide.readStrings(queue) }) })
        }
        if options.workloads.contains("wrapper.lookup") {
            let reference = try Raw.lookup(connection, ids: ids)
            guard reference.rows == Int64(ids.count) else {
                throw BenchmarkFailure(description: "raw lookup found \(reference.rows) of \(ids.count) ids")
            }
            _ = try runPairs("wrapper.lookup", pairs: options.pairs, ours: {
                var checksum = Checksum()
                let seconds = try measure { checksum = try Ours.lookup(db, ids: ids) }
                guard checksum == reference else { throw BenchmarkFailure(description: "ours lookup \(checksum), expected \(reference)") }
                return seconds
            }, raw: {
                var checksum = Checksum()
                let seconds = try measure { checksum = try Raw.lookup(connection, ids: ids) }
                guard checksum == reference else { throw BenchmarkFailure(description: "raw lookup \(checksum), expected \(reference)") }
                return seconds
            }, grdb: {
                var checksum = Checksum()
                let seconds = try measure { checksum = try GRDBSide.lookup(queue, ids: ids) }
                guard checksum == reference else { throw BenchmarkFailure(description: "grdb lookup \(checksum), expected \(reference)") }
                return seconds
            })
        }
    }
    removeDatabase(at: sharedPath)
}

do {
    try runBenchmark(try Options(arguments: Array(CommandLine.arguments.dropFirst())))
} catch {
    log("SQLiteBenchmark: \(error)")
    exit(1)
}
