/// A SQLite result code, primary or extended.
///
/// Extended codes carry the primary code in their low byte, so `primary` lets a caller
/// catch a whole class of failure: `error.code.primary == .constraint` matches
/// `SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_CONSTRAINT_FOREIGNKEY` and the rest.
/// See <https://www.sqlite.org/rescode.html>.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// The code as SQLite returns it: `SQLITE_BUSY` is 5, `SQLITE_CONSTRAINT_UNIQUE` is 2067.
    public let rawValue: Int32

    /// Wraps a code a C call returned or sqlite3.h defines.
    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The primary result code (the low 8 bits of an extended code).
    public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    /// The code's number, as sqlite3.h and SQLite's documentation give it.
    public var description: String { "\(rawValue)" }

    // Primary result codes (values from sqlite3.h; stable across SQLite releases).
    /// The primary codes, named after their C constants: `.ok` is `SQLITE_OK`, `.ioError` is `SQLITE_IOERR`.
    public static let ok = ResultCode(rawValue: 0)
    public static let error = ResultCode(rawValue: 1)
    public static let `internal` = ResultCode(rawValue: 2)
    public static let permission = ResultCode(rawValue: 3)
    public static let abort = ResultCode(rawValue: 4)
    public static let busy = ResultCode(rawValue: 5)
    public static let locked = ResultCode(rawValue: 6)
    public static let noMemory = ResultCode(rawValue: 7)
    public static let readOnly = ResultCode(rawValue: 8)
    public static let interrupt = ResultCode(rawValue: 9)
    public static let ioError = ResultCode(rawValue: 10)
    public static let corrupt = ResultCode(rawValue: 11)
    public static let notFound = ResultCode(rawValue: 12)
    public static let full = ResultCode(rawValue: 13)
    public static let cannotOpen = ResultCode(rawValue: 14)
    public static let `protocol` = ResultCode(rawValue: 15)
    public static let schema = ResultCode(rawValue: 17)
    public static let tooBig = ResultCode(rawValue: 18)
    public static let constraint = ResultCode(rawValue: 19)
    public static let mismatch = ResultCode(rawValue: 20)
    public static let misuse = ResultCode(rawValue: 21)
    public static let authorization = ResultCode(rawValue: 23)
    public static let range = ResultCode(rawValue: 25)
    public static let notADatabase = ResultCode(rawValue: 26)
    public static let row = ResultCode(rawValue: 100)
    public static let done = ResultCode(rawValue: 101)

    // Extended codes callers commonly distinguish.
    /// The extended codes, named after their C constants: `.constraintUnique` is `SQLITE_CONSTRAINT_UNIQUE`.
    public static let constraintUnique = ResultCode(rawValue: 2067)
    public static let constraintPrimaryKey = ResultCode(rawValue: 1555)
    public static let constraintForeignKey = ResultCode(rawValue: 787)
    public static let constraintNotNull = ResultCode(rawValue: 1299)
    public static let constraintCheck = ResultCode(rawValue: 275)
    public static let constraintTrigger = ResultCode(rawValue: 1811)
    public static let readOnlyDatabaseMoved = ResultCode(rawValue: 1032)
    public static let busySnapshot = ResultCode(rawValue: 773)
}
