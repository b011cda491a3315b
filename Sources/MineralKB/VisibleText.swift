/// Text from the data made safe to show: every character that would act on a terminal or hide
/// itself is written as an escape, so what is shown is what is stored and two names that differ
/// never print alike.
///
/// Escaped: C0 and C1 controls (`\n`, `\t`, `\r`, `\u{1B}`), line and paragraph separators, and
/// Unicode's default-ignorable code points (zero-width joiners and spaces, soft hyphens, bidi
/// controls such as U+202E, variation selectors), which the name normaliser folds away.
public enum VisibleText {
    /// `text` with every control and invisible character escaped: `Cre\u{200D}ation`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsEscape) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case "\\": result += "\\\\"
            case _ where needsEscape(scalar): result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// True for the characters `escaped` writes as escapes (a backslash only matters once one is needed).
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F..<0xA0, 0x2028, 0x2029: return true
        case 0..<0x80: return false  // the common case, decided without looking up properties
        default: return scalar.properties.isDefaultIgnorableCodePoint
        }
    }
}
