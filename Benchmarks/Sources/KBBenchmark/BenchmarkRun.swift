import TestSupport
import Foundation
@_spi(Tools) import MineralKB
import SQLite

/// Prints a line at once, even into a file or a pipe, so a long run can be watched.
func emit(_ line: String) {
    print(line)
    fflush(nil)
}

/// One benchmark run: for each scale up to the chosen one, generate (or take the fixtures), import
/// through MineralKB in a child process, insert the same rows with raw C and with the sqlite3
/// shell, time the named queries in child processes, and stream rows through `mkb sql`.
final class BenchmarkRun {
    let options: BenchmarkOptions
    private let work: URL
    private let executable: String
    private var template = ""
    private var rowCopy: RowCopy?

    /// The cache the importer gives SQLite for a bulk import, read from the library; both baselines
    /// get the same, so the three write with the same memory.
    static let importPragmas = "PRAGMA cache_size = \(KnowledgeBase.importCacheSize)"

    init(options: BenchmarkOptions) throws {
        self.options = options
        let base = options.directory.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("mkb-kb-bench-\(getpid())")
        work = base
        executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }

    func run() throws {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if !options.keep { try? FileManager.default.removeItem(at: work) } }
        let date = ISO8601DateFormatter().string(from: Date())
        emit("# KBBenchmark \(date) scale=\(options.scale.rawValue) seed=\(options.seed) sqlite=\(Database.sqliteVersion)"
              + " cpus=\(ProcessInfo.processInfo.activeProcessorCount) work=\(work.path)")
        template = work.appendingPathComponent("template.sqlite").path
        removeDatabase(template)
        do {
            let kb = try KnowledgeBase.create(at: template)
            rowCopy = try RowCopy(template: kb.database)
        }
        let reference = try ReferenceData.load()
        for scale in options.scale.upToThis {
            try measure(scale, reference: reference)
        }
    }

    // MARK: - One scale

    private func measure(_ scale: ScaleName, reference: ReferenceData) throws {
        let documents: URL
        let facts: Int
        if let sizes = scale.sizes {
            documents = work.appendingPathComponent("documents-\(scale.rawValue)")
            try? FileManager.default.removeItem(at: documents)
            let start = now()
            let generator = DocumentGenerator(scale: sizes, reference: reference, seed: options.seed, directory: documents)
            let summary = try generator.generate()
            facts = summary.facts
            emit("# generated \(scale.rawValue): \(summary.documents) documents, \(summary.facts) facts (\(summary.entities) entities,"
                  + " \(summary.links) links, \(summary.quotes) quotes), \(summary.bytes / 1_048_576) MiB of JSON in \(figure(now() - start)) s")
        } else {
            documents = try fixturesDirectory()
            facts = try BenchmarkRun.countFacts(in: documents)
            emit("# small: the fixtures, \(facts) facts")
        }
        defer { if !options.keep && scale.sizes != nil { try? FileManager.default.removeItem(at: documents) } }

        let ours = work.appendingPathComponent("\(scale.rawValue).sqlite").path
        try importAndCompare(scale.rawValue, documents: documents, facts: facts, into: ours)
        defer { if !options.keep { removeDatabase(ours) } }
        try measureQueries(scale, database: ours)
        try measureCLI(scale, database: ours)
        try WebLoad(server: WebLoad.serverPath(options.serve, beside: executable), work: work, seed: options.seed, count: options.queries)
            .measure(scale.rawValue, database: ours)
    }

    private func freshCopy(of source: String, to path: String) throws {
        removeDatabase(path)
        try FileManager.default.copyItem(atPath: source, toPath: path)
    }

    // MARK: - Import

    /// `kb.import` alone (`KBBenchmark import --docs DIR`), on documents already generated: our import
    /// against raw C, and the sqlite3 shell's `.import` with `--shell`. For iterating on the importer.
    func runImportOnly(documents: URL, shell: Bool) throws {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if !options.keep { try? FileManager.default.removeItem(at: work) } }
        emit("# KBBenchmark import \(documents.path) sqlite=\(Database.sqliteVersion) work=\(work.path)")
        template = work.appendingPathComponent("template.sqlite").path
        removeDatabase(template)
        do {
            let kb = try KnowledgeBase.create(at: template)
            rowCopy = try RowCopy(template: kb.database)
        }
        let facts = try BenchmarkRun.countFacts(in: documents)
        let ours = work.appendingPathComponent("ours.sqlite").path
        defer { if !options.keep { removeDatabase(ours) } }
        try importAndCompare(documents.lastPathComponent, documents: documents, facts: facts, into: ours, shell: shell)
    }

    private func importAndCompare(_ scale: String, documents: URL, facts: Int, into ours: String, shell includesShell: Bool = true) throws {
        guard let rowCopy else { return }
        try freshCopy(of: template, to: ours)
        let output = work.appendingPathComponent("import-\(scale).out").path
        let child = try runChild(executable, ["_import", "--db", ours, documents.path], stdoutPath: output)
        guard child.exitCode == 0 else { throw BenchmarkFailure(description: "the import child failed (exit \(child.exitCode)); see \(output)") }
        let result = try parseResult(output)
        let oursSeconds = Double(result["seconds"] ?? "") ?? .nan
        let oursCPU = Double(result["cpu_seconds"] ?? "") ?? .nan
        let rows = Int(result["rows"] ?? "") ?? 0

        let raw = work.appendingPathComponent("raw-\(scale).sqlite").path
        try freshCopy(of: template, to: raw)
        defer { removeDatabase(raw) }
        let (rawSeconds, rawCPU, rawRows) = try rowCopy.rawInsert(from: ours, template: template, into: raw, pragmas: BenchmarkRun.importPragmas)

        emit("BENCH kb.import ours_s=\(figure(oursSeconds)) baseline_s=\(figure(rawSeconds)) ratio=\(figure(oursSeconds / rawSeconds))"
              + " facts_per_s=\(Int(Double(facts) / oursSeconds)) facts=\(facts) rows=\(rows) ours_cpu_s=\(figure(oursCPU))"
              + " baseline_cpu_s=\(figure(rawCPU)) cpu_ratio=\(figure(oursCPU / rawCPU)) peak_mib=\(figure(child.peakMiB)) scale=\(scale)")

        var shellSeconds = Double.nan
        let shellDatabase = work.appendingPathComponent("shell-\(scale).sqlite").path
        defer { removeDatabase(shellDatabase) }
        if !includesShell {
            emit("# the shell .import baseline is skipped (--shell runs it)")
        } else if let sqlite3 = which("sqlite3") {
            let csv = work.appendingPathComponent("csv-\(scale)")
            try FileManager.default.createDirectory(at: csv, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: csv) }
            let exportScript = csv.appendingPathComponent("export.sql").path
            try rowCopy.exportScript(template: template, directory: csv.path).write(toFile: exportScript, atomically: true, encoding: .utf8)
            let export = try runChild(sqlite3, ["-bail", "-readonly", ours], stdinPath: exportScript)
            guard export.exitCode == 0 else { throw BenchmarkFailure(description: "sqlite3 could not export the CSV files") }
            let importScript = csv.appendingPathComponent("import.sql").path
            try rowCopy.importScript(directory: csv.path, pragmas: BenchmarkRun.importPragmas)
                .write(toFile: importScript, atomically: true, encoding: .utf8)
            try freshCopy(of: template, to: shellDatabase)
            let shell = try runChild(sqlite3, ["-bail", shellDatabase], stdinPath: importScript)
            guard shell.exitCode == 0 else { throw BenchmarkFailure(description: "sqlite3 .import failed (exit \(shell.exitCode))") }
            shellSeconds = shell.seconds
            emit("BENCH kb.import.shell ours_s=\(figure(oursSeconds)) baseline_s=\(figure(shellSeconds)) ratio=\(figure(oursSeconds / shellSeconds))"
                  + " facts_per_s=\(Int(Double(facts) / shellSeconds)) peak_mib=\(figure(shell.peakMiB)) scale=\(scale)")
        } else {
            emit("# sqlite3 is not on PATH: the shell .import baseline is skipped")
        }

        let expected = try rowCopy.counts(in: ours)
        var same = try rowCopy.counts(in: raw) == expected
        if !shellSeconds.isNaN { same = try same && rowCopy.counts(in: shellDatabase) == expected }
        let size = fileSize(ours)
        emit("BENCH kb.size bytes=\(size) bytes_per_fact=\(figure(Double(size) / Double(max(facts, 1))))"
              + " raw_bytes=\(fileSize(raw)) rows=\(rawRows) baselines_hold_the_same_rows=\(same ? "yes" : "NO") scale=\(scale)")
    }

    // MARK: - Queries

    private func measureQueries(_ scale: ScaleName, database: String) throws {
        try measureQueries(scale.rawValue, database: database)
    }

    /// The names of the query measures, in the order they run.
    static let queryMeasures = ["kb.open", "kb.firms", "kb.firms.largest", "kb.firms.largest.page", "kb.report.hub", "kb.report.typical",
                                "kb.path", "kb.quotes.search", "kb.quotes.search.common", "kb.search"]

    /// The named query measures on `database`, labelled `scale`; `only`, when given, names the
    /// measures to run (`kb.search`, `kb.quotes.search`...), the others are skipped.
    func measureQueries(_ scale: String, database: String, only: Set<String>? = nil) throws {
        if let unknown = only?.subtracting(BenchmarkRun.queryMeasures).sorted().first {
            throw BenchmarkFailure(description: "no query measure named \"\(unknown)\"; expected one of \(BenchmarkRun.queryMeasures.joined(separator: ", "))")
        }
        var chooser = try ArgumentChooser(database: database, seed: options.seed, count: options.queries)
        if only == nil || only?.contains("kb.open") == true {
            let open = try runQueries(.open, arguments: ["-"], database: database, name: "open")
            emit("BENCH kb.open p50_ms=\(figure(open.p50)) p95_ms=\(figure(open.p95)) peak_mib=\(figure(open.peakMiB)) scale=\(scale)")
        }
        // Arguments are chosen lazily, in this order, so the seeded choices are the same whichever run.
        let sets: [(String, ChildModes.Query, (inout ArgumentChooser) throws -> [String])] = [
            ("kb.firms", .firms, { try $0.countries() }),
            ("kb.firms.largest", .firms, { try $0.largestCountries() }),
            ("kb.firms.largest.page", .firmsPage, { Array(repeating: try $0.largestCountries().prefix(1), count: 20).flatMap { $0 } }),
            ("kb.report.hub", .report, { try $0.hubs() }),
            ("kb.report.typical", .report, { try $0.typicalEntities() }),
            ("kb.path", .path, { try $0.pairs() }),
            ("kb.quotes.search", .quotes, { try $0.searches(names: true) }),
            ("kb.quotes.search.common", .quotes, { try $0.searches(names: false) }),
            ("kb.search", .search, { try $0.nameSearches() }),
        ]
        assert(["kb.open"] + sets.map(\.0) == BenchmarkRun.queryMeasures)
        for (name, kind, choose) in sets {
            let arguments = try choose(&chooser)
            guard only == nil || only?.contains(name) == true else { continue }
            guard !arguments.isEmpty else {
                emit("# \(name): no arguments at this scale")
                continue
            }
            let result = try runQueries(kind, arguments: arguments, database: database, name: name)
            emit("BENCH \(name) p50_ms=\(figure(result.p50)) p95_ms=\(figure(result.p95)) max_ms=\(figure(result.max))"
                  + " cpu_p50_ms=\(figure(result.cpuP50)) cpu_p95_ms=\(figure(result.cpuP95))"
                  + " n=\(result.n) rows_avg=\(figure(result.rows))\(kind == .path ? " not_found=\(result.misses)" : "")"
                  + " peak_mib=\(figure(result.peakMiB)) scale=\(scale)")
        }
    }

    /// `kb.search` alone, on a base already imported (`KBBenchmark web`).
    func measureNameSearch(_ scale: String, database: String) throws {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if !options.keep { try? FileManager.default.removeItem(at: work) } }
        var chooser = try ArgumentChooser(database: database, seed: options.seed, count: options.queries)
        let result = try runQueries(.search, arguments: try chooser.nameSearches(), database: database, name: "kb.search")
        emit("BENCH kb.search p50_ms=\(figure(result.p50)) p95_ms=\(figure(result.p95)) max_ms=\(figure(result.max))"
              + " n=\(result.n) rows_avg=\(figure(result.rows)) peak_mib=\(figure(result.peakMiB)) scale=\(scale)")
    }

    private struct QueryResult {
        var p50 = Double.nan, p95 = Double.nan, max = Double.nan, rows = Double.nan
        var cpuP50 = Double.nan, cpuP95 = Double.nan
        var n = 0, misses = 0
        var peakMiB = Double.nan
    }

    private func runQueries(_ kind: ChildModes.Query, arguments: [String], database: String, name: String) throws -> QueryResult {
        let argumentsFile = work.appendingPathComponent("\(name).args").path
        try arguments.joined(separator: "\n").write(toFile: argumentsFile, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("\(name).out").path
        let child = try runChild(executable, ["_query", "--db", database, "--kind", kind.rawValue, "--args", argumentsFile], stdoutPath: output)
        guard child.exitCode == 0 else { throw BenchmarkFailure(description: "the \(name) child failed (exit \(child.exitCode)); see \(output)") }
        let values = try parseResult(output)
        func number(_ key: String) -> Double { Double(values[key] ?? "") ?? .nan }
        return QueryResult(p50: number("p50_ms"), p95: number("p95_ms"), max: number("max_ms"), rows: number("rows_avg"),
                           cpuP50: number("cpu_p50_ms"), cpuP95: number("cpu_p95_ms"),
                           n: Int(values["n"] ?? "") ?? 0, misses: Int(values["misses"] ?? "") ?? 0, peakMiB: child.peakMiB)
    }

    // MARK: - mkb sql

    private func measureCLI(_ scale: ScaleName, database: String) throws {
        let mkb = options.mkb ?? URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("mkb").path
        guard FileManager.default.isExecutableFile(atPath: mkb) else {
            emit("# \(mkb) is not built: cli.sql.csv is skipped (swift build -c release builds it)")
            return
        }
        guard let sqlite3 = which("sqlite3") else {
            emit("# sqlite3 is not on PATH: cli.sql.csv is skipped")
            return
        }
        // Every link with its ends' names and its source, as an export would read it: more rows than
        // a million at the large scale, so exactly 1,000,000 there.
        let sql = "SELECT * FROM edges LIMIT 1000000"
        let ours = work.appendingPathComponent("cli-mkb.csv").path
        let theirs = work.appendingPathComponent("cli-sqlite3.csv").path
        defer {
            try? FileManager.default.removeItem(atPath: ours)
            try? FileManager.default.removeItem(atPath: theirs)
        }
        var oursTimes: [Double] = [], theirTimes: [Double] = []
        var oursPeak = 0.0, theirPeak = 0.0
        for _ in 0..<3 {
            let run = try runChild(mkb, ["sql", "--db", database, "--format", "csv", "--timeout", "3600", sql], stdoutPath: ours)
            guard run.exitCode == 0 else { throw BenchmarkFailure(description: "mkb sql failed (exit \(run.exitCode))") }
            oursTimes.append(run.seconds)
            oursPeak = max(oursPeak, run.peakMiB)
            let baseline = try runChild(sqlite3, ["-readonly", "-csv", "-header", database, sql], stdoutPath: theirs)
            guard baseline.exitCode == 0 else { throw BenchmarkFailure(description: "sqlite3 -csv failed (exit \(baseline.exitCode))") }
            theirTimes.append(baseline.seconds)
            theirPeak = max(theirPeak, baseline.peakMiB)
        }
        // Byte for byte; `mkb` ends lines with CRLF and quotes only what RFC 4180 requires, where
        // sqlite3 ends them with LF and also quotes fields holding a space, so this is mostly "no".
        let identical = FileManager.default.contentsEqual(atPath: ours, andPath: theirs)
        let lines = (try? String(contentsOfFile: theirs, encoding: .utf8))?.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } ?? 0
        emit("BENCH cli.sql.csv ours_s=\(figure(median(oursTimes))) baseline_s=\(figure(median(theirTimes)))"
              + " ratio=\(figure(median(oursTimes) / median(theirTimes))) rows=\(max(0, lines - 1)) bytes=\(fileSize(theirs))"
              + " identical_output=\(identical ? "yes" : "no") peak_mib=\(figure(oursPeak)) baseline_peak_mib=\(figure(theirPeak)) scale=\(scale.rawValue)")
    }

    // MARK: - Helpers

    private func fixturesDirectory() throws -> URL {
        let path = options.fixtures ?? Repository.fixtures.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw BenchmarkFailure(description: "cannot find the Fixtures folder at \(path); give it with --fixtures PATH")
        }
        return URL(fileURLWithPath: path)
    }

    /// Entities, links and quotes in the documents of a folder.
    static func countFacts(in directory: URL) throws -> Int {
        var facts = 0
        for file in try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil) where file.pathExtension == "json" {
            guard let object = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] else { continue }
            for key in EntityKind.allCases.map(\.plural) + ["links", "quotes"] { facts += (object[key] as? [Any])?.count ?? 0 }
        }
        return facts
    }
}
