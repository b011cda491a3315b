/// Text made safe for XML 1.0 content and attribute values (GEXF and GraphML files).
enum XMLText {
    /// Escapes the five markup characters, and replaces what XML 1.0 cannot hold at all (control
    /// characters other than tab, line feed and carriage return; U+FFFE, U+FFFF) with U+FFFD, so a
    /// stray byte in a name cannot make the whole file unreadable.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            // Tab, line feed and carriage return survive in attributes only as references.
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "\u{FFFD}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
