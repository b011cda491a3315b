/// The curation an export carries beside its source documents (`0000_curation.json`): the names
/// curators gave, took away or changed by hand, and the merges they made. Importing an export into
/// an empty base applies it, so the base comes back as it was curated, reference places and
/// minerals included (no source document declares those).
///
/// ```json
/// {"curation": {
///   "entities": [{"kind": "place", "ids": ["iso3166:PK"], "name": "Pakistan",
///                 "names_added": ["Islamic Republic of Pakistan"], "names_removed": ["PAK"]}],
///   "merges": [{"kind": "person", "kept": "Ali Pervaiz Malik", "merged": "A. P. Malik", "made_at": "2026-12-01T15:04:05Z"}]
/// }}
/// ```
public struct CurationDocument: Codable, Sendable, Equatable {
    /// The names of one entity as curated.
    public struct Entity: Codable, Sendable, Equatable {
        /// The entity's kind.
        public var kind: EntityKind
        /// Its identifiers (`iso3166:PK`, `wikidata:Q42`): the surest way to find it again.
        public var ids: [String]?
        /// Its canonical name.
        public var name: String
        /// Every other name it is known by, to find it by in a base that knows it by an older name.
        public var aliases: [String]?
        /// True when a curator gave it this name (`mkb rename`).
        public var renamed: Bool?
        /// Names a curator added.
        public var names_added: [String]?
        /// Names a curator took away.
        public var names_removed: [String]?
    }

    /// One merge: which entity stayed and the name of the one merged into it.
    public struct Merge: Codable, Sendable, Equatable {
        /// The kind of both.
        public var kind: EntityKind
        /// The name of the entity that stayed, as it is now.
        public var kept: String
        /// The name of the entity merged into it.
        public var merged: String
        /// When the merge was made.
        public var made_at: String?
    }

    /// What was curated.
    public struct Body: Codable, Sendable, Equatable {
        /// The entities whose names were curated.
        public var entities: [Entity]?
        /// The merges made, oldest first.
        public var merges: [Merge]?
    }

    /// The curation.
    public var curation: Body

    /// The file name an export writes it under: before the numbered source documents, so that an
    /// import of the folder renames reference data before the documents name it so.
    public static let fileName = "0000_curation.json"
}
