import SQLite

/// The knowledge base's schema: the numbered scripts of `Schema/`, embedded at build time.
enum Schema {
    /// Scripts are named `NNNN_name.sql`; NNNN is the migration's version.
    static func migrator() throws -> Migrator {
        let migrations = EmbeddedSchema.scripts.map { script -> Migration in
            let stem = script.file.hasSuffix(".sql") ? String(script.file.dropLast(4)) : script.file
            let number = stem.prefix { $0.isNumber }
            let name = stem.dropFirst(number.count).drop { $0 == "_" }
            return Migration(version: Int(number) ?? 0, name: String(name), sql: script.sql)
        }
        return try Migrator(migrations: migrations)
    }
}
