import Foundation
import TestSupport
import Testing

/// The build tool that embeds Schema/*.sql checks the scripts' names, so a misnamed or misnumbered
/// migration fails the build instead of reaching users with a wrong version.
@Suite struct EmbedSchemaTests {
    private let tool = MKB.builtProduct("embed-schema")

    /// Runs the tool on scripts named `names` (each holding a trivial statement) in a fresh directory.
    private func embed(_ names: [String]) throws -> (status: Int32, error: String, output: String) {
        try withTemporaryDirectory(prefix: "embed-schema") { directory in
            for name in names { try Data("SELECT 1;\n".utf8).write(to: directory.url.appendingPathComponent(name)) }
            let process = Process()
            process.executableURL = tool
            process.arguments = [directory.path("Embedded.swift")] + names.map(directory.path)
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let output = (try? String(contentsOfFile: directory.path("Embedded.swift"), encoding: .utf8)) ?? ""
            return (process.terminationStatus, message, output)
        }
    }

    @Test func wellNamedScriptsAreEmbeddedWithTheirVersionsAndNames() throws {
        let result = try embed(["0001_core.sql", "0002_more_tables.sql"])
        #expect(result.status == 0)
        #expect(result.output.contains("(1, \"core\", "))
        #expect(result.output.contains("(2, \"more_tables\", "))
    }

    /// An unchanged second run leaves the file as it was (same inode, same modification time), so the
    /// build after a clean one does not recompile MineralKB; a changed script rewrites it.
    @Test func anUnchangedSchemaLeavesTheGeneratedFileUntouched() throws {
        try withTemporaryDirectory(prefix: "embed-schema") { directory in
            let script = directory.path("0001_core.sql")
            let output = directory.path("Embedded.swift")
            try Data("SELECT 1;\n".utf8).write(to: URL(fileURLWithPath: script))
            func run() throws -> (inode: UInt64, modified: Date, text: String) {
                let process = Process()
                process.executableURL = tool
                process.arguments = [output, script]
                try process.run()
                process.waitUntilExit()
                #expect(process.terminationStatus == 0)
                let attributes = try FileManager.default.attributesOfItem(atPath: output)
                return ((attributes[.systemFileNumber] as? UInt64) ?? 0, (attributes[.modificationDate] as? Date) ?? .distantPast,
                        try String(contentsOfFile: output, encoding: .utf8))
            }
            let first = try run()
            // Older than any rewrite could be, so a rewrite shows even on a coarse-grained clock.
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: output)
            let second = try run()
            #expect(second.inode == first.inode)
            #expect(second.modified == Date(timeIntervalSince1970: 1_000_000))
            #expect(second.text == first.text)
            try Data("SELECT 2;\n".utf8).write(to: URL(fileURLWithPath: script))
            let third = try run()
            #expect(third.modified != Date(timeIntervalSince1970: 1_000_000))
            #expect(third.text.contains("SELECT 2;"))
        }
    }

    @Test(arguments: [
        (["0001_core.sql", "0003_gap.sql"], "migration number 3 where 2 was expected"),
        (["0001_core.sql", "0001_again.sql"], "where 2 was expected"),
        (["0002_late.sql"], "migration number 2 where 1 was expected"),
        (["001_short.sql"], "is named NNNN_name.sql"),
        (["0001-dash.sql"], "is named NNNN_name.sql"),
        (["0001_Upper.sql"], "is named NNNN_name.sql"),
        (["core.sql"], "is named NNNN_name.sql"),
    ])
    func misnamedOrMisnumberedScriptsFailNamingTheFile(names: [String], message: String) throws {
        let result = try embed(names)
        #expect(result.status == 1)
        #expect(result.error.contains(message))
        #expect(result.error.contains(".sql:"))
        #expect(result.output.isEmpty)
    }
}
