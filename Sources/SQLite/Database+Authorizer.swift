internal import CSQLite

/// What a statement being prepared wants to do, as told to the authorizer.
///
/// See <https://www.sqlite.org/c3ref/c_alter_table.html> for the meaning of the arguments per action.
public struct AuthorizerAction: Sendable {
    /// The action code (`SQLITE_INSERT`, `SQLITE_READ`, ...).
    public let kind: Kind
    /// First detail: usually a table, index, pragma or function name.
    public let firstArgument: String?
    /// Second detail: usually a column name or pragma argument.
    public let secondArgument: String?
    /// The database name ("main", "temp", an attached name), when there is one.
    public let database: String?
    /// The innermost trigger or view responsible, when there is one.
    public let trigger: String?

    /// An authorizer action code.
    public struct Kind: RawRepresentable, Hashable, Sendable {
        /// The code as SQLite passes it to the authorizer.
        public let rawValue: Int32
        /// Wraps an action code received from SQLite.
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// The action codes, named after their C constants: `.createIndex` is `SQLITE_CREATE_INDEX`, `.read` is `SQLITE_READ`.
        public static let createIndex = Kind(rawValue: 1)
        public static let createTable = Kind(rawValue: 2)
        public static let createTempIndex = Kind(rawValue: 3)
        public static let createTempTable = Kind(rawValue: 4)
        public static let createTempTrigger = Kind(rawValue: 5)
        public static let createTempView = Kind(rawValue: 6)
        public static let createTrigger = Kind(rawValue: 7)
        public static let createView = Kind(rawValue: 8)
        public static let delete = Kind(rawValue: 9)
        public static let dropIndex = Kind(rawValue: 10)
        public static let dropTable = Kind(rawValue: 11)
        public static let dropTempIndex = Kind(rawValue: 12)
        public static let dropTempTable = Kind(rawValue: 13)
        public static let dropTempTrigger = Kind(rawValue: 14)
        public static let dropTempView = Kind(rawValue: 15)
        public static let dropTrigger = Kind(rawValue: 16)
        public static let dropView = Kind(rawValue: 17)
        public static let insert = Kind(rawValue: 18)
        public static let pragma = Kind(rawValue: 19)
        public static let read = Kind(rawValue: 20)
        public static let select = Kind(rawValue: 21)
        public static let transaction = Kind(rawValue: 22)
        public static let update = Kind(rawValue: 23)
        public static let attach = Kind(rawValue: 24)
        public static let detach = Kind(rawValue: 25)
        public static let alterTable = Kind(rawValue: 26)
        public static let reindex = Kind(rawValue: 27)
        public static let analyze = Kind(rawValue: 28)
        public static let createVirtualTable = Kind(rawValue: 29)
        public static let dropVirtualTable = Kind(rawValue: 30)
        public static let function = Kind(rawValue: 31)
        public static let savepoint = Kind(rawValue: 32)
        public static let recursive = Kind(rawValue: 33)
    }
}

/// An authorizer's answer. See <https://www.sqlite.org/c3ref/set_authorizer.html>.
public enum AuthorizerDecision: Sendable {
    /// Allow the action.
    case allow
    /// Refuse the whole statement: preparing it fails with an `.authorization` error.
    case deny
    /// Allow the statement but read the column as NULL (for `.read`) or skip the action.
    case ignore
}

/// Holds the Swift closure while SQLite holds a pointer to it.
final class AuthorizerBox {
    let decide: (AuthorizerAction) -> AuthorizerDecision
    init(_ decide: @escaping (AuthorizerAction) -> AuthorizerDecision) { self.decide = decide }
}

extension Database {
    /// Installs (or, with nil, removes) a function that approves each action of every statement as it is prepared.
    ///
    /// This is how a read-only query runner refuses writes, ATTACH or PRAGMA changes before anything runs.
    /// Prepared statements in the cache were authorized under the previous authorizer, so the cache is cleared.
    public func setAuthorizer(_ authorizer: ((AuthorizerAction) -> AuthorizerDecision)?) {
        clearStatementCache()
        guard let authorizer else {
            sqlite3_set_authorizer(handle, nil, nil)
            authorizerBox = nil
            return
        }
        let box = AuthorizerBox(authorizer)
        authorizerBox = box
        sqlite3_set_authorizer(handle, { context, code, first, second, database, trigger in
            guard let context else { return SQLITE_DENY }
            let box = Unmanaged<AuthorizerBox>.fromOpaque(context).takeUnretainedValue()
            let action = AuthorizerAction(
                kind: AuthorizerAction.Kind(rawValue: code),
                firstArgument: first.map { String(cString: $0) },
                secondArgument: second.map { String(cString: $0) },
                database: database.map { String(cString: $0) },
                trigger: trigger.map { String(cString: $0) })
            switch box.decide(action) {
            case .allow: return SQLITE_OK
            case .deny: return SQLITE_DENY
            case .ignore: return SQLITE_IGNORE
            }
        }, Unmanaged.passUnretained(box).toOpaque())
    }
}
