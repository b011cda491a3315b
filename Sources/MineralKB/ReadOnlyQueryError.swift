/// Why an ad-hoc read-only query did not run to the end, in words a user can act on.
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
    /// A parameter value is missing, has no placeholder, or is out of range.
    case parameters(problem: String)
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
            return "interrupted: the query ran past its time limit of \(ReadOnlyQueryError.format(seconds)) s; "
                + "raise the limit with --timeout SECONDS (for example --timeout 60)"
        case .memoryLimit(let bytes):
            return "too big: the query needed more memory than its limit of \(bytes >> 20) MiB and was stopped; "
                + "simplify it, or raise the limit with --memory-limit MIB"
        case .parameters(let problem):
            return "parameters: \(problem)"
        case .invalidTimeLimit(let seconds):
            return "the time limit must be a positive number of seconds, found \(ReadOnlyQueryError.format(seconds))"
        case .failed(let message):
            return "SQL error: \(message)"
        }
    }

    /// 5 rather than 5.0; 0.5 as it is.
    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int64(seconds)) : String(seconds)
    }
}
