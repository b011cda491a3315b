import Foundation
import Testing

/// Issue 13.2: every example in the README runs as printed, and the tour's output fits an 80-column terminal.
@Suite struct ReadmeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// One fenced block of the README.
    struct Block {
        let language: String
        let lines: [String]
    }

    static func blocks() throws -> [Block] {
        let text = try String(contentsOf: repository.appendingPathComponent("README.md"), encoding: .utf8)
        var blocks: [Block] = []
        var current: (language: String, lines: [String])?
        for line in text.components(separatedBy: "\n") {
            if line.hasPrefix("```") {
                if let open = current {
                    blocks.append(Block(language: open.language, lines: open.lines))
                    current = nil
                } else {
                    current = (String(line.dropFirst(3)), [])
                }
            } else if current != nil {
                current?.lines.append(line)
            }
        }
        return blocks
    }

    /// The command lines the test does not run, each with the reason; every one must still be in the README.
    static let notRun: [String: String] = [
        "swift test": "the test suite itself, of which this test is part",
        #"swift build && export PATH="$PWD/.build/debug:$PATH"    # or prefix each command with `swift run`"#:
            "the build: the test runs the mkb that `swift test` built, first on PATH",
        "$EDITOR draft.json                  # read every \"review\" note: keep, fix or delete what it proposes":
            "the reviewer's own step, in an editor",
        "swift build -c release --package-path Benchmarks && Benchmarks/.build/release/SQLiteBenchmark && Benchmarks/.build/release/KBBenchmark --scale large":
            "the benchmarks: about 10 minutes in release mode, never run as a test (BENCHMARKS.md has its figures)",
    ]

    @Test func everyCommandBlockRunsAsPrintedInAnEightyColumnTerminal() throws {
        try #require(TerminalRun.isAvailable, "script(1) is missing: install bsdutils")
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"),
                     "Graphviz is missing: the tour pipes its DOT export into dot (apt-get install graphviz)")
        let workspace = try Workspace(withFixtures: false)
        try FileManager.default.copyItem(at: MKB.fixtures, to: workspace.directory.appendingPathComponent("Fixtures"))
        var skipped: Set<String> = []
        var ran = 0
        let blocks = try ReadmeTests.blocks()
        #expect(blocks.filter { $0.language == "json" }.count == 1)
        for block in blocks {
            switch block.language {
            case "json":
                // The README names it: "Saved as `example.json`".
                try Data(block.lines.joined(separator: "\n").utf8).write(to: workspace.directory.appendingPathComponent("example.json"))
            case "sh":
                for line in block.lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                    if ReadmeTests.notRun[line] != nil {
                        skipped.insert(line)
                        continue
                    }
                    // `swift run mkb` builds mkb, then runs it: here it is built already.
                    let command = line.replacingOccurrences(of: "swift run mkb", with: "mkb")
                    #expect(!command.hasPrefix("swift"), "a swift command the test does not know: \(line)")
                    // A line whose comment ends "exit N" is expected to exit with N; the others succeed.
                    let expected: Int32 = line.range(of: #"exit \d$"#, options: .regularExpression)
                        .flatMap { Int32(line[$0].dropFirst(5)) } ?? 0
                    let screen = try TerminalRun.run(command, in: workspace.directory, columns: 80)
                    ran += 1
                    #expect(screen.status == expected, "\(line)\n\(screen.text)")
                    #expect(screen.linesWider(than: 80).isEmpty, "\(line): \(screen.linesWider(than: 80))")
                    #expect(!screen.text.contains("internal error"))
                }
            default:
                continue
            }
        }
        #expect(skipped == Set(ReadmeTests.notRun.keys))
        #expect(ran >= 14)
        #expect(workspace.fileExists("min.svg"))
        #expect(workspace.fileExists("example.sqlite"))
    }

    @Test func thePrintedImportErrorIsWhatMkbPrints() throws {
        let readme = try String(contentsOf: ReadmeTests.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let printed = try #require(try ReadmeTests.blocks().first { $0.language.isEmpty && $0.lines.first?.hasPrefix("error: import failed") == true })
        // The link the README describes in words: `{"from": ..., "to": "Atlantis"}`.
        let link = try #require(readme.range(of: #"`\{"from": [^`]*"Atlantis"\}`"#, options: .regularExpression))
        let workspace = try Workspace(withFixtures: false)
        let document = #"{"source": {"title": "A bad example"}, "links": ["# + readme[link].dropFirst().dropLast() + "]}"
        try Data(document.utf8).write(to: workspace.directory.appendingPathComponent("bad.json"))
        let seeded = try workspace.run("import", MKB.fixtures.path)
        #expect(seeded.status == 0)
        let result = try workspace.run("import", "bad.json")
        #expect(result.status == 1)
        for line in printed.lines where !line.isEmpty {
            #expect(result.error.contains(line), "README prints \(line); mkb printed \(result.error)")
        }
    }

    @Test func theLibraryExampleIsTheOneTheTestsRun() throws {
        let block = try #require(try ReadmeTests.blocks().first { $0.language == "swift" })
        let test = try String(contentsOf: ReadmeTests.repository.appendingPathComponent("Tests/MineralKBTests/ReadmeLibraryExampleTests.swift"),
                              encoding: .utf8)
        let testLines = test.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let code = block.lines.filter { !$0.isEmpty }
        for line in code where line.hasPrefix("import ") { #expect(testLines.contains(line), "\(line)") }
        let body = code.filter { !$0.hasPrefix("import ") }
        let first = try #require(body.first)
        let start = try #require(testLines.firstIndex(of: first))
        #expect(Array(testLines[start..<min(testLines.count, start + body.count)]) == body)
    }
}
