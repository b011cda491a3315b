import SQLite

/// The knowledge base's schema: the numbered scripts of `Schema/`, embedded at build time.
enum Schema {
    /// Scripts are named `NNNN_name.sql`; NNNN is the migration's version.
    ///
    /// Numbers are handed out to pieces of work before they land, so a script may arrive before the
    /// lower numbers reserved for others: each missing number becomes an empty step, so versions
    /// still run 1, 2, 3, ... A database migrated past such a step must be rebuilt once the real
    /// script for that number lands (only development bases can be in that state).
    static func migrator() throws -> Migrator {
        var migrations: [Migration] = []
        for script in EmbeddedSchema.scripts {
            let stem = script.file.hasSuffix(".sql") ? String(script.file.dropLast(4)) : script.file
            let number = stem.prefix { $0.isNumber }
            let name = stem.dropFirst(number.count).drop { $0 == "_" }
            let version = Int(number) ?? 0
            while migrations.count + 1 < version {
                migrations.append(Migration(version: migrations.count + 1, name: "reserved", sql: "SELECT 1"))
            }
            migrations.append(Migration(version: version, name: String(name), sql: script.sql))
        }
        return try Migrator(migrations: migrations)
    }
}
