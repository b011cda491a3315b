import Foundation
import Testing

/// Runs mkb as a user at a terminal would see it: under a pseudo-terminal made by script(1), with
/// `$COLUMNS` set, so that standard output and standard error are both a terminal of that width.
enum TerminalRun {
    static let script = "/usr/bin/script"

    /// True when script(1) is installed (util-linux's bsdutils; `.ci/run` installs it when missing).
    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: script) }

    /// What the terminal showed (standard output and error together, CR LF made LF) and the exit status.
    struct Screen {
        let status: Int32
        let text: String

        /// The lines as the terminal shows them: a carriage return starts the line again (progress bars).
        var lines: [String] {
            text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { $0.split(separator: "\r", omittingEmptySubsequences: false) }
                .map(String.init)
        }

        /// The lines wider than `columns` terminal columns.
        func linesWider(than columns: Int) -> [String] {
            lines.filter { Width.of($0) > columns }
        }
    }

    /// Runs `commandLine` with /bin/sh inside a terminal `columns` wide, in `directory`, with the built
    /// mkb first on PATH.
    static func run(_ commandLine: String, in directory: URL, columns: Int = 80) throws -> Screen {
        try #require(isAvailable, "script(1) is missing: install bsdutils (apt-get install bsdutils) to run the terminal tests")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qec", commandLine, "/dev/null"]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "MKB_DB")
        environment["COLUMNS"] = String(columns)
        environment["PATH"] = MKB.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let outURL = directory.appendingPathComponent(".screen-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL) }
        let out = try FileHandle(forWritingTo: outURL)
        process.standardOutput = out
        process.standardError = out
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try out.close()
        let text = String(decoding: try Data(contentsOf: outURL), as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return Screen(status: process.terminationStatus, text: text)
    }

    /// `arguments` quoted for /bin/sh.
    static func shellLine(_ arguments: [String]) -> String {
        arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
    }
}

/// Terminal columns a line takes: East Asian wide characters 2, combining marks 0, others 1
/// (enough for the text these tests print; mkb's own DisplayWidth is the full rule).
enum Width {
    static func of(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { width, scalar in
            if scalar.properties.generalCategory == .nonspacingMark || scalar.value < 0x20 { return width }
            let wide = (0x1100...0x115F).contains(scalar.value) || (0x2E80...0xA4CF).contains(scalar.value)
                || (0xAC00...0xD7A3).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
                || (0xFF00...0xFF60).contains(scalar.value) || (0x1F300...0x1FAFF).contains(scalar.value)
            return width + (wide ? 2 : 1)
        }
    }
}
