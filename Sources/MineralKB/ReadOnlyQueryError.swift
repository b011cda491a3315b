/// Why an ad-hoc read-only query did not run to the end, as data: `description` words it neutrally,
/// and a front end adds the remedy in its own terms (the CLI names `--timeout` and `-p`).
public enum ReadOnlyQueryError: Error, Equatable, CustomStringConvertible {
    /// The query would write, attach, change a setting or call a function with side effects.
    case refused(action: String)
    /// The text holds more than one statement.
    case severalStatements
    /// The text holds no statement (only spaces or comments).
    case emptyQuery
    /// The query ran past its time limit and was interrupted.
    case timedOut(seconds: Double)
    /// The query needed more memory than its limit (in bytes) and was stopped.
    case memoryLimit(bytes: Int64)
    /// A parameter value is missing, has no placeholder, or cannot be bound.
    case parameters(ParameterProblem)
    /// The memory limit is not a positive number of bytes.
    case invalidMemoryLimit(bytes: Int64)
    /// The time limit is not a positive number of seconds.
    case invalidTimeLimit(Double)
    /// SQLite refused the query (a syntax error, an unknown table or column...).
    case failed(message: String)

    /// The reason in words a user can act on, with the next step where there is one.
    public var description: String {
        switch self {
        case .refused(let action):
            return "refused: \(action). Ad-hoc SQL is read-only: SELECT and WITH queries, and read-only PRAGMA "
                + "functions such as pragma_table_info('quotes'); nothing that writes, attaches, or changes settings"
        case .severalStatements:
            return "refused: the text holds several statements; run one statement at a time"
        case .emptyQuery:
            return "no SQL statement to run (the text is empty or only comments)"
        case .timedOut(let seconds):
            return "interrupted: the query ran past its time limit of \(ReadOnlyQueryError.format(seconds)) s"
        case .memoryLimit(let bytes):
            return "too big: the query needed more memory than its limit of \(bytes >> 20) MiB and was stopped"
        case .invalidMemoryLimit(let bytes):
            return "the memory limit must be a positive number of bytes, found \(bytes)"
        case .parameters(let problem):
            return "parameters: \(problem)"
        case .invalidTimeLimit(let seconds):
            return "the time limit must be a positive number of seconds, found \(ReadOnlyQueryError.format(seconds))"
        case .failed(let message):
            return "SQL error: \(message)"
        }
    }

    /// What is wrong with the values given for a query's parameters.
    public enum ParameterProblem: Equatable, Sendable, CustomStringConvertible {
        /// A named value for a parameter the query does not have.
        case unknownName(String, queryHasParameters: Bool)
        /// More positional values than parameters left to fill.
        case tooManyValues(given: Int, free: Int)
        /// Parameter `index` (of `count`) was given no value.
        case missingValue(index: Int, count: Int)
        /// SQLite refused the value.
        case refused(message: String)

        /// The problem in words.
        public var description: String {
            switch self {
            case .unknownName(let name, let hasParameters):
                return "the query has no parameter named :\(name)" + (hasParameters ? "" : " (it has no parameters)")
            case .tooManyValues(let given, let free):
                return "\(given) positional value(s) given, but the query has \(free) parameter(s) left to fill"
            case .missingValue(let index, let count):
                return "parameter \(index) of \(count) has no value"
            case .refused(let message):
                return message
            }
        }
    }

    /// 5 rather than 5.0; 0.5 as it is.
    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int64(seconds)) : String(seconds)
    }
}
