import Foundation
import Testing

/// The database file is never lost nor half-made (issue 9, items 1, 3 and 4): a failing import removes
/// nothing another process made, `--db` is always a regular file, and creating a base is atomic.
@Suite(.serialized) struct DatabaseFileTests {
    /// Starts mkb without waiting for it; its standard error goes to a file read by `finish`.
    private func start(_ arguments: [String], in directory: URL) throws -> (process: Process, errors: URL) {
        let process = Process()
        process.executableURL = MKB.binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let errors = directory.appendingPathComponent(".err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        return (process, errors)
    }

    private func finish(_ started: (process: Process, errors: URL)) -> (status: Int32, error: String) {
        started.process.waitUntilExit()
        let error = (try? String(contentsOf: started.errors, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: started.errors)
        return (started.process.terminationStatus, error)
    }

    /// Files in the workspace other than the test's own inputs and outputs, and the WAL files of the
    /// databases kept (SQLite's own, left by a process killed with the database open).
    private func leftovers(in workspace: Workspace, except kept: Set<String>) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path).filter { name in
            let base = name.hasSuffix("-wal") || name.hasSuffix("-shm") ? String(name.dropLast(4)) : name
            return !kept.contains(base) && !name.hasPrefix(".out-") && !name.hasPrefix(".err-")
        }.sorted()
    }

    // MARK: - Item 1: a failing import deletes nothing it did not make alone

    @Test func aFailingImportNeverRemovesAnotherImportsDatabase() throws {
        let workspace = try Workspace(withFixtures: false)
        let big = workspace.directory.appendingPathComponent("big")
        try CrashRecoveryTests.writeLargeInput(to: big, documents: 40)
        let bad = workspace.directory.appendingPathComponent("bad")
        try CrashRecoveryTests.writeLargeInput(to: bad, documents: 10)
        try Data(#"{"source": {"title": "Bad"}, "links": [{"from": "Nobody", "relation": "works_at", "to": "Nowhere Ltd"}]}"#.utf8)
            .write(to: bad.appendingPathComponent("zz-bad.json"))

        // The state `big` alone makes, to compare each trial with.
        let alone = try workspace.run(["import", big.path, "--db", "alone.sqlite"], database: false)
        try #require(alone.status == 0, "\(alone.error)")
        let expected = try CrashRecoveryTests.counts(workspace, database: "alone.sqlite")

        // The bad import starts first (as in the report), or the good one does, by up to 100 ms either way.
        let delays = [0.05, 0.0, 0.1, -0.05, -0.02, 0.08]
        var kept = 0
        for (trial, delay) in delays.enumerated() {
            let name = "n-\(trial).sqlite"
            let first = delay >= 0 ? ["import", bad.path, "--db", name] : ["import", big.path, "--db", name]
            let second = delay >= 0 ? ["import", big.path, "--db", name] : ["import", bad.path, "--db", name]
            let one = try start(first, in: workspace.directory)
            Thread.sleep(forTimeInterval: abs(delay))
            let two = try start(second, in: workspace.directory)
            let (badResult, bigResult) = delay >= 0 ? (finish(one), finish(two)) : (finish(two), finish(one))
            #expect(badResult.status == 1, "trial \(trial): the bad import: \(badResult.error)")
            #expect(bigResult.status == 0, "trial \(trial): the good import: \(bigResult.error)")
            #expect(workspace.fileExists(name), "trial \(trial): the good import's database was removed")
            if workspace.fileExists(name) {
                let check = try workspace.run(["check", "--db", name], database: false)
                #expect(check.status == 0, "trial \(trial): \(check.output) \(check.error)")
                #expect(try CrashRecoveryTests.counts(workspace, database: name) == expected, "trial \(trial)")
                kept += 1
            }
        }
        #expect(kept == delays.count)
        let stray = try leftovers(in: workspace, except: Set(["big", "bad", "alone.sqlite"] + delays.indices.map { "n-\($0).sqlite" }))
        #expect(stray.isEmpty, "files left behind: \(stray)")
        print("concurrent-import trials: \(kept) of \(delays.count) kept the good import's database; nothing deleted")
    }

    @Test func aFailingImportIntoAnExistingDatabaseLeavesIt() throws {
        let workspace = try Workspace()
        let before = try Data(contentsOf: workspace.databaseURL)
        let bad = workspace.directory.appendingPathComponent("bad.json")
        try Data(#"{"source": {"title": "Bad"}, "links": [{"from": "Nobody", "relation": "works_at", "to": "Nowhere Ltd"}]}"#.utf8).write(to: bad)
        let result = try workspace.run("import", bad.path)
        #expect(result.status == 1)
        #expect(workspace.fileExists(Workspace.databaseName))
        #expect(try workspace.run("check").status == 0)
        #expect(try Data(contentsOf: workspace.databaseURL).count == before.count)
    }

    // MARK: - Item 3: --db is a regular file, never a URI or a special name

    @Test func uriAndMemoryNamesAreRefused() throws {
        let workspace = try Workspace(withFixtures: false)
        let other = workspace.directory.appendingPathComponent("other.sqlite")
        try SQLite3Shell.execute("CREATE TABLE notes(text); INSERT INTO notes VALUES ('mine')", database: other)
        let before = try Data(contentsOf: other)
        for path in ["file:other.sqlite", "file:x.sqlite?mode=memory", ":memory:", "file::memory:"] {
            for arguments in [["import", MKB.fixtures.path], ["init"], ["stats"], ["sql", "SELECT 1"]] {
                let viaOption = try workspace.run(arguments + ["--db", path], database: false)
                #expect(viaOption.status == 1, "\(arguments) --db \(path): exit \(viaOption.status)")
                #expect(viaOption.error.contains("cannot be a database file"), "\(arguments) --db \(path): \(viaOption.error)")
                let viaEnvironment = try workspace.run(arguments, database: false, environment: ["MKB_DB": path])
                #expect(viaEnvironment.status == 1, "\(arguments) MKB_DB=\(path): exit \(viaEnvironment.status)")
                #expect(viaEnvironment.error.contains("cannot be a database file"), "\(arguments) MKB_DB=\(path): \(viaEnvironment.error)")
            }
        }
        #expect(try Data(contentsOf: other) == before)
        #expect(try leftovers(in: workspace, except: ["other.sqlite"]).isEmpty)
        // A file whose name starts with file: is still reachable, as a path.
        let prefixed = try workspace.run(["init", "--db", "./file:kb.sqlite"], database: false)
        #expect(prefixed.status == 0, "\(prefixed.error)")
        #expect(workspace.fileExists("file:kb.sqlite"))
    }

    /// Before the fix, opening the FIFO blocked forever (the limit is generous for the sanitized build).
    @Test(.timeLimit(.minutes(5))) func fifosDevicesAndDirectoriesAreRefused() throws {
        let workspace = try Workspace(withFixtures: false)
        let fifo = workspace.directory.appendingPathComponent("pipe.sqlite")
        #expect(mkfifo(fifo.path, 0o644) == 0)
        try FileManager.default.createDirectory(at: workspace.directory.appendingPathComponent("folder.sqlite"), withIntermediateDirectories: false)
        let journalExisted = FileManager.default.fileExists(atPath: "/dev/null-journal")
        for (path, kind) in [("pipe.sqlite", "FIFO"), ("/dev/null", "character device"), ("folder.sqlite", "directory")] {
            for arguments in [["import", MKB.fixtures.path], ["init"], ["stats"], ["check"]] {
                let result = try workspace.run(arguments + ["--db", path], database: false)
                #expect(result.status == 1, "\(arguments) --db \(path): exit \(result.status)")
                #expect(result.error.contains(kind), "\(arguments) --db \(path): \(result.error)")
            }
        }
        if !journalExisted && FileManager.default.fileExists(atPath: "/dev/null-journal") {
            try? FileManager.default.removeItem(atPath: "/dev/null-journal")
            Issue.record("mkb left /dev/null-journal beside the device")
        }
        #expect(try leftovers(in: workspace, except: ["pipe.sqlite", "folder.sqlite"]).isEmpty)
    }

    @Test func aSymbolicLinkLoopIsNamed() throws {
        let workspace = try Workspace(withFixtures: false)
        try FileManager.default.createSymbolicLink(atPath: workspace.directory.appendingPathComponent("loop.sqlite").path,
                                                   withDestinationPath: "loop.sqlite")
        for arguments in [["import", MKB.fixtures.path], ["stats"]] {
            let result = try workspace.run(arguments + ["--db", "loop.sqlite"], database: false)
            #expect(result.status == 1)
            #expect(result.error.contains("loop.sqlite") && result.error.contains("loop of symbolic links"), "\(result.error)")
        }
    }

    // MARK: - Item 4: creating a base is atomic

    @Test func anInterruptedFirstImportLeavesNoFileOrACompleteOne() throws {
        let workspace = try Workspace(withFixtures: false)
        let input = workspace.directory.appendingPathComponent("large")
        try CrashRecoveryTests.writeLargeInput(to: input, documents: 40)
        let started = Date()
        let complete = try workspace.run(["import", input.path, "--db", "complete.sqlite"], database: false)
        let duration = Date().timeIntervalSince(started)
        try #require(complete.status == 0, "\(complete.error)")
        let after = try CrashRecoveryTests.counts(workspace, database: "complete.sqlite")

        var random = SystemRandomNumberGenerator()
        var outcomes = (none: 0, complete: 0)
        let trials = 12
        for trial in 0..<trials {
            let name = "new-\(trial).sqlite"
            let run = try start(["import", input.path, "--db", name], in: workspace.directory)
            // The first six in the 10–90 ms of the report (migration); the rest anywhere in the import.
            let wait = trial < 6 ? Double.random(in: 0.01...0.09, using: &random) : Double.random(in: 0...(duration * 1.1), using: &random)
            Thread.sleep(forTimeInterval: wait)
            kill(run.process.processIdentifier, trial % 3 == 2 ? SIGKILL : SIGINT)
            let result = finish(run)
            if workspace.fileExists(name) {
                let check = try workspace.run(["check", "--db", name], database: false)
                #expect(check.status == 0, "trial \(trial) (exit \(result.status)): \(check.output) \(check.error)")
                #expect(try CrashRecoveryTests.counts(workspace, database: name) == after, "trial \(trial): a file that is not complete")
                outcomes.complete += 1
            } else {
                outcomes.none += 1
            }
            // Ctrl-C also removes the file the new base was being built in; kill -9 cannot (it is hidden, and named so).
            let killed = (0...trial).filter { $0 % 3 == 2 }.map { ".new-\($0).sqlite.mkb-new-" }
            let stray = try leftovers(in: workspace, except: Set(["large", "complete.sqlite"] + (0...trial).map { "new-\($0).sqlite" }))
                .filter { name in !killed.contains { name.hasPrefix($0) } }
            #expect(stray.isEmpty, "trial \(trial): files left behind: \(stray)")
        }
        print("interrupted first imports: \(outcomes.none) left no file, \(outcomes.complete) a complete one (import took \(String(format: "%.2f", duration)) s)")
    }

    @Test func anInterruptedInitLeavesNoFileOrACompleteOne() throws {
        let workspace = try Workspace(withFixtures: false)
        var killed: [String] = []
        for trial in 0..<8 {
            let name = "init-\(trial).sqlite"
            let run = try start(["init", "--db", name], in: workspace.directory)
            Thread.sleep(forTimeInterval: 0.01 + 0.012 * Double(trial))
            let signal = trial % 2 == 0 ? SIGINT : SIGKILL
            kill(run.process.processIdentifier, signal)
            _ = finish(run)
            if signal == SIGKILL { killed.append(".\(name).mkb-new-") }
            if workspace.fileExists(name) {
                let stats = try workspace.run(["stats", "--db", name], database: false)
                #expect(stats.status == 0, "trial \(trial): a file that is not complete: \(stats.error)")
            }
            let stray = try leftovers(in: workspace, except: Set((0...trial).map { "init-\($0).sqlite" }))
                .filter { name in !killed.contains { name.hasPrefix($0) } }
            #expect(stray.isEmpty, "trial \(trial): files left behind: \(stray)")
        }
    }
}

/// Documents that are not files get a message naming the path and the problem (issue 9, smaller items).
@Suite struct DocumentPathTests {
    @Test(.timeLimit(.minutes(5))) func loopsFoldersNamedLikeDocumentsAndFIFOsAreNamed() throws {
        let workspace = try Workspace()
        let folder = workspace.directory.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.json"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop.json").path, withDestinationPath: "loop.json")
        #expect(mkfifo(folder.appendingPathComponent("pipe.json").path, 0o644) == 0)
        try FileManager.default.copyItem(at: MKB.fixtures.appendingPathComponent("000_aaa72656d35a8edd.json"),
                                         to: folder.appendingPathComponent("000.json"))
        let result = try workspace.run("import", folder.path)
        #expect(result.status == 1)
        #expect(result.error.contains("loop.json: $: a loop of symbolic links"), "\(result.error)")
        #expect(result.error.contains("x.json: $: it is a directory, not a document"), "\(result.error)")
        #expect(result.error.contains("pipe.json: $: it is a FIFO (named pipe)"), "\(result.error)")
        #expect(!result.error.contains("NSCocoaErrorDomain") && !result.error.contains("permission"))
        let direct = try workspace.run("import", folder.appendingPathComponent("pipe.json").path)
        #expect(direct.status == 1)
        #expect(direct.error.contains("FIFO"), "\(direct.error)")
    }
}
