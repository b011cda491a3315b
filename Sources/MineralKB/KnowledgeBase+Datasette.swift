import Foundation

extension KnowledgeBase {
    /// A Datasette metadata file for this base (JSON): descriptions of its tables and views, the
    /// column that labels each row, facets, the quotes' full-text index, and canned queries (firms
    /// active in a place, a relationship report, quote search).
    ///
    /// Datasette names a database after its file: `databaseName` is that name (the file name without
    /// its extension: `kb` for `kb.sqlite`); by default, this base's.
    public func datasetteMetadata(databaseName: String? = nil) throws -> Data {
        let name = databaseName ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let catalog = try self.catalog()
        var tables: [String: DatasetteMetadata.Table] = [:]
        for table in catalog where table.kind != .virtualTable {
            let columns = Set(table.columns.map(\.name))
            var entry = DatasetteMetadata.Table()
            entry.description = DatasetteMetadata.descriptions[table.name]
            entry.label_column = DatasetteMetadata.labelColumns[table.name].flatMap { columns.contains($0) ? $0 : nil }
            let facets = (DatasetteMetadata.facets[table.name] ?? []).filter(columns.contains)
            entry.facets = facets.isEmpty ? nil : facets
            if table.name == "quotes" {
                entry.fts_table = "quotes_fts"
                entry.fts_pk = "id"
            }
            tables[table.name] = entry
        }
        let database = DatasetteMetadata.Database(
            description: "MineralKB knowledge base (schema version \(KnowledgeBase.schemaVersion)). Start with the views: firm_presence, quote_details, link_details.",
            tables: tables, queries: DatasetteMetadata.queries)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(DatasetteMetadata(databases: [name: database]))
    }
}
