import MineralKB

/// The library's errors in the command line's words. The library says what is wrong, as data and
/// in neutral words; this adds what to do about it with mkb's own commands and flags, which only
/// the command line knows.
enum ErrorMessage {
    /// The message `mkb` prints (after `error: `) for a library error.
    static func text(for error: Error) -> String {
        switch error {
        case let error as KnowledgeBaseError: return text(for: error)
        case let error as ReadOnlyQueryError: return text(for: error)
        default: return String(describing: error)
        }
    }

    static func text(for error: KnowledgeBaseError) -> String {
        switch error {
        case .databaseNotFound(let path):
            return "\(error); create one with `mkb init --db \(path)` or import documents into it"
        case .notAKnowledgeBase(_, .empty):
            return "\(error); create it with `mkb init`"
        case .notAKnowledgeBase(_, .outdatedSchema):
            return "\(error); run `mkb init` to upgrade it"
        case .outOfRange(let argument, let value, let allowed):
            let range = allowed.upperBound == Int.max ? "\(allowed.lowerBound) or more" : "\(allowed.lowerBound) to \(allowed.upperBound)"
            return "\(flag(argument)): expected \(range), found \(value)"
        case .unknownWord(.presence, let word, let known):
            return "--presence: unknown presence \"\(word)\"; expected one of: \(known.joined(separator: ", "))"
        case .unknownWord(.table, let word, let known):
            return "no table named \"\(word)\"; tables: \(known.joined(separator: ", "))"
        case .emptySearch:
            return "--search: give at least one word to search for"
        case .nameTaken(_, let entity, let owners):
            let merges = owners.map { "`mkb merge \"#\($0.id)\" \"#\(entity.id)\"`" }.joined(separator: " or ")
            return "\(error); choose another name, or, if they are one, merge them (\(merges) keeps the first)"
        case .unknownSource:
            return "\(error); `mkb sql \"SELECT id, label, url, reference FROM sources\"` lists them"
        default:
            return error.description
        }
    }

    static func text(for error: ReadOnlyQueryError) -> String {
        switch error {
        case .timedOut:
            return "\(error); raise the limit with --timeout SECONDS (for example --timeout 60)"
        case .memoryLimit:
            return "\(error); simplify it, or raise the limit with --memory-limit MIB"
        case .parameters(.missingValue):
            return "\(error); give named values with -p NAME VALUE and the others in order after the SQL"
        case .parameters(.unknownName):
            return "\(error); name a parameter with -p NAME VALUE as it is written in the SQL, without its : @ or $"
        default:
            return error.description
        }
    }

    /// The option of mkb that sets a library argument.
    private static func flag(_ argument: KnowledgeBaseError.Argument) -> String {
        switch argument {
        case .depth: return "--depth"
        case .maxDepth: return "--max-depth"
        case .limit: return "--limit"
        case .offset: return "--offset"
        case .presence: return "--presence"
        case .table: return "--table"
        case .search: return "--search"
        }
    }
}
