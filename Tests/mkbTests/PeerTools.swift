import Foundation
import Testing

/// The peer tools some tests check our files with: the real `followthemoney`, `networkx`,
/// `datasette` and `sqlite-utils` from PyPI, in the virtual environment `.ci/run` installs
/// (`.venv-ci` at the repository root, or the one `MKB_PEER_TOOLS` names).
///
/// Where they are missing, the tests that need them are skipped with a note saying how to install
/// them; with `MKB_REQUIRE_PEER_TOOLS=1` (set by `.ci/run`) a missing tool fails the run instead.
enum PeerTools {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let environment: URL = {
        if let named = ProcessInfo.processInfo.environment["MKB_PEER_TOOLS"], !named.isEmpty { return URL(fileURLWithPath: named) }
        return repository.appendingPathComponent(".venv-ci")
    }()

    /// The helper scripts the tests run with the environment's Python.
    static let scripts = repository.appendingPathComponent("Tests/peer-tools")

    static func executable(_ name: String) -> URL { environment.appendingPathComponent("bin").appendingPathComponent(name) }

    /// The commands the peer-tool tests need.
    static let commands = ["python", "ftm", "datasette", "sqlite-utils"]

    static var missing: [String] { commands.filter { !FileManager.default.isExecutableFile(atPath: executable($0).path) } }

    static var areInstalled: Bool { missing.isEmpty }

    static let installHint: Comment = """
        peer tools missing (followthemoney, networkx, datasette, sqlite-utils): run .ci/run, or \
        python3 -m venv .venv-ci && .venv-ci/bin/pip install -r .ci/python-requirements.txt
        """

    /// Runs a tool of the environment; standard output and error go through files (no pipe can fill).
    static func run(_ tool: String, _ arguments: [String], in directory: URL) throws -> MKBResult {
        try runProgram(executable(tool), arguments, in: directory)
    }

    /// Runs one of the helper scripts of `Tests/peer-tools` with the environment's Python.
    static func script(_ name: String, _ arguments: [String], in directory: URL) throws -> MKBResult {
        try run("python", [scripts.appendingPathComponent(name).path] + arguments, in: directory)
    }

    static func runProgram(_ program: URL, _ arguments: [String], in directory: URL) throws -> MKBResult {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let id = UUID().uuidString
        let outURL = directory.appendingPathComponent(".peer-out-\(id)")
        let errURL = directory.appendingPathComponent(".peer-err-\(id)")
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
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return MKBResult(status: process.terminationStatus, standardOutput: try Data(contentsOf: outURL),
                         standardError: try Data(contentsOf: errURL))
    }

    /// The output as JSON.
    static func json(_ result: MKBResult) throws -> Any {
        try JSONSerialization.jsonObject(with: result.standardOutput)
    }
}

@Suite struct PeerToolPresenceTests {
    /// `.ci/run` sets MKB_REQUIRE_PEER_TOOLS: there, a missing tool is a failure, never a silent skip.
    @Test func peerToolsArePresentWhereRequired() {
        guard ProcessInfo.processInfo.environment["MKB_REQUIRE_PEER_TOOLS"] == "1" else { return }
        #expect(PeerTools.missing.isEmpty, "missing in \(PeerTools.environment.path): \(PeerTools.missing)")
    }
}
