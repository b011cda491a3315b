/// A table or view of the knowledge base as a person writing SQL needs to see it: its columns.
public struct CatalogTable: Hashable, Codable, Sendable {
    /// What kind of object it is.
    public enum Kind: String, Hashable, Codable, Sendable {
        case table
        /// A virtual table, such as the full-text index `quotes_fts`.
        case virtualTable = "virtual table"
        case view
    }

    public let name: String
    public let kind: Kind
    public let columns: [CatalogColumn]

    public init(name: String, kind: Kind, columns: [CatalogColumn]) {
        self.name = name
        self.kind = kind
        self.columns = columns
    }
}
