/// Walks the fields of one JSON object whose keys are `Key`, so the fields that no reader asked
/// for, and that `Key` does not name, can be reported.
struct ObjectReader<Key: CodingKey & CaseIterable> {
    let fields: [String: JSONValue]
    let path: String
    /// How many of the asked keys the object holds: when it is all of them, nothing is unknown.
    private var presentKeysRead = 0
    var problems: [(path: String, message: String)] = []

    init(fields: [String: JSONValue], path: String) {
        self.fields = fields
        self.path = path
    }

    /// The keys of the object that `Key` does not name, sorted.
    var unknownKeys: [String] {
        guard presentKeysRead < fields.count else { return [] }
        return fields.keys.filter { Key(stringValue: $0) == nil }.sorted()
    }

    /// Every field name the object may hold, sorted, for messages.
    static var knownKeys: [String] { Key.allCases.map(\.stringValue).sorted() }

    /// The path of `key` inside the object at `base`: `$.links[0].to`, or `$["odd key"]`.
    static func path(_ base: String, _ key: String) -> String {
        let isPlain: Bool
        if key.utf8.allSatisfy({ $0 < 0x80 }) {  // decided byte by byte, the common case
            isPlain = !key.isEmpty && key.utf8.allSatisfy { byte in
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == UInt8(ascii: "_")
            }
        } else {
            isPlain = key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        }
        return isPlain ? base + "." + key : "\(base)[\"\(key)\"]"
    }

    /// The value of `key`. Each reader asks for a key once.
    private mutating func read(_ key: Key) -> JSONValue? {
        let value = fields[key.stringValue]
        if value != nil { presentKeysRead += 1 }
        return value
    }

    /// A field that may be absent or null.
    mutating func optional<T>(_ key: Key, _ read: (JSONValue, String) -> T?) -> T? {
        guard let value = self.read(key), value != .null else { return nil }
        return read(value, ObjectReader.path(path, key.stringValue))
    }

    /// A field that must be present.
    mutating func required<T>(_ key: Key, _ read: (JSONValue, String) -> T?) -> T? {
        guard let value = self.read(key), value != .null else {
            problems.append((ObjectReader.path(path, key.stringValue), "missing required field \"\(key.stringValue)\""))
            return nil
        }
        return read(value, ObjectReader.path(path, key.stringValue))
    }

    /// An optional array field; each element read in turn, failures dropped (and reported by `read`).
    mutating func optionalArray<T>(_ key: Key, _ read: (JSONValue, String) -> T?) -> [T]? {
        optionalArrayWithOrigins(key, read)?.values
    }

    /// An optional array field, with the JSON index of each element kept (nil when all were kept).
    mutating func optionalArrayWithOrigins<T>(_ key: Key, _ read: (JSONValue, String) -> T?) -> (values: [T], origins: [Int]?)? {
        guard let value = self.read(key), value != .null else { return nil }
        let here = ObjectReader.path(path, key.stringValue)
        guard case .array(let elements) = value else {
            problems.append((here, "expected an array, found \(value.typeName)"))
            return nil
        }
        var result: [T] = []
        result.reserveCapacity(elements.count)
        var origins: [Int]?
        for (offset, element) in elements.enumerated() {
            if let item = read(element, here + "[" + String(offset) + "]") {
                origins?.append(offset)
                result.append(item)
            } else if origins == nil {
                origins = Array(0..<result.count)
            }
        }
        return (result, origins)
    }
}
