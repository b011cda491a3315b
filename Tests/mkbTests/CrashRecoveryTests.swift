import Foundation
import Testing

/// A killed import never leaves a database in between (issue 5, item 3): after `kill -9` at a
/// random moment, the file passes `mkb check` and holds exactly the rows before or after the import.
@Suite(.serialized) struct CrashRecoveryTests {
    /// Writes `count` documents of generated firms, offices, links and quotes into `directory`.
    static func writeLargeInput(to directory: URL, documents count: Int) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let regions = ["Sindh", "Punjab, Pakistan", "Balochistan", "Henan", "Khyber Pakhtunkhwa"]
        for document in 0..<count {
            var organisations: [[String: Any]] = []
            var links: [[String: Any]] = []
            var quotes: [[String: Any]] = []
            for firm in 0..<40 {
                let name = "Crash Test Firm \(document)-\(firm)"
                organisations.append(["name": name, "aliases": ["CTF \(document)-\(firm)"]])
                links.append(["from": name, "relation": "based_in", "to": firm % 2 == 0 ? "China" : "Pakistan"])
                links.append(["from": name, "relation": "operates_in", "to": "Pakistan", "since": "20\(10 + firm % 15)"])
                let region = regions[(document + firm) % regions.count]
                if !region.contains(",") { links.append(["from": name, "relation": "has_office_in", "to": region]) }
                links.append(["from": name, "relation": "interested_in", "to": ["copper", "gold", "coal", "zinc"][firm % 4]])
                quotes.append(["text": "Firm \(document)-\(firm) sees growth in copper.", "form": "paraphrase", "mentions": [name, "copper"]])
            }
            let object: [String: Any] = [
                "source": ["title": "Crash test source \(document)", "published": "2026-02-01"],
                "organisations": organisations, "links": links, "quotes": quotes,
            ]
            let data = try JSONSerialization.data(withJSONObject: object)
            try data.write(to: directory.appendingPathComponent(String(format: "doc-%04d.json", document)))
        }
    }

    /// Rows per table, as `mkb stats` reports them.
    static func counts(_ workspace: Workspace, database: String) throws -> String {
        let result = try workspace.run(["stats", "--format", "csv", "--db", database], database: false)
        #expect(result.status == 0, "\(result.error)")
        return result.output
    }

    @Test func killedImportsLeaveEitherBeforeOrAfter() throws {
        let workspace = try Workspace()
        let input = workspace.directory.appendingPathComponent("large")
        try CrashRecoveryTests.writeLargeInput(to: input, documents: 120)
        let before = try CrashRecoveryTests.counts(workspace, database: Workspace.databaseName)

        // One complete import, timed, gives the "after" state and the window to kill in.
        let complete = workspace.directory.appendingPathComponent("complete.sqlite")
        try FileManager.default.copyItem(at: workspace.databaseURL, to: complete)
        let started = Date()
        let full = try workspace.run(["import", input.path, "--db", complete.lastPathComponent], database: false)
        let duration = Date().timeIntervalSince(started)
        #expect(full.status == 0, "\(full.error)")
        let after = try CrashRecoveryTests.counts(workspace, database: complete.lastPathComponent)
        #expect(before != after)

        var random = SystemRandomNumberGenerator()
        var outcomes = (before: 0, after: 0)
        for trial in 0..<20 {
            let name = "trial-\(trial).sqlite"
            let trialURL = workspace.directory.appendingPathComponent(name)
            try FileManager.default.copyItem(at: workspace.databaseURL, to: trialURL)
            let process = Process()
            process.executableURL = MKB.binary
            process.arguments = ["import", input.path, "--db", name]
            process.currentDirectoryURL = workspace.directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // Anywhere from start-up to just past the end of a complete import.
            Thread.sleep(forTimeInterval: Double.random(in: 0...(duration * 1.1), using: &random))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()

            let check = try workspace.run(["check", "--db", name], database: false)
            #expect(check.status == 0, "trial \(trial): mkb check failed: \(check.output) \(check.error)")
            let counts = try CrashRecoveryTests.counts(workspace, database: name)
            if counts == before { outcomes.before += 1 } else if counts == after { outcomes.after += 1 } else {
                Issue.record("trial \(trial): the database holds a state between before and after:\n\(counts)")
            }
            try? FileManager.default.removeItem(at: trialURL)
            for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: trialURL.path + suffix) }
        }
        #expect(outcomes.before + outcomes.after == 20)
        print("kill -9 trials: \(outcomes.before) before, \(outcomes.after) after (import took \(String(format: "%.2f", duration)) s)")
    }
}
