import Foundation

/// One SQLite value, exactly as stored: the five storage classes, nothing converted.
///
/// Use it where the type of a column is not known in advance (ad-hoc SQL, generic export).
public enum SQLiteValue: Hashable, Sendable {
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An 8-byte IEEE floating-point number.
    case real(Double)
    /// A string, stored as UTF-8.
    case text(String)
    /// Bytes, stored exactly as given.
    case blob(Data)
    /// SQL NULL: no value.
    case null

    /// True for `.null` only: an empty string or blob is a value, not NULL.
    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }
}

extension SQLiteValue: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
    /// An integer literal is `.integer`.
    public init(integerLiteral value: Int64) { self = .integer(value) }
    /// A floating-point literal is `.real`.
    public init(floatLiteral value: Double) { self = .real(value) }
    /// A string literal is `.text`.
    public init(stringLiteral value: String) { self = .text(value) }
    /// `true` is `.integer(1)`, `false` is `.integer(0)`: SQLite has no boolean.
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
    /// `nil` is `.null`.
    public init(nilLiteral: ()) { self = .null }
}

extension SQLiteValue: CustomStringConvertible {
    /// The value as the `sqlite3` shell's list mode would print it (NULL as an empty string).
    public var description: String {
        switch self {
        case .integer(let value): return String(value)
        case .real(let value): return SQLiteValue.format(value)
        case .text(let value): return value
        case .blob(let value): return String(decoding: value, as: UTF8.self)
        case .null: return ""
        }
    }

    /// Formats a real the way SQLite does (`%!.15g`): `1.0`, `0.1`, `1.0e+20`.
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Inf" : "Inf" }
        var text = String(format: "%.15g", value)
        if Double(text) != value { text = String(format: "%.17g", value) }
        if !text.contains(where: { $0 == "." || $0 == "e" || $0 == "n" || $0 == "i" }) {
            text += ".0"
        } else if let e = text.firstIndex(of: "e"), !text[..<e].contains(".") {
            text.insert(contentsOf: ".0", at: e)
        }
        return text
    }
}
