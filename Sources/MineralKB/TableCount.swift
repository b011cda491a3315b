/// How many rows one table holds.
public struct TableCount: Hashable, Codable, Sendable {
    /// The table's name.
    public let table: String
    /// A table or a virtual table (views are not counted).
    public let kind: CatalogTable.Kind
    /// The number of rows it holds.
    public let rows: Int

    /// A count of `rows` rows in `table`.
    public init(table: String, kind: CatalogTable.Kind, rows: Int) {
        self.table = table
        self.kind = kind
        self.rows = rows
    }
}
