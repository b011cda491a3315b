import MineralKB

/// The JSON of the library's values, in the one voice every command uses: snake_case keys in a fixed
/// order, `null` for what is unknown, dates as a partial ISO date with its qualifier beside it.
enum JSONShape {
    /// `{"source_id", "label", "published_on", "evidence"}`.
    static func source(_ source: SourceCitation) -> JSONTree {
        .object([
            ("source_id", .integer(source.sourceID)),
            ("label", .string(source.label)),
            ("published_on", .string(source.publishedOn)),
            ("evidence", .string(source.evidence)),
        ])
    }

    /// `{"id", "kind", "name"}`.
    static func entity(_ entity: EntityRef) -> JSONTree {
        .object([("id", .integer(entity.id)), ("kind", .string(entity.kind.rawValue)), ("name", .string(entity.name))])
    }

    /// `name` and `name_qualifier`: the date and how exact it is, as the import format and SQL hold them.
    static func date(_ name: String, _ date: QualifiedDate?) -> [(key: String, value: JSONTree)] {
        [(name, .string(date?.date)), (name + "_qualifier", .string(date?.qualifier))]
    }
}
