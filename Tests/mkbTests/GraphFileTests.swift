import Foundation
import Testing

/// `mkb export --format gexf|graphml`, read back by the real networkx.
@Suite(.enabled(if: PeerTools.areInstalled, PeerTools.installHint))
struct GraphFileTests {
    struct Graph {
        var nodes: [String: [String: Any]]
        var edges: [(from: String, to: String, attributes: [String: Any])]

        func node(labelled name: String) -> (id: String, attributes: [String: Any])? {
            nodes.first { $0.value["label"] as? String == name }.map { ($0.key, $0.value) }
        }
    }

    /// Exports `format` from the workspace and reads it with networkx.
    static func exportAndRead(_ format: String, in workspace: Workspace, extra: [String] = []) throws -> Graph {
        let file = "kb.\(format)"
        let export = try workspace.run(["export", "--format", format, "--output", file] + extra)
        #expect(export.status == 0, "\(export.error)")
        let read = try PeerTools.script("graph_read.py", [format, file], in: workspace.directory)
        #expect(read.status == 0, "networkx could not read the \(format) file: \(read.error)")
        let object = try PeerTools.json(read) as? [String: Any] ?? [:]
        #expect(object["directed"] as? Bool == true)
        let edges = (object["edges"] as? [[Any]] ?? []).map { edge in
            (from: edge[0] as? String ?? "", to: edge[1] as? String ?? "", attributes: edge[2] as? [String: Any] ?? [:])
        }
        return Graph(nodes: object["nodes"] as? [String: [String: Any]] ?? [:], edges: edges)
    }

    @Test(arguments: ["gexf", "graphml"])
    func networkxReadsKindsRelationsSharesDatesAndSources(format: String) throws {
        let workspace = try Workspace()
        let graph = try GraphFileTests.exportAndRead(format, in: workspace)
        let firm = try #require(graph.node(labelled: "Jiaozuo Creation Heavy Industry Co Ltd"))
        #expect(firm.attributes["kind"] as? String == "organisation")
        #expect(firm.attributes["type"] as? String == "company")
        let project = try #require(graph.node(labelled: "Example Valley Copper Project"))
        #expect(project.attributes["kind"] as? String == "project")
        #expect(project.attributes["type"] as? String == "deposit")
        let pakistan = try #require(graph.node(labelled: "Pakistan"))
        #expect(pakistan.attributes["iso_code"] as? String == "PK")

        let stake = try #require(graph.edges.first { $0.from == firm.id && $0.to == project.id && $0.attributes["relation"] as? String == "owns" })
        #expect(stake.attributes["share_percent"] as? Double == 40)
        #expect(stake.attributes["since"] as? String == "2025")
        #expect(stake.attributes["category"] as? String == "stake")
        #expect((stake.attributes["sources"] as? String)?.hasPrefix("Illustrative fixture") == true)
        #expect(stake.attributes["evidence"] as? String == "illustrative: the firm holds the remaining 40%")

        // Two sources, two start years for the same presence: both claims are edges.
        let engaged = graph.edges.filter { $0.from == firm.id && $0.to == pakistan.id && $0.attributes["relation"] as? String == "operates_in" }
        #expect(Set(engaged.compactMap { $0.attributes["since"] as? String }) == ["2006", "2004"])
        #expect(engaged.contains { $0.attributes["since_qualifier"] as? String == "before" })
        // Reference data nothing links to stays out.
        #expect(graph.node(labelled: "Zimbabwe") == nil)
    }

    @Test(arguments: ["gexf", "graphml"])
    func markupInNamesIsEscapedAndControlCharactersReplaced(format: String) throws {
        let workspace = try Workspace(withFixtures: false)
        let name = "Evil <b>&amp; \"Co\" 'Ltd'\u{1}"
        let document: [String: Any] = [
            "source": ["type": "other", "title": "Hostile </graphml> names", "reference": "hostile-1"],
            "organisations": [["name": name, "type": "company"]],
            "links": [["from": name, "relation": "operates_in", "to": "Pakistan", "role": "<script>alert(1)</script>\nnext line"]],
        ]
        try JSONSerialization.data(withJSONObject: document).write(to: workspace.directory.appendingPathComponent("hostile.json"))
        #expect(try workspace.run("import", "hostile.json").status == 0)
        let graph = try GraphFileTests.exportAndRead(format, in: workspace)
        let node = try #require(graph.node(labelled: "Evil <b>&amp; \"Co\" 'Ltd'\u{FFFD}"))
        let edge = try #require(graph.edges.first { $0.from == node.id })
        #expect(edge.attributes["role"] as? String == "<script>alert(1)</script>\nnext line")
    }

    @Test(arguments: ["gexf", "graphml"])
    func neighbourhoodKeepsOnlyWhatIsNear(format: String) throws {
        let workspace = try Workspace()
        let graph = try GraphFileTests.exportAndRead(format, in: workspace, extra: ["--entity", "Min Ziheng"])
        #expect(graph.node(labelled: "Min Ziheng") != nil)
        #expect(graph.node(labelled: "Jiaozuo Creation Heavy Industry Co Ltd") != nil)
        #expect(graph.node(labelled: "Example Valley Copper Project") == nil)
        #expect(graph.edges.contains { $0.attributes["relation"] as? String == "works_at" && $0.attributes["role"] as? String == "Director Marketing Planning" })
    }
}
