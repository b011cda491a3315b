import Foundation
import Testing

/// Issue 13.8 and 13.9: a DOT export that explains itself, and CSV exports without internal keys.
@Suite struct ExportPictureTests {
    @Test func dotEdgesAreClaimsInWordsWithALegend() throws {
        let workspace = try Workspace()
        let result = try workspace.run("export", "--format", "dot", "--entity", "JCHI")
        #expect(result.status == 0)
        let dot = result.output
        // Two operates_in claims that differ by their dates are two edges that say so.
        let operates = dot.split(separator: "\n").filter { $0.contains("label=\"operates in") }
        #expect(operates.count == 2)
        #expect(Set(operates.map { String($0.split(separator: "[")[1]) }).count == 2)
        #expect(dot.contains("since 2006 or before"))
        #expect(dot.contains("owns\\n40%\\nsince 2025"))
        #expect(dot.contains("subgraph cluster_legend"))
        #expect(dot.contains("legend_project [label=\"project\", shape=component"))
        #expect(!dot.contains("[label=\"is part of\""))
        let withHierarchy = try workspace.run("export", "--format", "dot", "--entity", "JCHI", "--include", "hierarchy")
        #expect(withHierarchy.output.contains("[label=\"is part of\", style=dashed"))
        #expect(try workspace.run("export", "--format", "dot", "--include", "rivers").status == 2)
    }

    @Test func graphvizDrawsTheExport() throws {
        try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/dot"), "Graphviz is missing: apt-get install graphviz")
        let workspace = try Workspace()
        let exported = try workspace.run("export", "--format", "dot", "--entity", "JCHI", "--depth", "2", "--include", "hierarchy",
                                          "--output", "jchi.dot")
        #expect(exported.status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
        process.arguments = ["-Tsvg", "-o", "jchi.svg", "jchi.dot"]
        process.currentDirectoryURL = workspace.directory
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let warnings = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(warnings.isEmpty, "\(warnings)")
        let svg = try String(contentsOf: workspace.directory.appendingPathComponent("jchi.svg"), encoding: .utf8)
        #expect(svg.contains("Legend"))
        #expect(svg.contains("is a contractor for"))
    }

    @Test func csvExportsHoldNoInternalKeysNorControlCharacters() throws {
        let workspace = try Workspace()
        let result = try workspace.run("export", "--format", "csv", "--output", "tables")
        #expect(result.status == 0)
        let links = try String(contentsOf: workspace.directory.appendingPathComponent("tables/links.csv"), encoding: .utf8)
        #expect(!links.contains("claim_key"))
        #expect(links.hasPrefix("id,"))
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.directory.appendingPathComponent("tables").path)
        #expect(files.count > 10)
        for file in files {
            let data = try Data(contentsOf: workspace.directory.appendingPathComponent("tables/\(file)"))
            #expect(!data.contains(0x1F), "\(file) holds a U+001F separator")
        }
    }
}
