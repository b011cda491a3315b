import SQLite

/// The knowledge base's schema: the numbered scripts of `Schema/`, embedded at build time.
enum Schema {
    /// The migrations, in order. Their file names (`NNNN_name.sql`, numbered without gaps) are
    /// checked when they are embedded, so a misnamed script fails the build, not a user's run.
    static func migrator() throws -> Migrator {
        try Migrator(migrations: EmbeddedSchema.migrations.map { Migration(version: $0.version, name: $0.name, sql: $0.sql) })
    }
}
