import Foundation
import MineralKB

/// `web.entity` and `web.firms`: the built `mkb-serve` on a loopback port under 16 concurrent clients
/// (wrk, from Debian's `wrk`), beside the same library call made in this process one at a time.
/// The ratio of the two p50s is what HTTP, the pool and rendering add.
struct WebLoad {
    /// The `mkb-serve` binary.
    let server: String
    let work: URL
    let seed: UInt64
    let count: Int
    /// Concurrent connections, and how long each load runs.
    static let clients = 16
    static let seconds = 8

    /// `--serve PATH` when given, else `mkb-serve` beside this benchmark's binary: KBBenchmark depends on
    /// the `mkb-serve` product, so building the benchmarks builds it there.
    static func serverPath(_ option: String?, beside executable: String) -> String {
        option ?? URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent("mkb-serve").path
    }

    static func missingServer(_ path: String) -> String {
        "no mkb-serve at \(path): build it with `swift build -c release --package-path Benchmarks` (beside KBBenchmark), "
            + "or name one with --serve PATH"
    }

    func measure(_ scale: String, database: String) throws {
        guard FileManager.default.isExecutableFile(atPath: server) else {
            emit("# web.* skipped: \(WebLoad.missingServer(server))")
            return
        }
        guard let wrk = which("wrk") else {
            emit("# wrk is not on PATH: web.* is skipped (apt-get install wrk)")
            return
        }
        var chooser = try ArgumentChooser(database: database, seed: seed, count: max(count, 200))
        let ids = try chooser.typicalEntityIDs()
        let countries = try chooser.countries()
        guard !ids.isEmpty, !countries.isEmpty else {
            emit("# web.*: no entities at this scale")
            return
        }
        let kb = try KnowledgeBase.openReadOnly(at: database)
        let placeIDs = try countries.map { try kb.entity(named: $0, kinds: [.place]).id }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: server)
        process.arguments = ["--db", database, "--port", "0"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice  // one log line per request: not what is measured
        try process.run()
        defer {
            process.interrupt()
            process.waitUntilExit()
        }
        let line = String(decoding: pipe.fileHandleForReading.availableData, as: UTF8.self)
        guard let start = line.range(of: "http://") else { throw BenchmarkFailure(description: "mkb-serve did not start: \(line)") }
        let base = String(line[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: "/"))

        let entity = try load(wrk, base: base, paths: ids.map { "/entity/\($0)" }, name: "entity")
        let report = inProcess(ids) { _ = try kb.report(id: $0) }
        emit(benchLine("web.entity", entity, report, scale: scale, call: "report(id:)"))
        let firms = try load(wrk, base: base, paths: placeIDs.map { "/firms?in=%23\($0)" }, name: "firms")
        // The page's own call: its 50 rows and one more, which tells whether there is a next page.
        let firmsCall = inProcess(placeIDs) { _ = try kb.firmsActive(inPlaceID: $0, filter: FirmFilter(), limit: 51) }
        emit(benchLine("web.firms", firms, firmsCall, scale: scale, call: "firmsActive(inPlaceID:limit:51)"))
    }

    private func benchLine(_ name: String, _ web: Load, _ library: (perSecond: Double, p50: Double, p99: Double), scale: String, call: String) -> String {
        "BENCH \(name) req_per_s=\(figure(web.perSecond)) p50_ms=\(figure(web.p50)) p99_ms=\(figure(web.p99)) errors=\(web.errors)"
            + " clients=\(WebLoad.clients) library_calls_per_s=\(figure(library.perSecond)) library_p50_ms=\(figure(library.p50))"
            + " library_p99_ms=\(figure(library.p99)) ratio_p50=\(figure(web.p50 / library.p50)) library_call=\(call) scale=\(scale)"
    }

    struct Load { var perSecond = Double.nan, p50 = Double.nan, p99 = Double.nan, errors = 0 }

    /// wrk over the paths in turn, each connection keeping its socket (as a browser does).
    private func load(_ wrk: String, base: String, paths: [String], name: String) throws -> Load {
        let script = work.appendingPathComponent("wrk-\(name).lua")
        let list = paths.map { "\"\($0)\"" }.joined(separator: ",")
        try """
            local paths = {\(list)}
            local i = 0
            request = function()
              i = i % #paths + 1
              return wrk.format("GET", paths[i])
            end
            """.write(to: script, atomically: true, encoding: .utf8)
        let output = work.appendingPathComponent("wrk-\(name).out").path
        let run = try runChild(wrk, ["-t2", "-c\(WebLoad.clients)", "-d\(WebLoad.seconds)s", "--latency", "-s", script.path, base + "/"], stdoutPath: output)
        guard run.exitCode == 0 else { throw BenchmarkFailure(description: "wrk failed (exit \(run.exitCode)); see \(output)") }
        let text = try String(contentsOfFile: output, encoding: .utf8)
        var result = Load()
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if fields.first == "Requests/sec:", fields.count > 1 { result.perSecond = Double(fields[1]) ?? .nan }
            if fields.first == "50%", fields.count > 1 { result.p50 = WebLoad.milliseconds(String(fields[1])) }
            if fields.first == "99%", fields.count > 1 { result.p99 = WebLoad.milliseconds(String(fields[1])) }
            if line.contains("Non-2xx or 3xx responses:"), let last = fields.last { result.errors += Int(last) ?? 0 }
            if line.contains("Socket errors:") { result.errors += line.split(separator: ",").compactMap { $0.split(separator: " ").last.flatMap { Int($0) } }.reduce(0, +) }
        }
        return result
    }

    /// wrk prints "1.23ms", "850.00us", "1.02s".
    static func milliseconds(_ text: String) -> Double {
        for (suffix, factor) in [("us", 0.001), ("ms", 1.0), ("s", 1000.0)] where text.hasSuffix(suffix) {
            return (Double(text.dropLast(suffix.count)) ?? .nan) * factor
        }
        return .nan
    }

    /// The library call alone, one at a time, over the same arguments (after a short warm-up).
    private func inProcess(_ ids: [Int64], _ call: (Int64) throws -> Void) -> (perSecond: Double, p50: Double, p99: Double) {
        for id in ids.prefix(3) { try? call(id) }
        var times: [Double] = []
        let start = now()
        for id in ids {
            let begin = now()
            try? call(id)
            times.append((now() - begin) * 1000)
        }
        return (Double(ids.count) / (now() - start), percentile(times, 0.5), percentile(times, 0.99))
    }
}
