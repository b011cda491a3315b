/// An ad-hoc SQL query that may only read: its text, its parameters and how long it may run.
///
///     var query = ReadOnlyQuery(sql: "SELECT * FROM firm_presence WHERE within = :place")
///     query.namedParameters["place"] = .text("Pakistan")
///
/// Run it with `KnowledgeBase.run(_:columns:row:)`.
public struct ReadOnlyQuery: Sendable {
    /// The time limit used when none is given, in seconds.
    public static let defaultTimeLimit: Double = 5

    /// The largest string or blob a query may build or return, in bytes: bounds its memory.
    public static let maximumValueBytes = 64 << 20

    /// The memory limit used when none is given: 1 GiB of SQLite's heap.
    public static let defaultMemoryLimit: Int64 = 1 << 30

    /// One SQL statement (a trailing semicolon or comment is fine; a second statement is refused).
    public var sql: String
    /// Values for the parameters that are not named below, in order: `?`, `?NNN`, and any left over.
    public var positionalParameters: [QueryValue]
    /// Values for named parameters (`:name`, `@name`, `$name`); the key may omit the prefix.
    public var namedParameters: [String: QueryValue]
    /// Seconds the query may run, from preparing it to its last row, before it is interrupted.
    public var timeLimit: Double
    /// Bytes SQLite may allocate (for the whole process) while the query is prepared and run;
    /// past it the query stops with `ReadOnlyQueryError.memoryLimit`.
    public var memoryLimit: Int64

    /// A query with its parameters and a time limit (`defaultTimeLimit` unless given).
    public init(sql: String, positionalParameters: [QueryValue] = [], namedParameters: [String: QueryValue] = [:],
                timeLimit: Double = ReadOnlyQuery.defaultTimeLimit, memoryLimit: Int64 = ReadOnlyQuery.defaultMemoryLimit) {
        self.sql = sql
        self.positionalParameters = positionalParameters
        self.namedParameters = namedParameters
        self.timeLimit = timeLimit
        self.memoryLimit = memoryLimit
    }
}
