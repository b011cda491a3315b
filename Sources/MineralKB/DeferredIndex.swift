import SQLite

/// A full-text index that a trigger keeps row by row, which a bulk import fills once at the end.
///
/// FTS5 writes its pending terms out at every statement of a transaction, so a trigger that indexes
/// each row as it is inserted costs tens of microseconds a row: some 70 µs a quote, and about 50 µs
/// an alias for the trigram index of names (`name_search`), most of a bulk import's time in both
/// tables. After the first few hundred rows the importer drops the trigger inside its transaction;
/// `finish` indexes every row that was not indexed in one statement and creates the trigger again
/// from the very SQL it dropped. Every other writer keeps the trigger, and a failed import rolls
/// all of it back.
struct DeferredIndex {
    /// The trigger that keeps the index row by row.
    let trigger: String
    /// Gives the mark taken when the trigger is dropped (bound as `?` in `fill`), or nil.
    let markSQL: String?
    /// Indexes every row the trigger would have indexed since it was dropped.
    let fill: String
    private var rowsSeen = 0
    /// The trigger's SQL, and the mark, while the trigger is dropped.
    private var dropped: (triggerSQL: String, mark: Int64?)?

    /// Rows written before the index is deferred: a small import keeps the trigger and pays no fill.
    static let rowsBeforeDeferring = 256

    /// The quotes' full-text index: the quotes written since the trigger was dropped have higher ids.
    static let quotes = DeferredIndex(trigger: "quotes_fts_insert", markSQL: "SELECT coalesce(max(id), 0) FROM quotes",
                                      fill: "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id > ?")

    /// The trigram index of names: every alias without its `name_search` row gets one (aliases has no
    /// rowid to mark where the import began; the anti-join reads both in the same key order). The
    /// `name_search` trigger, kept, indexes the new rows in `name_search_fts` within this one statement.
    static let names = DeferredIndex(trigger: "aliases_search_insert", markSQL: nil, fill: """
        INSERT INTO name_search(normalised, entity_id)
        SELECT a.normalised, a.entity_id FROM aliases AS a
        WHERE NOT EXISTS (SELECT 1 FROM name_search AS n WHERE n.normalised = a.normalised AND n.entity_id = a.entity_id)
        """)

    private init(trigger: String, markSQL: String?, fill: String) {
        self.trigger = trigger
        self.markSQL = markSQL
        self.fill = fill
    }

    /// Counts a row about to be written; at the threshold, drops the trigger (if the schema has it).
    mutating func countRow(_ database: Database) throws {
        rowsSeen += 1
        guard rowsSeen == DeferredIndex.rowsBeforeDeferring, dropped == nil,
              let triggerSQL = try database.fetchOne(String.self, sql: "SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?",
                                                     arguments: [trigger])
        else { return }
        let mark = try markSQL.flatMap { try database.fetchOne(Int64.self, sql: $0) }
        // The name comes from the constants above, never from input.
        try database.execute(sql: "DROP TRIGGER \(SQLIdentifier.quoted(trigger))")
        dropped = (triggerSQL, mark)
    }

    /// Fills the index and creates the trigger again; nothing to do if it was never dropped.
    mutating func finish(_ database: Database) throws {
        guard let dropped else { return }
        try database.execute(sql: fill, arguments: .positional(dropped.mark.map { [$0] } ?? []))
        try database.execute(sql: dropped.triggerSQL)
        self.dropped = nil
    }
}
