import Foundation

/// A Swift value that can be bound to a statement parameter.
///
/// `String`, `Int`, `Int64`, `Double`, `Bool`, `Data`, `SQLiteValue` and optionals of them
/// conform; an optional that is `nil` binds SQL NULL.
public protocol SQLiteBindable {
    /// The value as SQLite will store it.
    var sqliteValue: SQLiteValue { get }
}

extension SQLiteValue: SQLiteBindable {
    /// The value itself.
    @inlinable public var sqliteValue: SQLiteValue { self }
}

extension Int64: SQLiteBindable {
    /// An INTEGER.
    @inlinable public var sqliteValue: SQLiteValue { .integer(self) }
}

extension Int: SQLiteBindable {
    /// An INTEGER.
    @inlinable public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Int32: SQLiteBindable {
    /// An INTEGER.
    @inlinable public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Double: SQLiteBindable {
    /// A REAL.
    @inlinable public var sqliteValue: SQLiteValue { .real(self) }
}

extension Bool: SQLiteBindable {
    /// SQLite has no boolean: true is 1, false is 0.
    @inlinable public var sqliteValue: SQLiteValue { .integer(self ? 1 : 0) }
}

extension String: SQLiteBindable {
    /// TEXT.
    @inlinable public var sqliteValue: SQLiteValue { .text(self) }
}

extension Substring: SQLiteBindable {
    /// TEXT.
    @inlinable public var sqliteValue: SQLiteValue { .text(String(self)) }
}

extension Data: SQLiteBindable {
    /// A BLOB.
    @inlinable public var sqliteValue: SQLiteValue { .blob(self) }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    /// NULL for nil, else the wrapped value as it binds.
    @inlinable public var sqliteValue: SQLiteValue { self?.sqliteValue ?? .null }
}
