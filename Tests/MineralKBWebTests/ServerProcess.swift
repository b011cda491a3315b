import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// The built executables (`mkb`, `mkb-serve`) beside this test bundle.
enum Built {
    static func executable(_ name: String) -> URL {
        let candidates = [Bundle.main.executableURL, URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()].compactMap { $0 }
        for candidate in candidates {
            var directory = candidate.deletingLastPathComponent()
            for _ in 0..<4 {
                let binary = directory.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                directory.deleteLastPathComponent()
            }
        }
        return URL(fileURLWithPath: "\(name)-not-found-build-it-with-swift-build")
    }

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// Runs a built program to its end; returns its status and what it printed.
    @discardableResult
    static func run(_ name: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = executable(name)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let out = directory.appendingPathComponent(".out-\(UUID().uuidString)")
        let err = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: out, encoding: .utf8), try String(contentsOf: err, encoding: .utf8))
    }
}

/// A temporary directory with a base made by `mkb import` of the fixtures (and any extra documents).
final class WebWorkspace {
    let directory: URL
    var database: URL { directory.appendingPathComponent("kb.sqlite") }

    init(extraDocuments: [String: String] = [:], fixtures: Bool = true) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("mkb-web-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var paths: [String] = fixtures ? [Built.fixtures.path] : []
        for (name, text) in extraDocuments {
            let url = directory.appendingPathComponent(name)
            try text.write(to: url, atomically: true, encoding: .utf8)
            paths.append(url.path)
        }
        let result = try Built.run("mkb", ["import"] + paths + ["--db", database.path], in: directory)
        guard result.status == 0 else { throw Failure("mkb import failed: \(result.error)") }
    }

    deinit { try? FileManager.default.removeItem(at: directory) }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// `mkb-serve` on a free loopback port (port 0: the server picks one and prints it), stopped by SIGTERM.
final class RunningServer {
    let process = Process()
    let base: URL
    private let errorLog: URL

    /// `through` is the command that starts it: `mkb-serve`, or `mkb` with `serve` as its first argument.
    init(database: URL, arguments: [String] = [], environment: [String: String] = [:], through command: [String] = ["mkb-serve"]) throws {
        process.executableURL = Built.executable(command[0])
        process.arguments = Array(command.dropFirst()) + ["--db", database.path, "--port", "0"] + arguments
        var variables = ProcessInfo.processInfo.environment
        variables.merge(environment) { _, new in new }
        process.environment = variables
        let pipe = Pipe()
        process.standardOutput = pipe
        errorLog = database.deletingLastPathComponent().appendingPathComponent("server-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorLog)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // The first line on standard output names the address; a server that fails to start closes the pipe.
        var line = Data()
        let handle = pipe.fileHandleForReading
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let range = text.range(of: "http://"), let url = URL(string: String(text[range.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)) else {
            process.waitUntilExit()
            throw Failure("mkb-serve did not start: \(text) \((try? String(contentsOf: errorLog, encoding: .utf8)) ?? "")")
        }
        base = url
    }

    /// What the server logged so far.
    var log: String { (try? String(contentsOf: errorLog, encoding: .utf8)) ?? "" }

    /// Stops the server as Ctrl-C would and returns its exit status.
    @discardableResult
    func stop() -> Int32 {
        if process.isRunning { process.interrupt() }
        process.waitUntilExit()
        return process.terminationStatus
    }

    deinit { stop() }

    /// GET `path` (with its query); the status, the content type and the body as text.
    func get(_ path: String, accept: String? = nil, method: String = "GET") async throws -> (status: Int, type: String, body: String) {
        guard let url = URL(string: path, relativeTo: base) else { throw Failure("bad path \(path)") }
        var request = URLRequest(url: url)
        request.httpMethod = method
        if let accept { request.setValue(accept, forHTTPHeaderField: "Accept") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as? HTTPURLResponse
        return (http?.statusCode ?? 0, http?.value(forHTTPHeaderField: "Content-Type") ?? "", String(decoding: data, as: UTF8.self))
    }
}

/// The `href`s of a page, decoded from their HTML escaping.
func links(in html: String) -> [String] {
    var result: [String] = []
    var rest = html[...]
    while let start = rest.range(of: "href=\"") {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { break }
        result.append(String(rest[..<end]).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">"))
        rest = rest[end...]
    }
    return result
}

/// The first link whose text is exactly `text` (as escaped in the page).
func link(named text: String, in html: String) -> String? {
    var rest = html[...]
    while let start = rest.range(of: "<a href=\"") {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        let href = String(rest[..<end])
        guard let close = rest.range(of: "</a>") else { return nil }
        let anchor = rest[end..<close.lowerBound]
        if let gt = anchor.firstIndex(of: ">"), anchor[anchor.index(after: gt)...] == text[...] {
            return href.replacingOccurrences(of: "&amp;", with: "&")
        }
        rest = rest[close.upperBound...]
    }
    return nil
}
