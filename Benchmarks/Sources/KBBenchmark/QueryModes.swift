import Foundation

/// `KBBenchmark queries --db PATH [--only NAME,NAME] [--queries N] [--seed N]`: the named query
/// measures alone (`kb.search`, `kb.quotes.search`, `kb.quotes.search.common`, `kb.firms`...) on a
/// base already imported, with the same seeded arguments and the same BENCH lines as a full run,
/// labelled `scale=existing`. Each line also gives CPU time per query (`cpu_p50_ms`, `cpu_p95_ms`),
/// which a loaded machine disturbs less than wall time; the load average is printed before and after.
enum QueryModes {
    static let usage = """
        usage: KBBenchmark queries --db PATH [--only NAME,NAME...] [--queries N] [--seed N] [--dir PATH]
          --db PATH     an imported knowledge base (read only)
          --only NAMES  the measures to run, comma-separated (default: all), e.g. kb.search,kb.quotes.search
          --queries N   arguments per measure (default 100; the quote searches take twice as many)
          --seed N      the argument chooser's seed (default 20260129)
          --dir PATH    keep each measure's arguments (NAME.args) and child output there (default: a
                        temporary folder, removed at the end)
        """

    static func run(_ arguments: ArraySlice<String>) throws {
        var remaining = arguments
        var database: String?
        var only: Set<String>?
        var kept: String?
        var forwarded: [String] = []
        func value(_ option: String) throws -> String {
            guard let value = remaining.popFirst() else { throw BenchmarkFailure(description: "\(option) needs a value\n\(usage)") }
            return value
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--db": database = try value(argument)
            case "--only": only = Set(try value(argument).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            case "--queries", "--seed": forwarded += [argument, try value(argument)]
            case "--dir": kept = try value(argument)
            case "-h", "--help":
                print(usage)
                return
            default: throw BenchmarkFailure(description: "unknown argument \"\(argument)\"\n\(usage)")
            }
        }
        guard let database else { throw BenchmarkFailure(description: "missing --db PATH\n\(usage)") }
        guard FileManager.default.fileExists(atPath: database) else { throw BenchmarkFailure(description: "no database at \(database)") }
        let options = try BenchmarkOptions(arguments: forwarded[...])
        let work = kept.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("mkb-query-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if kept == nil { try? FileManager.default.removeItem(at: work) } }
        var runOptions = options
        runOptions.directory = work.path
        runOptions.keep = true
        emit("# KBBenchmark queries \(ISO8601DateFormatter().string(from: Date())) db=\(database) seed=\(options.seed) queries=\(options.queries) load=\(loadAverage())")
        try BenchmarkRun(options: runOptions).measureQueries("existing", database: database, only: only)
        emit("# load=\(loadAverage())")
    }

    /// The 1, 5 and 15-minute load averages, as /proc/loadavg gives them.
    static func loadAverage() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: ",")
    }
}
