import Foundation
import TestSupport
import Testing

/// Every test's temporary folder is removed when the test ends, failures included, and the folder
/// the end-to-end suites share (the fixtures imported once) when the test process ends. Shown by
/// running this test binary again, on a probe test that fails, with a temporary directory of its own.
@Suite struct TemporaryCleanupTests {
    /// Set in the child run only: the probe test runs nowhere else.
    static let probeVariable = "MKB_TEMPORARY_CLEANUP_PROBE"

    @Test func aFailingTestRunLeavesNoTemporaryFolderBehind() throws {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        try #require(FileManager.default.isExecutableFile(atPath: testBinary.path), "the test binary is found through /proc (Linux)")
        try withTemporaryDirectory(prefix: "mkb-cleanup") { temporary in
            let process = Process()
            process.executableURL = testBinary
            process.arguments = ["--testing-library", "swift-testing", "--filter", "TemporaryCleanupTests/probe"]
            var environment = ProcessInfo.processInfo.environment
            environment["TMPDIR"] = temporary.url.path
            environment[Self.probeVariable] = "1"
            process.environment = environment
            let log = temporary.url.deletingLastPathComponent().appendingPathComponent("\(temporary.url.lastPathComponent).log")
            defer { try? FileManager.default.removeItem(at: log) }
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let output = try FileHandle(forWritingTo: log)
            process.standardOutput = output
            process.standardError = output
            process.standardInput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            try output.close()
            let printed = try String(contentsOf: log, encoding: .utf8)
            // The probe ran, made its folders and failed as it should.
            #expect(process.terminationStatus != 0, "\(printed)")
            #expect(printed.contains("failed on purpose"), "\(printed)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.url.path) == [])
        }
    }

    /// Makes a workspace with the fixtures (so the suite's shared base too) and a folder of its own,
    /// writes into both, then fails.
    @Test(.enabled(if: ProcessInfo.processInfo.environment[probeVariable] != nil))
    func probe() throws {
        let workspace = try Workspace()
        let directory = try TemporaryDirectory(prefix: "mkb-probe")
        try Data("x".utf8).write(to: URL(fileURLWithPath: directory.path("kb.sqlite")))
        #expect(try workspace.run("stats").status == 0)
        withExtendedLifetime((workspace, directory)) {}
        throw ProbeFailure()
    }

    struct ProbeFailure: Error, CustomStringConvertible {
        var description: String { "the probe failed on purpose" }
    }
}
