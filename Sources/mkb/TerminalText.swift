/// Text from the data made safe for a terminal: every character that could move the cursor, clear
/// the screen, set the window title, hide or reorder text, or break a line is shown as an escape.
///
/// Escaped: C0 controls and DEL (`\n`, `\r`, `\t` by name, the rest as `\u{1B}`), C1 controls
/// (U+0080–U+009F, NEL U+0085 included), the bidirectional marks, embeddings, overrides and isolates
/// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line and paragraph separators
/// (U+2028, U+2029), and the invisible U+200B, U+2060 and U+FEFF.
enum TerminalText {
    /// `text` with every unsafe character escaped; the text itself when there is none (the usual case).
    static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count + 8)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar) else {
                result.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default: result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return result
    }

    /// Each line of a message escaped, the line breaks between them kept (for messages that list).
    static func escapedLines(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 != "\n" && needsEscape($0) }) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    /// True for the characters listed above.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200B, 0x200E, 0x200F, 0x202A...0x202E, 0x2028, 0x2029, 0x2060, 0x2066...0x2069, 0xFEFF: return true
        default: return false
        }
    }
}
