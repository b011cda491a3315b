// The wrapper benchmark: the same workloads through our Swift wrapper ("ours") and through
// plain C loops over the SQLite C API ("raw"), alternated pair by pair, one line per workload:
//
//     BENCH <workload> ours_s=<median seconds> raw_s=<median seconds> ratio=<median of ours/raw per pair>
//
// Run it in release: swift run -c release --scratch-path .build-bench SQLiteBenchmark [--pairs N] [--rows N]
import Foundation
import SQLite

struct Options {
    var pairs = 20
    var rows = 1_000_000
    var lookups = 100_000
    var workloads: Set<String> = ["wrapper.insert", "wrapper.read", "wrapper.lookup"]
    var directory: String?
    var shortText = false

    static let usage = """
        usage: SQLiteBenchmark [--pairs N] [--rows N] [--lookups N] [--workload NAME]... [--dir PATH] [--short-text]
          --pairs N        timed (ours, raw) pairs per workload (default 20)
          --rows N         rows inserted and read (default 1000000)
          --lookups N      primary-key lookups (default 100000)
          --workload NAME  run only this workload (repeatable): wrapper.insert, wrapper.read, wrapper.lookup
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
                guard workloads.contains(name) else { throw OptionError(message: "unknown workload \"\(name)\"") }
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

/// Timed pairs of one workload; reports medians.
struct PairedTimes {
    var ours: [Double] = []
    var raw: [Double] = []

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    func line(for workload: String) -> String {
        let ratios = zip(ours, raw).map { $0 / $1 }
        return "BENCH \(workload) ours_s=\(format(PairedTimes.median(ours), 4)) raw_s=\(format(PairedTimes.median(raw), 4)) ratio=\(format(PairedTimes.median(ratios), 3))"
    }

    /// Every pair, for the log on standard error.
    func detail() -> String {
        zip(ours, raw).map { "\(format($0, 4))/\(format($1, 4))=\(format($0 / $1, 3))" }.joined(separator: " ")
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

/// Runs `pairs` alternating (ours, raw) timings after one untimed warm-up of each side.
func runPairs(_ workload: String, pairs: Int, ours: () throws -> Double, raw: () throws -> Double) throws -> PairedTimes {
    _ = try ours()
    _ = try raw()
    var times = PairedTimes()
    for _ in 0..<pairs {
        times.ours.append(try ours())
        times.raw.append(try raw())
    }
    log("# \(workload) pairs (ours/raw=ratio): \(times.detail())")
    print(times.line(for: workload))
    return times
}

func runBenchmark(_ options: Options) throws {
    let directory = options.directory ?? FileManager.default.temporaryDirectory
        .appendingPathComponent("mkb-wrapper-bench-\(ProcessInfo.processInfo.processIdentifier)").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { if options.directory == nil { try? FileManager.default.removeItem(atPath: directory) } }

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
        })
    }

    if options.workloads.contains("wrapper.read") || options.workloads.contains("wrapper.lookup") {
        // One connection per side for all runs; each side's warm-up run fills its own page cache.
        let db = try Ours.open(sharedPath)
        let connection = try Raw.open(sharedPath)
        if options.workloads.contains("wrapper.read") {
            _ = try runPairs("wrapper.read", pairs: options.pairs, ours: {
                var checksum = Checksum()
                let seconds = try measure { checksum = try Ours.read(db) }
                guard checksum == expected else { throw BenchmarkFailure(description: "ours read \(checksum), expected \(expected)") }
                return seconds
            }, raw: {
                var checksum = Checksum()
                let seconds = try measure { checksum = try Raw.read(connection) }
                guard checksum == expected else { throw BenchmarkFailure(description: "raw read \(checksum), expected \(expected)") }
                return seconds
            })
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
