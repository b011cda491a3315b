/// Escapes text from the data for the places it goes in a page: element text, attribute values,
/// URLs. Every name, role, quote and URL passes through here; nothing from the data is written raw.
public enum HTMLEscaping {
    /// Text for element content or a quoted attribute value: `& < > " '` become entities, and
    /// control characters (which no page should carry, and XML forbids) become U+FFFD.
    public static func text(_ value: String) -> String {
        // Most names need nothing: return them as they are, without building a copy.
        guard value.utf8.contains(where: mayNeedEscaping) else { return value }
        var result: [UInt8] = []
        result.reserveCapacity(value.utf8.count + 16)
        let bytes = Array(value.utf8)
        var index = 0
        // Byte by byte over valid UTF-8: a C1 control is C2 80...9F, U+FFFE/U+FFFF are EF BF BE/BF.
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): result += "&amp;".utf8
            case UInt8(ascii: "<"): result += "&lt;".utf8
            case UInt8(ascii: ">"): result += "&gt;".utf8
            case UInt8(ascii: "\""): result += "&quot;".utf8
            case UInt8(ascii: "'"): result += "&#39;".utf8
            case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): result.append(byte)
            case 0..<0x20, 0x7F: result += replacement
            case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                result += replacement
                index += 1
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (0xBE...0xBF).contains(bytes[index + 2]):
                result += replacement
                index += 2
            default: result.append(byte)
            }
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// U+FFFD in UTF-8.
    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// A byte that starts something `text(_:)` may change (a lead byte of C1 controls or U+FFFE/U+FFFF too).
    private static func mayNeedEscaping(_ byte: UInt8) -> Bool {
        switch byte {
        case 0..<0x20, 0x7F, 0xC2, 0xEF, UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
        default: return false
        }
    }

    /// C0 and C1 controls and DEL, and the noncharacters U+FFFE/U+FFFF.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }

    /// The value percent-encoded for a URL's query or path segment: only unreserved characters stay.
    public static func urlComponent(_ value: String) -> String {
        var result = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF".unicodeScalars)
                result.unicodeScalars.append("%")
                result.unicodeScalars.append(hex[Int(byte >> 4)])
                result.unicodeScalars.append(hex[Int(byte & 0x0F)])
            }
        }
        return result
    }

    /// A query string from name-value pairs, each percent-encoded; pairs with an empty value are left out.
    public static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { name, value -> String? in
            guard let value, !value.isEmpty else { return nil }
            return urlComponent(name) + "=" + urlComponent(value)
        }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    /// The URL when it may be followed from a page: an absolute http or https URL without spaces or
    /// control characters. Anything else (`javascript:`, `data:`, relative paths) is shown as text only.
    public static func safeExternalURL(_ value: String) -> String? {
        let lower = value.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !value.unicodeScalars.contains(where: { isControl($0) || $0 == " " || $0 == "\\" }) else { return nil }
        return value
    }
}
