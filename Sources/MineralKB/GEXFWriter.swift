/// Writes an `ExportGraph` as GEXF 1.2 (http://gexf.net, namespace 1.2draft as Gephi and networkx expect), the format Gephi opens natively.
enum GEXFWriter {
    static func write(_ graph: ExportGraph) -> String {
        var lines = [
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
            "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">",
            "  <meta><creator>MineralKB</creator><description>Entities of the mineral sector and the sourced links between them</description></meta>",
            "  <graph mode=\"static\" defaultedgetype=\"directed\">",
            "    <attributes class=\"node\">",
        ]
        for attribute in ExportGraph.nodeAttributes {
            lines.append("      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.isNumber ? "double" : "string")\"/>")
        }
        lines.append("    </attributes>")
        lines.append("    <attributes class=\"edge\">")
        for attribute in ExportGraph.edgeAttributes {
            lines.append("      <attribute id=\"\(attribute.name)\" title=\"\(attribute.name)\" type=\"\(attribute.isNumber ? "double" : "string")\"/>")
        }
        lines.append("    </attributes>")
        lines.append("    <nodes>")
        for node in graph.nodes {
            lines.append("      <node id=\"n\(node.id)\" label=\"\(XMLText.escaped(node.name))\">")
            lines += attributeValues(ExportGraph.values(of: node), order: ExportGraph.nodeAttributes.map(\.name))
            lines.append("      </node>")
        }
        lines.append("    </nodes>")
        lines.append("    <edges>")
        for edge in graph.edges {
            lines.append("      <edge id=\"e\(edge.id)\" source=\"n\(edge.from)\" target=\"n\(edge.to)\" label=\"\(XMLText.escaped(edge.label))\">")
            lines += attributeValues(ExportGraph.values(of: edge), order: ExportGraph.edgeAttributes.map(\.name))
            lines.append("      </edge>")
        }
        lines.append("    </edges>")
        lines.append("  </graph>")
        lines.append("</gexf>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func attributeValues(_ values: [String: String], order: [String]) -> [String] {
        let present = order.compactMap { name in values[name].map { (name, $0) } }
        guard !present.isEmpty else { return [] }
        return ["        <attvalues>"]
            + present.map { "          <attvalue for=\"\($0.0)\" value=\"\(XMLText.escaped($0.1))\"/>" }
            + ["        </attvalues>"]
    }
}
