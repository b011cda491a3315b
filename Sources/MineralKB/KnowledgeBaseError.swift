import SQLite

/// What went wrong, as data: each case holds what a program needs to react and a person needs to
/// fix it. `description` words it neutrally; a front end (the CLI, a web page) adds the remedy in
/// its own terms (a flag, a button), so the library never names one.
public enum KnowledgeBaseError: Error, CustomStringConvertible, Equatable {
    /// A command that reads a database was pointed at a file that does not exist.
    case databaseNotFound(path: String)
    /// The file exists but is not a MineralKB database (not SQLite, another program's, empty, outdated).
    case notAKnowledgeBase(path: String, reason: NotAKnowledgeBaseReason)
    /// The path cannot name a knowledge base's file: a URI, a FIFO, a device, a directory, a missing directory.
    case unusablePath(path: String, problem: DatabasePathProblem)
    /// The file's schema is not the one MineralKB's migrations make: each difference, in order.
    case foreignSchema(path: String, differences: [SchemaDifference])
    /// The file may not be written (permissions, read-only medium): `forReading` when even reading
    /// failed, because a WAL database needs to create its `-shm` file beside it.
    case readOnlyFile(path: String, forReading: Bool)
    /// No entity has this name or alias; `suggestions` are the closest names, for "did you mean …?".
    case unknownEntity(name: String, kinds: [EntityKind], suggestions: [EntityDescription] = [])
    /// Several entities have this name or alias: the user must say which.
    case ambiguousName(name: String, candidates: [EntityDescription])
    /// No source has this id, url, reference, title or label.
    case unknownSource(String)
    /// Several sources match: the user must say which (by id).
    case ambiguousSource(String, candidates: [String])
    /// A number outside what the call accepts (a depth of 20, a limit of 0).
    case outOfRange(argument: Argument, value: Int, allowed: ClosedRange<Int>)
    /// A word outside a closed list (a presence relation, a table name).
    case unknownWord(argument: Argument, word: String, known: [String])
    /// A full-text search with no word to search for.
    case emptySearch
    /// A curation that cannot be done as asked (a name already taken, an entity merged into itself):
    /// `name` is the name it is about, `problem` what is wrong with it.
    case invalidArgument(name: String, problem: String)
    /// A rename of `entity` to a name that `owners`, other entities of its kind, already answer to:
    /// both would become unreachable by it. (They may be one thing, to merge.)
    case nameTaken(name: String, entity: EntityRef, owners: [EntityRef])
    /// SQLite refused an operation.
    case database(SQLiteError)
    /// The schema could not be brought up to date.
    case migration(MigrationError)

    /// The arguments of the library's calls that an error can be about.
    public enum Argument: String, Sendable, Equatable {
        /// How far a report or neighbourhood reaches; how long a path may be.
        case depth, maxDepth = "maximum depth"
        /// How many rows at most; how many to skip.
        case limit, offset
        /// A presence relation (`has_office_in`, ...); a table of the catalog; a search.
        case presence, table, search
    }

    /// Why a file is not a MineralKB database.
    public enum NotAKnowledgeBaseReason: Equatable, Sendable, CustomStringConvertible {
        /// A file SQLite cannot read (not a database, or damaged); a database of another program.
        case notSQLite, foreignSchema
        /// An empty file or database: no schema yet.
        case empty
        /// A MineralKB database of an older schema than this program's.
        case outdatedSchema(version: Int, needed: Int)

        /// The reason in words.
        public var description: String {
            switch self {
            case .notSQLite: return "the file is not a SQLite database (or is damaged)"
            case .foreignSchema: return "it holds other tables and no MineralKB schema"
            case .empty: return "the database is empty"
            case .outdatedSchema(let version, let needed): return "its schema is at version \(version), this program needs \(needed)"
            }
        }
    }

    /// The problem in neutral words (no remedy that names a front end's controls).
    public var description: String {
        switch self {
        case .databaseNotFound(let path):
            return "no database at \(path)"
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
                + "copy the file to a writable directory, or open it once where it can be written"
        case .unknownEntity(let name, let kinds, let suggestions):
            let what = kinds.isEmpty || kinds.count == EntityKind.allCases.count
                ? "entity" : kinds.map(\.rawValue).joined(separator: " or ")
            guard !suggestions.isEmpty else { return "no \(what) named \"\(name)\"" }
            let list = suggestions.map { "  - \($0)" }.joined(separator: "\n")
            return "no \(what) named \"\(name)\"; did you mean:\n\(list)\ngive the name, or #ID for the id"
        case .ambiguousName(let name, let candidates):
            let list = candidates.map { "  - \($0)" }.joined(separator: "\n")
            return "\"\(name)\" is ambiguous; it could be:\n\(list)\nuse a longer name, an alias or a code that names one of them"
        case .outOfRange(let argument, let value, let allowed):
            let range = allowed.upperBound == Int.max ? "\(allowed.lowerBound) or more" : "\(allowed.lowerBound) to \(allowed.upperBound)"
            return "\(argument.rawValue): expected \(range), found \(value)"
        case .unknownWord(let argument, let word, let known):
            return "\(argument.rawValue): unknown \(argument.rawValue) \"\(word)\"; expected one of: \(known.joined(separator: ", "))"
        case .emptySearch:
            return "search: give at least one word to search for"
        case .unknownSource(let text):
            return "no source with the id, url, reference, title or label \"\(text)\""
        case .ambiguousSource(let text, let candidates):
            return "\"\(text)\" names several sources:\n" + candidates.map { "  - \($0)" }.joined(separator: "\n") + "\nname one by its id (#12)"
        case .invalidArgument(let name, let problem):
            return "\(name): \(problem)"
        case .nameTaken(let name, let entity, let owners):
            return "\(name): is already a name of \(owners.map { "\($0.name) (#\($0.id))" }.joined(separator: ", ")), "
                + "another \(entity.kind.rawValue)"
        case .database(let error):
            return error.description
        case .migration(let error):
            return error.description
        }
    }
}
