import Foundation

/// A Swift type that can be read from a result column.
///
/// Reading never guesses: NULL into a non-optional type, or text into a number, throws a
/// `.mismatch` error naming the column, instead of yielding 0 or "" as the C API would.
public protocol SQLiteColumnDecodable {
    /// Reads the value of column `index` of the row.
    static func decode(from row: Row, at index: Int32) throws -> Self
}

extension SQLiteValue: SQLiteColumnDecodable {
    /// The value as stored, whatever its storage class; never a mismatch.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> SQLiteValue {
        try row.rawValue(at: index)
    }
}

extension Int64: SQLiteColumnDecodable {
    /// An INTEGER, or a REAL with an exact integer value; anything else (NULL included) is a mismatch.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> Int64 {
        try row.rawInt64(at: index, expecting: "Int64")
    }
}

extension Int: SQLiteColumnDecodable {
    /// An INTEGER, or a REAL with an exact integer value; anything else (NULL included) is a mismatch.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> Int {
        // Int is 64 bits on every platform Swift on Linux supports.
        Int(try row.rawInt64(at: index, expecting: "Int"))
    }
}

extension Bool: SQLiteColumnDecodable {
    /// True for any non-zero INTEGER (or integral REAL), false for 0; anything else is a mismatch.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> Bool {
        try row.rawInt64(at: index, expecting: "Bool") != 0
    }
}

extension Double: SQLiteColumnDecodable {
    /// A REAL or an INTEGER; anything else (NULL included) is a mismatch.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> Double {
        try row.rawDouble(at: index)
    }
}

extension String: SQLiteColumnDecodable {
    /// TEXT, or a number as SQLite prints it; NULL or a BLOB is a mismatch.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> String {
        try row.rawString(at: index)
    }
}

extension Data: SQLiteColumnDecodable {
    /// A BLOB, or TEXT as its UTF-8 bytes; NULL or a number is a mismatch.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> Data {
        try row.rawData(at: index)
    }
}

extension Optional: SQLiteColumnDecodable where Wrapped: SQLiteColumnDecodable {
    /// nil for NULL, else the column read as `Wrapped`.
    @inlinable
    public static func decode(from row: Row, at index: Int32) throws -> Wrapped? {
        try row.isNull(at: index) ? nil : try Wrapped.decode(from: row, at: index)
    }
}
