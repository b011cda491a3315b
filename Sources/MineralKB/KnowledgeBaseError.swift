import SQLite

/// What went wrong, in words a user can act on.
public enum KnowledgeBaseError: Error, CustomStringConvertible, Equatable {
    /// A command that reads a database was pointed at a file that does not exist.
    case databaseNotFound(path: String)
    /// The file exists but is not a MineralKB database (not SQLite, or another schema).
    case notAKnowledgeBase(path: String, reason: String)
    /// The path cannot name a knowledge base's file: a URI, a FIFO, a device, a directory, a missing directory.
    case unusablePath(path: String, problem: DatabasePathProblem)
    /// The file's schema is not the one MineralKB's migrations make: each difference, in order.
    case foreignSchema(path: String, differences: [SchemaDifference])
    /// The file may not be written (permissions, read-only medium): `forReading` when even reading
    /// failed, because a WAL database needs to create its `-shm` file beside it.
    case readOnlyFile(path: String, forReading: Bool)
    /// No entity has this name or alias.
    case unknownEntity(name: String, kinds: [EntityKind])
    /// Several entities have this name or alias: the user must say which.
    case ambiguousName(name: String, candidates: [EntityDescription])
    /// No source has this id, url, reference, title or label.
    case unknownSource(String)
    /// Several sources match: the user must say which (by id).
    case ambiguousSource(String, candidates: [String])
    /// An argument is out of its domain (a bad date, a negative depth).
    case invalidArgument(name: String, problem: String)
    /// SQLite refused an operation.
    case database(SQLiteError)
    /// The schema could not be brought up to date.
    case migration(MigrationError)

    /// The problem in words a user can act on, with the next step where there is one.
    public var description: String {
        switch self {
        case .databaseNotFound(let path):
            return "no database at \(path); create one with `mkb init --db \(path)` or import documents into it"
        case .notAKnowledgeBase(let path, let reason):
            return "\(path) is not a MineralKB database: \(reason)"
        case .unusablePath(let path, let problem):
            return "\(path) cannot be a database file: \(problem)"
        case .foreignSchema(let path, let differences):
            let first = differences.prefix(3).map { "  - \($0)" }.joined(separator: "\n")
            let more = differences.count > 3 ? "\n  … and \(differences.count - 3) more" : ""
            return "\(path) is not a MineralKB database as this program makes it: its schema differs "
                + "(\(differences.count) difference\(differences.count == 1 ? "" : "s")); nothing was read or written:\n\(first)\(more)"
        case .readOnlyFile(let path, false):
            return "cannot write to \(path): the file (or its directory) is read-only; check its permissions. Nothing was written"
        case .readOnlyFile(let path, true):
            return "cannot read \(path): SQLite must create \(path)-shm beside it, and the directory is read-only; "
                + "copy the file to a writable directory, or run once where it can be written"
        case .unknownEntity(let name, let kinds):
            let what = kinds.isEmpty || kinds.count == EntityKind.allCases.count
                ? "entity" : kinds.map(\.rawValue).joined(separator: " or ")
            return "no \(what) named \"\(name)\""
        case .ambiguousName(let name, let candidates):
            let list = candidates.map { "  - \($0)" }.joined(separator: "\n")
            return "\"\(name)\" is ambiguous; it could be:\n\(list)\nuse a longer name, an alias or a code that names one of them"
        case .unknownSource(let text):
            return "no source with the id, url, reference, title or label \"\(text)\"; `mkb sql \"SELECT id, label, url, reference FROM sources\"` lists them"
        case .ambiguousSource(let text, let candidates):
            return "\"\(text)\" names several sources:\n" + candidates.map { "  - \($0)" }.joined(separator: "\n") + "\nname one by its id (#12)"
        case .invalidArgument(let name, let problem):
            return "\(name): \(problem)"
        case .database(let error):
            return error.description
        case .migration(let error):
            return error.description
        }
    }
}
