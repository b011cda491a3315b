import Foundation
import MineralKB

/// The work the benchmark runs in child processes, so each has its own peak memory and nothing
/// (page cache, name caches, allocator state) carries over from one measure to the next.
enum ChildModes {
    /// `_import --db PATH DOCS...`: imports every document into an existing knowledge base.
    static func importDocuments(database: String, documents: [String]) throws {
        let kb = try KnowledgeBase.openExisting(at: database)
        let start = now(), startCPU = cpuSeconds()
        let summary = try kb.importFiles(at: documents.map { URL(fileURLWithPath: $0) })
        let seconds = now() - start, cpu = cpuSeconds() - startCPU
        let rows = summary.rowsAdded.values.reduce(0, +)
        print("RESULT seconds=\(seconds) cpu_seconds=\(cpu) documents=\(summary.documents) rows=\(rows) peak_mib=\(peakMemoryMiB())")
    }

    /// The named queries the benchmark times, by name.
    enum Query: String, CaseIterable {
        case firms, firmsPage, report, path, quotes, search, open
    }

    /// `_query --db PATH --kind KIND --args FILE`: runs the query once per argument line (after a
    /// short untimed warm-up) and prints the latency percentiles.
    static func runQueries(database: String, kind: Query, argumentsFile: String) throws {
        let kb = try KnowledgeBase.openReadOnly(at: database)
        let arguments = try String(contentsOfFile: argumentsFile, encoding: .utf8).split(separator: "\n").map(String.init)
        func run(_ argument: String) throws -> Int {
            switch kind {
            case .firms:
                return try kb.firmsActive(in: argument).count
            case .firmsPage:
                return try kb.firmsActive(in: argument, limit: 50).count
            case .report:
                let report = try kb.report(for: argument)
                return report.linkGroups.reduce(0) { $0 + $1.links.count } + report.quotesBy.count + report.quotesAbout.count
            case .path:
                let ends = argument.split(separator: "\t").map(String.init)
                guard ends.count == 2 else { throw BenchmarkFailure(description: "a path argument needs two names: \(argument)") }
                return try kb.shortestPath(from: ends[0], to: ends[1], maxDepth: 4)?.count ?? -1
            case .quotes:
                return try kb.quotes(matching: QuoteFilter(search: argument)).count
            case .search:
                return try kb.search(argument).count
            case .open:
                return 0
            }
        }
        for argument in arguments.prefix(3) { _ = try run(argument) }
        var times: [Double] = [], cpuTimes: [Double] = []
        var rows = 0
        var misses = 0
        for argument in arguments {
            let start = now(), startCPU = processCPUSeconds()
            let count = try run(argument)
            times.append((now() - start) * 1000)
            cpuTimes.append((processCPUSeconds() - startCPU) * 1000)
            if count < 0 { misses += 1 } else { rows += count }
        }
        let n = max(times.count, 1)
        print("RESULT n=\(times.count) p50_ms=\(percentile(times, 0.5)) p95_ms=\(percentile(times, 0.95)) max_ms=\(times.max() ?? 0)"
              + " cpu_p50_ms=\(percentile(cpuTimes, 0.5)) cpu_p95_ms=\(percentile(cpuTimes, 0.95))"
              + " rows_avg=\(Double(rows) / Double(n)) misses=\(misses) peak_mib=\(peakMemoryMiB())")
    }
}
