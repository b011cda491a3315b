import ArgumentParser
import Foundation
import MineralKB

/// The `--db` option every command takes, and how each kind of command opens the database.
struct GlobalOptions: ParsableArguments {
    /// The file name used when neither --db nor $MKB_DB says otherwise.
    static let defaultFileName = "mineral-kb.sqlite"

    @Option(name: .long, help: ArgumentHelp("The database file (default: $MKB_DB, else \(GlobalOptions.defaultFileName) in the current directory).",
                                            valueName: "path"))
    var db: String?

    func validate() throws {
        // SQLite reads an empty file name as "a private temporary database": nothing would be kept.
        if db?.isEmpty == true { throw ValidationError("--db needs a file name, not an empty string.") }
    }

    /// The path chosen by --db, then $MKB_DB, then the default file in the current directory.
    var databasePath: String {
        if let db { return db }
        if let fromEnvironment = ProcessInfo.processInfo.environment["MKB_DB"], !fromEnvironment.isEmpty { return fromEnvironment }
        return GlobalOptions.defaultFileName
    }

    /// For commands that only read: refuses a missing file instead of creating one.
    func openForReading() throws -> KnowledgeBase {
        try KnowledgeBase.openReadOnly(at: databasePath)
    }

    /// For `check`: read-only, and a file whose schema differs is opened so that `check` can list how.
    func openForChecking() throws -> KnowledgeBase {
        try KnowledgeBase.openForChecking(at: databasePath)
    }

    /// For commands that write to an existing database.
    func openExisting() throws -> KnowledgeBase {
        try KnowledgeBase.openExisting(at: databasePath)
    }

    /// For `init` and `import`: creates the file if missing and brings its schema up to date.
    func create() throws -> KnowledgeBase {
        try KnowledgeBase.create(at: databasePath)
    }

    /// True when something is at the database path (whether it can be a database is the library's to say).
    var databaseExists: Bool { FileManager.default.fileExists(atPath: databasePath) }
}
