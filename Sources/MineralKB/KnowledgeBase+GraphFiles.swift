import SQLite

extension KnowledgeBase {
    /// The graph as GEXF 1.2 (Gephi's format): entities as nodes with their kind and type, links as
    /// directed edges with relation, role, share, dates, status and sources as attributes. With
    /// `entityName`, only its neighbourhood to `depth`.
    public func exportGEXF(around entityName: String? = nil, depth: Int = 1) throws -> String {
        GEXFWriter.write(try exportGraph(around: entityName, depth: depth))
    }

    /// The graph as GraphML (yEd, networkx, Cytoscape, Neo4j's APOC): the same nodes, edges and
    /// attributes as `exportGEXF`.
    public func exportGraphML(around entityName: String? = nil, depth: Int = 1) throws -> String {
        GraphMLWriter.write(try exportGraph(around: entityName, depth: depth))
    }

    /// Every link with its two ends (or those of one entity's neighbourhood), and every other entity
    /// a source reports: reference data that nothing links to is left out.
    func exportGraph(around entityName: String?, depth: Int) throws -> ExportGraph {
        let scope = try entityName.map { try exportScope(around: $0, depth: depth) }
        return try KnowledgeBase.wrap {
            var graph = ExportGraph()
            var edgeIndex: [Int64: Int] = [:]
            try ExportedLink.forEach(in: database, scope: scope, withMinerals: true) { link in
                edgeIndex[link.id] = graph.edges.count
                graph.edges.append(ExportGraph.Edge(link: link))
            }
            try database.forEachRow(sql: """
                SELECT ls.link_id, s.label, ls.evidence FROM link_sources AS ls JOIN sources AS s ON s.id = ls.source_id
                ORDER BY ls.link_id, s.id
                """) { row in
                guard let index = edgeIndex[try row[0]] else { return }
                graph.edges[index].sources.append(try row[1])
                if let evidence: String = try row[2] { graph.edges[index].evidence.append(evidence) }
            }
            var wanted = Set(graph.edges.flatMap { [$0.from, $0.to] })
            if let scope {
                wanted.formUnion(scope.entities)
            } else {
                try database.forEachRow(sql: "SELECT DISTINCT entity_id FROM entity_sources") { row in wanted.insert(try row[0]) }
            }
            try database.forEachRow(sql: """
                SELECT e.id, e.kind, e.name, e.description,
                       coalesce(o.organisation_type, p.place_type, pr.project_type, m.mineral_group), p.iso_code
                FROM entities AS e
                LEFT JOIN organisations AS o ON o.id = e.id LEFT JOIN places AS p ON p.id = e.id
                LEFT JOIN projects AS pr ON pr.id = e.id LEFT JOIN minerals AS m ON m.id = e.id
                ORDER BY e.id
                """) { row in
                let id: Int64 = try row[0]
                guard wanted.contains(id), let kind = EntityKind(rawValue: try row[1]) else { return }
                graph.nodes.append(ExportGraph.Node(id: id, kind: kind, name: try row[2], type: try row[4], isoCode: try row[5],
                                                   description: try row[3]))
            }
            return graph
        }
    }
}
