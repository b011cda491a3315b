import Foundation

/// One value of an ad-hoc query: a column of a result row, or a parameter given to the query.
///
/// The five storage classes of SQLite, exactly as stored, so that a renderer can print each one
/// the way the `sqlite3` shell does (an integer as an integer, NULL as null).
public enum QueryValue: Hashable, Sendable {
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)
    case null
}
