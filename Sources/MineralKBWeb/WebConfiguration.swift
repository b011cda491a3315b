/// How the server runs: which base, where it listens, and the limits every request keeps.
public struct WebConfiguration: Sendable {
    /// The database file, opened read-only.
    public var databasePath: String
    /// The address to bind; loopback unless told otherwise.
    public var host: String
    /// The port; 0 picks a free one (printed when the server is up).
    public var port: Int
    /// The most read-only connections kept open between requests (more open while requests run).
    public var idleConnections: Int
    /// Seconds one request may spend in the database before it is interrupted.
    public var requestTimeLimit: Double
    /// Seconds an SQL page's query may run: `mkb sql`'s default.
    public var sqlTimeLimit: Double
    /// The largest page or download, in bytes; a larger one is refused with a message.
    public var maximumPageBytes: Int
    /// Firms per page on the firms page.
    public var firmsPerPage: Int
    /// Graphviz's `dot`, or nil when it is not installed (pages then say the picture is missing).
    public var dotPath: String?

    /// A configuration with the default limits.
    public init(databasePath: String, host: String = "127.0.0.1", port: Int = 8080, idleConnections: Int = 8,
                requestTimeLimit: Double = 10, sqlTimeLimit: Double = 5, maximumPageBytes: Int = 16 << 20,
                firmsPerPage: Int = 50, dotPath: String?) {
        self.databasePath = databasePath
        self.host = host
        self.port = port
        self.idleConnections = idleConnections
        self.requestTimeLimit = requestTimeLimit
        self.sqlTimeLimit = sqlTimeLimit
        self.maximumPageBytes = maximumPageBytes
        self.firmsPerPage = firmsPerPage
        self.dotPath = dotPath
    }
}
