import Foundation

/// One value of an ad-hoc query: a column of a result row, or a parameter given to the query.
///
/// The five storage classes of SQLite, exactly as stored, so that a renderer can print each one
/// the way the `sqlite3` shell does (an integer as an integer, NULL as null).
public enum QueryValue: Hashable, Sendable {
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An 8-byte IEEE floating-point number.
    case real(Double)
    /// A string.
    case text(String)
    /// Bytes, exactly as stored.
    case blob(Data)
    /// SQL NULL: no value.
    case null
}
