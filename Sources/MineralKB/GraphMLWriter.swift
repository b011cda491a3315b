/// Writes an `ExportGraph` as GraphML (http://graphml.graphdrawing.org), read by yEd, networkx,
/// Cytoscape and Neo4j. Every node also carries its name as `label`.
enum GraphMLWriter {
    static func write(_ graph: ExportGraph) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"",
            "         xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">",
            "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>",
        ]
        for attribute in ExportGraph.nodeAttributes {
            lines.append("  <key id=\"node_\(attribute.name)\" for=\"node\" attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.isNumber ? "double" : "string")\"/>")
        }
        lines.append("  <key id=\"edge_label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>")
        for attribute in ExportGraph.edgeAttributes {
            lines.append("  <key id=\"edge_\(attribute.name)\" for=\"edge\" attr.name=\"\(attribute.name)\" attr.type=\"\(attribute.isNumber ? "double" : "string")\"/>")
        }
        lines.append("  <graph id=\"mineralkb\" edgedefault=\"directed\">")
        for node in graph.nodes {
            lines.append("    <node id=\"n\(node.id)\">")
            lines.append("      <data key=\"label\">\(XMLText.escaped(node.name))</data>")
            lines += data(ExportGraph.values(of: node), prefix: "node_", order: ExportGraph.nodeAttributes.map(\.name))
            lines.append("    </node>")
        }
        for edge in graph.edges {
            lines.append("    <edge id=\"e\(edge.id)\" source=\"n\(edge.from)\" target=\"n\(edge.to)\">")
            lines.append("      <data key=\"edge_label\">\(XMLText.escaped(edge.label))</data>")
            lines += data(ExportGraph.values(of: edge), prefix: "edge_", order: ExportGraph.edgeAttributes.map(\.name))
            lines.append("    </edge>")
        }
        lines.append("  </graph>")
        lines.append("</graphml>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func data(_ values: [String: String], prefix: String, order: [String]) -> [String] {
        order.compactMap { name in values[name].map { "      <data key=\"\(prefix)\(name)\">\(XMLText.escaped($0))</data>" } }
    }
}
