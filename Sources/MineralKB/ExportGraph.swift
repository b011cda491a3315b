/// The relationship graph as the graph file formats (GEXF, GraphML) see it: entities as nodes,
/// links as edges, each with the attributes a graph tool can filter and colour by.
struct ExportGraph {
    /// One entity.
    struct Node {
        var id: Int64
        var kind: EntityKind
        var name: String
        /// The kind's own type: organisation type, place type, project type or mineral group.
        var type: String?
        var isoCode: String?
        var description: String?
    }

    /// One link (one claim), with every source that backs it; reads the link's fields by name (`edge.role`).
    @dynamicMemberLookup
    struct Edge {
        var link: ExportedLink
        /// The labels of the sources that back the link, and the sentences they support it with.
        var sources: [String] = []
        var evidence: [String] = []

        subscript<Value>(dynamicMember field: KeyPath<ExportedLink, Value>) -> Value { link[keyPath: field] }
    }

    /// The attributes every node carries, in file order: (name, type in the file).
    static let nodeAttributes: [(name: String, isNumber: Bool)] = [
        ("kind", false), ("type", false), ("iso_code", false), ("description", false),
    ]

    /// The attributes every edge carries, in file order.
    static let edgeAttributes: [(name: String, isNumber: Bool)] = [
        ("relation", false), ("category", false), ("role", false), ("share_percent", true), ("quantity", true), ("unit", false),
        ("since", false), ("since_qualifier", false), ("until", false), ("until_qualifier", false), ("as_of", false),
        ("status", false), ("sources", false), ("evidence", false),
    ]

    var nodes: [Node] = []
    var edges: [Edge] = []

    /// A node's attribute values, by `nodeAttributes` name; nil when unknown.
    static func values(of node: Node) -> [String: String] {
        var values = ["kind": node.kind.rawValue]
        values["type"] = node.type
        values["iso_code"] = node.isoCode
        values["description"] = node.description
        return values
    }

    /// An edge's attribute values, by `edgeAttributes` name; nil when unknown. Several sources are
    /// joined with "; ", as spreadsheets and Gephi's data table show them.
    static func values(of edge: Edge) -> [String: String] {
        var values = ["relation": edge.relation, "category": edge.category, "status": edge.status]
        values["role"] = edge.role
        values["share_percent"] = edge.sharePercent.map(numberText)
        values["quantity"] = edge.quantity.map(numberText)
        values["unit"] = edge.unit
        values["since"] = edge.since
        values["since_qualifier"] = edge.sinceQualifier
        values["until"] = edge.until
        values["until_qualifier"] = edge.untilQualifier
        values["as_of"] = edge.asOf
        if !edge.sources.isEmpty { values["sources"] = edge.sources.joined(separator: "; ") }
        if !edge.evidence.isEmpty { values["evidence"] = edge.evidence.joined(separator: "; ") }
        return values
    }

    /// A number as the shortest text that reads back as the same Double: 40, 12.5.
    static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
