/// What an import added (or, for a dry run, would add).
public struct ImportSummary: Equatable, Sendable {
    /// A name newly attached to an entity that already existed: the mark of a merge.
    public struct AliasAddition: Equatable, Sendable {
        /// The entity that gained the name.
        public let entity: EntityRef
        /// The name, as the document wrote it.
        public let alias: String
    }

    /// A declared entity found to be one the base already knew: by its name, or by an identifier.
    public struct Match: Equatable, Sendable {
        /// The name the document declared it by.
        public let name: String
        /// The known entity.
        public let entity: EntityRef
        /// True when an identifier said so, false for a match by name.
        public let byIdentifier: Bool
    }

    /// A source imported before whose document came again: what the new version changed.
    public struct SourceReplacement: Equatable, Sendable {
        /// The source's row id.
        public let sourceID: Int64
        /// The source's label.
        public let label: String
        /// The document that replaced it.
        public let file: String
        /// Facts (links, quotes, entity citations, identifiers) the new version adds.
        public let added: Int
        /// Facts both versions give, alike.
        public let unchanged: Int
        /// Facts both versions give, with details that changed (a quote's date or speaker), one line each.
        public let changed: [String]
        /// The facts the new version no longer gives, one line each, removed with it.
        public let removed: [String]

        /// "source #1 (label): 2 added, 1 removed, 30 unchanged".
        public var sentence: String {
            "source #\(sourceID) \"\(label)\" re-imported from \(file): \(added) added, \(removed.count) removed, "
                + "\(changed.count) changed, \(unchanged) unchanged"
        }
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

    /// How many declared entities matched one the base already knew (before this import).
    public var matchCount = 0
    /// The first of those matches, at most `listedLimit`.
    public var matches: [Match] = []
    /// The sources whose document came again, with what changed (an unchanged document too).
    public var replacedSources: [SourceReplacement] = []

    /// How many new entities and merged names a summary lists by name.
    public static let listedLimit = 50

    /// All entities created, of every kind.
    public var newEntityCount: Int { newEntityCounts.values.reduce(0, +) }

    mutating func noteNewEntity(_ entity: EntityRef) {
        newEntityCounts[entity.kind, default: 0] += 1
        if newEntities.count < ImportSummary.listedLimit { newEntities.append(entity) }
    }

    mutating func noteMatch(_ name: String, entity: EntityRef, byIdentifier: Bool) {
        matchCount += 1
        if matches.count < ImportSummary.listedLimit { matches.append(Match(name: name, entity: entity, byIdentifier: byIdentifier)) }
    }

    mutating func noteMergedAlias(_ alias: String, of entity: EntityRef) {
        mergedAliasCount += 1
        if mergedAliases.count < ImportSummary.listedLimit { mergedAliases.append(AliasAddition(entity: entity, alias: alias)) }
    }

    /// New links (claims); a second source for a known claim adds a link source, not a link.
    public var newLinks: Int { rowsAdded["links"] ?? 0 }
    /// True when nothing at all was added: what a second import of the same documents shows.
    public var changedNothing: Bool {
        rowsAdded.values.allSatisfy { $0 == 0 } && replacedSources.allSatisfy { $0.added == 0 && $0.removed.isEmpty && $0.changed.isEmpty }
    }
}
