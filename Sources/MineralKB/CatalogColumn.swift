/// One column of a table or view in the catalog.
public struct CatalogColumn: Hashable, Codable, Sendable {
    /// The column's name, as used in SQL.
    public let name: String
    /// The declared type ("INTEGER", "TEXT"), empty when none was declared (as in most views).
    public let type: String
    /// True when the column is declared NOT NULL.
    public let isNotNull: Bool
    /// Its position in the primary key (1 for the first key column), or nil when not part of it.
    public let primaryKeyPosition: Int?
    /// The default value as written in the schema (`'active'`, `CURRENT_TIMESTAMP`).
    public let defaultValue: String?
    /// The column it refers to, as `table.column` (or just `table` for its primary key).
    public let references: String?

    /// A column as the schema declares it.
    public init(name: String, type: String, isNotNull: Bool, primaryKeyPosition: Int?, defaultValue: String?, references: String?) {
        self.name = name
        self.type = type
        self.isNotNull = isNotNull
        self.primaryKeyPosition = primaryKeyPosition
        self.defaultValue = defaultValue
        self.references = references
    }
}
