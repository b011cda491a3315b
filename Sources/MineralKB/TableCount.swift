/// How many rows one table holds.
public struct TableCount: Hashable, Codable, Sendable {
    public let table: String
    public let kind: CatalogTable.Kind
    public let rows: Int

    public init(table: String, kind: CatalogTable.Kind, rows: Int) {
        self.table = table
        self.kind = kind
        self.rows = rows
    }
}
