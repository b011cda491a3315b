import Foundation
import MineralKB

/// An SQL result as the downloads write it: CSV as `mkb sql --format csv` does (RFC 4180, a header
/// row), JSON as `sqlite3 -json` does (an array of objects, keys in column order).
struct ResultEncoding {
    enum Format { case csv, json }

    let format: Format
    let byteLimit: Int
    private(set) var output = ""
    private var columns: [String] = []
    private var rowCount = 0

    /// The result passed the size limit.
    struct TooLarge: Error {}

    init(format: Format, byteLimit: Int) {
        self.format = format
        self.byteLimit = byteLimit
    }

    mutating func begin(_ columns: [String]) {
        self.columns = columns
        if format == .csv { output += columns.map(ResultEncoding.csvField).joined(separator: ",") + "\r\n" }
    }

    mutating func write(_ row: [QueryValue]) throws {
        switch format {
        case .csv:
            output += row.map { ResultEncoding.csvField(ResultEncoding.plain($0)) }.joined(separator: ",") + "\r\n"
        case .json:
            output += rowCount == 0 ? "[{" : ",\n{"
            for (index, value) in row.enumerated() {
                if index > 0 { output += "," }
                output += ResultEncoding.jsonString(index < columns.count ? columns[index] : "") + ":" + ResultEncoding.json(value)
            }
            output += "}"
        }
        rowCount += 1
        if output.utf8.count > byteLimit { throw TooLarge() }
    }

    mutating func finish() -> String {
        if format == .json { output += rowCount == 0 ? "[]\n" : "]\n" }
        return output
    }

    static func plain(_ value: QueryValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite && number.rounded() == number && abs(number) < 1e15 ? String(format: "%.1f", number) : String(number)
        case .text(let text): return text
        case .blob(let data): return String(decoding: data, as: UTF8.self)
        case .null: return ""
        }
    }

    static func csvField(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func json(_ value: QueryValue) -> String {
        switch value {
        case .integer(let number): return String(number)
        case .real(let number): return number.isFinite ? String(number) : "null"
        case .text(let text): return jsonString(text)
        case .blob(let data): return jsonString(String(decoding: data, as: UTF8.self))
        case .null: return "null"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped; `<`, `>` and `&` too, so the
    /// text stays inert even where a browser might sniff it as markup.
    static func jsonString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                result += String(format: "\\u%04x", scalar.value)
            default:
                if scalar.value < 0x20 { result += String(format: "\\u%04x", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
