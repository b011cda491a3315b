/// One field of a generated JSON object.
enum JSONField {
    case text(String)
    case integer(Int)
    case number(Double)
    case texts([String])
}

/// The elements of one JSON array (entities of a kind, links, quotes), written straight to bytes:
/// the generator writes hundreds of megabytes, far faster than through a JSON encoder.
struct JSONBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var count = 0

    /// Appends `{"key": value, ...}`, leaving out fields that are nil.
    mutating func object(_ fields: KeyValuePairs<String, JSONField?>) {
        bytes.append(contentsOf: count == 0 ? [0x0A, 0x20, 0x20] : [0x2C, 0x0A, 0x20, 0x20])  // "\n  " or ",\n  "
        count += 1
        JSONBuffer.writeObject(fields, into: &bytes)
    }

    static func writeObject(_ fields: KeyValuePairs<String, JSONField?>, into bytes: inout [UInt8]) {
        bytes.append(0x7B)  // {
        var first = true
        for (key, value) in fields {
            guard let value else { continue }
            if !first { bytes.append(contentsOf: [0x2C, 0x20]) }
            first = false
            writeString(key, into: &bytes)
            bytes.append(contentsOf: [0x3A, 0x20])
            switch value {
            case .text(let text): writeString(text, into: &bytes)
            case .integer(let number): bytes.append(contentsOf: String(number).utf8)
            case .number(let number): bytes.append(contentsOf: "\(number)".utf8)
            case .texts(let texts):
                bytes.append(0x5B)
                for (index, text) in texts.enumerated() {
                    if index > 0 { bytes.append(contentsOf: [0x2C, 0x20]) }
                    writeString(text, into: &bytes)
                }
                bytes.append(0x5D)
            }
        }
        bytes.append(0x7D)  // }
    }

    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(0x22)
        for byte in text.utf8 {
            switch byte {
            case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
            case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(0x22)
    }
}

/// One generated document: its source and what it reports, section by section.
struct GeneratedDocument {
    var source: KeyValuePairs<String, JSONField?> = [:]
    var organisations = JSONBuffer()
    var people = JSONBuffer()
    var places = JSONBuffer()
    var forums = JSONBuffer()
    var projects = JSONBuffer()
    var links = JSONBuffer()
    var quotes = JSONBuffer()

    /// Entities, links and quotes: what a person writing the document would call its facts.
    var facts: Int {
        organisations.count + people.count + places.count + forums.count + projects.count + links.count + quotes.count
    }

    var json: [UInt8] {
        var bytes = Array("{\"source\": ".utf8)
        JSONBuffer.writeObject(source, into: &bytes)
        for (key, section) in [("organisations", organisations), ("people", people), ("places", places), ("forums", forums),
                               ("projects", projects), ("links", links), ("quotes", quotes)] where section.count > 0 {
            bytes.append(contentsOf: ",\n\"\(key)\": [".utf8)
            bytes.append(contentsOf: section.bytes)
            bytes.append(contentsOf: "\n]".utf8)
        }
        bytes.append(contentsOf: "}\n".utf8)
        return bytes
    }
}
