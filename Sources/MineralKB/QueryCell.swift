/// One value of a result row, lent without a copy while the row is current: text as its UTF-8
/// bytes, a blob as its bytes, as SQLite holds them. Read it inside `QueryRow.withCell(at:_:)`.
///
/// For writers of bytes (CSV, JSON) that need no `String` per cell. Text is lent as stored, which
/// may not be valid UTF-8; `QueryValue` is the owned, repaired form.
public enum QueryCell {
    /// A 64-bit signed integer.
    case integer(Int64)
    /// An 8-byte IEEE floating-point number.
    case real(Double)
    /// Text, as its stored UTF-8 bytes.
    case text(UnsafeBufferPointer<UInt8>)
    /// A blob's bytes.
    case blob(UnsafeRawBufferPointer)
    /// SQL NULL: no value.
    case null
}
