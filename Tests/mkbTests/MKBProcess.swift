import Foundation
import TestSupport
import Testing

/// What one run of the `mkb` binary did.
struct MKBResult {
    let status: Int32
    let standardOutput: Data
    let standardError: Data

    var output: String { String(decoding: standardOutput, as: UTF8.self) }
    var error: String { String(decoding: standardError, as: UTF8.self) }
}

/// Runs the built `mkb` binary as a user would: as a separate process, in a directory of its own.
enum MKB {
    /// The repository's Fixtures/ folder.
    static let fixtures = Repository.fixtures

    /// The products directory holding this test bundle also holds the `mkb` executable.
    static let binary = builtProduct("mkb")

    /// The executable `name` that `swift build` put beside this test bundle.
    static func builtProduct(_ name: String) -> URL {
        let candidates = [
            Bundle.main.executableURL,
            URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath(),
            URL(fileURLWithPath: CommandLine.arguments[0]),
        ].compactMap { $0 }
        for candidate in candidates {
            var directory = candidate.deletingLastPathComponent()
            // On macOS the test runner sits inside Foo.xctest/Contents/MacOS.
            for _ in 0..<4 {
                let binary = directory.appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary }
                directory.deleteLastPathComponent()
            }
        }
        return URL(fileURLWithPath: "\(name)-not-found-build-it-with-swift-build")
    }

    /// Runs `mkb arguments` in `directory`. The environment is the test's, without MKB_DB, plus `environment`.
    /// A `launcher` (such as `setpriv --reuid=65534 ...`) runs mkb through another program.
    /// `capturingIn` names where the output is captured (default: `directory`, which must then be writable).
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:],
                    standardInput: URL? = nil, launcher: [String] = [], capturingIn capture: URL? = nil) throws -> MKBResult {
        let process = Process()
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var variables = ProcessInfo.processInfo.environment
        variables.removeValue(forKey: "MKB_DB")
        variables.merge(environment) { _, new in new }
        process.environment = variables
        // Files rather than pipes: a pipe that fills while the other is read would block the child.
        let id = UUID().uuidString
        let outURL = (capture ?? directory).appendingPathComponent(".out-\(id)")
        let errURL = (capture ?? directory).appendingPathComponent(".err-\(id)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        process.standardInput = try standardInput.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return MKBResult(status: process.terminationStatus, standardOutput: try Data(contentsOf: outURL),
                         standardError: try Data(contentsOf: errURL))
    }
}

/// A fresh temporary directory for one test, removed afterwards; optionally holding `kb.sqlite`
/// with both fixtures imported (copied from one import made once for the whole suite).
final class Workspace {
    private let temporary: TemporaryDirectory
    var directory: URL { temporary.url }

    /// The imported knowledge base's file name inside the workspace.
    static let databaseName = "kb.sqlite"

    init(withFixtures: Bool = true) throws {
        temporary = try TemporaryDirectory(prefix: "mkb-e2e")
        if withFixtures {
            let template = try Workspace.template.get().url.appendingPathComponent(Workspace.databaseName)
            for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: template.path + suffix) {
                try FileManager.default.copyItem(atPath: template.path + suffix, toPath: databaseURL.path + suffix)
            }
        }
    }

    var databaseURL: URL { directory.appendingPathComponent(Workspace.databaseName) }

    /// Runs mkb in this workspace; `--db kb.sqlite` is added unless `database` is false.
    func run(_ arguments: String..., database: Bool = true, environment: [String: String] = [:]) throws -> MKBResult {
        try run(arguments, database: database, environment: environment)
    }

    func run(_ arguments: [String], database: Bool = true, environment: [String: String] = [:],
             standardInput: URL? = nil) throws -> MKBResult {
        try MKB.run(arguments + (database ? ["--db", Workspace.databaseName] : []), in: directory, environment: environment,
                    standardInput: standardInput)
    }

    func fileExists(_ name: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path)
    }

    /// Both fixtures imported once by `mkb import`, checkpointed into a single file. Removed when the
    /// test process exits: a static is never released.
    private static let template: Result<TemporaryDirectory, Error> = Result {
        let template = try TemporaryDirectory(prefix: "mkb-e2e-template", removedAtExit: true)
        let directory = template.url
        let result = try MKB.run(["import", MKB.fixtures.path, "--db", databaseName], in: directory)
        guard result.status == 0 else {
            throw TemplateError(message: "mkb import of the fixtures failed (\(result.status)): \(result.error)")
        }
        return template
    }

    struct TemplateError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

/// Runs the system's sqlite3 shell, for comparing with what mkb prints.
enum SQLite3Shell {
    static let path = "/usr/bin/sqlite3"

    static var isInstalled: Bool { FileManager.default.isExecutableFile(atPath: path) }

    static func json(_ sql: String, database: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-json", "-readonly", database.path, sql]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    /// The shell's standard output for `arguments`.
    static func output(_ arguments: [String]) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    static func execute(_ sql: String, database: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = [database.path, sql]
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}
