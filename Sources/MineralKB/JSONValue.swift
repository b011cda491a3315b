import Foundation

/// A parsed JSON value that keeps the difference between true and 1, and between 1 and 1.5,
/// so a document's fields can be checked type by type with a precise message.
enum JSONValue: Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// What the value is, for messages: "a string", "an array", ...
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    /// Parses a JSON text (RFC 8259) in UTF-8, or UTF-16/32 with a byte order mark.
    ///
    /// Written for import speed: one pass over the bytes, no intermediate `Decodable` machinery
    /// (several times faster than `JSONDecoder` into this enum). Strict where JSON is: invalid
    /// UTF-8, control characters in strings, lone surrogates, numbers out of range and nesting
    /// deeper than `maximumDepth` are errors, each with its line and column.
    static func parse(_ data: Data) throws -> JSONValue {
        if let converted = convertedFromUTF16Or32(data) { return try parse(converted) }
        return try data.withUnsafeBytes { raw in
            var parser = JSONByteParser(bytes: raw.bindMemory(to: UInt8.self))
            return try parser.parseDocument()
        }
    }

    /// Deeper nesting is refused: no import document needs it, and it keeps the parser's recursion bounded.
    static let maximumDepth = 512

    private static func convertedFromUTF16Or32(_ data: Data) -> Data? {
        let head = [UInt8](data.prefix(4))
        let encoding: String.Encoding
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            encoding = .utf32BigEndian
        } else if head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            encoding = .utf32LittleEndian
        } else if head.starts(with: [0xFE, 0xFF]) {
            encoding = .utf16BigEndian
        } else if head.starts(with: [0xFF, 0xFE]) {
            encoding = .utf16LittleEndian
        } else {
            return nil
        }
        let bomLength = encoding == .utf32BigEndian || encoding == .utf32LittleEndian ? 4 : 2
        return String(data: data.dropFirst(bomLength), encoding: encoding).map { Data($0.utf8) }
    }
}

/// Why a text is not JSON, and where.
struct JSONSyntaxError: Error, CustomStringConvertible {
    let message: String
    let line: Int
    let column: Int

    var description: String { "\(message) at line \(line), column \(column)" }
}

/// The recursive-descent parser behind `JSONValue.parse`.
private struct JSONByteParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }  // UTF-8 byte order mark
    }

    mutating func parseDocument() throws -> JSONValue {
        skipWhitespace()
        guard position < bytes.count else { throw error("the document is empty", at: position) }
        let value = try parseValue()
        skipWhitespace()
        guard position == bytes.count else { throw error("unexpected \(describe(position)) after the JSON value", at: position) }
        return value
    }

    // MARK: - Values

    private mutating func parseValue() throws -> JSONValue {
        guard position < bytes.count else { throw error("unexpected end of the document", at: position) }
        switch bytes[position] {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw error("unexpected \(describe(position)); expected a value", at: position)
        }
    }

    private mutating func enter() throws {
        depth += 1
        if depth > JSONValue.maximumDepth {
            throw error("arrays and objects are nested more than \(JSONValue.maximumDepth) deep", at: position)
        }
    }

    private mutating func parseObject() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var fields: [String: JSONValue] = [:]
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "}") {
            position += 1
            return .object(fields)
        }
        while true {
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
                throw error("expected a field name in double quotes, found \(describe(position))", at: position)
            }
            let keyStart = position
            let key = try parseString()
            // Which of two values a reader keeps differs between JSON libraries: refuse to guess.
            if fields[key] != nil { throw error("the field \"\(key)\" appears twice in one object", at: keyStart) }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                throw error("expected \":\" after the field name, found \(describe(position))", at: position)
            }
            position += 1
            skipWhitespace()
            fields[key] = try parseValue()
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end of the document inside an object", at: position) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "}") {
                position += 1
                return .object(fields)
            } else {
                throw error("expected \",\" or \"}\" in an object, found \(describe(position))", at: position)
            }
        }
    }

    private mutating func parseArray() throws -> JSONValue {
        try enter()
        defer { depth -= 1 }
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if position < bytes.count && bytes[position] == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            skipWhitespace()
            elements.append(try parseValue())
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end of the document inside an array", at: position) }
            if bytes[position] == UInt8(ascii: ",") {
                position += 1
            } else if bytes[position] == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            } else {
                throw error("expected \",\" or \"]\" in an array, found \(describe(position))", at: position)
            }
        }
    }

    private mutating func parseString() throws -> String {
        let opening = position
        position += 1
        let start = position
        // Fast path: no escapes, so the text is the bytes between the quotes.
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = try validated(UnsafeBufferPointer(rebasing: bytes[start..<position]), at: start)
                position += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw error("a control character (\(describe(position))) must be escaped inside a string", at: position) }
            position += 1
        }
        guard position < bytes.count else { throw error("unterminated string", at: opening) }
        var buffer = Array(UnsafeBufferPointer(rebasing: bytes[start..<position]))
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                let text = try buffer.withUnsafeBufferPointer { try validated($0, at: start) }
                position += 1
                return text
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { throw error("unterminated string", at: opening) }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"): try appendUnicodeEscape(to: &buffer)
                default: throw error("invalid escape \"\\\(describeByte(escape))\" in a string", at: position - 2)
                }
            default:
                if byte < 0x20 { throw error("a control character (\(describe(position))) must be escaped inside a string", at: position) }
                buffer.append(byte)
                position += 1
            }
        }
        throw error("unterminated string", at: opening)
    }

    private mutating func appendUnicodeEscape(to buffer: inout [UInt8]) throws {
        let escapeStart = position - 2
        var scalar = try hexQuad()
        if (0xD800...0xDBFF).contains(scalar) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") else {
                throw error("a \\u escape of a high surrogate must be followed by its low surrogate", at: escapeStart)
            }
            position += 2
            let low = try hexQuad()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw error("a \\u escape of a high surrogate must be followed by its low surrogate", at: escapeStart)
            }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        } else if (0xDC00...0xDFFF).contains(scalar) {
            throw error("a \\u escape of a low surrogate without its high surrogate", at: escapeStart)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw error("invalid \\u escape", at: escapeStart) }
        buffer.append(contentsOf: String(Character(unicode)).utf8)
    }

    private mutating func hexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("a \\u escape needs four hexadecimal digits", at: position) }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw error("a \\u escape needs four hexadecimal digits", at: position)
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        return value
    }

    private func validated(_ text: UnsafeBufferPointer<UInt8>, at start: Int) throws -> String {
        guard let string = String(validating: text, as: UTF8.self) else {
            throw error("a string is not valid UTF-8", at: start)
        }
        return string
    }

    private mutating func parseNumber() throws -> Double {
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - first
        }
        if bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { throw error("expected a digit in a number, found \(describe(position))", at: position) }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") { throw error("a number cannot start with 0", at: integerStart) }
        if position < bytes.count && bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { throw error("expected a digit after the decimal point, found \(describe(position))", at: position) }
        }
        if position < bytes.count && (bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E")) {
            position += 1
            if position < bytes.count && (bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")) { position += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent, found \(describe(position))", at: position) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        guard let number = Double(text), number.isFinite else { throw error("the number \(text) is out of range", at: start) }
        return number
    }

    private mutating func expectWord(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        let matches = position + count <= bytes.count && word.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
        }
        guard matches else { throw error("unexpected \(describe(position)); expected a value", at: position) }
        position += count
    }

    private mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    // MARK: - Errors

    private func describe(_ offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the document" }
        return "\"" + describeByte(bytes[offset]) + "\""
    }

    private func describeByte(_ byte: UInt8) -> String {
        (0x21..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : String(format: "\\u{%02X}", byte)
    }

    private func error(_ message: String, at offset: Int) -> JSONSyntaxError {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return JSONSyntaxError(message: message, line: line, column: offset - lineStart + 1)
    }
}
