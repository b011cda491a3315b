/// What an import added (or, for a dry run, would add).
public struct ImportSummary: Equatable, Sendable {
    /// A name newly attached to an entity that already existed: the mark of a merge.
    public struct AliasAddition: Equatable, Sendable {
        /// The entity that gained the name.
        public let entity: EntityRef
        /// The name, as the document wrote it.
        public let alias: String
    }

    /// How many documents were imported.
    public var documents: Int = 0
    /// True when nothing was written: the figures say what an import would add.
    public var isDryRun: Bool = false
    /// New rows per table, for the tables that grew.
    public var rowsAdded: [String: Int] = [:]
    /// How many entities were created, per kind.
    public var newEntityCounts: [EntityKind: Int] = [:]
    /// The first entities created, in order: at most `listedLimit`, so that a summary of a
    /// million-fact import stays small (the counts are complete).
    public var newEntities: [EntityRef] = []
    /// How many names were added to entities that already existed (merges across documents).
    public var mergedAliasCount = 0
    /// The first of those names, at most `listedLimit`.
    public var mergedAliases: [AliasAddition] = []

    /// How many new entities and merged names a summary lists by name.
    public static let listedLimit = 50

    /// All entities created, of every kind.
    public var newEntityCount: Int { newEntityCounts.values.reduce(0, +) }

    mutating func noteNewEntity(_ entity: EntityRef) {
        newEntityCounts[entity.kind, default: 0] += 1
        if newEntities.count < ImportSummary.listedLimit { newEntities.append(entity) }
    }

    mutating func noteMergedAlias(_ alias: String, of entity: EntityRef) {
        mergedAliasCount += 1
        if mergedAliases.count < ImportSummary.listedLimit { mergedAliases.append(AliasAddition(entity: entity, alias: alias)) }
    }

    /// New links (claims); a second source for a known claim adds a link source, not a link.
    public var newLinks: Int { rowsAdded["links"] ?? 0 }
    /// True when nothing at all was added: what a second import of the same documents shows.
    public var changedNothing: Bool { rowsAdded.values.allSatisfy { $0 == 0 } }
}
