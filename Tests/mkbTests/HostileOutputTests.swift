import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Output that attacks its reader is defused (issue 9, items 2, 11 and 12): names carrying terminal
/// escapes, bidirectional overrides and line separators are shown escaped in every text format;
/// CSV cells that a spreadsheet would run as formulas are neutralised; SVG drawn from the DOT export
/// is well-formed XML; and an export never writes over the database.
@Suite struct HostileOutputTests {
    /// A workspace holding the fixtures plus `hostile-names.json`: names with ESC]0;…BEL (window
    /// title), ESC[2J (clear screen), ESC[8m (hidden text), U+202E, U+2028, U+0085, formulas and `&#27;`.
    private func hostileWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        let document = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("hostile-names.json")
        let imported = try workspace.run("import", document.path)
        #expect(imported.status == 0, "\(imported.error)")
        #expect(HostileOutputTests.rawEscapes(in: imported.standardOutput).isEmpty, "import summary: \(HostileOutputTests.rawEscapes(in: imported.standardOutput))")
        return workspace
    }

    /// The dangerous characters found raw in `data`, by code point.
    static func rawEscapes(in data: Data) -> [String] {
        let dangerous: Set<UInt32> = [0x1B, 0x07, 0x9B, 0x85, 0x202E, 0x2028, 0x2029, 0x2066, 0x200F]
        return String(decoding: data, as: UTF8.self).unicodeScalars.filter { dangerous.contains($0.value) }
            .map { String($0.value, radix: 16) }
    }

    @Test func everyTextFormatShowsEscapesInsteadOfObeyingThem() throws {
        let workspace = try hostileWorkspace()
        let runs: [[String]] = [
            ["firms", "--active-in", "Pakistan"], ["firms", "--active-in", "Pakistan", "--format", "markdown"],
            ["report", "Pakistan"], ["report", "Pakistan", "--format", "markdown"],
            ["sql", "SELECT name FROM organisations"], ["sql", "SELECT name FROM organisations", "--format", "markdown"],
            ["path", "Clear \u{1B}[2J Mining", "Karachi"],
        ]
        var checked = 0
        for arguments in runs {
            let result = try workspace.run(arguments)
            #expect(HostileOutputTests.rawEscapes(in: result.standardOutput).isEmpty, "\(arguments): \(HostileOutputTests.rawEscapes(in: result.standardOutput))")
            #expect(HostileOutputTests.rawEscapes(in: result.standardError).isEmpty, "\(arguments) errors")
            checked += 1
        }
        let table = try workspace.run("firms", "--active-in", "Pakistan")
        #expect(table.output.contains("Evil \\u{1B}]0;pwned\\u{7} Ltd"))
        #expect(table.output.contains("Rev \\u{202E}desrever Ltd"))
        // Error messages name what was asked for, escaped too.
        let unknown = try workspace.run("report", "Nobody \u{1B}[2J\u{202E} Ltd")
        #expect(unknown.status == 1)
        #expect(HostileOutputTests.rawEscapes(in: unknown.standardError).isEmpty)
        #expect(unknown.error.contains("\\u{1B}[2J"), "\(unknown.error)")
        print("escape sequences neutralised in \(checked + 1) outputs (table, markdown, text report, markdown report, path, errors, import summary)")
    }

    @Test func csvCellsThatWouldRunAsFormulasAreNeutralised() throws {
        let workspace = try hostileWorkspace()
        let guarded = try workspace.run("firms", "--active-in", "Pakistan", "--format", "csv")
        #expect(guarded.output.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), "\(guarded.output)")
        #expect(!guarded.output.contains(",=") && !guarded.output.contains("\n="))
        let raw = try workspace.run("firms", "--active-in", "Pakistan", "--format", "csv", "--no-formula-guard")
        #expect(raw.output.contains("\"=HYPERLINK("))

        let export = try workspace.run("export", "--format", "csv", "--output", "tables")
        #expect(export.status == 0, "\(export.error)")
        let entities = try String(contentsOf: workspace.directory.appendingPathComponent("tables/entities.csv"), encoding: .utf8)
        for name in ["'=HYPERLINK(", "'@SUM(A1) Corp", "'+Plus Ltd", "'-Minus Ltd"] {
            #expect(entities.contains(name), "\(name)")
        }
        // Numbers are never changed: a negative number stays a number.
        let numbers = try workspace.run("sql", "SELECT -7 AS n, '=1+1' AS f", "--format", "csv")
        #expect(numbers.output == "n,f\n-7,=1+1\n", "mkb sql keeps sqlite3's bytes")
    }

    @Test func svgFromTheDOTExportIsWellFormedXML() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") else {
            Issue.record("Graphviz (dot) is missing: apt-get install graphviz (.ci/run installs it)")
            return
        }
        let workspace = try hostileWorkspace()
        let exported = try workspace.run("export", "--format", "dot", "--output", "graph.dot")
        #expect(exported.status == 0, "\(exported.error)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg", workspace.directory.appendingPathComponent("graph.dot").path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let parser = XMLParser(data: svg)
        #expect(parser.parse(), "SVG is not well-formed: \(String(describing: parser.parserError))")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("Evil \\u{1B}]0;pwned\\u{7} Ltd"))
        #expect(text.contains("Amp &amp;#27; Entity &amp; Co"))
    }

    @Test func anExportNeverWritesOverTheDatabase() throws {
        let workspace = try Workspace()
        let before = try Data(contentsOf: workspace.databaseURL)
        try FileManager.default.createSymbolicLink(atPath: workspace.directory.appendingPathComponent("link.dot").path,
                                                   withDestinationPath: Workspace.databaseName)
        try FileManager.default.createDirectory(at: workspace.directory.appendingPathComponent("sub"), withIntermediateDirectories: false)
        for output in [Workspace.databaseName, "./\(Workspace.databaseName)", "\(Workspace.databaseName)-wal", "\(Workspace.databaseName)-shm",
                       "link.dot", "sub/../\(Workspace.databaseName)", workspace.databaseURL.path] {
            let result = try workspace.run("export", "--format", "dot", "--output", output)
            #expect(result.status == 1, "--output \(output): exit \(result.status)")
            #expect(result.error.contains("is the database"), "--output \(output): \(result.error)")
        }
        #expect(try Data(contentsOf: workspace.databaseURL) == before)
        // A real export leaves its file and no temporary one.
        let good = try workspace.run("export", "--format", "dot", "--output", "graph.dot")
        #expect(good.status == 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.path)
        #expect(!names.contains { $0.contains(".mkb-tmp-") }, "\(names)")
        #expect(try String(contentsOf: workspace.directory.appendingPathComponent("graph.dot"), encoding: .utf8).hasSuffix("}\n"))
    }
}
