/// What an import added (or, for a dry run, would add).
public struct ImportSummary: Equatable, Sendable {
    /// A name newly attached to an entity that already existed: the mark of a merge.
    public struct AliasAddition: Equatable, Sendable {
        public let entity: EntityRef
        public let alias: String
    }

    public var documents: Int = 0
    public var isDryRun: Bool = false
    /// New rows per table, for the tables that grew.
    public var rowsAdded: [String: Int] = [:]
    /// Entities created, in the order they were created.
    public var newEntities: [EntityRef] = []
    /// Names added to existing entities (merges across documents).
    public var mergedAliases: [AliasAddition] = []

    /// New links (claims); a second source for a known claim adds a link source, not a link.
    public var newLinks: Int { rowsAdded["links"] ?? 0 }
    /// True when nothing at all was added: what a second import of the same documents shows.
    public var changedNothing: Bool { rowsAdded.values.allSatisfy { $0 == 0 } }
}
