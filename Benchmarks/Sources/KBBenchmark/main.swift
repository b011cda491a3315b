// The knowledge-base benchmark: MineralKB at scale, side by side with the raw C API and the
// sqlite3 shell. One line per measure:
//
//     BENCH <name> ours_s=... baseline_s=... ratio=...      (with a baseline)
//     BENCH <name> p50_ms=... p95_ms=...                    (query latency over many arguments)
//
// Run it in release from the repository's top folder (the `mkb` binary is built with it and measured too):
//     swift build -c release --package-path Benchmarks && Benchmarks/.build/release/KBBenchmark --scale large
// See BENCHMARKS.md for what each line means and what limits it.
import Foundation
import SQLite

struct BenchmarkOptions {
    var scale: ScaleName = .large
    var seed: UInt64 = 20_260_129
    var directory: String?
    var keep = false
    var fixtures: String?
    var mkb: String?
    var serve: String?
    /// `web` only: the base already imported.
    var database: String?
    var queries = 100

    static let usage = """
        usage: KBBenchmark [--scale small|medium|large] [--seed N] [--queries N] [--dir PATH] [--keep] [--fixtures PATH] [--mkb PATH] [--serve PATH]
               KBBenchmark generate [--scale medium|large] [--seed N] --out PATH
               KBBenchmark web --db PATH [--serve PATH]     (kb.search and web.* on a base already imported)
               KBBenchmark queries --db PATH [--only NAME,...]   (the query measures alone on a base already imported)
               KBBenchmark import --docs DIR [--shell] [--dir PATH] [--keep]   (kb.import alone, on documents already generated)
          --scale S     the largest scale to measure; every smaller one is measured first (default large;
                        small = the repository's Fixtures, medium = 10x smaller than large)
          --seed N      the generator's seed (default 20260129): the same seed writes the same documents
          --queries N   arguments per timed query (default 100)
          --dir PATH    work folder (default: a new folder in the temporary directory), removed unless --keep
          --fixtures P  the Fixtures folder (default: the repository's)
          --mkb PATH    the mkb binary to time (default: next to this binary)
          --serve PATH  the mkb-serve binary that web.* loads (default: next to this binary, where
                        `swift build -c release --package-path Benchmarks` puts it)
        """

    init(arguments: ArraySlice<String>) throws {
        var remaining = arguments
        func value(_ option: String) throws -> String {
            guard let value = remaining.popFirst() else { throw BenchmarkFailure(description: "\(option) needs a value\n\(BenchmarkOptions.usage)") }
            return value
        }
        while let argument = remaining.popFirst() {
            switch argument {
            case "--scale":
                let text = try value(argument)
                guard let scale = ScaleName(rawValue: text) else { throw BenchmarkFailure(description: "unknown scale \"\(text)\"; expected small, medium or large") }
                self.scale = scale
            case "--seed":
                let text = try value(argument)
                guard let seed = UInt64(text) else { throw BenchmarkFailure(description: "--seed needs a whole number, got \"\(text)\"") }
                self.seed = seed
            case "--queries":
                let text = try value(argument)
                guard let count = Int(text), count > 0 else { throw BenchmarkFailure(description: "--queries needs a positive number, got \"\(text)\"") }
                queries = count
            case "--dir", "--out": directory = try value(argument)
            case "--keep": keep = true
            case "--fixtures": fixtures = try value(argument)
            case "--mkb": mkb = try value(argument)
            case "--serve": serve = try value(argument)
            case "--db": database = try value(argument)
            case "-h", "--help":
                print(BenchmarkOptions.usage)
                exit(0)
            default:
                throw BenchmarkFailure(description: "unknown argument \"\(argument)\"\n\(BenchmarkOptions.usage)")
            }
        }
    }
}

/// The value after `option` among `arguments`.
func option(_ option: String, in arguments: [String]) throws -> String {
    guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else {
        throw BenchmarkFailure(description: "missing \(option)")
    }
    return arguments[index + 1]
}

let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "_import":
        let database = try option("--db", in: arguments)
        let documents = Array(arguments.dropFirst(3))
        try ChildModes.importDocuments(database: database, documents: documents)
    case "_query":
        guard let kind = ChildModes.Query(rawValue: try option("--kind", in: arguments)) else { throw BenchmarkFailure(description: "unknown --kind") }
        try ChildModes.runQueries(database: try option("--db", in: arguments), kind: kind, argumentsFile: try option("--args", in: arguments))
    case "_raw":  // profiling aid: the raw C baseline alone
        let template = try option("--template", in: arguments), target = try option("--target", in: arguments)
        let copy = try RowCopy(template: try SQLite.Database(path: template, mode: .readOnly))
        removeDatabase(target)
        try FileManager.default.copyItem(atPath: template, toPath: target)
        let (seconds, cpu, rows) = try copy.rawInsert(from: try option("--source", in: arguments), template: template, into: target,
                                                 pragmas: BenchmarkRun.importPragmas)
        print("RESULT seconds=\(seconds) cpu_seconds=\(cpu) rows=\(rows)")
    case "web":  // kb.search and web.* alone, on a base already imported: KBBenchmark web --db PATH [--serve PATH]
        var options = try BenchmarkOptions(arguments: arguments.dropFirst())
        guard let database = options.database else {
            throw BenchmarkFailure(description: "web needs --db PATH\n\(BenchmarkOptions.usage)")
        }
        options.queries = 200
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        // Asked for by name, the server must be there: say where it was looked for, before anything is measured.
        let server = WebLoad.serverPath(options.serve, beside: executable)
        guard FileManager.default.isExecutableFile(atPath: server) else { throw BenchmarkFailure(description: WebLoad.missingServer(server)) }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("mkb-web-bench-\(getpid())")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        try BenchmarkRun(options: options).measureNameSearch("existing", database: database)
        try WebLoad(server: server, work: work, seed: options.seed, count: options.queries).measure("existing", database: database)
    case "queries":  // the query measures alone, on a base already imported (QueryModes.swift)
        try QueryModes.run(arguments.dropFirst())
    case "import":  // kb.import alone, against raw C (and the sqlite3 shell with --shell), on documents already generated
        var rest = Array(arguments.dropFirst())
        let documents = try option("--docs", in: rest)
        rest.removeAll { $0 == "--docs" || $0 == documents }
        let shell = rest.contains("--shell")
        rest.removeAll { $0 == "--shell" }
        try BenchmarkRun(options: try BenchmarkOptions(arguments: rest[...])).runImportOnly(documents: URL(fileURLWithPath: documents), shell: shell)
    case "generate":
        let options = try BenchmarkOptions(arguments: arguments.dropFirst())
        guard let sizes = options.scale.sizes, let directory = options.directory else {
            throw BenchmarkFailure(description: "generate needs --scale medium or large and --out PATH")
        }
        let start = now()
        let summary = try DocumentGenerator(scale: sizes, reference: try ReferenceData.load(), seed: options.seed,
                                            directory: URL(fileURLWithPath: directory)).generate()
        print("generated \(summary.documents) documents, \(summary.facts) facts (\(summary.entities) entities, \(summary.links) links,"
              + " \(summary.quotes) quotes), \(summary.bytes) bytes in \(figure(now() - start)) s")
    default:
        try BenchmarkRun(options: try BenchmarkOptions(arguments: arguments[...])).run()
    }
} catch {
    FileHandle.standardError.write(Data("KBBenchmark: \(error)\n".utf8))
    exit(1)
}
