import MineralKB

/// A JSON value whose objects keep their keys in the order given, null keys included.
///
/// Listings and reports are written through it so that every command's JSON has the same voice:
/// keys in the order of the table's columns, snake_case, `null` where a value is unknown.
indirect enum JSONTree {
    case null
    case bool(Bool)
    case integer(Int64)
    case real(Double)
    case string(String)
    case array([JSONTree])
    case object([(key: String, value: JSONTree)])

    /// A string, or null.
    static func string(_ text: String?) -> JSONTree { text.map(JSONTree.string) ?? .null }

    /// An integer, or null.
    static func integer(_ number: Int?) -> JSONTree { number.map { .integer(Int64($0)) } ?? .null }

    /// A number, or null.
    static func real(_ number: Double?) -> JSONTree { number.map(JSONTree.real) ?? .null }

    /// A value read from the database, as `mkb sql --format json` writes it.
    static func value(_ value: QueryValue) -> JSONTree {
        switch value {
        case .integer(let number): return .integer(number)
        case .real(let number): return .real(number)
        case .text(let text): return .string(text)
        case .blob: return .string(CellText.of(value))
        case .null: return .null
        }
    }

    /// The value on one line.
    var compact: String {
        var out = ""
        write(to: &out, indent: nil)
        return out
    }

    /// The value over several lines, indented by two spaces per level, after `level` levels.
    func pretty(level: Int = 0) -> String {
        var out = ""
        write(to: &out, indent: level)
        return out
    }

    private func write(to out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let value): out += value ? "true" : "false"
        case .integer(let number): out += String(number)
        case .real(let number): out += SQLiteRealFormat.json(number)
        case .string(let text): out += String(decoding: JSONRenderer.string(Array(text.utf8)), as: UTF8.self)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent.map { $0 + 1 })
                item.write(to: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            out += "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{"
            for (index, member) in members.enumerated() {
                if index > 0 { out += "," }
                newline(&out, indent.map { $0 + 1 })
                out += String(decoding: JSONRenderer.string(Array(member.key.utf8)), as: UTF8.self)
                out += indent == nil ? ":" : ": "
                member.value.write(to: &out, indent: indent.map { $0 + 1 })
            }
            newline(&out, indent)
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: Int?) {
        guard let indent else { return }
        out += "\n" + String(repeating: "  ", count: indent)
    }
}
