import Foundation

/// One column's value as SQLite holds it, lent without a copy: numbers as they are, text as its
/// UTF-8 bytes, a blob as its bytes. Made by `Row.withBorrowedValue(at:_:)`, valid only inside its closure.
///
/// For output that needs bytes, not Swift strings (CSV, JSON, tables): no `String` is made per
/// cell. Text is lent as stored, which may not be valid UTF-8 (SQLite keeps any bytes); a writer
/// that needs valid UTF-8 repairs or escapes it. Equality and hashing go by value and by bytes.
public enum BorrowedValue: Hashable {
    /// SQL NULL.
    case null
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An 8-byte IEEE floating-point number.
    case real(Double)
    /// Text, as its UTF-8 bytes (without a terminating NUL).
    case text(UnsafeBufferPointer<UInt8>)
    /// A blob's bytes.
    case blob(UnsafeRawBufferPointer)

    /// True when the value is text whose bytes are exactly `string`'s UTF-8.
    public func isText(_ string: String) -> Bool {
        guard case .text(let bytes) = self else { return false }
        var string = string
        return string.withUTF8 { $0.elementsEqual(bytes) }
    }

    /// The value as an owned `SQLiteValue` (text repaired as `String(decoding:as:)` does).
    public var owned: SQLiteValue {
        switch self {
        case .null: return .null
        case .integer(let value): return .integer(value)
        case .real(let value): return .real(value)
        case .text(let bytes): return .text(String(decoding: bytes, as: UTF8.self))
        case .blob(let bytes): return .blob(Data(bytes))
        }
    }

    public static func == (left: BorrowedValue, right: BorrowedValue) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.integer(let a), .integer(let b)): return a == b
        case (.real(let a), .real(let b)): return a == b
        case (.text(let a), .text(let b)): return a.elementsEqual(b)
        case (.blob(let a), .blob(let b)): return a.elementsEqual(b)
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        switch self {
        case .null: hasher.combine(0)
        case .integer(let value): hasher.combine(1); hasher.combine(value)
        case .real(let value): hasher.combine(2); hasher.combine(value)
        case .text(let bytes): hasher.combine(3); hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        case .blob(let bytes): hasher.combine(4); hasher.combine(bytes: bytes)
        }
    }
}
