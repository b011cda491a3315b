/// A table or view of the knowledge base as a person writing SQL needs to see it: its columns.
public struct CatalogTable: Hashable, Codable, Sendable {
    /// What kind of object it is.
    public enum Kind: String, Hashable, Codable, Sendable {
        /// An ordinary table.
        case table
        /// A virtual table, such as the full-text index `quotes_fts`.
        case virtualTable = "virtual table"
        /// A view: a stored SELECT, read like a table.
        case view
    }

    /// The table's or view's name, as used in SQL.
    public let name: String
    /// Whether it is a table, a virtual table or a view.
    public let kind: Kind
    /// Its columns, in declared order.
    public let columns: [CatalogColumn]

    /// A table or view with its columns.
    public init(name: String, kind: Kind, columns: [CatalogColumn]) {
        self.name = name
        self.kind = kind
        self.columns = columns
    }
}
